"""The demo H5P activity: three situations in which a teacher chooses how to respond.

Played by the project's own content type Qorgau.ScenarioChoice (courses/h5p/library); one
package per language, placed in the lesson "Responding to a disclosure".
"""

TITLE = {
    "kk": "Бала сыр ашқанда: сіз не істер едіңіз?",
    "ru": "Ребёнок рассказал о насилии: что вы сделаете?",
    "en": "A child tells you: what would you do?",
}

INSTRUCTIONS = {
    "kk": "Әр жағдайда ең дұрыс жауапты таңдап, түсіндірмені оқыңыз. Нәтиже жаттығу үшін ғана, бағаға есептелмейді.",
    "ru": (
        "В каждой ситуации выберите лучший ответ и прочитайте пояснение. Результат нужен для практики и не идёт "
        "в оценку."
    ),
    "en": "In each situation choose the best response and read the feedback. The score is practice, not a grade.",
}

LABELS = {
    "kk": {
        "progress": "Жағдай: @current / @total",
        "correct": "Дұрыс таңдау.",
        "incorrect": "Бұл ең дұрыс таңдау емес.",
        "next": "Келесі жағдай",
        "finish": "Нәтижені көру",
        "summary": "Ең дұрыс жауаптар саны: @score / @total.",
        "retry": "Қайта өту",
        "empty": "Жағдайлар әлі қосылмаған.",
    },
    "ru": {
        "progress": "Ситуация @current из @total",
        "correct": "Хороший выбор.",
        "incorrect": "Это не лучший выбор.",
        "next": "Следующая ситуация",
        "finish": "Посмотреть результат",
        "summary": "Лучших ответов: @score из @total.",
        "retry": "Пройти ещё раз",
        "empty": "Ситуации ещё не добавлены.",
    },
    "en": {
        "progress": "Situation @current of @total",
        "correct": "Good choice.",
        "incorrect": "Not the best choice.",
        "next": "Next situation",
        "finish": "See the result",
        "summary": "Best responses: @score of @total.",
        "retry": "Try again",
        "empty": "No situations yet.",
    },
}

SCENARIOS = [
    {
        "situation": {
            "kk": (
                "Сабақтан кейін 9 жасар Айгерім сыныпта қалып, сізге ақырын ғана: «Үйдегі ағай мені қорқытатын "
                "нәрселер істейді. Ешкімге айтпаймын деп уәде бересіз бе?» – дейді."
            ),
            "ru": (
                "После урока девятилетняя Айгерим задерживается в классе и тихо говорит: «Дядя дома делает то, "
                "что меня пугает. Обещаете никому не говорить?»"
            ),
            "en": (
                "After a lesson, nine-year-old Aigerim stays behind and says quietly: “My uncle at home does "
                "things that scare me. Do you promise not to tell anyone?”"
            ),
        },
        "question": {"kk": "Алдымен не дейсіз?", "ru": "Что вы скажете сначала?", "en": "What do you say first?"},
        "choices": [
            {
                "correct": False,
                "text": {
                    "kk": "«Уәде беремін, бұл екеуміздің арамызда қалады».",
                    "ru": "«Обещаю, это останется между нами».",
                    "en": "“I promise, this stays between us.”",
                },
                "feedback": {
                    "kk": (
                        "Құпия сақтауға уәде бермеңіз: баланы қорғау үшін сіз бұл туралы көмектесе алатын "
                        "адамдарға айтуға міндеттісіз. Бұзылған уәде баланың сеніміне нұқсан келтіреді."
                    ),
                    "ru": (
                        "Не обещайте хранить тайну: чтобы защитить ребёнка, вы обязаны рассказать тем, кто может "
                        "помочь. Нарушенное обещание подорвёт доверие ребёнка."
                    ),
                    "en": (
                        "Never promise secrecy: to protect the child you must tell the people who can help. A "
                        "broken promise would cost you the child's trust."
                    ),
                },
            },
            {
                "correct": True,
                "text": {
                    "kk": (
                        "«Маған айтқаныңа рахмет. Мен мұны құпия ұстай алмаймын, бірақ тек сені қорғауға "
                        "көмектесетін адамдарға ғана айтамын»."
                    ),
                    "ru": (
                        "«Спасибо, что рассказала мне. Я не могу держать это в секрете, но расскажу только тем, "
                        "чья работа — помочь тебе быть в безопасности»."
                    ),
                    "en": (
                        "“Thank you for telling me. I can't keep this a secret, but I will only tell people whose "
                        "job is to help keep you safe.”"
                    ),
                },
                "feedback": {
                    "kk": "Дұрыс: сіз баланы тыңдап, оған алғыс айтасыз және енді не болатынын шынайы түсіндіресіз.",
                    "ru": "Верно: вы выслушиваете ребёнка, благодарите его и честно объясняете, что будет дальше.",
                    "en": "Right: you listen, thank the child and explain honestly what will happen next.",
                },
            },
            {
                "correct": False,
                "text": {
                    "kk": "«Сенімдісің бе? Ағаң жақсы адам сияқты ғой».",
                    "ru": "«Ты уверена? Дядя кажется таким хорошим человеком».",
                    "en": "“Are you sure? Your uncle seems such a kind man.”",
                },
                "feedback": {
                    "kk": "Күмән келтіру баланы үндемеуге мәжбүр етеді. Сабыр сақтап, тыңдап, балаға сеніңіз.",
                    "ru": "Сомнение заставляет ребёнка замолчать. Сохраняйте спокойствие, слушайте и верьте ребёнку.",
                    "en": "Doubt makes a child fall silent. Stay calm, listen and believe the child.",
                },
            },
        ],
    },
    {
        "situation": {
            "kk": (
                "12 жасар Данияр онлайн ойында танысқан бір ересек адам одан суреттерін жіберуді және хат "
                "алмасуларын құпия ұстауды сұрағанын айтады."
            ),
            "ru": (
                "Двенадцатилетний Данияр рассказывает, что взрослый, с которым он познакомился в онлайн-игре, "
                "просит прислать фотографии и держать их переписку в секрете."
            ),
            "en": (
                "Twelve-year-old Daniyar tells you that an adult he met in an online game keeps asking him for "
                "photos and to keep their chats secret."
            ),
        },
        "question": {"kk": "Не істейсіз?", "ru": "Что вы сделаете?", "en": "What do you do?"},
        "choices": [
            {
                "correct": False,
                "text": {
                    "kk": (
                        "Барлық хаттарды көрсетіп, маған жіберуін сұраймын, содан кейін ол адамның кім екенін "
                        "білу үшін оған өзім жазамын."
                    ),
                    "ru": (
                        "Попрошу показать и переслать мне всю переписку, а потом сам напишу этому человеку, "
                        "чтобы выяснить, кто он."
                    ),
                    "en": (
                        "Ask him to show you and forward all the messages, then write to the adult yourself to "
                        "find out who they are."
                    ),
                },
                "feedback": {
                    "kk": (
                        "Тергеу жүргізбеңіз және ол адаммен байланыспаңыз: бұл дәлелдерді бүлдіріп, баланы "
                        "қауіпке ұшыратуы мүмкін. Дәлелдермен полиция айналысады."
                    ),
                    "ru": (
                        "Не расследуйте и не связывайтесь с этим человеком: так можно испортить доказательства и "
                        "подвергнуть ребёнка опасности. Доказательствами занимается полиция."
                    ),
                    "en": (
                        "Do not investigate or contact the adult: it can spoil the evidence and put the child at "
                        "risk. Evidence is a matter for the police."
                    ),
                },
            },
            {
                "correct": True,
                "text": {
                    "kk": (
                        "Сабырмен тыңдаймын, оның кінәсі жоқ екенін айтамын, айтқандарын өз сөзімен жазып "
                        "аламын және сол күні жауапты адамға хабарлаймын."
                    ),
                    "ru": (
                        "Спокойно выслушаю, скажу, что он ни в чём не виноват, запишу его слова так, как он их "
                        "сказал, и в тот же день сообщу ответственному лицу."
                    ),
                    "en": (
                        "Listen calmly, tell him it is not his fault, write down what he said in his own words "
                        "and report to the designated person the same day."
                    ),
                },
                "feedback": {
                    "kk": (
                        "Дұрыс: бұл – груминг белгілері. Сіздің міндетіңіз – тыңдау, баланы жұбату, жазып алу "
                        "және сол күні хабарлау."
                    ),
                    "ru": (
                        "Верно: это признаки груминга. Ваша задача — выслушать, успокоить, записать и сообщить "
                        "в тот же день."
                    ),
                    "en": (
                        "Right: these are signs of grooming. Your part is to listen, reassure, write it down and "
                        "report the same day."
                    ),
                },
            },
            {
                "correct": False,
                "text": {
                    "kk": "Ол адамды бұғаттап, бәрін ұмытуға кеңес беремін: шу шығарудың қажеті жоқ.",
                    "ru": "Посоветую заблокировать этого человека и забыть: не стоит поднимать шум.",
                    "en": "Tell him to block the adult and forget about it: no need to make a fuss.",
                },
                "feedback": {
                    "kk": (
                        "Груминг – зорлық-зомбылықтың бір түрі. Бұғаттау жеткіліксіз: ол адам басқа балаларға "
                        "да жазуы мүмкін, сондықтан міндетті түрде хабарлаңыз."
                    ),
                    "ru": (
                        "Груминг — форма насилия. Блокировки недостаточно: этот человек может писать и другим "
                        "детям, поэтому обязательно сообщите."
                    ),
                    "en": (
                        "Grooming is a form of abuse. Blocking is not enough: the adult may be writing to other "
                        "children too, so always report it."
                    ),
                },
            },
        ],
    },
    {
        "situation": {
            "kk": ("Айгеріммен әңгіме аяқталды. Ол келесі сабаққа кетті, ал сізде жазып алуға бірнеше минут бар."),
            "ru": (
                "Разговор с Айгерим закончился. Она ушла на следующий урок, а у вас есть несколько минут, чтобы "
                "сделать записи."
            ),
            "en": "The conversation with Aigerim is over. She has gone to her next lesson, and you have a few minutes.",
        },
        "question": {"kk": "Не жазып аласыз?", "ru": "Что вы запишете?", "en": "What do you write down?"},
        "choices": [
            {
                "correct": True,
                "text": {
                    "kk": "Баланың өз сөзімен айтқандарын, күні мен уақытын және өзіңіз байқаған нәрселерді.",
                    "ru": "Слова ребёнка так, как он их сказал, дату и время и то, что вы сами заметили.",
                    "en": "What the child said in her own words, the date and time, and what you noticed.",
                },
                "feedback": {
                    "kk": (
                        "Дұрыс: дер кезінде жазылған нақты деректер мамандарға баланы қорғауға көмектеседі. "
                        "Содан кейін сол күні хабарлаңыз."
                    ),
                    "ru": (
                        "Верно: своевременно записанные факты помогают специалистам защитить ребёнка. Затем "
                        "сообщите в тот же день."
                    ),
                    "en": (
                        "Right: facts written down at once help the professionals protect the child. Then report "
                        "the same day."
                    ),
                },
            },
            {
                "correct": False,
                "text": {
                    "kk": "Кімнің кінәлі екені және не болғаны туралы өз қорытындымды.",
                    "ru": "Свои выводы о том, кто виноват и что, скорее всего, произошло.",
                    "en": "Your own conclusion about who is to blame and what probably happened.",
                },
                "feedback": {
                    "kk": "Болжамды емес, деректерді жазыңыз. Не болғанын анықтау – мамандардың ісі.",
                    "ru": "Записывайте факты, а не догадки. Выяснять, что произошло, — дело специалистов.",
                    "en": "Write facts, not guesses. Finding out what happened is the professionals' job.",
                },
            },
            {
                "correct": False,
                "text": {
                    "kk": "Ештеңе жазбаймын: жазба отбасына зиян келтіруі мүмкін.",
                    "ru": "Ничего: записи могут навредить семье.",
                    "en": "Nothing: a written note might harm the family.",
                },
                "feedback": {
                    "kk": (
                        "Дер кезінде жасалған жазба өте маңызды: кейін егжей-тегжейі ұмытылады, ал мамандарға "
                        "баланың нақты сөздері керек."
                    ),
                    "ru": (
                        "Своевременная запись очень важна: подробности забываются, а специалистам нужны точные "
                        "слова ребёнка."
                    ),
                    "en": ("A prompt note matters: details fade, and the professionals need the child's exact words."),
                },
            },
        ],
    },
]


def content_json(language):
    """The content.json of the demo activity in one language."""
    return {
        "labels": LABELS[language],
        "scenarios": [
            {
                "situation": scenario["situation"][language],
                "question": scenario["question"][language],
                "choices": [
                    {
                        "text": choice["text"][language],
                        "correct": choice["correct"],
                        "feedback": choice["feedback"][language],
                    }
                    for choice in scenario["choices"]
                ],
            }
            for scenario in SCENARIOS
        ],
    }
