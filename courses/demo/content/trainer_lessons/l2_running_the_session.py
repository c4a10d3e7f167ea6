LESSON = {
    "slug": "running-the-session",
    "required": True,
    "estimated_minutes": 25,
    "title": {
        "kk": "Сабақты өткізу",
        "ru": "Проведение занятия",
        "en": "Running the session",
    },
    "intro": {
        "kk": (
            "Бұл сабақта оқытуды топта жұмыс істеу ережелерінен бастау, қауіпсіз ортаны сақтау және мазмұнды дәл "
            "жеткізу жолдары көрсетіледі."
        ),
        "ru": (
            "В этом уроке показано, как начать занятие с правил работы группы, сохранять безопасное пространство и "
            "точно передавать содержание курса."
        ),
        "en": (
            "This lesson shows how to open the session with ground rules, keep it a safe space and deliver the "
            "content accurately."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Топта жұмыс істеу ережелері",
                "ru": "Правила работы группы",
                "en": "Ground rules",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Сабақтың басында бірнеше ереже туралы келісіп, оларды бәріне көрінетін жерге жазып "
                    "қойыңыз:</p>"
                    "<ul>"
                    "<li>біз бір-бірімізді құрметпен тыңдаймыз;</li>"
                    "<li>әріптестердің өзі туралы айтқандары осы бөлмеде қалады; тек баланың қауіпте екені туралы "
                    "алаңдаушылық бұған жатпайды, ол әрдайым жауапты қызметкерге жеткізіледі;</li>"
                    "<li>жағдайларды талқылағанда нақты балалар мен отбасылардың атын атамаймыз;</li>"
                    "<li>кез келген адам ештеңе түсіндірмей үзіліс жасай немесе бөлмеден шығып кете алады.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>В начале занятия договоритесь о нескольких правилах и запишите их на видном месте:</p>"
                    "<ul>"
                    "<li>мы слушаем друг друга с уважением;</li>"
                    "<li>то, что коллеги рассказывают о себе, остаётся в этой комнате; исключение — беспокойство о "
                    "том, что ребёнок в опасности: о нём всегда сообщают ответственному за защиту детей;</li>"
                    "<li>обсуждая случаи, мы не называем имён реальных детей и семей;</li>"
                    "<li>любой может сделать перерыв или выйти, ничего не объясняя.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Agree a few ground rules at the start and write them where everyone can see them:</p>"
                    "<ul>"
                    "<li>we listen to each other with respect;</li>"
                    "<li>what colleagues say about themselves stays in the room, except a concern that a child is "
                    "at risk, which is always passed to the designated person;</li>"
                    "<li>we do not name real children or families when discussing cases;</li>"
                    "<li>anyone may take a break or step out without explaining why.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "kk": "Қауіпсіз орта",
                "ru": "Безопасное пространство",
                "en": "A safe space",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Бөлмедегі біреу өзі балалық шағында немесе ата-ана ретінде зорлық-зомбылыққа тап болған "
                    "болуы мүмкін екенін әрдайым ескеріңіз. Зардап шеккендер туралы құрметпен сөйлеңіз, әзіл мен "
                    "ауыр егжей-тегжейден аулақ болыңыз және қатысушылардан өз оқиғаларын айтуды ешқашан "
                    "сұрамаңыз. Психологты қайдан табуға болатынын және сабақтан кейін Сізбен оңаша сөйлесуге "
                    "болатынын топқа айтыңыз.</p>"
                ),
                "ru": (
                    "<p>Исходите из того, что у кого-то в комнате есть личный опыт насилия — в детстве или в роли "
                    "родителя. Говорите о пострадавших с уважением, избегайте шуток и тяжёлых подробностей и "
                    "никогда не просите участников рассказывать свои истории. Сообщите группе, где можно найти "
                    "психолога и что после занятия с вами можно поговорить наедине.</p>"
                ),
                "en": (
                    "<p>Assume that someone in the room has personal experience of abuse, as a child or as a "
                    "parent. Speak about survivors with respect, avoid jokes and graphic detail, and never ask "
                    "participants to share their own stories. Tell the group where to find the psychologist and "
                    "that they can talk to you privately after the session.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "action",
                "title": {
                    "kk": "Мазмұнның дәлдігін сақтаңыз",
                    "ru": "Сохраняйте точность содержания",
                    "en": "Keep the message accurate",
                },
                "text": {
                    "kk": (
                        "<p>Каскадтың әр сатысында мазмұн «сұйылуы» мүмкін: кейбір қадамдар түсіп қалады, "
                        "жеңілдетіледі немесе өзгереді. Сабақтардың ретін сақтаңыз, негізгі қағидаларды сөзбе-сөз "
                        "жеткізіңіз («құпия сақтауға уәде бермеңіз», «сол күні хабарлаңыз») және қатысушылардың "
                        "түсінгенін өз сұрақтарыңызбен емес, курс сұрақтарымен тексеріңіз.</p>"
                    ),
                    "ru": (
                        "<p>На каждом шаге каскада содержание может «размываться»: отдельные шаги выпадают, "
                        "упрощаются или меняются. Придерживайтесь порядка уроков, передавайте ключевые положения "
                        "дословно («не обещайте сохранить тайну», «сообщите в тот же день») и проверяйте понимание "
                        "вопросами курса, а не своими.</p>"
                    ),
                    "en": (
                        "<p>At each step of a cascade the message can thin out: steps are dropped, simplified or "
                        "changed. This is called dilution. Follow the lesson order, keep the key messages word for "
                        "word (“do not promise secrecy”, “report the same day”) and check understanding with the "
                        "course questions, not your own.</p>"
                    ),
                },
            },
        ),
        (
            "case_scenario",
            {
                "situation": {
                    "kk": (
                        "<p>Бала зорлық-зомбылық туралы айтқанда қалай ден қою керектігі талқыланып жатқанда, "
                        "әріптесіңіз Сәуле бөлмеден үнсіз шығып кетеді де, үзіліске дейін оралмайды.</p>"
                    ),
                    "ru": (
                        "<p>Когда группа обсуждает, как реагировать на рассказ ребёнка о насилии, ваша коллега "
                        "Сауле тихо выходит из комнаты и не возвращается до перерыва.</p>"
                    ),
                    "en": (
                        "<p>While the group is discussing how to respond when a child discloses abuse, your "
                        "colleague Saule quietly leaves the room and does not come back before the break.</p>"
                    ),
                },
                "question": {
                    "kk": "Сіз не істейсіз?",
                    "ru": "Что вы сделаете?",
                    "en": "What do you do?",
                },
                "model_answer": {
                    "kk": (
                        "<p>Оны тоқтатпаңыз: топтың ережелері бұған рұқсат береді. Топтың назарын оған аудармай, "
                        "сабақты сабырмен жалғастырыңыз.</p>"
                        "<p>Үзілісте немесе сабақтан кейін онымен оңаша, қысқа сөйлесіңіз: «Шығып кеткеніңізді "
                        "байқадым. Жағдайыңыз қалай? Сөйлескіңіз келсе, мен осындамын, психолог та бар». Неге "
                        "шығып кеткенін немесе басынан не өткенін сұрамаңыз.</p>"
                    ),
                    "ru": (
                        "<p>Не останавливайте её: правила группы это допускают. Спокойно продолжайте занятие, не "
                        "привлекая к ней внимания группы.</p>"
                        "<p>В перерыве или после занятия коротко поговорите с ней наедине: «Вижу, вы выходили. Как "
                        "вы себя чувствуете? Если захотите поговорить, я рядом, и психолог тоже». Не спрашивайте, "
                        "почему она вышла, и не расспрашивайте о её опыте.</p>"
                    ),
                    "en": (
                        "<p>Let her go: the ground rules allow it. Carry on calmly without drawing the group's "
                        "attention to her.</p>"
                        "<p>At the break or afterwards, check in privately and briefly: “I noticed you left. How "
                        "are you? If you want to talk, I am here, and so is the psychologist.” Do not ask why she "
                        "left or about her experience.</p>"
                    ),
                },
            },
        ),
    ],
}
