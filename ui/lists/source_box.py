"""Where the list comes from: a file (.xlsx, .csv) chosen in a file dialog, or text pasted
from a web page or a spreadsheet (tab-separated, the header first). It only asks for the
reading; the dialog reads in the background and says here what came of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.date_field import PROBLEM_COLOUR


class SourceBox(QWidget):
    """``choose_requested`` when the caseworker asks for a file, ``text_pasted(text)`` when
    they ask for the pasted text to be read."""

    choose_requested = Signal()
    text_pasted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("listSource")
        self.tabs.setDocumentMode(True)

        file_page = QWidget()
        file_column = QVBoxLayout(file_page)
        file_row = QHBoxLayout()
        file_column.addLayout(file_row)
        file_column.addStretch(1)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("listFile")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("no file chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_button.setObjectName("chooseListFile")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_requested)
        file_row.addWidget(QLabel(self.tr("Excel workbook (.xlsx) or CSV:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.tabs.addTab(file_page, self.tr("From a file"))

        paste_page = QWidget()
        paste_row = QHBoxLayout(paste_page)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("pastedList")
        self.paste_edit.setTabChangesFocus(True)
        self.paste_edit.setPlaceholderText(
            self.tr(
                "Paste the list here, copied from a spreadsheet or a web page table: one row "
                "a line, cells separated by tabs, the header first."
            )
        )
        self.paste_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.read_button = QPushButton(self.tr("&Read the text"))
        self.read_button.setObjectName("readPasted")
        self.read_button.setAutoDefault(False)
        self.read_button.clicked.connect(
            lambda: self.text_pasted.emit(self.paste_edit.toPlainText())
        )
        paste_row.addWidget(self.paste_edit, 1)
        paste_row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(paste_page, self.tr("Paste text"))
        layout.addWidget(self.tabs)

        self.message = QLabel(self)
        self.message.setObjectName("sourceMessage")
        self.message.setWordWrap(True)
        # Room for a refusal's two lines, so that the fields below never move.
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.say(self.tr("Choose the list's file, or paste its text."))

    def show_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def say(self, text: str, *, problem: bool = False) -> None:
        """What came of reading: how much was read, or why the file is refused."""
        palette = self.message.palette()
        colour = PROBLEM_COLOUR if problem else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(palette)
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.read_button.setEnabled(not busy)
