LESSON = {
    "slug": "preparing-a-session",
    "required": True,
    "estimated_minutes": 20,
    "title": {
        "kk": "Сабаққа дайындық",
        "ru": "Подготовка занятия",
        "en": "Preparing a session",
    },
    "intro": {
        "kk": (
            "Бұл сабақ әріптестерге арналған бетпе-бет сабақты қауіпсіз, дәл және жақсы ұйымдастырылған етіп "
            "жоспарлауға көмектеседі."
        ),
        "ru": (
            "Этот урок поможет спланировать очное занятие для коллег так, чтобы оно было безопасным, точным и "
            "хорошо организованным."
        ),
        "en": (
            "This lesson helps you plan a face-to-face session for colleagues that is safe, accurate and well "
            "organised."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Сабаққа дейін",
                "ru": "До занятия",
                "en": "Before the session",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Жақсы дайындық сабақты қауіпсіз, ал оның мазмұнын дәл етеді.</p>"
                    "<ul>"
                    "<li>Тренер сертификатыңыздың жарамды екенін тексеріп, мұғалімдерге арналған курсты өзіңіз "
                    "қайта қарап шығыңыз.</li>"
                    "<li>Мектеп әкімшілігімен сабақтың күнін, тыныш бөлмені және жеткілікті уақытты "
                    "келісіңіз.</li>"
                    "<li>Платформада оқу тобын ашып, оның кодын қатысушыларға беріңіз.</li>"
                    "<li>Өзекті байланыстар тізімін және мектептегі балаларды қорғау жөніндегі жауапты "
                    "қызметкердің аты-жөнін басып шығарыңыз немесе экранға шығарыңыз.</li>"
                    "<li>Мектеп психологынан сабақ кезінде және одан кейін қолжетімді болуын өтініңіз.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>Хорошая подготовка делает занятие безопаснее, а его содержание — точнее.</p>"
                    "<ul>"
                    "<li>Убедитесь, что ваш сертификат тренера действителен, и ещё раз просмотрите курс для "
                    "учителей.</li>"
                    "<li>Согласуйте с администрацией школы дату, тихое помещение и достаточное время.</li>"
                    "<li>Создайте на платформе учебную группу и передайте её код участникам.</li>"
                    "<li>Распечатайте или выведите на экран актуальный список контактов и имя ответственного за "
                    "защиту детей в вашей школе.</li>"
                    "<li>Попросите школьного психолога быть доступным во время занятия и после него.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Good preparation makes the session safer and the message more accurate.</p>"
                    "<ul>"
                    "<li>Check that your trainer certificate is valid, and revisit the teacher course "
                    "yourself.</li>"
                    "<li>Agree the date, a quiet room and enough time with the school management.</li>"
                    "<li>Open a training group (cohort) on the platform and give its code to participants.</li>"
                    "<li>Print or display the current contacts list and the name of your school's designated "
                    "person.</li>"
                    "<li>Ask the school psychologist to be available during and after the session.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": {
                    "kk": "Қатысушыларды алдын ала ескертіңіз",
                    "ru": "Предупредите участников заранее",
                    "en": "Tell participants what to expect",
                },
                "text": {
                    "kk": (
                        "<p>Алдын ала қысқа хабарлама жіберіңіз: сабақ балаға қатыгездік көрсету туралы, ол ауыр "
                        "сезім тудыруы мүмкін; кез келген адам кез келген уақытта шығып кете алады; қолдау "
                        "көрсетіледі. Кейбір әріптестердің өзі зорлық-зомбылық көрген болуы мүмкін, алдын ала "
                        "ескерту оларға дайындалуға мүмкіндік береді.</p>"
                    ),
                    "ru": (
                        "<p>Заранее разошлите короткое сообщение: занятие посвящено жестокому обращению с детьми и "
                        "может вызвать тяжёлые чувства; любой может выйти в любой момент; поддержка будет "
                        "доступна. У кого-то из коллег может быть личный опыт насилия, и предупреждение даёт "
                        "возможность подготовиться.</p>"
                    ),
                    "en": (
                        "<p>Send a short note in advance: the session is about child abuse and may be upsetting; "
                        "anyone may step out at any time; support is available. Some colleagues may have personal "
                        "experience of abuse, and advance notice lets them prepare.</p>"
                    ),
                },
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Курс материалдарын өзгертпей пайдаланыңыз. Қорқынышты суреттерді, баланы тануға мүмкіндік "
                    "беретін нақты оқиғаларды немесе бағдарламаға сәйкес келмейтін өз ережелеріңізді қоспаңыз. "
                    "«Қателессем ше?», «Ата-аналар шағымданса ше?» сияқты жиі кездесетін алаңдаушылықтарға қысқа "
                    "жауаптар дайындап қойыңыз.</p>"
                ),
                "ru": (
                    "<p>Используйте материалы курса без изменений. Не добавляйте шокирующих изображений, реальных "
                    "случаев, по которым можно узнать ребёнка, или собственных правил, расходящихся с программой. "
                    "Подготовьте короткие ответы на частые опасения, например: «А если я ошибаюсь?» и «А если "
                    "родители будут жаловаться?»</p>"
                ),
                "en": (
                    "<p>Use the course materials as they are. Do not add graphic images, real cases that could "
                    "identify a child, or rules of your own that differ from the programme. Prepare short answers "
                    "to common worries such as “What if I am wrong?” and “What if the parents complain?”</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": {
                    "kk": "Дайындықтың қай қадамы қатысушыларды жақсы қорғайды?",
                    "ru": "Какой шаг подготовки лучше всего защищает участников?",
                    "en": "Which preparation step best protects participants?",
                },
                "options": [
                    {
                        "text": {
                            "kk": (
                                "Сабақтың не туралы болатынын және қолдау көрсетілетінін қатысушыларға алдын ала айту"
                            ),
                            "ru": "Заранее сообщить участникам, о чём будет занятие и что им доступна поддержка",
                            "en": (
                                "Telling participants in advance what the session covers and that support is available"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "kk": (
                                "Дұрыс. Алдын ала ескерту және қолжетімді қолдау қатысушыларға сабаққа қауіпсіз "
                                "қатысуға мүмкіндік береді."
                            ),
                            "ru": (
                                "Верно. Предупреждение и доступная поддержка позволяют участникам безопасно "
                                "участвовать в занятии."
                            ),
                            "en": ("Correct. Advance notice and available support let participants take part safely."),
                        },
                    },
                    {
                        "text": {
                            "kk": "Тақырыпқа байыппен қарау үшін жарақаттардың нақты суреттерін көрсету",
                            "ru": "Показать реальные фотографии травм, чтобы тему восприняли серьёзно",
                            "en": "Showing real photographs of injuries so that the topic feels serious",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Қорқынышты суреттер қатысушыларды, әсіресе өзі зорлық-зомбылық көргендерді, қатты "
                                "күйзелтуі мүмкін және мұғалімнің не істеу керектігіне ештеңе қоспайды."
                            ),
                            "ru": (
                                "Шокирующие изображения могут травмировать участников, особенно тех, у кого есть "
                                "личный опыт насилия, и ничего не добавляют к тому, что учителю нужно делать."
                            ),
                            "en": (
                                "Graphic images can distress participants, especially those with personal "
                                "experience, and add nothing to what teachers need to do."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": "Әр қатысушыдан бөлісу үшін өз басынан өткен оқиғаны дайындауды сұрау",
                            "ru": "Попросить каждого участника подготовить личную историю для обсуждения",
                            "en": "Asking each participant to prepare a personal story to share",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Қатысушылардан өз басынан өткенін айтуды ешқашан сұрамау керек. Бұл — олардың өз "
                                "таңдауы, сабаққа бұл қажет емес."
                            ),
                            "ru": (
                                "Участников никогда не следует просить делиться личным опытом. Это их выбор, и для "
                                "занятия это не нужно."
                            ),
                            "en": (
                                "Never ask participants to share personal experiences. That is their choice, and "
                                "the session does not need it."
                            ),
                        },
                    },
                ],
            },
        ),
    ],
}
