"""The first part of the printed summary: the case's own facts and its relatives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseworker.labels import label
from caseworker.services.case_summary import CaseSummary, RelativeLine
from ui.printing.summary_html import dash, escaped, facts, heading, joined, table_section
from ui.widgets.date_field import format_day

translate = QCoreApplication.translate


def summary_title(summary: CaseSummary) -> str:
    """The summary's title, also the PDF's and the print job's name."""
    return translate("CaseSummary", "Case summary {reference}").format(reference=summary.reference)


def case_section(case: CaseSummary) -> str:
    """The title, the family and region under it, and the case's facts."""
    due = ""
    if case.next_action_due is not None:
        due = translate("CaseSummary", "by {day}").format(day=format_day(case.next_action_due))
    rows = [
        (translate("CaseSummary", "Reference"), escaped(case.reference)),
        (translate("CaseSummary", "Family"), escaped(case.family_name)),
        (translate("CaseSummary", "Region"), escaped(case.region)),
        (translate("CaseSummary", "Status"), escaped(label(case.status))),
        (translate("CaseSummary", "Opened on"), escaped(format_day(case.opened_on))),
        (translate("CaseSummary", "Assigned caseworker"), escaped(dash(case.assigned_to))),
        (
            translate("CaseSummary", "Next action"),
            escaped(joined([case.next_action, due], ", ")),
        ),
    ]
    lead = joined([case.family_name, case.region])
    title = escaped(summary_title(case))
    return f'<h1>{title}</h1><p class="lead">{escaped(lead)}</p>{facts(rows)}'


def relatives_section(case: CaseSummary) -> str:
    headers = [
        (translate("CaseSummary", "Name"), 32),
        (translate("CaseSummary", "Relation"), 16),
        (translate("CaseSummary", "Contacts"), 26),
        (translate("CaseSummary", "Consent to process data"), 26),
    ]
    return table_section(
        heading(2, translate("CaseSummary", "Relatives")),
        headers,
        case.relatives,
        _relative,
        translate("CaseSummary", "None recorded."),
    )


def _relative(relative: RelativeLine) -> list[str]:
    relation = joined([label(relative.relation), relative.relation_note], ", ")
    consent = ""
    if relative.consent_on is not None:
        consent = joined([format_day(relative.consent_on), relative.consent_scope], ": ")
    return [
        f"<b>{escaped(relative.full_name)}</b>",
        escaped(relation),
        escaped(joined([relative.phone, relative.email], "\n")),
        escaped(consent or translate("CaseSummary", "not recorded")),
    ]
