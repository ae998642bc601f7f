"""The dialogs of an inquiry: writing a new one, and each step of its course.

Each is a :class:`RecordDialog` whose fields carry the services' argument names; a refused
value keeps what was typed and shows the sentence beside the fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from caseworker.errors import CaseworkerError
from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.services.addressees import AddresseeLine
from caseworker.services.inquiries import BeyondTheLaw
from caseworker.services.inquiry_lines import InquiryLine
from caseworker.vocab import Channel, Claim
from ui.dialogs.record_dialog import RecordDialog, enum_combo, note_edit, set_combo_value
from ui.dialogs.report_dialog import add_grades
from ui.inquiries.inquiry_model import addressee_text
from ui.widgets.date_field import DateField, EventDateField, format_day

translate = QCoreApplication.translate

#: An id to choose and the words shown for it.
Choice = tuple[int, str]


def id_combo(choices: Sequence[Choice], none_text: str | None) -> QComboBox:
    """A combo box of ``choices`` whose item data are their ids; ``none_text`` offers None."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice_id, text in choices:
        combo.addItem(text, choice_id)
    return combo


def addressee_choices(lines: Sequence[AddresseeLine]) -> list[Choice]:
    """The directory's offices as chosen: a sensitive one says so."""
    sensitive = translate("InquiryDialogs", "{name} (sensitive)")
    return [(a.id, sensitive.format(name=a.name) if a.sensitive else a.name) for a in lines]


def describe(line: InquiryLine) -> str:
    """One line naming the inquiry: its addressee, when it was sent, when it is due."""
    said = [addressee_text(line)]
    if line.sent_on is not None:
        said.append(translate("InquiryDialogs", "sent {day}").format(day=format_day(line.sent_on)))
    else:
        said.append(translate("InquiryDialogs", "draft"))
    if line.due_on is not None:
        said.append(translate("InquiryDialogs", "due {day}").format(day=format_day(line.due_on)))
    return " · ".join(said)


class OptionalEventDateField(EventDateField):
    """An event date that may stay empty."""

    def _empty_problem(self) -> str:
        return ""


class NewInquiryDialog(RecordDialog):
    """A new inquiry of a case: to whom, about whom, on whose behalf, how and when sent."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        addressees: Sequence[AddresseeLine],
        persons: Sequence[Choice],
        relatives: Sequence[Choice],
    ) -> None:
        super().__init__(self.tr("New inquiry"), parent)
        self.setObjectName("newInquiryDialog")
        to = self.group(self.tr("To and about"), 0)
        addressee = self.add_field(
            to,
            "addressee_id",
            self.tr("Addressee"),
            id_combo(addressee_choices(addressees), self.tr("Choose…")),
            required=True,
        )
        addressee.setToolTip(self.tr("An office of the directory of addressees."))
        self.add_field(
            to, "person_id", self.tr("Sought person"), id_combo(persons, self.tr("not one person"))
        )
        self.add_field(
            to,
            "applicant_id",
            self.tr("On behalf of"),
            id_combo(relatives, self.tr("our organisation")),
        )

        sending = self.group(self.tr("Sending"), 1)
        channel = self.add_field(sending, "channel", self.tr("Channel"), enum_combo(Channel))
        set_combo_value(channel, Channel.POST)
        sent = self.add_field(sending, "sent_on", self.tr("Sent on"), DateField())
        sent.setToolTip(self.tr("Leave it empty to keep the inquiry as a draft, not sent yet."))
        self.add_field(sending, "our_reference", self.tr("Our reference"), QLineEdit())
        self.finish_with_notes(self.tr("Note"), 3, focus="addressee_id")


#: Each step's dialog: its title and a sentence on what recording it does.
_STEPS: dict[str, tuple[str, str]] = {
    "send": (
        QT_TRANSLATE_NOOP("InquiryDialogs", "Inquiry sent"),
        QT_TRANSLATE_NOOP(
            "InquiryDialogs", "The draft becomes an inquiry sent on this day; its clock starts."
        ),
    ),
    "register": (
        QT_TRANSLATE_NOOP("InquiryDialogs", "Inquiry registered"),
        QT_TRANSLATE_NOOP(
            "InquiryDialogs",
            "The addressee's registration day: the time for the answer counts from it.",
        ),
    ),
    "extend": (
        QT_TRANSLATE_NOOP("InquiryDialogs", "Answer extended"),
        QT_TRANSLATE_NOOP(
            "InquiryDialogs",
            "The addressee said the answer comes later. The earlier due date stays in the course.",
        ),
    ),
    "forward": (
        QT_TRANSLATE_NOOP("InquiryDialogs", "Inquiry forwarded"),
        QT_TRANSLATE_NOOP(
            "InquiryDialogs",
            "The addressee sent the inquiry on to another office: a new inquiry to it starts "
            "its own clock, and this one is closed as forwarded.",
        ),
    ),
    "answer": (
        QT_TRANSLATE_NOOP("InquiryDialogs", "Answer received"),
        QT_TRANSLATE_NOOP("InquiryDialogs", "Record the answer as it came, in its words."),
    ),
    "close": (
        QT_TRANSLATE_NOOP("InquiryDialogs", "Close without an answer"),
        QT_TRANSLATE_NOOP(
            "InquiryDialogs",
            "The inquiry stays in the case, closed, with your reason; it is no longer waited for.",
        ),
    ),
}


class StepDialog(RecordDialog):
    """One step of an inquiry's course (a key of ``_STEPS``): the inquiry named at the top,
    what the step does; the step's fields follow in :attr:`form`."""

    def __init__(self, parent: QWidget | None, *, line: InquiryLine, step: str) -> None:
        title, says = _STEPS[step]
        super().__init__(translate("InquiryDialogs", title), parent)
        self.setObjectName(f"{step}InquiryDialog")
        self.form = self.group(translate("InquiryDialogs", "Inquiry"), 0)
        self.add_statement(
            self.form, describe(line), "inquiryDescribed", translate("InquiryDialogs", says)
        )

    def day_field(
        self, name: str, caption: str, *, future: bool = False, required: bool = True
    ) -> DateField:
        """A day, today until changed (empty for a day to come)."""
        field = DateField(allow_future=future)
        self.add_field(self.form, name, caption, field, required=required)
        field.set_date(None if future else date.today())
        return field

    def finish(self, focus: str, width: int = 520) -> None:
        self.finish_columns()
        self.field(focus).setFocus()
        self.resize_to_width(width)

    def finish_with_reason_why(self, action: str) -> None:
        """End with the required "reason" below the days; OK says ``action``."""
        caption = translate("InquiryDialogs", "Reason")
        self.finish_with_reason(self.form, "reason", caption, action=action, width=520)


def send_dialog(parent: QWidget | None, line: InquiryLine) -> StepDialog:
    dialog = StepDialog(parent, line=line, step="send")
    dialog.day_field("on", translate("InquiryDialogs", "Sent on"))
    channel = enum_combo(Channel)
    dialog.add_field(dialog.form, "channel", translate("InquiryDialogs", "Channel"), channel)
    set_combo_value(channel, line.channel)
    dialog.finish("on")
    return dialog


def register_dialog(parent: QWidget | None, line: InquiryLine) -> StepDialog:
    dialog = StepDialog(parent, line=line, step="register")
    dialog.day_field("on", translate("InquiryDialogs", "Registered on"))
    number = translate("InquiryDialogs", "Their number")
    dialog.add_field(dialog.form, "their_reference", number, QLineEdit())
    dialog.finish("on")
    return dialog


class ExtendDialog(StepDialog):
    """The addressee's "later answer". An extension the law does not allow is refused with
    the sentence beside the fields, and only then the check box :attr:`beyond_law` shows:
    ticked, the extension is recorded as the office wrote it, marked as beyond the law."""

    def __init__(self, parent: QWidget | None, line: InquiryLine) -> None:
        super().__init__(parent, line=line, step="extend")
        until = self.day_field("until", self.tr("New due date"), future=True)
        self.day_field("on", self.tr("Notice received on"), required=False)
        self.beyond_law = QCheckBox(
            self.tr("The office did write this: record it as an extension beyond the law")
        )
        self.beyond_law.setObjectName("beyondLaw")
        self.beyond_law.hide()
        self.form.addRow(self.beyond_law)
        self.finish_with_reason_why(self.tr("Extend"))
        until.setFocus()

    def show_problem(self, error: CaseworkerError) -> None:
        super().show_problem(error)
        if isinstance(error, BeyondTheLaw):
            self.beyond_law.show()


def extend_dialog(parent: QWidget | None, line: InquiryLine) -> ExtendDialog:
    return ExtendDialog(parent, line)


def forward_dialog(
    parent: QWidget | None, line: InquiryLine, addressees: Sequence[AddresseeLine]
) -> StepDialog:
    dialog = StepDialog(parent, line=line, step="forward")
    others = addressee_choices([a for a in addressees if a.id != line.addressee_id])
    to = id_combo(others, translate("InquiryDialogs", "Choose…"))
    dialog.add_field(dialog.form, "to", translate("InquiryDialogs", "Forwarded to"), to)
    dialog.day_field("on", translate("InquiryDialogs", "Forwarded on"))
    dialog.finish("to")
    return dialog


def close_dialog(parent: QWidget | None, line: InquiryLine) -> StepDialog:
    dialog = StepDialog(parent, line=line, step="close")
    dialog.day_field("on", translate("InquiryDialogs", "Closed on"), required=False)
    dialog.finish_with_reason_why(translate("InquiryDialogs", "Close"))
    return dialog


class AnswerDialog(StepDialog):
    """The answer: its day and text and, when it says something about the person's fate,
    the claim, when it happened and its grades: a report on the person's timeline."""

    def __init__(
        self, parent: QWidget | None, *, line: InquiryLine, persons: Sequence[Choice]
    ) -> None:
        super().__init__(parent, line=line, step="answer")
        self.day_field("on", self.tr("Answered on"))
        fate = self.group(self.tr("What it says about the person's fate"), 1)
        claim = self.add_field(
            fate,
            "claim",
            self.tr("Claim"),
            enum_combo(Claim, none_text=self.tr("nothing: no report")),
        )
        claim.setToolTip(
            self.tr(
                "Choose a claim when the answer says what happened to the person: it becomes "
                "a report on the timeline, the addressee as its source."
            )
        )
        if line.person_id is None and len(persons) > 1:
            self.add_field(
                fate, "person_id", self.tr("About"), id_combo(persons, self.tr("Choose…"))
            )
        event = self.add_field(fate, "event", self.tr("Event date"), OptionalEventDateField())
        event.setToolTip(
            self.tr("When it happened, as the answer says; left empty, the answer's day.")
        )
        add_grades(self, fate)
        self.finish_columns()
        text = self.wide_group(self.tr("The answer's text"))
        self.add_field(text, "text", None, note_edit(5))
        self.field("on").setFocus()
