"""Names for synthetic people: common Kazakh and Russian first names and family names, written
for this project. Every seeded person is fictitious."""

KAZAKH_WOMEN = [
    "Айгерім",
    "Әсел",
    "Гүлнар",
    "Дана",
    "Жанар",
    "Зарина",
    "Индира",
    "Камила",
    "Ләззат",
    "Мадина",
    "Нұргүл",
    "Салтанат",
    "Сәуле",
    "Толқын",
    "Ұлжан",
    "Шолпан",
    "Ақбота",
    "Аружан",
    "Балжан",
    "Динара",
]
KAZAKH_MEN = [
    "Айдос",
    "Асқар",
    "Бауыржан",
    "Дәулет",
    "Ерлан",
    "Жандос",
    "Қайрат",
    "Марат",
    "Нұрлан",
    "Олжас",
    "Руслан",
    "Серік",
    "Талғат",
    "Тимур",
    "Ұлан",
    "Арман",
    "Бекзат",
    "Ғалым",
    "Досжан",
    "Ермек",
]
KAZAKH_FAMILY = [
    "Ахметов",
    "Әбенов",
    "Бекмұхамбетов",
    "Жұмабаев",
    "Қасымов",
    "Мұқанов",
    "Нұрпейісов",
    "Оспанов",
    "Сейтқалиев",
    "Тоқтаров",
    "Омаров",
    "Сағындықов",
    "Кенжебаев",
    "Исабеков",
    "Байжанов",
    "Әлиев",
]
RUSSIAN_WOMEN = ["Анна", "Елена", "Ирина", "Наталья", "Ольга", "Светлана", "Татьяна", "Юлия", "Марина", "Галина"]
RUSSIAN_MEN = ["Алексей", "Андрей", "Виктор", "Дмитрий", "Игорь", "Олег", "Павел", "Сергей", "Юрий", "Николай"]
RUSSIAN_FAMILY = [
    "Иванов",
    "Кузнецов",
    "Попов",
    "Смирнов",
    "Соколов",
    "Волков",
    "Морозов",
    "Новиков",
    "Павлов",
    "Козлов",
]


def full_name(rng, russian):
    woman = rng.random() < 0.75  # most school teachers are women
    if russian:
        first = rng.choice(RUSSIAN_WOMEN if woman else RUSSIAN_MEN)
        family = rng.choice(RUSSIAN_FAMILY)
        return f"{family}{'а' if woman else ''} {first}"
    first = rng.choice(KAZAKH_WOMEN if woman else KAZAKH_MEN)
    family = rng.choice(KAZAKH_FAMILY)
    return f"{family}{'а' if woman else ''} {first}"
