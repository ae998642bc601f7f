"""The workbook in the user's language: a Russian desk exports Russian sheets, headers, words
and Read me, and every desk imports the names and words of either language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from caseworker import i18n
from caseworker.db import Database
from caseworker.labels import label
from caseworker.models import Relative, Report
from caseworker.services.fields import choice
from caseworker.vocab import (
    CaseStatus,
    Channel,
    Claim,
    Credibility,
    InquiryStatus,
    OfficialStatus,
    Relation,
    Reliability,
    SourceKind,
    ToldHow,
    ToldWhat,
)
from caseworker.xlsx import ImportRefused
from caseworker.xlsx.workbook.language import column_title, sheet_title, value_label
from caseworker.xlsx.workbook.schema import ALL_SHEETS, README_SHEET, REPORTS, SHEET_NAMES
from tests.conftest import SampleCase
from tests.libreoffice import needs_libreoffice
from tests.xlsx.conftest import edit, export, import_all, new_row, plan
from tests.xlsx.test_libreoffice import saved_by_calc
from tests.xlsx.test_round_trip import snapshot

RUSSIAN = i18n.source_translations("ru")
# The vocabularies a caseworker fills in on the importable sheets.
TYPED_VOCABULARIES: tuple[type[StrEnum], ...] = (
    CaseStatus,
    Claim,
    SourceKind,
    Reliability,
    Credibility,
    Relation,
    OfficialStatus,
    Channel,
    InquiryStatus,
    ToldHow,
    ToldWhat,
)
# Coded values that must never reach a Russian caseworker's workbook.
CODED = {"killed", "wounded", "opposing_side", "unit", "wife", "open", "missing", "high"}


def speak_russian() -> Callable[[str, str], str] | None:
    """Translate as the Russian interface does (from the .ts, as the command line does)."""
    return i18n.install_translator(lambda context, text: RUSSIAN.get((context, text), text))


@pytest.fixture
def russian() -> Iterator[None]:
    previous = speak_russian()
    yield
    i18n.install_translator(previous)


@pytest.fixture
def russian_export(
    database: Database,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> Path:
    """The sample case exported on a Russian desk; the desk speaks English again after."""
    previous = speak_russian()
    try:
        return export(database, tmp_path / "дела.xlsx")
    finally:
        i18n.install_translator(previous)


def calamine_sheets(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def as_dicts(rows: list[list[Any]]) -> list[dict[str, Any]]:
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def report_row(reference: str, claim: str, **more: Any) -> dict[str, Any]:
    return {
        "Номер дела": reference,
        "Утверждение": claim,
        "Дата события": "2026-04-20",
        "Дата получения": "21.04.2026",
        "Тип источника": "Красный Крест (МККК)",
        "Источник": "письмо МККК",
        **more,
    }


# Export ---------------------------------------------------------------------------------------


def test_a_russian_export_speaks_russian_in_every_sheet(russian_export: Path) -> None:
    sheets = calamine_sheets(russian_export)
    assert list(sheets) == [RUSSIAN[("XlsxSheet", name)] for name in SHEET_NAMES]
    assert {"Дела", "Родственники", "Разыскиваемые", "Сообщения", "Противоречия"} <= set(sheets)
    reports = as_dicts(sheets["Сообщения"])
    assert sheets["Сообщения"][0][6:8] == ["Утверждение", "Дата события"]
    assert {row["Утверждение"] for row in reports} == {"погиб", "ранен, в госпитале"}
    assert {row["Тип источника"] for row in reports} == {
        "воинская часть",
        "противоположная сторона",
    }
    assert {row["Надёжность"] for row in reports} == {"B: обычно надёжный", "C: довольно надёжный"}
    assert as_dicts(sheets["Родственники"])[0]["Родство"] == "жена"
    assert as_dicts(sheets["Дела"])[0]["Статус"] == "открыто"
    assert as_dicts(sheets["Разыскиваемые"])[0]["Официальный статус"] == "пропал без вести"
    [finding] = as_dicts(sheets["Противоречия"])
    assert finding["Правило"] == RUSSIAN[("Timeline", "alive after death")]
    assert finding["Серьёзность"] == RUSSIAN[("Timeline", "high")]
    visible = {
        str(value)
        for name, rows in sheets.items()
        if name != "Списки"
        for row in rows
        for value in row
    }
    assert not CODED & visible


def test_openpyxl_reads_the_same_russian_workbook(russian_export: Path) -> None:
    workbook = load_workbook(russian_export)
    assert workbook.sheetnames[:2] == ["Как заполнять", "Дела"]
    reports = workbook["Сообщения"]
    headers = [cell.value for cell in reports[1]]
    assert headers == [RUSSIAN[("XlsxColumn", header)] for header in REPORTS.headers]
    claims = {row[headers.index("Утверждение")] for row in reports.iter_rows(2, values_only=True)}
    assert claims == {"погиб", "ранен, в госпитале"}
    assert workbook["Списки"].sheet_state == "hidden"


def test_the_read_me_explains_the_workbook_in_russian(russian_export: Path) -> None:
    readme = load_workbook(russian_export)["Как заполнять"]
    texts = [str(cell.value) for row in readme.iter_rows() for cell in row if cell.value]
    assert texts[0] == RUSSIAN[("Xlsx", "Caseworker: exported cases")]
    assert "Сообщения" in texts and "Утверждение" in texts
    names = "|".join(schema.name for schema in ALL_SHEETS)
    english = re.compile(rf"\b({names})\b")
    assert [text for text in texts if english.search(text)] == []
    assert any("в плену" in text and "погиб" in text for text in texts)  # the claims' words
    assert any("по-русски или по-английски" in text for text in texts)


@pytest.mark.usefixtures("sample_case", "russian")
def test_the_template_dropdowns_offer_the_russian_words(database: Database, tmp_path: Path) -> None:
    path = export(database, tmp_path / "шаблон.xlsx", template=True)
    workbook = load_workbook(path)
    reports = workbook["Сообщения"]
    claim = next(cell.column_letter for cell in reports[1] if cell.value == "Утверждение")
    [validation] = [v for v in reports.data_validations.dataValidation if claim in str(v.sqref)]
    sheet, cells = validation.formula1.split("!")
    assert sheet == "'Списки'"
    offered = [cell.value for row in workbook["Списки"][cells.replace("$", "")] for cell in row]
    assert offered == [label(claim) for claim in Claim]
    assert "в плену" in offered and "captured" not in offered
    # A word of the other language is let through with a warning, for the import to read.
    assert validation.errorStyle == "warning"


@pytest.mark.usefixtures("sample_case")
def test_the_checksums_do_not_depend_on_the_language(
    database: Database, tmp_path: Path, russian_export: Path
) -> None:
    english = calamine_sheets(export(database, tmp_path / "cases.xlsx"))
    russian = calamine_sheets(russian_export)
    for schema in ALL_SHEETS:
        if "checksum" not in (column.field for column in schema.columns):
            continue
        at = schema.index("checksum")
        ours = [row[at] for row in russian[RUSSIAN[("XlsxSheet", schema.name)]][1:]]
        assert ours == [row[at] for row in english[schema.name][1:]], schema.name


# Import ---------------------------------------------------------------------------------------


@pytest.mark.usefixtures("russian")
def test_an_untouched_russian_workbook_changes_nothing(
    database: Database, russian_export: Path
) -> None:
    before = snapshot(database)
    preview = plan(database, russian_export)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])
    assert (preview.unchanged, preview.missing) == (5, [])
    import_all(database, russian_export)
    assert snapshot(database) == before


def test_a_russian_workbook_imports_on_an_english_desk(
    database: Database, sample_case: SampleCase, russian_export: Path
) -> None:
    assert i18n.translate("XlsxSheet", "Reports") == "Reports"  # the desk speaks English
    preview = plan(database, russian_export)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])

    def typed(workbook: Workbook) -> None:
        reports = workbook["Сообщения"]
        headers = [cell.value for cell in reports[1]]
        for row in reports.iter_rows(2):
            if row[headers.index("Утверждение")].value == "погиб":
                row[headers.index("Место")].value = "Казачья Локня"
        new_row(workbook, "Сообщения", report_row(sample_case.reference, "в плену"))

    edit(russian_export, typed)
    preview = plan(database, russian_export)
    assert (preview.created, preview.updated, preview.errors) == (1, 1, [])
    import_all(database, russian_export)
    with database.read() as session:
        killed = session.get(Report, sample_case.killed_report_id)
        assert killed is not None and killed.place == "Казачья Локня"
        new = session.scalars(select(Report).where(Report.claim == Claim.CAPTURED)).one()
        assert new.source_kind is SourceKind.RED_CROSS


@pytest.mark.usefixtures("sample_case")
def test_an_english_workbook_imports_on_a_russian_desk(database: Database, tmp_path: Path) -> None:
    path = export(database, tmp_path / "cases.xlsx")
    speak_russian()
    try:
        assert load_workbook(path).sheetnames[1] == "Cases"
        preview = plan(database, path)
    finally:
        i18n.install_translator(None)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])
    assert preview.unchanged == 5


@pytest.mark.usefixtures("sample_case")
def test_an_old_workbook_of_coded_values_imports_on_a_russian_desk(
    database: Database, tmp_path: Path
) -> None:
    """Before the workbook spoke the user's language, its cells held the coded values."""
    path = export(database, tmp_path / "cases.xlsx")

    def coded(workbook: Workbook) -> None:
        for schema in ALL_SHEETS:
            sheet = workbook[schema.name]
            for position, spec in enumerate(schema.columns, 1):
                if spec.enum is None:
                    continue
                words = {value_label(member): member.value for member in spec.enum}
                for (cell,) in sheet.iter_rows(2, min_col=position, max_col=position):
                    cell.value = words.get(cell.value, cell.value)

    edit(path, coded)
    assert "opposing_side" in str(list(load_workbook(path)["Reports"].values))
    speak_russian()
    try:
        preview = plan(database, path)
    finally:
        i18n.install_translator(None)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])
    assert (preview.unchanged, preview.missing) == (5, [])


@pytest.mark.parametrize(
    "typed",
    ["в плену", "В Плену", "  В ПЛЕНУ ", "captured", "Captured", "captured (prisoner of war)"],
)
@pytest.mark.parametrize("desk", ["ru", "en"])
def test_words_typed_in_the_template_in_either_language_are_read(
    database: Database, sample_case: SampleCase, tmp_path: Path, typed: str, desk: str
) -> None:
    previous = speak_russian()
    try:
        path = export(database, tmp_path / "шаблон.xlsx", template=True)
    finally:
        i18n.install_translator(previous)

    def fill(workbook: Workbook) -> None:
        new_row(
            workbook,
            "Сообщения",
            report_row(sample_case.reference, typed, **{"Надёжность": "b", "Достоверность": "2"}),
        )
        new_row(
            workbook,
            "Родственники",
            {"Номер дела": sample_case.reference, "Фамилия": "Шумов", "Родство": "Отец"},
        )

    edit(path, fill)
    if desk == "ru":
        speak_russian()
    try:
        preview = plan(database, path)
        assert (preview.created, preview.errors) == (2, [])
        import_all(database, path)
    finally:
        i18n.install_translator(None)
    with database.read() as session:
        new = session.scalars(select(Report).where(Report.claim == Claim.CAPTURED)).one()
        assert (new.source_kind, new.reliability, new.credibility) == (
            SourceKind.RED_CROSS,
            Reliability.B,
            Credibility.PROBABLY_TRUE,
        )
        father = session.scalars(select(Relative).where(Relative.surname == "Шумов")).one()
        assert father.relation is Relation.FATHER


@pytest.mark.parametrize("enum", TYPED_VOCABULARIES, ids=lambda enum: enum.__name__)
def test_every_word_of_every_list_is_read_in_either_language(enum: type[StrEnum]) -> None:
    clean = choice(enum, None, "value")
    for member in enum:
        english = label(member)
        russian = RUSSIAN[("Vocab", english)]
        for typed in (
            member.value,
            member.value.upper(),
            english,
            english.upper(),
            russian,
            russian.upper(),
            russian.replace("ё", "е"),
            f"  {russian.capitalize()} ",
        ):
            assert clean(typed) is member, (typed, member)


@pytest.mark.usefixtures("russian")
def test_a_word_not_on_the_list_is_refused_in_russian(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    path = export(database, tmp_path / "шаблон.xlsx", template=True)
    edit(path, lambda book: new_row(book, "Сообщения", report_row(sample_case.reference, "живой")))
    [error] = plan(database, path).errors
    assert column_title(error.column) == "Утверждение" and sheet_title(error.sheet) == "Сообщения"
    assert "«живой»" in error.reason or "“живой”" in error.reason
    assert "в плену" in error.reason  # the words to use, in Russian


def test_sheets_and_headers_are_recognised_in_any_letter_case_and_mixed_languages(
    database: Database, russian_export: Path
) -> None:
    def mixed(workbook: Workbook) -> None:
        workbook["Сообщения"].title = "temporary"  # openpyxl renames "СООБЩЕНИЯ1" at once
        workbook["temporary"].title = "СООБЩЕНИЯ"
        workbook["Дела"].title = "Cases"
        persons = workbook["Разыскиваемые"]
        for cell in persons[1]:
            if cell.value == "Фамилия":
                cell.value = "Surname"
            if cell.value == "Личный номер":
                cell.value = "личный НОМЕР"

    edit(russian_export, mixed)
    preview = plan(database, russian_export)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])


def test_the_same_sheet_in_two_languages_is_refused(
    database: Database, russian_export: Path
) -> None:
    edit(russian_export, lambda workbook: workbook.create_sheet("Reports"))
    with pytest.raises(ImportRefused) as refused:
        plan(database, russian_export)
    assert "“Сообщения”" in refused.value.message and "“Reports”" in refused.value.message


def test_sheet_names_are_valid_in_every_language() -> None:
    for name in (README_SHEET, *SHEET_NAMES):
        translated = RUSSIAN[("XlsxSheet", name)]
        assert len(translated) <= 31 and not set(translated) & set("[]:*?/\\"), translated


def test_headers_are_distinct_on_each_sheet_in_russian() -> None:
    for schema in ALL_SHEETS:
        russian = [RUSSIAN[("XlsxColumn", header)] for header in schema.headers]
        assert len(set(russian)) == len(russian), schema.name


@pytest.mark.usefixtures("russian")
@needs_libreoffice
def test_a_russian_workbook_saved_by_libreoffice_imports_cleanly(
    database: Database, sample_case: SampleCase, russian_export: Path
) -> None:
    reference = sample_case.reference
    edit(russian_export, lambda book: new_row(book, "Сообщения", report_row(reference, "в плену")))
    calc = saved_by_calc(russian_export)
    assert CalamineWorkbook.from_path(str(calc)).sheet_names[4] == "Сообщения"
    preview = plan(database, calc)
    assert (preview.created, preview.updated, preview.unchanged) == (1, 0, 5)
    assert (preview.errors, preview.conflicts, preview.missing) == ([], [], [])
    import_all(database, calc)
    with database.read() as session:
        new = session.scalars(select(Report).where(Report.claim == Claim.CAPTURED)).one()
        assert new.source_kind is SourceKind.RED_CROSS
