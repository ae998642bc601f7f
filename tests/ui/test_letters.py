"""Letters from the window: written from a dialog for an inquiry, read back with python-docx,
kept in the evidence with the inquiry; refused naming what is missing, with nothing written;
the scanned answer kept with the inquiry and its report; the enclosure list printed by Qt.

All names are fictional.
"""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import addressees, inquiries, persons, relatives
from caseworker.services.inquiry_files import InquiryFile, inquiry_files
from caseworker.vault import EvidenceVault
from caseworker.vault.of_database import vault_of_session
from caseworker.vocab import InquiryFileRole
from tests.conftest import ACTOR, SampleCase
from tests.libreoffice import needs_writer
from tests.ui.conftest import shown_case_view
from tests.ui.scripted_prompts import ScriptedPrompts
from tests.vault.contents import stored_bytes
from ui.context import AppContext
from ui.inquiries.inquiries_panel import InquiriesPanel
from ui.letters.letter_actions import LetterActions, add_letter_actions
from ui.letters.letter_dialog import LetterDialog

PERSON = "Шумов Алексей Петрович"
APPLICANT = "Шумова Ольга Ёжиковна"


@pytest.fixture
def inquiry_id(database: Database, sample_case: SampleCase) -> int:
    """An inquiry to the Ministry about the sample case's person, on his wife's behalf, the
    case complete enough for the starter letter to the Ministry."""
    with database.write() as session:
        relatives.update_relative(
            session, ACTOR, sample_case.relative_id, None,
            address="Курская обл., г. Энск, ул. Садовая, д. 7, кв. 12",
        )  # fmt: skip
        persons.update_person(
            session, ACTOR, sample_case.person_id, None, birth_date="1992-03-14", call_sign="Ёж"
        )
        ministry = addressees.add_addressee(
            session, ACTOR, name="Министерство обороны (тест)", kind="ministry",
            postal_address="119160, г. Москва, ул. Знаменка, д. 19",
        )  # fmt: skip
        return inquiries.add_inquiry(
            session, ACTOR, sample_case.case_id, ministry.id, person_id=sample_case.person_id,
            applicant_id=sample_case.relative_id, sent_on="2026-09-03",
        ).id  # fmt: skip


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, inquiry_id: int) -> LetterDialog:
    shown = LetterDialog(context, inquiry_id)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext, sample_case: SampleCase, inquiry_id: int) -> InquiriesPanel:  # fmt: skip  # noqa: ARG001,E501
    shown = InquiriesPanel(context)
    qtbot.addWidget(shown)
    shown.set_case(sample_case.case_id)
    return shown


@pytest.fixture
def actions(panel: InquiriesPanel, context: AppContext) -> LetterActions:
    return add_letter_actions(panel, context)


def choose_starter(dialog: LetterDialog, name: str) -> None:
    combo = dialog.template_combo
    found = [i for i in range(combo.count()) if str(combo.itemData(i)).endswith(f"{name}.docx")]
    combo.setCurrentIndex(found[0])


def choose_own(dialog: LetterDialog, prompts: ScriptedPrompts, template: Path) -> None:
    prompts.answer_open = lambda _title, _folder: str(template)
    last = dialog.template_combo.count() - 1
    dialog.template_combo.setCurrentIndex(last)
    dialog.template_combo.activated.emit(last)


def write(qtbot: QtBot, dialog: LetterDialog) -> None:
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.keeper.wait()


def write_to(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, out: Path, template: str
) -> None:
    """Write the starter letter ``template`` to ``out`` (a PDF where the box is ticked)."""
    prompts.answer_save = lambda *_asked: str(out)
    choose_starter(dialog, template)
    write(qtbot, dialog)


def letter_text(path: Path) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def files_of(context: AppContext, inquiry_id: int) -> list[InquiryFile]:
    with context.database.read() as session:
        return inquiry_files(session, inquiry_id)


def vault_of(context: AppContext) -> EvidenceVault:
    with context.database.read() as session:
        return vault_of_session(session)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_letter_is_written_read_back_and_kept_with_the_inquiry(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    out = tmp_path / "письмо в Минобороны.docx"
    asked: list[str] = []

    def save_as(_title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(out)

    prompts.answer_save = save_as
    choose_starter(dialog, "ministry")
    dialog.pdf_box.setChecked(False)

    write(qtbot, dialog)

    text = letter_text(out)
    assert PERSON in text and APPLICANT in text
    assert "Министерство обороны (тест)" in text
    assert asked[0].endswith(".docx") and "Министерство обороны (тест)" in asked[0]
    [kept] = files_of(context, inquiry_id)
    assert (kept.role, kept.name, kept.sha256) == (
        InquiryFileRole.LETTER_SENT,
        out.name,
        sha256(out),
    )
    assert stored_bytes(vault_of(context), kept.sha256) == out.read_bytes()
    message = dialog.message.text()
    assert str(out) in message and "kept in the evidence with the inquiry" in message


def test_a_template_with_a_missing_field_is_refused_naming_it_and_nothing_is_written(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    edited = docx.Document()
    edited.add_paragraph("Прошу сообщить о судьбе {{ разыскиваемый.фио }}.")
    edited.add_paragraph("Ответ прошу направить на {{ заявитель.почта }}.")
    template = tmp_path / "templates" / "своё.docx"
    template.parent.mkdir()
    edited.save(str(template))
    choose_own(dialog, prompts, template)
    assert dialog.template() == template
    before = sorted(tmp_path.rglob("*"))

    # No file name is asked for (prompts.answer_save would fail the test).
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    assert "the applicant's e-mail address" in dialog.message.text()
    assert sorted(tmp_path.rglob("*")) == before
    assert files_of(context, inquiry_id) == []
    assert not any(vault_of(context).root.rglob("*"))  # not made, or a team folder left empty


def test_a_letter_into_a_missing_folder_is_refused_naming_it(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    out = tmp_path / "нет такой папки" / "letter.docx"
    prompts.answer_save = lambda *_asked: str(out)
    choose_starter(dialog, "ministry")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.message.text()
    assert dialog.keeper.job is None and files_of(context, inquiry_id) == []
    assert not out.parent.exists()


@pytest.mark.sqlite_only(reason="the evidence folder beside a SQLite file")
def test_a_vault_that_cannot_be_written_keeps_the_letter_and_says_it_was_not_kept(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    vault_of(context).root.write_bytes(b"a file where the evidence folder should be")
    out = tmp_path / "letter.docx"
    dialog.pdf_box.setChecked(False)
    write_to(qtbot, dialog, prompts, out, "ministry")
    assert PERSON in letter_text(out)
    assert files_of(context, inquiry_id) == []
    message = dialog.message.text()
    assert f"The letter itself is saved: {out}; it was not kept with the inquiry." in message
    assert dialog.write_button.isEnabled()


def test_the_starter_for_the_addressees_kind_is_offered_first(dialog: LetterDialog) -> None:
    assert dialog.windowTitle() == "Letter to Министерство обороны (тест)"
    assert str(dialog.template()).endswith("ministry.docx")


def test_cancelling_the_own_template_keeps_the_starter_chosen(
    dialog: LetterDialog, prompts: ScriptedPrompts
) -> None:
    choose_starter(dialog, "prosecutor")
    prompts.answer_open = lambda _title, _folder: ""
    last = dialog.template_combo.count() - 1
    dialog.template_combo.setCurrentIndex(last)
    dialog.template_combo.activated.emit(last)
    assert str(dialog.template()).endswith("prosecutor.docx")


def test_writing_the_same_file_again_keeps_nothing_twice(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    out = tmp_path / "letter.docx"
    dialog.pdf_box.setChecked(False)
    write_to(qtbot, dialog, prompts, out, "ministry")
    first = files_of(context, inquiry_id)
    dialog.keeper.start(dialog.order_for(out))  # the same bytes again
    assert dialog.keeper.wait()
    assert files_of(context, inquiry_id) == first
    assert "nothing was kept twice" in dialog.message.text()


def test_without_libreoffice_the_dialog_says_why_and_offers_the_docx(
    qtbot: QtBot, context: AppContext, inquiry_id: int, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    monkeypatch.setattr("caseworker.letters.pdf.USUAL_PLACES", ())
    shown = LetterDialog(context, inquiry_id)
    qtbot.addWidget(shown)
    assert not shown.pdf_box.isEnabled() and not shown.pdf_box.isChecked()
    assert shown.no_pdf_label.isVisibleTo(shown)
    assert "LibreOffice Writer is not installed" in shown.no_pdf_label.text()


@needs_writer
def test_where_writer_is_installed_the_pdf_is_made_and_kept_too(
    qtbot: QtBot, dialog: LetterDialog, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    out = tmp_path / "letter.docx"
    assert dialog.pdf_box.isChecked()
    write_to(qtbot, dialog, prompts, out, "ombudsman")
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert [f.name for f in files_of(context, inquiry_id)] == ["letter.docx", "letter.pdf"]
    assert str(pdf) in dialog.message.text()


# The buttons of the Inquiries tab ------------------------------------------------------


def test_the_letter_button_opens_the_dialog_for_the_selected_inquiry(
    qtbot: QtBot, actions: LetterActions, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    out = tmp_path / "letter.docx"
    prompts.answer_save = lambda *_asked: str(out)
    said: list[str] = []
    actions.said.connect(said.append)

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, LetterDialog) and dialog.line.id == inquiry_id
        choose_starter(dialog, "ministry")
        dialog.pdf_box.setChecked(False)
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        return True

    prompts.answer_dialog = play
    qtbot.mouseClick(actions.letter_button, Qt.MouseButton.LeftButton)
    assert actions.keeper.wait()

    assert PERSON in letter_text(out)
    assert [f.role for f in files_of(context, inquiry_id)] == [InquiryFileRole.LETTER_SENT]
    assert said and "kept in the evidence with the inquiry" in said[-1]


def test_the_scanned_answer_is_kept_with_the_inquiry_and_its_report(
    qtbot: QtBot, database: Database, actions: LetterActions, panel: InquiriesPanel,
    prompts: ScriptedPrompts, context: AppContext, inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    with database.write() as session:
        answered = inquiries.answer_inquiry(
            session, ACTOR, inquiry_id, None, "2026-10-01", "Находится в госпитале.",
            claim="wounded", reliability="A", credibility="2",
        )  # fmt: skip
    panel.reload()
    scan = tmp_path / "ответ Минобороны.jpg"
    scan.write_bytes(b"\xff\xd8\xff a scanned answer")
    prompts.answer_open = lambda _title, _folder: str(scan)
    said: list[str] = []
    actions.said.connect(said.append)

    qtbot.mouseClick(actions.answer_button, Qt.MouseButton.LeftButton)
    assert actions.keeper.wait()

    [kept] = files_of(context, inquiry_id)
    assert (kept.role, kept.name) == (InquiryFileRole.ANSWER_SCAN, scan.name)
    assert kept.report_ids == (answered.report_id,)
    assert "the report the answer became" in said[-1]
    assert actions.files_label.isVisibleTo(panel)
    assert actions.files_label.text() == (
        "Kept with this inquiry: ответ Минобороны.jpg (scanned answer)."
    )


def test_a_letter_closed_before_its_copy_is_kept_is_still_kept(
    qtbot: QtBot, actions: LetterActions, prompts: ScriptedPrompts, context: AppContext,
    inquiry_id: int, tmp_path: Path,
) -> None:  # fmt: skip
    out = tmp_path / "letter.docx"
    said: list[str] = []
    actions.said.connect(said.append)

    def write_and_close(dialog: QDialog) -> bool:
        assert isinstance(dialog, LetterDialog)
        dialog.pdf_box.setChecked(False)
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        dialog.reject()
        dialog.reject()  # closed twice: nothing more
        return False

    prompts.answer_save = lambda *_asked: str(out)
    prompts.answer_dialog = write_and_close
    actions.write_letter()
    assert actions.keeper.wait()
    assert [f.name for f in files_of(context, inquiry_id)] == ["letter.docx"]
    assert said and "kept in the evidence with the inquiry" in said[-1]


def test_the_buttons_wait_for_a_selected_inquiry(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase
) -> None:
    empty = InquiriesPanel(context)
    qtbot.addWidget(empty)
    empty.set_case(sample_case.case_id)
    letters = add_letter_actions(empty, context)
    assert not any(button.isEnabled() for button in letters.buttons())
    assert not letters.files_label.isVisibleTo(empty)


def test_the_enclosure_list_prints_to_a_pdf_with_the_hashes(
    actions: LetterActions, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    scan = tmp_path / "ответ.jpg"
    scan.write_bytes(b"\xff\xd8\xff an answer")
    prompts.answer_open = lambda _title, _folder: str(scan)
    actions.attach_answer()
    assert actions.keeper.wait()
    target = tmp_path / "enclosures.pdf"

    def print_to_file(dialog: QPrintDialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    prompts.answer_print = print_to_file
    actions.inquiry_list_action.trigger()

    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    flat = " ".join(text.replace("\u200b", "").split())
    assert sha256(scan) in flat
    assert "ответ.jpg" in flat and "Министерство обороны (тест)" in flat


def test_an_empty_enclosure_list_is_said_not_printed(
    actions: LetterActions, prompts: ScriptedPrompts
) -> None:
    # prompts.answer_print is not set: a print dialog would fail the test.
    assert actions.print_enclosures(whole=False) == 0
    assert prompts.told and "No files are kept with this inquiry yet" in prompts.told[-1][1]


def test_the_case_views_inquiries_tab_has_the_letter_buttons(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase, inquiry_id: int,
    prompts: ScriptedPrompts,
) -> None:  # fmt: skip
    view = shown_case_view(qtbot, context, sample_case.case_id, width=900)
    gc.collect()  # the buttons' actions live as long as the tab, not as a Python name
    button = view.inquiries_panel.findChild(QPushButton, "writeLetterButton")
    assert button is not None and button.isEnabled()
    opened: list[int] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, LetterDialog)
        opened.append(dialog.line.id)
        return False

    prompts.answer_dialog = look
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [inquiry_id]
