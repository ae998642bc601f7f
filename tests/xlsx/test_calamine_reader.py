"""python-calamine reads the values of ordinary sheets; every other sheet goes to the XML
reader, and the workbook's data is the same either way.

Each workbook here is the export of the conftest's sample case with one cell or part
rewritten. Whether a sheet went to calamine is asked of the ordinary-sheet check itself;
that both readers give the same data (or the same refusal) is checked for every workbook the
spreadsheet tests read (``both_readers`` in the conftest) and here again.
"""

from __future__ import annotations

import re
from concurrent.futures import wait
from pathlib import Path
from typing import Any

import pytest

from caseworker.xlsx import ImportRefused, Limits, read_workbook
from caseworker.xlsx.importing import calamine_queue, calamine_sheets
from caseworker.xlsx.importing.calamine_queue import CalamineQueue
from caseworker.xlsx.importing.calamine_sheets import CalamineReader, _whole, calamine_values
from caseworker.xlsx.importing.container import Parts
from caseworker.xlsx.importing.ordinary import ordinary, row_grammar
from caseworker.xlsx.importing.reader import WorkbookData, _read_package
from caseworker.xlsx.importing.sheet_xml import shared_strings
from caseworker.xlsx.workbook.schema import IMPORTED_SHEETS, LISTS_SHEET
from tests.libreoffice import converted_by_calc, needs_libreoffice
from tests.xlsx.test_hostile_workbooks import (
    members,
    put_cell,
    sheet_part,
    with_shared_texts,
    write_members,
)


def ordinary_sheets(path: Path) -> set[str]:
    """The names of the workbook's sheets that calamine reads (all sheets, read or not)."""
    with path.open("rb") as stream:
        parts = Parts(stream, path.name, Limits())
        package = _read_package(parts, path.name)
        found = set()
        for name, part in package.sheets.items():
            grammar = row_grammar(
                package.formats.dates, package.formats.durations, name != LISTS_SHEET
            )
            data = _whole(parts, part)
            if data is not None and ordinary(data, grammar, Limits()) is not None:
                found.add(name)
        parts.close()
    return found


def calamine_rows(path: Path, sheet: str = "Reports") -> list[list[Any]]:
    """The sheet's values as calamine reads them (its rows given in parts of PART_BYTES),
    from row 1 on."""
    with path.open("rb") as stream:
        parts = Parts(stream, path.name, Limits())
        package = _read_package(parts, path.name)
        shared: list[str] = []
        if package.shared_strings is not None:
            with parts.stream(package.shared_strings) as texts:
                shared = shared_strings(texts, Limits())
        fast = CalamineReader(parts, package.shared_strings, shared, package.formats, Limits())
        with CalamineQueue() as queue:
            checked = fast.checked(package.sheets[sheet], sheet, True, queue.parse)
            assert checked is not None
            wait(checked.parts)
            read = calamine_values(checked)
        parts.close()
    assert read is not None
    return [list(read.header.values()), *read.values]


def parts_given(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The sheets' parts given to calamine from now on, as they are given."""
    given: list[object] = []
    original = calamine_sheets.part_values

    def parse(part: Any) -> Any:
        given.append(part)
        return original(part)

    monkeypatch.setattr(calamine_queue, "part_values", parse)
    return given


def both(path: Path) -> WorkbookData:
    by_calamine = read_workbook(path)
    assert by_calamine == read_workbook(path, values="xml")
    return by_calamine


def rewritten(path: Path, target: Path, cell: str, replaces: str, row: int = 2) -> Path:
    parts = members(path)
    name = sheet_part(parts, "Reports")
    parts[name] = put_cell(parts[name].decode(), row, cell, replaces).encode()
    return write_members(target, parts)


def place(data: WorkbookData) -> object:
    reports = data.sheets["Reports"]
    return reports.rows[0][1][reports.sheet.index("place")]


def test_an_export_is_read_by_calamine(exported: Path) -> None:
    imported = {schema.name for schema in IMPORTED_SHEETS} | {LISTS_SHEET}
    assert imported <= ordinary_sheets(exported)
    assert both(exported).sheets["Reports"].rows


# A cell that calamine would read otherwise than the XML reader, or that it refuses, in the
# Place column (Q) or the Received on date (J) of the first report: what the data has.
UNORDINARY = {
    "spaces around a text": ('<c r="Q2" t="inlineStr"><is><t> Киев </t></is></c>', " Киев "),
    "an escape calamine decodes": ('<c r="Q2" t="inlineStr"><is><t>a_x0041_</t></is></c>', None),
    "a carriage return": ('<c r="Q2" t="inlineStr"><is><t>a&#13;b</t></is></c>', "a\rb"),
    "an empty text": ('<c r="Q2" t="inlineStr"><is><t></t></is></c>', ""),
    "rich text": ('<c r="Q2" t="inlineStr"><is><r><t>a</t></r><r><t> b</t></r></is></c>', "a b"),
    "a long number": ('<c r="Q2"><v>12345678901234567</v></c>', "12345678901234567"),
    "an exponent": ('<c r="Q2"><v>1E5</v></c>', "100000"),
    "true": ('<c r="Q2" t="b"><v>1</v></c>', "yes"),
    "a formula's text": ('<c r="Q2" t="str"><v>x</v></c>', "x"),
    "the leap-bug day": ('<c r="J2" s="{date}"><v>60</v></c>', None),
    "a time of day": ('<c r="J2" s="{date}"><v>0.5</v></c>', None),
    "just before midnight": ('<c r="J2" s="{date}"><v>46000.99999999</v></c>', None),
}


@pytest.mark.parametrize("case", UNORDINARY, ids=list(UNORDINARY))
def test_what_calamine_reads_otherwise_goes_to_the_xml_reader(
    case: str, exported: Path, tmp_path: Path
) -> None:
    cell, expected = UNORDINARY[case]
    replaces = "J2" if 'r="J2"' in cell else "Q2"
    cell = cell.replace("{date}", _date_style(exported))
    path = rewritten(exported, tmp_path / "cell.xlsx", cell, replaces)
    assert "Reports" not in ordinary_sheets(path)
    data = both(path)
    if expected is not None:
        assert place(data) == expected


def test_a_formula_is_refused_whoever_reads(exported: Path, tmp_path: Path) -> None:
    path = rewritten(exported, tmp_path / "f.xlsx", '<c r="Q2"><f>1+1</f><v>2</v></c>', "Q2")
    with pytest.raises(ImportRefused, match="Q2 holds a formula"):
        read_workbook(path)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('<c r="Q2" t="inlineStr"><is><t xml:space="preserve"> Киев </t></is></c>', " Киев "),
        ('<c r="Q2" t="inlineStr"><is><t>a &amp; b&#1041;</t></is></c>', "a & bБ"),
        ('<c r="Q2" t="inlineStr"><is><t>a &amp;#1041; b</t></is></c>', "a &#1041; b"),
        ('<c r="Q2" s="0" t="n"><v>-12.50</v></c>', "-12.5"),
        ('<c r="Q2"><v>007</v></c>', "7"),
        ('<c r="Q2" s="2" t="inlineStr"></c>', ""),
        ('<c r="Q2" t="n"></c>', ""),
        # A cell written twice: the last value is read (an empty cell is no value).
        ('<c r="Q2" t="inlineStr"><is><t>x</t></is></c><c r="Q2"><v>5</v></c>', "5"),
        ('<c r="Q2"><v>5</v></c><c r="Q2" t="inlineStr"><is><t>x</t></is></c>', "x"),
        ('<c r="Q2"><v>5</v></c><c r="Q2" s="1"/>', "5"),
    ],
)
def test_ordinary_cells_read_by_calamine(
    cell: str, expected: str, exported: Path, tmp_path: Path
) -> None:
    path = rewritten(exported, tmp_path / "cell.xlsx", cell, "Q2")
    assert "Reports" in ordinary_sheets(path)
    assert place(both(path)) == expected


def test_a_sheet_too_big_for_calamine_goes_to_the_xml_reader(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """calamine's path holds a sheet's XML whole: a sheet declared bigger than
    LARGEST_SHEET is streamed by the XML reader."""
    read = parts_given(monkeypatch)
    assert both(exported).sheets["Reports"].rows
    assert read
    read.clear()
    monkeypatch.setattr(calamine_sheets, "LARGEST_SHEET", 100)
    assert both(exported).sheets["Reports"].rows
    assert not read


def moved_row(xml: str, row: int, to: int, without: str = "") -> str:
    """Row ``row`` of the sheet's XML numbered ``to`` (its cells too), without the cell of
    column ``without``."""
    found = re.search(rf'<row r="{row}"[ >].*?</row>', xml)
    assert found is not None
    moved = re.sub(rf'( r="[A-Z]*){row}"', rf'\g<1>{to}"', found[0])
    return re.sub(rf'<c r="{without}{to}".*?</c>', "", moved) if without else moved


def test_a_sheet_given_to_calamine_in_parts_is_read_as_a_whole(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows missing between parts, parts of empty rows only, a part without its first
    column, empty rows at the end: the values put together are calamine's of the whole."""
    parts = members(exported)
    name = sheet_part(parts, "Reports")
    xml = parts[name].decode()
    second, closing = moved_row(xml, 2, 2), "</sheetData>"
    rows = [
        moved_row(xml, 2, 5),  # rows 3 and 4 missing
        '<row r="6"/>',
        moved_row(xml, 2, 7, without="A"),  # a new report, its key column empty
        '<row r="8"><c r="B8" s="1"/></row>',  # a styled cell without a value
        moved_row(xml, 2, 9, without="A").replace('<c r="B9" t="n"><v>1</v></c>', ""),
        '<row r="11" ht="30" customHeight="1"/>',
        '<row r="12"><c r="Q12" s="1"/></row>',
    ]
    opening = xml.index("<sheetData>") + len("<sheetData>")
    whole = xml[:opening] + xml[opening : xml.index("</row>") + 6] + second
    parts[name] = (whole + "".join(rows) + xml[xml.index(closing) :]).encode()
    path = write_members(tmp_path / "parts.xlsx", parts)
    assert "Reports" in ordinary_sheets(path)
    at_once = calamine_rows(path)
    assert len(at_once) == 9 and at_once[2] == at_once[3] == at_once[5] == [""] * 22
    assert at_once[6][0] == "" and at_once[6][1:] == at_once[1][1:]
    for size in (1, 300, 2000):
        monkeypatch.setattr(calamine_sheets, "PART_BYTES", size)
        assert calamine_rows(path) == at_once
    assert [number for number, _ in both(path).sheets["Reports"].rows] == [2, 5, 7, 9]


def test_a_sheet_with_much_xml_around_its_rows_is_one_part(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each part holds the XML around the rows: where that is big, the sheet is not cut."""
    monkeypatch.setattr(calamine_sheets, "PART_BYTES", 1)
    given = parts_given(monkeypatch)
    in_parts = calamine_rows(exported)
    assert len(given) == len(in_parts) > 1  # a part for each row
    given.clear()
    monkeypatch.setattr(calamine_sheets, "AROUND_BYTES", 10)
    assert calamine_rows(exported) == in_parts
    assert len(given) == 1


LAST_ROW = {
    "a formula": ('<c r="Q{row}"><f>1+1</f><v>2</v></c>', "holds a formula"),
    "a text calamine would trim": ('<c r="Q{row}" t="inlineStr"><is><t> Киев </t></is></c>', None),
    "a row out of order": ('</row><row r="2">', "damaged|order"),
}


@pytest.mark.parametrize("case", LAST_ROW, ids=list(LAST_ROW))
def test_a_sheet_given_in_parts_is_not_ordinary_in_its_last_row(
    case: str, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """calamine has parsed the rows before it (each a part of its own): what it read of
    them is not used, the XML reader reads the sheet or refuses it."""
    cell, refusal = LAST_ROW[case]
    parts = members(exported)
    name = sheet_part(parts, "Reports")
    xml = parts[name].decode()
    last = max(int(number) for number in re.findall(r'<row r="([0-9]+)"', xml))
    parts[name] = put_cell(xml, last, cell.format(row=last), f"Q{last}").encode()
    path = write_members(tmp_path / "last.xlsx", parts)
    given = parts_given(monkeypatch)
    monkeypatch.setattr(calamine_sheets, "PART_BYTES", 1)
    assert "Reports" not in ordinary_sheets(path)
    if refusal is None:
        reports = both(path).sheets["Reports"]
        assert reports.rows[-1][1][reports.sheet.index("place")] == " Киев "
    else:
        with pytest.raises(ImportRefused, match=refusal):
            read_workbook(path)
    assert len(given) >= last - 1  # every row before the last one was given to calamine


ROW_TAGS = {
    # lxml refuses these as damaged; calamine would read them.
    "an attribute twice": ('<row r="2" ht="20" ht="30">', False),
    "the row number twice": ('<row r="2" r="2">', False),
    "an undeclared prefix": ('<row r="2" x14ac:dyDescent="0.25">', False),
    # As Excel writes them: read by calamine.
    "Excel's attributes": ('<row r="2" spans="1:22" s="3" customFormat="1" ht="15">', True),
}


@pytest.mark.parametrize("case", ROW_TAGS, ids=list(ROW_TAGS))
def test_a_row_tag_lxml_refuses_goes_to_the_xml_reader(
    case: str, exported: Path, tmp_path: Path
) -> None:
    tag, read = ROW_TAGS[case]
    parts = members(exported)
    name = sheet_part(parts, "Reports")
    parts[name] = parts[name].replace(b'<row r="2">', tag.encode(), 1)
    path = write_members(tmp_path / "row.xlsx", parts)
    assert ("Reports" in ordinary_sheets(path)) is read
    if read:
        assert both(path).sheets["Reports"].rows
    else:
        with pytest.raises(ImportRefused, match="damaged"):
            read_workbook(path)


def test_a_declared_prefix_is_read_by_calamine(exported: Path, tmp_path: Path) -> None:
    parts = members(exported)
    name = sheet_part(parts, "Reports")
    xml = parts[name].replace(b'<row r="2">', b'<row r="2" x14ac:dyDescent="0.25">', 1)
    namespace = b' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"'
    parts[name] = xml.replace(b"<worksheet ", b"<worksheet" + namespace + b" ", 1)
    path = write_members(tmp_path / "prefix.xlsx", parts)
    assert "Reports" in ordinary_sheets(path)
    assert both(path).sheets["Reports"].rows


def test_shared_texts_in_another_namespace_go_to_the_xml_reader(
    exported: Path, tmp_path: Path
) -> None:
    parts = with_shared_texts(members(exported), ["Шумов", "Киев"])
    sst = parts["xl/sharedStrings.xml"]
    parts["xl/sharedStrings.xml"] = sst.replace(
        b"<si><t>\xd0\xa8", b'<si xmlns="urn:other"><t>x</t></si><si><t>\xd0\xa8', 1
    )
    assert parts["xl/sharedStrings.xml"] != sst
    name = sheet_part(parts, "Reports")
    parts[name] = put_cell(parts[name].decode(), 2, '<c r="Q2" t="s"><v>1</v></c>', "Q2").encode()
    assert place(both(write_members(tmp_path / "shared.xlsx", parts))) == "Киев"


def test_dates_of_the_1904_calendar(exported: Path, tmp_path: Path) -> None:
    parts = members(exported)
    workbook = parts["xl/workbook.xml"].decode()
    assert "<workbookPr/>" in workbook
    parts["xl/workbook.xml"] = workbook.replace(
        "<workbookPr/>", '<workbookPr date1904="1"/>'
    ).encode()
    path = write_members(tmp_path / "1904.xlsx", parts)
    assert "Reports" in ordinary_sheets(path)
    plain, shifted = both(exported), both(path)
    reports = plain.sheets["Reports"]
    at = reports.sheet.index("received_on")
    before, after = reports.rows[0][1][at], shifted.sheets["Reports"].rows[0][1][at]
    assert (after - before).days == 1462


def test_shared_texts_calamine_would_trim_go_to_the_xml_reader(
    exported: Path, tmp_path: Path
) -> None:
    parts = with_shared_texts(members(exported), ["Шумов", " Киев "])
    name = sheet_part(parts, "Reports")
    parts[name] = put_cell(parts[name].decode(), 2, '<c r="Q2" t="s"><v>1</v></c>', "Q2").encode()
    assert place(both(write_members(tmp_path / "shared.xlsx", parts))) == " Киев "


def test_a_shared_text_of_two_texts_goes_to_the_xml_reader(exported: Path, tmp_path: Path) -> None:
    parts = with_shared_texts(members(exported), ["Шумов", "Ки</t><t>ев"])
    name = sheet_part(parts, "Reports")
    parts[name] = put_cell(parts[name].decode(), 2, '<c r="Q2" t="s"><v>1</v></c>', "Q2").encode()
    assert place(both(write_members(tmp_path / "shared.xlsx", parts))) == "Киев"


def test_plain_shared_texts_are_read_by_calamine(exported: Path, tmp_path: Path) -> None:
    parts = with_shared_texts(members(exported), ["Шумов", "Киев"])
    name = sheet_part(parts, "Reports")
    parts[name] = put_cell(parts[name].decode(), 2, '<c r="Q2" t="s"><v>1</v></c>', "Q2").encode()
    path = write_members(tmp_path / "shared.xlsx", parts)
    assert "Reports" in ordinary_sheets(path)
    assert place(both(path)) == "Киев"


@needs_libreoffice
def test_a_workbook_saved_by_calc_is_read_by_calamine(exported: Path) -> None:
    calc = converted_by_calc(exported, "xlsx:Calc MS Excel 2007 XML", "calc")
    imported = {schema.name for schema in IMPORTED_SHEETS}
    assert imported <= ordinary_sheets(calc)
    assert both(calc).sheets["Reports"].rows


def _date_style(path: Path) -> str:
    from tests.xlsx.test_hostile_workbooks import date_style

    parts = members(path)
    return date_style(parts[sheet_part(parts, "Reports")])
