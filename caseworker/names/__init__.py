"""Names in any spelling: matching keys for surnames, given names and patronymics."""

from caseworker.names.keys import (
    KEY_SYMBOLS,
    KEY_VERSION,
    MAX_KEY_LENGTH,
    NameField,
    close,
    compact,
    name_key,
    name_keys,
)
from caseworker.names.typos import MAX_TYPO_KEY, one_typo_away

__all__ = [
    "KEY_SYMBOLS",
    "KEY_VERSION",
    "MAX_KEY_LENGTH",
    "MAX_TYPO_KEY",
    "NameField",
    "close",
    "compact",
    "name_key",
    "name_keys",
    "one_typo_away",
]
