"""A whole name in one cell split into surname, given name and patronymic, in any order.

Russian lists write the surname first ("Шумов Алексей Викторович"); lists in Latin letters
often put the given name first ("Oleksii Shumov"). The rule:

1. The patronymic is a word that is a common patronymic in the shipped name tables, or ends
   as patronymics do (-ович, -евич, -ьич, -овна, -евна, -ична, -івна; -ovich, -ovych, -ivna,
   -ovna, -ichna, …), the last such word when there are several.
2. The given name is the word just before the patronymic; without a patronymic, the one
   word of the remaining two that is a common given name in the shipped tables while the
   other is not. A name of two words is never read as a patronymic (Иван Бабич).
3. Otherwise the surname comes first, then the given name. Every word left over (a double
   surname written with a space) belongs to the surname.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from caseworker.names import NameField, name_key

_PATRONYMIC_ENDINGS = re.compile(
    r"(ович|евич|івич|ьвич|ьич|овна|евна|івна|ична|інична|"
    r"ovich|evich|ovych|evych|ivich|ivych|ovitch|ovna|evna|ivna|ichna|inichna)$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\s,]+")


class SplitName(NamedTuple):
    surname: str
    given_name: str
    patronymic: str


def _known(word: str, field: NameField) -> bool:
    from caseworker.names.tables import known_keys

    key = name_key(word, field)
    return bool(key) and key in known_keys()[field]


def _is_patronymic(word: str) -> bool:
    return len(word) > 4 and (
        bool(_PATRONYMIC_ENDINGS.search(word)) or _known(word, NameField.PATRONYMIC)
    )


def split_full_name(text: str) -> SplitName:
    """The parts of a whole name (see the module's rule); empty parts for an empty text.

    Raises OSError or ValueError when the shipped name tables are missing or malformed.
    """
    words = [w for w in _WORDS.split(text.strip()) if w]
    if not words:
        return SplitName("", "", "")
    if len(words) == 1:
        return SplitName(words[0], "", "")
    patronymic_at = next(
        (i for i in range(len(words) - 1, -1, -1) if i > 0 and _is_patronymic(words[i])), None
    )
    if patronymic_at is not None and len(words) >= 3:
        given_at = patronymic_at - 1
        rest = [w for i, w in enumerate(words) if i not in (given_at, patronymic_at)]
        return SplitName(" ".join(rest), words[given_at], words[patronymic_at])
    first_given = _known(words[0], NameField.GIVEN)
    last_given = _known(words[-1], NameField.GIVEN)
    if first_given and not last_given:
        return SplitName(" ".join(words[1:]), words[0], "")
    return SplitName(" ".join([words[0], *words[2:]]), words[1], "")
