"""Nothing of a test server is left behind when the tests' process dies without stopping it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_KILLED_HALF_WAY = """
import os, signal, sys
from tests.postgres_server import PostgresServer, find_binaries
server = PostgresServer(find_binaries())
server.start()
print(server.folder, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.usefixtures("postgres_server")  # the binaries are there (else skipped or failed)
def test_a_killed_test_process_leaves_no_server_nor_folder() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _KILLED_HALF_WAY],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == -9, result.stderr
    folder = Path(result.stdout.strip())
    assert folder.name.startswith("caseworker-pg-")
    deadline = time.monotonic() + 60  # the watchdog stops the server, then removes the folder
    while folder.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not folder.exists()
