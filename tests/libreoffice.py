"""LibreOffice for the tests that read workbooks back as Calc does.

Where LibreOffice is missing those tests are skipped, except in CI: ``.ci/run`` installs it,
so there a missing ``soffice`` fails the tests rather than skipping them unseen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: Mark a module or test that needs LibreOffice (``pytestmark = needs_libreoffice``).
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None and not IN_CI, reason="LibreOffice is not installed"
)


def _has_writer() -> bool:
    """Whether LibreOffice's Writer is installed beside ``soffice`` (Calc alone cannot open
    a letter)."""
    if SOFFICE is None:
        return False
    program = Path(os.path.realpath(SOFFICE)).parent
    return any(program.glob("*swlo.*"))


#: Mark a test that needs LibreOffice Writer (letters as PDF).
needs_writer = pytest.mark.skipif(
    not _has_writer() and not IN_CI, reason="LibreOffice Writer is not installed"
)


def converted_by_calc(path: Path, target: str, folder: str) -> Path:
    """``path`` converted by LibreOffice Calc to ``target`` (an extension with its filter,
    "xlsx:Calc MS Excel 2007 XML" or "pdf") in the folder ``folder`` beside it."""
    assert SOFFICE is not None, "LibreOffice is not installed (CI installs it: .ci/run)"
    out = path.parent / folder
    profile = path.parent / "calc-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / path.with_suffix("." + target.partition(":")[0]).name
