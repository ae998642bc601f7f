"""Reading a list: a messy CSV, a workbook read back, pasted text, and hostile files refused."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest

from caseworker.lists import (
    ListField,
    check_mapping,
    parse_rows,
    read_list_file,
    read_pasted,
    split_full_name,
)
from caseworker.vocab import DatePrecision
from caseworker.xlsx.importing.refusal import ImportRefused
from tests.lists.conftest import write_xlsx
from tests.xlsx.test_hostile_workbooks import (
    MB,
    SHEET_CLOSE,
    SHEET_OPEN,
    Deflated,
    whitespace_stream,
    write_zip,
)


def test_a_messy_russian_csv_gives_its_entries_and_lists_its_bad_rows(messy_csv: Path) -> None:
    table = read_list_file(messy_csv)
    assert table.headers == ("ФИО", "Дата рождения", "Личный номер", "Часть", "Примечание")
    mapping = check_mapping(table, None)  # the usual Russian headers are recognised
    assert mapping[ListField.FULL_NAME] == "ФИО"
    entries, errors = parse_rows(table, mapping)

    assert [e.row for e in entries] == [2, 3, 6]
    first = entries[0]
    assert (first.surname, first.given_name, first.patronymic) == (
        "Шумов",
        "Алексей",
        "Викторович",
    )
    assert first.born is not None and first.born.earliest == date(1990, 5, 14)
    assert first.service_number == "АВ-123456" and first.unit == "в/ч 01234"
    assert json.loads(first.published)["ФИО"] == "Шумов Алексей Викторович"
    year_only = entries[1].born
    assert year_only is not None and year_only.precision is DatePrecision.YEAR
    assert entries[1].note == "ранен"
    latin = entries[2]
    assert (latin.surname, latin.given_name) == ("Kravets", "Oleksii")

    assert [e.row for e in errors] == [4, 5]
    assert "no name" in errors[0].message
    assert "31.02.1989" in errors[1].message and "Дата рождения" in errors[1].message


def test_a_utf8_csv_with_a_bom_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    text = "Фамилия,Имя,Отчество,Год рождения\nШумов,Алексей,Викторович,1990\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    table = read_list_file(path)
    assert table.headers[0] == "Фамилия"
    entries, errors = parse_rows(table, check_mapping(table, None))
    assert not errors and entries[0].given_name == "Алексей"


def test_an_explicit_mapping_and_a_column_the_file_lacks(messy_csv: Path) -> None:
    table = read_list_file(messy_csv)
    mapping = check_mapping(table, {"full_name": "фио", "born": "Дата рождения"})
    assert mapping == {ListField.FULL_NAME: "ФИО", ListField.BORN: "Дата рождения"}
    with pytest.raises(ImportRefused, match="has no column “Звание”"):
        check_mapping(table, {"surname": "Звание"})
    with pytest.raises(ImportRefused, match="not a field of a list"):
        check_mapping(table, {"rank": "ФИО"})
    with pytest.raises(ImportRefused, match="holds the names"):
        check_mapping(table, {"born": "Дата рождения"})


def test_a_workbook_is_read_back_with_its_dates_and_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["Фамилия", "Имя", "Дата рождения", "Личный номер"],
            ["Шумов", "Алексей", date(1990, 5, 14), 123456],
            [None, None, None, None],
            ["Заречная", "Мария", "05.1992", None],
        ],
    )
    table = read_list_file(path)
    assert table.headers == ("Фамилия", "Имя", "Дата рождения", "Личный номер")
    entries, errors = parse_rows(table, check_mapping(table, None))
    assert not errors
    assert [e.row for e in entries] == [2, 4]
    assert entries[0].born is not None and entries[0].born.earliest == date(1990, 5, 14)
    assert entries[0].service_number == "123456"
    assert entries[1].born is not None and entries[1].born.precision is DatePrecision.MONTH


def test_pasted_text_is_tab_separated() -> None:
    table = read_pasted("Фамилия\tИмя\r\nШумов\tАлексей\r\n\r\nOleksii Shumov\t\r\n")
    entries, errors = parse_rows(table, {ListField.SURNAME: "Фамилия", ListField.GIVEN: "Имя"})
    assert [(e.row, e.surname) for e in entries] == [(2, "Шумов"), (4, "Oleksii Shumov")]
    assert not errors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шумов Алексей Викторович", ("Шумов", "Алексей", "Викторович")),
        ("Oleksii Shumov", ("Shumov", "Oleksii", "")),
        ("Shumov Oleksii", ("Shumov", "Oleksii", "")),
        ("Oleksii Viktorovych Shumov", ("Shumov", "Oleksii", "Viktorovych")),
        ("Шумов Олексій Вікторович", ("Шумов", "Олексій", "Вікторович")),
        ("Иван Бабич", ("Бабич", "Иван", "")),
        ("Кравец-Лодыгина Мария Ивановна", ("Кравец-Лодыгина", "Мария", "Ивановна")),
        ("Шумов", ("Шумов", "", "")),
    ],
)
def test_a_whole_name_is_split_in_either_order(text: str, expected: tuple[str, ...]) -> None:
    assert tuple(split_full_name(text)) == expected


def test_a_huge_cell_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Фамилия;Примечание\nШумов;" + "я" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"Row 2 of “huge\.csv”"):
        read_list_file(path)


def test_a_name_too_long_for_its_field_is_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Фамилия;Имя\n" + "Ш" * 150 + ";Алексей\nШумов;Алексей\n", encoding="utf-8")
    table = read_list_file(path)
    entries, errors = parse_rows(table, check_mapping(table, None))
    assert [e.row for e in entries] == [3]
    assert errors[0].row == 2 and "longer than 100" in errors[0].message


def test_a_binary_file_is_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 10)
    with pytest.raises(ImportRefused, match="not a text file"):
        read_list_file(path)


def _xlsx_parts(path: Path) -> dict[str, bytes | Deflated]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    honest = write_xlsx(tmp_path / "honest.xlsx", [["Фамилия"], ["Шумов"]])
    parts = _xlsx_parts(honest)
    stream = whitespace_stream(SHEET_OPEN, 600, SHEET_CLOSE)
    declared = len(SHEET_OPEN) + 600 * MB + len(SHEET_CLOSE)
    parts["xl/worksheets/sheet1.xml"] = Deflated(stream, declared)
    with pytest.raises(ImportRefused, match="unpacks to more data"):
        read_list_file(write_zip(tmp_path / "bomb.xlsx", parts))
    parts["xl/worksheets/sheet1.xml"] = Deflated(stream, 20_000)  # its size lies
    with pytest.raises(ImportRefused, match=r"damaged|more data"):
        read_list_file(write_zip(tmp_path / "lies.xlsx", parts))


def test_a_picture_whose_size_lies_is_refused(tmp_path: Path) -> None:
    honest = write_xlsx(tmp_path / "honest.xlsx", [["Фамилия"], ["Шумов"]])
    parts = _xlsx_parts(honest)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(b"\x00" * (50 * MB)) + packer.flush()
    parts["xl/media/image1.png"] = Deflated(data, 1_000)
    with pytest.raises(ImportRefused, match="damaged"):
        read_list_file(write_zip(tmp_path / "picture.xlsx", parts))


def test_an_old_excel_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ImportRefused, match=r"\.xlsx"):
        read_list_file(path)


def test_io_bytes_are_the_bytes_hashed(messy_csv: Path) -> None:
    table = read_list_file(messy_csv)
    assert table.data == messy_csv.read_bytes()
    assert len(table.sha256) == 64
    assert io.BytesIO(table.data).read(3) != b"\xef\xbb\xbf"


def test_a_cell_far_away_is_refused_before_the_sheet_is_laid_out(tmp_path: Path) -> None:
    # python-calamine lays a sheet out from A1 to its farthest cell: one cell at XFD1048576
    # would ask for half a terabyte and abort the program.
    path = write_xlsx(tmp_path / "sparse.xlsx", [["Фамилия"], ["Шумов"]])
    parts = _xlsx_parts(path)
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert isinstance(sheet, bytes)
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", far + b"</sheetData>")
    with pytest.raises(ImportRefused, match="as far as row 1048576 and column 16384"):
        read_list_file(write_zip(tmp_path / "far.xlsx", parts))
    # Cells without their place written count too.
    many = b"<row>" + b"<c><v>1</v></c>" * 600 + b"</row>"
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", many + b"</sheetData>")
    with pytest.raises(ImportRefused, match="more than a list takes"):
        read_list_file(write_zip(tmp_path / "wide.xlsx", parts))


def test_a_workbook_named_csv_is_checked_as_a_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [["Фамилия"], ["Шумов"]])
    renamed = path.rename(tmp_path / "list.csv")
    assert read_list_file(renamed).rows == ((2, ("Шумов",)),)
    renamed.write_bytes(renamed.read_bytes()[:-30])  # its zip's end cut off
    with pytest.raises(ImportRefused, match="not an Excel workbook"):
        read_list_file(renamed)


def test_a_text_with_too_many_cells_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("caseworker.lists.reading.MAX_CELLS", 1_000)
    path = tmp_path / "many.csv"
    path.write_text("Фамилия;Имя\n" + "Шумов;Алексей;;;\n" * 600, encoding="utf-8")
    with pytest.raises(ImportRefused, match="more than a list takes"):
        read_list_file(path)
    path.write_text("Фамилия;Имя\n" + "Шумов;Алексей;;;\n" * 400, encoding="utf-8")
    table = read_list_file(path)
    assert table.headers == ("Фамилия", "Имя") and len(table.rows) == 400


def test_a_name_column_without_a_surname_column_holds_the_whole_name() -> None:
    table = read_pasted("Name\tDate of birth\nOleksii Shumov\t14.05.1990\n")
    entries, errors = parse_rows(table, check_mapping(table, None))
    assert not errors
    assert (entries[0].surname, entries[0].given_name) == ("Shumov", "Oleksii")
