"""LibreOffice Calc opens a protected workbook with its password, and not without it.

``soffice --convert-to`` has no way to give a document's password (LibreOffice 7.4: neither
``--infilter`` options nor anything else), and the Basic interpreter is not in the "nogui"
packages CI installs, so Calc is driven through UNO: the system's Python with LibreOffice's
``uno`` module (Debian's ``python3-uno``) starts a headless ``soffice``, loads the workbook
with the ``Password`` property as Calc's own dialog would give it, and prints the Cases
sheet's cells as Calc read them. Where ``python3-uno`` is missing the test is skipped; then
check by hand: open a workbook exported with "Protect with a password" in Calc, which asks
for the password and shows the cases.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.libreoffice import IN_CI, SOFFICE
from tests.xlsx.conftest import export

PASSWORD = "Пароль для юриста 7"
DISTINCTIVE = "Зябликова-Щеглецкая"
#: The system's Python, where LibreOffice's ``uno`` module is installed (not in the venv).
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/usr/local/bin")


def _has_uno() -> bool:
    if SOFFICE is None or SYSTEM_PYTHON is None:
        return False
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False, timeout=60
    )
    return found.returncode == 0


# Never skipped in CI: .ci/run installs python3-uno with LibreOffice.
pytestmark = pytest.mark.skipif(
    not _has_uno() and not IN_CI,
    reason="LibreOffice with python3-uno is not installed; check by hand",
)

# Run by the system's Python: soffice SOURCE PASSWORD PROFILE-URL PIPE-NAME; prints the Cases
# sheet as JSON, or exits 3 when Calc could not load the workbook.
CALC_READS = r"""
import json, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

soffice, source, password, profile, pipe = sys.argv[1:6]
office = subprocess.Popen(
    [soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore", "--nologo",
     "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
)


def prop(name, value):
    made = PropertyValue()
    made.Name, made.Value = name, value
    return made


try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            context = resolver.resolve(
                "uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.25)
    else:
        sys.exit(4)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    options = [prop("Hidden", True)]
    if password:
        options.append(prop("Password", password))
    try:
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source), "_blank", 0, tuple(options))
    except Exception:
        document = None
    if document is None or not hasattr(document, "Sheets"):
        code = 3
    else:
        sheet = document.Sheets.getByName("Cases")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        cells = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray
        print(json.dumps([list(row) for row in cells], ensure_ascii=False))
        document.close(True)
        code = 0
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(60)
    except subprocess.TimeoutExpired:
        office.kill()
sys.exit(code)
"""


def calc_reads(path: Path, password: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """What LibreOffice Calc reads on the Cases sheet of ``path`` opened with ``password``."""
    assert SOFFICE is not None and SYSTEM_PYTHON is not None
    script = folder / "calc_reads.py"
    script.write_text(CALC_READS, encoding="utf-8")
    profile = (folder / "calc-profile").as_uri()
    pipe = f"caseworker-{folder.name}"
    return subprocess.run(
        [SYSTEM_PYTHON, str(script), SOFFICE, str(path), password, profile, pipe],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip


def test_calc_opens_the_protected_workbook_with_its_password(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        reference = cases.create_case(session, ACTOR, family_name=DISTINCTIVE).reference
    path = export(database, tmp_path / "Для юриста.xlsx", password=PASSWORD)
    opened = calc_reads(path, PASSWORD, tmp_path)
    assert opened.returncode == 0, opened.stderr
    rows = json.loads(opened.stdout)
    family = rows[0].index("Family")
    assert [row[family] for row in rows[1:]] == [DISTINCTIVE]
    assert reference in {str(cell) for row in rows for cell in row}
    # Without the password, or with another, Calc opens nothing.
    assert calc_reads(path, "", tmp_path).returncode == 3
    assert calc_reads(path, "не тот пароль", tmp_path).returncode == 3
