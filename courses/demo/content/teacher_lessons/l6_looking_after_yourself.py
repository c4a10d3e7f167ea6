LESSON = {
    "slug": "looking-after-yourself",
    "required": False,
    "estimated_minutes": 10,
    "title": {
        "kk": "Өзіңізге қамқорлық жасау",
        "ru": "Забота о себе",
        "en": "Looking after yourself",
    },
    "intro": {
        "kk": (
            "Бұл міндетті емес сабақ ауыр жағдайдың Сізге қалай әсер етуі мүмкін екенін түсінуге және қолдауды "
            "қайдан табуға болатынын білуге көмектеседі."
        ),
        "ru": (
            "Этот необязательный урок поможет понять, как тяжёлый случай может повлиять на вас, и подскажет, где "
            "найти поддержку."
        ),
        "en": (
            "This optional lesson helps you recognise how a difficult case can affect you and where to find support."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Қиналу — қалыпты жағдай",
                "ru": "Переживать — нормально",
                "en": "It is normal to be affected",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Баланың зорлық-зомбылық туралы әңгімесін есту немесе апталар бойы бала үшін уайымдау — "
                    "ауыр. Осыдан кейін Сіз мұңаюыңыз, ашулануыңыз, мазасыздануыңыз немесе өзіңізді кінәлі "
                    "сезінуіңіз, нашар ұйықтауыңыз не болған жайды қайта-қайта ойлай беруіңіз мүмкін. Бұл — "
                    "әлсіздіктің немесе кәсіби біліктіліктің жетіспеуінің белгісі емес, қиын жағдайға адамның "
                    "табиғи жауабы.</p>"
                    "<p>Кейбір мұғалімдердің өздері балалық шағында зорлық-зомбылық көрген, мектептегі жағдай сол "
                    "естеліктерді қайта оятуы мүмкін. Егер Сізде осындай жағдай болса, Сіз де қолдауға "
                    "лайықсыз.</p>"
                ),
                "ru": (
                    "<p>Слышать, как ребёнок рассказывает о насилии, или неделями тревожиться за ребёнка — тяжело. "
                    "После этого вы можете испытывать грусть, гнев, тревогу или чувство вины, плохо спать или "
                    "снова и снова мысленно возвращаться к случившемуся. Это обычные реакции на трудный опыт, а не "
                    "признак слабости или непрофессионализма.</p>"
                    "<p>Некоторые учителя сами пережили насилие в детстве, и случай в школе может пробудить "
                    "воспоминания. Если это происходит с вами, вы тоже заслуживаете поддержки.</p>"
                ),
                "en": (
                    "<p>Hearing a child talk about abuse, or worrying about a child for weeks, is hard. Afterwards "
                    "you may feel sad, angry, anxious or guilty, sleep badly or keep going over what happened. "
                    "These are common reactions to a difficult experience, not a sign of weakness or a lack of "
                    "professionalism.</p>"
                    "<p>Some teachers experienced abuse in their own childhood, and a case at school can bring "
                    "back memories. If this happens to you, you deserve support too.</p>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Не көмектеседі:</p>"
                    "<ul>"
                    "<li>Баланың жеке мәліметтерін ашпай, өз сезіміңіз туралы жауапты қызметкермен немесе сенімді "
                    "әріптесіңізбен сөйлесіңіз.</li>"
                    "<li>Мектеп психологынан әңгімелесуді немесе тұрақты супервизияны сұраңыз.</li>"
                    "<li>Негізгі қажеттіліктерді ұмытпаңыз: ұйқы, тамақ, қозғалыс, жақындарыңызбен бірге өткізетін "
                    "уақыт.</li>"
                    "<li>Не істегеніңізді есіңізге түсіріңіз: Сіз баланы тыңдадыңыз және алаңдаушылықты тиісті "
                    "адамға жеткіздіңіз. Одан әрі бұл — жалғыз Сіздің емес, тұтас команданың жұмысы.</li>"
                    "<li>Ауыр күй бірнеше аптадан кейін де басылмаса, маманның көмегіне жүгініңіз.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>Что помогает:</p>"
                    "<ul>"
                    "<li>Поговорите о своих чувствах с ответственным за защиту детей или коллегой, которому "
                    "доверяете, не раскрывая данных ребёнка.</li>"
                    "<li>Попросите школьного психолога о беседе или регулярной супервизии.</li>"
                    "<li>Не забывайте о простом и важном: сон, питание, движение, время с близкими людьми.</li>"
                    "<li>Напомните себе, что вы сделали: выслушали ребёнка и передали информацию. Дальнейшее — "
                    "работа команды, а не только ваша.</li>"
                    "<li>Если тяжёлое состояние не проходит несколько недель, обратитесь за помощью к "
                    "специалисту.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>What helps:</p>"
                    "<ul>"
                    "<li>Talk about how you feel with the designated person or a colleague you trust, without "
                    "sharing the child's details.</li>"
                    "<li>Ask the school psychologist for a conversation or regular supervision.</li>"
                    "<li>Keep to the basics: sleep, food, movement and time with people close to you.</li>"
                    "<li>Remind yourself what you did: you listened to the child and passed on the concern. What "
                    "happens next is the work of a team, not yours alone.</li>"
                    "<li>If the distress does not ease after a few weeks, seek professional help.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": {
                    "kk": "Құпиялылықты бұзбай қолдау алу",
                    "ru": "Поддержка без нарушения конфиденциальности",
                    "en": "Support without breaking confidentiality",
                },
                "text": {
                    "kk": (
                        "<p>Баланың атын атамай және онымен не болғанын сипаттамай-ақ өз сезіміңіз туралы айтуға "
                        "болады. Мектептен тыс жерде қолдау іздегенде, баланың жағдайы туралы емес, өз күйіңіз "
                        "туралы айтыңыз.</p>"
                    ),
                    "ru": (
                        "<p>О своих чувствах можно говорить, не называя ребёнка и не описывая, что с ним "
                        "произошло. Обращаясь за поддержкой вне школы, говорите о своём состоянии, а не о случае "
                        "ребёнка.</p>"
                    ),
                    "en": (
                        "<p>You can talk about your own feelings without naming the child or describing what "
                        "happened to them. When you seek support outside school, talk about your own experience, "
                        "not about the child's case.</p>"
                    ),
                },
            },
        ),
        (
            "knowledge_check",
            {
                "question": {
                    "kk": (
                        "Алаңдаушылық туралы хабарлағанына бір апта өтсе де, мұғалім сол жағдайды үнемі ойлап, "
                        "нашар ұйықтайды. Ең пайдалы қадам қандай?"
                    ),
                    "ru": (
                        "Через неделю после сообщения о беспокойстве учительница постоянно думает о случившемся и "
                        "плохо спит. Какой шаг будет самым полезным?"
                    ),
                    "en": (
                        "A week after reporting a concern, a teacher keeps thinking about the case and sleeps "
                        "badly. What is the most helpful step?"
                    ),
                },
                "options": [
                    {
                        "text": {
                            "kk": "Ешкім оны жұмысына шамасы келмейді деп ойламас үшін бәрін ішінде сақтау",
                            "ru": "Держать всё в себе, чтобы никто не решил, что она не справляется",
                            "en": "Keep it to herself so that no one thinks she cannot cope",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Ауыр сезімді жасырса, ол әдетте ұзаққа созылады. Қолдау сұрау — әлсіздік емес, "
                                "кәсіби қадам."
                            ),
                            "ru": (
                                "Скрытые переживания обычно длятся дольше. Обратиться за поддержкой — "
                                "профессиональный шаг, а не слабость."
                            ),
                            "en": (
                                "Hidden distress usually lasts longer. Asking for support is a professional step, "
                                "not a weakness."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": "Өз сезімі туралы мектеп психологымен немесе жауапты қызметкермен сөйлесу",
                            "ru": (
                                "Поговорить о своих чувствах со школьным психологом или ответственным за защиту детей"
                            ),
                            "en": "Talk to the school psychologist or the designated person about how she feels",
                        },
                        "correct": True,
                        "feedback": {
                            "kk": (
                                "Дұрыс. Баланың мәліметтерін ашпай, өз күйі туралы сөйлесу оған қалпына келіп, "
                                "жұмысын жақсы атқара беруге көмектеседі."
                            ),
                            "ru": (
                                "Верно. Разговор о своих переживаниях без раскрытия данных ребёнка помогает "
                                "восстановиться и продолжать хорошо работать."
                            ),
                            "en": (
                                "Correct. Talking about her reactions, without sharing the child's details, helps "
                                "her recover and keep working well."
                            ),
                        },
                    },
                    {
                        "text": {
                            "kk": "Баланың отбасына қоңырау шалып, жағдайын білу",
                            "ru": "Позвонить семье ребёнка и узнать, как дела",
                            "en": "Call the child's family to find out how things are",
                        },
                        "correct": False,
                        "feedback": {
                            "kk": (
                                "Отбасымен өз бетінше байланысу баланы қауіпке душар етіп, тиісті қызметтердің "
                                "жұмысына кедергі келтіруі мүмкін. Не білуге болатынын жауапты қызметкерден "
                                "сұраған жөн."
                            ),
                            "ru": (
                                "Самостоятельный контакт с семьёй может подвергнуть ребёнка опасности и помешать "
                                "работе служб. Что вам можно знать о дальнейшем, уточните у ответственного."
                            ),
                            "en": (
                                "Contacting the family can put the child at risk and interfere with the services' "
                                "work. Ask the designated person what you may know."
                            ),
                        },
                    },
                ],
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Балаларды қорғау — ұзақ мерзімді жұмыс. Өзіңізге қамқорлық жасау — оны жақсы атқарудың бір "
                    "бөлігі.</p>"
                ),
                "ru": "<p>Защита детей — долгая работа. Забота о себе помогает делать её хорошо.</p>",
                "en": (
                    "<p>Protecting children is long-term work. Looking after yourself is part of doing it well.</p>"
                ),
            },
        ),
    ],
}
