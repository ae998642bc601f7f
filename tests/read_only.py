"""A read-only view of a folder, for tests of databases on read-only disks.

As root, permission bits are ignored, so the folder is bind-mounted read-only (unmounted on
leaving, lazily if something still holds it); otherwise its permissions are taken away and
given back. Where neither can be done the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """``folder``'s files seen through a path where nothing can be written."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        mount = shutil.which("mount")
        view = folder.with_name(folder.name + "-read-only")
        view.mkdir()
        if mount is None or not _run(mount, "--bind", str(folder), str(view)):
            view.rmdir()
            pytest.skip("a read-only bind mount needs mount(8) and the right to mount")
        try:
            if not _run(mount, "-o", "remount,bind,ro", str(view)):
                pytest.skip("the bind mount cannot be made read-only here")
            yield view
        finally:
            if not _run("umount", str(view)):
                _run("umount", "-l", str(view))
            view.rmdir()
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield folder
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (root only), unmounted on leaving."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0) or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    folder.mkdir(exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        if not _run("umount", str(folder)):
            _run("umount", "-l", str(folder))
