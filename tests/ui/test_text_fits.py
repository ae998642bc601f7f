"""Every dialog and main view, in Russian at 1280x800: no text is cut, elided or squeezed.

The Russian translation is installed as the program installs it (freshly compiled from the
.ts, with Qt's own). Each visible label, push button, check box, radio button, tool button,
group box title, tab, menu and column title must fit the room its widget has, and every
window must fit a 1280x800 screen. The dialogs are found by walking ``ui``: a new dialog
class fails :func:`test_every_dialog_class_is_checked` until it gets a factory here.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import ui
from caseworker import i18n
from caseworker.actor import ENV_VARIABLE
from caseworker.db import Database
from caseworker.demo import load_demo
from caseworker.models import Case
from caseworker.services import evidence, reports
from caseworker.vault.of_database import vault_of_session
from caseworker.xlsx import export_workbook, plan_import
from tests.conftest import ACTOR, add_person
from tests.ui.scripted_prompts import ScriptedPrompts
from tests.ui.text_fits_backups import open_the_backups
from tests.ui.text_fits_case import at_sizes, people_that_scroll_across, steps_that_scroll_across
from tests.ui.text_fits_case_list import add_more_cases, case_list_problems
from tests.ui.text_fits_duplicates import open_the_duplicates
from tests.ui.text_fits_encrypt import open_the_protection
from tests.ui.text_fits_family import open_the_family_dialogs
from tests.ui.text_fits_inquiries import inquiries_that_scroll_across, open_the_inquiry_dialogs
from tests.ui.text_fits_letters import open_the_letter_dialog
from tests.ui.text_fits_lists import open_the_list_import
from tests.ui.text_fits_review import open_the_review
from tests.ui.text_fits_server_password import open_the_server_password
from tests.ui.unlock_case import show_unlock_dialogs
from ui import case_actions, settings, translations
from ui.case_list_columns import NAME_COLUMNS
from ui.case_list_model import CaseColumn
from ui.context import AppContext
from ui.dialogs.case_dialog import CaseDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.evidence.bundle_export import BundleExporter
from ui.first_start import ask_name_at_first_start
from ui.main_window import MainWindow
from ui.prompts import Prompts
from ui.spreadsheets.import_dialog import ImportDialog
from ui.team.assign_dialog import assign_case
from ui.timeline.inquiry_rows import has_strip
from ui.undo_commands import EditReportCommand, push_edit
from ui.widgets.date_field import InterpretingField

SCREEN = QSize(1280, 800)
#: A folder to save a picture of each dialog in (CASEWORKER_TEXT_FITS_SHOTS=/tmp/shots).
SHOTS = os.environ.get("CASEWORKER_TEXT_FITS_SHOTS", "")
ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "caseworker_ru.ts"
MNEMONIC = re.compile(r"&(.)")
#: A table cell's text margins (the style's focus frame and text margin, both sides).
NAME_CELL_PADDING = 8
#: Dates typed into every date field: unreadable, impossible, in the future, and readable.
TYPED_DATES = ("вчера", "31.02.2026", "02.04.2099", "~02.04.2026", "02.04.2026")


# The Russian interface ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def russian(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Caseworker's Russian (compiled from the .ts now, so it is never stale) and Qt's."""
    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(TS_FILE), "-qm", str(folder / "caseworker_ru.qm")],
        check=True,
    )
    previous_dir, previous_locale = translations.TRANSLATIONS_DIR, QLocale()
    translations.TRANSLATIONS_DIR = folder
    try:
        installed = translations.install_translations(qapp, "ru")
    finally:
        translations.TRANSLATIONS_DIR = previous_dir
    assert len(installed) == 2, "Caseworker's and Qt's Russian translations"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous_locale)
    i18n.install_translator(None)


# What does not fit -------------------------------------------------------------------------


def _rich(text: str) -> bool:
    # Qt.mightBeRichText lives in QtGui's Qt namespace.
    return bool(QtGui.Qt.mightBeRichText(text))


def _plain(text: str) -> str:
    return MNEMONIC.sub(r"\1", text)


def _label_problem(label: QLabel) -> str:
    if not label.text() or not label.pixmap().isNull():
        return ""
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    if label.textFormat() == Qt.TextFormat.RichText or _rich(label.text()):
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            return (
                f"needs {needed} px height, has {label.height()}" if needed > label.height() else ""
            )
        hint = label.minimumSizeHint()
        if hint.width() > label.width() or hint.height() > label.height():
            return f"needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
        return ""
    flags = Qt.TextFlag.TextExpandTabs
    text = label.text()
    if label.buddy() is not None:
        flags |= Qt.TextFlag.TextShowMnemonic
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap
    bounds = label.fontMetrics().boundingRect(
        QRect(0, 0, max(room.width(), 1), 100_000), int(flags), text
    )
    if bounds.width() > room.width() or bounds.height() > room.height():
        return f"needs {bounds.width()}x{bounds.height()}, has {room.width()}x{room.height()}"
    return ""


def _push_button_problem(button: QPushButton) -> str:
    option = QStyleOptionButton()
    option.initFrom(button)
    style = button.style()
    needed = button.fontMetrics().horizontalAdvance(_plain(button.text()))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if button.menu() is not None:
        needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    needed += style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
    return f"needs {needed} px, has {button.width()}" if needed > button.width() else ""


def _hinted_button_problem(button: QAbstractButton) -> str:
    # A check box, radio button or tool button asks for exactly its indicator, icon and text.
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly or not button.text()
    ):
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width():
        return f"needs {hint.width()} px, has {button.width()}"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    """The chosen item's text must show whole in the closed box (the list shows every item
    whole anyway)."""
    if combo.isEditable() or not combo.currentText():
        return ""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > room.width():
        return f"shows {combo.currentText()!r} in {room.width()} px, needs {needed}"
    return ""


def _line_edit_problem(edit: QLineEdit) -> str:
    """An empty field's hint (its placeholder) shows whole."""
    if edit.text() or not edit.placeholderText():
        return ""
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    # QLineEdit keeps a 2 px margin each side of its text inside the frame.
    room = edit.width() - 2 * frame - 4 - margins.left() - margins.right()
    if edit.isClearButtonEnabled():
        room -= edit.height()
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    if needed > room:
        return f"hint {edit.placeholderText()!r} needs {needed} px, has {room}"
    return ""


def _group_box_problem(box: QGroupBox) -> str:
    if not box.title():
        return ""
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 2 * 6
    return f"title needs {needed} px, has {box.width()}" if needed > box.width() else ""


def _tab_bar_problems(bar: QTabBar) -> list[str]:
    problems = []
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(_plain(bar.tabText(index))) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        if needed > rect.width() or not bar.rect().contains(rect):
            problems.append(
                f"tab {bar.tabText(index)!r} needs {needed} px, has {rect.width()} "
                f"at {rect.x()} of {bar.width()}"
            )
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    problems = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    font = QFont(header.font())
    # Sections of selected rows' columns are drawn bold, which is wider.
    font.setBold(header.highlightSections())
    metrics = QFontMetrics(font)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(title) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            needed += margin
        if needed > header.sectionSize(section):
            problems.append(
                f"column {title!r} needs {needed} px, has {header.sectionSize(section)}"
            )
    return problems


def _menu_bar_problems(bar: QMenuBar) -> list[str]:
    problems = []
    for action in bar.actions():
        geometry = bar.actionGeometry(action)
        if action.isVisible() and not bar.rect().contains(geometry):
            problems.append(f"menu {action.text()!r} does not fit the menu bar")
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.sizeHint().width() > SCREEN.width():
            problems.append(
                f"menu {action.text()!r} is {menu.sizeHint().width()} px wide, wider than "
                f"the screen"
            )
    return problems


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            value = getter()
            if isinstance(value, str) and value:
                text = value
                break
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:60]!r}" if text else name


def _clipped_by_parents(widget: QWidget, window: QWidget) -> str:
    """Whether an ancestor cuts off part of ``widget`` (a widget held wider than the pane it
    is in), where no scroll bar can bring the rest into view."""
    shown = widget.rect()
    scrolls = {"across": False, "down": False}  # inside a view that scrolls that way
    parent = widget.parentWidget()
    while parent is not None and widget is not window:
        view = parent.parentWidget()
        if isinstance(view, QAbstractScrollArea) and parent is view.viewport():
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            scrolls["across"] |= view.horizontalScrollBarPolicy() != off
            scrolls["down"] |= view.verticalScrollBarPolicy() != off
        # The parent's area, in the widget's own coordinates, except where scrolling reaches.
        seen = parent.rect().translated(-widget.mapTo(parent, QPoint(0, 0)))
        if scrolls["across"]:
            seen.setLeft(shown.left())
            seen.setRight(shown.right())
        if scrolls["down"]:
            seen.setTop(shown.top())
            seen.setBottom(shown.bottom())
        shown = shown.intersected(seen)
        if parent is window:
            break
        parent = parent.parentWidget()
    if shown.size() != widget.rect().size():
        return (
            f"shows {shown.width()}x{shown.height()} of its "
            f"{widget.width()}x{widget.height()}, the rest cut off by the pane it is in"
        )
    return ""


def cut_texts(window: QWidget) -> list[str]:
    """Every visible text in ``window`` that does not fit its widget, said in a line each."""
    problems = []
    size = window.size()
    if size.width() > SCREEN.width() or size.height() > SCREEN.height():
        problems.append(f"window {window.objectName()!r} is {size.width()}x{size.height()}")
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            found = [_label_problem(widget)]
        elif isinstance(widget, QPushButton):
            found = [_push_button_problem(widget)]
        elif isinstance(widget, QCheckBox | QRadioButton | QToolButton):
            found = [_hinted_button_problem(widget)]
        elif isinstance(widget, QGroupBox):
            found = [_group_box_problem(widget)]
        elif isinstance(widget, QComboBox):
            found = [_combo_problem(widget)]
        elif isinstance(widget, QLineEdit):
            found = [_line_edit_problem(widget)]
        elif isinstance(widget, QTabBar):
            found = _tab_bar_problems(widget)
        elif isinstance(widget, QHeaderView):
            found = _header_problems(widget)
        elif isinstance(widget, QMenuBar):
            found = _menu_bar_problems(widget)
        elif isinstance(widget, QToolBar):
            extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisible():
                found = ["some of its buttons are hidden behind »"]
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found.append(_clipped_by_parents(widget, window))
        problems += [f"{_name(widget)}: {problem}" for problem in found if problem]
    return problems


def show_as_the_program_does(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` at the size it gives itself (as ``exec()`` would). Its owner deletes
    it (the actions delete their dialogs), so it is not handed to qtbot."""
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()


# The demo data, a window on it and every dialog -------------------------------------------


@dataclass(frozen=True)
class Demo:
    case_id: int
    person_id: int
    relative_id: int
    report_id: int


def write_png(path: Path) -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    assert image.save(str(path))
    return path


@pytest.fixture
def demo(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Demo:
    """The demo cases, with a photo as evidence of the first case's first report."""
    monkeypatch.setenv("CASEWORKER_CACHE_DIR", str(tmp_path / "cache"))
    with database.write() as session:
        load_demo(session, ACTOR)
        case = session.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None
        person = case.persons[0]
        report = person.reports[0]
        photo = write_png(tmp_path / "Фотография из госпиталя, присланная сослуживцем.png")
        vault = vault_of_session(session)
        evidence.add_evidence(session, vault, ACTOR, case.id, photo, report_ids=[report.id])
        return Demo(case.id, person.id, case.relatives[0].id, report.id)


def russian_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window at 1280x800 (built after the translators, as the program does)."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.today.wait()  # the overdue count in the status bar, as the caseworker sees it
    QApplication.processEvents()
    return window


class DialogCatcher:
    """Runs every dialog of the prompts: shows it, notes what is cut, cancels it."""

    def __init__(self, qtbot: QtBot, prompts: ScriptedPrompts) -> None:
        self._qtbot = qtbot
        self.problems: dict[str, list[str]] = {}
        prompts.answer_dialog = self.check

    def check(self, dialog: QWidget) -> bool:
        show_as_the_program_does(self._qtbot, dialog)
        self.note(dialog)
        if isinstance(dialog, RecordDialog):
            self.type_dates(dialog)
        dialog.hide()
        return False

    def type_dates(self, dialog: RecordDialog) -> None:
        """Type readable and unreadable dates: each note fits, and no field moves."""
        fields = [dialog.field(name) for name in dialog.field_names()]
        where = {field.objectName(): field.mapTo(dialog, QPoint(0, 0)) for field in fields}
        for field in fields:
            if not isinstance(field, InterpretingField):
                continue
            for typed in TYPED_DATES:
                field.setFocus()
                field.setText(typed)
                field.editingFinished.emit()
                QApplication.processEvents()
                self.note(dialog, f"{field.objectName()} = {typed!r}")
                moved = [
                    name
                    for name, point in where.items()
                    if dialog.field(name).mapTo(dialog, QPoint(0, 0)) != point
                ]
                if moved:
                    self.problems[type(dialog).__name__].append(
                        f"{dialog.windowTitle()!r}: typing {typed!r} into "
                        f"{field.objectName()} moved {moved}"
                    )

    def note(self, dialog: QWidget, state: str = "") -> None:
        key = f"{type(dialog).__name__} {dialog.windowTitle()!r}" + (f" ({state})" if state else "")
        if SHOTS:  # pictures of every dialog, to look at them
            number = sum(len(found) for found in self.problems.values()) + len(self.problems)
            dialog.grab().save(str(Path(SHOTS) / f"{number:03d} {key.replace('/', '_')}.png"))
        self.problems.setdefault(type(dialog).__name__, []).extend(
            f"{key}: {problem}" for problem in cut_texts(dialog)
        )


def dialog_classes() -> set[str]:
    """Every dialog class in ``ui`` (the shared bases of the record dialogs and of the
    questions that ask why aside)."""
    found: set[str] = set()
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(name)
    return found - {"RecordDialog", "ReasonDialog"}


def open_every_dialog(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    prompts: ScriptedPrompts,
    catcher: DialogCatcher,
    window: MainWindow,
    context: AppContext,
    demo: Demo,
    workbook: Path,
) -> None:
    """Open each dialog of the program through its action, on the demo data."""
    window.open_case(demo.case_id)
    window.new_case()
    case_actions.edit_case(window, context, demo.case_id)
    case_actions.add_relative(window, context, demo.case_id)
    case_actions.edit_relative(window, context, demo.relative_id)
    case_actions.add_person(window, context, demo.case_id)
    case_actions.edit_person(window, context, demo.person_id)
    case_actions.add_report(window, context, demo.case_id, demo.person_id)
    case_actions.edit_report(window, context, demo.report_id)
    case_actions.retract_report(window, context, demo.report_id)
    assign_case(window, context, demo.case_id)

    view = window.case_view
    panel = view.timeline_panel
    view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.result() is not None)
    panel.contradictions_table.selectRow(0)
    panel.explain()
    panel.assess()

    evidence_panel = view.evidence_panel
    view.tabs.setCurrentWidget(evidence_panel)
    qtbot.waitUntil(lambda: evidence_panel.model.rowCount() == 1)
    evidence_panel.select_item(evidence_panel.model.items()[0].id)
    evidence_panel.edit_selected()
    evidence_panel.purge_selected()
    bundle = evidence_panel.findChild(BundleExporter, "bundleExporter")
    assert bundle is not None and not bundle.export()  # its dialog, cancelled by the catcher
    open_the_inquiry_dialogs(view, context, demo.case_id)
    open_the_family_dialogs(window, catcher.note)
    open_the_letter_dialog(view)
    open_the_list_import(window, catcher.note, workbook.parent)
    open_the_review(window, context, catcher.note)
    open_the_duplicates(window, context, catcher.note, demo.person_id)

    work_list = window.today.open_work_list()
    if work_list.job is not None:
        work_list.job.wait()
    catcher.note(work_list)
    work_list.close()

    window.spreadsheets.export_action.trigger()
    window.spreadsheets.template_action.trigger()

    with context.database.read() as session:
        export_workbook(session, workbook)
        plan = plan_import(session, workbook)
    preview = ImportDialog(plan, window)
    catcher.check(preview)
    preview.deleteLater()

    settings_dialog = window.open_settings()
    qtbot.waitExposed(settings_dialog)
    catcher.note(settings_dialog)
    settings_dialog.reject()

    # The question before typed work is lost: noted while it is open, then answered.
    prompts.answer_discard = Prompts().confirm_discard
    dialog = CaseDialog(window)
    dialog.prompts = prompts
    dialog.show()
    qtbot.waitExposed(dialog)
    family_name = dialog.field("family_name")
    assert isinstance(family_name, QLineEdit)
    family_name.setText("Соколовы")

    def note_and_keep() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        catcher.note(box)
        box.escapeButton().click()

    QTimer.singleShot(0, note_and_keep)
    dialog.reject()
    assert dialog.isVisible()
    dialog.hide()
    dialog.deleteLater()

    # The name asked at the first start.
    monkeypatch.delenv(ENV_VARIABLE)
    named = ask_name_at_first_start(window, settings.preferences_store(), context)
    assert named is not None
    qtbot.waitExposed(named)
    catcher.note(named)
    named.close()

    about = window.show_about()
    qtbot.waitExposed(about)
    catcher.note(about)
    about.close()

    open_the_backups(qtbot, window, catcher.note, workbook.parent)

    # The passphrase of a protected database, at start and after the idle time.
    show_unlock_dialogs(qtbot, catcher.note, workbook.parent)

    # Protecting the database with a passphrase: the offer and the dialog.
    open_the_protection(qtbot, catcher.note, window, context)

    # The password of a team's server login, asked at start.
    open_the_server_password(qtbot, catcher.note)

    # An older database upgraded at start.
    from ui.upgrade_notice import UpgradeNotice

    notice = UpgradeNotice(workbook.parent / "база данных фонда «Поиск» 2026.sqlite")
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    catcher.note(notice)
    notice.hide()


# The tests --------------------------------------------------------------------------------


@pytest.mark.sqlite_only(reason="opens the backups and passphrase dialogs of a SQLite file")
@pytest.mark.usefixtures("russian")
def test_no_dialog_cuts_its_text(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    prompts: ScriptedPrompts,
    context: AppContext,
    demo: Demo,
    tmp_path: Path,
) -> None:
    window = russian_window(qtbot, context)
    catcher = DialogCatcher(qtbot, prompts)
    open_every_dialog(
        qtbot, monkeypatch, prompts, catcher, window, context, demo, tmp_path / "дела.xlsx"
    )

    assert dialog_classes() <= set(catcher.problems), "a dialog class no action here opens"
    problems = [problem for found in catcher.problems.values() for problem in found]
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("russian")
def test_the_first_screen_fits(qtbot: QtBot, context: AppContext) -> None:
    window = russian_window(qtbot, context)
    assert window.empty_state.isVisible()
    problems = problems_in(window)
    assert not problems, "\n".join(problems)


def cut_names(table: QTableView, columns: tuple[int, ...]) -> list[str]:
    """The cells of ``columns`` whose text is wider than the column."""
    metrics, model = table.fontMetrics(), table.model()
    problems = []
    for row in range(model.rowCount()):
        for column in columns:
            text = str(model.index(row, column).data() or "")
            needed = metrics.horizontalAdvance(text) + NAME_CELL_PADDING
            if needed > table.columnWidth(column):
                problems.append(f"{text!r} needs {needed} px, has {table.columnWidth(column)}")
    return problems


@pytest.mark.usefixtures("russian")
def test_the_case_desk_fits_with_and_without_an_open_case(
    qtbot: QtBot, context: AppContext, demo: Demo
) -> None:
    window = russian_window(qtbot, context)
    problems = [f"no case open: {problem}" for problem in problems_in(window)]
    problems += cut_names(window.case_list.table, NAME_COLUMNS)
    window.open_case(demo.case_id)
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        problems += [f"tab {tabs.tabText(index)!r}: {p}" for p in problems_in(window)]
    # An edit to undo: the Edit menu names it in full.
    grade = EditReportCommand(
        context,
        description="погиб · 21 окт. 2026 · воинская часть: командир роты, в/ч 00417",
        record_id=demo.report_id,
        case_id=demo.case_id,
        expected_version=report_version(context, demo.report_id),
        old={"credibility": "2"},
        new={"credibility": "3"},
        report_error=lambda _error: None,
    )
    assert push_edit(context.undo_stack, grade) is None
    tabs.setCurrentWidget(window.case_view.timeline_panel)
    qtbot.wait(50)
    problems += [f"after an edit: {problem}" for problem in problems_in(window)]
    window.case_list.search_box.setText("Незнакомов Аркадий")
    window.case_list.apply_filters()
    assert (
        window.case_list.nothing_label.text()
        == "Ничего не найдено по запросу «Незнакомов Аркадий»."
    )
    problems += [f"nothing found: {problem}" for problem in problems_in(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("russian", "demo")
def test_the_case_list_beside_an_open_case_shows_each_family_whole(
    qtbot: QtBot, context: AppContext
) -> None:
    """At 1280x800 with a case open the list has half the width: the family's name, the
    reference and the days show whole, a column that steps aside is named in the header's
    tooltip, and nothing scrolls across, even dragged narrower; with no case open, or at
    1920x1080, all shows."""
    with context.database.write() as session:
        add_more_cases(session)
    window = russian_window(qtbot, context)
    problems = [f"no case open: {p}" for p in case_list_problems(window, everything=True)]
    window.open_case(window.case_model.case_id(0))
    problems += [f"1280x800: {p}" for p in case_list_problems(window, everything=False)]
    header = window.case_list.table.horizontalHeader()
    if not header.isSectionHidden(CaseColumn.REGION):
        problems.append("1280x800: the region (in the case's header) leaves no room")
    # The list dragged narrower: the persons step aside too (the open case lists them).
    sizes = window.splitter.sizes()
    window.splitter.setSizes([540, sum(sizes) - 540])
    problems += [f"540 px: {p}" for p in case_list_problems(window, everything=False)]
    if not header.isSectionHidden(CaseColumn.PERSONS):
        problems.append("540 px: the persons leave the family no room")
    window.splitter.setSizes(sizes)
    window.resize(1920, 1080)
    problems += [f"1920x1080: {p}" for p in case_list_problems(window, everything=True)]
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("russian")
def test_the_inquiries_table_fits_without_scrolling_across(
    qtbot: QtBot, context: AppContext, demo: Demo
) -> None:
    """Each demo case's inquiries, one of them with a second sought person (the column of
    whom each inquiry is about shows then)."""
    with context.database.write() as session:
        add_person(session, demo.case_id, "Соколов Константин Игоревич")
    window = russian_window(qtbot, context)
    problems = inquiries_that_scroll_across(window, context, cut_texts)
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("russian", "demo")
def test_the_steps_of_an_inquiry_fit_without_scrolling_across(
    qtbot: QtBot, context: AppContext
) -> None:
    """Each demo inquiry's course beside its step buttons: details on a line of their own."""
    window = russian_window(qtbot, context)
    problems = at_sizes(window, lambda: steps_that_scroll_across(window, context, cut_texts))
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("russian")
def test_the_relatives_and_persons_fit_without_scrolling_across(
    qtbot: QtBot, context: AppContext, demo: Demo
) -> None:
    """Each demo case's relatives and sought persons, one case with a second person whose
    texts are long."""
    with context.database.write() as session:
        add_person(
            session,
            demo.case_id,
            "Соколов-Голенищев Константин Игоревич",
            rank="младший сержант",
            unit="в/ч 00852, 1-й мотострелковый батальон, 3-я рота",
            service_number="АБ-123 456",
            call_sign="Гром",
            last_contact_on="19.10.2026",
            last_contact_place="пос. Первомайский Энского района",
            official_status="missing",
            official_status_on="07.11.2026",
        )
    window = russian_window(qtbot, context)
    problems = at_sizes(window, lambda: people_that_scroll_across(window, context, cut_texts))
    assert not problems, "\n".join(problems)


def report_version(context: AppContext, report_id: int) -> int:
    with context.database.read() as session:
        return reports.get_report(session, report_id).version


def problems_in(window: QWidget) -> list[str]:
    QApplication.processEvents()
    return cut_texts(window)


@pytest.mark.usefixtures("russian")
def test_the_standard_dialogs_are_russian(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert [button.text() for button in buttons.buttons()] == ["OK", "Отмена"]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "?",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert {_plain(button.text()) for button in box.buttons()} == {"Да", "Нет"}

    files = QFileDialog(None, "Сохранить")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    texts = {_plain(label.text()) for label in files.findChildren(QLabel)}
    texts |= {_plain(button.text()) for button in files.findChildren(QPushButton)}
    assert {"Папка:", "Имя файла:", "Типы файлов:", "Сохранить", "Отмена"} <= texts


@pytest.mark.usefixtures("russian")
def test_the_timeline_legend_explains_every_colour_in_full(
    qtbot: QtBot, context: AppContext, demo: Demo
) -> None:
    window = russian_window(qtbot, context)
    window.open_case(demo.case_id)
    panel = window.case_view.timeline_panel
    window.case_view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.result() is not None)
    widget = panel.timeline
    legend = widget._painter.legend

    texts = [item.text for item in legend.items]
    for claim in ("в плену", "ранен", "погиб", "пропал без вести", "нет сведений"):
        assert any(claim in text for text in texts), claim
    for width in (widget.width(), 420):
        rows = legend.rows(width)
        assert [item for row in rows for item, _x in row] == legend.items
        assert all(x + item.width <= width for row in rows for item, x in row)
    assert legend.height_for(420) > legend.height_for(4000)
    # The inquiries' marks are explained where the case has inquiries (a strip for them).
    strip = has_strip(panel.result())
    assert widget._frame().lanes_top == legend.height_for(widget.width(), strip)
