from ..h5p_scenarios import INSTRUCTIONS, TITLE

LESSON = {
    "slug": "responding-to-disclosure",
    "required": True,
    "estimated_minutes": 20,
    "title": {
        "kk": "Бала зорлық-зомбылық туралы айтқанда",
        "ru": "Если ребёнок рассказал о насилии",
        "en": "Responding to a disclosure",
    },
    "intro": {
        "kk": (
            "Бұл сабақта бала зорлық-зомбылық туралы айтқанда, ол өзін қауіпсіз сезініп, оны шын тыңдап "
            "отырғаныңызды түсінуі үшін қалай ден қою керектігі көрсетіледі."
        ),
        "ru": (
            "В этом уроке показано, как реагировать, когда ребёнок рассказывает о насилии, чтобы он чувствовал "
            "себя в безопасности и знал, что его услышали."
        ),
        "en": (
            "This lesson shows how to respond when a child tells you about abuse, so that the child feels safe and "
            "heard."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Бала сырын ашқанда",
                "ru": "Когда ребёнок решается рассказать",
                "en": "When a child tells you",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Бала болған жайды тура айтуы, ишара етуі немесе айта бастап, тоқтап қалуы мүмкін. Көбіне "
                    "ол алдымен оқиғаның аз ғана бөлігін айтып, ересектің қалай қабылдайтынын байқайды. Алғашқы "
                    "минуттар өте маңызды: сабыр мен мейірім балаға қауіпсіздік сезімін береді, ал шошу немесе "
                    "сенбеушілік оны ұзақ уақытқа үнсіз қалдыруы мүмкін.</p>"
                ),
                "ru": (
                    "<p>Ребёнок может рассказать прямо, намекнуть или начать и замолчать. Часто он сначала "
                    "рассказывает лишь небольшую часть, чтобы проверить реакцию взрослого. Первые минуты очень "
                    "важны: спокойствие и доброжелательность помогают ребёнку почувствовать себя в безопасности, а "
                    "испуг или недоверие могут надолго заставить его замолчать.</p>"
                ),
                "en": (
                    "<p>A child may tell you directly, hint at something, or begin and then stop. Often the child "
                    "first tells a small part of the story to test your reaction. The first minutes matter: a "
                    "calm, kind response helps the child feel safe, while shock or disbelief can silence the child "
                    "for a long time.</p>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<ol>"
                    "<li><strong>Сабыр сақтаңыз.</strong> Естігеніңіз Сізді қатты толқытса да, даусыңыз бен "
                    "жүзіңізді байсалды ұстаңыз.</li>"
                    "<li><strong>Тыңдаңыз.</strong> Балаға өз сөзімен, өз қарқынымен сөйлеуге мүмкіндік беріңіз, "
                    "сөзін бөлмеңіз.</li>"
                    "<li><strong>Сеніңіз.</strong> Баланың сөзін байыппен қабылдаңыз. Мысалы: «Маған айтқаның үшін "
                    "рахмет».</li>"
                    "<li><strong>Жетелейтін сұрақтар қоймаңыз және тергеу жүргізбеңіз.</strong> Қажет болса, «Бұл "
                    "туралы тағы айтып берші» сияқты ашық сөздерді қолданыңыз. Есімдер мен егжей-тегжейді өзіңіз "
                    "ұсынбаңыз.</li>"
                    "<li><strong>Құпия сақтауға уәде бермеңіз.</strong> Тек баланың қауіпсіздігін қамтамасыз ете "
                    "алатын адамдарға ғана айтатыныңызды жайлап түсіндіріңіз.</li>"
                    "<li><strong>Қолдау көрсетіңіз.</strong> Балаға оның кінәлі емес екенін және Сізге айтып дұрыс "
                    "істегенін айтыңыз.</li>"
                    "</ol>"
                ),
                "ru": (
                    "<ol>"
                    "<li><strong>Сохраняйте спокойствие.</strong> Следите за голосом и выражением лица, даже если "
                    "услышанное вас потрясло.</li>"
                    "<li><strong>Слушайте.</strong> Дайте ребёнку говорить своими словами и в своём темпе, не "
                    "перебивайте.</li>"
                    "<li><strong>Верьте.</strong> Отнеситесь к словам ребёнка серьёзно. Например: «Спасибо, что "
                    "доверяешь мне».</li>"
                    "<li><strong>Не задавайте наводящих вопросов и не проводите расследование.</strong> При "
                    "необходимости используйте открытые фразы, например «Расскажи мне об этом побольше». Не "
                    "подсказывайте имена и детали.</li>"
                    "<li><strong>Не обещайте сохранить тайну.</strong> Мягко объясните, что расскажете только тем, "
                    "кто может помочь ребёнку быть в безопасности.</li>"
                    "<li><strong>Поддержите.</strong> Скажите ребёнку, что он не виноват и правильно сделал, что "
                    "рассказал.</li>"
                    "</ol>"
                ),
                "en": (
                    "<ol>"
                    "<li><strong>Stay calm.</strong> Keep your voice and face steady, even if what you hear upsets "
                    "you.</li>"
                    "<li><strong>Listen.</strong> Let the child speak in their own words and at their own pace, "
                    "without interrupting.</li>"
                    "<li><strong>Believe.</strong> Take what the child says seriously. For example: “Thank you for "
                    "telling me.”</li>"
                    "<li><strong>Do not ask leading questions or investigate.</strong> If needed, use open prompts "
                    "such as “Tell me more about that.” Do not suggest names or details.</li>"
                    "<li><strong>Do not promise secrecy.</strong> Explain kindly that you will tell only people "
                    "who can help keep the child safe.</li>"
                    "<li><strong>Reassure.</strong> Tell the child it is not their fault and that they were right "
                    "to tell you.</li>"
                    "</ol>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": {
                    "kk": "Неге құпия сақтауға уәде беруге болмайды",
                    "ru": "Почему нельзя обещать сохранить тайну",
                    "en": "Why you cannot promise to keep a secret",
                },
                "text": {
                    "kk": (
                        "<p>Бала: «Ешкімге айтпаймын деп уәде беріңізші», — деп өтінуі мүмкін. Орындалмаған уәде "
                        "кейін баланың Сізге деген сенімін жояды. Былай айтуға болады: «Мен мұны құпия сақтай "
                        "алмаймын, өйткені сенің қауіпсіз болғаныңды қалаймын. Тек көмектесе алатын адамдарға ғана "
                        "айтамын және әрі қарай не болатынын саған түсіндіремін».</p>"
                    ),
                    "ru": (
                        "<p>Ребёнок может попросить: «Пообещайте, что никому не скажете». Невыполненное обещание "
                        "потом разрушит его доверие. Можно сказать так: «Я не могу держать это в секрете, потому "
                        "что хочу, чтобы тебе ничего не угрожало. Я расскажу только тем, кто может помочь, и "
                        "объясню тебе, что будет дальше».</p>"
                    ),
                    "en": (
                        "<p>A child may ask: “Promise you won't tell anyone.” A broken promise would destroy the "
                        "child's trust later. You might say: “I can't keep this secret, because I want you to be "
                        "safe. I will tell only people who can help, and I will explain what happens next.”</p>"
                    ),
                },
            },
        ),
        (
            "heading",
            {
                "kk": "Әңгімеден кейін",
                "ru": "После разговора",
                "en": "After the conversation",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Мүмкіндігінше тезірек баланың айтқанын дәл оның өз сөздерімен жазып алыңыз; сондай-ақ "
                    "өзіңіздің не айтқаныңызды, әңгіменің күнін, уақытын, орнын және қасында кім болғанын жазыңыз. "
                    "Өз түсіндірмеңізді қоспаңыз, жазбаға қол қойыңыз.</p>"
                    "<p>Сол күні мектептегі балаларды қорғау жөніндегі жауапты қызметкерге хабарлаңыз. Балаға "
                    "тікелей қауіп төніп тұрса, 102 нөмірі бойынша полицияға қоңырау шалыңыз. Бала атаған адаммен "
                    "өзіңіз сөйлеспеңіз және отбасына өз бетіңізше хабарласпаңыз: бұл баланы одан да үлкен қауіпке "
                    "душар етуі мүмкін.</p>"
                ),
                "ru": (
                    "<p>Как можно скорее запишите сказанное ребёнком его собственными словами, а также что "
                    "говорили вы, дату, время, место и кто ещё присутствовал. Не добавляйте своих толкований, "
                    "подпишите запись.</p>"
                    "<p>В тот же день сообщите ответственному за защиту детей в школе. Если ребёнку угрожает "
                    "непосредственная опасность, звоните в полицию по номеру 102. Не выясняйте отношения с "
                    "человеком, которого назвал ребёнок, и не связывайтесь с семьёй самостоятельно: это может "
                    "подвергнуть ребёнка ещё большей опасности.</p>"
                ),
                "en": (
                    "<p>As soon as possible, write down what the child said in the child's own words, what you "
                    "said, the date, time and place, and who else was present. Do not add your interpretation; "
                    "sign the note.</p>"
                    "<p>Report to the school's designated person the same day. If the child is in immediate "
                    "danger, call the police on 102. Do not confront the person the child named and do not contact "
                    "the family yourself: this could put the child at greater risk.</p>"
                ),
            },
        ),
        (
            "case_scenario",
            {
                "situation": {
                    "kk": (
                        "<p>Сабақтан кейін 13 жастағы Арман сыныпта қалып қояды. Партасына қарап отырып: «Егер "
                        "Сізге бір нәрсе айтсам, ешкімге айтпаймын деп уәде бересіз бе? Бұл үйдегі бір адам "
                        "туралы…» — дейді де, үнсіз қалады.</p>"
                    ),
                    "ru": (
                        "<p>После урока Арман, 13 лет, задерживается в классе. Глядя в парту, он говорит: «Если я "
                        "вам кое-что расскажу, вы пообещаете никому не говорить? Это про одного человека дома…» — "
                        "и замолкает.</p>"
                    ),
                    "en": (
                        "<p>After a lesson, Arman, 13, stays behind. Looking down at his desk, he says: “If I tell "
                        "you something, will you promise not to tell anyone? It's about someone at home…” Then he "
                        "stops.</p>"
                    ),
                },
                "question": {
                    "kk": "Келесі бірнеше минутта Сіз қалай ден қоясыз?",
                    "ru": "Как вы отреагируете в ближайшие минуты?",
                    "en": "How would you respond in the next few minutes?",
                },
                "model_answer": {
                    "kk": (
                        "<p>Арманның қасына отырып, сабыр сақтаңыз және оған уақыт беріңіз. Құпия сақтауға уәде "
                        "бере алмайтыныңызды, бірақ тек оған көмектесе алатын адамдарға ғана айтатыныңызды шынын "
                        "айтыңыз. Оның айтуға дайын нәрсесін тыңдаңыз, егжей-тегжейін қазбаламаңыз, есімдерді "
                        "өзіңіз ұсынбаңыз. Сенгені үшін алғыс айтып, оның еш кінәсі жоқ екенін айтыңыз.</p>"
                        "<p>Әңгімеден кейін оның сөздерін сол күйінде жазып алып, сол күні жауапты қызметкерге "
                        "хабарлаңыз.</p>"
                    ),
                    "ru": (
                        "<p>Сядьте рядом с Арманом, сохраняйте спокойствие и дайте ему время. Честно скажите, что "
                        "не можете пообещать сохранить тайну, но расскажете только тем, кто может ему помочь. "
                        "Выслушайте то, что он готов рассказать, не выпытывая подробностей и не подсказывая имён. "
                        "Поблагодарите его за доверие и скажите, что он ни в чём не виноват.</p>"
                        "<p>После разговора дословно запишите его слова и в тот же день сообщите ответственному за "
                        "защиту детей.</p>"
                    ),
                    "en": (
                        "<p>Sit down near Arman, stay calm and give him time. Say honestly that you cannot promise "
                        "secrecy, but that you will tell only people who can help him. Listen to what he is ready "
                        "to say, without pushing for details or suggesting names. Thank him for trusting you and "
                        "tell him it is not his fault.</p>"
                        "<p>Afterwards, write down his exact words and inform the designated person the same "
                        "day.</p>"
                    ),
                },
            },
        ),
        ("h5p_activity", {"package": "scenario-choice", "title": TITLE, "instructions": INSTRUCTIONS}),
        (
            "reporting_contacts",
            {
                "title": {
                    "kk": "Қайда хабарлауға және кеңес алуға болады",
                    "ru": "Куда сообщить и где получить консультацию",
                    "en": "Where to report and get advice",
                },
            },
        ),
    ],
}
