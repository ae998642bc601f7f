"""What an empty database shows: a welcome, "New case" and "Load demo cases"."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import WriteOp

log = logging.getLogger(__name__)

TEXT_WIDTH = 440


class EmptyState(QWidget):
    """A friendly start on an empty database; the main window replaces it by the case view."""

    #: The user asked for a new case (the main window opens the dialog).
    new_case_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context

        title = QLabel(self.tr("No cases yet"), self)
        title.setObjectName("emptyStateTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text = QLabel(
            self.tr(
                "Start with a family's request: create a case, then add the relatives, "
                "the sought persons and every report they bring.\n\n"
                "To look around first, load a few fictional demo cases."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width, centred by stretches: the layout then gives the label the height its
        # wrapped lines need at that width (an aligned label gets its size hint's, cut off).
        text.setFixedWidth(TEXT_WIDTH)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)

        self.new_case_button = QPushButton(self.tr("New case"), self)
        self.new_case_button.setObjectName("emptyNewCase")
        self.new_case_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Load demo cases"), self)
        self.demo_button.setObjectName("emptyLoadDemo")
        for button in (self.new_case_button, self.demo_button):
            button.setMinimumWidth(220)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(centred)
        layout.addSpacing(24)
        layout.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        self.new_case_button.clicked.connect(self.new_case_requested)
        self.demo_button.clicked.connect(self.load_demo)

    def load_demo(self) -> None:
        """Add the fictional demo cases in one transaction and tell every view."""
        # Imported here: the demo data is only needed when someone asks for it.
        from caseworker.demo import load_demo

        loaded = WriteOp(
            self._context,
            self,
            lambda session: load_demo(session, self._context.actor),
            Change(ChangeKind.ALL, action=self.tr("Loading the demo cases")),
        ).run()
        if loaded is None:
            return
        log.info("Loaded %d demo cases", len(loaded))
