"""The keys' errors, each with a sentence in the caseworker's language.

No message ever holds a passphrase, a recovery code or a key: only the keys file's path, a
count, or one mistyped character of a recovery code.
"""

from __future__ import annotations

from pathlib import Path

from caseworker.errors import CaseworkerError, ValidationError
from caseworker.i18n import translate


class KeysError(CaseworkerError):
    """Base of the keys' errors."""


class WrongPassphrase(KeysError):
    """The passphrase does not open the keys file; nothing on disk was changed."""

    def __init__(self) -> None:
        super().__init__(translate("Keys", "The passphrase is not right. Nothing was changed."))


class WrongRecoveryCode(KeysError):
    """A well-formed recovery code that is not this database's; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Keys",
                "This recovery code is not the one of this database (it may be an older "
                "one, replaced since). Nothing was changed.",
            )
        )


class RecoveryCodeTypo(KeysError):
    """A recovery code with a typo: a strange character, a wrong length, a failed check."""

    @classmethod
    def strange_character(cls, character: str) -> RecoveryCodeTypo:
        return cls(
            translate(
                "Keys",
                "A recovery code has only digits and Latin letters; “{character}” is not "
                "one of them. Check the code against the paper. Nothing was changed.",
            ).format(character=character)
        )

    @classmethod
    def wrong_length(cls, found: int, expected: int) -> RecoveryCodeTypo:
        return cls(
            translate(
                "Keys",
                "A recovery code has {expected} letters and digits; this one has {found}. "
                "Check the code against the paper. Nothing was changed.",
            ).format(expected=expected, found=found)
        )

    @classmethod
    def check_failed(cls) -> RecoveryCodeTypo:
        return cls(
            translate(
                "Keys",
                "The recovery code has a typo: check it group by group against the paper. "
                "Nothing was changed.",
            )
        )


class PassphraseTooShort(ValidationError):
    """A new passphrase that is empty or shorter than the minimum."""

    def __init__(self, minimum: int, empty: bool) -> None:
        text = (
            translate(
                "Keys", "The passphrase is empty. Choose one of at least {minimum} characters."
            )
            if empty
            else translate(
                "Keys",
                "The passphrase is too short. Choose one of at least {minimum} characters; "
                "a few words make a good one.",
            )
        )
        super().__init__(text.format(minimum=minimum), field="passphrase")


class KeysFileMissing(KeysError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Keys",
                "The keys file {path} is missing: without it the database cannot be opened. "
                "Put it back from a backup, beside the database.",
            ).format(path=path)
        )


class KeysFileExists(KeysError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Keys", "The database already has a keys file ({path}). Nothing was changed."
            ).format(path=path)
        )


class KeysFileDamaged(KeysError):
    """The keys file cannot be read as Caseworker's: damaged, cut short or another file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Keys",
                "The keys file {path} is damaged or is not a Caseworker keys file. Nothing "
                "was changed; put the keys file back from a backup.",
            ).format(path=path)
        )


class KeysFileTooNew(KeysError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Keys",
                "The keys file {path} was made by a newer version of Caseworker. Update "
                "Caseworker to open this database. Nothing was changed.",
            ).format(path=path)
        )


class KeysFileUnavailable(KeysError):
    """The keys file cannot be read or written (permissions, a full or read-only disk)."""

    @classmethod
    def unreadable(cls, path: Path, reason: str) -> KeysFileUnavailable:
        return cls(
            translate("Keys", "The keys file {path} cannot be read: {reason}").format(
                path=path, reason=reason
            )
        )

    @classmethod
    def unwritable(cls, path: Path, reason: str) -> KeysFileUnavailable:
        return cls(
            translate(
                "Keys", "The keys file {path} cannot be written: {reason}. Nothing was changed."
            ).format(path=path, reason=reason)
        )


class KeysDoNotMatch(KeysError):
    """An unlocked key given for another database's keys file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Keys",
                "The keys file {path} belongs to another database than the one unlocked. "
                "Nothing was changed.",
            ).format(path=path)
        )


class NoSuchSlot(KeysError):
    """The keys file has no slot of the kind asked for (no recovery code, no keyring)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Keys", "This database cannot be unlocked that way. Nothing was changed.")
        )
