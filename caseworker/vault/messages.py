"""The vault's sentences for a caseworker, in one place so that they read alike."""

from __future__ import annotations

from pathlib import Path

from caseworker.i18n import translate


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
