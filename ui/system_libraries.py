"""Check, before the window starts, that the system has the libraries Qt needs on X11.

``make run`` runs this first (``python -m ui.system_libraries``). Qt's xcb platform plugin
(``libqxcb.so``, through ``libQt6XcbQpa``) needs about twenty system libraries that a minimal
Debian or Ubuntu lacks; without one of them Qt aborts with a message that names only
``libxcb-cursor0``, whichever library is missing. So this runs ``ldd`` on the plugin and on
the Qt libraries the program uses, maps every library that is "not found" to the Debian
package that provides it, prints the exact ``apt-get install`` line (in the interface
language, as the command line does) and exits 1. It does nothing (exit 0) where it does not
apply: not Linux, no ``ldd``, or ``QT_QPA_PLATFORM`` naming a platform other than xcb (the
headless tests run on ``offscreen``, which needs none of these).

It imports nothing from Qt (it must run where Qt cannot) and takes a few tens of milliseconds.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

# Each library that Qt's xcb plugin, QtGui and QtWidgets load, and the Debian package that
# provides it (bookworm names; on newer releases apt picks the "t64" package that replaces
# an old name such as libglib2.0-0). README.md lists the same packages.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libEGL.so.1": "libegl1",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
}

# The xcb platform plugin (ldd follows it into libQt6XcbQpa, QtGui and QtCore), and QtWidgets.
QT_FILES = (
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/lib/libQt6Widgets.so.6",
)

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


def applies(environment: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will load its xcb plugin here (the check would be wasted otherwise)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return False
    platform = environment.get("QT_QPA_PLATFORM", "")
    return not platform or "xcb" in platform.split(";")[0]


def qt_files(pyside_dir: Path | None = None) -> list[Path]:
    """The plugin and libraries to check, in the PySide6 installation this Python uses."""
    if pyside_dir is None:
        spec = importlib.util.find_spec("PySide6")  # finds it without importing it
        if spec is None or not spec.submodule_search_locations:
            return []
        pyside_dir = Path(next(iter(spec.submodule_search_locations)))
    return [path for path in (pyside_dir / name for name in QT_FILES) if path.exists()]


def missing_libraries(files: Sequence[Path]) -> list[str]:
    """The sonames ``ldd`` cannot find for ``files``, each once, in the order ldd gives them."""
    if not files:
        return []
    result = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, check=False)
    return parse_ldd(result.stdout)


def parse_ldd(output: str) -> list[str]:
    found: dict[str, None] = {}
    for line in output.splitlines():
        match = NOT_FOUND.match(line)
        if match:
            found[match.group(1)] = None
    return list(found)


def packages_for(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """The Debian packages for ``libraries`` (sorted, each once), and the libraries unknown."""
    packages: set[str] = set()
    unknown: list[str] = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library)
        if package is None:
            unknown.append(library)
        else:
            packages.add(package)
    return sorted(packages), unknown


def advice(libraries: Sequence[str], has_apt: bool, as_root: bool) -> str:
    """What to tell the person starting the program, ending with the command to run."""
    from caseworker.i18n import translate

    packages, unknown = packages_for(libraries)
    lines = [
        translate(
            "SystemLibraries",
            "Qt cannot open a window: these system libraries are missing: {libraries}.",
        ).format(libraries=", ".join(libraries))
    ]
    if has_apt and packages:
        sudo = "" if as_root else "sudo "
        lines.append(translate("SystemLibraries", "Install them with:"))
        lines.append(f"    {sudo}apt-get install {' '.join(packages)}")
        if unknown:
            lines.append(
                translate(
                    "SystemLibraries",
                    "Find the package of each of {libraries} with “apt-file search NAME” "
                    "and install it too.",
                ).format(libraries=", ".join(unknown))
            )
    elif packages:
        lines.append(
            translate(
                "SystemLibraries",
                "Install the packages that provide them with the system's package manager "
                "(Debian and Ubuntu call them: {packages}).",
            ).format(packages=" ".join(packages))
        )
    else:
        lines.append(
            translate(
                "SystemLibraries",
                "Install the packages that provide them with the system's package manager.",
            )
        )
    lines.append(translate("SystemLibraries", "Then run “make run” again."))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    del argv  # no options
    if not applies():
        return 0
    missing = missing_libraries(qt_files())
    if not missing:
        return 0
    # Only now, when there is something to say: the words in the interface language.
    from caseworker.cli.language import interface_language, speaking

    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    with speaking(interface_language(os.environ)):
        text = advice(missing, shutil.which("apt-get") is not None, as_root)
    print(text, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
