"""The command line on a database protected with a passphrase: ``--passphrase-file``,
``$CASEWORKER_PASSPHRASE_FILE``, refusals that change nothing, and ``passphrase ...``."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.db import open_database
from caseworker.security import create_keys, keys_path
from caseworker.services import cases
from tests.cli_runner import Result, refused, run, run_process
from tests.conftest import ACTOR
from tests.db.test_encrypted import flip_bit

pytestmark = pytest.mark.sqlite_only(reason="encryption of SQLite files")

PASSPHRASE = "Ёлка и шесть гусей"
NEW_PASSPHRASE = "a new passphrase for Шумовы"
FAMILY = "Шумовы"


@pytest.fixture
def protected(db_path: Path) -> str:
    """An encrypted database with one case; its recovery code."""
    unlocked, code = create_keys(db_path, PASSPHRASE)
    database = open_database(str(db_path), key=unlocked.keys.database)
    try:
        with database.write() as session:
            cases.create_case(session, ACTOR, family_name=FAMILY, region="Курская область")
    finally:
        database.dispose()
    return code


def secret_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def files_of(db_path: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(db_path.parent.glob("*.sqlite*"))}


def no_secret_in(result: Result, *secrets: str) -> Result:
    for secret in secrets:
        assert secret not in result.stdout and secret not in result.stderr
    return result


@pytest.mark.usefixtures("protected")
def test_search_with_the_passphrase_file_or_the_variable(db_path: Path, tmp_path: Path) -> None:
    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    given = no_secret_in(run(db_path, "--passphrase-file", str(file), "search", FAMILY), PASSPHRASE)
    assert given.returncode == 0, given.stderr
    assert FAMILY in given.stdout and given.stderr == ""
    from_env = run(db_path, "search", FAMILY, env={"CASEWORKER_PASSPHRASE_FILE": str(file)})
    assert from_env.returncode == 0 and FAMILY in from_env.stdout, from_env.stderr
    added = run(db_path, "--passphrase-file", str(file), "case", "add", "--family", "Ивановы")
    assert added.returncode == 0, added.stderr
    assert "Ивановы" in run(db_path, "--passphrase-file", str(file), "search", "Ивановы").stdout
    assert "Ивановы".encode() not in db_path.read_bytes()


@pytest.mark.usefixtures("protected")
def test_a_windows_line_end_and_a_byte_order_mark_are_not_part_of_it(
    db_path: Path, tmp_path: Path
) -> None:
    file = tmp_path / "pass.txt"
    file.write_bytes(("\ufeff" + PASSPHRASE + "\r\nnot this line\r\n").encode("utf-8"))
    result = run(db_path, "--passphrase-file", str(file), "search", FAMILY)
    assert result.returncode == 0 and FAMILY in result.stdout, result.stderr


@pytest.mark.usefixtures("protected")
def test_without_or_with_a_wrong_passphrase_nothing_is_opened_or_changed(
    db_path: Path, tmp_path: Path
) -> None:
    before = files_of(db_path)
    missing = refused(run(db_path, "search", FAMILY))
    assert "protected with a passphrase" in missing
    assert "--passphrase-file" in missing and "CASEWORKER_PASSPHRASE_FILE" in missing
    wrong = secret_file(tmp_path, "wrong.txt", "not the passphrase at all")
    told = refused(
        no_secret_in(
            run(db_path, "--passphrase-file", str(wrong), "case", "add", "--family", "Ивановы"),
            "not the passphrase at all",
        )
    )
    assert told == "The passphrase is not right. Nothing was changed."
    unreadable = refused(run(db_path, "--passphrase-file", str(tmp_path / "nowhere"), "check"))
    assert "The passphrase file" in unreadable and "cannot be read" in unreadable
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    assert "is empty" in refused(run(db_path, "--passphrase-file", str(empty), "check"))
    not_text = tmp_path / "binary"
    not_text.write_bytes(b"\xff\xfe\x00secret")
    assert "not text" in refused(run(db_path, "--passphrase-file", str(not_text), "check"))
    assert files_of(db_path) == before


@pytest.mark.usefixtures("protected")
def test_the_refusal_is_in_russian_for_a_russian_caseworker(db_path: Path) -> None:
    message = refused(run(db_path, "search", FAMILY, env={"LANG": "ru_RU.UTF-8"}))
    assert "--passphrase-file" in message and "пароль" in message.lower()


def test_a_plain_database_goes_on_with_a_note(db_path: Path, tmp_path: Path) -> None:
    nowhere = str(tmp_path / "no-such-file")  # not read: a plain database needs none
    added = run(db_path, "--passphrase-file", nowhere, "case", "add", "--family", FAMILY)
    assert added.returncode == 0 and added.stdout.strip()
    assert "is not protected with a passphrase" in added.stderr
    plain = run(db_path, "search", FAMILY)
    assert FAMILY in plain.stdout and plain.stderr == ""


@pytest.mark.usefixtures("protected")
def test_an_encrypted_file_without_its_keys_file_says_so(db_path: Path, tmp_path: Path) -> None:
    keys_path(db_path).rename(tmp_path / "elsewhere.keys")
    message = refused(run(db_path, "search", FAMILY))
    assert "keys file" in message and "is missing" in message


@pytest.mark.usefixtures("protected")
def test_change_then_the_old_passphrase_is_refused_and_the_new_one_works(
    db_path: Path, tmp_path: Path
) -> None:
    old = secret_file(tmp_path, "old.txt", PASSPHRASE)
    new = secret_file(tmp_path, "new.txt", NEW_PASSPHRASE)
    database_before = db_path.read_bytes()
    changed = no_secret_in(
        run(
            db_path,
            "passphrase",
            "change",
            "--passphrase-file",
            str(old),
            "--new-passphrase-file",
            str(new),
        ),
        PASSPHRASE,
        NEW_PASSPHRASE,
    )
    assert changed.returncode == 0, changed.stderr
    assert "was changed" in changed.stdout
    assert db_path.read_bytes() == database_before  # nothing re-encrypted
    assert refused(run(db_path, "--passphrase-file", str(old), "search", FAMILY)).startswith(
        "The passphrase is not right"
    )
    works = run(db_path, "--passphrase-file", str(new), "search", FAMILY)
    assert works.returncode == 0 and FAMILY in works.stdout
    # The global option and the variable name the current passphrase too.
    back = run(
        db_path,
        "passphrase",
        "change",
        "--new-passphrase-file",
        str(old),
        env={"CASEWORKER_PASSPHRASE_FILE": str(new)},
    )
    assert back.returncode == 0, back.stderr


@pytest.mark.usefixtures("protected")
def test_a_wrong_or_too_short_passphrase_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    before = files_of(db_path)
    old = secret_file(tmp_path, "old.txt", PASSPHRASE)
    wrong = secret_file(tmp_path, "wrong.txt", "not the passphrase at all")
    new = secret_file(tmp_path, "new.txt", NEW_PASSPHRASE)
    short = secret_file(tmp_path, "short.txt", "short")
    change = ("passphrase", "change", "--new-passphrase-file")
    assert "not right" in refused(run(db_path, *change, str(new), "--passphrase-file", str(wrong)))
    assert "too short" in refused(run(db_path, *change, str(short), "--passphrase-file", str(old)))
    assert "passphrase" in refused(run(db_path, *change, str(new)))  # no current one
    assert files_of(db_path) == before


def test_recover_with_the_code_prints_a_new_one(
    protected: str, db_path: Path, tmp_path: Path
) -> None:
    code_file = secret_file(tmp_path, "code.txt", protected.lower())  # as typed: any case
    new = secret_file(tmp_path, "new.txt", NEW_PASSPHRASE)
    recover = ("passphrase", "recover", "--new-passphrase-file", str(new), "--recovery-code-file")
    result = no_secret_in(run(db_path, *recover, str(code_file)), NEW_PASSPHRASE, protected)
    assert result.returncode == 0, result.stderr
    new_code = result.stdout.strip()
    assert len(new_code) == len(protected) and new_code != protected
    assert "shown only this once" in result.stderr
    works = run(db_path, "--passphrase-file", str(new), "search", FAMILY)
    assert works.returncode == 0 and FAMILY in works.stdout
    # The code used opens nothing any more; the new one does.
    assert "not the one of this database" in refused(run(db_path, *recover, str(code_file)))
    again = run(db_path, *recover, str(secret_file(tmp_path, "code2.txt", new_code)))
    assert again.returncode == 0, again.stderr


def test_a_mistyped_recovery_code_is_told_as_a_typo(
    protected: str, db_path: Path, tmp_path: Path
) -> None:
    before = files_of(db_path)
    typo = protected[:-1] + ("0" if protected[-1] != "0" else "1")
    new = secret_file(tmp_path, "new.txt", NEW_PASSPHRASE)
    message = refused(
        run(
            db_path,
            "passphrase",
            "recover",
            "--recovery-code-file",
            str(secret_file(tmp_path, "code.txt", typo)),
            "--new-passphrase-file",
            str(new),
        )
    )
    assert "typo" in message or "not the one" in message
    assert typo not in message
    assert files_of(db_path) == before


def test_a_new_recovery_code_replaces_the_old(
    protected: str, db_path: Path, tmp_path: Path
) -> None:
    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    result = no_secret_in(
        run(db_path, "passphrase", "recovery-code", "--passphrase-file", str(file)), PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    new_code = result.stdout.strip()
    assert new_code != protected and "shown only this once" in result.stderr
    new = secret_file(tmp_path, "new.txt", NEW_PASSPHRASE)
    recover = ("passphrase", "recover", "--new-passphrase-file", str(new), "--recovery-code-file")
    old_code = secret_file(tmp_path, "old-code.txt", protected)
    assert "not the one of this database" in refused(run(db_path, *recover, str(old_code)))
    used = run(db_path, *recover, str(secret_file(tmp_path, "code.txt", new_code)))
    assert used.returncode == 0, used.stderr


def test_passphrase_commands_on_a_plain_database_are_refused(db_path: Path, tmp_path: Path) -> None:
    run(db_path, "case", "add", "--family", FAMILY)
    before = files_of(db_path)
    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    message = refused(run(db_path, "passphrase", "recovery-code", "--passphrase-file", str(file)))
    assert "is not protected with a passphrase" in message
    assert files_of(db_path) == before
    assert not keys_path(db_path).exists()


@pytest.mark.usefixtures("protected")
def test_check_on_an_encrypted_database_checks_every_page(db_path: Path, tmp_path: Path) -> None:
    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    clean = run(db_path, "--passphrase-file", str(file), "check")
    assert clean.returncode == 0 and "No problems found" in clean.stderr, clean.stderr
    page = flip_bit(db_path, "audit_entries", _key(db_path))
    damaged = run(db_path, "--passphrase-file", str(file), "check")
    assert damaged.returncode == 1
    assert "damaged" in damaged.stdout and f"page {page}" in damaged.stdout, damaged


def _key(db_path: Path) -> bytes:
    from caseworker.security import unlock

    return unlock(db_path, PASSPHRASE).keys.database


@pytest.mark.usefixtures("protected")
def test_the_program_reads_the_variable_at_start(db_path: Path, tmp_path: Path) -> None:
    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    result = run_process(db_path, "search", FAMILY, env={"CASEWORKER_PASSPHRASE_FILE": str(file)})
    assert result.returncode == 0 and FAMILY in result.stdout, result.stderr
    assert PASSPHRASE not in result.stdout + result.stderr
    helped = run(None, "--help")
    assert "--passphrase-file" in helped.stdout and "CASEWORKER_PASSPHRASE_FILE" in helped.stdout


@pytest.mark.usefixtures("protected")
def test_commands_that_open_the_file_themselves_are_handed_the_keys(
    db_path: Path, tmp_path: Path
) -> None:
    from caseworker.cli.program import build_parser
    from caseworker.cli.unlock import open_for

    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    args = build_parser().parse_args(
        ["--db", str(db_path), "--passphrase-file", str(file), "check"]
    )
    database = open_for(args)
    try:
        assert database.encrypted and args.keys.database == _key(db_path)
        assert "hidden" in repr(args)
    finally:
        database.dispose()
    plain = tmp_path / "plain.sqlite"
    args = build_parser().parse_args(["--db", str(plain), "check"])
    open_for(args).dispose()
    assert args.keys is None


@pytest.mark.usefixtures("protected")
def test_backup_and_restore_of_a_protected_database_with_its_passphrase(
    db_path: Path, tmp_path: Path
) -> None:
    file = secret_file(tmp_path, "pass.txt", PASSPHRASE)
    root = tmp_path / "backups"
    root.mkdir()  # a backup never makes the chosen folder itself (a disk not connected)
    made = run(db_path, "--passphrase-file", str(file), "backup", "--to", str(root))
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.strip().splitlines()[-1])
    copies = [path for path in folder.rglob("*") if path.is_file()]
    assert copies and not any(FAMILY.encode() in path.read_bytes() for path in copies)
    assert any(path.name.endswith(".keys") for path in copies)  # the keys go with it

    added = run(db_path, "--passphrase-file", str(file), "case", "add", "--family", "Ивановы")
    assert added.returncode == 0, added.stderr
    back = run(db_path, "--passphrase-file", str(file), "restore", folder.name, "--to", str(root))
    assert back.returncode == 0, back.stderr
    found = run(db_path, "--passphrase-file", str(file), "search", "Ивановы")
    assert (
        "Ивановы" not in found.stdout
        and FAMILY in run(db_path, "--passphrase-file", str(file), "search", FAMILY).stdout
    )


@pytest.mark.usefixtures("protected")
def test_a_restore_keeps_the_passphrase_set_since_the_backup(db_path: Path, tmp_path: Path) -> None:
    """The backup's keys file wraps the same master key as the current one: restoring keeps
    the current (the passphrase and recovery code the caseworker knows now)."""
    old = secret_file(tmp_path, "old.txt", PASSPHRASE)
    new = secret_file(tmp_path, "new.txt", NEW_PASSPHRASE)
    root = tmp_path / "backups"
    root.mkdir()  # a backup never makes the chosen folder itself (a disk not connected)
    made = run(db_path, "--passphrase-file", str(old), "backup", "--to", str(root))
    assert made.returncode == 0, made.stderr
    folder = made.stdout.strip().splitlines()[-1]
    changed = run(db_path, "passphrase", "change", "--passphrase-file", str(old),
                  "--new-passphrase-file", str(new))  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    back = run(db_path, "--passphrase-file", str(new), "restore", folder)
    assert back.returncode == 0, back.stderr
    found = run(db_path, "--passphrase-file", str(new), "search", FAMILY)
    assert found.returncode == 0 and FAMILY in found.stdout, found.stderr
