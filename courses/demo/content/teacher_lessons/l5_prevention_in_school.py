LESSON = {
    "slug": "prevention-in-school",
    "required": True,
    "estimated_minutes": 15,
    "title": {
        "kk": "Мектептегі алдын алу жұмысы",
        "ru": "Профилактика в школе",
        "en": "Prevention in school",
    },
    "intro": {
        "kk": (
            "Бұл сабақта мектеп күнделікті тәжірибе, оқыту және нақты ережелер арқылы зорлық-зомбылық қаупін қалай "
            "азайта алатыны сипатталады."
        ),
        "ru": (
            "В этом уроке описано, как школа может снизить риск жестокого обращения благодаря повседневной "
            "практике, обучению детей и чётким правилам."
        ),
        "en": (
            "This lesson describes how a school can reduce the risk of abuse through everyday practice, education "
            "and clear rules."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Ересектердің қауіпсіз мінез-құлқы",
                "ru": "Безопасное поведение взрослых",
                "en": "Safe adult behaviour",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Алдын алу ересектердің мінез-құлқынан басталады. Барлығына ортақ, түсінікті ережелер "
                    "балаларды қорғайды, сондай-ақ қызметкерлерді түсінбеушіліктен сақтайды.</p>"
                    "<ul>"
                    "<li>Оқушымен оңаша сөйлесу қажет болса, есікті ашық қалдырып, басқаларға көрінетін жерде "
                    "кездесіңіз және бұл туралы әріптесіңізге ескертіңіз.</li>"
                    "<li>Оқушылармен жеке хабарламалар немесе жеке әлеуметтік желілер арқылы емес, мектептің ресми "
                    "арналары арқылы байланысыңыз.</li>"
                    "<li>Бір баланы басқалардан ерекшелейтін сыйлықтар мен жеңілдіктерден аулақ болыңыз.</li>"
                    "<li>Балаға тек қажет және орынды болғанда ғана, мысалы, алғашқы көмек көрсеткенде қол "
                    "тигізіңіз және не істеп жатқаныңызды түсіндіріңіз.</li>"
                    "<li>Әріптесіңіздің мінез-құлқы Сізді алаңдатса, жауапты қызметкерге хабарлаңыз.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>Профилактика начинается с поведения взрослых. Понятные и общие для всех правила защищают "
                    "детей, а также оберегают сотрудников от недоразумений.</p>"
                    "<ul>"
                    "<li>Если нужно поговорить с учеником наедине, встречайтесь на виду у других, с открытой "
                    "дверью, и предупредите коллегу.</li>"
                    "<li>Общайтесь с учениками через официальные школьные каналы, а не в личных сообщениях или "
                    "личных соцсетях.</li>"
                    "<li>Избегайте подарков и поблажек, которые выделяют одного ребёнка среди других.</li>"
                    "<li>Прикасайтесь к ребёнку, только когда это необходимо и уместно, например при оказании "
                    "первой помощи, и объясняйте, что вы делаете.</li>"
                    "<li>Если вас беспокоит поведение коллеги, сообщите ответственному за защиту детей.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Prevention starts with how adults behave. Clear, shared rules protect children and also "
                    "protect staff from misunderstandings.</p>"
                    "<ul>"
                    "<li>If you need to talk to a pupil one to one, do it where others can see, with the door "
                    "open, and let a colleague know.</li>"
                    "<li>Communicate with pupils through official school channels, not private messages or "
                    "personal social media.</li>"
                    "<li>Avoid gifts and favours that single out one child.</li>"
                    "<li>Touch a child only when it is needed and appropriate, for example for first aid, and "
                    "explain what you are doing.</li>"
                    "<li>If a colleague's behaviour worries you, tell the designated person.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "kk": "Балаларды қауіпсіздікке үйрету",
                "ru": "Учим детей безопасности",
                "en": "Teaching children to keep safe",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Дене қауіпсіздігі туралы сабақтар балаларға болған жайды айтуға сөз де, батылдық та "
                    "береді. Олар оқушылардың жасына және мектептің бекітілген бағдарламасына сай болуы керек:</p>"
                    "<ul>"
                    "<li>бастауыш сынып оқушылары өз денесі өздеріне тиесілі екенін, дененің іш киіммен жабылатын "
                    "жерлері жеке екенін және қуанышты тосын сый мен қауіпті құпияның айырмашылығын біледі;</li>"
                    "<li>жоғары сынып оқушылары жеке шекаралар, келісім, сау қарым-қатынас және көмекті қайдан "
                    "алуға болатыны туралы біледі;</li>"
                    "<li>әр оқушы өзі сенетін, болған жайды айта алатын бірнеше ересек адамның атын атай "
                    "алады.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>Уроки о безопасности тела дают детям слова и решимость рассказать о случившемся. Они "
                    "должны соответствовать возрасту учеников и утверждённой программе школы:</p>"
                    "<ul>"
                    "<li>младшие школьники узнают, что их тело принадлежит им, что места, закрытые нижним бельём, "
                    "— личные и чем радостный сюрприз отличается от опасного секрета;</li>"
                    "<li>старшие школьники узнают о личных границах, согласии, здоровых отношениях и о том, куда "
                    "обратиться за помощью;</li>"
                    "<li>каждый ученик может назвать нескольких взрослых, которым доверяет и к которым может "
                    "обратиться.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Body-safety education gives children the words and the confidence to speak up. It should "
                    "suit the pupils' age and follow the school's agreed programme:</p>"
                    "<ul>"
                    "<li>younger pupils learn that their body belongs to them, that the parts covered by underwear "
                    "are private, and the difference between a happy surprise and an unsafe secret;</li>"
                    "<li>older pupils learn about personal boundaries, consent, healthy relationships and where to "
                    "get help;</li>"
                    "<li>every pupil can name several trusted adults they could tell.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p><strong>Интернеттегі қауіпсіздік</strong> — осы әңгіменің бір бөлігі. Оқушыларды тек "
                    "интернеттен танитын адамдармен жеке ақпаратпен және суреттермен бөліспеуге, өздерін ыңғайсыз "
                    "сезіндірген адамды бұғаттап, ол туралы шағым жіберуге үйретіңіз. Желіде болған жағдай туралы "
                    "ересек адамға айтқаны үшін оларды ешкім жазаламайтынын түсіндіріңіз.</p>"
                ),
                "ru": (
                    "<p><strong>Безопасность в интернете</strong> — часть того же разговора. Учите детей не "
                    "делиться личными данными и фотографиями с людьми, которых они знают только по интернету, "
                    "блокировать тех, кто вызывает у них неловкость или страх, и жаловаться на них. Объясняйте, "
                    "что никто не накажет их за то, что они рассказали взрослому о случившемся в сети.</p>"
                ),
                "en": (
                    "<p><strong>Online safety</strong> belongs to the same conversation. Teach pupils not to share "
                    "personal information or photos with people they know only online, and to block and report "
                    "anyone who makes them uncomfortable. Make clear that no one will punish them for telling an "
                    "adult about something that happened online.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "action",
                "title": {
                    "kk": "Мектеп саясаты және қызметкерлерді тексеру",
                    "ru": "Политика школы и проверка сотрудников",
                    "en": "School policy and staff checks",
                },
                "text": {
                    "kk": (
                        "<p>Мектебіңізде барлық қызметкерлер білетін балаларды қорғаудың жазбаша саясаты бар "
                        "екеніне көз жеткізіңіз: онда жауапты қызметкердің кім екені, алаңдаушылық туралы қалай "
                        "хабарлау керектігі және ересектердің мінез-құлық ережелері көрсетілуі керек. Балалармен "
                        "жұмыс істейтін қызметкерлер мен еріктілер жұмысқа кіріспес бұрын тексеруден өтуі, соның "
                        "ішінде соттылығының жоқтығы туралы анықтама ұсынуы тиіс.</p>"
                    ),
                    "ru": (
                        "<p>Убедитесь, что в вашей школе есть письменная политика защиты детей, которую знают все "
                        "сотрудники: в ней должно быть указано, кто отвечает за защиту детей, как сообщать о "
                        "беспокойстве и каковы правила поведения взрослых. Сотрудники и волонтёры, работающие с "
                        "детьми, должны проходить проверку до начала работы, в том числе предоставлять справку об "
                        "отсутствии судимости.</p>"
                    ),
                    "en": (
                        "<p>Check that your school has a written child-protection policy that all staff know. It "
                        "should say who the designated person is, how to report a concern and how adults are "
                        "expected to behave. Staff and volunteers who work with children should be checked before "
                        "they start, including a certificate of no criminal record.</p>"
                    ),
                },
            },
        ),
        (
            "knowledge_check",
            {
                "question": {
                    "kk": "Қай тәжірибе оқушыларды да, қызметкерлерді де жақсы қорғайды?",
                    "ru": "Какая практика лучше всего защищает и учеников, и сотрудников?",
                    "en": "Which practice best protects both pupils and staff?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Мұғалім бір оқушыға жақсы бағалары үшін қымбат телефон сыйлайды.",
                            "ru": "Учитель дарит одному ученику дорогой телефон в награду за хорошие оценки.",
                            "en": "A teacher gives one pupil an expensive phone as a reward for good marks.",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Бір баланы ерекшелейтін жеке сыйлық тәуелділік пен құпия тудыруы мүмкін. "
                                "Жетістіктерді мектепте келісілген тәртіппен ашық атап өтіңіз."
                            ),
                            "ru": (
                                "Личный подарок, выделяющий одного ребёнка, может создать зависимость и тайну. "
                                "Отмечайте успехи открыто и так, как принято в школе."
                            ),
                            "en": (
                                "A personal gift that singles out one child can create dependence and secrecy. "
                                "Recognise achievements openly, in the way the school has agreed."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": "Мұғалім оқушыны кешкі уақытта жеке хабарламалар арқылы қолдайды.",
                            "ru": "Учитель поддерживает ученика в личной переписке поздно вечером.",
                            "en": "A teacher supports a pupil through private messages late in the evening.",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Кешкі жеке хат алмасу шекараны бұзады, грумингте де жиі осындай жол қолданылады. "
                                "Ресми арналарды пайдаланыңыз."
                            ),
                            "ru": (
                                "Личная переписка поздно вечером размывает границы, и именно так часто действуют "
                                "при груминге. Пользуйтесь официальными каналами."
                            ),
                            "en": (
                                "Private late-night messages blur boundaries, and grooming often works this way. "
                                "Use official channels."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": (
                                "Мұғалім оқушымен есігі ашық сыныпта оңаша сөйлесіп, бұл туралы әріптесіне ескертеді."
                            ),
                            "ru": (
                                "Учитель беседует с учеником наедине в классе с открытой дверью и предупреждает об "
                                "этом коллегу."
                            ),
                            "en": (
                                "A teacher talks to a pupil one to one in a classroom with the door open and tells "
                                "a colleague."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "kk": (
                                "Дұрыс. Әңгіме көз алдында өтеді және бұл туралы басқалар біледі, бұл оқушыны да, "
                                "мұғалімді де қорғайды."
                            ),
                            "ru": (
                                "Верно. Беседа проходит на виду, о ней знают другие, и это защищает и ученика, и "
                                "учителя."
                            ),
                            "en": (
                                "Correct. The conversation is visible and known to others, which protects both the "
                                "pupil and the teacher."
                            ),
                        },
                    },
                ],
            },
        ),
    ],
}
