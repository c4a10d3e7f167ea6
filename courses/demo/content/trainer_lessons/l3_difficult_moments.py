LESSON = {
    "slug": "difficult-moments",
    "required": True,
    "estimated_minutes": 25,
    "title": {
        "kk": "Қиын сәттер",
        "ru": "Трудные ситуации",
        "en": "Difficult moments",
    },
    "intro": {
        "kk": (
            "Бұл сабақ Сізді қиын сұрақтарға және әріптесіңіз өзі көрген зорлық-зомбылық туралы айтатын жағдайға "
            "дайындайды."
        ),
        "ru": (
            "Этот урок готовит к трудным вопросам и к ситуации, когда коллега рассказывает о насилии, которое "
            "пережил сам."
        ),
        "en": (
            "This lesson prepares you for challenging questions and for a colleague who speaks about their own "
            "experience of abuse."
        ),
    },
    "body": [
        (
            "heading",
            {
                "kk": "Қиын сұрақтар",
                "ru": "Трудные вопросы",
                "en": "Difficult questions",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Қатысушылар курс мазмұнына күмәнмен қарауы немесе оны қабылдағысы келмеуі мүмкін. Сабырмен "
                    "жауап беріңіз, сұрақтың астарындағы алаңдаушылықты мойындаңыз және курстағы фактілерге қайта "
                    "оралыңыз. Жауабын білмесеңіз, оны ашық айтып, өңірлік үйлестірушіден анықтап алыңыз.</p>"
                    "<ul>"
                    "<li><strong>«Хабарлап, кейін қателескенім белгілі болса ше?»</strong> Сіз ешкімді "
                    "айыптамайсыз, тек алаңдаушылықты жеткізесіз; фактілерді мамандар тексереді.</li>"
                    "<li><strong>«Бұл — отбасының ішкі ісі».</strong> Баланың қауіпсіздігі — оның айналасындағы әр "
                    "ересектің, соның ішінде мектептің де жауапкершілігі.</li>"
                    "<li><strong>«Ата-аналардың сенімінен айырыламын».</strong> Алаңдаушылық туралы отбасына "
                    "өзіңіз хабарласпайсыз: мұны қалай қауіпсіз жасау керектігін жауапты қызметкер мен тиісті "
                    "қызметтер шешеді.</li>"
                    "</ul>"
                ),
                "ru": (
                    "<p>Участники могут сомневаться в содержании курса или не принимать его. Отвечайте спокойно, "
                    "признавайте тревогу, которая стоит за вопросом, и возвращайтесь к фактам курса. Если не "
                    "знаете ответа, так и скажите и уточните его у регионального координатора.</p>"
                    "<ul>"
                    "<li><strong>«А если я сообщу, а потом окажется, что это ошибка?»</strong> Вы никого не "
                    "обвиняете, а передаёте беспокойство; факты проверяют специалисты.</li>"
                    "<li><strong>«Это внутреннее дело семьи».</strong> Безопасность ребёнка — ответственность "
                    "каждого взрослого рядом с ним, в том числе школы.</li>"
                    "<li><strong>«Я потеряю доверие родителей».</strong> Вы не обращаетесь к семье со своим "
                    "беспокойством сами: как сделать это безопасно, решают ответственный за защиту детей и "
                    "профильные службы.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Participants may doubt or resist the content. Respond calmly, acknowledge the worry behind "
                    "the question and return to the facts of the course. If you do not know an answer, say so and "
                    "check with your regional coordinator.</p>"
                    "<ul>"
                    "<li><strong>“What if I report and turn out to be wrong?”</strong> You are not accusing "
                    "anyone, only passing on a concern; specialists check the facts.</li>"
                    "<li><strong>“It is a private family matter.”</strong> A child's safety is the responsibility "
                    "of every adult around the child, including the school.</li>"
                    "<li><strong>“I will lose the parents' trust.”</strong> You do not take the concern to the "
                    "family yourself: the designated person and the relevant services decide how to do that "
                    "safely.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "kk": "Ересек адам өз басынан өткенін айтқанда",
                "ru": "Когда взрослый рассказывает о пережитом",
                "en": "When an adult discloses",
            },
        ),
        (
            "paragraph",
            {
                "kk": (
                    "<p>Зорлық-зомбылық туралы сабақ әріптестің өз балалық шағы туралы айтуына түрткі болуы мүмкін "
                    "— топта да, сабақтан кейін де. Балаға қалай ден қоюды үйретсеңіз, өзіңіз де солай әрекет "
                    "етіңіз: сабыр сақтап, тыңдап, сеніп, егжей-тегжейін сұрамай. Егер бұл топта болса, адамға "
                    "алғыс айтып, әңгімені оңаша жалғастыруды жайлап ұсыныңыз да, сабақты әрі қарай жүргізіңіз. "
                    "Оңаша сөйлескенде қолдау алу мүмкіндіктері — мектеп психологы мен мамандандырылған қызметтер "
                    "туралы айтыңыз.</p>"
                    "<p>Ересек адам өз өткеніне қатысты не істейтінін өзі шешеді. Бірақ естігеніңіз қазір бір "
                    "баланың қауіпте болуы мүмкін екенін көрсетсе, мысалы, аты аталған адам әлі де балалармен "
                    "жұмыс істесе, бұл туралы сол күні жауапты қызметкерге хабарлаңыз.</p>"
                ),
                "ru": (
                    "<p>Занятие о насилии может побудить коллегу рассказать о собственном детстве — в группе или "
                    "после занятия. Реагируйте так же, как вы учите реагировать на рассказ ребёнка: спокойно, "
                    "выслушивая и веря, не расспрашивая о подробностях. Если это происходит в группе, "
                    "поблагодарите человека, мягко предложите продолжить разговор наедине и вернитесь к занятию. "
                    "Наедине расскажите о возможностях поддержки: о школьном психологе и специализированных "
                    "службах.</p>"
                    "<p>Взрослый сам решает, что делать со своим прошлым опытом. Но если из услышанного следует, "
                    "что какой-то ребёнок может быть в опасности сейчас, например названный человек до сих пор "
                    "работает с детьми, в тот же день сообщите об этом ответственному за защиту детей.</p>"
                ),
                "en": (
                    "<p>A session on abuse can lead a colleague to speak about their own childhood, in the group "
                    "or afterwards. Respond as you teach others to respond to a child: calmly, listening and "
                    "believing, without asking for details. In the group, thank the person, gently offer to "
                    "continue in private and move on. In private, give information about support: the school "
                    "psychologist and specialised services.</p>"
                    "<p>An adult decides for themselves what to do about their own past. But if what you hear "
                    "suggests that a child may be at risk now, for example because the person they name still "
                    "works with children, report it to the designated person the same day.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": {
                    "kk": "Өз рөліңіздің шегінде болыңыз",
                    "ru": "Оставайтесь в рамках своей роли",
                    "en": "Stay within your role",
                },
                "text": {
                    "kk": (
                        "<p>Сіз — психотерапевт те, тергеуші де емес, тренерсіз. Тыңдап, қолдауды қайдан табуға "
                        "болатынын айтыңыз, бірақ әріптесіңізге апталар бойы кеңес беруге немесе не болғанын "
                        "анықтауға тырыспаңыз. Өзіңізді де ұмытпаңыз: әңгіме ойыңыздан шықпаса, психологпен "
                        "сөйлесіңіз.</p>"
                    ),
                    "ru": (
                        "<p>Вы тренер, а не психотерапевт и не следователь. Выслушайте и подскажите, где найти "
                        "поддержку, но не консультируйте коллегу неделями и не пытайтесь выяснить, что произошло. "
                        "Позаботьтесь и о себе: если разговор не отпускает вас, поговорите с психологом.</p>"
                    ),
                    "en": (
                        "<p>You are a trainer, not a therapist or an investigator. Listen and point to support, "
                        "but do not counsel a colleague over weeks or try to establish what happened. Look after "
                        "yourself too: if the conversation stays with you, talk to the psychologist.</p>"
                    ),
                },
            },
        ),
        (
            "case_scenario",
            {
                "situation": {
                    "kk": (
                        "<p>Үзіліс кезінде әріптесіңіз Гүлнара балалық шағында басынан бір жағдай өткенін және бұл "
                        "туралы бұрын ешкімге айтпағанын ақырын ғана айтады. Ол қатты толқып тұр.</p>"
                    ),
                    "ru": (
                        "<p>Во время перерыва ваша коллега Гульнара тихо говорит, что в детстве с ней кое-что "
                        "случилось и что она никогда никому об этом не рассказывала. Она заметно взволнована.</p>"
                    ),
                    "en": (
                        "<p>At the break, your colleague Gulnara tells you quietly that something happened to her "
                        "as a child and that she has never told anyone. She looks shaken.</p>"
                    ),
                },
                "question": {
                    "kk": "Сіз қалай ден қоясыз?",
                    "ru": "Как вы отреагируете?",
                    "en": "How do you respond?",
                },
                "model_answer": {
                    "kk": (
                        "<p>Қаласа, оңашарақ жер тауып, егжей-тегжейін сұрамай, оны сабырмен тыңдаңыз. Сенім "
                        "білдіргені үшін алғыс айтып, болған жағдайға оның еш кінәсі жоқ екенін айтыңыз. Мектеп "
                        "психологы мен мамандандырылған қызметтер туралы айтып, шешімді өзіне қалдырыңыз.</p>"
                        "<p>Егер ол қазір бір баланың қауіпте болуы мүмкін екенін көрсететін бірдеңе айтса, бұл "
                        "ақпаратты жеткізуге міндетті екеніңізді түсіндіріп, сол күні жауапты қызметкерге "
                        "хабарлаңыз.</p>"
                    ),
                    "ru": (
                        "<p>Если она хочет, найдите место потише и спокойно выслушайте её, не расспрашивая о "
                        "подробностях. Поблагодарите за доверие и скажите, что в случившемся нет её вины. "
                        "Расскажите о школьном психологе и специализированных службах и оставьте решение за "
                        "ней.</p>"
                        "<p>Если она упомянет что-то, указывающее на то, что какой-то ребёнок может быть в "
                        "опасности сейчас, объясните, что вы обязаны передать эту информацию, и в тот же день "
                        "сообщите ответственному за защиту детей.</p>"
                    ),
                    "en": (
                        "<p>If she wishes, find a quieter place and listen calmly without asking for details. "
                        "Thank her for trusting you and tell her that what happened was not her fault. Tell her "
                        "about the school psychologist and specialised services, and leave the decision to "
                        "her.</p>"
                        "<p>If she mentions anything suggesting that a child may be at risk now, explain that you "
                        "must pass that on, and inform the designated person the same day.</p>"
                    ),
                },
            },
        ),
    ],
}
