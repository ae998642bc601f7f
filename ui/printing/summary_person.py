"""A sought person in the printed summary: their facts, what the reports suggest beside the
caseworker's assessment, and the contradictions between the reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseworker.dates import birth_text
from caseworker.labels import label
from caseworker.services.case_summary import AssessmentLine, FindingLine, PersonSummary
from caseworker.timeline.sentences import rule_label, severity_label
from ui.printing.summary_html import escaped, facts, heading, joined, moment, table_section
from ui.widgets.date_field import format_day

translate = QCoreApplication.translate


def person_heading(person: PersonSummary) -> str:
    title = translate("CaseSummary", "Sought person: {name}").format(name=person.full_name)
    return f"<h2>{escaped(title)}</h2>"


def person_facts(person: PersonSummary) -> str:
    born = joined([birth_text(person.birth_date), person.birth_place], ", ")
    official = label(person.official_status)
    if person.official_status_on is not None:
        official = translate("CaseSummary", "{status} since {day}").format(
            status=official, day=format_day(person.official_status_on)
        )
    last_contact = joined(
        [
            format_day(person.last_contact_on),
            person.last_contact_place,
            person.last_contact_channel,
        ],
        ", ",
    )
    rows = [
        (translate("CaseSummary", "Name variants"), escaped(person.name_variants)),
        (translate("CaseSummary", "Born"), escaped(born)),
        (translate("CaseSummary", "Service number"), escaped(person.service_number)),
        (translate("CaseSummary", "Rank"), escaped(person.rank)),
        (translate("CaseSummary", "Unit"), escaped(person.unit)),
        (
            translate("CaseSummary", "Position, call sign"),
            escaped(joined([person.position, person.call_sign], ", ")),
        ),
        (translate("CaseSummary", "Last contact"), escaped(last_contact)),
        (translate("CaseSummary", "Official status"), f"<b>{escaped(official)}</b>"),
    ]
    return facts(rows)


def status_section(person: PersonSummary) -> str:
    """What the reports suggest, said to be only a suggestion, then the assessment."""
    suggested = translate("CaseSummary", "The program suggests: {status}.").format(
        status=label(person.suggested)
    )
    parts = [
        heading(3, translate("CaseSummary", "Status")),
        f"<p><b>{escaped(suggested)}</b>",
    ]
    if person.contested:
        contested = translate("CaseSummary", "Contested: credible reports disagree.")
        parts.append(f' <span class="warning">{escaped(contested)}</span>')
    parts.append("</p>")
    caveat = translate(
        "CaseSummary",
        "This is only a suggestion, worked out from the reports' grades, dates and "
        "independence. It is not a probability and not a finding; the caseworker's "
        "assessment below is the judgement.",
    )
    parts.append(f'<p class="caveat">{escaped(caveat)}</p>')
    parts.append(_assessment(person.assessment))
    return "".join(parts)


def _assessment(assessment: AssessmentLine | None) -> str:
    if assessment is None:
        return "<p><b>{}</b></p>".format(
            escaped(translate("CaseSummary", "The caseworker's assessment: not assessed yet."))
        )
    judged = translate(
        "CaseSummary", "The caseworker's assessment: {status}, confidence {confidence}."
    ).format(status=label(assessment.status), confidence=label(assessment.confidence))
    by = translate("CaseSummary", "{who}, {when}").format(
        who=assessment.assessed_by, when=moment(assessment.assessed_at)
    )
    return (
        f'<p><b>{escaped(judged)}</b> <span class="small">{escaped(by)}</span></p>'
        f"<p>{escaped(assessment.rationale)}</p>"
    )


def findings_section(findings: tuple[FindingLine, ...]) -> str:
    headers = [
        (translate("CaseSummary", "Severity"), 14),
        (translate("CaseSummary", "What contradicts what"), 86),
    ]
    return table_section(
        heading(3, translate("CaseSummary", "Contradictions")),
        headers,
        findings,
        _finding,
        translate("CaseSummary", "The reports do not contradict each other."),
    )


def _finding(finding: FindingLine) -> list[str]:
    text = f"<b>{escaped(rule_label(finding.rule.value))}</b><br/>{escaped(finding.sentence)}"
    if finding.explained:
        explained = translate("CaseSummary", "Explained by {who}: {note}").format(
            who=finding.explained_by or "—", note=finding.note
        )
        text += f'<br/><span class="small"><i>{escaped(explained)}</i></span>'
    return [escaped(severity_label(finding.severity.value)), text]
