"""Making and unlocking a database's keys: passphrase, recovery code, change, damage."""

from __future__ import annotations

import base64
import json
import logging
import os
import stat
import unicodedata
from pathlib import Path

import pytest

from caseworker.i18n import install_translator, source_translation
from caseworker.security import (
    KeysDoNotMatch,
    KeysFileDamaged,
    KeysFileExists,
    KeysFileMissing,
    KeysFileTooNew,
    KeysFileUnavailable,
    PassphraseTooShort,
    RecoveryCodeTypo,
    WrongPassphrase,
    WrongRecoveryCode,
    change_passphrase,
    create_keys,
    derive_keys,
    has_keys,
    keys_path,
    new_recovery_code,
    recovery,
    unlock,
    unlock_with_recovery,
)
from caseworker.security.keys import INFO_DATABASE, hkdf
from caseworker.security.throttle import MAX_DELAY, delay_after

PASSPHRASE = "липовый мёд в июле"
NEW_PASSPHRASE = "correct horse battery staple"


def test_create_then_unlock_gives_the_same_keys(db_file: Path) -> None:
    assert not has_keys(db_file)
    made, code = create_keys(db_file, PASSPHRASE)
    assert has_keys(db_file)
    assert keys_path(db_file) == Path(str(db_file) + ".keys")
    opened = unlock(db_file, PASSPHRASE)
    assert opened.database_id == made.database_id
    assert opened.keys == made.keys
    assert len(code.replace("-", "")) == 24 and code.count("-") == 5
    assert stat.S_IMODE(keys_path(db_file).stat().st_mode) == 0o600


def test_derived_keys_are_hkdf_of_the_master_with_the_database_id() -> None:
    master, database_id = bytes(range(32)), bytes(16)
    keys = derive_keys(master, database_id)
    assert keys.database == hkdf(master, database_id, INFO_DATABASE)
    assert len({keys.database, keys.vault_content, keys.vault_names}) == 3
    assert all(len(key) == 32 for key in (keys.database, keys.vault_content, keys.vault_names))
    assert derive_keys(master, bytes([1]) * 16).database != keys.database
    assert keys.sqlcipher_key_pragma() == f"PRAGMA key = \"x'{keys.database.hex()}'\""


def test_reprs_show_no_key(db_file: Path) -> None:
    unlocked, _ = create_keys(db_file, PASSPHRASE)
    for text in (repr(unlocked), repr(unlocked.keys), str(unlocked)):
        assert unlocked.keys.database.hex() not in text
        assert unlocked._master.hex() not in text
        assert "hidden" in text


def test_an_existing_keys_file_is_never_replaced(db_file: Path) -> None:
    create_keys(db_file, PASSPHRASE)
    before = keys_path(db_file).read_bytes()
    with pytest.raises(KeysFileExists):
        create_keys(db_file, NEW_PASSPHRASE)
    assert keys_path(db_file).read_bytes() == before


@pytest.mark.parametrize("passphrase", ["", "   ", "short", "семь ст"])
def test_a_short_passphrase_is_refused(db_file: Path, passphrase: str) -> None:
    with pytest.raises(PassphraseTooShort) as refused:
        create_keys(db_file, passphrase)
    assert "8" in refused.value.message
    assert not keys_path(db_file).exists()


def test_a_wrong_passphrase_changes_nothing(db_file: Path) -> None:
    create_keys(db_file, PASSPHRASE)
    path = keys_path(db_file)
    before, stamp = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(WrongPassphrase) as refused:
        unlock(db_file, PASSPHRASE.upper())
    assert refused.value.message == "The passphrase is not right. Nothing was changed."
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_the_sentence_is_translated_and_holds_no_passphrase(db_file: Path) -> None:
    create_keys(db_file, PASSPHRASE)
    previous = install_translator(source_translation("ru"))
    try:
        with pytest.raises(WrongPassphrase) as refused:
            unlock(db_file, "не тот пароль")
    finally:
        install_translator(previous)
    assert refused.value.message != "The passphrase is not right. Nothing was changed."
    assert "не тот пароль" not in refused.value.message


def test_repeated_wrong_guesses_are_slowed(db_file: Path, fast_keys: list[float]) -> None:
    create_keys(db_file, PASSPHRASE)
    for _ in range(6):
        with pytest.raises(WrongPassphrase):
            unlock(db_file, "not the passphrase")
    assert fast_keys == [1.0, 2.0, 4.0]
    unlock(db_file, PASSPHRASE)  # the right one clears the count
    with pytest.raises(WrongPassphrase):
        unlock(db_file, "not the passphrase")
    assert fast_keys == [1.0, 2.0, 4.0]
    assert [delay_after(n) for n in (1, 3, 4, 5, 9, 50)] == [0, 0, 1, 2, MAX_DELAY, MAX_DELAY]


def test_a_passphrase_typed_decomposed_is_the_same(db_file: Path) -> None:
    composed = "йогурт и ёлка"
    made, _ = create_keys(db_file, composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert unlock(db_file, decomposed).keys == made.keys


def test_the_recovery_code_unlocks_however_it_is_typed(db_file: Path) -> None:
    made, code = create_keys(db_file, PASSPHRASE)
    assert unlock_with_recovery(db_file, code).keys == made.keys
    loose = " ".join(code.lower().replace("-", ""))
    assert unlock_with_recovery(db_file, loose).keys == made.keys


def test_a_typo_in_the_recovery_code_is_told_as_a_typo(db_file: Path) -> None:
    _, code = create_keys(db_file, PASSPHRASE)
    before = keys_path(db_file).read_bytes()
    position = 6  # in the second group
    replacement = "2" if code[position] != "2" else "3"
    typo = code[:position] + replacement + code[position + 1 :]
    with pytest.raises(RecoveryCodeTypo) as told:
        unlock_with_recovery(db_file, typo)
    assert "typo" in told.value.message
    with pytest.raises(RecoveryCodeTypo) as short:
        unlock_with_recovery(db_file, code[:-1])
    assert "23" in short.value.message
    with pytest.raises(RecoveryCodeTypo) as strange:
        unlock_with_recovery(db_file, "!" + code[1:])
    assert "“!”" in strange.value.message
    assert keys_path(db_file).read_bytes() == before


def test_every_single_character_typo_is_caught_almost_always() -> None:
    code = recovery.read_code(recovery.new_code())
    caught = total = 0
    for position in range(len(code)):
        for letter in recovery.ALPHABET:
            if letter != code[position]:
                total += 1
                try:
                    recovery.read_code(code[:position] + letter + code[position + 1 :])
                except RecoveryCodeTypo:
                    caught += 1
    assert caught / total > 0.98


def test_cyrillic_look_alikes_in_a_code_are_read_as_latin() -> None:
    code = recovery.read_code(recovery.new_code())
    latin_to_cyrillic = str.maketrans("ABCEHKMPTX", "АВСЕНКМРТХ")
    assert recovery.read_code(code.translate(latin_to_cyrillic)) == code


def test_another_databases_code_is_a_wrong_code(tmp_path: Path) -> None:
    create_keys(tmp_path / "a.sqlite", PASSPHRASE)
    _, other = create_keys(tmp_path / "b.sqlite", PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery(tmp_path / "a.sqlite", other)


def test_changing_the_passphrase_keeps_the_keys_and_the_recovery_code(db_file: Path) -> None:
    made, code = create_keys(db_file, PASSPHRASE)
    recovered = unlock_with_recovery(db_file, code)
    change_passphrase(db_file, recovered, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock(db_file, PASSPHRASE)
    assert unlock(db_file, NEW_PASSPHRASE).keys == made.keys
    assert unlock_with_recovery(db_file, code).keys == made.keys
    assert stat.S_IMODE(keys_path(db_file).stat().st_mode) == 0o600


def test_a_short_new_passphrase_changes_nothing(db_file: Path) -> None:
    made, _ = create_keys(db_file, PASSPHRASE)
    before = keys_path(db_file).read_bytes()
    with pytest.raises(PassphraseTooShort):
        change_passphrase(db_file, made, "1234")
    assert keys_path(db_file).read_bytes() == before


def test_another_databases_keys_cannot_rewrap_this_one(tmp_path: Path) -> None:
    create_keys(tmp_path / "a.sqlite", PASSPHRASE)
    other, _ = create_keys(tmp_path / "b.sqlite", PASSPHRASE)
    before = keys_path(tmp_path / "a.sqlite").read_bytes()
    with pytest.raises(KeysDoNotMatch):
        change_passphrase(tmp_path / "a.sqlite", other, NEW_PASSPHRASE)
    with pytest.raises(KeysDoNotMatch):
        new_recovery_code(tmp_path / "a.sqlite", other)
    assert keys_path(tmp_path / "a.sqlite").read_bytes() == before


def test_a_new_recovery_code_replaces_the_old_one(db_file: Path) -> None:
    made, old = create_keys(db_file, PASSPHRASE)
    new = new_recovery_code(db_file, made)
    assert new != old
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery(db_file, old)
    assert unlock_with_recovery(db_file, new).keys == made.keys
    assert unlock(db_file, PASSPHRASE).keys == made.keys


def test_a_missing_keys_file_is_told(db_file: Path) -> None:
    with pytest.raises(KeysFileMissing) as told:
        unlock(db_file, PASSPHRASE)
    assert str(keys_path(db_file)) in told.value.message


@pytest.mark.parametrize(
    "damage",
    [
        lambda _: b"",
        lambda data: data[: len(data) // 2],
        lambda data: b"\xff\xfe" + data,
        lambda _: b'{"name": "another program"}',
        lambda _: b"[1, 2, 3]",
        lambda data: data.replace(b'"slots": [', b'"slots": [{"kind": 1}, '),
        lambda data: data.replace(b'"iterations": 1', b'"iterations": 0'),
        lambda data: data.replace(b'"memory_kib": 1024', b'"memory_kib": 999999999999'),
        lambda data: data.replace(b'"kind": "recovery"', b'"kind": "passphrase"'),
    ],
    ids=[
        "empty",
        "cut",
        "binary",
        "foreign",
        "list",
        "bad-slot",
        "zero-passes",
        "huge-memory",
        "two-alike",
    ],
)
def test_a_damaged_or_foreign_keys_file_is_told(db_file: Path, damage: object) -> None:
    create_keys(db_file, PASSPHRASE)
    path = keys_path(db_file)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    damaged = path.read_bytes()
    with pytest.raises(KeysFileDamaged) as told:
        unlock(db_file, PASSPHRASE)
    assert "damaged" in told.value.message and str(path) in told.value.message
    assert path.read_bytes() == damaged


def test_an_altered_key_check_is_damage_not_a_wrong_passphrase(db_file: Path) -> None:
    create_keys(db_file, PASSPHRASE)
    path = keys_path(db_file)
    document = json.loads(path.read_text())
    document["key_check"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    path.write_text(json.dumps(document))
    with pytest.raises(KeysFileDamaged):
        unlock(db_file, PASSPHRASE)


def test_a_keys_file_of_a_newer_version_is_told(db_file: Path) -> None:
    create_keys(db_file, PASSPHRASE)
    path = keys_path(db_file)
    document = json.loads(path.read_text())
    document["version"] = 2
    document["slots"] = [{"kind": "quantum"}]
    path.write_text(json.dumps(document))
    with pytest.raises(KeysFileTooNew) as told:
        unlock(db_file, PASSPHRASE)
    assert "made by a newer version of Caseworker" in told.value.message


def test_a_crash_before_the_rename_leaves_the_old_file(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, code = create_keys(db_file, PASSPHRASE)
    path = keys_path(db_file)
    before = path.read_bytes()

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeysFileUnavailable) as told:
        change_passphrase(db_file, made, NEW_PASSPHRASE)
    with pytest.raises(KeysFileUnavailable):
        new_recovery_code(db_file, made)
    monkeypatch.undo()
    assert "No space left on device" in told.value.message
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert unlock(db_file, PASSPHRASE).keys == made.keys
    assert unlock_with_recovery(db_file, code).keys == made.keys


def test_no_secret_is_in_the_keys_file(db_file: Path) -> None:
    made, code = create_keys(db_file, PASSPHRASE)
    change_passphrase(db_file, made, NEW_PASSPHRASE)
    code = new_recovery_code(db_file, made)
    data = keys_path(db_file).read_bytes()
    keys = made.keys
    secrets = [made._master, keys.database, keys.vault_content, keys.vault_names, made.backup_key]
    for secret in secrets:
        for form in (secret, secret.hex().encode(), base64.b64encode(secret)):
            assert form not in data
        assert secret[:8] not in data and secret[-8:] not in data
    for text in (PASSPHRASE, NEW_PASSPHRASE, code, code.replace("-", "")):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data
        assert json.dumps(text).encode() not in data


def test_no_secret_reaches_the_log_or_a_message(
    db_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    messages = []
    made, code = create_keys(db_file, PASSPHRASE)
    for attempt in (
        lambda: unlock(db_file, NEW_PASSPHRASE),
        lambda: unlock_with_recovery(db_file, code[:-1] + ("2" if code[-1] != "2" else "3")),
        lambda: change_passphrase(db_file, made, "1234567"),
    ):
        with pytest.raises(Exception) as refused:
            attempt()
        messages.append(str(refused.value))
    unlock(db_file, PASSPHRASE)
    unlock_with_recovery(db_file, code)
    change_passphrase(db_file, made, NEW_PASSPHRASE)
    written = caplog.text + "\n".join(messages)
    keys = made.keys
    for secret in (made._master, keys.database, keys.vault_content, keys.vault_names):
        assert secret.hex() not in written and base64.b64encode(secret).decode() not in written
    for text in (PASSPHRASE, NEW_PASSPHRASE, "1234567", code, code.replace("-", "")[:-1]):
        assert text not in written
