CONTACTS = [
    {
        "key": "police",
        "region_code": None,
        "phone": "102",
        "service": {
            "kk": "Полиция",
            "ru": "Полиция",
            "en": "Police",
        },
        "hours": {
            "kk": "Тәулік бойы",
            "ru": "Круглосуточно",
            "en": "24 hours",
        },
        "note": {
            "kk": "Балаға тікелей қауіп төніп тұрса, қоңырау шалыңыз.",
            "ru": "Звоните, если ребёнку угрожает непосредственная опасность.",
            "en": "Call when a child is in immediate danger.",
        },
    },
    {
        "key": "child-helpline",
        "region_code": None,
        "phone": "150",
        "service": {
            "kk": "Балалар мен жасөспірімдерге арналған ұлттық сенім телефоны",
            "ru": "Национальный телефон доверия для детей и подростков",
            "en": "National child helpline",
        },
        "hours": {
            "kk": "Тәулік бойы",
            "ru": "Круглосуточно",
            "en": "24 hours",
        },
        "note": {
            "kk": "Тегін және анонимді. Балалар да, бала үшін алаңдаған ересектер де хабарласа алады.",
            "ru": "Бесплатно и анонимно. Звонить могут и дети, и взрослые, которые беспокоятся о ребёнке.",
            "en": "Free and anonymous, for children and for adults worried about a child.",
        },
    },
    {
        "key": "family-centre",
        "region_code": None,
        "phone": "111",
        "service": {
            "kk": "Отбасы, әйелдер және балалар құқықтарын қорғау мәселелері жөніндегі байланыс орталығы",
            "ru": "Контакт-центр по вопросам семьи, защиты прав женщин и детей",
            "en": "Family and children's contact centre",
        },
        "hours": {
            "kk": "Тәулік бойы",
            "ru": "Круглосуточно",
            "en": "24 hours",
        },
        "note": {
            "kk": "Тегін. Отбасы мәселелері мен бала құқықтарын қорғау бойынша кеңес және психологиялық қолдау.",
            "ru": "Бесплатно. Консультации и психологическая поддержка по вопросам семьи и защиты прав детей.",
            "en": ("Free advice and psychological support on family matters and the protection of children's rights."),
        },
    },
]
