"""The text shown when the mouse rests on a report: claim, date, source, grade, summary."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from caseworker.labels import label, short_grade
from caseworker.timeline import ReportFact
from ui.widgets.date_field import format_event


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
