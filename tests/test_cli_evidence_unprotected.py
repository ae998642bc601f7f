"""The evidence bundle for a lawyer is a plain folder: the command says it is not protected."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run as run_cli
from tests.conftest import SampleCase


def test_the_evidence_bundle_says_it_is_not_protected(
    db_path: Path, sample_case: SampleCase, tmp_path: Path
) -> None:
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    added = run_cli(db_path, "evidence", "add", "--case", sample_case.reference, str(photo))
    assert added.returncode == 0, added.stderr
    bundle = tmp_path / "для юриста"
    done = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference, "--out", str(bundle)
    )
    assert done.returncode == 0, done.stderr
    assert "The folder is not protected" in done.stderr
    assert "anyone who has it can read them" in done.stderr
    shown = run_cli(db_path, "evidence", "--help")
    assert "(not protected)" in " ".join(shown.stdout.split())  # however it is wrapped
    russian = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference, "--out",
        str(tmp_path / "ещё"), env={"LANG": "ru_RU.UTF-8"},
    )  # fmt: skip
    assert "не защищена" in russian.stderr
