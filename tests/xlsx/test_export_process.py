"""A large export makes its rows in a separate process: the same workbook, cancel, failure."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from caseworker import i18n
from caseworker.db import Database, open_database
from caseworker.services import reports
from caseworker.synth import synthesize
from caseworker.xlsx import ExportCancelled, export_workbook
from caseworker.xlsx.export import writer as export_module
from caseworker.xlsx.export.process import ExportFailed, RowsFromProcess
from caseworker.xlsx.export.source import ExportJob
from caseworker.xlsx.workbook.language import sheet_title
from tests.conftest import ACTOR, SampleCase, protect_like_suite
from tests.xlsx.conftest import export, plan

TODAY = date(2026, 11, 26)


@pytest.fixture
def busy_database(database: Database, sample_case: SampleCase) -> Database:
    """Synthetic cases (with contradictions), Cyrillic text and formula-looking text."""
    synthesize(database, 40, seed=11, actor=ACTOR)
    with database.write() as session:
        for text in ("=1+1", "+7 916 000 12 34", "@SUM(A1)", "#N/A", "Ёжиков"):
            reports.add_report(
                session, ACTOR, sample_case.person_id, claim="killed", event="2026-04-10",
                source_kind="media", source_name=text, summary=text, received_on="2026-04-11",
            )  # fmt: skip
    return database


@pytest.fixture
def russian_sentences() -> Iterator[None]:
    """A translator that marks every domain sentence, as the Russian one would change it."""
    i18n.install_translator(lambda _context, text: f"«{text}»")
    yield
    i18n.install_translator(None)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[RowsFromProcess]:
    """The child processes the exports start, as they start them."""
    processes: list[RowsFromProcess] = []

    class Watched(RowsFromProcess):
        def __enter__(self) -> RowsFromProcess:
            processes.append(self)
            return super().__enter__()

    monkeypatch.setattr(export_module, "RowsFromProcess", Watched)
    return processes


def sheets_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        }


@pytest.mark.usefixtures("russian_sentences")
def test_the_rows_made_in_a_separate_process_make_the_same_workbook(
    busy_database: Database, tmp_path: Path
) -> None:
    here = export(busy_database, tmp_path / "here.xlsx", today=TODAY, separate_process=False)
    apart = export(busy_database, tmp_path / "apart.xlsx", today=TODAY, separate_process=True)
    assert sheets_xml(apart) == sheets_xml(here)
    book = CalamineWorkbook.from_path(str(apart))
    findings = book.get_sheet_by_name(sheet_title("Contradictions")).to_python()[1:]
    assert findings and all(isinstance(row[4], str) and row[4].startswith("«") for row in findings)
    reports_sheet = book.get_sheet_by_name(sheet_title("Reports")).to_python()
    assert any("=1+1" in row for row in reports_sheet)
    assert any("Ёжиков" in row for row in reports_sheet)
    preview = plan(busy_database, apart)
    assert (preview.created, preview.updated, preview.errors) == (0, 0, [])


def test_a_protected_database_s_rows_are_made_apart_its_key_never_on_a_command_line(
    tmp_path: Path, started: list[RowsFromProcess]
) -> None:
    path = tmp_path / "protected.sqlite"
    keys = protect_like_suite(path)  # in both passes of the suite
    database = open_database(str(path), keys=keys)
    try:
        synthesize(database, 12, seed=5, actor=ACTOR)
        here = export(database, tmp_path / "here.xlsx", today=TODAY, separate_process=False)
        apart = export(database, tmp_path / "apart.xlsx", today=TODAY, separate_process=True)
    finally:
        database.dispose()
    assert sheets_xml(apart) == sheets_xml(here)
    [child] = started
    assert child._process is not None
    command_line = str(child._process.args)
    assert keys.database.hex() not in command_line.lower()


def test_a_large_export_uses_a_separate_process(
    busy_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    started: list[RowsFromProcess],
) -> None:
    monkeypatch.setattr(export_module, "SEPARATE_PROCESS_FROM_CASES", 10_000)
    export(busy_database, tmp_path / "small.xlsx")
    assert started == []
    monkeypatch.setattr(export_module, "SEPARATE_PROCESS_FROM_CASES", 10)
    export(busy_database, tmp_path / "large.xlsx")
    assert len(started) == 1


def test_cancelling_stops_the_process_and_leaves_no_file(
    busy_database: Database, tmp_path: Path, started: list[RowsFromProcess]
) -> None:
    seen: list[int] = []
    path = tmp_path / "cancelled.xlsx"
    with busy_database.read() as session, pytest.raises(ExportCancelled):
        export_workbook(
            session, path, every=10, separate_process=True,
            progress=lambda done, _total: seen.append(done), cancelled=lambda: len(seen) >= 3,
        )  # fmt: skip
    assert not list(tmp_path.glob("cancelled*"))
    process = started[0]._process
    assert process is not None and process.poll() is not None


def test_a_process_that_cannot_read_the_database_is_a_plain_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    job = ExportJob(None, False, TODAY)
    with (
        pytest.raises(ExportFailed, match=r"\(file is not a database\)\. No file"),
        RowsFromProcess(f"sqlite:///{broken}", job) as produced,
    ):
        list(produced)
    assert broken.read_bytes() == b"this is not a database" * 100


@pytest.mark.usefixtures("russian_sentences")
def test_the_catalogue_carries_the_installed_translation() -> None:
    table = i18n.catalogue()
    assert table is not None
    assert table[("Timeline", "{month} {year}")] == "«{month} {year}»"
    i18n.install_translator(None)
    assert i18n.catalogue() is None
    i18n.install_catalogue(table)
    assert i18n.translate("Timeline", "{month} {year}") == "«{month} {year}»"
    assert i18n.translate("Timeline", "not a message") == "not a message"


def test_no_interpreter_to_start_is_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.executable", str(tmp_path / "no-python-here"))
    job = ExportJob(None, False, TODAY)
    with pytest.raises(ExportFailed, match="No file was written"):
        RowsFromProcess(f"sqlite:///{tmp_path / 'x.sqlite'}", job).__enter__()


@pytest.mark.usefixtures("sample_case")
def test_the_child_takes_no_module_from_the_current_folder(
    database: Database,
    database_key: bytes | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A planted module in the folder the program was started from must not run; and the
    # child starts without a warning (it would fail the export here).
    planted = tmp_path / "downloads"
    planted.mkdir()
    marker = tmp_path / "planted-module-ran"
    for name in ("pickle", "sqlalchemy", "tempfile"):
        (planted / f"{name}.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    monkeypatch.chdir(planted)
    monkeypatch.setenv("PYTHONWARNINGS", "error")
    url = database.engine.url.render_as_string(hide_password=False)
    with RowsFromProcess(url, ExportJob(None, False, TODAY), key=database_key) as produced:
        sheets = {sheet for sheet, _, _ in produced}
    assert sheets and not marker.exists()


@pytest.mark.usefixtures("russian_sentences")
def test_a_damaged_translation_file_keeps_a_large_export_in_this_process(
    busy_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    started: list[RowsFromProcess],
) -> None:
    damaged = tmp_path / "translations"
    damaged.mkdir()
    (damaged / "caseworker_ru.ts").write_text("<TS><context><name>Timeline")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", damaged)
    i18n._messages.cache_clear()
    monkeypatch.setattr(export_module, "SEPARATE_PROCESS_FROM_CASES", 10)
    try:
        path = export(busy_database, tmp_path / "here.xlsx", today=TODAY)
    finally:
        i18n._messages.cache_clear()
    assert started == []
    findings = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(
        sheet_title("Contradictions")
    )
    assert all(
        isinstance(row[4], str) and row[4].startswith("«") for row in findings.to_python()[1:]
    )
