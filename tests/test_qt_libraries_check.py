"""`make run` checks the system libraries Qt's xcb plugin needs and names the apt-get line.

A library is hidden for real in a private mount namespace (a copy whose ELF class byte is
changed is bind-mounted over it, so the loader rejects it and finds nothing else): the rest
of the machine, and the other tests, keep seeing the real one.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.system_libraries import DEBIAN_PACKAGES, advice, qt_files

ROOT = Path(__file__).resolve().parents[1]
RESOLVED = re.compile(r"^\s*(\S+)\s+=>\s+(/\S+)\s+\(0x[0-9a-f]+\)\s*$")

linux_with_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="the check runs ldd on Linux only",
)


def system_libraries() -> dict[str, Path]:
    """Each system library ldd resolves for the checked Qt files: soname to real file."""
    output = subprocess.run(
        ["ldd", *map(str, qt_files())], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, Path] = {}
    for line in output.splitlines():
        match = RESOLVED.match(line)
        if match and "PySide6" not in match.group(2):
            found[match.group(1)] = Path(match.group(2)).resolve()
    return found


def aliases(path: Path) -> list[Path]:
    """``path`` and its twin on the other side of a merged /usr (/lib and /usr/lib)."""
    parts = path.parts
    if parts[1:2] == ("usr",):
        return [path, Path("/", *parts[2:])]
    return [path, Path("/usr", *parts[1:])]


def run_check_hiding(
    sonames: list[str], tmp_path: Path, **environment: str
) -> subprocess.CompletedProcess[str]:
    """Run the check in a mount namespace where ``sonames`` cannot be loaded."""
    libraries = system_libraries()
    mounts = []
    for soname in sonames:
        if soname not in libraries:
            pytest.skip(f"{soname} is not installed here")
        fake = tmp_path / soname
        data = bytearray(libraries[soname].read_bytes())
        data[4] = 1 if data[4] == 2 else 2  # ELF class: 32-bit for 64-bit, so never loaded
        fake.write_bytes(bytes(data))
        mounts.append(f"mount --bind {fake} {libraries[soname]}")
    script = " && ".join([*mounts, f'exec "{sys.executable}" -m ui.system_libraries'])
    dropped = {"QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    # No language chosen in Settings; the system's (English unless the test says otherwise).
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), LANG="C.UTF-8")
    env.update(environment)
    command = ["unshare", "--mount", "sh", "-c", script]
    if os.geteuid() != 0:
        command[1:1] = ["--map-root-user"]
    try:
        result = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=60
        )
    except FileNotFoundError:
        pytest.skip("unshare is not installed")
    if "mount" in result.stderr or "unshare:" in result.stderr:
        pytest.skip(f"cannot hide a library here: {result.stderr.strip()}")
    return result


@linux_with_ldd
def test_a_missing_xcb_library_names_its_package_and_stops(tmp_path: Path) -> None:
    result = run_check_hiding(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], tmp_path)

    assert result.returncode == 1
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.stderr
    assert re.search(
        r"^    (sudo )?apt-get install libxcb-icccm4 libxcb-keysyms1$", result.stderr, re.M
    )
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@linux_with_ldd
def test_the_advice_speaks_the_interface_language(tmp_path: Path) -> None:
    result = run_check_hiding(["libxcb-icccm.so.4"], tmp_path, LANG="ru_RU.UTF-8")

    assert result.returncode == 1
    assert "не хватает системных библиотек: libxcb-icccm.so.4" in result.stderr
    assert re.search(r"^    (sudo )?apt-get install libxcb-icccm4$", result.stderr, re.M)


@linux_with_ldd
def test_headless_platform_needs_no_xcb_library(tmp_path: Path) -> None:
    result = run_check_hiding(["libxcb-icccm.so.4"], tmp_path, QT_QPA_PLATFORM="offscreen")

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@linux_with_ldd
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="package names are checked on Debian")
def test_every_library_qt_loads_maps_to_the_debian_package_that_has_it() -> None:
    libraries = system_libraries()
    # The C runtime and the loader are always there; everything else must be in the table.
    essential = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libdl.so.2"}
    essential |= {"libpthread.so.0", "librt.so.1"}
    unmapped = sorted(
        soname
        for soname in libraries
        if soname not in DEBIAN_PACKAGES and soname not in essential and "ld-linux" not in soname
    )
    assert unmapped == []

    wanted = {soname: path for soname, path in libraries.items() if soname in DEBIAN_PACKAGES}
    output = subprocess.run(
        # With a merged /usr, dpkg knows some files under /lib and some under /usr/lib.
        ["dpkg", "-S", *{str(alias) for path in wanted.values() for alias in aliases(path)}],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    owner = {
        Path(path).name: package.split(":")[0]
        for package, path in (line.split(": ", 1) for line in output.splitlines())
    }
    wrong = {
        soname: (DEBIAN_PACKAGES[soname], owner.get(path.name))
        for soname, path in wanted.items()
        if owner.get(path.name, "").removesuffix("t64") != DEBIAN_PACKAGES[soname]
    }
    assert wrong == {}


def test_without_apt_the_libraries_are_named_with_their_debian_names() -> None:
    text = advice(["libxcb-icccm.so.4"], has_apt=False, as_root=False)

    assert "libxcb-icccm.so.4" in text
    assert "apt-get" not in text
    assert "libxcb-icccm4" in text


def test_an_unknown_library_is_named_with_a_way_to_find_its_package() -> None:
    text = advice(["libxcb-cursor.so.0", "libfuture.so.9"], has_apt=True, as_root=True)

    assert "\n    apt-get install libxcb-cursor0\n" in text
    assert "libfuture.so.9" in text.splitlines()[0]
    assert "apt-file search" in text


def test_make_run_checks_first_and_make_test_does_not() -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")

    def commands(target: str) -> list[str]:
        dry = subprocess.run(
            ["make", "--dry-run", target],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return dry.stdout.splitlines()

    run = commands("run")
    checks = [n for n, line in enumerate(run) if "-m ui.system_libraries" in line]
    starts = [n for n, line in enumerate(run) if line.endswith("main.py")]
    assert checks and starts and checks[0] < starts[0]
    assert not any("ui.system_libraries" in line for line in commands("test"))
