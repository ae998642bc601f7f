"""File > Print… and Save as PDF…: the open case's summary on A4, in the interface language,
with the reference and the page number on every page; the timeline picture's caption."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from caseworker import i18n
from caseworker.db import Database
from caseworker.services import persons
from caseworker.services.case_summary import summarise_case
from caseworker.services.timeline import load_timeline
from tests.conftest import ACTOR
from tests.fixtures_summary import TODAY, DemoCase, demo_case_with_evidence
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.main_window import MainWindow
from ui.printing.pages import PageGeometry, RunningText, paint_pages, prepare_a4
from ui.printing.summary_document import SummaryDocument
from ui.printing.summary_html import STYLE, grid
from ui.timeline.picture import CAPTION_BACKGROUND, caption_lines, render_timeline_picture
from ui.timeline.timeline_panel import TimelinePanel
from ui.translations import install_translations

A4_POINTS = (595.0, 842.0)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The interface in Russian, as the caseworkers use it."""
    previous = QLocale()
    translators = install_translations(qapp, "ru")
    assert translators, "the Russian translation is built (make translations)"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    i18n.install_translator(None)


@pytest.fixture
def demo(database: Database, tmp_path: Path) -> DemoCase:
    return demo_case_with_evidence(database, tmp_path)


@pytest.fixture
def window(demo: DemoCase, main_window: MainWindow) -> MainWindow:
    """The main window with the demo case open."""
    main_window.open_case(demo.case_id)
    return main_window


def file_menu_action(window: MainWindow, name: str) -> QAction:
    """The action called ``name`` in the File menu (the menu bar's first)."""
    file_menu = cast(QMenu, window.menuBar().actions()[0].menu())
    found = [action for action in file_menu.actions() if action.objectName() == name]
    assert found, f"{name} is in the File menu"
    return found[0]


def save_pdf_via_menu(window: MainWindow, prompts: ScriptedPrompts, chosen: Path) -> list[str]:
    """Save as PDF… from the File menu, the file dialog answering ``chosen``."""
    asked: list[str] = []

    def choose(_title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(chosen)

    prompts.answer_save = choose
    file_menu_action(window, "saveCasePdf").trigger()
    return asked


def pdf_pages(path: Path) -> tuple[QPdfDocument, list[str]]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    return document, texts


def flat(text: str) -> str:
    """Extracted text with its line breaks and invisible break points folded into spaces."""
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


# The PDF ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("russian")
def test_save_as_pdf_writes_the_summary_on_a4_pages_in_russian(
    window: MainWindow,
    demo: DemoCase,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    asked = save_pdf_via_menu(window, prompts, tmp_path / "сводка")

    path = tmp_path / "сводка.pdf"
    assert path.exists() and not (tmp_path / "сводка.pdf.part").exists()
    assert asked and asked[0].endswith(f"{demo.reference} {date.today().isoformat()}.pdf")
    document, pages = pdf_pages(path)
    count = document.pageCount()
    assert 2 <= count <= 4
    for number in range(count):
        size = document.pagePointSize(number)
        assert (round(size.width()), round(size.height())) == A4_POINTS
        text = flat(pages[number])
        assert f"Дело {demo.reference}" in text, f"page {number + 1} names the case"
        assert f"Страница {number + 1} из {count}" in text
    whole = flat(" ".join(pages))
    headings = ["Сводка по делу", "Родственники", "Разыскиваемый", "Статус", "Противоречия"]
    headings += ["Сообщения по времени (3)", "Материалы", "Файл и его отпечаток SHA-256"]
    assert all(heading in whole for heading in headings)
    assert "Соколов Дмитрий Игоревич" in whole and "сержант" in whole
    assert "жена" in whole and "Соколова Марина Андреевна" in whole
    # The contradiction in its sentence, the grades with their words, the hashes.
    assert "человека, о гибели которого сообщили, через 5 дней назвали живым" in whole
    assert "B2" in whole and "обычно надёжный" in whole and "F6" in whole
    assert demo.photo_sha256 in whole and demo.letter_sha256 in whole
    assert "только предложение" in whole and "не вероятность" in whole
    assert "Два источника противоречат друг другу" in whole
    assert str(path) in window.statusBar().currentMessage()


@pytest.mark.usefixtures("demo")
def test_reports_are_printed_in_time_order(
    window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    save_pdf_via_menu(window, prompts, tmp_path / "summary.pdf")

    _document, pages = pdf_pages(tmp_path / "summary.pdf")
    whole = flat(" ".join(pages))
    said = [
        "Сослуживцы сказали жене, что Дмитрий погиб",
        "Написал в общий чат, что видел тело.",
        "Позвонил с номера Дмитрия",
    ]
    positions = [whole.index(text) for text in said]
    assert positions == sorted(positions)
    assert "Retracted: Перепутал с однофамильцем" in whole


@pytest.mark.usefixtures("russian", "demo")
def test_page_one_renders_with_its_header_and_the_case(
    window: MainWindow,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    save_pdf_via_menu(window, prompts, tmp_path / "summary.pdf")

    document, _pages = pdf_pages(tmp_path / "summary.pdf")
    image = on_paper(document.render(0, QSize(1240, 1754)))
    assert image.size() == QSize(1240, 1754)
    image.save(str(tmp_path / "page-1.png"))
    # Ink in the header band and in the body; the margins stay white.
    assert _ink(image, 0, 40, 1240, 110) > 0
    assert _ink(image, 0, 200, 1240, 1400) > 1000
    assert _ink(image, 0, 0, 1240, 40) == 0


def on_paper(rendered: QImage) -> QImage:
    """A rendered page (transparent where nothing is drawn) on white paper."""
    assert not rendered.isNull()
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def _ink(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    """How many sampled pixels in the box are darker than light grey."""
    count = 0
    for y in range(top, bottom, 3):
        for x in range(left, right, 3):
            if QColor(image.pixel(x, y)).lightness() < 160:
                count += 1
    return count


def test_a_file_that_cannot_be_written_is_explained(
    window: MainWindow,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    recorded_messages: list[str],
) -> None:
    missing = tmp_path / "no such folder" / "summary.pdf"
    save_pdf_via_menu(window, prompts, missing)

    assert not missing.exists()
    assert len(recorded_messages) == 1 and str(missing) in recorded_messages[0]


def test_cancelling_the_file_dialog_writes_nothing(
    window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    prompts.answer_save = lambda *_args: ""
    file_menu_action(window, "saveCasePdf").trigger()
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_actions_wait_for_an_open_case(main_window: MainWindow) -> None:
    print_action = file_menu_action(main_window, "printCase")
    assert not print_action.isEnabled()
    assert not file_menu_action(main_window, "saveCasePdf").isEnabled()
    assert print_action.shortcut().toString() == "Ctrl+P"


# Printing --------------------------------------------------------------------------------


def test_print_sends_the_summary_to_the_chosen_printer(
    window: MainWindow, demo: DemoCase, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"
    offered: list[str] = []

    def print_to_file(dialog: QPrintDialog) -> bool:
        printer = dialog.printer()
        offered.append(printer.pageLayout().pageSize().name())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    prompts.answer_print = print_to_file
    file_menu_action(window, "printCase").trigger()

    assert offered == ["A4"]
    document, pages = pdf_pages(target)
    assert document.pageCount() >= 2
    assert all(f"Case {demo.reference}" in flat(text) for text in pages)


def test_a_cancelled_print_dialog_prints_nothing(
    window: MainWindow, prompts: ScriptedPrompts
) -> None:
    prompts.answer_print = lambda _dialog: False
    assert window.printing.print_case() == 0


# The document ----------------------------------------------------------------------------


def test_text_from_the_database_is_escaped(database: Database, demo: DemoCase) -> None:
    with database.write() as session:
        persons.add_person(
            session, ACTOR, demo.case_id, surname="<b>Ёлкин</b>", given_name="Пётр & Павел"
        )
    with database.read() as session:
        summary = summarise_case(session, demo.case_id, today=TODAY)
    document = SummaryDocument(summary, 640).build()
    assert "<b>Ёлкин</b> Пётр & Павел" in document.toPlainText()


def _table_after(space: float) -> QTextDocument:
    """Twenty short lines, ``space`` pixels, a two-row table, a heading."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    lines = "".join(f"<p>{number}</p>" for number in range(20))
    table = grid([("HEADERX", 50), ("HEADERY", 50)], [["first", "row"], ["second", "row"]])
    document.setHtml(f'{lines}<p style="margin-top: {space}px">x</p>{table}<h3>NEXT</h3>')
    return document


def test_a_table_ending_at_the_foot_of_a_page_leaves_no_lone_header(tmp_path: Path) -> None:
    """Qt repeats a table's header on each page the table reaches; ending just above the
    foot of a page, a table must not reach the next with its header alone, over the text."""
    path = tmp_path / "table.pdf"
    probe_writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    prepare_a4(probe_writer)
    geometry = PageGeometry.of(probe_writer)
    probe = _table_after(0)
    probe.setPageSize(geometry.page_size)
    [table] = probe.rootFrame().childFrames()
    bottom = probe.documentLayout().frameBoundingRect(table).bottom()

    for delta in range(-24, 6, 2):
        writer = QPdfWriter(str(path))
        prepare_a4(writer)
        space = geometry.page_size.height() - bottom + delta
        paint_pages(_table_after(space), writer, geometry, RunningText("title", "ref", "foot"))
        del writer
        for text in pdf_pages(path)[1]:
            words = text.split()
            if "HEADERX" in words:
                assert "first" in words or "second" in words, f"a lone header at {delta} px"


# The timeline picture's caption ----------------------------------------------------------


def test_the_timeline_picture_carries_its_caption(database: Database, demo: DemoCase) -> None:
    with database.read() as session:
        result = load_timeline(session, demo.person_id, today=TODAY)

    name, second = caption_lines(result, TODAY)
    assert name == "Соколов Дмитрий Игоревич"
    assert demo.reference in second and "27 November 2026" in second
    picture = render_timeline_picture(result, QSize(900, 420), QApplication.font(), made_on=TODAY)
    assert QColor(picture.pixel(2, 2)) == CAPTION_BACKGROUND
    assert _ink(picture, 0, 0, 600, 40) > 20, "the caption's text is drawn"


@pytest.mark.usefixtures("database")
def test_export_picture_from_the_timeline_tab_has_the_caption(
    qtbot: QtBot,
    demo: DemoCase,
    context: object,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    panel = TimelinePanel(context)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    panel.set_person(demo.case_id, demo.person_id, "Соколов Дмитрий Игоревич")
    prompts.answer_save = lambda *_a: str(tmp_path / "t.png")

    written = panel.export_picture()

    assert written is not None
    picture = QImage(str(written))
    assert QColor(picture.pixel(2, 2)) == CAPTION_BACKGROUND
    assert _ink(picture, 0, 0, 600, 40) > 20
