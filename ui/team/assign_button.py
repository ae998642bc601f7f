"""The case header's "Assign…" button (see :mod:`ui.team.assign_dialog`, which loads, with
the record dialogs, when it is first pressed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from caseworker.team.assignment import may_assign
from ui.context import AppContext
from ui.operations import ReadOp

translate = QCoreApplication.translate


def assign_button(
    parent: QWidget, context: AppContext, case_id: Callable[[], int | None]
) -> QPushButton:
    """The case header's "Assign…" button: assigns the case ``case_id()`` gives (the open
    case's id; None: no case, nothing to do)."""
    button = QPushButton(translate("AssignDialog", "Assign…"), parent)
    button.setObjectName("assignCaseButton")
    button.setToolTip(translate("AssignDialog", "Choose who works on this case (a coordinator)"))
    if ReadOp(context, parent, may_assign).run() is False:  # a team's server said no
        button.setEnabled(False)
        button.setToolTip(
            translate("AssignDialog", "Only a coordinator assigns cases on the team's server.")
        )

    def clicked() -> None:
        chosen = case_id()
        if chosen is not None:
            from ui.team.assign_dialog import assign_case  # loaded when first pressed

            assign_case(parent, context, chosen)

    button.clicked.connect(clicked)
    return button
