"""A letter as PDF through LibreOffice Writer, and a sentence where it is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.letters.pdf import PdfNotMade, letter_pdf
from tests.cli_runner import run
from tests.conftest import SampleCase
from tests.libreoffice import needs_writer


@needs_writer
def test_the_letter_and_its_pdf_are_made(
    db_path: Path, complete_case: SampleCase, tmp_path: Path
) -> None:
    out = tmp_path / "письмо.docx"
    made = run(db_path, "letter", "--case", complete_case.reference,
               "--template", "ombudsman", "--out", str(out), "--pdf")  # fmt: skip
    assert made.returncode == 0, made.stderr
    pdf = out.with_suffix(".pdf")
    assert made.stdout.splitlines() == [str(out), str(pdf)]
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_without_libreoffice_the_docx_stays_and_a_sentence_says_why(
    db_path: Path, complete_case: SampleCase, tmp_path: Path
) -> None:
    out = tmp_path / "letter.docx"
    empty_path = tmp_path / "no-programs"
    empty_path.mkdir()
    made = run(db_path, "letter", "--case", complete_case.reference, "--template", "dna",
               "--out", str(out), "--pdf", env={"PATH": str(empty_path)})  # fmt: skip
    # The DNA letter lacks the sample's details: refused before any PDF is tried.
    assert made.returncode == 1 and not out.exists()
    made = run(db_path, "letter", "--case", complete_case.reference, "--template", "ministry",
               "--out", str(out), "--pdf", env={"PATH": str(empty_path)})  # fmt: skip
    assert made.returncode == 0 and out.exists()
    assert made.stderr.strip() == (
        "No PDF was made: LibreOffice Writer is not installed. The letter is ready as a Word "
        f"document: {out}"
    )
    assert not out.with_suffix(".pdf").exists()


def test_a_program_that_makes_no_pdf_is_told(tmp_path: Path) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK")
    with pytest.raises(PdfNotMade, match="LibreOffice could not convert the letter"):
        letter_pdf(letter, soffice="/bin/true")
