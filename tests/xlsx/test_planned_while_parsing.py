"""An import is planned partly while python-calamine still parses the last sheets: the stored
records of the tables the workbook covers are read whole then, and the sheets already read
are planned. The plan is the same as one planned after reading, key by key; a refusal is
the one the reader makes in the order of the sheets."""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from caseworker.db import Database
from caseworker.synth import synthesize
from caseworker.xlsx import ImportPlan, ImportRefused, plan_import, read_workbook
from caseworker.xlsx.importing import calamine_queue, lookups, planner
from caseworker.xlsx.importing.calamine_sheets import PartValues, SheetPart, part_values
from tests.xlsx.conftest import edit, export, new_case, set_cell


@contextmanager
def slow_calamine(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """calamine parses the first part it is given (of the biggest sheet, Reports) only once
    the planner has begun (at most 10 s later), the others at once, as on a big workbook;
    the event says the planner began."""
    begun = threading.Event()
    parses = itertools.count()
    parse, plan_sheets = part_values, planner._Planner.plan_sheets

    def slow_parse(part: SheetPart) -> PartValues:
        if next(parses) == 0:
            begun.wait(10)
        return parse(part)

    def planned_early(self: Any, whole: bool) -> None:
        plan_sheets(self, whole)
        if not whole:
            begun.set()

    with monkeypatch.context() as patched:
        patched.setattr(calamine_queue, "part_values", slow_parse)
        patched.setattr(planner._Planner, "plan_sheets", planned_early)
        yield begun


@pytest.fixture
def edited(database: Database, tmp_path: Path) -> Path:
    """The export of six synthetic cases, then edited: a place changed, a relative's row
    deleted, a case typed in, a date that is no date."""
    synthesize(database, 6, 16, actor="tester")
    path = export(database, tmp_path / "all.xlsx")

    def changes(workbook: Workbook) -> None:
        set_cell(workbook["Reports"], 2, "Place", "Новая Слобода")
        set_cell(workbook["Reports"], 3, "Received on", "31.02.2026")
        workbook["Relatives"].delete_rows(3)
        new_case(workbook, "2026-9999", "Шумовы", "Шумов", "Алексей")

    edit(path, changes)
    return path


def planned(database: Database, source: Any, whole: bool | None, monkeypatch: Any) -> ImportPlan:
    """The plan, the stored tables read whole always, never (key by key), or when they pay
    (``whole`` None)."""
    with monkeypatch.context() as patched:
        if whole is not None:
            patched.setattr(lookups, "whole_table_pays", lambda *_: whole)
        with database.read() as session:
            return plan_import(session, source)


@pytest.mark.parametrize("whole", [None, True, False], ids=["when it pays", "always", "never"])
def test_the_plan_begun_while_calamine_parses_is_the_plan_made_after(
    database: Database,
    edited: Path,
    whole: bool | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    after_reading = planned(database, read_workbook(edited), False, monkeypatch)
    with slow_calamine(monkeypatch) as begun:
        while_parsing = planned(database, edited, whole, monkeypatch)
        assert begun.is_set()
    assert while_parsing == after_reading
    assert after_reading.updated == 1 and after_reading.created == 2
    assert len(after_reading.errors) == 1 and len(after_reading.missing) == 1


def test_every_table_is_read_whole_for_a_whole_export(database: Database, tmp_path: Path) -> None:
    synthesize(database, 4, 7, actor="tester")
    path = export(database, tmp_path / "all.xlsx")
    with database.read() as session:
        tables = lookups.WholeTables(session)
        data = read_workbook(path)
        tables.read({name: len(sheet.rows) for name, sheet in data.sheets.items()})
        for name in ("Cases", "Relatives", "Persons", "Reports"):
            stored = tables.get(name)
            assert stored is not None
            assert {values[0] for _, values in data.sheets[name].rows} == set(stored.rows)
        # A workbook of a few rows against many records: looked up by key.
        assert not lookups.whole_table_pays(session, "Reports", 2)


def test_an_earlier_sheets_refusal_comes_first(database: Database, edited: Path) -> None:
    def both_wrong(workbook: Workbook) -> None:
        workbook["Cases"]["B1"] = "Фамилия семьи?"  # calamine reads it, then it is refused
        set_cell(workbook["Reports"], 2, "Place", "=1+1")  # the XML reader refuses it

    edit(edited, both_wrong)
    # The Reports sheet, the biggest, is read first; the refusal said is still the Cases one.
    with database.read() as session, pytest.raises(ImportRefused, match=r"Cases.*header"):
        plan_import(session, edited)


def test_the_planner_and_its_rows_go_with_the_plan(database: Database, edited: Path) -> None:
    """Nothing of the planning is left in a reference cycle: its rows and the stored
    records are freed when the plan is made, not by the cyclic collector later (a third of
    a second after planning 100,000 reports)."""
    gc.collect()
    gc.disable()
    try:
        with database.read() as session:
            made = plan_import(session, edited)
        left = [found for found in gc.get_objects() if isinstance(found, planner._Planner)]
    finally:
        gc.enable()
    assert made.updated == 1 and left == []
