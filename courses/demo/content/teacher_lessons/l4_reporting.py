LESSON = {
    "slug": "reporting",
    "required": True,
    "estimated_minutes": 15,
    "title": {
        "kk": "Алаңдаушылық туралы хабарлау",
        "ru": "Как сообщить о своём беспокойстве",
        "en": "Reporting a concern",
    },
    "intro": {
        "kk": "Бұл сабақта бала үшін алаңдасаңыз, кімге, қашан және не хабарлау керектігі түсіндіріледі.",
        "ru": "В этом уроке объясняется, кому, когда и что сообщать, если вы беспокоитесь о ребёнке.",
        "en": "This lesson explains whom to tell, when, and what to say when you are worried about a child.",
    },
    "body": [
        (
            "heading",
            {
                "kk": "Кімге және қашан хабарлау керек",
                "ru": "Кому и когда сообщать",
                "en": "Who to tell and when",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Әр мектепте <strong>балаларды қорғау жөніндегі жауапты қызметкер</strong> болуы керек. Ол "
                    "алаңдаушылық туралы хабарларды қабылдайды, әріптестерге кеңес береді, полициямен және басқа "
                    "қызметтермен байланысады. Мектебіңізде бұл міндетті кім атқаратынын және ол жоқта оны кім "
                    "алмастыратынын біліп алыңыз.</p>"
                    "<p>Алаңдаушылығыңыз туралы сол күні хабарлаңыз. Балаға тікелей қауіп төніп тұр деп ойласаңыз, "
                    "дереу 102 нөмірі бойынша полицияға қоңырау шалыңыз, содан кейін жауапты қызметкерге "
                    "хабарлаңыз.</p>"
                ),
                "ru": (
                    "<p>В каждой школе должен быть <strong>ответственный за защиту детей</strong>. Он принимает "
                    "сообщения о беспокойстве, консультирует коллег и взаимодействует с полицией и другими "
                    "службами. Узнайте, кто выполняет эту роль в вашей школе и кто замещает этого сотрудника в его "
                    "отсутствие.</p>"
                    "<p>Сообщайте о своём беспокойстве в тот же день. Если вы считаете, что ребёнку угрожает "
                    "непосредственная опасность, сразу звоните в полицию по номеру 102, а затем сообщите "
                    "ответственному.</p>"
                ),
                "en": (
                    "<p>Every school should have a <strong>designated person</strong> for child protection, who "
                    "receives concerns, advises colleagues and works with the police and other services. Find out "
                    "who this is in your school and who replaces them when they are away.</p>"
                    "<p>Report your concern the same day. If you believe a child is in immediate danger, call the "
                    "police on 102 straight away, then inform the designated person.</p>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Нақты хабарламада мыналар көрсетіледі:</p>"
                    "<ul>"
                    "<li>баланың аты-жөні мен сыныбы, алаңдаушылық қашан және қайда пайда болғаны;</li>"
                    "<li>не көргеніңіз немесе не естігеніңіз, ал бала бірдеңе айтса, оның өз сөздері;</li>"
                    "<li>жауап ретінде не істегеніңіз және не айтқаныңыз;</li>"
                    "<li>бұл туралы тағы кім білетіні.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>Чёткое сообщение содержит:</p>"
                    "<ul>"
                    "<li>имя и класс ребёнка, когда и где возникло беспокойство;</li>"
                    "<li>что вы видели или слышали, а если ребёнок что-то рассказал, то его собственные "
                    "слова;</li>"
                    "<li>что вы сделали и сказали в ответ;</li>"
                    "<li>кто ещё знает о ситуации.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>A clear report includes:</p>"
                    "<ul>"
                    "<li>the child's name and class, and when and where the concern arose;</li>"
                    "<li>what you saw or heard, with the child's own words if they told you something;</li>"
                    "<li>what you did and said in response;</li>"
                    "<li>who else already knows.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": {
                    "kk": "Хабарлау — айыптау емес",
                    "ru": "Сообщить — не значит обвинить",
                    "en": "Reporting is not accusing",
                },
                "text": {
                    "kk": (
                        "<p>Хабарлау үшін дәлел қажет емес және зорлық-зомбылық болды ма, жоқ па — оны Сіз "
                        "шешпейсіз: фактілерді полиция мен басқа уәкілетті қызметтер тексереді. Кейін балаға "
                        "ештеңе қауіп төндірмегені анықталса да, адал ниетпен айтылған алаңдаушылықты жеткізу — "
                        "дұрыс қадам.</p>"
                    ),
                    "ru": (
                        "<p>Для сообщения не нужны доказательства, и не вы решаете, было ли насилие: факты "
                        "проверяют полиция и другие уполномоченные службы. Передать честно высказанное "
                        "беспокойство — правильный шаг, даже если потом окажется, что ребёнку ничего не "
                        "угрожало.</p>"
                    ),
                    "en": (
                        "<p>You do not need proof to report, and you are not deciding whether abuse happened: the "
                        "police and other authorised services check the facts. Passing on an honest concern is the "
                        "right step even if it later turns out that the child was safe.</p>"
                    ),
                },
            },
        ),
        (
            "heading",
            {
                "kk": "Алаңдаушылық сейілмесе",
                "ru": "Если беспокойство остаётся",
                "en": "If you are still worried",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Жауапты қызметкерге хабарлағаннан кейін де бала әлі қауіпте деп санасаңыз, 102 нөмірі "
                    "бойынша полицияға өзіңіз қоңырау шала аласыз. Бала үшін алаңдаған кез келген ересек адамға "
                    "150 ұлттық сенім телефоны мен отбасы және балалар мәселелері жөніндегі 111 байланыс орталығы "
                    "кеңес береді. Әріптестеріңізбен немесе ата-аналармен араздасудан қорқып, алаңдаушылығыңызды "
                    "ешқашан ішіңізде сақтамаңыз.</p>"
                ),
                "ru": (
                    "<p>Если вы сообщили ответственному, но считаете, что ребёнок по-прежнему в опасности, вы "
                    "можете сами позвонить в полицию по номеру 102. Любого взрослого, который беспокоится о "
                    "ребёнке, проконсультируют по национальному телефону доверия 150 и в контакт-центре 111 по "
                    "вопросам семьи и детей. Никогда не оставляйте беспокойство при себе из страха перед "
                    "конфликтом с коллегами или родителями.</p>"
                ),
                "en": (
                    "<p>If you have told the designated person and still believe the child is at risk, you can "
                    "call the police on 102 yourself. The national child helpline 150 and the family and "
                    "children's contact centre 111 advise any adult who is worried about a child. Never keep a "
                    "concern to yourself for fear of a conflict with colleagues or parents.</p>"
                ),
            },
        ),
        (
            "case_scenario",
            {
                "situation": {
                    "kk": (
                        "<p>11 жастағы Әлия сынып жетекшісіне анасының екі аптадан бері жұмыс бабымен басқа қалада "
                        "жүргенін, өзі кішкентай інісімен үйде жалғыз қалып, көбіне нан ғана жеп жүргенін айтады. "
                        "Балаларды қорғау жөніндегі жауапты қызметкер бүгін демалыста.</p>"
                    ),
                    "ru": (
                        "<p>Алия, 11 лет, рассказывает классному руководителю, что мама уже две недели работает в "
                        "другом городе, а они с младшим братом живут дома одни и едят в основном хлеб. "
                        "Ответственный за защиту детей сегодня в отпуске.</p>"
                    ),
                    "en": (
                        "<p>Aliya, 11, tells her class teacher that her mother has been working in another town "
                        "for two weeks and that she and her little brother are at home alone, eating mostly bread. "
                        "The designated person is on leave today.</p>"
                    ),
                },
                "question": {
                    "kk": "Мұғалім бүгін не істеуі керек?",
                    "ru": "Что должен сделать учитель сегодня?",
                    "en": "What should the teacher do today?",
                },
                "model_answer": {
                    "kk": (
                        "<p>Әлияның сөзі немқұрайлылықтың және қазіргі қауіптің белгісі болуы мүмкін: екі бала "
                        "ересектердің қарауынсыз қалған. Мұғалім Әлияның айтқанын жазып алып, сол күні мектеп "
                        "директорына немесе жауапты қызметкердің орнын басатын адамға хабарлайды. Балалар бүгін "
                        "түнде де жалғыз қалуы мүмкін болғандықтан, мектеп жауапты қызметкердің оралуын күтпей, "
                        "бүгіннің өзінде 102 нөмірі бойынша полицияға хабарлайды.</p>"
                    ),
                    "ru": (
                        "<p>Слова Алии указывают на возможное пренебрежение нуждами детей и на опасность прямо "
                        "сейчас: двое детей остались без присмотра взрослых. Учитель записывает сказанное Алией и "
                        "в тот же день сообщает директору или тому, кто замещает ответственного. Поскольку дети и "
                        "этой ночью могут остаться одни, школа сегодня же обращается в полицию по номеру 102, не "
                        "дожидаясь возвращения ответственного.</p>"
                    ),
                    "en": (
                        "<p>Aliya's words point to possible neglect and a present risk: two children are without "
                        "adult care. The teacher writes down what Aliya said and, the same day, informs the "
                        "principal or whoever replaces the designated person. Because the children may be alone "
                        "again tonight, the school calls the police on 102 today rather than waiting for the "
                        "designated person to return.</p>"
                    ),
                },
            },
        ),
        (
            "knowledge_check",
            {
                "question": {
                    "kk": "Бала үшін алаңдаушылықты қашан хабарлау керек?",
                    "ru": "Когда нужно сообщать о беспокойстве за ребёнка?",
                    "en": "When should you pass on a concern about a child?",
                },
                "options": [
                    {
                        "text": {
                            "kk": (
                                "Сол күні, жауапты қызметкерге (балаға тікелей қауіп төнсе, 102 нөмірі бойынша "
                                "полицияға)"
                            ),
                            "ru": (
                                "В тот же день ответственному за защиту детей (а если ребёнку угрожает "
                                "непосредственная опасность, — в полицию по номеру 102)"
                            ),
                            "en": (
                                "The same day, to the designated person (or to the police on 102 if the child is "
                                "in immediate danger)"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "kk": ("Дұрыс. Кешіктіру баланы қауіпте қалдыруы мүмкін, ал егжей-тегжей тез ұмытылады."),
                            "ru": (
                                "Верно. Промедление может оставить ребёнка в опасности, а подробности быстро "
                                "забываются."
                            ),
                            "en": ("Correct. A delay can leave the child at risk, and details are quickly forgotten."),
                        },
                    },
                    {
                        "text": {
                            "kk": "Бірнеше апта бойы дәлел жинағаннан кейін",
                            "ru": "Когда за несколько недель соберёте доказательства",
                            "en": "After a few weeks of collecting evidence",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": "Дәлел жинау — мұғалімнің міндеті емес, ал күту баланы қауіпте қалдыруы мүмкін.",
                            "ru": (
                                "Сбор доказательств не входит в задачи учителя, а ожидание может оставить ребёнка "
                                "в опасности."
                            ),
                            "en": (
                                "Collecting evidence is not a teacher's task, and waiting can leave the child at risk."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": "Тек бала келіссе ғана",
                            "ru": "Только если ребёнок согласен",
                            "en": "Only if the child agrees",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Балалар жиі ешкімге айтпауды өтінеді. Неге хабарлауға міндетті екеніңізді жайлап "
                                "түсіндіріп, бәрібір хабарлаңыз."
                            ),
                            "ru": (
                                "Дети часто просят никому не рассказывать. Мягко объясните, почему вы обязаны "
                                "передать информацию, и всё равно сообщите."
                            ),
                            "en": (
                                "Children often ask adults to tell no one. Explain kindly why you must pass it on, "
                                "and report anyway."
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "reporting_contacts",
            {
                "title": {
                    "kk": "Хабарлау және кеңес алу үшін байланыстар",
                    "ru": "Контакты для сообщений и консультаций",
                    "en": "Contacts for reporting and advice",
                },
            },
        ),
    ],
}
