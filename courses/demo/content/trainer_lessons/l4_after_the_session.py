LESSON = {
    "slug": "after-the-session",
    "required": True,
    "estimated_minutes": 20,
    "title": {
        "kk": "Сабақтан кейін",
        "ru": "После занятия",
        "en": "After the session",
    },
    "intro": {
        "kk": (
            "Бұл сабақ қатысуды белгілеу, сабақтан кейін қатысушылармен жұмыс істеу және мазмұнның дәл жеткенін "
            "тексеру туралы."
        ),
        "ru": (
            "Этот урок посвящён учёту посещаемости, работе с участниками после занятия и проверке того, насколько "
            "точно передано содержание."
        ),
        "en": (
            "This lesson covers recording attendance, following up with participants and checking that the message "
            "has stayed accurate."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Қатысу және кейінгі жұмыс",
                "ru": "Посещаемость и работа после занятия",
                "en": "Attendance and follow-up",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Платформадағы оқу тобыңызда қатысуды сабақ өткен күні белгілеңіз және тек шын мәнінде "
                    "қатысқандарды ғана белгілеңіз. Бұл жазбалар сертификат беру кезінде ескеріледі және оқытудың "
                    "қаншалықты кең таралғанын министрлікке көрсетеді, сондықтан олар дәл болуы керек.</p>"
                    "<p>Қатысушыларға онлайн сабақтар мен қорытынды тестті аяқтауды еске салыңыз. Ерте кетіп "
                    "қалған немесе көңіл күйі түсіп кеткен әріптестердің жағдайын оңаша сұраңыз, бірақ олардың өз "
                    "басынан өткені туралы сұрамаңыз.</p>"
                ),
                "ru": (
                    "<p>В день занятия отметьте на платформе присутствующих в своей учебной группе — только тех, "
                    "кто действительно участвовал. Эти записи учитываются при выдаче сертификатов и показывают "
                    "министерству, как далеко распространилось обучение, поэтому они должны быть точными.</p>"
                    "<p>Напомните участникам пройти онлайн-уроки и итоговый тест. Наедине поинтересуйтесь "
                    "самочувствием тех, кто ушёл раньше или выглядел расстроенным, не расспрашивая об их личном "
                    "опыте.</p>"
                ),
                "en": (
                    "<p>Mark attendance in your training group on the platform on the day of the session, and only "
                    "for those who actually took part. These records count towards certificates and show the "
                    "ministry how far the training has reached, so they must be accurate.</p>"
                    "<p>Remind participants to complete the online lessons and the final quiz. Check in privately "
                    "with anyone who left early or seemed upset, without asking about their personal "
                    "experience.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "kk": "Каскадтың барлық сатысында мазмұнның дәлдігі",
                "ru": "Точность содержания на всех шагах каскада",
                "en": "Keeping the message accurate down the cascade",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Каскадта әр тренер өзі алғанынан сәл азын ғана жеткізеді. Осы «сұйылуды» азайту үшін:</p>"
                    "<ul>"
                    "<li>тобыңыздың тест нәтижелерін әр сұрақ бойынша қарап, көпшілік қателескен тақырыптарға "
                    "қайта оралыңыз;</li>"
                    "<li>кейін өздері тренер болатын әріптестердің Сіздің жазбаларыңыз бен слайдтарыңызды емес, "
                    "курстың ресми материалдарын пайдалануын қадағалаңыз;</li>"
                    "<li>жауап бере алмаған сұрақтарды өңірлік үйлестірушіге жіберіп, жауаптарын тобыңызбен "
                    "бөлісіңіз.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>В каскаде каждый тренер передаёт немного меньше, чем получил сам. Чтобы ограничить это "
                    "«размывание»:</p>"
                    "<ul>"
                    "<li>просматривайте результаты теста своей группы по каждому вопросу и возвращайтесь к темам, "
                    "в которых ошиблись многие;</li>"
                    "<li>следите, чтобы коллеги, которые сами станут тренерами, пользовались официальными "
                    "материалами курса, а не вашими заметками или слайдами;</li>"
                    "<li>передавайте вопросы, на которые не смогли ответить, региональному координатору и делитесь "
                    "ответами с группой.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>In a cascade, each trainer tends to pass on a little less than they received. To limit "
                    "this dilution:</p>"
                    "<ul>"
                    "<li>look at your group's quiz results question by question and revisit any topic that many "
                    "people got wrong;</li>"
                    "<li>make sure colleagues who go on to train others use the official course materials, not "
                    "your notes or slides;</li>"
                    "<li>pass questions you could not answer to your regional coordinator, and share the answers "
                    "with your group.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": {
                    "kk": (
                        "Қорытынды тестте бірнеше қатысушы құпия сақтауға уәде беру туралы сұраққа қате жауап "
                        "берді. Не істеген дұрыс?"
                    ),
                    "ru": (
                        "Несколько участников ошиблись в вопросе итогового теста об обещании сохранить тайну. Как "
                        "лучше поступить?"
                    ),
                    "en": (
                        "Several participants got the final-quiz question about promising secrecy wrong. What is "
                        "the best response?"
                    ),
                },
                "options": [
                    {
                        "text": {
                            "kk": "Ештеңе істемеу: жалпы орташа балл жеткілікті",
                            "ru": "Ничего не делать: средний балл в целом достаточный",
                            "en": "Nothing: the overall average score is good enough",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Орташа балл негізгі қағидадағы олқылықты жасырып қалуы мүмкін. Каскадта бір "
                                "сатыдағы олқылық кейінгі сатылардың бәрінде қайталанады."
                            ),
                            "ru": (
                                "Средний балл может скрывать пробел в ключевом положении. В каскаде пробел на "
                                "одном шаге повторяется на всех следующих."
                            ),
                            "en": (
                                "An average can hide a gap in a key message. In a cascade, a gap at one step is "
                                "repeated at every step after it."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": "Келесі жолы тесттен өтуі үшін топқа дұрыс жауапты айтып беру",
                            "ru": "Сообщить группе правильный ответ, чтобы в следующий раз тест был сдан",
                            "en": "Tell the group the correct answer so that they pass next time",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Мақсат — тесттен өту емес. Қатысушылар балаға қатысты дұрыс әрекет етіп, "
                                "басқаларды да дұрыс үйретуі үшін себебін түсінуі керек."
                            ),
                            "ru": (
                                "Цель не в том, чтобы сдать тест. Участникам нужно понимать причину, чтобы "
                                "правильно действовать с ребёнком и правильно учить других."
                            ),
                            "en": (
                                "Passing the quiz is not the goal. Participants need to understand why, so that "
                                "they act correctly with a child and teach others correctly."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": (
                                "Топпен сабақтың сол бөлігіне қайта оралып, балаға құпия сақтауға неге уәде беруге "
                                "болмайтынын тағы түсіндіру"
                            ),
                            "ru": (
                                "Вернуться с группой к этой части урока и ещё раз объяснить, почему нельзя обещать "
                                "ребёнку сохранить тайну"
                            ),
                            "en": (
                                "Revisit that part of the lesson with the group and explain again why a child must "
                                "not be promised secrecy"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "kk": (
                                "Дұрыс. Қате түсінілген нақты тұсқа қайта оралу мазмұн әрі қарай берілмес бұрын "
                                "оның дәлдігін сақтауға көмектеседі."
                            ),
                            "ru": (
                                "Верно. Разбор именно того, что поняли неправильно, помогает сохранить точность "
                                "содержания до того, как его передадут дальше."
                            ),
                            "en": (
                                "Correct. Returning to the exact point that was misunderstood keeps the message "
                                "accurate before it is passed on."
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": {
                    "kk": "Ауыр сабақтан кейін",
                    "ru": "После тяжёлого занятия",
                    "en": "After a heavy session",
                },
                "text": {
                    "kk": (
                        "<p>Мұндай оқытуды жүргізу шаршатуы мүмкін, әсіресе біреу өз басынан өткенін айтса немесе "
                        "тақырып Сіздің өз тәжірибеңізге қатысты болса. Сабақтан кейін өзіңізге қысқа демалыс "
                        "жоспарлап, қажет болса психологпен немесе басқа тренермен сөйлесіңіз.</p>"
                    ),
                    "ru": (
                        "<p>Вести такое обучение бывает утомительно, особенно если кто-то рассказал о пережитом "
                        "или тема затрагивает ваш собственный опыт. Запланируйте для себя короткий отдых после "
                        "занятия и при необходимости поговорите с психологом или другим тренером.</p>"
                    ),
                    "en": (
                        "<p>Leading this training can be tiring, especially if someone disclosed or the topic "
                        "touches your own experience. Plan a short break for yourself afterwards, and talk to the "
                        "psychologist or a fellow trainer if you need to.</p>"
                    ),
                },
            },
        ),
    ],
}
