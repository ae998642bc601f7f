"""One key for a name in any spelling: Russian, Ukrainian and the Latin schemes in use.

Schemes named in the comments: ICAO = Russian passport since 2013 (ICAO Doc 9303);
KMU = the Ukrainian national 2010 scheme, also the Ukrainian passport and BGN/PCGN 2019;
BGN = BGN/PCGN for Russian; GOST-A / GOST-B = GOST 7.79-2000 systems A and B;
Wiki = Wikipedia style; ad hoc = spellings people make up.
"""

from __future__ import annotations

import pytest

from caseworker.names import (
    KEY_SYMBOLS,
    MAX_KEY_LENGTH,
    NameField,
    close,
    compact,
    name_key,
    name_keys,
)

GIVEN, PATRONYMIC, SURNAME = NameField.GIVEN, NameField.PATRONYMIC, NameField.SURNAME

SAME_KEY: list[tuple[NameField, list[str]]] = [
    # Russian, Ukrainian, KMU, ad hoc, Wiki/BGN, ICAO, GOST-B/A, ad hoc
    (GIVEN, ["Алексей", "Олексій", "Oleksii", "Oleksiy", "Aleksey", "Alexei", "Aleksei",
             "Aleksej", "Alexey", "Olexiy", "АЛЕКСЕЙ", "алексей"]),
    (GIVEN, ["Сергей", "Сергій", "Serhii", "Serhiy", "Sergey", "Sergei", "Sergej", "Sergii"]),
    (GIVEN, ["Александр", "Олександр", "Oleksandr", "Aleksandr", "Alexandr", "Olexandr"]),
    (GIVEN, ["Юрий", "Юрій", "Yurii", "Yuriy", "Iurii", "Yuri", "Yury", "Jurij"]),
    (GIVEN, ["Евгений", "Євген", "Yevhen", "Evgeny", "Yevgeny", "Evgenii", "Ievgen"]),
    (GIVEN, ["Вячеслав", "В'ячеслав", "В’ячеслав", "Viacheslav", "Vyacheslav", "Vjačeslav"]),
    (GIVEN, ["Илья", "Ілля", "Illia", "Ilya", "Il'ya", "Ilja"]),
    (GIVEN, ["Пётр", "Петр", "Петро", "Petro", "Pyotr", "Petr", "Piotr"]),
    (GIVEN, ["Фёдор", "Федор", "Федір", "Fedir", "Fyodor", "Fedor", "Fiodor"]),
    (GIVEN, ["Игорь", "Ігор", "Ihor", "Igor"]),
    (GIVEN, ["Глеб", "Гліб", "Hlib", "Gleb"]),
    (GIVEN, ["Егор", "Єгор", "Yehor", "Yegor", "Egor"]),
    # folk forms the dictionary lacks (overrides.json)
    (GIVEN, ["Ефим", "Юхим", "Yukhym", "Efim", "Yefim"]),
    (GIVEN, ["Фома", "Хома", "Khoma", "Foma"]),
    (GIVEN, ["Игнат", "Гнат", "Hnat", "Ignat"]),
    (GIVEN, ["Афанасий", "Опанас", "Opanas", "Afanasy"]),
    (GIVEN, ["Ефрем", "Охрім", "Okhrim", "Efrem"]),
    (GIVEN, ["Фаддей", "Тадей", "Tadei", "Faddei"]),
    (GIVEN, ["Гордей", "Гордій", "Hordii", "Gordei"]),
    (GIVEN, ["Еремей", "Єремій", "Yeremii", "Eremei"]),
    (GIVEN, ["Даниил", "Данило", "Данила", "Данил", "Danylo", "Daniil", "Danila"]),
    (PATRONYMIC, ["Алексеевич", "Олексійович", "Oleksiiovych", "Alekseevich", "Alekseyevich",
                  "Aleksejevič"]),
    (PATRONYMIC, ["Сергеевич", "Сергійович", "Serhiiovych", "Sergeevich", "Sergeyevich"]),
    (PATRONYMIC, ["Николаевич", "Миколайович", "Mykolaiovych", "Nikolaevich", "Nikolayevich"]),
    (PATRONYMIC, ["Григорьевич", "Григорович", "Hryhorovych", "Grigoryevich", "Grigor'evich"]),
    (PATRONYMIC, ["Ильич", "Ілліч", "Illich", "Ilyich", "Il'ich"]),
    (PATRONYMIC, ["Никитич", "Микитович", "Mykytovych", "Nikitich"]),
    (PATRONYMIC, ["Лазаревич", "Лазарович", "Lazarovych", "Lazarevich"]),
    (PATRONYMIC, ["Львович", "Левович", "Levovych", "Lvovich", "L'vovich"]),
    (GIVEN, ["Елена", "Олена", "Olena", "Yelena", "Elena"]),
    (GIVEN, ["Наталья", "Наталія", "Nataliia", "Natalya", "Natalia"]),
    (GIVEN, ["Надежда", "Надія", "Nadiia", "Nadezhda"]),
    (PATRONYMIC, ["Алексеевна", "Олексіївна", "Oleksiivna", "Alekseevna", "Alekseyevna"]),
    (PATRONYMIC, ["Ивановна", "Іванівна", "Ivanivna", "Ivanovna"]),
    (PATRONYMIC, ["Ильинична", "Іллівна", "Illivna", "Ilyinichna"]),
    (SURNAME, ["Шевченко", "Shevchenko", "Ševčenko", "ШЕВЧЕНКО"]),
    (SURNAME, ["Кузнецов", "Кузнєцов", "Kuznetsov", "Kuznietsov", "Kuznecov", "Kuzneczov"]),
    (SURNAME, ["Хорошилов", "Khoroshilov", "Horoshylov", "Xoroshilov", "Horošilov"]),
    (SURNAME, ["Ёлкин", "Елкин", "Yolkin", "Elkin", "Yelkin", "Jolkin", "Ëlkin", "Yëlkin"]),
    (SURNAME, ["Шумов", "Shumov", "Šumov", "шумов", "SHUMOV"]),
    (SURNAME, ["Ковалёв", "Ковальов", "Kovalev", "Kovalyov", "Kovaliov", "Kovalov"]),
    (SURNAME, ["Соловьёв", "Соловйов", "Solovyov", "Soloviev", "Solov'yëv", "Solovjov"]),
    (SURNAME, ["Журавлёв", "Журавльов", "Zhuravlev", "Zhuravlyov", "Žuravlev"]),
    (SURNAME, ["Григорьев", "Григор'єв", "Hryhoriev", "Grigoryev", "Grigoriev"]),
    (SURNAME, ["Щукин", "Shchukin", "Ščukin", "Shhukin"]),
    (SURNAME, ["Цой", "Tsoi", "Tsoy", "Coj", "Tcoi"]),
    (SURNAME, ["Алексеенко", "Олексієнко", "Oleksiienko", "Alekseenko", "Alekseyenko"]),
    (SURNAME, ["Гончаренко", "Honcharenko", "Goncharenko"]),
    (SURNAME, ["Ґудзь", "Гудзь", "Gudz", "Hudz"]),
    (SURNAME, ["Їжаков", "Ижаков", "Yizhakov", "Izhakov"]),
    (SURNAME, ["Пьяных", "П'яних", "Pianykh", "P'yanykh", "Pyanykh"]),
    (SURNAME, ["Шавчук", "Шаўчук"]),  # Belarusian ў
    (SURNAME, ["Петров-Водкин", "Петров Водкин", "ПетровВодкин", "Petrov-Vodkin"]),
    # ц before к, с before х, т before ц, as each scheme writes them
    (SURNAME, ["Троцкий", "Trotskii", "Trotsky", "Trockij", "Trotzki", "Trotskyi"]),
    (SURNAME, ["Исхаков", "Iskhakov", "Isxakov"]),
    (SURNAME, ["Братцев", "Brattsev", "Bratcev", "Bratzev"]),
    (GIVEN, ["Асхат", "Askhat", "Asxat"]),
    (SURNAME, ["Бєглов", "Biehlov", "Беглов", "Beglov"]),
    # GOST 7.79 B and the scholarly system write х as x (Alexei is кс, Mixail х)
    (GIVEN, ["Михаил", "Mixail", "Mikhail", "Михайло", "Mykhailo", "Myxajlo"]),
    (SURNAME, ["Захаров", "Zaxarov", "Zakharov"]),
    (GIVEN, ["Ксения", "Xenia", "Kseniya", "Ксенія"]),
    # a look-alike letter of the other script, typed or read by OCR
    (GIVEN, ["Сергей", "Cергей", "CЕРГЕЙ"]),  # Latin C, E
    (SURNAME, ["Петров", "Пeтpов", "Petrov", "Реtrov"]),  # Latin e, p; Cyrillic Р, е
    (SURNAME, ["Сидоренко", "Cидopeнкo", "Sidorenko", "Sidorenkо"]),
    (SURNAME, ["Хохлов", "Xохлов", "XОХЛОВ"]),  # Latin X
    (SURNAME, ["Николаев", "HИКОЛАЕВ", "Nikolaev"]),
    # GOST 16876-71: eh for э
    (GIVEN, ["Эдуард", "Ehduard", "Eduard"]),
]  # fmt: skip

DIFFERENT: list[tuple[NameField, str, str]] = [
    (GIVEN, "Алексей", "Александр"),
    (GIVEN, "Иван", "Ян"),
    (GIVEN, "Юлий", "Юрий"),
    (GIVEN, "Марат", "Мурат"),
    (GIVEN, "Ренат", "Ринат"),
    (GIVEN, "Анна", "Алла"),
    (PATRONYMIC, "Алексеевич", "Александрович"),
    (PATRONYMIC, "Алексеевич", "Алексеевна"),
    (SURNAME, "Жуков", "Зуков"),
    (SURNAME, "Шумов", "Шустов"),
]


@pytest.mark.parametrize(
    ("field", "spelling", "anchor"),
    [(field, spelling, group[0]) for field, group in SAME_KEY for spelling in group[1:]],
)
def test_every_spelling_of_a_name_gets_its_key(
    field: NameField, spelling: str, anchor: str
) -> None:
    assert name_key(spelling, field) == name_key(anchor, field)


@pytest.mark.parametrize(("field", "one", "other"), DIFFERENT)
def test_different_names_keep_different_keys(field: NameField, one: str, other: str) -> None:
    assert name_key(one, field) != name_key(other, field)


@pytest.mark.parametrize("text", ["", "   ", "-", "'", "123", "—"])
def test_a_name_without_letters_has_a_blank_key(text: str) -> None:
    assert compact(text) == ""
    assert name_key(text, SURNAME) == ""
    assert name_keys(text, SURNAME) == ()


def test_a_key_fits_the_key_column_whatever_the_name() -> None:
    long_name = "Юя" * 50  # 100 letters, each two symbols
    assert all(len(key) <= MAX_KEY_LENGTH for key in name_keys(long_name, SURNAME))
    assert all(len(key) <= MAX_KEY_LENGTH for key in name_keys(long_name + "-Ян", GIVEN))


def test_a_compound_surname_is_found_by_each_part_and_by_the_whole() -> None:
    keys = name_keys("Петров-Водкин", SURNAME)

    assert name_key("Петров", SURNAME) in keys
    assert name_key("Vodkin", SURNAME) in keys
    assert name_key("Петров Водкин", SURNAME) in keys
    assert len(keys) == 3


def test_a_simple_name_has_one_key() -> None:
    assert name_keys("Олексій", GIVEN) == (name_key("Алексей", GIVEN),)


def test_one_typo_in_a_surname_is_close() -> None:
    assert close(name_key("Шумов", SURNAME), name_key("Шумав", SURNAME), SURNAME)
    assert close(name_key("Шумов", SURNAME), name_key("Shumova", SURNAME), SURNAME)
    assert close(name_key("Кузнецов", SURNAME), name_key("Кузнецов", SURNAME), SURNAME)


def test_two_typos_in_a_surname_are_not_close() -> None:
    assert not close(name_key("Шумов", SURNAME), name_key("Шамав", SURNAME), SURNAME)


def test_two_known_given_names_a_letter_apart_are_not_close() -> None:
    assert not close(name_key("Иван", GIVEN), name_key("Ян", GIVEN), GIVEN)
    assert not close(name_key("Юлий", GIVEN), name_key("Юрий", GIVEN), GIVEN)
    assert not close(name_key("Ильич", PATRONYMIC), name_key("Лукич", PATRONYMIC), PATRONYMIC)
    assert not close(name_key("Анна", GIVEN), name_key("Алла", GIVEN), GIVEN)


def test_a_typo_in_a_known_given_name_is_close() -> None:
    assert close(name_key("Иван", GIVEN), name_key("Ивна", GIVEN), GIVEN)
    assert close(name_key("Сергей", GIVEN), name_key("Серей", GIVEN), GIVEN)
    assert close(name_key("Алексеевич", PATRONYMIC), name_key("Алаксеевич", PATRONYMIC), PATRONYMIC)


def test_a_blank_key_is_close_to_nothing() -> None:
    assert not close("", "", SURNAME)
    assert not close("", name_key("Шумов", SURNAME), SURNAME)


def test_keys_hold_only_the_key_symbols() -> None:
    spellings = [w for _, group in SAME_KEY for w in group] + ["Şevçenko", "Łukasz", "Ψ-ω"]
    used = {symbol for w in spellings for f in NameField for symbol in name_key(w, f)}

    assert used <= set(KEY_SYMBOLS)
