"""The project's documentation stands alone: every link in it leads to a file in the project."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The design notes beside the project's folder, which a clone does not have (spelled in two
# parts so that this file does not name them itself).
OUTSIDE = b"../" + b"shared"
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def documents() -> list[Path]:
    return [
        ROOT / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
        ROOT / "benchmarks/README.md",
    ]


def leads_inside(document: Path, target: str) -> bool:
    """A web address, or a file that exists inside the project."""
    if "://" in target:
        return True
    path = (document.parent / target).resolve()
    return path.is_relative_to(ROOT) and path.exists()


def test_every_relative_link_in_the_documentation_leads_to_a_file_in_the_project() -> None:
    broken = [
        f"{path.relative_to(ROOT)}: {target}"
        for path in documents()
        for target in LINK.findall(path.read_text(encoding="utf-8"))
        if not leads_inside(path, target)
    ]
    assert broken == []


def test_no_file_of_the_project_points_outside_it_to_the_shared_notes() -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    pointing = [
        name.decode()
        for name in listed
        if name
        and (ROOT / name.decode()).is_file()
        and OUTSIDE in (ROOT / name.decode()).read_bytes()
    ]
    assert pointing == []
