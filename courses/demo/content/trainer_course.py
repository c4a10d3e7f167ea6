from .trainer_lessons import l1_preparing_a_session as l1
from .trainer_lessons import l2_running_the_session as l2
from .trainer_lessons import l3_difficult_moments as l3
from .trainer_lessons import l4_after_the_session as l4

COURSE = {
    "slug": "leading-the-training",
    "audience": "trainer",
    "estimated_minutes": 90,
    "certificate_validity_months": 24,
    "title": {
        "kk": "Мектебіңізде оқыту өткізу",
        "ru": "Проведение обучения в вашей школе",
        "en": "Leading the training in your school",
    },
    "summary": {
        "kk": (
            "Курсты әріптестеріне жеткізетін тренер-мұғалімдерге арналған: бетпе-бет сабақты қалай қауіпсіз "
            "дайындап өткізу, қиын сәттерде қалай әрекет ету және каскадтың әр сатысында мазмұнның дәлдігін қалай "
            "сақтау керек."
        ),
        "ru": (
            "Для учителей-тренеров, которые передают курс коллегам: как подготовить и провести безопасное очное "
            "занятие, справиться с трудными ситуациями и сохранить точность содержания на каждом шаге каскада."
        ),
        "en": (
            "For trainer-teachers who pass the course on to colleagues: how to prepare and run a safe face-to-face "
            "session, handle difficult moments and keep the message accurate at every step of the cascade."
        ),
    },
    "objectives": {
        "kk": [
            "Қатысушылар үшін қауіпсіз әрі курс мазмұнына дәл сай келетін бетпе-бет сабақ дайындау.",
            (
                "Топта жұмыс істеу ережелерін белгілеп, қауіпсіз орта сақтау, кейбір қатысушылардың өзі "
                "зорлық-зомбылық көрген болуы мүмкін екенін есте ұстау."
            ),
            (
                "Қиын сұрақтарға және ересек адамның өз басынан өткен зорлық-зомбылық туралы айтқанына өз рөліңіз "
                "шегінде сабырмен ден қою."
            ),
            (
                "Қатысуды дұрыс белгілеу, сабақтан кейін қатысушылармен байланыс сақтау және каскадтың әр "
                "сатысында мазмұнның «сұйылуына» жол бермеу."
            ),
        ],
        "ru": [
            "Готовить очное занятие, безопасное для участников и точно следующее содержанию курса.",
            (
                "Устанавливать правила работы группы и поддерживать безопасное пространство, помня, что у "
                "некоторых участников может быть личный опыт насилия."
            ),
            (
                "Спокойно и в рамках своей роли отвечать на трудные вопросы и реагировать, если взрослый "
                "рассказывает о пережитом насилии."
            ),
            (
                "Точно отмечать посещаемость, поддерживать связь с участниками после занятия и не допускать "
                "«размывания» содержания на шагах каскада."
            ),
        ],
        "en": [
            "Prepare a face-to-face session that is safe for participants and faithful to the course.",
            (
                "Set ground rules and keep a safe space, remembering that some participants may have personal "
                "experience of abuse."
            ),
            (
                "Respond calmly, and within your role, to difficult questions and to adults who disclose their own "
                "experience of abuse."
            ),
            (
                "Record attendance accurately, follow up with participants and limit the “dilution” of the message "
                "down the cascade."
            ),
        ],
    },
    "lessons": [
        l1.LESSON,
        l2.LESSON,
        l3.LESSON,
        l4.LESSON,
    ],
}
