"""A new password for a workbook, asked twice through the prompts (for exports that have no
dialog of their own, as the work list's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.prompts import Prompts

translate = QCoreApplication.translate


def ask_new_password(prompts: Prompts, parent: QWidget | None) -> str | None:
    """The password typed twice the same; None when the person cancels either question.

    An empty password or two that differ are said, and the questions asked again.
    """
    title = translate("PasswordPrompt", "Protect with a password")
    first = translate(
        "PasswordPrompt",
        "Type the password to protect the workbook with. Excel and LibreOffice ask for it "
        "when the workbook is opened; keep it apart from the workbook.",
    )
    text = first
    while True:
        password = prompts.ask_password(parent, title, text)
        if password is None:
            return None
        if not password:
            text = translate("PasswordPrompt", "The password is empty. {question}").format(
                question=first
            )
            continue
        repeated = prompts.ask_password(
            parent, title, translate("PasswordPrompt", "Type the same password again:")
        )
        if repeated is None:
            return None
        if repeated == password:
            return password
        text = translate("PasswordPrompt", "The two passwords differ. {question}").format(
            question=first
        )
