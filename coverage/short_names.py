"""Short region names for the map's tiles and the chart rows, where the full name does not fit
("Солтүстік Қазақстан облысы" on a tile a few centimetres wide on a phone). Written per language
as the region's own names are (Region.name_kk, name_ru, name_en): the forms people there write,
with the usual abbreviations (БҚО/ЗКО, СҚО/СКО, ШҚО/ВКО; «обл.», «қ.», «г.»). In Russian the
regions formed in 2022 keep their Kazakh letters, as their official names do («область Жетісу»,
«область Ұлытау»), so a tile and the table row beside it spell the region alike."""

from django.utils.translation import get_language

SHORT_NAMES = {
    # code: (Kazakh, Russian, English)
    "KZ-10": ("Абай", "Абай", "Abai"),
    "KZ-11": ("Ақмола", "Акмола", "Akmola"),
    "KZ-15": ("Ақтөбе", "Актобе", "Aktobe"),
    "KZ-19": ("Алматы обл.", "Алматинская", "Almaty Reg."),
    "KZ-23": ("Атырау", "Атырау", "Atyrau"),
    "KZ-27": ("БҚО", "ЗКО", "West Kaz."),
    "KZ-31": ("Жамбыл", "Жамбыл", "Zhambyl"),
    "KZ-33": ("Жетісу", "Жетісу", "Jetisu"),
    "KZ-35": ("Қарағанды", "Караганда", "Karaganda"),
    "KZ-39": ("Қостанай", "Костанай", "Kostanay"),
    "KZ-43": ("Қызылорда", "Кызылорда", "Kyzylorda"),
    "KZ-47": ("Маңғыстау", "Мангистау", "Mangystau"),
    "KZ-55": ("Павлодар", "Павлодар", "Pavlodar"),
    "KZ-59": ("СҚО", "СКО", "North Kaz."),
    "KZ-61": ("Түркістан", "Туркестан", "Turkistan"),
    "KZ-62": ("Ұлытау", "Ұлытау", "Ulytau"),
    "KZ-63": ("ШҚО", "ВКО", "East Kaz."),
    "KZ-71": ("Астана", "Астана", "Astana"),
    "KZ-75": ("Алматы қ.", "г. Алматы", "Almaty city"),
    "KZ-79": ("Шымкент", "Шымкент", "Shymkent"),
}
LANGUAGES = ("kk", "ru", "en")


def short_name(code, language=None):
    """The region's short name in the language of the page; its code for a code not listed."""
    names = SHORT_NAMES.get(code)
    if names is None:
        return code
    language = (language or get_language() or "kk")[:2]
    return names[LANGUAGES.index(language)] if language in LANGUAGES else names[0]
