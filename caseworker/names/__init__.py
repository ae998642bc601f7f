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

__all__ = [
    "KEY_SYMBOLS",
    "KEY_VERSION",
    "MAX_KEY_LENGTH",
    "NameField",
    "close",
    "compact",
    "name_key",
    "name_keys",
]
