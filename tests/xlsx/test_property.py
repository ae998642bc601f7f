"""For any synthetic database, exporting and importing the workbook changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseworker.db import open_database
from caseworker.synth import synthesize
from caseworker.xlsx import plan_import, read_workbook
from tests.xlsx.conftest import export, import_all


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases=st.integers(min_value=1, max_value=12), seed=st.integers(0, 10_000))
def test_export_then_import_changes_nothing(cases: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "synth.sqlite"))
        try:
            summary = synthesize(database, cases, seed, actor="tester")
            path = export(database, Path(folder) / "all.xlsx")
            with database.read() as session:
                by_calamine = plan_import(session, read_workbook(path))
                by_xml = plan_import(session, read_workbook(path, values="xml"))
            assert by_calamine == by_xml
            planned = import_all(database, path)
            assert planned.errors == [] and planned.conflicts == [] and planned.missing == []
            assert (planned.created, planned.updated) == (0, 0)
            rows = summary.cases + summary.persons + summary.relatives + summary.reports
            assert planned.unchanged == rows
        finally:
            database.dispose()
