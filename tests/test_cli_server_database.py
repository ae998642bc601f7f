"""The commands about a database file (backups, encryption, passphrases), given a server's
database: a sentence saying they are for a file, exit 1, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import Result, run


def _refusal(result: Result) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr.strip()


@pytest.mark.parametrize(
    "args",
    [
        ("backup",),
        ("backups",),
        ("restore", "caseworker-2026-05-10T12-00-00Z"),
        ("encrypt",),
        ("passphrase", "change", "--new-passphrase-file", "new.txt"),
        ("passphrase", "recovery-code"),
    ],
)
def test_file_commands_on_a_server_database_say_so(
    postgres_url: str, tmp_path: Path, args: tuple[str, ...]
) -> None:
    (tmp_path / "new.txt").write_text("Ёжик в тумане 2027\n", encoding="utf-8")
    result = run(None, "--db", postgres_url, *args, env={"CASEWORKER_BACKUP_DIR": str(tmp_path)})
    message = _refusal(result)
    assert "file" in message and "\n" not in message
    assert postgres_url not in message  # no address, no password, in a sentence
