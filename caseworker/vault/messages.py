"""The vault's sentences for a caseworker, in one place so that they read alike."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.i18n import translate
from caseworker.vault.names import visible_name

if TYPE_CHECKING:
    from caseworker.vault.leftovers import UnfinishedCopy
    from caseworker.vault.verify import UnreferencedFile, VaultFault

#: A value from the database shown in a sentence is cut to this many characters.
_SHOWN_CHARS = 80


def human_size(size: int) -> str:
    """A size as people say it: 812 bytes, 3.4 MB, 1.2 GB."""
    if size < 1024:
        return translate("Evidence", "{count} bytes").format(count=size)
    value = float(size)
    for unit in (
        translate("Evidence", "KB"),
        translate("Evidence", "MB"),
        translate("Evidence", "GB"),
    ):
        value /= 1024
        if value < 1024:
            return f"{value:.1f} {unit}"
    terabytes = translate("Evidence", "TB")
    return f"{value / 1024:.1f} {terabytes}"


def _reason(error: OSError | None) -> str:
    if error is None:
        return translate("Evidence", "it is not a folder")
    return error.strerror or str(error)


def vanished(source: Path) -> str:
    return translate(
        "Evidence", "The file “{name}” cannot be found (it may have been moved or deleted)."
    ).format(name=source.name)


def unreadable(source: Path, error: OSError) -> str:
    return translate(
        "Evidence", "The file “{name}” cannot be read: {reason}. Nothing was stored."
    ).format(name=source.name, reason=_reason(error))


def changed(source: Path) -> str:
    return translate(
        "Evidence",
        "The file “{name}” changed while it was being copied (it grew, shrank or was "
        "rewritten); it may still be downloading or being saved by another program. Wait "
        "until it is complete, then add it again. Nothing was stored.",
    ).format(name=source.name)


def is_folder(source: Path) -> str:
    return translate(
        "Evidence", "“{name}” is a folder. Choose the files inside it instead."
    ).format(name=source.name)


def not_regular(source: Path) -> str:
    return translate(
        "Evidence", "“{name}” is not an ordinary file (a device or a pipe) and cannot be kept."
    ).format(name=source.name)


def empty(source: Path) -> str:
    return translate(
        "Evidence",
        "The file “{name}” is empty (0 bytes), so it holds no evidence; it is probably an "
        "unfinished download or copy. Ask for the file again. Nothing was stored.",
    ).format(name=source.name)


def not_enough_space(source: Path, size: int, free: int, root: Path) -> str:
    return translate(
        "Evidence",
        "There is not enough free space to keep “{name}” ({size}): the disk of the evidence "
        "folder {folder} has {free} free. Free some space, then add the file again. "
        "Nothing was stored.",
    ).format(name=source.name, size=human_size(size), free=human_size(free), folder=root)


def not_writable(root: Path, error: OSError | None) -> str:
    return translate(
        "Evidence",
        "The evidence folder {folder} cannot be written to ({reason}). Ask whoever looks "
        "after this computer to give you write access to it. Nothing was stored.",
    ).format(folder=root, reason=_reason(error))


def cancelled(source: Path) -> str:
    return translate("Evidence", "Adding “{name}” was cancelled. Nothing was stored.").format(
        name=source.name
    )


def stored_missing(sha256: str) -> str:
    return translate(
        "Evidence", "The stored file with SHA-256 {sha256} is missing from the evidence folder."
    ).format(sha256=sha256)


def stored_altered(sha256: str) -> str:
    return translate(
        "Evidence",
        "The stored file with SHA-256 {sha256} has been altered: its content no longer "
        "matches its hash.",
    ).format(sha256=sha256)


def _shown(value: str) -> str:
    """A name or value from the database as a sentence can show it: spelt out, cut short."""
    value = visible_name(value)
    return value if len(value) <= _SHOWN_CHARS else value[: _SHOWN_CHARS - 1] + "…"


def _list_fault_message(fault: VaultFault) -> str:
    template = {
        "missing": translate(
            "Integrity",
            "The file of the published list “{lists}” is missing from the evidence folder; "
            "importing the same file again restores it.",
        ),
        "altered": translate(
            "Integrity",
            "The file of the published list “{lists}” has been altered: its SHA-256 is no "
            "longer {sha256}; importing the original file again repairs it.",
        ),
        "unreadable": translate(
            "Integrity",
            "The file of the published list “{lists}” cannot be read in the evidence folder.",
        ),
        "bad_hash": translate(
            "Integrity",
            "The published list “{lists}” has no valid SHA-256 in the database (“{sha256}”), "
            "so its file cannot be found or checked.",
        ),
        "size_changed": translate(
            "Integrity",
            "The file of the published list “{lists}” is recorded with a size of {recorded}, "
            "but its stored file has {stored}.",
        ),
        "other_key": translate(
            "Integrity",
            "The file of the published list “{lists}” cannot be opened with this database's "
            "key: it was encrypted for another database, or its beginning has been damaged; "
            "importing the original file again repairs it.",
        ),
    }[fault.state]
    if fault.state == "altered" and fault.part is not None:
        template = translate(
            "Integrity",
            "The file of the published list “{lists}” has been altered or damaged: part "
            "{part} of it no longer matches its SHA-256 {sha256}; importing the original "
            "file again repairs it.",
        )
    bytes_ = translate("Evidence", "{count} bytes")
    return template.format(
        lists="”, “".join(_shown(name) for name in fault.lists),
        sha256=_shown(fault.sha256),
        part=fault.part,
        recorded=bytes_.format(count=fault.recorded_size),
        stored=bytes_.format(count=fault.stored_size),
    )


def fault_message(fault: VaultFault) -> str:
    """The integrity check's sentence for an item or a published list whose stored file is
    not as recorded (a file both use is named by its items: restoring them restores it)."""
    if fault.lists and not fault.names:
        return _list_fault_message(fault)
    template = {
        "missing": translate(
            "Integrity",
            "Evidence “{names}” (case {cases}) is missing from the evidence folder; adding "
            "the original file to the case again restores it.",
        ),
        "altered": translate(
            "Integrity",
            "Evidence “{names}” (case {cases}) has been altered: its SHA-256 is no longer "
            "{sha256}; adding the original file to the case again repairs it.",
        ),
        "unreadable": translate(
            "Integrity", "Evidence “{names}” (case {cases}) cannot be read in the evidence folder."
        ),
        "bad_hash": translate(
            "Integrity",
            "Evidence “{names}” (case {cases}) has no valid SHA-256 in the database "
            "(“{sha256}”), so its file cannot be found or checked.",
        ),
        "size_changed": translate(
            "Integrity",
            "Evidence “{names}” (case {cases}) is recorded with a size of {recorded}, but its "
            "stored file has {stored}.",
        ),
        "other_key": translate(
            "Integrity",
            "Evidence “{names}” (case {cases}) cannot be opened with this database's key: its "
            "stored file was encrypted for another database, or its beginning has been "
            "damaged; adding the original file to the case again repairs it.",
        ),
    }[fault.state]
    if fault.state == "altered" and fault.part is not None:
        template = translate(
            "Integrity",
            "Evidence “{names}” (case {cases}) has been altered or damaged: part {part} of "
            "its stored file no longer matches its SHA-256 {sha256}; adding the original "
            "file to the case again repairs it.",
        )
    bytes_ = translate("Evidence", "{count} bytes")
    return template.format(
        names="”, “".join(_shown(name) for name in fault.names),
        cases=", ".join(fault.cases),
        sha256=_shown(fault.sha256),
        part=fault.part,
        recorded=bytes_.format(count=fault.recorded_size),
        stored=bytes_.format(count=fault.stored_size),
    )


def _unencrypted_message(found: UnreferencedFile) -> str:
    if found.added_as:
        return translate(
            "Integrity",
            "The encrypted evidence folder holds an unencrypted file that no evidence item "
            "refers to: {path} ({size}, added as “{name}”). Whoever can read the disk can "
            "read it: delete it once you are sure it is not needed.",
        ).format(path=_shown(found.path), size=human_size(found.size), name=_shown(found.added_as))
    return translate(
        "Integrity",
        "The encrypted evidence folder holds an unencrypted file that no evidence item refers "
        "to: {path} ({size}). Whoever can read the disk can read it: delete it once you are "
        "sure it is not needed.",
    ).format(path=_shown(found.path), size=human_size(found.size))


def unreferenced_message(found: UnreferencedFile) -> str:
    """The integrity check's sentence for a file in the vault that no item refers to."""
    if found.unencrypted:
        return _unencrypted_message(found)
    if found.added_as:
        return translate(
            "Integrity",
            "The evidence folder holds a file that no evidence item refers to: {path} "
            "({size}, added as “{name}”).",
        ).format(path=_shown(found.path), size=human_size(found.size), name=_shown(found.added_as))
    return translate(
        "Integrity",
        "The evidence folder holds a file that no evidence item refers to: {path} ({size}).",
    ).format(path=_shown(found.path), size=human_size(found.size))


def _when(copy: UnfinishedCopy) -> str:
    return copy.modified.astimezone().strftime("%Y-%m-%d %H:%M")


def unfinished_message(copy: UnfinishedCopy) -> str:
    """The integrity check's sentence for a temporary that no copy is writing any more."""
    return translate(
        "Integrity",
        "An interrupted addition left an unfinished copy in the evidence folder: {name} "
        "({size}, last written {when}); nothing refers to it, and “evidence clean” "
        "removes it.",
    ).format(name=_shown(copy.path.name), size=human_size(copy.size), when=_when(copy))


def kept_message(copy: UnfinishedCopy, minutes: int) -> str:
    """Why the clean-up left a temporary where it is."""
    if copy.in_use:
        return translate(
            "Evidence", "Left in place, as a file is being copied into it now: {name} ({size})."
        ).format(name=_shown(copy.path.name), size=human_size(copy.size))
    return translate(
        "Evidence",
        "Left for now, as it was written in the last {minutes} minutes and may belong to an "
        "addition still under way in another window or on another computer: {name} "
        "({size}, last written {when}).",
    ).format(
        minutes=minutes, name=_shown(copy.path.name), size=human_size(copy.size), when=_when(copy)
    )


def cleaned_message(count: int, size: int) -> str:
    return translate(
        "Evidence", "Unfinished copies removed from the evidence folder: {count} ({size})."
    ).format(count=count, size=human_size(size))
