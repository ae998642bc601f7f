"""An inquiry's course in words: what each step was and what it says."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from caseworker.labels import label
from caseworker.services.inquiry_lines import CourseStep
from caseworker.vocab import InquiryEventKind
from ui.widgets.date_field import format_day

translate = QCoreApplication.translate


def step_what(step: CourseStep) -> str:
    """What the step was: sent, registered, extended…"""
    return label(step.kind)


def step_details(
    step: CourseStep, addressees: Mapping[int, str], beyond_law: Collection[date] = ()
) -> str:
    """What the step says: their number, the new due date and why (and whether the law
    allows it), where it went, the answer (and that it became a report), the reason it was
    closed. ``addressees`` names the case's inquiries' addressees by inquiry id (a
    forwarding names the new one's); ``beyond_law``: the new due dates of the extensions
    the law does not allow."""
    if step.kind is InquiryEventKind.REGISTERED:
        return (
            translate("InquiryCourse", "No. {number}").format(number=step.their_reference)
            if step.their_reference
            else ""
        )
    if step.kind is InquiryEventKind.EXTENDED:
        if step.due_on in beyond_law:
            return translate(
                "InquiryCourse", "until {day}: {reason} (an extension beyond what the law allows)"
            ).format(day=format_day(step.due_on), reason=step.text)
        return translate("InquiryCourse", "until {day}: {reason}").format(
            day=format_day(step.due_on), reason=step.text
        )
    if step.kind is InquiryEventKind.FORWARDED:
        name = addressees.get(step.next_inquiry_id or -1, "")
        return translate("InquiryCourse", "to {addressee}").format(addressee=name) if name else ""
    if step.kind is InquiryEventKind.ANSWERED and step.report_id is not None:
        return translate("InquiryCourse", "{text} (recorded as a report)").format(text=step.text)
    return step.text
