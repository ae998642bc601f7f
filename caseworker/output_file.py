"""Where a command may write a file: over a regular file, or under a new name in a folder that
exists. Anything else (a folder, a device, a named pipe, a missing folder) is refused with a
sentence before any work starts; a device or pipe would otherwise be replaced by the file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from caseworker.errors import ValidationError
from caseworker.i18n import translate


def output_file(path: str | os.PathLike[str]) -> Path:
    """``path`` as a file that may be written (and replaced), or :class:`ValidationError`."""
    if not str(path).strip():
        raise ValidationError(translate("Files", "No file name was given."), field="path")
    target = Path(path).expanduser()
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise _refused(
            translate("Files", "“{path}” cannot be used: {reason}"), target, error.strerror
        ) from error
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise _refused(
                translate("Files", "“{path}” is a folder; give the name of a file in it."), target
            )
        if not stat.S_ISREG(mode):
            raise _refused(
                translate(
                    "Files",
                    "“{path}” is not an ordinary file (a device, a pipe or a socket); give "
                    "the name of a file.",
                ),
                target,
            )
        return target
    folder = target.parent
    if not folder.is_dir():
        raise _refused(
            translate("Files", "The folder of “{path}” does not exist: {folder}"), target
        )
    if not os.access(folder, os.W_OK):
        raise _refused(translate("Files", "The folder {folder} cannot be written to."), target)
    return target


def _refused(template: str, target: Path, reason: str | None = None) -> ValidationError:
    return ValidationError(
        template.format(path=target, folder=target.parent, reason=reason or ""), field="path"
    )
