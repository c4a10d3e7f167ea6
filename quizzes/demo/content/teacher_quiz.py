"""Demo quizzes of the teacher course "Recognising and responding to child abuse".

The pre-test and the final assessment share the same twelve questions, so that a learner's two scores can
be compared; each text is given in Kazakh, Russian and English.
"""

PRE_TEST = {
    "slug": "pre-test",
    "title": {
        "kk": "Бастапқы тест",
        "ru": "Входной тест",
        "en": "Pre-test",
    },
    "intro": {
        "kk": (
            "Бұл тест курсқа дейін не білетініңізді көрсетеді; ол бағаланбайды, сондықтан шынайы жауап беріңіз. "
            "Дәл осы сұрақтар қорытынды тестте қайта беріледі, сонда курста не үйренгеніңізді көресіз."
        ),
        "ru": (
            "Этот тест показывает, что вы знаете до начала курса; он не оценивается, поэтому отвечайте честно. Те "
            "же вопросы будут в итоговом тесте, и вы увидите, чему научились."
        ),
        "en": (
            "This test shows what you know before the course; it is not graded, so answer honestly. The same "
            "questions come again in the final assessment, so you can see what you have learned."
        ),
    },
}

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
            "сертификат алудың шарттарының бірі."
        ),
        "ru": (
            "Для успешной сдачи нужно набрать не менее 80 % баллов; тест можно пересдать. Успешная сдача теста — "
            "одно из условий получения сертификата."
        ),
        "en": (
            "To pass, you need at least 80 % of the marks, and you may retake the assessment. Passing it counts "
            "toward your certificate."
        ),
    },
}

QUESTIONS = [
    {
        "type": "matching",
        "topic": "forms",
        "prompt": {
            "kk": "Әр жағдайды зорлық-зомбылықтың тиісті түрімен сәйкестендіріңіз.",
            "ru": "Соотнесите каждую ситуацию с формой жестокого обращения.",
            "en": "Match each situation to the form of abuse.",
        },
        "feedback": {
            "kk": (
                "Мамандар төрт негізгі түрін бөліп көрсетеді: физикалық, эмоционалдық, жыныстық зорлық-зомбылық "
                "және немқұрайлылық. Олар жиі қатар жүреді; түрін анықтау Сіздің міндетіңіз емес, маңыздысы — "
                "байқап, алаңдаушылығыңызды жеткізу."
            ),
            "ru": (
                "Специалисты выделяют четыре основные формы: физическое, эмоциональное, сексуальное насилие и "
                "пренебрежение нуждами ребёнка. Они часто сочетаются; определять форму вам не нужно, важно "
                "заметить и передать своё беспокойство дальше."
            ),
            "en": (
                "Specialists describe four main forms: physical, emotional and sexual abuse, and neglect. They "
                "often overlap; you do not need to decide which form it is, what matters is to notice and pass on "
                "your concern."
            ),
        },
        "pairs": [
            {
                "left": {
                    "kk": "Әкесі баланы ұрып жазалайды, баланың денесінде із қалады.",
                    "ru": "Отец наказывает ребёнка ударами, после которых на теле остаются следы.",
                    "en": "A father punishes his child by hitting, which leaves marks on the body.",
                },
                "right": {
                    "kk": "Физикалық зорлық-зомбылық",
                    "ru": "Физическое насилие",
                    "en": "Physical abuse",
                },
            },
            {
                "left": {
                    "kk": "Анасы баласына үнемі: «Сен ешкімге керек емессің, түкке тұрғысызсың», — дейді.",
                    "ru": "Мать постоянно говорит ребёнку: «Ты никому не нужен, ты ни на что не годен».",
                    "en": "A mother keeps telling her child: “Nobody wants you, you are good for nothing.”",
                },
                "right": {
                    "kk": "Эмоционалдық (психологиялық) зорлық-зомбылық",
                    "ru": "Эмоциональное (психологическое) насилие",
                    "en": "Emotional abuse",
                },
            },
            {
                "left": {
                    "kk": "Ересек адам балаға жыныстық сипаттағы бейнелерді көрсетеді.",
                    "ru": "Взрослый показывает ребёнку изображения сексуального характера.",
                    "en": "An adult shows a child sexual images.",
                },
                "right": {
                    "kk": "Жыныстық зорлық-зомбылық",
                    "ru": "Сексуальное насилие",
                    "en": "Sexual abuse",
                },
            },
            {
                "left": {
                    "kk": (
                        "Бала бірнеше апта бойы мектепке аш әрі ауа райына сай емес киіммен келеді, ауырғанда оны "
                        "ешкім дәрігерге апармайды."
                    ),
                    "ru": (
                        "Ребёнок неделями приходит в школу голодным и в одежде не по погоде, а когда болеет, его "
                        "никто не ведёт к врачу."
                    ),
                    "en": (
                        "For weeks the child has come to school hungry and in clothes unsuited to the weather, and "
                        "no one takes the child to a doctor when ill."
                    ),
                },
                "right": {
                    "kk": "Немқұрайлылық",
                    "ru": "Пренебрежение нуждами ребёнка",
                    "en": "Neglect",
                },
            },
        ],
    },
    {
        "type": "single",
        "topic": "forms",
        "scenario": {
            "kk": (
                "12 жастағы Нұрсұлтан отбасының танысы жүргізетін спорт үйірмесіне барады. Жаттықтырушы оған "
                "қымбат телефон сыйлаған, жаттығудан кейін оны жиі басқа балаларсыз, өз көлігімен үйіне апарып "
                "салады және: «Бұл — біздің құпиямыз, ата-анаңның білуі міндетті емес», — деген. Нұрсұлтан мұның "
                "бәрін сынып жетекшісіне мақтанып айтып береді."
            ),
            "ru": (
                "Нурсултан, 12 лет, ходит в спортивную секцию, которую ведёт знакомый его семьи. Тренер подарил "
                "ему дорогой телефон, после тренировок часто отвозит его домой на своей машине, без других детей, "
                "и сказал: «Это наш секрет, родителям знать не обязательно». Нурсултан с гордостью рассказывает "
                "обо всём этом классному руководителю."
            ),
            "en": (
                "Nursultan, 12, goes to a sports club run by a family acquaintance. The coach has given him an "
                "expensive phone, often drives him home after training without the other children, and has told "
                "him: “This is our secret, your parents don't need to know.” Nursultan proudly tells his class "
                "teacher all about it."
            ),
        },
        "prompt": {
            "kk": "Бұл жағдайды қалай бағалаған дұрыс?",
            "ru": "Как правильнее всего оценить эту ситуацию?",
            "en": "What is the right way to understand this situation?",
        },
        "feedback": {
            "kk": (
                "Сыйлықтар, ерекше назар, баланы басқалардан алшақтату және құпия сақтауды сұрау — грумингке тән "
                "қадамдар. Дәлел күтпей, алаңдаушылықты жауапты қызметкерге жеткізу керек."
            ),
            "ru": (
                "Подарки, особое внимание, отдаление ребёнка от других и просьба хранить тайну — типичные шаги "
                "груминга. Не дожидаясь доказательств, передайте беспокойство ответственному за защиту детей."
            ),
            "en": (
                "Gifts, special attention, separating the child from others and asking for secrecy are typical "
                "steps of grooming. Pass the concern to the designated person without waiting for proof."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "Бұл грумингтің белгілері болуы мүмкін, сондықтан алаңдаушылықты сол күні жауапты "
                        "қызметкерге жеткізу керек."
                    ),
                    "ru": (
                        "Это могут быть признаки груминга, поэтому беспокойство нужно в тот же день передать "
                        "ответственному за защиту детей."
                    ),
                    "en": (
                        "These may be signs of grooming, so the concern should be passed to the designated person "
                        "the same day."
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: сыйлықтар, ерекше назар, баланы басқалардан алшақтату және құпия сақтауды сұрау — "
                        "грумингке тән қадамдар."
                    ),
                    "ru": (
                        "Верно: подарки, особое внимание, отдаление ребёнка от других и просьба хранить тайну — "
                        "типичные шаги груминга."
                    ),
                    "en": (
                        "Correct: gifts, special attention, separating the child from others and asking for "
                        "secrecy are typical steps of grooming."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Бұл — қамқор жаттықтырушының қарапайым мейірімі, алаңдауға негіз жоқ.",
                    "ru": "Это обычная забота внимательного тренера, поводов для беспокойства нет.",
                    "en": "This is ordinary kindness from a caring coach; there is no reason to worry.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Баладан қарым-қатынасты ата-анасынан жасыруды сұраған ересек адам шекарадан шығып отыр.",
                    "ru": "Взрослый, который просит ребёнка скрывать общение от родителей, нарушает границы.",
                    "en": ("An adult who asks a child to hide their contact from the parents is crossing a boundary."),
                },
            },
            {
                "text": {
                    "kk": (
                        "Әзірге ештеңе болған жоқ, сондықтан зиян келтірілгенінің айқын белгілері пайда болғанша "
                        "күте тұру керек."
                    ),
                    "ru": ("Пока ничего не произошло, поэтому стоит подождать, пока не появятся явные признаки вреда."),
                    "en": "Nothing has happened yet, so it is better to wait until there are clear signs of harm.",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Груминг біртіндеп жүреді, ал күту баланы қауіпте қалдыруы мүмкін; хабарлау үшін дәлел "
                        "қажет емес."
                    ),
                    "ru": (
                        "Груминг развивается постепенно, и ожидание может оставить ребёнка в опасности; для "
                        "сообщения доказательства не нужны."
                    ),
                    "en": (
                        "Grooming moves step by step, and waiting can leave the child at risk; you do not need "
                        "proof to report."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Сынып жетекшісі жаттықтырушымен өзі сөйлесіп, оның ниетін анықтауы керек.",
                    "ru": "Классному руководителю стоит самому поговорить с тренером и выяснить его намерения.",
                    "en": "The class teacher should talk to the coach and find out what he intends.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Ол адаммен өз бетіңізше сөйлесу баланы одан да үлкен қауіпке душар етуі мүмкін.",
                    "ru": (
                        "Самостоятельный разговор с этим человеком может подвергнуть ребёнка ещё большей опасности."
                    ),
                    "en": "Confronting him yourself could put the child at greater risk.",
                },
            },
        ],
    },
    {
        "type": "true_false",
        "topic": "signs",
        "prompt": {
            "kk": "Түсініксіз көгерген із сияқты бір белгінің өзі баланың зорлық-зомбылыққа ұшырағанын дәлелдейді.",
            "ru": (
                "Один признак, например синяк без объяснения, сам по себе доказывает, что ребёнок подвергается насилию."
            ),
            "en": "A single sign, such as an unexplained bruise, is on its own proof that a child is being abused.",
        },
        "feedback": {
            "kk": (
                "Белгілер — дәлел емес, тек алаңдауға негіз. Себебі түсініксіз жарақат — фактілерді жазып, жауапты "
                "қызметкерге хабарлауға негіз, бірақ зорлық-зомбылықтың дәлелі емес: фактілерді полиция мен басқа "
                "уәкілетті қызметтер тексереді."
            ),
            "ru": (
                "Признаки — сигналы, а не доказательства. Травма без объяснения — повод записать факты и сообщить "
                "ответственному за защиту детей, но не доказательство насилия: факты проверяют полиция и другие "
                "уполномоченные службы."
            ),
            "en": (
                "Signs are indicators, not proof. An unexplained injury is a reason to write down the facts and "
                "tell the designated person, but it does not prove abuse: the police and other authorised services "
                "check the facts."
            ),
        },
        "answer": False,
    },
    {
        "type": "multiple",
        "topic": "signs",
        "scenario": {
            "kk": (
                "10 жастағы Данияр бұрын көңілді бала еді, футболды жақсы көретін. Соңғы бір айда Сіз ол туралы "
                "бірнеше жайтты байқадыңыз."
            ),
            "ru": (
                "Данияр, 10 лет, раньше был весёлым мальчиком и любил футбол. За последний месяц вы обратили "
                "внимание на несколько моментов."
            ),
            "en": (
                "Daniyar, 10, used to be a cheerful boy who loved football. Over the last month you have noticed "
                "several things about him."
            ),
        },
        "prompt": {
            "kk": "Бұл байқаулардың қайсысы алаңдауға негіз болатын белгілер? Барлық дұрыс жауапты таңдаңыз.",
            "ru": (
                "Какие из этих наблюдений — признаки, которые дают повод для беспокойства? Выберите все верные ответы."
            ),
            "en": "Which of these observations are signs that give reason for concern? Select all that apply.",
        },
        "feedback": {
            "kk": (
                "Тұйықталу, жарақатқа сәйкес келмейтін түсіндірме және үйге барғысы келмеу бірге алғанда алаңдауға "
                "елеулі негіз болады. Түсінікті себебі бар бір реттік жағдайлар өз алдына белгі емес."
            ),
            "ru": (
                "Замкнутость, объяснение, которое не соответствует травме, и нежелание идти домой вместе — "
                "серьёзный повод для беспокойства. Единичные случаи с понятной причиной сами по себе признаками не "
                "являются."
            ),
            "en": (
                "Withdrawal, an explanation that does not fit an injury, and reluctance to go home together give "
                "serious reason for concern. One-off events with a clear cause are not signs on their own."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": "Ол тұйықталып кетті: үзілісте жалғыз отырады, футболға баруды қойды.",
                    "ru": "Он стал замкнутым: на переменах сидит один, перестал ходить на футбол.",
                    "en": "He has withdrawn: he sits alone at breaks and has stopped going to football.",
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: түсінікті себебі жоқ тұйықталу және бұрын ұнатқан істерден бой тарту — маңызды белгі."
                    ),
                    "ru": "Верно: замкнутость и отказ от прежних увлечений без понятной причины — важный признак.",
                    "en": (
                        "Correct: withdrawal and giving up activities he enjoyed, with no clear reason, is an "
                        "important sign."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Білегіндегі көгерген із туралы сұрағанда, ол: «Мысық тырнап алды», — деді.",
                    "ru": "На вопрос о синяке на запястье он ответил: «Кошка поцарапала».",
                    "en": "Asked about a bruise on his wrist, he said: “The cat scratched me.”",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: түсіндірме жарақатқа сәйкес келмейді, өйткені тырнаудан көгерген із қалмайды.",
                    "ru": "Верно: объяснение не соответствует травме, ведь от царапины синяк не остаётся.",
                    "en": (
                        "Correct: the explanation does not fit the injury, since a scratch does not leave a bruise."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Сабақтан кейін үйге барғысы келмей, кітапханада кеш батқанша отырады.",
                    "ru": "После уроков он не хочет идти домой и сидит в библиотеке до темноты.",
                    "en": "After lessons he does not want to go home and stays in the library until dark.",
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: үйге барғысы келмеу белгілі бір жерден немесе адамнан қорқудың белгісі болуы мүмкін."
                    ),
                    "ru": ("Верно: нежелание идти домой может говорить о страхе перед каким-то местом или человеком."),
                    "en": "Correct: reluctance to go home can point to fear of a particular place or person.",
                },
            },
            {
                "text": {
                    "kk": "Тұмаумен ауырған аптасында бір бақылау жұмысынан төмен баға алды.",
                    "ru": "В неделю, когда он болел гриппом, он получил низкую оценку за одну контрольную.",
                    "en": "He got a low mark on one test during the week he had flu.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұл — түсінікті себебі бар бір реттік жағдай, оның өзі алаңдауға негіз емес.",
                    "ru": ("Это единичный случай с понятным объяснением, и сам по себе он не повод для беспокойства."),
                    "en": "This is a one-off with a clear explanation and is not a reason for concern on its own.",
                },
            },
            {
                "text": {
                    "kk": "Бір рет ойын кезінде сыныптасымен ұрысып қалды, ертеңіне екеуі татуласты.",
                    "ru": ("Однажды он поссорился с одноклассником во время игры, а на следующий день они помирились."),
                    "en": "He once quarrelled with a classmate during a game, and the next day they made up.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Достарымен ренжісу — балалар арасында жиі болатын жай, оның өзі белгі емес.",
                    "ru": "Ссоры с друзьями — обычное дело среди детей, и само по себе это не признак.",
                    "en": "Quarrels with friends are ordinary among children and are not a sign in themselves.",
                },
            },
        ],
        "scoring": "partial",
    },
    {
        "type": "ordering",
        "topic": "disclosure",
        "scenario": {
            "kk": (
                "Үзілісте 10 жастағы Айгерім Сізге жақындап, үйде болып жатқан бір жайт туралы ақырын айта бастайды."
            ),
            "ru": (
                "На перемене Айгерим, 10 лет, подходит к вам и тихо начинает рассказывать о том, что происходит у "
                "неё дома."
            ),
            "en": (
                "At break, Aigerim, 10, comes up to you and quietly starts telling you about something that is "
                "happening at home."
            ),
        },
        "prompt": {
            "kk": "Сабақта үйретілгендей, әрекеттеріңізді дұрыс ретпен орналастырыңыз.",
            "ru": "Расположите свои действия в правильном порядке, как учит урок.",
            "en": "Put your actions in the right order, as the lesson teaches.",
        },
        "feedback": {
            "kk": (
                "Алдымен балаға өзін қауіпсіз сезінуге көмектесесіз: сабыр сақтайсыз, тыңдайсыз, сенесіз және "
                "қолдау көрсетесіз. Содан кейін оның сөздерін дәл жазып алып, сол күні жауапты қызметкерге "
                "хабарлайсыз."
            ),
            "ru": (
                "Сначала вы помогаете ребёнку почувствовать себя в безопасности: сохраняете спокойствие, слушаете, "
                "верите и поддерживаете. Затем дословно записываете его слова и в тот же день сообщаете "
                "ответственному за защиту детей."
            ),
            "en": (
                "First you help the child feel safe: you stay calm, listen, believe and reassure. Then you write "
                "down her exact words and report to the designated person the same day."
            ),
        },
        "steps": [
            {
                "kk": "Сабыр сақтап, Айгерімді сөзін бөлмей тыңдау",
                "ru": "Сохранять спокойствие и слушать Айгерим, не перебивая",
                "en": "Stay calm and listen to Aigerim without interrupting",
            },
            {
                "kk": "Оның сөзін байыппен қабылдап, айтқаны үшін алғыс айту",
                "ru": "Отнестись к её словам серьёзно и поблагодарить за то, что рассказала",
                "en": "Take what she says seriously and thank her for telling you",
            },
            {
                "kk": "Оның кінәлі емес екенін айтып, тек көмектесе алатын адамдарға ғана айтатыныңызды түсіндіру",
                "ru": "Сказать, что она не виновата, и объяснить, что вы расскажете только тем, кто может помочь",
                "en": "Tell her it is not her fault and explain that you will tell only people who can help",
            },
            {
                "kk": (
                    "Әңгімеден кейін бірден Айгерімнің айтқанын дәл оның өз сөздерімен жазып алып, күнін, уақытын "
                    "және орнын көрсету"
                ),
                "ru": "Сразу после разговора записать слова Айгерим дословно, с датой, временем и местом",
                "en": (
                    "Straight after the conversation, write down Aigerim's exact words, with the date, time and place"
                ),
            },
            {
                "kk": "Сол күні мектептегі балаларды қорғау жөніндегі жауапты қызметкерге хабарлау",
                "ru": "В тот же день сообщить ответственному за защиту детей в школе",
                "en": "Report to the school's designated person the same day",
            },
        ],
    },
    {
        "type": "single",
        "topic": "disclosure",
        "scenario": {
            "kk": (
                "Сабақтан кейін 8 жастағы Әлия Сізге: «Көрші ағай маған жаман бірдеңе істеді», — дейді де, үндемей "
                "қалады. Ол Сізге қарап, не айтатыныңызды күтіп тұр."
            ),
            "ru": (
                "После урока Алия, 8 лет, говорит вам: «Сосед сделал мне что-то плохое» — и замолкает. Она смотрит "
                "на вас и ждёт, что вы скажете."
            ),
            "en": (
                "After a lesson, Aliya, 8, says to you: “The man next door did something bad to me,” and then "
                "falls silent. She looks at you, waiting for what you will say."
            ),
        },
        "prompt": {
            "kk": "Қай жауап ең дұрыс?",
            "ru": "Какой ответ будет самым правильным?",
            "en": "Which response is best?",
        },
        "feedback": {
            "kk": (
                "Жетелейтін сұрақтар қоймаңыз және тергеу жүргізбеңіз: «Бұл туралы тағы айтып берші» сияқты ашық "
                "сөздерді қолданыңыз. Баланың өз сөзімен айтқаны оны қорғауға көмектеседі."
            ),
            "ru": (
                "Не задавайте наводящих вопросов и не проводите расследование: используйте открытые фразы вроде "
                "«Расскажи мне об этом побольше». Рассказ ребёнка его собственными словами помогает его защитить."
            ),
            "en": (
                "Do not ask leading questions or investigate: use open prompts such as “Tell me more about that.” "
                "The child's account in her own words helps to protect her."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": "«Маған айтқаның үшін рахмет. Бұл туралы тағы айтып берші».",
                    "ru": "«Спасибо, что доверяешь мне. Расскажи мне об этом побольше».",
                    "en": "“Thank you for telling me. Tell me more about that.”",
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: ашық сөз ештеңе ұсынбайды және балаға өз сөзімен, өз қарқынымен айтуға мүмкіндік "
                        "береді."
                    ),
                    "ru": (
                        "Верно: открытая фраза позволяет ребёнку говорить своими словами и в своём темпе и ничего "
                        "не подсказывает."
                    ),
                    "en": (
                        "Correct: an open prompt lets the child speak in her own words and at her own pace, and "
                        "suggests nothing."
                    ),
                },
            },
            {
                "text": {
                    "kk": "«Ол саған қол тигізді ме? Қай жеріңе?»",
                    "ru": "«Он тебя трогал? Где?»",
                    "en": "“Did he touch you? Where?”",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Бұл — жетелейтін сұрақ: егжей-тегжейді балаға өзіңіз ұсынасыз, бұл кейін оның сөздеріне "
                        "күмән келтіруі мүмкін."
                    ),
                    "ru": (
                        "Это наводящий вопрос: вы подсказываете ребёнку детали, и позже это может поставить его "
                        "слова под сомнение."
                    ),
                    "en": (
                        "This is a leading question: it suggests details to the child and can later cast doubt on "
                        "her account."
                    ),
                },
            },
            {
                "text": {
                    "kk": "«Шынымен бе? Бәлкім, сен бірдеңені шатастырып тұрған шығарсың?»",
                    "ru": "«Правда? Может, ты что-то путаешь?»",
                    "en": "“Really? Maybe you have got something mixed up?”",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Сенбеушілік баланы ұзақ уақытқа үнсіз қалдыруы мүмкін, сондықтан оның сөзін байыппен "
                        "қабылдаңыз."
                    ),
                    "ru": (
                        "Недоверие может надолго заставить ребёнка замолчать, поэтому отнеситесь к его словам серьёзно."
                    ),
                    "en": "Disbelief can silence a child for a long time, so take what she says seriously.",
                },
            },
            {
                "text": {
                    "kk": "«Қорықпа, мен қазір сол ағаймен өзім сөйлесемін».",
                    "ru": "«Не бойся, я сейчас же поговорю с этим соседом».",
                    "en": "“Don't be afraid, I will go and talk to that man myself.”",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Бала атаған адаммен өзіңіз сөйлеспеңіз: бұл баланы одан да үлкен қауіпке душар етуі мүмкін."
                    ),
                    "ru": (
                        "Не выясняйте отношения с человеком, которого назвал ребёнок: это может подвергнуть его "
                        "ещё большей опасности."
                    ),
                    "en": "Do not confront the person the child named: it could put her at greater risk.",
                },
            },
        ],
    },
    {
        "type": "multiple",
        "topic": "disclosure",
        "scenario": {
            "kk": (
                "12 жастағы Ерасыл Сізге үйде әкесі оны жиі ұратынын айтты. Әңгіменің соңында ол жылап: «Бәрі "
                "менің кесірімнен, мен тіл алмаймын ғой», — дейді."
            ),
            "ru": (
                "Ерасыл, 12 лет, рассказал вам, что дома отец часто его бьёт. В конце разговора он плачет: «Это "
                "всё из-за меня, я же не слушаюсь»."
            ),
            "en": (
                "Yerassyl, 12, has told you that his father often hits him at home. At the end of the conversation "
                "he cries: “It's all because of me, I don't do as I'm told.”"
            ),
        },
        "prompt": {
            "kk": "Ерасылға қазір не айтуға болады? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Что можно сказать Ерасылу сейчас? Выберите все верные ответы.",
            "en": "What could you say to Yerassyl now? Select all that apply.",
        },
        "feedback": {
            "kk": (
                "Балаға оның кінәлі емес екенін және айтып дұрыс істегенін айтыңыз, бірақ құпия сақтауға уәде "
                "бермеңіз. Кінәлағандай естілетін сұрақтар баланы қайтадан үнсіз қалдыруы мүмкін."
            ),
            "ru": (
                "Скажите ребёнку, что он не виноват и правильно сделал, что рассказал, но не обещайте сохранить "
                "тайну. Вопросы, в которых звучит упрёк, могут снова заставить ребёнка замолчать."
            ),
            "en": (
                "Tell the child it is not his fault and that he was right to tell you, but do not promise secrecy. "
                "Questions that sound like blame can make a child fall silent again."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": "«Сенің еш кінәң жоқ. Баланы ұруға болмайды».",
                    "ru": "«Ты ни в чём не виноват. Бить детей нельзя».",
                    "en": "“It is not your fault. No child should be hit.”",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бала көбіне өзін кінәлайды, сондықтан оның кінәлі емес екенін анық айту маңызды.",
                    "ru": "Верно: дети часто винят себя, поэтому важно ясно сказать, что вины ребёнка нет.",
                    "en": (
                        "Correct: children often blame themselves, so it matters to say clearly that it is not "
                        "their fault."
                    ),
                },
            },
            {
                "text": {
                    "kk": "«Маған айтып, дұрыс істедің».",
                    "ru": "«Ты правильно сделал, что рассказал мне».",
                    "en": "“You did the right thing by telling me.”",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл сөздер балаға айтқанына өкінбеуге көмектеседі.",
                    "ru": "Верно: эти слова помогают ребёнку не пожалеть о том, что он рассказал.",
                    "en": "Correct: these words help the child not to regret telling you.",
                },
            },
            {
                "text": {
                    "kk": (
                        "«Мен мұны құпия сақтай алмаймын, бірақ тек саған көмектесе алатын адамдарға ғана айтамын»."
                    ),
                    "ru": "«Я не могу держать это в секрете, но расскажу только тем, кто может тебе помочь».",
                    "en": "“I can't keep this secret, but I will tell only people who can help you.”",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: шынын айту баланың сенімін сақтайды, ал орындалмаған уәде оны жояды.",
                    "ru": "Верно: честность сохраняет доверие ребёнка, а невыполненное обещание его разрушает.",
                    "en": "Correct: honesty keeps the child's trust, while a broken promise destroys it.",
                },
            },
            {
                "text": {
                    "kk": "«Неге бұрын айтпадың? Бәрі әлдеқашан шешілер еді ғой».",
                    "ru": "«Почему ты раньше не сказал? Всё давно бы уже решили».",
                    "en": "“Why didn't you tell me before? It would all have been sorted out long ago.”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұл сұрақ баланы кінәлі сезіндіреді, ал бала айтуға дайын болған кезде ғана айтады.",
                    "ru": (
                        "Такой вопрос заставляет ребёнка чувствовать себя виноватым, а рассказывает он тогда, "
                        "когда готов."
                    ),
                    "en": "This question makes the child feel guilty, and a child tells when they are ready.",
                },
            },
            {
                "text": {
                    "kk": "«Уайымдама, бұл туралы ешкімге айтпаймын».",
                    "ru": "«Не переживай, я никому об этом не скажу».",
                    "en": "“Don't worry, I won't tell anyone about this.”",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Құпия сақтауға уәде бермеңіз: баланы қорғау үшін Сіз бұл туралы сол күні хабарлауыңыз керек."
                    ),
                    "ru": (
                        "Не обещайте сохранить тайну: чтобы защитить ребёнка, вы должны сообщить об этом в тот же день."
                    ),
                    "en": "Do not promise secrecy: to protect the child you must report this the same day.",
                },
            },
        ],
        "scoring": "all_or_nothing",
    },
    {
        "type": "single",
        "topic": "reporting",
        "scenario": {
            "kk": (
                "Сабақ аяқталған соң 9 жастағы Аружан үйге барудан қорқатынын айтады: кеше олармен бірге тұратын "
                "нағашы ағасы оны қатты ұрған, бүгін кешке тағы жазалаймын деп қорқытқан. Аружанның білегінде жаңа "
                "көгерген із бар. Балаларды қорғау жөніндегі жауапты қызметкер мектептен кетіп қалған."
            ),
            "ru": (
                "После уроков Аружан, 9 лет, говорит, что боится идти домой: вчера дядя, который живёт с ними, "
                "сильно её ударил и пригрозил, что вечером снова накажет. На запястье у Аружан свежий синяк. "
                "Ответственный за защиту детей уже ушёл из школы."
            ),
            "en": (
                "After lessons, Aruzhan, 9, says she is afraid to go home: yesterday her uncle, who lives with the "
                "family, hit her hard and threatened to punish her again tonight. She has a fresh bruise on her "
                "wrist. The designated person has already left school for the day."
            ),
        },
        "prompt": {
            "kk": "Сіз не істейсіз?",
            "ru": "Что вы сделаете?",
            "en": "What do you do?",
        },
        "feedback": {
            "kk": (
                "Балаға тікелей қауіп төнсе, дереу 102 нөмірі бойынша полицияға қоңырау шалып, содан кейін жауапты "
                "қызметкерге хабарлаңыз. Ол жоқ болса, оның орнын басатын адамға немесе мектеп директорына "
                "айтыңыз."
            ),
            "ru": (
                "Если ребёнку угрожает непосредственная опасность, сразу звоните в полицию по номеру 102, а затем "
                "сообщите ответственному за защиту детей. Если его нет, сообщите тому, кто его замещает, или "
                "директору школы."
            ),
            "en": (
                "If a child is in immediate danger, call the police on 102 straight away, then inform the "
                "designated person. If they are away, tell whoever replaces them or the principal."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "Дереу 102 нөмірі бойынша полицияға қоңырау шалып, содан кейін жауапты қызметкердің орнын "
                        "басатын адамға немесе директорға хабарлаймын."
                    ),
                    "ru": (
                        "Сразу позвоню в полицию по номеру 102, а затем сообщу тому, кто замещает ответственного, "
                        "или директору."
                    ),
                    "en": (
                        "Call the police on 102 straight away, then inform whoever replaces the designated person, "
                        "or the principal."
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: балаға тікелей қауіп төніп тұр, сондықтан жауапты қызметкерді күтпей, бірден "
                        "полицияға хабарлау керек."
                    ),
                    "ru": (
                        "Верно: ребёнку угрожает непосредственная опасность, поэтому нужно сразу звонить в "
                        "полицию, не дожидаясь ответственного."
                    ),
                    "en": (
                        "Correct: the child is in immediate danger, so you call the police at once rather than "
                        "wait for the designated person."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Аружанның айтқанын жазып алып, ертең таңертең жауапты қызметкерге беремін.",
                    "ru": "Запишу слова Аружан и завтра утром передам запись ответственному за защиту детей.",
                    "en": "Write down what Aruzhan said and give it to the designated person tomorrow morning.",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Жазба маңызды, бірақ бала бүгін кешке қауіпте болуы мүмкін, сондықтан таңертеңге дейін "
                        "күтуге болмайды."
                    ),
                    "ru": (
                        "Запись важна, но ребёнок может оказаться в опасности уже сегодня вечером, поэтому ждать "
                        "до утра нельзя."
                    ),
                    "en": (
                        "The note matters, but the child may be in danger this evening, so you cannot wait until "
                        "morning."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Аружанның анасына қоңырау шалып, нағашы ағасымен сөйлесуін сұраймын.",
                    "ru": "Позвоню маме Аружан и попрошу её поговорить с дядей.",
                    "en": "Phone Aruzhan's mother and ask her to talk to the uncle.",
                },
                "correct": False,
                "feedback": {
                    "kk": "Отбасына өз бетіңізше хабарласу баланы одан да үлкен қауіпке душар етуі мүмкін.",
                    "ru": "Самостоятельный звонок семье может подвергнуть ребёнка ещё большей опасности.",
                    "en": "Contacting the family yourself can put the child at greater risk.",
                },
            },
            {
                "text": {
                    "kk": ("Аружанға 150 сенім телефонының нөмірін беріп, кешке қорқып кетсе, қоңырау шалуын айтамын."),
                    "ru": ("Дам Аружан номер телефона доверия 150 и скажу позвонить вечером, если ей станет страшно."),
                    "en": (
                        "Give Aruzhan the number of the 150 helpline and tell her to call this evening if she "
                        "feels scared."
                    ),
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Сенім телефоны кеңес пен қолдау береді, бірақ балаға тікелей қауіп төнгенде полицияға "
                        "баланың өзі емес, Сіз хабарлауыңыз керек."
                    ),
                    "ru": (
                        "Телефон доверия даёт консультацию и поддержку, но при непосредственной опасности в "
                        "полицию должны позвонить вы, а не ребёнок."
                    ),
                    "en": (
                        "The helpline gives advice and support, but when a child is in immediate danger it is you, "
                        "not the child, who must call the police."
                    ),
                },
            },
        ],
    },
    {
        "type": "matching",
        "topic": "reporting",
        "prompt": {
            "kk": "Әр жағдайды хабарласатын жермен сәйкестендіріңіз.",
            "ru": "Соотнесите каждую ситуацию с тем, куда следует обратиться.",
            "en": "Match each situation to where to turn.",
        },
        "feedback": {
            "kk": (
                "Тікелей қауіп төнсе — 102, әйтпесе сол күні жауапты қызметкерге хабарлайсыз. 150 сенім телефоны "
                "балаларға тегін әрі анонимді көмектеседі, ал 111 байланыс орталығы отбасы мәселелері бойынша "
                "кеңес береді."
            ),
            "ru": (
                "При непосредственной опасности — 102, в остальных случаях — ответственному за защиту детей в тот "
                "же день. Телефон доверия 150 бесплатно и анонимно помогает детям, а контакт-центр 111 "
                "консультирует по вопросам семьи."
            ),
            "en": (
                "In immediate danger, call 102; otherwise tell the designated person the same day. The 150 "
                "helpline gives children free, anonymous help, and the 111 contact centre advises on family "
                "matters."
            ),
        },
        "pairs": [
            {
                "left": {
                    "kk": "Балаға дәл қазір тікелей қауіп төніп тұр.",
                    "ru": "Ребёнку прямо сейчас угрожает непосредственная опасность.",
                    "en": "A child is in immediate danger right now.",
                },
                "right": {
                    "kk": "Полиция, 102",
                    "ru": "Полиция, 102",
                    "en": "Police, 102",
                },
            },
            {
                "left": {
                    "kk": "Сіз бала үшін алаңдайсыз, бірақ оған тікелей қауіп төніп тұрған жоқ.",
                    "ru": "Вы беспокоитесь о ребёнке, но непосредственной опасности нет.",
                    "en": "You are worried about a child, but there is no immediate danger.",
                },
                "right": {
                    "kk": "Мектептегі балаларды қорғау жөніндегі жауапты қызметкер, сол күні",
                    "ru": "Ответственный за защиту детей в школе, в тот же день",
                    "en": "The school's designated person, the same day",
                },
            },
            {
                "left": {
                    "kk": "Оқушы өз мәселесі туралы біреумен тегін әрі анонимді түрде сөйлескісі келеді.",
                    "ru": "Ученик хочет бесплатно и анонимно поговорить с кем-нибудь о своей проблеме.",
                    "en": "A pupil wants to talk to someone about a problem, free and anonymously.",
                },
                "right": {
                    "kk": "Балалар мен жасөспірімдерге арналған ұлттық сенім телефоны, 150",
                    "ru": "Национальный телефон доверия для детей и подростков, 150",
                    "en": "National child helpline, 150",
                },
            },
            {
                "left": {
                    "kk": "Ата-ана отбасындағы қиындықтар бойынша кеңес пен психологиялық қолдау алғысы келеді.",
                    "ru": ("Родитель хочет получить консультацию и психологическую поддержку по семейным трудностям."),
                    "en": "A parent wants advice and psychological support with difficulties in the family.",
                },
                "right": {
                    "kk": "Отбасы және балалар мәселелері жөніндегі байланыс орталығы, 111",
                    "ru": "Контакт-центр по вопросам семьи и детей, 111",
                    "en": "Family and children's contact centre, 111",
                },
            },
        ],
    },
    {
        "type": "true_false",
        "topic": "reporting",
        "scenario": {
            "kk": (
                "Мұғалім 7 жастағы Томиристің қолында бірнеше рет көгерген іздер байқап, фактілерді жазып алды да, "
                "сол күні жауапты қызметкерге хабарлады. Кейін бұл іздердің гимнастика үйірмесіндегі жаттығулардан "
                "қалғаны анықталды."
            ),
            "ru": (
                "Учительница несколько раз видела синяки на руках у Томирис, 7 лет, записала факты и в тот же день "
                "сообщила ответственному за защиту детей. Позже выяснилось, что синяки остались после занятий в "
                "секции гимнастики."
            ),
            "en": (
                "A teacher noticed bruises on the arms of Tomiris, 7, several times, wrote down the facts and told "
                "the designated person the same day. Later it turned out that the bruises came from gymnastics "
                "training."
            ),
        },
        "prompt": {
            "kk": "Мұғалімнің хабарлауы дұрыс қадам болды.",
            "ru": "Учительница поступила правильно, сообщив о своём беспокойстве.",
            "en": "The teacher was right to report her concern.",
        },
        "feedback": {
            "kk": (
                "Хабарлау үшін дәлел қажет емес және зорлық-зомбылық болды ма, жоқ па — оны мұғалім шешпейді. "
                "Кейін балаға ештеңе қауіп төндірмегені анықталса да, адал ниетпен айтылған алаңдаушылықты жеткізу "
                "— дұрыс қадам."
            ),
            "ru": (
                "Для сообщения не нужны доказательства, и не учитель решает, было ли насилие. Передать честно "
                "высказанное беспокойство — правильный шаг, даже если потом окажется, что ребёнку ничего не "
                "угрожало."
            ),
            "en": (
                "You do not need proof to report, and it is not the teacher who decides whether abuse happened. "
                "Passing on an honest concern is the right step even if it later turns out that the child was "
                "safe."
            ),
        },
        "answer": True,
    },
    {
        "type": "single",
        "topic": "prevention",
        "scenario": {
            "kk": (
                "Сіз жас әріптесіңіздің 13 жастағы Аяулыммен кеш сайын жеке хабарламалар арқылы хат алмасатынын "
                "байқадыңыз. Ол Аяулымға басқа оқушыларға бермейтін сыйлықтар береді, сабақтан кейін онымен есігі "
                "жабық сыныпта оңаша қалады."
            ),
            "ru": (
                "Вы замечаете, что молодой коллега по вечерам переписывается с Аяулым, 13 лет, в личных "
                "сообщениях. Он дарит ей подарки, которых не получают другие ученики, и после уроков остаётся с "
                "ней наедине в классе с закрытой дверью."
            ),
            "en": (
                "You notice that a young colleague exchanges private messages with Ayaulym, 13, every evening. He "
                "gives her gifts that other pupils do not get, and after lessons he stays alone with her in a "
                "classroom with the door closed."
            ),
        },
        "prompt": {
            "kk": "Сіз не істеуіңіз керек?",
            "ru": "Что вам следует сделать?",
            "en": "What should you do?",
        },
        "feedback": {
            "kk": (
                "Жеке хат алмасу, бір баланы ерекшелейтін сыйлықтар және есігі жабық бөлмеде оңаша қалу "
                "ересектердің қауіпсіз мінез-құлық ережелерін бұзады. Әріптесіңіздің мінез-құлқы алаңдатса, "
                "жауапты қызметкерге хабарлаңыз."
            ),
            "ru": (
                "Личная переписка, подарки, выделяющие одного ребёнка, и встречи наедине за закрытой дверью "
                "нарушают правила безопасного поведения взрослых. Если вас беспокоит поведение коллеги, сообщите "
                "ответственному за защиту детей."
            ),
            "en": (
                "Private messaging, gifts that single out one child and being alone with a pupil behind a closed "
                "door break the rules of safe adult behaviour. If a colleague's behaviour worries you, tell the "
                "designated person."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": "Байқағандарыңызды күнін көрсетіп жазып, сол күні жауапты қызметкерге хабарлау",
                    "ru": ("Записать свои наблюдения с датами и в тот же день сообщить ответственному за защиту детей"),
                    "en": ("Write down what you have noticed, with dates, and tell the designated person the same day"),
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: әріптесіңіздің мінез-құлқы алаңдатса, бұл туралы жауапты қызметкерге хабарлау керек."
                    ),
                    "ru": (
                        "Верно: если вас беспокоит поведение коллеги, нужно сообщить ответственному за защиту детей."
                    ),
                    "en": "Correct: if a colleague's behaviour worries you, you tell the designated person.",
                },
            },
            {
                "text": {
                    "kk": "Әріптесіңізбен өзіңіз оңаша сөйлесіп, не болып жатқанын сұрау",
                    "ru": "Самостоятельно поговорить с коллегой наедине и спросить, что происходит",
                    "en": "Talk to the colleague privately yourself and ask what is going on",
                },
                "correct": False,
                "feedback": {
                    "kk": "Мұндай әңгіме оны сескендіріп, баланы одан да үлкен қауіпке душар етуі мүмкін.",
                    "ru": "Такой разговор может его насторожить и подвергнуть ребёнка ещё большей опасности.",
                    "en": "Such a conversation could put him on guard and expose the child to greater risk.",
                },
            },
            {
                "text": {
                    "kk": "Мұғалімдер бөлмесінде әріптестерден олар да бірдеңе байқады ма деп сұрау",
                    "ru": "Спросить в учительской, не заметили ли чего-нибудь другие коллеги",
                    "en": "Ask colleagues in the staff room whether they have noticed anything too",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Басқалардың не байқағанын жауапты қызметкер жинайды, ал мұғалімдер бөлмесіндегі әңгіме "
                        "өсек тудырып, баланың құпиялылығын бұзады."
                    ),
                    "ru": (
                        "Сведения от других сотрудников собирает ответственный, а разговоры в учительской "
                        "порождают слухи и нарушают конфиденциальность ребёнка."
                    ),
                    "en": (
                        "The designated person gathers what others have noticed; staff-room talk spreads rumours "
                        "and breaks the child's confidentiality."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Бір нәрсені нақты дәлелдейтін жағдай болғанша күте тұру",
                    "ru": "Подождать, пока не случится что-то, что точно всё докажет",
                    "en": "Wait until something happens that clearly proves wrongdoing",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Жеке хат алмасу, ерекше сыйлықтар және жабық есік грумингке ұқсайды, ал хабарлау үшін "
                        "дәлел қажет емес."
                    ),
                    "ru": (
                        "Личная переписка, особые подарки и закрытая дверь похожи на груминг, а для сообщения "
                        "доказательства не нужны."
                    ),
                    "en": (
                        "Private messages, special gifts and a closed door look like grooming, and you do not need "
                        "proof to report."
                    ),
                },
            },
        ],
    },
    {
        "type": "single",
        "topic": "prevention",
        "scenario": {
            "kk": (
                "2-сынып мұғалімі Гүлмира дене қауіпсіздігі туралы сабаққа дайындалып жүр. Оның оқушылары 7–8 жаста."
            ),
            "ru": "Гульмира, учительница 2 класса, готовит урок о безопасности тела. Её ученикам 7–8 лет.",
            "en": (
                "Gulmira, who teaches a Grade 2 class, is preparing a lesson on body safety. Her pupils are 7 to 8 "
                "years old."
            ),
        },
        "prompt": {
            "kk": "Осы жастағы балаларға сабақтың қай мазмұны ең орынды?",
            "ru": "Какое содержание урока лучше всего подходит детям этого возраста?",
            "en": "Which content best suits children of this age?",
        },
        "feedback": {
            "kk": (
                "Дене қауіпсіздігі туралы сабақтар оқушылардың жасына және мектептің бекітілген бағдарламасына сай "
                "болуы керек. Бастауыш сынып оқушылары денесінің өздеріне тиесілі екенін, тосын сый мен қауіпті "
                "құпияның айырмашылығын және кімге айта алатынын біледі."
            ),
            "ru": (
                "Уроки о безопасности тела должны соответствовать возрасту учеников и утверждённой программе "
                "школы. Младшие школьники узнают, что их тело принадлежит им, чем сюрприз отличается от опасного "
                "секрета и кому можно рассказать."
            ),
            "en": (
                "Body-safety lessons should suit the pupils' age and follow the school's agreed programme. Younger "
                "pupils learn that their body belongs to them, how a surprise differs from an unsafe secret and "
                "whom they can tell."
            ),
        },
        "options": [
            {
                "text": {
                    "kk": (
                        "Денесі өздеріне тиесілі екені, іш киіммен жабылатын жерлер жеке екені, қуанышты тосын сый "
                        "мен қауіпті құпияның айырмашылығы және болған жайды айта алатын, өздері сенетін ересектер"
                    ),
                    "ru": (
                        "Что их тело принадлежит им, что места, закрытые нижним бельём, — личные, чем радостный "
                        "сюрприз отличается от опасного секрета и каким взрослым они могут доверить то, что "
                        "случилось"
                    ),
                    "en": (
                        "That their body belongs to them, that the parts covered by underwear are private, the "
                        "difference between a happy surprise and an unsafe secret, and which trusted adults they "
                        "can tell"
                    ),
                },
                "correct": True,
                "feedback": {
                    "kk": (
                        "Дұрыс: бұл — бастауыш сынып оқушыларына арналған мазмұн, ол балаларға болған жайды айтуға "
                        "сөз де, батылдық та береді."
                    ),
                    "ru": (
                        "Верно: это содержание для младших школьников, оно даёт детям слова и решимость рассказать "
                        "о случившемся."
                    ),
                    "en": (
                        "Correct: this is the content for younger pupils, and it gives children the words and the "
                        "confidence to speak up."
                    ),
                },
            },
            {
                "text": {
                    "kk": "Тек бейтаныс адамдардан сақтану: олармен сөйлеспеу және олардан ештеңе алмау",
                    "ru": "Только осторожность с незнакомцами: не разговаривать с ними и ничего у них не брать",
                    "en": "Only stranger danger: do not talk to strangers or accept anything from them",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Зорлық-зомбылықты көбіне бала танитын әрі сенетін адам жасайды, сондықтан тек бейтаныс "
                        "адамдар туралы айту жеткіліксіз."
                    ),
                    "ru": (
                        "Чаще всего насилие совершает тот, кого ребёнок знает и кому доверяет, поэтому говорить "
                        "только о незнакомцах недостаточно."
                    ),
                    "en": (
                        "Abuse is most often done by someone the child knows and trusts, so talking only about "
                        "strangers is not enough."
                    ),
                },
            },
            {
                "text": {
                    "kk": ("Балалар тақырыпқа байыппен қарауы үшін зорлық-зомбылық туралы нақты, қорқынышты оқиғалар"),
                    "ru": "Реальные страшные истории о насилии, чтобы дети отнеслись к теме серьёзно",
                    "en": "Real, frightening stories of abuse so that the children take the topic seriously",
                },
                "correct": False,
                "feedback": {
                    "kk": "Қорқыту балаларды қорғамайды, тек үрейлендіреді; сабақ олардың жасына сай болуы керек.",
                    "ru": (
                        "Запугивание не защищает детей, а только пугает их; урок должен соответствовать их возрасту."
                    ),
                    "en": "Frightening children does not protect them; the lesson should suit their age.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе: бұл тақырып жоғары сыныптарға дейін күте тұрады",
                    "ru": "Ничего: с этой темой можно подождать до старших классов",
                    "en": "Nothing: this topic can wait until the senior grades",
                },
                "correct": False,
                "feedback": {
                    "kk": (
                        "Жасына сай дене қауіпсіздігі сабақтары бастауыш сыныптан басталады және балаға көмекті "
                        "ерте сұрауға мүмкіндік береді."
                    ),
                    "ru": (
                        "Уроки о безопасности тела, соответствующие возрасту, начинаются уже в младших классах и "
                        "помогают ребёнку вовремя попросить о помощи."
                    ),
                    "en": (
                        "Age-appropriate body-safety lessons start in the primary grades and help children ask for "
                        "help early."
                    ),
                },
            },
        ],
    },
]
