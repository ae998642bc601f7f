"""A piece of Python run in an interpreter of its own, as the program would be started."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(
    code: str,
    *arguments: str,
    environment: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``code`` run by ``python -c`` from the project's root with ``arguments`` as
    ``sys.argv[1:]``, its output captured as text; ``environment`` (default: this process's,
    Qt drawing offscreen) is the whole environment it gets."""
    if environment is None:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(environment),
    )
