"""A letter as PDF, made by LibreOffice Writer where it is installed (``soffice --headless
--convert-to pdf``); where it is not, or it fails, a sentence says why and the .docx stays."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from caseworker.i18n import translate
from caseworker.letters.errors import LetterError

#: Where LibreOffice puts soffice outside the PATH on macOS and Windows.
USUAL_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
TIMEOUT_SECONDS = 120


class PdfNotMade(LetterError):
    """No PDF was made; the .docx letter is there and can be sent or printed as it is."""


def find_soffice() -> str | None:
    """LibreOffice's ``soffice`` on the PATH or where it is usually installed, or None."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((place for place in USUAL_PLACES if os.path.isfile(place)), None)


def letter_pdf(
    letter: Path, *, soffice: str | None = None, timeout: float = TIMEOUT_SECONDS
) -> Path:
    """The PDF of the .docx ``letter``, written beside it under the same name; its path.

    Runs LibreOffice with a profile of its own, so that a Writer the caseworker has open
    neither blocks the conversion nor is touched by it. Raises :class:`PdfNotMade` with a
    sentence when LibreOffice is not installed, takes longer than ``timeout`` seconds or
    makes no PDF.
    """
    program = soffice or find_soffice()
    if program is None:
        raise PdfNotMade(
            translate("Letters", "No PDF was made: LibreOffice Writer is not installed. The "
                      "letter is ready as a Word document: {path}").format(path=letter)
        )  # fmt: skip
    target = letter.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="caseworker-pdf-") as scratch:
        profile = Path(scratch, "profile").as_uri()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", scratch, str(letter)]  # fmt: skip
        try:
            finished = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as error:
            raise PdfNotMade(
                translate("Letters", "No PDF was made: LibreOffice took longer than {seconds} "
                          "seconds. The letter is ready as a Word document: {path}")
                .format(seconds=int(timeout), path=letter)
            ) from error  # fmt: skip
        except OSError as error:
            raise PdfNotMade(
                translate("Letters", "No PDF was made: LibreOffice could not be started "
                          "({reason}). The letter is ready as a Word document: {path}")
                .format(reason=error.strerror or error, path=letter)
            ) from error  # fmt: skip
        made = Path(scratch, letter.with_suffix(".pdf").name)
        if not made.is_file() or made.stat().st_size == 0:
            if b"could not be loaded" in finished.stderr:  # LibreOffice without Writer
                raise PdfNotMade(
                    translate("Letters", "No PDF was made: LibreOffice cannot open the letter; "
                              "LibreOffice Writer may not be installed. The letter is ready "
                              "as a Word document: {path}").format(path=letter)
                )  # fmt: skip
            raise PdfNotMade(
                translate("Letters", "No PDF was made: LibreOffice could not convert the "
                          "letter. The letter is ready as a Word document: {path}")
                .format(path=letter)
            )  # fmt: skip
        partial = target.with_name(f".{target.name}.partial")
        try:
            shutil.copyfile(made, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    return target
