from .teacher_lessons import l1_forms_of_abuse as l1
from .teacher_lessons import l2_recognising_signs as l2
from .teacher_lessons import l3_responding_to_disclosure as l3
from .teacher_lessons import l4_reporting as l4
from .teacher_lessons import l5_prevention_in_school as l5
from .teacher_lessons import l6_looking_after_yourself as l6

COURSE = {
    "slug": "recognising-and-responding",
    "audience": "teacher",
    "estimated_minutes": 90,
    "certificate_validity_months": 24,
    "title": {
        "kk": "Балаға қатыгездік көрсетуді тану және оған ден қою",
        "ru": "Распознавание жестокого обращения с детьми и реагирование на него",
        "en": "Recognising and responding to child abuse",
    },
    "summary": {
        "kk": (
            "Әр мұғалім білуге тиіс негізгі нәрселер: балаға қатыгездік көрсету белгілерін тану, зорлық-зомбылық "
            "туралы айтқан балаға дұрыс ден қою және алаңдаушылық туралы сол күні хабарлау. Курс сондай-ақ "
            "мектептегі алдын алу жұмысын және өзіңізге қамқорлық жасауды қамтиды."
        ),
        "ru": (
            "Что должен знать каждый учитель, чтобы распознать признаки жестокого обращения с ребёнком, правильно "
            "отреагировать на рассказ ребёнка о насилии и в тот же день сообщить о своём беспокойстве. Курс также "
            "рассказывает о профилактике в школе и о заботе о себе."
        ),
        "en": (
            "What every teacher needs to know to recognise the signs of child abuse, respond well when a child "
            "discloses it and report a concern the same day. The course also covers prevention in school and "
            "looking after yourself."
        ),
    },
    "objectives": {
        "kk": [
            (
                "Балаға қатыгездік көрсетудің негізгі түрлерін, соның ішінде онлайн зорлық-зомбылық пен грумингті "
                "сипаттау."
            ),
            (
                "Баланың қауіпте болуы мүмкін екенін көрсететін белгілерді тану және белгілердің дәлел емес, "
                "алаңдауға негіз екенін түсіндіру."
            ),
            (
                "Зорлық-зомбылық туралы айтқан балаға жетелейтін сұрақтар қоймай және құпия сақтауға уәде бермей, "
                "сабырлы әрі қауіпсіз ден қою."
            ),
            (
                "Алаңдаушылықты жазып алып, сол күні мектептегі жауапты қызметкерге, ал балаға тікелей қауіп "
                "төнсе, 102 нөмірі бойынша полицияға хабарлау."
            ),
            "Өз мектебіңізде ересектердің қауіпсіз мінез-құлық ережелері мен алдын алу шараларын қолдану.",
        ],
        "ru": [
            "Описывать основные формы жестокого обращения с детьми, включая насилие в интернете и груминг.",
            (
                "Распознавать признаки того, что ребёнок может быть в опасности, и объяснять, почему признаки — "
                "это сигналы, а не доказательства."
            ),
            (
                "Спокойно и безопасно реагировать на рассказ ребёнка о насилии, не задавая наводящих вопросов и не "
                "обещая сохранить тайну."
            ),
            (
                "Записывать свои наблюдения и в тот же день сообщать ответственному за защиту детей в школе, а "
                "если ребёнку угрожает непосредственная опасность, — в полицию по номеру 102."
            ),
            "Применять в своей школе правила безопасного поведения взрослых и меры профилактики.",
        ],
        "en": [
            "Describe the main forms of child abuse, including online abuse and grooming.",
            "Recognise signs that a child may be at risk, and explain why signs are indicators, not proof.",
            ("Respond to a child's disclosure calmly and safely, without leading questions or promises of secrecy."),
            (
                "Record a concern and report it the same day to the school's designated person or, if a child is "
                "in immediate danger, to the police on 102."
            ),
            "Apply rules of safe adult behaviour and prevention practices in your school.",
        ],
    },
    "lessons": [
        l1.LESSON,
        l2.LESSON,
        l3.LESSON,
        l4.LESSON,
        l5.LESSON,
        l6.LESSON,
    ],
}
