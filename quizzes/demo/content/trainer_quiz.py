"""Demo final assessment of the trainer course "Leading the training in your school".

Eight questions on preparing and running a face-to-face cascade session, handling difficult moments and
what to do after the session; each text is given in Kazakh, Russian and English.
"""

FINAL = {
    "slug": "final-assessment",
    "title": {
        "kk": "Қорытынды тест",
        "ru": "Итоговый тест",
        "en": "Final assessment",
    },
    "intro": {
        "kk": (
            "Тесттен өту үшін кемінде 80 % ұпай жинау қажет; тестті қайта тапсыруға болады. Тесттен сәтті өту — "
            "тренер сертификатын алудың шарттарының бірі."
        ),
        "ru": (
            "Для успешной сдачи нужно набрать не менее 80 % баллов; тест можно пересдать. Успешная сдача теста — "
            "одно из условий получения сертификата тренера."
        ),
        "en": (
            "To pass, you need at least 80 % of the marks, and you may retake the assessment. Passing it counts "
            "toward your trainer certificate."
        ),
    },
}

QUESTIONS = [
    {
        "type": "ordering",
        "topic": "prevention",
        "scenario": {
            "kk": "Келесі аптада Сіз өз мектебіңіздің мұғалімдеріне курс бойынша бетпе-бет сабақ өткізесіз.",
            "ru": "На следующей неделе вы проводите очное занятие по курсу для учителей своей школы.",
            "en": "Next week you will run a face-to-face session of the course for the teachers at your school.",
        },
        "prompt": {
            "kk": "Әрекеттеріңізді дұрыс ретпен орналастырыңыз.",
            "ru": "Расположите свои действия в правильном порядке.",
            "en": "Put your actions in the right order.",
        },
        "feedback": {
            "kk": (
                "Дайындық сабаққа дейін басталады: алдымен күні мен бөлмені келісесіз, содан кейін қатысушыларды "
                "алдын ала ескертесіз. Сабақ топта жұмыс істеу ережелерінен басталады, ал қатысу сабақ өткен күні "
                "белгіленеді."
            ),
            "ru": (
                "Подготовка начинается до занятия: сначала вы согласуете дату и помещение, затем заранее "
                "предупреждаете участников. Занятие начинается с правил работы группы, а посещаемость отмечается в "
                "день занятия."
            ),
            "en": (
                "Preparation starts before the session: first you agree the date and the room, then you tell "
                "participants what to expect. The session opens with ground rules, and attendance is marked on the "
                "day."
            ),
        },
        "steps": [
            {
                "kk": "Мектеп әкімшілігімен сабақтың күнін, тыныш бөлмені және жеткілікті уақытты келісу",
                "ru": "Согласовать с администрацией школы дату, тихое помещение и достаточное время",
                "en": "Agree the date, a quiet room and enough time with the school management",
            },
            {
                "kk": (
                    "Қатысушыларға сабақтың ауыр сезім тудыруы мүмкін екенін, кез келген уақытта шығып кетуге "
                    "болатынын және қолдау көрсетілетінін алдын ала хабарлау"
                ),
                "ru": (
                    "Заранее сообщить участникам, что занятие может вызвать тяжёлые чувства, что выйти можно в "
                    "любой момент и что поддержка будет доступна"
                ),
                "en": (
                    "Tell participants in advance that the session may be upsetting, that they may step out at any "
                    "time and that support is available"
                ),
            },
            {
                "kk": "Сабақтың басында топта жұмыс істеу ережелерін келісіп, оларды бәріне көрінетін жерге жазу",
                "ru": "В начале занятия договориться о правилах работы группы и записать их на видном месте",
                "en": (
                    "At the start of the session, agree the ground rules and write them where everyone can see them"
                ),
            },
            {
                "kk": "Курс сабақтарын ретімен өткізіп, қатысушылардың түсінгенін курс сұрақтарымен тексеру",
                "ru": "Провести уроки курса по порядку и проверить понимание вопросами курса",
                "en": "Go through the course lessons in order and check understanding with the course questions",
            },
            {
                "kk": "Сабақ өткен күні платформада тек шын мәнінде қатысқандарды белгілеу",
                "ru": "В день занятия отметить на платформе только тех, кто действительно участвовал",
                "en": "On the day of the session, mark on the platform only those who actually took part",
            },
        ],
    },
    {
        "type": "single",
        "topic": "disclosure",
        "scenario": {
            "kk": (
                "Жағдайларды талқылау кезінде қатысушы Жанар бүкіл топтың алдында: «Бала кезімде менің басымнан да "
                "осындай жағдай өткен», — дейді. Бөлмеде тыныштық орнайды."
            ),
            "ru": (
                "Во время разбора ситуаций участница Жанар говорит при всей группе: «Со мной в детстве тоже было "
                "такое». В комнате становится тихо."
            ),
            "en": (
                "During the case discussion, a participant, Zhanar, says in front of the group: “Something like "
                "this happened to me as a child too.” The room goes quiet."
            ),
        },
        "prompt": {
            "kk": "Тренер ретінде қалай ден қойған дұрыс?",
            "ru": "Как тренеру лучше всего отреагировать?",
            "en": "What is the best way for you, as the trainer, to respond?",
        },
        "feedback": {
            "kk": (
                "Балаға қалай ден қоюды үйретсеңіз, ересекке де солай ден қойыңыз: сабырмен, егжей-тегжейін "
                "сұрамай. Топта адамға алғыс айтып, әңгімені оңаша жалғастыруды ұсыныңыз да, сабақты әрі қарай "
                "жүргізіңіз."
            ),
            "ru": (
                "Реагируйте так же, как учите реагировать на рассказ ребёнка: спокойно и не расспрашивая о "
                "подробностях. В группе поблагодарите человека, предложите продолжить разговор наедине и вернитесь "
                "к занятию."
            ),
            "en": (
                "Respond as you teach others to respond to a child: calmly and without asking for details. In the "
                "group, thank the person, offer to continue in private and carry on with the session."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "Сабырмен алғыс айтып, әңгімені үзілісте оңаша жалғастыруды жайлап ұсыну және сабақты әрі "
                        "қарай жүргізу"
                    ),
                    "ru": (
                        "Спокойно поблагодарить её, мягко предложить продолжить разговор наедине в перерыве и "
                        "вернуться к занятию"
                    ),
                    "en": (
                        "Thank her calmly, gently offer to continue in private at the break, and carry on with the "
                        "session"
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: Сіз оның сөзін құрметпен қабылдайсыз, оны топтың назарында қалдырмайсыз және "
                        "қолдау көрсетуге мүмкіндік сақтайсыз."
                    ),
                    "ru": (
                        "Верно: вы с уважением принимаете её слова, не оставляете её в центре внимания группы и "
                        "сохраняете возможность её поддержать."
                    ),
                    "en": (
                        "Correct: you receive her words with respect, take the group's attention off her and keep "
                        "the way open to support her."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Басқалар нақты мысалдан үйренуі үшін оны топқа толығырақ айтып беруге шақыру",
                    "ru": "Предложить ей рассказать группе подробнее, чтобы остальные учились на реальном примере",
                    "en": "Invite her to tell the group more, so that others can learn from a real example",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Қатысушылардан өз оқиғаларын айтуды ешқашан сұрамаңыз: бұл оны қайта күйзелтуі мүмкін, ал "
                        "сабаққа бұл қажет емес."
                    ),
                    "ru": (
                        "Никогда не просите участников рассказывать свои истории: это может снова ранить человека, "
                        "а занятию это не нужно."
                    ),
                    "en": (
                        "Never ask participants to tell their stories: it can hurt them again, and the session "
                        "does not need it."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Естімегендей болып, тақырыпты тез ауыстыру",
                    "ru": "Сделать вид, что ничего не услышали, и быстро сменить тему",
                    "en": "Act as if you had not heard and quickly change the subject",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Естімегендей болсаңыз, Жанар айтқанына мән берілмегендей сезінуі мүмкін; оның сөзін "
                        "сабырмен және құрметпен қабылдаған жөн."
                    ),
                    "ru": (
                        "Если сделать вид, что не услышали, Жанар может почувствовать, что её слова ничего не "
                        "значат; их стоит принять спокойно и с уважением."
                    ),
                    "en": (
                        "If you ignore it, Zhanar may feel that her words did not matter; they should be received "
                        "calmly and with respect."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Не болғанын түсіну үшін кім және қашан екенін сол жерде нақтылап сұрау",
                    "ru": "Сразу уточнить, кто это был и когда, чтобы понять, что произошло",
                    "en": "Ask there and then who it was and when, to understand what happened",
                },
                "correct": False,
                "feedback": {
                    "kk": "Сіз тергеуші емессіз: егжей-тегжейін сұрамай, сабыр сақтап, тыңдап, сенуіңіз керек.",
                    "ru": "Вы не следователь: не расспрашивайте о подробностях, а спокойно выслушайте и поверьте.",
                    "en": "You are not an investigator: do not ask for details; stay calm, listen and believe.",
                },
            },
        ],
    },
    {
        "type": "multiple",
        "topic": "disclosure",
        "scenario": {
            "kk": (
                "Сабақтан кейін әріптесіңіз Ақмарал бала кезінде бір туысы оған зорлық-зомбылық көрсеткенін оңаша "
                "айтады. Әңгіме барысында ол сол адамның қазір ауылдағы бір мектепте балаларға үйірме жүргізетінін "
                "айтып қалады."
            ),
            "ru": (
                "После занятия ваша коллега Акмарал наедине рассказывает, что в детстве над ней совершал насилие "
                "один из родственников. По ходу разговора она упоминает, что этот человек сейчас ведёт кружок для "
                "детей в сельской школе."
            ),
            "en": (
                "After the session, your colleague Akmaral tells you privately that a relative abused her when she "
                "was a child. During the conversation she mentions that this man now runs a club for children at a "
                "village school."
            ),
        },
        "prompt": {
            "kk": "Сіз не істеуіңіз керек? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Что вам следует сделать? Выберите все верные ответы.",
            "en": "What should you do? Select all that apply.",
        },
        "feedback": {
            "kk": (
                "Ақмаралды сабырмен тыңдап, қолдау алу мүмкіндіктері туралы айтыңыз және өз өткеніне қатысты "
                "шешімді өзіне қалдырыңыз. Бірақ аты аталған адам әлі де балалармен жұмыс істейтіндіктен, бұл "
                "туралы сол күні жауапты қызметкерге хабарлау керек."
            ),
            "ru": (
                "Спокойно выслушайте Акмарал, расскажите о возможностях поддержки и оставьте решение о её прошлом "
                "за ней. Но раз названный человек до сих пор работает с детьми, об этом нужно в тот же день "
                "сообщить ответственному за защиту детей."
            ),
            "en": (
                "Listen to Akmaral calmly, tell her where to find support and leave decisions about her own past "
                "to her. But because the man she named still works with children, you must report it to the "
                "designated person the same day."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": "Егжей-тегжейін сұрамай, сабырмен тыңдап, сенім білдіргені үшін алғыс айту",
                    "ru": "Спокойно выслушать, не расспрашивая о подробностях, и поблагодарить за доверие",
                    "en": "Listen calmly without asking for details, and thank her for trusting you",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ересекке де балаға ден қойғандай ден қойыңыз — сабырмен, тыңдап, сеніп.",
                    "ru": (
                        "Верно: реагируйте на рассказ взрослого так же, как на рассказ ребёнка, — спокойно, "
                        "выслушивая и веря."
                    ),
                    "en": "Correct: respond to an adult as you would to a child: calmly, listening and believing.",
                },
            },
            {
                "text": {
                    "kk": (
                        "Мектеп психологы мен мамандандырылған қызметтер туралы айтып, өз өткеніне қатысты шешімді "
                        "өзіне қалдыру"
                    ),
                    "ru": (
                        "Рассказать о школьном психологе и специализированных службах и оставить решение о её "
                        "прошлом за ней"
                    ),
                    "en": (
                        "Tell her about the school psychologist and specialised services, and leave decisions "
                        "about her own past to her"
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ересек адам өз өткеніне қатысты не істейтінін өзі шешеді.",
                    "ru": "Верно: взрослый сам решает, что делать со своим прошлым опытом.",
                    "en": "Correct: an adult decides for themselves what to do about their own past.",
                },
            },
            {
                "text": {
                    "kk": (
                        "Бұл ақпаратты жеткізуге міндетті екеніңізді түсіндіріп, сол күні жауапты қызметкерге хабарлау"
                    ),
                    "ru": (
                        "Объяснить, что вы обязаны передать эту информацию, и в тот же день сообщить "
                        "ответственному за защиту детей"
                    ),
                    "en": "Explain that you must pass this on, and inform the designated person the same day",
                },
                "correct": True,
                "feedback": {
                    "kk": ("Дұрыс: ол адам әлі де балалармен жұмыс істейді, демек қазір балалар қауіпте болуы мүмкін."),
                    "ru": (
                        "Верно: этот человек до сих пор работает с детьми, значит, дети могут быть в опасности сейчас."
                    ),
                    "en": "Correct: the man still works with children, so children may be at risk now.",
                },
            },
            {
                "text": {
                    "kk": "Бәрі екеуміздің арамызда қалады деп уәде беру",
                    "ru": "Пообещать, что всё останется между вами",
                    "en": "Promise that everything will stay between the two of you",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Құпиялылық баланың қауіпте болуы мүмкін екені туралы алаңдаушылыққа қолданылмайды, "
                        "сондықтан мұндай уәде беруге болмайды."
                    ),
                    "ru": (
                        "Конфиденциальность не распространяется на беспокойство о том, что ребёнок может быть в "
                        "опасности, поэтому такое обещание давать нельзя."
                    ),
                    "en": (
                        "Confidentiality does not cover a concern that a child may be at risk, so you cannot make "
                        "this promise."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Ол адамның кім екенін және не істегенін анықтау үшін Ақмаралды егжей-тегжейлі сұрастыру",
                    "ru": "Подробно расспросить Акмарал, чтобы выяснить, кто этот человек и что он сделал",
                    "en": "Question Akmaral in detail to establish who the man is and what he did",
                },
                "correct": False,
                "feedback": {
                    "kk": "Сіз тергеуші емес, тренерсіз: фактілерді тиісті қызметтер анықтайды.",
                    "ru": "Вы тренер, а не следователь: факты выясняют профильные службы.",
                    "en": "You are a trainer, not an investigator: the relevant services establish the facts.",
                },
            },
        ],
        "scoring": "all_or_nothing",
    },
    {
        "type": "true_false",
        "topic": "reporting",
        "scenario": {
            "kk": (
                "Сабақтың басында топ «әріптестердің өзі туралы айтқандары осы бөлмеде қалады» деген ережеге "
                "келісті. Талқылау кезінде қатысушы Ерлан өз сыныбындағы бір оқушының денесінде жиі көгерген іздер "
                "болатынын және оның үйге барудан қорқатынын айтады."
            ),
            "ru": (
                "В начале занятия группа договорилась, что сказанное коллегами о себе остаётся в этой комнате. Во "
                "время обсуждения участник Ерлан рассказывает, что у одного ученика из его класса часто бывают "
                "синяки и что мальчик боится идти домой."
            ),
            "en": (
                "At the start of the session the group agreed that what colleagues say about themselves stays in "
                "the room. During the discussion, a participant, Yerlan, says that a pupil in his class often has "
                "bruises and is afraid to go home."
            ),
        },
        "prompt": {
            "kk": "Топтың ережесі бойынша Ерланның айтқаны осы бөлмеде қалуы керек.",
            "ru": "По правилам группы сказанное Ерланом должно остаться в этой комнате.",
            "en": "Under the ground rules, what Yerlan said must stay in the room.",
        },
        "feedback": {
            "kk": (
                "Бұл ереженің ерекшелігі бар: баланың қауіпте болуы мүмкін екені туралы алаңдаушылық әрдайым "
                "жауапты қызметкерге жеткізіледі. Ерлан бұл туралы сол күні хабарлауы керек, ал тренер мұның "
                "орындалғанына көз жеткізеді."
            ),
            "ru": (
                "У этого правила есть исключение: о беспокойстве, что ребёнок в опасности, всегда сообщают "
                "ответственному за защиту детей. Ерлан должен сообщить об этом в тот же день, а тренер убеждается, "
                "что это сделано."
            ),
            "en": (
                "The rule has an exception: a concern that a child is at risk is always passed to the designated "
                "person. Yerlan should report it the same day, and the trainer makes sure that happens."
            ),
        },
        "answer": False,
    },
    {
        "type": "single",
        "topic": "prevention",
        "scenario": {
            "kk": (
                "Сіздің тобыңызда оқыған Марат енді өзі тренер болады. Уақыт үнемдеу үшін ол курстың ресми "
                "материалдарының орнына Сіздің қысқа слайдтарыңызды пайдаланғысы келеді: онда бала зорлық-зомбылық "
                "туралы айтқанда не істеу керектігі «Бала айтса, директорға хабарла» деген бір ғана сөйлемге "
                "қысқарған."
            ),
            "ru": (
                "Марат, который учился в вашей группе, теперь сам станет тренером. Чтобы сэкономить время, он "
                "хочет вместо официальных материалов курса использовать ваши короткие слайды, где всё, что нужно "
                "делать, когда ребёнок рассказал о насилии, сведено к одной фразе: «Ребёнок рассказал — сообщи "
                "директору»."
            ),
            "en": (
                "Marat, who trained in your group, is about to become a trainer himself. To save time, he wants to "
                "use your short slides instead of the official course materials, where what to do when a child "
                "discloses abuse is cut down to one line: “If a child tells you, tell the principal.”"
            ),
        },
        "prompt": {
            "kk": "Сіз Маратқа не кеңес бересіз?",
            "ru": "Что вы посоветуете Марату?",
            "en": "What do you advise Marat?",
        },
        "feedback": {
            "kk": (
                "Каскадта әр тренер өзі алғанынан сәл азын ғана жеткізеді. Осы «сұйылуды» азайту үшін жаңа "
                "тренерлер курстың ресми материалдарын пайдаланып, негізгі қағидаларды сөзбе-сөз жеткізуі керек."
            ),
            "ru": (
                "В каскаде каждый тренер передаёт немного меньше, чем получил сам. Чтобы ограничить это "
                "«размывание», новые тренеры должны пользоваться официальными материалами курса и передавать "
                "ключевые положения дословно."
            ),
            "en": (
                "In a cascade each trainer tends to pass on a little less than they received. To limit this "
                "dilution, new trainers should use the official course materials and keep the key messages word "
                "for word."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "Курстың ресми материалдарын өзгертпей пайдалануды және негізгі қағидаларды сөзбе-сөз жеткізуді"
                    ),
                    "ru": (
                        "Пользоваться официальными материалами курса без изменений и передавать ключевые положения "
                        "дословно"
                    ),
                    "en": "To use the official course materials unchanged and keep the key messages word for word",
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: кейін тренер болатын әріптестер біреудің жазбалары мен слайдтарын емес, курстың "
                        "ресми материалдарын пайдалануы керек."
                    ),
                    "ru": (
                        "Верно: коллеги, которые станут тренерами, должны пользоваться официальными материалами "
                        "курса, а не чужими заметками или слайдами."
                    ),
                    "en": (
                        "Correct: colleagues who go on to train others should use the official course materials, "
                        "not someone's notes or slides."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Слайдтарды пайдалана беруді: ең бастысы — негізгі ойды түсінсе болғаны",
                    "ru": "Пользоваться слайдами: главное, чтобы была понятна суть",
                    "en": "To go ahead with the slides: what matters is that people get the general idea",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Каскадтың әр сатысында мазмұн «сұйылады», ал «құпия сақтауға уәде бермеңіз» және «сол "
                        "күні хабарлаңыз» сияқты қадамдардың түсіп қалуы балаға зиян тигізуі мүмкін."
                    ),
                    "ru": (
                        "На каждом шаге каскада содержание «размывается», а выпавшие шаги вроде «не обещайте "
                        "сохранить тайну» и «сообщите в тот же день» могут навредить ребёнку."
                    ),
                    "en": (
                        "The message thins at each step of the cascade, and losing steps such as “do not promise "
                        "secrecy” and “report the same day” can harm a child."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Слайдтарға Сіздің толық жазбаларыңызды қосып пайдалануды",
                    "ru": "Дополнить слайды вашими подробными заметками и пользоваться ими",
                    "en": "To add your detailed notes to the slides and use those",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Сіздің жазбаларыңыз, тіпті толық болса да, ресми курсты алмастырмайды және бағдарламадан "
                        "алшақтауы мүмкін."
                    ),
                    "ru": (
                        "Ваши заметки, даже подробные, не заменяют официальный курс и могут расходиться с программой."
                    ),
                    "en": (
                        "Your notes, however full, do not replace the official course and may drift from the programme."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Слайдтармен сабақ өткізіп, кейін тобының тест нәтижелеріне қарап түзетуді",
                    "ru": "Провести занятие по слайдам, а потом исправить пробелы по результатам теста группы",
                    "en": "To teach from the slides and fix any gaps later from his group's quiz results",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Олқылық қазірдің өзінде белгілі, ал оны түзеткенше мұғалімдер балаға қате ден қоюы мүмкін."
                    ),
                    "ru": (
                        "Пробел известен уже сейчас, а пока его исправят, учителя могут неправильно отреагировать "
                        "на рассказ ребёнка."
                    ),
                    "en": ("The gap is already known, and until it is fixed teachers may respond wrongly to a child."),
                },
            },
        ],
    },
    {
        "type": "multiple",
        "topic": "prevention",
        "scenario": {
            "kk": (
                "Бетпе-бет сабақ аяқталды. Қатысушы Динара сабақтың ортасында кетіп қалды, ал тізімдегі екі "
                "мұғалім келе алмады, бірақ онлайн сабақтарды өздері өтетіндерін айтты."
            ),
            "ru": (
                "Очное занятие закончилось. Участница Динара ушла с середины занятия, а двое учителей из списка не "
                "смогли прийти, но обещали пройти онлайн-уроки сами."
            ),
            "en": (
                "The face-to-face session is over. One participant, Dinara, left halfway through, and two teachers "
                "on the list could not come but said they would do the online lessons on their own."
            ),
        },
        "prompt": {
            "kk": "Сабақтан кейін не істеу керек? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Что нужно сделать после занятия? Выберите все верные ответы.",
            "en": "What should you do after the session? Select all that apply.",
        },
        "feedback": {
            "kk": (
                "Сабақтан кейін қатысуды дәл белгілеп, қатысушыларға курсты аяқтауды еске саласыз және ерте "
                "кеткендердің жағдайын оңаша сұрайсыз. Келмегендерді белгілеуге де, әріптестен басынан не өткенін "
                "сұрауға да болмайды."
            ),
            "ru": (
                "После занятия вы точно отмечаете посещаемость, напоминаете участникам завершить курс и наедине "
                "интересуетесь самочувствием тех, кто ушёл раньше. Нельзя отмечать отсутствовавших и расспрашивать "
                "коллег о личном опыте."
            ),
            "en": (
                "After the session you record attendance accurately, remind participants to finish the course and "
                "check in privately with anyone who left early. Do not mark absent people as present, and do not "
                "ask colleagues about their personal experience."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": "Сол күні платформада тек сабаққа шын мәнінде қатысқандарды белгілеу",
                    "ru": "В тот же день отметить на платформе только тех, кто действительно был на занятии",
                    "en": "Mark attendance on the platform the same day, only for those who actually took part",
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: бұл жазбалар сертификат беру кезінде ескеріледі және оқытудың қаншалықты кең "
                        "таралғанын министрлікке көрсетеді."
                    ),
                    "ru": (
                        "Верно: эти записи учитываются при выдаче сертификатов и показывают министерству, как "
                        "далеко распространилось обучение."
                    ),
                    "en": (
                        "Correct: these records count towards certificates and show the ministry how far the "
                        "training has reached."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Қатысушыларға онлайн сабақтар мен қорытынды тестті аяқтауды еске салу",
                    "ru": "Напомнить участникам пройти онлайн-уроки и итоговый тест",
                    "en": "Remind participants to complete the online lessons and the final assessment",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бетпе-бет сабақ — курсты аяқтаудың бір бөлігі ғана.",
                    "ru": "Верно: очное занятие — лишь часть прохождения курса.",
                    "en": "Correct: the face-to-face session is only part of completing the course.",
                },
            },
            {
                "text": {
                    "kk": "Динараның жағдайын оңаша сұрап, сөйлескісі келсе, қолдауды қайдан табуға болатынын айту",
                    "ru": (
                        "Наедине поинтересоваться самочувствием Динары и, если она захочет поговорить, подсказать, "
                        "где найти поддержку"
                    ),
                    "en": ("Check in with Dinara privately and, if she wants to talk, tell her where to find support"),
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ерте кетіп қалған әріптестің жағдайын оңаша сұраған жөн.",
                    "ru": "Верно: самочувствием коллеги, которая ушла раньше, стоит поинтересоваться наедине.",
                    "en": "Correct: it is right to check in privately with a colleague who left early.",
                },
            },
            {
                "text": {
                    "kk": (
                        "Келе алмаған екі мұғалімді де қатысты деп белгілеу, өйткені олар онлайн сабақтарды "
                        "бәрібір өтеді"
                    ),
                    "ru": (
                        "Отметить присутствующими и двух учителей, которые не пришли, раз они всё равно пройдут "
                        "онлайн-уроки"
                    ),
                    "en": ("Mark the two absent teachers as present too, since they will do the online lessons anyway"),
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Қатысу тек шын мәнінде қатысқандарға белгіленеді, әйтпесе сертификаттар мен министрліктің "
                        "деректері дұрыс болмайды."
                    ),
                    "ru": (
                        "Посещаемость отмечают только тем, кто действительно участвовал, иначе сертификаты и "
                        "данные министерства будут неверными."
                    ),
                    "en": (
                        "Attendance is marked only for those who actually took part; otherwise certificates and "
                        "the ministry's figures are wrong."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Динарадан сабақтан неге кетіп қалғанын және басынан не өткенін сұрау",
                    "ru": "Спросить Динару, почему она ушла и что ей довелось пережить",
                    "en": "Ask Dinara why she left and what she has been through",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Жағдайын сұраңыз, бірақ неге кеткенін немесе басынан не өткенін сұрамаңыз: айту-айтпау — "
                        "оның өз таңдауы."
                    ),
                    "ru": (
                        "Поинтересуйтесь самочувствием, но не спрашивайте, почему она ушла и что пережила: "
                        "рассказывать или нет — её выбор."
                    ),
                    "en": (
                        "Ask how she is, but not why she left or what she went through: whether to talk about it "
                        "is her choice."
                    ),
                },
            },
        ],
        "scoring": "partial",
    },
    {
        "type": "single",
        "topic": "reporting",
        "scenario": {
            "kk": (
                "Қатысушы Бақыт: «Хабарлап, кейін қателескенім белгілі болса ше? Ата-аналар мені жала жапты деп "
                "айыптайды ғой», — деп сұрайды. Бірнеше әріптес келіскендей бас изейді."
            ),
            "ru": (
                "Участник Бахыт спрашивает: «А если я сообщу, а потом окажется, что я ошибся? Родители обвинят "
                "меня в клевете». Несколько коллег согласно кивают."
            ),
            "en": (
                "A participant, Bakhyt, asks: “What if I report and turn out to be wrong? The parents will accuse "
                "me of slander.” Several colleagues nod in agreement."
            ),
        },
        "prompt": {
            "kk": "Қай жауап курс мазмұнына ең дәл сай келеді?",
            "ru": "Какой ответ точнее всего соответствует содержанию курса?",
            "en": "Which answer best matches what the course teaches?",
        },
        "feedback": {
            "kk": (
                "Қиын сұрақтарға сабырмен жауап беріп, олардың астарындағы алаңдаушылықты мойындаңыз және курстағы "
                "фактілерге қайта оралыңыз. Хабарлау — айыптау емес: фактілерді полиция мен басқа уәкілетті "
                "қызметтер тексереді."
            ),
            "ru": (
                "Отвечайте на трудные вопросы спокойно, признавайте тревогу, которая за ними стоит, и "
                "возвращайтесь к фактам курса. Сообщить — не значит обвинить: факты проверяют полиция и другие "
                "уполномоченные службы."
            ),
            "en": (
                "Answer difficult questions calmly, acknowledge the worry behind them and return to the facts of "
                "the course. Reporting is not accusing: the police and other authorised services check the facts."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "«Алаңдауыңыз түсінікті. Бірақ хабарлау — айыптау емес: Сіз тек алаңдаушылықты жеткізесіз, "
                        "ал фактілерді мамандар тексереді»."
                    ),
                    "ru": (
                        "«Ваша тревога понятна. Но сообщить — не значит обвинить: вы передаёте беспокойство, а "
                        "факты проверяют специалисты»."
                    ),
                    "en": (
                        "“Your worry is understandable. But reporting is not accusing: you pass on a concern, and "
                        "specialists check the facts.”"
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: Сіз сұрақтың астарындағы алаңдаушылықты мойындап, курстағы фактілерге қайта ораласыз."
                    ),
                    "ru": "Верно: вы признаёте тревогу, которая стоит за вопросом, и возвращаетесь к фактам курса.",
                    "en": (
                        "Correct: you acknowledge the worry behind the question and return to the facts of the course."
                    ),
                },
            },
            {
                "text": {
                    "kk": "«Сондықтан алдымен жеткілікті дәлел жинап, толық сенімді болғанда ғана хабарлаңыз».",
                    "ru": (
                        "«Поэтому сначала соберите достаточно доказательств и сообщайте, только когда будете "
                        "полностью уверены»."
                    ),
                    "en": (
                        "“That is why you should first gather enough evidence and report only when you are "
                        "completely sure.”"
                    ),
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Хабарлау үшін дәлел қажет емес, ал дәлел жинаймын деп күту баланы қауіпте қалдыруы мүмкін."
                    ),
                    "ru": (
                        "Для сообщения доказательства не нужны, а ожидание ради их сбора может оставить ребёнка в "
                        "опасности."
                    ),
                    "en": "You do not need proof to report, and waiting to gather it can leave a child at risk.",
                },
            },
            {
                "text": {
                    "kk": "«Қателеспес үшін алдымен ата-аналармен өзіңіз сөйлесіп алыңыз».",
                    "ru": "«Чтобы не ошибиться, сначала сами поговорите с родителями».",
                    "en": "“To avoid mistakes, talk to the parents yourself first.”",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Алаңдаушылық туралы отбасына өзіңіз хабарласпайсыз: мұны қалай қауіпсіз жасау керектігін "
                        "жауапты қызметкер мен тиісті қызметтер шешеді."
                    ),
                    "ru": (
                        "Вы не обращаетесь к семье со своим беспокойством сами: как сделать это безопасно, решают "
                        "ответственный за защиту детей и профильные службы."
                    ),
                    "en": (
                        "You do not take the concern to the family yourself: the designated person and the "
                        "relevant services decide how to do that safely."
                    ),
                },
            },
            {
                "text": {
                    "kk": "«Бұл — күрделі құқықтық сұрақ, оны сабақта талқыламайық».",
                    "ru": "«Это сложный юридический вопрос, давайте не будем обсуждать его на занятии».",
                    "en": "“That is a complicated legal question; let's not discuss it in the session.”",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Сұрақтан жалтарсаңыз, алаңдаушылық сейілмейді; жауабын білмесеңіз, оны ашық айтып, "
                        "өңірлік үйлестірушіден анықтап алыңыз."
                    ),
                    "ru": (
                        "Если уйти от вопроса, тревога останется; если не знаете ответа, так и скажите и уточните "
                        "его у регионального координатора."
                    ),
                    "en": (
                        "Dodging the question leaves the worry in place; if you do not know an answer, say so and "
                        "check with your regional coordinator."
                    ),
                },
            },
        ],
    },
    {
        "type": "single",
        "topic": "disclosure",
        "scenario": {
            "kk": (
                "Жағдайды талқылау кезінде қатысушы Айнұрдың көзіне жас келеді. Ол бөлмеден шықпайды, бірақ жерге "
                "қарап, талқылауға қатыспай отыр."
            ),
            "ru": (
                "Во время разбора ситуации у участницы Айнур на глазах появляются слёзы. Она не выходит из "
                "комнаты, но сидит, опустив глаза, и не участвует в обсуждении."
            ),
            "en": (
                "During a case discussion, a participant, Ainur, has tears in her eyes. She does not leave the "
                "room, but sits looking down and takes no part in the discussion."
            ),
        },
        "prompt": {
            "kk": "Сіз не істейсіз?",
            "ru": "Что вы сделаете?",
            "en": "What do you do?",
        },
        "feedback": {
            "kk": (
                "Бөлмедегі біреудің өзі зорлық-зомбылық көрген болуы мүмкін екенін әрдайым ескеріңіз. Күйзелген "
                "қатысушыны топтың алдында ерекшелемей, сабақты сабырмен жалғастырыңыз да, кейін оның жағдайын "
                "оңаша сұраңыз, бірақ басынан не өткенін сұрамаңыз."
            ),
            "ru": (
                "Исходите из того, что у кого-то в комнате есть личный опыт насилия. Не выделяйте расстроенного "
                "участника перед группой, спокойно продолжайте занятие, а потом наедине поинтересуйтесь его "
                "самочувствием, не расспрашивая о пережитом."
            ),
            "en": (
                "Assume that someone in the room has personal experience of abuse. Do not single out an upset "
                "participant: carry on calmly, then check in privately without asking about their experience."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "Айнұрды ерекшелемей, бүкіл топқа кез келген адам үзіліс жасай алатынын еске салу, сабақты "
                        "сабырмен жалғастыру, ал үзілісте оның жағдайын оңаша сұрау"
                    ),
                    "ru": (
                        "Не выделяя Айнур, напомнить всей группе, что любой может сделать перерыв, спокойно "
                        "продолжить занятие, а в перерыве наедине спросить, как она себя чувствует"
                    ),
                    "en": (
                        "Without singling Ainur out, remind the whole group that anyone may take a break, carry on "
                        "calmly, and check in with her privately at the break"
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: Сіз оны топтың алдында ерекшелемейсіз және үзілісте қолдау ұсынасыз.",
                    "ru": "Верно: вы не выделяете её перед группой и предлагаете поддержку в перерыве.",
                    "en": (
                        "Correct: you do not single her out in front of the group, and you offer support at the break."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Топтың алдында одан жағдайы қалай екенін және бұл тақырып оған жақын ба екенін сұрау",
                    "ru": "При группе спросить, как она себя чувствует и не близка ли ей эта тема",
                    "en": "Ask her in front of the group how she is and whether the topic is personal for her",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Бұл оны бүкіл топтың назарының ортасына қойып, өз басынан өткені туралы айтуға итермелейді."
                    ),
                    "ru": "Так вы ставите её в центр внимания и подталкиваете рассказать о личном опыте.",
                    "en": ("This puts her in the spotlight and pressures her to speak about her personal experience."),
                },
            },
            {
                "text": {
                    "kk": "Сабақты тоқтатып, әр қатысушыны өз сезімімен бөлісуге шақыру",
                    "ru": "Остановить занятие и предложить каждому участнику поделиться своими чувствами",
                    "en": "Stop the session and invite each participant to share their feelings",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Бұл қатысушыларды өз басынан өткенін айтуға итермелеуі мүмкін және бәрібір Айнұрды назар "
                        "ортасына қояды."
                    ),
                    "ru": (
                        "Это может подтолкнуть участников к рассказу о личном опыте и всё равно поставит Айнур в "
                        "центр внимания."
                    ),
                    "en": (
                        "This can push participants into talking about personal experience and still puts Ainur at "
                        "the centre of attention."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Ештеңе істемеу: ересек адам өз күйіне өзі жауап береді",
                    "ru": "Ничего не делать: взрослый человек сам отвечает за своё состояние",
                    "en": "Do nothing: adults are responsible for their own feelings",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Тренер қауіпсіз ортаны сақтауға жауапты, сондықтан күйзелген қатысушыға кейін оңаша "
                        "қолдау ұсынған жөн."
                    ),
                    "ru": (
                        "Тренер отвечает за безопасное пространство, поэтому расстроенной участнице стоит потом "
                        "наедине предложить поддержку."
                    ),
                    "en": (
                        "The trainer is responsible for keeping the space safe, so an upset participant should be "
                        "offered support privately afterwards."
                    ),
                },
            },
        ],
    },
]
