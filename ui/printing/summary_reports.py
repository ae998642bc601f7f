"""A sought person's reports in the printed summary: one row each, in time order, with the
event, the claim, the source, the grade and what was said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseworker.labels import label
from caseworker.services.case_summary import PersonSummary, ReportLine
from ui.printing.summary_html import escaped, heading, table_section
from ui.widgets.date_field import format_day, format_event

translate = QCoreApplication.translate


def reports_section(person: PersonSummary) -> str:
    count = len(person.reports)
    title = translate("CaseSummary", "Reports in time order ({count})").format(count=count)
    headers = [
        (translate("CaseSummary", "No."), 4),
        (translate("CaseSummary", "Event"), 16),
        (translate("CaseSummary", "Claim"), 13),
        (translate("CaseSummary", "Source"), 20),
        (translate("CaseSummary", "Grade"), 17),
        (translate("CaseSummary", "What was said"), 30),
    ]
    return table_section(
        heading(3, title),
        headers,
        person.reports,
        _report,
        translate("CaseSummary", "No reports yet."),
    )


def _report(report: ReportLine) -> list[str]:
    return [
        escaped(str(report.id)),
        _event(report),
        _claim(report),
        _source(report),
        _grade(report),
        _said(report),
    ]


def _event(report: ReportLine) -> str:
    received = translate("CaseSummary", "received {day}").format(day=format_day(report.received_on))
    return (
        f'{escaped(format_event(report.event))}<br/><span class="small">{escaped(received)}</span>'
    )


def _claim(report: ReportLine) -> str:
    if not report.retracted:
        return f"<b>{escaped(label(report.claim))}</b>"
    retracted = translate("CaseSummary", "retracted")
    return (
        f'<span class="retracted"><s>{escaped(label(report.claim))}</s>'
        f"<br/>{escaped(retracted)}</span>"
    )


def _source(report: ReportLine) -> str:
    source = escaped(label(report.source_kind))
    if report.source_name:
        source += f"<br/>{escaped(report.source_name)}"
    if report.document_ref:
        document = translate("CaseSummary", "document {reference}").format(
            reference=report.document_ref
        )
        source += f'<br/><span class="small">{escaped(document)}</span>'
    return source


def _grade(report: ReportLine) -> str:
    return (
        f"<b>{escaped(report.reliability.value + report.credibility.value)}</b><br/>"
        f'<span class="small">{escaped(label(report.reliability))}<br/>'
        f"{escaped(label(report.credibility))}</span>"
    )


def _said(report: ReportLine) -> str:
    """The summary, and under it in small print the notes the report carries."""
    said = [escaped(report.summary)] if report.summary else []
    notes = []
    if report.place:
        notes.append(translate("CaseSummary", "Place: {place}").format(place=report.place))
    if report.stated_on is not None:
        notes.append(
            translate("CaseSummary", "Stated on {day}").format(day=format_day(report.stated_on))
        )
    if report.derived_from_id is not None:
        notes.append(
            translate("CaseSummary", "Relays report {id}").format(id=report.derived_from_id)
        )
    if report.evidence_ids:
        notes.append(
            translate("CaseSummary", "Evidence: {items}").format(
                items=", ".join(f"#{item}" for item in report.evidence_ids)
            )
        )
    if report.retracted:
        notes.append(
            translate("CaseSummary", "Retracted: {reason}").format(
                reason=report.retraction_reason or "—"
            )
        )
    if notes:
        said.append('<span class="small">' + escaped("\n".join(notes)) + "</span>")
    return "<br/>".join(said)
