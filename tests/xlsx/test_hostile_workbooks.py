"""Hostile and malformed workbooks: each is refused with one sentence, or its bad cell is
listed; the command line exits non-zero without a traceback; nothing saved changes; memory
and time stay bounded.

Every workbook is built here: the sample case's export with one part of its XML rewritten,
or, for the bombs, a zip written byte by byte whose deflate stream repeats one compressed
megabyte of whitespace (1.5 GB of it costs milliseconds to build).
"""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseworker import i18n
from caseworker.cli import main
from caseworker.db import Database, open_database
from caseworker.services import cases, persons, relatives, reports
from caseworker.xlsx import ImportPlan, ImportRefused, Limits, export_workbook, plan_import
from tests.conftest import ACTOR

ROOT = Path(__file__).resolve().parents[2]
RUSSIAN = ROOT / "resources" / "translations" / "caseworker_ru.ts"
MB = 2**20
DAMAGED = "is damaged and cannot be read as a workbook"
TOO_BIG = "unpacks to more data than the import takes"


# -- One desk for the whole module: every test checks that it stays as it was ------------


@dataclass(frozen=True)
class Desk:
    database: Database
    db_path: Path
    workbook: bytes  # the export of its one case


def fill(database: Database) -> None:
    """A wife told her husband was killed, then that he is wounded in hospital (fictional)."""
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2026-05-10")
        person = persons.add_person(
            session, ACTOR, case.id, surname="Шумов", given_name="Алексей",
            patronymic="Петрович", official_status="missing",
        )  # fmt: skip
        relatives.add_relative(
            session, ACTOR, case.id, surname="Шумова", given_name="Ольга", relation="wife"
        )
        said = (("killed", "2026-04-02", "unit"), ("wounded", "2026-04-05", "opposing_side"))
        for claim, day, kind in said:
            reports.add_report(
                session, ACTOR, person.id, claim=claim, event=day, source_kind=kind,
                received_on="2026-04-08",
            )  # fmt: skip


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    folder = tmp_path_factory.mktemp("desk")
    db_path = folder / "caseworker.sqlite"
    database = open_database(str(db_path))
    fill(database)
    with database.read() as session:
        export_workbook(session, folder / "cases.xlsx")
    yield Desk(database, db_path, (folder / "cases.xlsx").read_bytes())
    database.dispose()


@pytest.fixture
def exported(desk: Desk, tmp_path: Path) -> Path:
    """The desk's export, a copy of its own for each test."""
    path = tmp_path / "cases.xlsx"
    path.write_bytes(desk.workbook)
    return path


# -- Building workbooks ------------------------------------------------------------------


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_members(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_OPEN = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def with_shared_texts(parts: dict[str, bytes], texts: list[str]) -> dict[str, bytes]:
    """``parts`` with a shared texts part holding ``texts`` (as Excel and LibreOffice write)."""
    items = "".join(f"<si><t>{text}</t></si>" for text in texts)
    parts["xl/sharedStrings.xml"] = SST_OPEN + items.encode() + b"</sst>"
    override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_TYPE}"/>'
    types = parts["[Content_Types].xml"].replace(b"</Types>", override.encode() + b"</Types>")
    parts["[Content_Types].xml"] = types
    return parts


def sheet_part(parts: dict[str, bytes], sheet: str) -> str:
    """The zip member holding ``sheet``, found through workbook.xml and its relationships."""
    workbook = parts["xl/workbook.xml"].decode()
    tag = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*>', workbook)
    assert tag is not None, sheet
    relation = re.search(r'r:id="([^"]+)"', tag.group(0))
    assert relation is not None
    relations = parts["xl/_rels/workbook.xml.rels"].decode()
    for element in re.findall(r"<Relationship [^>]*>", relations):
        if f'Id="{relation.group(1)}"' in element:
            target = re.search(r'Target="([^"]+)"', element)
            assert target is not None
            path = target.group(1).lstrip("/")
            return path if path.startswith("xl/") else "xl/" + path
    raise KeyError(sheet)


def rewrite_sheet(source: Path, target: Path, sheet: str, change: Callable[[str], str]) -> Path:
    parts = members(source)
    name = sheet_part(parts, sheet)
    before = parts[name].decode()
    after = change(before).replace("{date}", date_style(parts[sheet_part(parts, "Reports")]))
    assert after != before, "the change must change the sheet"
    parts[name] = after.encode()
    return write_members(target, parts)


def date_style(reports: bytes) -> str:
    """The style id the export gives exact days (that of the Received on cell J2)."""
    found = re.search(r'<c r="J2" s="(\d+)"', reports.decode())
    assert found is not None
    return found.group(1)


def put_cell(xml: str, row: int, cell: str, replaces: str | None = None) -> str:
    """``xml`` with ``cell`` in row ``row``, instead of the cell ``replaces`` when it is
    there (``{date}`` in ``cell`` stands for the date style, see :func:`rewrite_sheet`)."""
    if replaces is not None:
        xml = re.sub(rf'<c r="{replaces}"(?: [^>]*)?(?:/>|>.*?</c>)', "", xml, count=1)
    opening = re.search(rf'<row r="{row}"[^>]*>', xml)
    assert opening is not None
    end = xml.index("</row>", opening.end())
    return xml[:end] + cell + xml[end:]


# A zip written by hand, for members whose declared size lies or whose data is a bomb.


@dataclass(frozen=True)
class Deflated:
    data: bytes  # raw deflate stream
    size: int  # the uncompressed size to declare
    crc: int = 0


def whitespace_stream(before: bytes, megabytes: int, after: bytes) -> bytes:
    """A raw deflate stream of ``before``, ``megabytes`` MB of spaces and ``after``: each
    megabyte is compressed after a full flush, so its bytes are the same every time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(before) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(b" " * MB) + packer.flush(zlib.Z_FULL_FLUSH)
    return head + block * megabytes + packer.compress(after) + packer.flush()


def write_zip(path: Path, parts: dict[str, bytes | Deflated]) -> Path:
    local = bytearray()
    central = bytearray()
    for name, part in parts.items():
        if isinstance(part, bytes):
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            part = Deflated(packer.compress(part) + packer.flush(), len(part), zlib.crc32(part))
        encoded = name.encode()
        offset = len(local)
        fields = (20, 0, 8, 0, 0x21, part.crc, len(part.data), part.size, len(encoded), 0)
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + encoded + part.data
        central += (
            struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + encoded
        )
    count = len(parts)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def bomb(exported: Path, target: Path, sheet: str, part: Deflated) -> Path:
    parts: dict[str, bytes | Deflated] = dict(members(exported))
    parts[sheet_part(members(exported), sheet)] = part
    return write_zip(target, parts)


SHEET_OPEN = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_CLOSE = b"</sheetData></worksheet>"


def header_row(exported: Path, sheet: str) -> bytes:
    xml = members(exported)[sheet_part(members(exported), sheet)].decode()
    found = re.search(r'<row r="1".*?</row>', xml)
    assert found is not None
    return found.group(0).encode()


# -- Checking what the user sees ---------------------------------------------------------


def saved(db_path: Path) -> list[str]:
    """Everything the database holds, to compare before and after."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def refusal(desk: Desk, path: Path, limits: Limits | None = None) -> str:
    """The sentence of the refusal, as the window gets it (plan_import in a read session)."""
    with pytest.raises(ImportRefused) as caught, desk.database.read() as session:
        plan_import(session, path, limits)
    message = caught.value.message
    assert message and "\n" not in message and "Traceback" not in message
    return message


def planned(desk: Desk, path: Path) -> ImportPlan:
    with desk.database.read() as session:
        return plan_import(session, path)


def command_line(desk: Desk, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``python -m caseworker import FILE`` prints, checked to exit 1 without traceback."""
    capsys.readouterr()
    status = main(["--db", str(desk.db_path), "import", str(path)])
    out, err = capsys.readouterr()
    assert status == 1, (out, err)
    assert "Traceback" not in out + err
    assert "Imported." not in out
    return out + err


def refused_both_ways(
    desk: Desk, path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    """The refusal of ``path`` by the window's import and by the command line, each checked
    as above; nothing saved changed."""
    before = saved(desk.db_path)
    message, printed = refusal(desk, path), command_line(desk, path, capsys)
    assert saved(desk.db_path) == before
    return message, printed


# -- The file itself: missing, a folder, a pipe, a socket, a device ----------------------


def make_missing(tmp: Path) -> Path:
    return tmp / "absent.xlsx"


def make_folder(tmp: Path) -> Path:
    (tmp / "folder.xlsx").mkdir()
    return tmp / "folder.xlsx"


def make_fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.xlsx")
    return tmp / "pipe.xlsx"


def make_link_to_fifo(tmp: Path) -> Path:
    (tmp / "link.xlsx").symlink_to(make_fifo(tmp))
    return tmp / "link.xlsx"


def make_socket(tmp: Path) -> Path:
    path = tmp / "s.xlsx"
    if len(str(path)) > 100:
        pytest.skip("the temporary folder's path is too long for a socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
    return path


def make_device(_tmp: Path) -> Path:
    return Path(os.devnull)


def make_empty(tmp: Path) -> Path:
    (tmp / "empty.xlsx").write_bytes(b"")
    return tmp / "empty.xlsx"


FILES = {
    "missing": (make_missing, "There is no file “absent.xlsx”"),
    "folder": (make_folder, "“folder.xlsx” is a folder"),
    "fifo": (make_fifo, "“pipe.xlsx” is not a regular file"),
    "link to a fifo": (make_link_to_fifo, "“link.xlsx” is not a regular file"),
    "socket": (make_socket, "“s.xlsx” is not a regular file"),
    "device": (make_device, "is not a regular file"),
    "empty": (make_empty, "“empty.xlsx” is not an Excel workbook"),
}


def test_a_fifo_does_not_hang_the_command_line(desk: Desk, tmp_path: Path) -> None:
    """The real program, as a user starts it: nothing writes to the pipe, and it must not wait."""
    path = make_fifo(tmp_path)
    environment = {k: v for k, v in os.environ.items() if k != "CASEWORKER_DB"}
    result = subprocess.run(
        [sys.executable, "-m", "caseworker", "--db", str(desk.db_path), "import", str(path)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert "“pipe.xlsx” is not a regular file" in result.stderr


# -- The zip container -------------------------------------------------------------------


def truncated(exported: Path, tmp: Path) -> Path:
    data = exported.read_bytes()
    (tmp / "half.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "half.xlsx"


def deflated_sheet(
    exported: Path, sheet: str
) -> tuple[dict[str, bytes | Deflated], str, bytes, bytes]:
    """The workbook's parts, the name of ``sheet``'s part, its bytes, and them deflated."""
    parts: dict[str, bytes | Deflated] = dict(members(exported))
    name = sheet_part(members(exported), sheet)
    data = parts[name]
    assert isinstance(data, bytes)
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return parts, name, data, packer.compress(data) + packer.flush()


def garbled(exported: Path, tmp: Path) -> Path:
    """A sheet's compressed bytes overwritten: the zip's directory is intact."""
    parts, name, data, packed = deflated_sheet(exported, "Reports")
    stream = bytearray(packed)
    stream[len(stream) // 3 : len(stream) // 3 + 64] = bytes(range(64))
    parts[name] = Deflated(bytes(stream), len(data), zlib.crc32(data))
    return write_zip(tmp / "garbled.xlsx", parts)


def wrong_crc(exported: Path, tmp: Path) -> Path:
    parts, name, data, packed = deflated_sheet(exported, "Persons")
    parts[name] = Deflated(packed, len(data), 12345)
    return write_zip(tmp / "crc.xlsx", parts)


def entity_bomb(exported: Path, tmp: Path) -> Path:
    """A billion laughs in workbook.xml."""
    parts = members(exported)
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    parts["xl/workbook.xml"] = (
        parts["xl/workbook.xml"]
        .replace(
            b"<workbook ",
            f'<!DOCTYPE workbook [<!ENTITY l0 "ha">{laughs}]><workbook '.encode(),
            1,
        )
        .replace(b"<workbookPr/>", b"<workbookPr/><x>&l9;</x>", 1)
    )
    return write_members(tmp / "laughs.xlsx", parts)


def external_entity(exported: Path, tmp: Path) -> Path:
    parts = members(exported)
    name = sheet_part(parts, "Reports")
    parts[name] = (
        parts[name]
        .replace(
            b"<worksheet ", b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet ', 1
        )
        .replace(b"<t>killed</t>", b"<t>&x;</t>", 1)
    )
    return write_members(tmp / "entity.xlsx", parts)


def sheet_too_big_declared(exported: Path, tmp: Path) -> Path:
    """1.5 GB of whitespace in a sheet, its size declared honestly."""
    stream = whitespace_stream(SHEET_OPEN + header_row(exported, "Reports"), 1500, SHEET_CLOSE)
    size = len(SHEET_OPEN) + len(header_row(exported, "Reports")) + 1500 * MB + len(SHEET_CLOSE)
    return bomb(exported, tmp / "declared.xlsx", "Reports", Deflated(stream, size))


def sheet_size_lies(exported: Path, tmp: Path) -> Path:
    """1.5 GB of whitespace in a sheet that declares 20 kB."""
    stream = whitespace_stream(SHEET_OPEN + header_row(exported, "Reports"), 1500, SHEET_CLOSE)
    return bomb(exported, tmp / "lies.xlsx", "Reports", Deflated(stream, 20_000))


CONTAINERS = {
    "truncated zip": (truncated, "is not an Excel workbook"),
    "garbled deflate data": (garbled, DAMAGED),
    "wrong checksum": (wrong_crc, DAMAGED),
    "entity expansion": (entity_bomb, DAMAGED),
    "external entity": (external_entity, DAMAGED),
    "part too big as declared": (sheet_too_big_declared, TOO_BIG),
    "part bigger than declared": (sheet_size_lies, DAMAGED),
}


@pytest.mark.parametrize("case", [*FILES, *CONTAINERS], ids=[*FILES, *CONTAINERS])
def test_what_is_not_a_saved_file_or_a_sound_container_is_refused(
    case: str,
    desk: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    """The file itself (above), or a damaged zip made from an exported workbook."""
    if case in FILES:
        make_file, sentence = FILES[case]
        path = make_file(tmp_path)
    else:
        make_zip, sentence = CONTAINERS[case]
        path = make_zip(request.getfixturevalue("exported"), tmp_path)
    message, printed = refused_both_ways(desk, path, capsys)
    assert sentence in message
    assert sentence in printed


def test_too_many_parts_are_refused_before_reading_them(desk: Desk, exported: Path) -> None:
    assert TOO_BIG in refusal(desk, exported, Limits(max_parts=5))


def test_too_many_shared_texts_are_refused(desk: Desk, exported: Path, tmp_path: Path) -> None:
    parts = with_shared_texts(members(exported), ["a", "b", "c", "d"])
    path = write_members(tmp_path / "shared.xlsx", parts)
    assert "more than 3 different texts" in refusal(desk, path, Limits(max_shared_strings=3))


# -- Cells and rows that no spreadsheet writes -------------------------------------------

REFUSED_CELLS = {
    # (sheet, row, cell XML, the cell it replaces, what the sentence says)
    "version abc": ("Reports", 2, '<c r="B2" t="n"><v>abc</v></c>', "B2", "cell B2"),
    "version NaN": ("Reports", 2, '<c r="B2" t="n"><v>NaN</v></c>', "B2", "“NaN”"),
    "version inf": ("Reports", 2, '<c r="B2"><v>inf</v></c>', "B2", "“inf”"),
    "number abc": ("Reports", 2, '<c r="Q2"><v>abc</v></c>', "Q2", "“abc”"),
    "number overflow": ("Persons", 2, '<c r="Q2"><v>1e999</v></c>', "Q2", "“1e999”"),
    "number empty text": ("Reports", 2, '<c r="Q2"><v> </v></c>', "Q2", "cell Q2"),
    "shared text beyond the table": ("Reports", 2, '<c r="Q2" t="s"><v>7</v></c>', "Q2", "Q2"),
    "shared text -1": ("Reports", 2, '<c r="Q2" t="s"><v>-1</v></c>', "Q2", "Q2"),
    "shared text abc": ("Reports", 2, '<c r="Q2" t="s"><v>abc</v></c>', "Q2", "Q2"),
    "boolean xyz": ("Reports", 2, '<c r="Q2" t="b"><v>xyz</v></c>', "Q2", "“xyz”"),
    "beyond column XFD": (
        "Reports",
        2,
        '<c r="XFE2" t="inlineStr"><is><t>x</t></is></c>',
        None,
        "“XFE2”",
    ),
    "four letters": ("Relatives", 2, '<c r="AAAA2"><v>1</v></c>', None, "“AAAA2”"),
    "reference garbage": ("Cases", 2, '<c r="2Q"><v>1</v></c>', None, "“2Q”"),
    "cell of another row": ("Reports", 2, '<c r="Q7"><v>1</v></c>', None, "“Q7”"),
    "error value": ("Reports", 2, '<c r="Q2" t="e"><v>#N/A</v></c>', "Q2", "#N/A"),
    "error value in a date": ("Reports", 2, '<c r="J2" t="e"><v>#VALUE!</v></c>', "J2", "#VALUE!"),
    "unknown cell type": ("Reports", 2, '<c r="Q2" t="zzz"><v>1</v></c>', "Q2", "“zzz”"),
}


@pytest.mark.parametrize("case", REFUSED_CELLS, ids=list(REFUSED_CELLS))
def test_a_cell_no_spreadsheet_writes_is_refused(
    case: str,
    desk: Desk,
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sheet, row, cell, replaces, sentence = REFUSED_CELLS[case]
    path = rewrite_sheet(
        exported, tmp_path / "cell.xlsx", sheet, lambda xml: put_cell(xml, row, cell, replaces)
    )
    message, printed = refused_both_ways(desk, path, capsys)
    assert sheet in message and sentence in message
    assert message in printed


@pytest.mark.parametrize("index", [1, 2])
def test_a_shared_text_is_read_or_its_index_refused(
    index: int, desk: Desk, exported: Path, tmp_path: Path
) -> None:
    """Index 1 is the second of two shared texts; index 2 is one past the end."""
    parts = with_shared_texts(members(exported), ["Шумов", "killed"])
    name = sheet_part(parts, "Reports")
    cell = f'<c r="G2" t="s"><v>{index}</v></c>'
    parts[name] = put_cell(parts[name].decode(), 2, cell, "G2").encode()
    path = write_members(tmp_path / "shared.xlsx", parts)
    if index == 1:
        assert planned(desk, path).errors == []
    else:
        message = refusal(desk, path)
        assert "Reports" in message and "G2" in message and "shared text" in message


ROWS = {
    "row 0": (lambda xml: xml.replace('<row r="2"', '<row r="0"', 1), "“0”"),
    "row abc": (lambda xml: xml.replace('<row r="2"', '<row r="abc"', 1), "“abc”"),
    "row beyond 1048576": (
        lambda xml: re.sub(r'r="([A-Z]+)2"', r'r="\g<1>1048577"', xml).replace(
            '<row r="2"', '<row r="1048577"', 1
        ),
        "“1048577”",
    ),
    "rows out of order": (
        lambda xml: xml.replace('<row r="3"', '<row r="2"', 1),
        "out of order",
    ),
}


@pytest.mark.parametrize("case", ROWS, ids=list(ROWS))
def test_a_row_no_spreadsheet_writes_is_refused(
    case: str, desk: Desk, exported: Path, tmp_path: Path
) -> None:
    change, sentence = ROWS[case]
    path = rewrite_sheet(exported, tmp_path / "rows.xlsx", "Reports", change)
    message = refusal(desk, path)
    assert "Reports" in message and sentence in message


def test_empty_rows_count_towards_the_row_limit(desk: Desk, exported: Path, tmp_path: Path) -> None:
    """A sheet of empty rows is not read for ever: each counts (1,000,000 by default)."""
    path = rewrite_sheet(
        exported,
        tmp_path / "rows.xlsx",
        "Reports",
        lambda xml: xml.replace("</sheetData>", "<row/>" * 50 + "</sheetData>"),
    )
    assert "more than 40 rows" in refusal(desk, path, Limits(max_rows=40))


def test_cells_count_towards_the_cell_limit(desk: Desk, exported: Path, tmp_path: Path) -> None:
    """Every cell costs time even when empty: a sheet takes 30,000,000 by default."""
    path = rewrite_sheet(
        exported,
        tmp_path / "cells.xlsx",
        "Reports",
        lambda xml: xml.replace(
            "</sheetData>", '<row r="9">' + "<c/>" * 100 + "</row></sheetData>"
        ),
    )
    assert "more than 90 cells" in refusal(desk, path, Limits(max_cells=90))


# -- Cells that are listed as invalid, as any bad value is -------------------------------

INVALID_CELLS = {
    # (sheet, row, cell XML, the cell it replaces, column header, what the reason says)
    "date before 1900": (
        "Persons", 2, '<c r="I2" s="{date}"><v>-5</v></c>', "I2", "Born on", "too far in the past"
    ),
    "serial 0 (1900-01-00)": (
        "Persons", 2, '<c r="I2" s="{date}"><v>0</v></c>', "I2", "Born on", "is not a date"
    ),
    "serial 60 (1900-02-29)": (
        "Persons", 2, '<c r="I2" s="{date}"><v>60</v></c>', "I2", "Born on", "not a day that exists"
    ),
    "serial 60 as an event": (
        "Reports", 2, '<c r="H2" s="{date}"><v>60</v></c>', "H2", "Event date",
        "not a day that exists",
    ),
    "serial beyond 9999": (
        "Persons", 2, '<c r="I2" s="{date}"><v>1e7</v></c>', "I2", "Born on", "is not a date"
    ),
    "ISO date before 1900": (
        "Persons", 2, '<c r="I2" t="d"><v>1850-06-01</v></c>', "I2", "Born on",
        "too far in the past",
    ),
    "impossible ISO date": (
        "Reports", 2, '<c r="I2" t="d"><v>2026-02-30</v></c>', "I2", "Stated on",
        "not a day that exists",
    ),
    "ISO date that is no date": (
        "Reports", 2, '<c r="J2" t="d"><v>yesterday</v></c>', "J2", "Received on",
        "is not a date",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", INVALID_CELLS, ids=list(INVALID_CELLS))
def test_a_date_no_calendar_has_is_an_invalid_cell(
    case: str,
    desk: Desk,
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sheet, row, cell, replaces, header, reason = INVALID_CELLS[case]
    path = rewrite_sheet(
        exported, tmp_path / "date.xlsx", sheet, lambda xml: put_cell(xml, row, cell, replaces)
    )
    before = saved(desk.db_path)
    preview = planned(desk, path)
    [error] = [e for e in preview.errors if (e.sheet, e.row, e.column) == (sheet, row, header)]
    assert reason in error.reason
    assert preview.errors == [error]
    printed = command_line(desk, path, capsys)
    assert reason in printed and "Nothing was imported." in printed
    assert saved(desk.db_path) == before


def test_texts_and_dates_spreadsheets_write_still_read(
    desk: Desk, exported: Path, tmp_path: Path
) -> None:
    """Rich text (its phonetic guide left out), a formula's text result, a date serial."""

    def change(xml: str) -> str:
        xml = put_cell(xml, 2, '<c r="Q2" t="inlineStr"><is><r><t>с. </t></r><r><rPr><b/>'
                       '</rPr><t>Заречное</t></r><rPh><t>x</t></rPh></is></c>', "Q2")  # fmt: skip
        xml = put_cell(xml, 2, '<c r="N2" t="str"><v>№ 17</v></c>', "N2")
        return put_cell(xml, 2, '<c r="I2" s="{date}"><v>44651</v></c>', "I2")

    path = rewrite_sheet(exported, tmp_path / "fine.xlsx", "Reports", change)
    preview = planned(desk, path)
    assert preview.errors == []
    [update] = preview.changes
    assert update.values["place"] == "с. Заречное"
    assert update.values["document_ref"] == "№ 17"
    assert update.values["stated_on"].isoformat() == "2022-03-31"


# -- Bombs: memory and time stay bounded -------------------------------------------------


def wide_row(exported: Path, tmp: Path) -> Path:
    """One row of four million empty cells (16 MB of XML)."""
    body = SHEET_OPEN + header_row(exported, "Reports") + b'<row r="2">'
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b"<c/>" * (MB // 4)
    stream = packer.compress(body) + packer.flush(zlib.Z_FULL_FLUSH)
    chunk = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    stream += chunk * 16 + packer.compress(b"</row>" + SHEET_CLOSE) + packer.flush()
    size = len(body) + 16 * MB + 6 + len(SHEET_CLOSE)
    return bomb(exported, tmp / "wide.xlsx", "Reports", Deflated(stream, size))


def many_elements(exported: Path, tmp: Path) -> Path:
    """Eight million unknown elements between two rows."""
    parts: dict[str, bytes | Deflated] = dict(members(exported))
    head = SHEET_OPEN + header_row(exported, "Reports")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    chunk = packer.compress(b"<x/>" * (MB // 4)) + packer.flush(zlib.Z_FULL_FLUSH)
    stream += chunk * 32 + packer.compress(SHEET_CLOSE) + packer.flush()
    parts[sheet_part(members(exported), "Reports")] = Deflated(
        stream, len(head) + 32 * MB + len(SHEET_CLOSE)
    )
    return write_zip(tmp / "elements.xlsx", parts)


def deep(exported: Path, tmp: Path) -> Path:
    head = SHEET_OPEN + header_row(exported, "Reports")
    body = head + b"<x>" * 200_000 + b"</x>" * 200_000 + SHEET_CLOSE
    return bomb(exported, tmp / "deep.xlsx", "Reports", Deflated(*_deflate(body)))


def _deflate(data: bytes) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), len(data), zlib.crc32(data)


def whitespace_within_limits(exported: Path, tmp: Path) -> Path:
    """800 MB of whitespace in a sheet, declared honestly: under the part's limit."""
    head = SHEET_OPEN + header_row(exported, "Reports")
    stream = whitespace_stream(head, 800, SHEET_CLOSE)
    size = len(head) + 800 * MB + len(SHEET_CLOSE)
    return bomb(exported, tmp / "whitespace.xlsx", "Reports", Deflated(stream, size))


def giant_shared_text(exported: Path, tmp: Path, megabytes: int, name: str) -> Path:
    parts: dict[str, bytes | Deflated] = dict(with_shared_texts(members(exported), []))
    head = SST_OPEN + b'<si><t xml:space="preserve">'
    tail = b"</t></si></sst>"
    stream = whitespace_stream(head, megabytes, tail)
    parts["xl/sharedStrings.xml"] = Deflated(stream, len(head) + megabytes * MB + len(tail))
    return write_zip(tmp / name, parts)


BOMBS: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "1.5 GB sheet": (sheet_too_big_declared, TOO_BIG),
    "1.5 GB sheet declared as 20 kB": (sheet_size_lies, DAMAGED),
    "800 MB of whitespace": (whitespace_within_limits, "holds a text longer"),
    "1.5 GB shared text": (
        lambda e, t: giant_shared_text(e, t, 1500, "shared-declared.xlsx"),
        TOO_BIG,
    ),
    "800 MB shared text": (
        lambda e, t: giant_shared_text(e, t, 800, "shared.xlsx"),
        "holds a text longer",
    ),
    "4 million cells in a row": (wide_row, "Sheet “Reports” is damaged"),
    "8 million elements": (many_elements, "Sheet “Reports” is damaged"),
    "200,000 nested elements": (deep, DAMAGED),
}

CHILD = """
import json, resource, sys, time
from caseworker.xlsx import ImportRefused, read_workbook
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
results = {"before": peak(), "files": {}}
for path in sys.argv[1:]:
    started = time.perf_counter()
    try:
        read_workbook(path)
        message = "read without a refusal"
    except ImportRefused as error:
        message = error.message
    results["files"][path] = [message, time.perf_counter() - started]
results["peak"] = peak()
print(json.dumps(results))
"""


def test_bombs_are_refused_in_bounded_memory_and_time(exported: Path, tmp_path: Path) -> None:
    paths: dict[str, Path] = {}
    for number, (name, (make, _sentence)) in enumerate(BOMBS.items()):
        folder = tmp_path / str(number)
        folder.mkdir()
        source = folder / "export.xlsx"
        source.write_bytes(exported.read_bytes())
        paths[name] = make(source, folder)
        assert paths[name].stat().st_size < 20 * MB
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, paths.values())],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for name, (_make, sentence) in BOMBS.items():
        message, seconds = report["files"][str(paths[name])]
        assert sentence in message, (name, message)
        # A guard against reading on and on, not a timing: each takes well under a second on
        # a quiet machine, and a shared CI machine may be many times slower.
        assert seconds < 60, (name, seconds)
    grown = report["peak"] - report["before"]
    assert grown < 100, f"peak memory grew by {grown:.0f} MB reading the bombs"


# -- In the user's language --------------------------------------------------------------


def russian() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(RUSSIAN).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                table[(name, message.findtext("source") or "")] = translation.text
    return table


@pytest.fixture
def in_russian() -> Iterator[None]:
    i18n.install_catalogue(russian())
    yield
    i18n.install_translator(None)


@pytest.mark.usefixtures("in_russian")
def test_refusals_are_in_the_users_language(desk: Desk, exported: Path, tmp_path: Path) -> None:
    assert "Файла «absent.xlsx» нет" in refusal(desk, tmp_path / "absent.xlsx")
    path = rewrite_sheet(
        exported,
        tmp_path / "error.xlsx",
        "Reports",
        lambda xml: put_cell(xml, 2, '<c r="Q2" t="e"><v>#N/A</v></c>', "Q2"),
    )
    message = refusal(desk, path)
    assert "#N/A" in message and re.search("[а-яё]{4}", message), message
    assert DAMAGED not in refusal(desk, garbled(exported, tmp_path))
