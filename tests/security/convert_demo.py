"""A plain demo database with evidence files, for the conversion tests (and their subprocess).

Run as ``python -m tests.security.convert_demo DATABASE N`` it converts ``DATABASE`` with the
tests' cheap Argon2id and kills itself (SIGKILL: no clean-up runs) at the N-th step the
conversion reports; with N = 0 it converts to the end and prints the steps it went through.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from caseworker.db import open_database
from caseworker.demo import load_demo
from caseworker.security import kdf
from caseworker.security.convert import encrypt_plain_database
from caseworker.services import evidence
from caseworker.vault.of_database import vault_of_session

PASSPHRASE = "Ёжик в тумане 2026"
#: Distinctive contents, looked for in the sealed vault.
CONTENTS = (
    "Письмо Кондратьевой о сыне, роща у деревни Озёрное".encode(),
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    b"x" * (3 * 1024 * 1024 + 17),  # more than one sealed chunk
)


def make_demo(database: Path, folder: Path) -> dict[str, bytes]:
    """A plain demo database at ``database`` with :data:`CONTENTS` as evidence of its first
    case; the files' SHA-256 → content."""
    opened = open_database(str(database))
    try:
        stored: dict[str, bytes] = {}
        with opened.write() as session:
            case = load_demo(session, "tester")[0]
            vault = vault_of_session(session)
            for number, content in enumerate(CONTENTS):
                source = folder / f"evidence-{number}.bin"
                source.write_bytes(content)
                added = evidence.add_evidence(session, vault, "tester", case.id, source)
                stored[added.item.sha256] = content
        return stored
    finally:
        opened.dispose()


def main(database: Path, kill_at: int) -> None:
    steps: list[str] = []

    def step(name: str) -> None:
        steps.append(name)
        if len(steps) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    with kdf.use_parameters(kdf.TEST_PARAMETERS):
        encrypt_plain_database(database, PASSPHRASE, step=step)
    print("\n".join(steps))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
