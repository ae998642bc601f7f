"""The text shown when the mouse rests on a report (claim, date, source, grade, summary) or
on an inquiry (addressee, status, its days and its clock)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from caseworker.labels import label, short_grade
from caseworker.services.timeline_inquiries import TimelineInquiry
from caseworker.timeline import ReportFact
from caseworker.vocab import InquiryStatus
from ui.widgets.date_field import format_day, format_event


def report_tooltip(fact: ReportFact) -> str:
    """Rich text for a tooltip; every value from the database is escaped."""
    source = label(fact.source_kind)
    if fact.source_name.strip():
        source = f"{source}: {fact.source_name.strip()}"
    lines = [
        f"<b>{escape(label(fact.claim))}</b> · {escape(format_event(fact.event))}",
        escape(
            QCoreApplication.translate("TimelineWidget", "Source: {source}").format(source=source)
        ),
        escape(
            QCoreApplication.translate(
                "TimelineWidget", "Grade: {grade} ({reliability}; {credibility})"
            ).format(
                grade=short_grade(fact.reliability, fact.credibility),
                reliability=label(fact.reliability),
                credibility=label(fact.credibility),
            )
        ),
    ]
    if fact.place.strip():
        lines.append(
            escape(
                QCoreApplication.translate("TimelineWidget", "Place: {place}").format(
                    place=fact.place.strip()
                )
            )
        )
    if fact.derived_from_id is not None:
        lines.append(
            escape(
                QCoreApplication.translate("TimelineWidget", "Relays report {id}").format(
                    id=fact.derived_from_id
                )
            )
        )
    if fact.summary.strip():
        lines.append(f"<i>{escape(fact.summary.strip())}</i>")
    if fact.retracted:
        lines.append(
            "<b>{}</b>".format(escape(QCoreApplication.translate("TimelineWidget", "Retracted")))
        )
    title = escape(QCoreApplication.translate("TimelineWidget", "Report {id}").format(id=fact.id))
    body = "<br>".join(lines)
    return f'<qt><span style="color:#5f6770">{title}</span><br>{body}</qt>'


def inquiry_tooltip(inquiry: TimelineInquiry) -> str:
    """Rich text for an inquiry's tooltip: addressee, status, its days and its clock."""
    translate = QCoreApplication.translate
    line = inquiry.line
    rows = [
        f"<b>{escape(line.addressee)}</b> · {escape(label(line.status))}",
        escape(
            translate("TimelineWidget", "Sent on {day}").format(day=format_day(inquiry.sent_on))
        ),
    ]
    if line.registered_on is not None:
        rows.append(
            escape(
                translate("TimelineWidget", "Registered on {day}").format(
                    day=format_day(line.registered_on)
                )
            )
        )
    if line.due_on is not None:
        rows.append(
            escape(
                translate("TimelineWidget", "Answer due by {day}").format(
                    day=format_day(line.due_on)
                )
            )
        )
    ended = format_day(inquiry.ended_on)
    if line.status is InquiryStatus.ANSWERED:
        rows.append(escape(translate("TimelineWidget", "Answered on {day}").format(day=ended)))
        if inquiry.late and line.due_on is not None and inquiry.ended_on is not None:
            after = InquiryTooltip().after_due((inquiry.ended_on - line.due_on).days)
            rows.append(_problem(after))
    elif line.status is InquiryStatus.CLOSED and ended:
        rows.append(escape(translate("TimelineWidget", "Closed on {day}").format(day=ended)))
    elif line.status is InquiryStatus.FORWARDED and ended:
        rows.append(escape(translate("TimelineWidget", "Forwarded on {day}").format(day=ended)))
    if line.overdue:
        overdue = InquiryTooltip().overdue(line.days_overdue)
        rows.append(_problem(overdue))
    if line.very_overdue:
        rows.append(_problem(translate("TimelineWidget", "Past the longest time the law allows")))
    if line.person_id is None:
        rows.append(escape(translate("TimelineWidget", "About the whole case")))
    if inquiry.report_id is not None:
        rows.append(
            escape(
                translate("TimelineWidget", "The answer is report {id}").format(
                    id=inquiry.report_id
                )
            )
        )
    title = escape(translate("TimelineWidget", "Inquiry {id}").format(id=inquiry.id))
    body = "<br>".join(rows)
    return f'<qt><span style="color:#5f6770">{title}</span><br>{body}</qt>'


def _problem(text: str) -> str:
    return f'<b style="color:#c62015">{escape(text)}</b>'


class InquiryTooltip(QObject):
    """The tooltip's words with a number (lupdate finds plural forms only in ``tr()``)."""

    def after_due(self, days: int) -> str:
        return self.tr("%n days after the due date", None, days)

    def overdue(self, days: int) -> str:
        return self.tr("No answer: overdue by %n days", None, days)
