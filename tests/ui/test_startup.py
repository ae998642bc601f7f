"""What the start loads: the window comes up without the workbook code, openpyxl or Alembic,
nor the matcher, its name tables, rapidfuzz and the published lists' code, nor the letters'
rendering (docxtpl, Jinja, python-docx).

Each of them costs a noticeable part of a second on a slow machine; they load when the
caseworker first exports or imports a workbook or a list, matches a list or looks for
duplicates, or when an old database is upgraded.
"""

from __future__ import annotations

import json
from pathlib import Path

from caseworker.db import Database
from caseworker.services import cases
from caseworker.services.matching.links import link_persons
from tests.conftest import (
    ACTOR,
    PASSPHRASE_VARIABLE,
    add_person,
    is_suite_protected,
    suite_passphrase_file,
)
from tests.python_snippet import run_python

#: Loaded when the caseworker first imports or matches a list or looks for duplicates: the
#: matcher, the name tables, its services and the lists' reading (rapidfuzz too). The menu's
#: actions for them (ui.lists.actions, ui.matching.review_actions, ui.matching.duplicates_actions)
#: and the case view's links (caseworker.services.person_links) import them lazily.
LATER = (
    "caseworker.matching",
    "caseworker.names.tables",
    "caseworker.services.matching",
    "caseworker.lists",
)

START = """
import json, sys
import ui.app
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication(["caseworker", "-platform", "offscreen"])
keys = None
if ui.app.protected_file(sys.argv[1]) is not None:  # unlocked as the unlock dialog would
    import os
    from pathlib import Path
    from caseworker.security import unlock
    passphrase = Path(os.environ["CASEWORKER_PASSPHRASE_FILE"]).read_text("utf-8").splitlines()[0]
    keys = unlock(sys.argv[1], passphrase).keys
from caseworker.db import open_database
database = open_database(sys.argv[1], keys=keys)
from ui.main_window import MainWindow
from ui.changes import ChangeNotifier
from ui.context import AppContext
window = MainWindow(AppContext(database, "tester", ChangeNotifier(), QUndoStack()))
window.show()
app.processEvents()
at_start = list(sys.modules)
import PySide6.QtWidgets
# PySide builds a widget class's Python type when it is imported by name, or when asked for
# the type of a widget it has not seen (ui.widgets.viewport): at start, neither the classes
# the program never uses nor the dialogs' it uses later.
later_types = ("QWizard", "QColorDialog", "QFontDialog", "QMdiArea", "QLCDNumber", "QDockWidget",
    "QFileDialog", "QInputDialog", "QSpinBox", "QDialogButtonBox")
built = [name for name in later_types if name in vars(PySide6.QtWidgets)]
for case_id in sys.argv[2:]:  # then open a case, as the caseworker does next
    window.open_case(int(case_id))
    app.processEvents()
names = list(sys.modules)
from caseworker.deferred_modules import DEFERRED, is_deferred
print(json.dumps({
    "deferred": [name for name in DEFERRED if is_deferred(name)],
    "at_start": at_start,
    "widget_types_built": built,
    "loaded": names,
    "sqlalchemy_before_qt": names.index("sqlalchemy.orm") < names.index("PySide6"),
    "shown": window.shown_case_id,
    "tabs": window.case_view.tabs.count() if window.shown_case_id else 0,
}))
database.dispose()
"""


def start(tmp_path: Path, database: Path, *case_ids: int) -> dict[str, object]:
    """Start the window on ``database`` in a new process (unlocked with the suite's passphrase
    when it carries the suite's keys file) and open the cases; what it loaded."""
    environment = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    if is_suite_protected(database):
        environment[PASSPHRASE_VARIABLE] = str(suite_passphrase_file())
    result = run_python(
        START, str(database), *map(str, case_ids), environment=environment, timeout=300
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return loaded


#: Loaded when a case is first shown: the case's page (ui.case_parts.page) with its header,
#: people lists, report table and panels (timeline, evidence, family log, inquiries, letters'
#: actions) and the services that read them, and what printing a case's summary needs
#: (ui.printing.print_actions imports it when asked to print).
WITH_A_CASE = (
    "ui.case_parts",
    "ui.report_table_model",
    "caseworker.services.report_rows",
    "caseworker.services.case_overview",
    "caseworker.services.person_links",
    "ui.timeline",
    "ui.evidence",
    "ui.family",
    "ui.inquiries",
    "ui.letters",
    "ui.printing.summary_document",
    "caseworker.services.case_summary",
)


#: Loaded at the first action on a case's records (the actions, their dialogs, their undo
#: commands and edits), at the first "Assign…", when the addressee directory first opens or
#: at the first print (Qt's printing module), or when Settings first opens.
ON_THE_FIRST_ACTION = (
    "PySide6.QtPrintSupport",
    "ui.case_actions",
    "ui.dialogs.record_dialog",
    "ui.undo_commands",
    "caseworker.services.edits",
    "ui.team.assign_dialog",
    "ui.addressees.addressees_window",
    "ui.dialogs.case_dialog",
    "ui.dialogs.person_dialog",
    "ui.dialogs.relative_dialog",
    "ui.dialogs.report_dialog",
    "ui.dialogs.retract_dialog",
    "ui.settings_dialog",
)


def _loaded(names: object, prefixes: tuple[str, ...]) -> list[str]:
    assert isinstance(names, list)
    return [
        name
        for name in names
        if any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)
    ]


def _unloaded(started: dict[str, object]) -> None:

    loaded = started["loaded"]
    assert isinstance(loaded, list)
    assert "openpyxl" not in loaded
    assert "alembic" not in loaded
    assert "caseworker.xlsx" not in loaded
    # Letters are rendered when the caseworker first writes one: docxtpl, Jinja, python-docx.
    assert not {"docxtpl", "jinja2", "docx", "caseworker.letters.render"} & set(loaded)
    # The translations' XML sources are read by the command line only (the window: .qm).
    at_start = started["at_start"]
    assert isinstance(at_start, list)
    assert "xml.etree.ElementTree" not in at_start
    # The record dialogs load with the first action on a case's records (ui.case_actions).
    assert _loaded(at_start, ON_THE_FIRST_ACTION) == []
    heavy = [
        name
        for name in loaded
        if name.split(".")[0] == "rapidfuzz"
        or any(name == prefix or name.startswith(prefix + ".") for prefix in LATER)
    ]
    assert heavy == []
    assert started["sqlalchemy_before_qt"] is True
    # asyncio and importlib.metadata, which SQLAlchemy imports, stay unloaded (a stand-in).
    assert started["deferred"] == ["asyncio", "importlib.metadata"]
    # No viewport() made PySide build the Python type of every widget class (~15 ms here).
    assert started["widget_types_built"] == []


def test_the_window_opens_a_new_database_without_workbook_code_alembic_or_the_matcher(
    tmp_path: Path,
) -> None:
    _unloaded(start(tmp_path, tmp_path / "new.sqlite"))


def test_cases_with_linked_persons_open_without_the_matcher(
    tmp_path: Path, db_path: Path, database: Database
) -> None:
    with database.write() as session:
        found, case_ids = [], []
        for family in ("Шумовы", "Шумовы (мать)"):
            case = cases.create_case(session, ACTOR, family_name=family)
            case_ids.append(case.id)
            found.append(add_person(session, case.id, "Шумов Алексей", birth_date="1990").id)
        link_persons(session, ACTOR, found[0], found[1], True, "Один личный номер")
    database.dispose()

    _unloaded(start(tmp_path, db_path, *case_ids))


def test_a_start_with_no_case_open_loads_no_case_panels_and_a_case_then_opens(
    tmp_path: Path, db_path: Path, database: Database
) -> None:
    with database.write() as session:
        case_id = cases.create_case(session, ACTOR, family_name="Шумовы").id
        add_person(session, case_id, "Шумов Алексей", birth_date="1990")
    database.dispose()

    started = start(tmp_path, db_path, case_id)
    assert _loaded(started["at_start"], WITH_A_CASE) == []
    # Opening the case then builds its page, panels and all.
    assert started["shown"] == case_id
    assert started["tabs"] == 6
    assert {
        "ui.case_parts.page",
        "ui.case_parts.people",
        "ui.report_table_model",
        "ui.timeline.timeline_panel",
        "ui.evidence.evidence_panel",
    } <= set(_loaded(started["loaded"], WITH_A_CASE))
