"""Nothing readable at rest: after a protected database has been used through the services
and the command line, no byte sequence of a distinctive name, of a file's distinctive
content or of the passphrase is anywhere on the disk the program wrote to.

Scanned, every byte: the database's folder (the database, its -wal and -shm, the keys file,
the evidence vault, the backups made into it) and the temporary, cache, data and settings
folders the program was given. The caseworker's own files (the passphrase file, the files
added, the folder exported to) lie outside and are left out, as they are the caseworker's.
Each needle is looked for in UTF-8, UTF-16-LE and UTF-16-BE (and Windows-1251 for the
Cyrillic ones), also inside zip files (a workbook, an archive); the names also by their
stems, so that a declined form ("Зюзиковой") is found too. The files' SHA-256 (hex and raw)
must not appear either, nor any needle in a file's or folder's name: a vault named by SHA-256
would let anyone test whether a known file is there.

The command line adds a file, exports a workbook protected with a password and imports it
back, makes a letter, exports the case's evidence, makes a backup and runs the check.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseworker.db import open_database
from caseworker.security import create_keys
from caseworker.services import addressees, cases, inquiries, relatives
from caseworker.services import evidence as ev
from caseworker.services.inquiry_files import store_and_keep
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed_store import SealedVault
from caseworker.vocab import InquiryFileRole
from tests.cli_runner import run_process
from tests.conftest import ACTOR, add_person

PASSPHRASE = "Рябина у ворот, 9041 кувшин"
WORKBOOK_PASSWORD = "Клюква-на-снегу-3377"
SURNAME, GIVEN_NAME = "Зюзикова", "Агриппина"
FULL_NAME = f"{SURNAME} {GIVEN_NAME}"
#: Distinctive contents: a text marker, and random bytes sliced for a binary needle.
MARKER = "Хрустальный маяк над Вяткой 5583"
CLI_MARKER = "Оловянный флюгер у Сокольников 2719"
NOISE = random.Random(2026).randbytes(300_000)


def _content(marker: str) -> bytes:
    text = f"Письмо семьи. {marker}. Госпиталь № 4711, палата 9.\n" * 400
    return text.encode() + NOISE + text.encode()


@dataclass(frozen=True)
class Needle:
    what: str
    encodings: dict[str, bytes]


def _needle(what: str, value: str | bytes) -> Needle:
    if isinstance(value, bytes):
        return Needle(what, {"bytes": value})
    encodings = {name: value.encode(name) for name in ("utf-8", "utf-16-le", "utf-16-be", "cp1251")}
    return Needle(what, encodings)


def _digest_needles(content: bytes, what: str) -> tuple[Needle, ...]:
    """A file's SHA-256, in hex and raw: a vault named by it would let anyone test whether a
    known file is there (a sealed vault names files by a keyed hash of it)."""
    digest = hashlib.sha256(content)
    return (_needle(f"{what}'s SHA-256", digest.hexdigest()), _needle(what, digest.digest()))


NEEDLES = (
    _needle("the name", FULL_NAME),
    _needle("the surname's stem (any case, the family's name)", SURNAME[:-1]),
    _needle("the given name's stem (any case)", GIVEN_NAME[:-1]),
    _needle("the content", MARKER),
    _needle("the content added on the command line", CLI_MARKER),
    _needle("the content's random bytes", NOISE[100_000:100_048]),
    _needle("the passphrase", PASSPHRASE),
    _needle("the workbook's password", WORKBOOK_PASSWORD),
    *_digest_needles(_content(MARKER), "the photo"),
    *_digest_needles(_content(MARKER) + b"letter", "the letter"),
    *_digest_needles(_content(CLI_MARKER), "the file added on the command line"),
)


def _blobs(path: Path) -> Iterator[tuple[str, bytes]]:
    """The bytes of a file, and of each member when it is a zip file."""
    data = path.read_bytes()
    yield str(path), data
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in archive.namelist():
                    yield f"{path}!{member}", archive.read(member)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError):
            pass  # not a zip, or an encrypted one: its bytes were scanned as they are


def found(roots: list[Path]) -> list[str]:
    """Where any needle appears under ``roots``, in a file's or folder's name or in a file:
    "<file>: <what> in <encoding>" each."""
    hits: list[str] = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            name = os.fsencode(path.relative_to(root))
            hits.extend(
                f"{path}: {needle.what} in its name"
                for needle in NEEDLES
                if needle.encodings.get("utf-8", needle.encodings.get("bytes", b"")) in name
            )
            if path.is_symlink() or not path.is_file():
                continue
            for where, data in _blobs(path):
                hits.extend(
                    f"{where}: {needle.what} in {encoding}"
                    for needle in NEEDLES
                    for encoding, value in needle.encodings.items()
                    if value in data
                )
    return hits


@dataclass(frozen=True)
class Places:
    data: Path  # the database's folder
    outside: Path  # the caseworker's own files
    tmp: Path
    cache: Path
    share: Path
    config: Path

    @property
    def scanned(self) -> list[Path]:
        return [self.data, self.tmp, self.cache, self.share, self.config]


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Places:
    made = Places(
        *(tmp_path / name for name in ("data", "outside", "tmp", "cache", "share", "config"))
    )
    for folder in (made.data, made.outside, made.tmp, made.cache, made.share, made.config):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(made.tmp))
    monkeypatch.setenv("XDG_CACHE_HOME", str(made.cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(made.share))
    monkeypatch.setattr(tempfile, "tempdir", None)  # computed again from $TMPDIR
    return made


def _use_through_the_services(database_file: Path, places: Places) -> tuple[str, int]:
    """A case with the person, a file added to it and an inquiry's letter; its reference and
    the inquiry."""
    unlocked, _code = create_keys(database_file, PASSPHRASE)
    database = open_database(str(database_file), keys=unlocked.keys)
    try:
        vault = vault_of_engine(database.engine)
        assert isinstance(vault, SealedVault)
        photo = places.outside / f"{SURNAME} письмо.txt"
        photo.write_bytes(_content(MARKER))
        letter = places.outside / f"Запрос о {SURNAME}.txt"
        letter.write_bytes(_content(MARKER) + b"letter")
        with database.write() as session:
            case = cases.create_case(
                session, ACTOR, family_name=f"{SURNAME[:-1]}ы", region="Тверская область"
            )
            person = add_person(session, case.id, f"{FULL_NAME} Саввична", birth_date="1990-05-01")
            father = relatives.add_relative(
                session, ACTOR, case.id, surname="Гусев", given_name="Савва", relation="father",
                address="г. Тверь, ул. Тестовая, д. 1",
            )  # fmt: skip
            ev.add_evidence(session, vault, ACTOR, case.id, photo, description=FULL_NAME)
            ministry = addressees.add_addressee(
                session, ACTOR, name="Министерство обороны (тест)", kind="ministry"
            )
            inquiry = inquiries.add_inquiry(
                session, ACTOR, case.id, ministry.id, person_id=person.id, applicant_id=father.id,
                sent_on="2026-09-03",
            )  # fmt: skip
            store_and_keep(session, vault, ACTOR, inquiry.id, letter, InquiryFileRole.LETTER_SENT)
            reference, inquiry_id = case.reference, inquiry.id
        # While it is open too, its WAL holding what was just written (a laptop taken now).
        assert database_file.with_name(database_file.name + "-wal").is_file()
        assert found(places.scanned) == []
        return reference, inquiry_id
    finally:
        database.dispose()


def _use_on_the_command_line(
    database_file: Path, reference: str, inquiry_id: int, places: Places
) -> None:
    passphrase_file = places.outside / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    password_file = places.outside / "workbook-password.txt"
    password_file.write_text(WORKBOOK_PASSWORD + "\n", encoding="utf-8")
    added = places.outside / f"{GIVEN_NAME}.txt"
    added.write_bytes(_content(CLI_MARKER))
    backups = places.data / "backups"
    backups.mkdir()
    env: dict[str, str | None] = {
        "TMPDIR": str(places.tmp),
        "XDG_CACHE_HOME": str(places.cache),
        "XDG_DATA_HOME": str(places.share),
        "XDG_CONFIG_HOME": str(places.config),
        "CASEWORKER_PASSPHRASE_FILE": None,
    }

    def ok(*args: str) -> str:
        result = run_process(
            database_file, "--passphrase-file", str(passphrase_file), *args, env=env
        )
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result.stdout

    ok("evidence", "add", "--case", reference, str(added))
    workbook = places.outside / "cases.xlsx"
    ok("export", "--out", str(workbook), "--password-file", str(password_file))
    ok("import", str(workbook), "--password-file", str(password_file))  # decrypted in memory
    letter = places.outside / "letter.docx"
    ok("letter", "--inquiry", str(inquiry_id), "--template", "ministry", "--out", str(letter))
    exported = places.outside / "exported"
    ok("evidence", "export", "--case", reference, "--out", str(exported))
    ok("backup", "--to", str(backups))
    ok("check")
    # What the caseworker asked for is readable where they asked for it (so the scan is no
    # blind one); a protected workbook is not.
    assert len(found([exported])) > 0
    with zipfile.ZipFile(letter) as document:  # the person is named (declined) in it
        assert SURNAME[:-1].encode() in document.read("word/document.xml")
    assert found([workbook]) == []


def test_nothing_readable_at_rest(places: Places) -> None:
    database_file = places.data / "cases.sqlite"
    reference, inquiry_id = _use_through_the_services(database_file, places)
    _use_on_the_command_line(database_file, reference, inquiry_id, places)

    written = {path.name for path in places.data.iterdir()}
    assert {"cases.sqlite", "cases.sqlite.keys", "cases.evidence", "backups"} <= written
    vault_files = [p for p in (places.data / "cases.evidence").rglob("*") if p.is_file()]
    assert len(vault_files) == 3  # the photo, the letter and the file added on the command line
    backed_up = [p for p in (places.data / "backups").rglob("*") if p.is_file()]
    assert len(backed_up) >= 6  # the database, its keys file, the manifest, the three files
    assert found(places.scanned) == []


def test_the_scan_finds_what_is_there(places: Places) -> None:
    """The scan itself: each needle is found in each of its encodings, in a zip file and in
    names too."""
    for number, needle in enumerate(NEEDLES):
        for encoding, value in needle.encodings.items():
            (places.tmp / f"{number}-{encoding}").write_bytes(b"\x00junk" + value + b"junk")
    with zipfile.ZipFile(places.cache / "book.xlsx", "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/sharedStrings.xml", f"<t>{FULL_NAME}</t>" * 50)
    (places.share / FULL_NAME).mkdir()  # names too: a plain vault names files by SHA-256
    (places.share / hashlib.sha256(_content(MARKER)).hexdigest()).write_bytes(b"x")
    hits = found(places.scanned)
    assert any(hit.endswith(": the name in its name") for hit in hits)
    assert any(hit.endswith(": the photo's SHA-256 in its name") for hit in hits)
    expected = sum(len(needle.encodings) for needle in NEEDLES)
    assert len([hit for hit in hits if str(places.tmp) in hit]) >= expected
    assert any("book.xlsx!xl/sharedStrings.xml: the name in utf-8" in hit for hit in hits)
