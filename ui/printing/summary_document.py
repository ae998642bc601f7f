"""The printed case summary as a QTextDocument: HTML with a style sheet, in the interface
language, laid out from a :class:`~caseworker.services.case_summary.CaseSummary`.

Every value from the database is escaped; the timeline pictures are the document's image
resources, drawn finer than the screen so that they stay sharp on paper.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QFont, QTextDocument, QTextOption

from caseworker.dates import birth_text
from caseworker.labels import label
from caseworker.services.case_summary import (
    AssessmentLine,
    CaseSummary,
    EvidenceLine,
    FindingLine,
    PersonSummary,
    RelativeLine,
    ReportLine,
)
from caseworker.timeline.sentences import day_text, rule_label, severity_label
from caseworker.vault.messages import human_size
from ui.timeline.layout import TimelineLayout
from ui.timeline.picture import render_timeline_picture
from ui.widgets.date_field import format_day, format_event

translate = QCoreApplication.translate

BODY_POINTS = 9.5
#: The timeline picture is drawn this many times wider than the text, then shrunk onto the
#: page: its labels come out at a readable size beside the body text.
PICTURE_ZOOM = 1.25
PICTURE_SHARPNESS = 2.5
#: The picture's height: room for the caption, legend, status band and axis, and each lane.
PICTURE_FRAME_HEIGHT = 190
PICTURE_LANE_HEIGHT = 50

STYLE = """
body { color: #1f2328; }
h1 { font-size: 15pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; font-weight: bold; color: #27466b; margin-top: 16pt; margin-bottom: 5pt; }
h3 { font-size: 10.5pt; font-weight: bold; color: #27466b; margin-top: 11pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 4pt; }
p.lead { font-size: 11pt; color: #4a525b; margin-bottom: 6pt; }
p.gap { font-size: 5pt; margin: 0; }
table.facts td { padding: 1px 0; }
table.facts td.key { color: #5f6770; padding-right: 14px; }
table.grid { border-collapse: collapse; }
table.grid th {
    background-color: #e8edf3; font-weight: bold; text-align: left;
    padding: 4px; border-bottom: 1px solid #8d96a1;
}
table.grid td { padding: 4px; border-bottom: 1px solid #c9ced6; }
.small { font-size: 8pt; color: #4a525b; }
.muted { color: #6b737c; }
.retracted { color: #80868d; }
.warning { color: #a11d1d; font-weight: bold; }
.caveat { font-size: 8.5pt; font-style: italic; color: #4a525b; }
.hash { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; }
"""


#: A run of this many characters without a space (a web address) may break anywhere.
LONGEST_WORD = 36
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD},}}")
_BREAK = "\u200b"  # a zero-width space: a place to break the line, invisible


def _breakable(match: re.Match[str]) -> str:
    word = match.group(0)
    return _BREAK.join(
        word[i : i + LONGEST_WORD // 2] for i in range(0, len(word), LONGEST_WORD // 2)
    )


#: The space after a table. A table's own bottom margin would do, but where the margin
#: crosses into the next page, Qt paints the table's repeated header there, over what follows.
GAP = '<p class="gap">&nbsp;</p>'


def _e(text: str) -> str:
    """Database text as HTML: escaped, its line breaks kept, over-long words breakable.

    Lines wrap between words only (never inside a word that fits): a word too long for
    its column, such as a web address, gets invisible places to break.
    """
    return html.escape(_LONG_WORD.sub(_breakable, text)).replace("\n", "<br/>")


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _joined(parts: Iterable[str], separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)


def _dash(text: str) -> str:
    return text or "—"


def _moment(value: datetime) -> str:
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_day(local.date())} {local.strftime('%H:%M')}"


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of labels and (HTML) values, empty values left out."""
    body = "".join(
        f'<tr><td class="key">{_e(key)}</td><td>{value}</td></tr>' for key, value in rows if value
    )
    return f'<table class="facts" cellspacing="0">{body}</table>{GAP}'


def _grid(headers: Iterable[tuple[str, int]], rows: Iterable[Iterable[str]]) -> str:
    """A ruled table: headers with their share of the width (%), repeated on each page."""
    head = "".join(f'<th width="{share}%">{_e(text)}</th>' for text, share in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        '<table class="grid" width="100%" cellspacing="0">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{GAP}"
    )


def summary_title(summary: CaseSummary) -> str:
    """The summary's title, also the PDF's and the print job's name."""
    return translate("CaseSummary", "Case summary {reference}").format(reference=summary.reference)


class SummaryDocument:
    """Builds the document of one case summary for a text width (document pixels)."""

    def __init__(self, summary: CaseSummary, text_width: float, font: QFont | None = None):
        self.summary = summary
        self.text_width = text_width
        self.font = QFont(font) if font is not None else QFont()
        self.font.setPointSizeF(BODY_POINTS)

    # The whole --------------------------------------------------------------------------

    def build(self) -> QTextDocument:
        document = QTextDocument()
        document.setUseDesignMetrics(True)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font)
        option = document.defaultTextOption()
        # Lines break between words only; see _e() for words longer than a column.
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setDefaultStyleSheet(STYLE)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title())
        for person in self.summary.persons:
            if person.reports:
                document.addResource(
                    QTextDocument.ResourceType.ImageResource,
                    self._picture_url(person),
                    self._picture(person),
                )
        document.setHtml(self.html())
        return document

    def title(self) -> str:
        return summary_title(self.summary)

    def html(self) -> str:
        parts = [self._case(), self._relatives()]
        parts += [self._person(person) for person in self.summary.persons]
        parts.append(self._evidence())
        parts.append(
            '<p class="small" style="margin-top: 12pt">'
            + _e(
                translate(
                    "CaseSummary",
                    "Made with Caseworker on {day}; each file kept as evidence is identified by "
                    "its SHA-256 fingerprint: a copy with the same fingerprint is the same file, "
                    "unchanged.",
                ).format(day=day_text(self.summary.made_on))
            )
            + "</p>"
        )
        return "<html><body>" + "".join(parts) + "</body></html>"

    # The case and its people ------------------------------------------------------------

    def _case(self) -> str:
        case = self.summary
        due = ""
        if case.next_action_due is not None:
            due = translate("CaseSummary", "by {day}").format(day=format_day(case.next_action_due))
        rows = [
            (translate("CaseSummary", "Reference"), _e(case.reference)),
            (translate("CaseSummary", "Family"), _e(case.family_name)),
            (translate("CaseSummary", "Region"), _e(case.region)),
            (translate("CaseSummary", "Status"), _e(label(case.status))),
            (translate("CaseSummary", "Opened on"), _e(format_day(case.opened_on))),
            (translate("CaseSummary", "Assigned caseworker"), _e(_dash(case.assigned_to))),
            (translate("CaseSummary", "Next action"), _e(_joined([case.next_action, due], ", "))),
        ]
        lead = _joined([case.family_name, case.region])
        return f'<h1>{_e(self.title())}</h1><p class="lead">{_e(lead)}</p>{_facts(rows)}'

    def _relatives(self) -> str:
        heading = _heading(2, translate("CaseSummary", "Relatives"))
        if not self.summary.relatives:
            none = translate("CaseSummary", "None recorded.")
            return heading + f'<p class="muted">{_e(none)}</p>'
        headers = [
            (translate("CaseSummary", "Name"), 32),
            (translate("CaseSummary", "Relation"), 16),
            (translate("CaseSummary", "Contacts"), 26),
            (translate("CaseSummary", "Consent to process data"), 26),
        ]
        return heading + _grid(headers, (self._relative(r) for r in self.summary.relatives))

    def _relative(self, relative: RelativeLine) -> list[str]:
        relation = _joined([label(relative.relation), relative.relation_note], ", ")
        consent = ""
        if relative.consent_on is not None:
            consent = _joined([format_day(relative.consent_on), relative.consent_scope], ": ")
        return [
            f"<b>{_e(relative.full_name)}</b>",
            _e(relation),
            _e(_joined([relative.phone, relative.email], "\n")),
            _e(consent or translate("CaseSummary", "not recorded")),
        ]

    def _person(self, person: PersonSummary) -> str:
        heading = translate("CaseSummary", "Sought person: {name}").format(name=person.full_name)
        born = _joined([birth_text(person.birth_date), person.birth_place], ", ")
        official = label(person.official_status)
        if person.official_status_on is not None:
            official = translate("CaseSummary", "{status} since {day}").format(
                status=official, day=format_day(person.official_status_on)
            )
        last_contact = _joined(
            [
                format_day(person.last_contact_on),
                person.last_contact_place,
                person.last_contact_channel,
            ],
            ", ",
        )
        rows = [
            (translate("CaseSummary", "Name variants"), _e(person.name_variants)),
            (translate("CaseSummary", "Born"), _e(born)),
            (translate("CaseSummary", "Service number"), _e(person.service_number)),
            (translate("CaseSummary", "Rank"), _e(person.rank)),
            (translate("CaseSummary", "Unit"), _e(person.unit)),
            (
                translate("CaseSummary", "Position, call sign"),
                _e(_joined([person.position, person.call_sign], ", ")),
            ),
            (translate("CaseSummary", "Last contact"), _e(last_contact)),
            (translate("CaseSummary", "Official status"), f"<b>{_e(official)}</b>"),
        ]
        return "".join(
            [
                f"<h2>{_e(heading)}</h2>",
                _facts(rows),
                self._status(person),
                self._picture_html(person),
                self._findings(person.findings),
                self._reports(person),
            ]
        )

    # What the reports say ---------------------------------------------------------------

    def _status(self, person: PersonSummary) -> str:
        suggested = translate("CaseSummary", "The program suggests: {status}.").format(
            status=label(person.suggested)
        )
        parts = [
            _heading(3, translate("CaseSummary", "Status")),
            f"<p><b>{_e(suggested)}</b>",
        ]
        if person.contested:
            contested = translate("CaseSummary", "Contested: credible reports disagree.")
            parts.append(f' <span class="warning">{_e(contested)}</span>')
        parts.append("</p>")
        caveat = translate(
            "CaseSummary",
            "This is only a suggestion, worked out from the reports' grades, dates and "
            "independence. It is not a probability and not a finding; the caseworker's "
            "assessment below is the judgement.",
        )
        parts.append(f'<p class="caveat">{_e(caveat)}</p>')
        parts.append(self._assessment(person.assessment))
        return "".join(parts)

    def _assessment(self, assessment: AssessmentLine | None) -> str:
        if assessment is None:
            return "<p><b>{}</b></p>".format(
                _e(translate("CaseSummary", "The caseworker's assessment: not assessed yet."))
            )
        judged = translate(
            "CaseSummary", "The caseworker's assessment: {status}, confidence {confidence}."
        ).format(status=label(assessment.status), confidence=label(assessment.confidence))
        by = translate("CaseSummary", "{who}, {when}").format(
            who=assessment.assessed_by, when=_moment(assessment.assessed_at)
        )
        return (
            f'<p><b>{_e(judged)}</b> <span class="small">{_e(by)}</span></p>'
            f"<p>{_e(assessment.rationale)}</p>"
        )

    def _findings(self, findings: tuple[FindingLine, ...]) -> str:
        heading = _heading(3, translate("CaseSummary", "Contradictions"))
        if not findings:
            none = translate("CaseSummary", "The reports do not contradict each other.")
            return heading + f'<p class="muted">{_e(none)}</p>'
        headers = [
            (translate("CaseSummary", "Severity"), 14),
            (translate("CaseSummary", "What contradicts what"), 86),
        ]
        rows = []
        for finding in findings:
            text = f"<b>{_e(rule_label(finding.rule.value))}</b><br/>{_e(finding.sentence)}"
            if finding.explained:
                explained = translate("CaseSummary", "Explained by {who}: {note}").format(
                    who=finding.explained_by or "—", note=finding.note
                )
                text += f'<br/><span class="small"><i>{_e(explained)}</i></span>'
            rows.append([_e(severity_label(finding.severity.value)), text])
        return heading + _grid(headers, rows)

    def _reports(self, person: PersonSummary) -> str:
        count = len(person.reports)
        heading = translate("CaseSummary", "Reports in time order ({count})").format(count=count)
        parts = [f"<h3>{_e(heading)}</h3>"]
        if not person.reports:
            none = translate("CaseSummary", "No reports yet.")
            return parts[0] + f'<p class="muted">{_e(none)}</p>'
        headers = [
            (translate("CaseSummary", "No."), 4),
            (translate("CaseSummary", "Event"), 16),
            (translate("CaseSummary", "Claim"), 13),
            (translate("CaseSummary", "Source"), 20),
            (translate("CaseSummary", "Grade"), 17),
            (translate("CaseSummary", "What was said"), 30),
        ]
        parts.append(_grid(headers, (self._report(r) for r in person.reports)))
        return "".join(parts)

    def _report(self, report: ReportLine) -> list[str]:
        received = translate("CaseSummary", "received {day}").format(
            day=format_day(report.received_on)
        )
        event = f'{_e(format_event(report.event))}<br/><span class="small">{_e(received)}</span>'
        claim = f"<b>{_e(label(report.claim))}</b>"
        if report.retracted:
            retracted = translate("CaseSummary", "retracted")
            claim = (
                f'<span class="retracted"><s>{_e(label(report.claim))}</s>'
                f"<br/>{_e(retracted)}</span>"
            )
        source = _e(label(report.source_kind))
        if report.source_name:
            source += f"<br/>{_e(report.source_name)}"
        if report.document_ref:
            document = translate("CaseSummary", "document {reference}").format(
                reference=report.document_ref
            )
            source += f'<br/><span class="small">{_e(document)}</span>'
        grade = (
            f"<b>{_e(report.reliability.value + report.credibility.value)}</b><br/>"
            f'<span class="small">{_e(label(report.reliability))}<br/>'
            f"{_e(label(report.credibility))}</span>"
        )
        said = [_e(report.summary)] if report.summary else []
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
            said.append('<span class="small">' + _e("\n".join(notes)) + "</span>")
        return [_e(str(report.id)), event, claim, source, grade, "<br/>".join(said)]

    # Evidence ---------------------------------------------------------------------------

    def _evidence(self) -> str:
        heading = _heading(2, translate("CaseSummary", "Evidence"))
        if not self.summary.evidence:
            none = translate("CaseSummary", "No files kept as evidence.")
            return heading + f'<p class="muted">{_e(none)}</p>'
        headers = [
            (translate("CaseSummary", "No."), 6),
            (translate("CaseSummary", "File and its SHA-256 fingerprint"), 64),
            (translate("CaseSummary", "Added"), 16),
            (translate("CaseSummary", "Supports reports"), 14),
        ]
        return heading + _grid(headers, (self._item(item) for item in self.summary.evidence))

    def _item(self, item: EvidenceLine) -> list[str]:
        details = [item.media_type, human_size(item.size)]
        if item.how_obtained is not None:
            details.append(label(item.how_obtained))
        if item.captured_at is not None:
            details.append(
                translate("CaseSummary", "captured {when}").format(when=_moment(item.captured_at))
            )
        file = f"<b>{_e(item.name)}</b><br/>"
        file += f'<span class="small">{_e(_joined(details))}</span><br/>'
        if item.description:
            file += f"{_e(item.description)}<br/>"
        # Whole, so that it can be copied from the PDF and compared.
        file += f'<span class="hash">{html.escape(item.sha256)}</span>'
        added = f'{_e(_moment(item.added_at))}<br/><span class="small">{_e(item.added_by)}</span>'
        reports = ", ".join(str(report_id) for report_id in item.report_ids) or "—"
        return [f"#{item.id}", file, added, _e(reports)]

    # The timeline picture ---------------------------------------------------------------

    def _picture_url(self, person: PersonSummary) -> QUrl:
        return QUrl(f"caseworker-timeline://person/{person.id}.png")

    def _picture_size(self, person: PersonSummary) -> QSize:
        """The picture in its own pixels: wider than the text, as tall as its lanes need."""
        timeline = person.timeline
        lanes = TimelineLayout.build(
            timeline.reports, timeline.contradictions, show_retracted=True
        ).lanes
        width = round(self.text_width * PICTURE_ZOOM)
        height = PICTURE_FRAME_HEIGHT + PICTURE_LANE_HEIGHT * len(lanes)
        return QSize(width, max(round(width * 0.3), min(height, round(width * 0.6))))

    def _picture_html(self, person: PersonSummary) -> str:
        """The timeline picture as wide as the text (nothing while there are no reports)."""
        if not person.reports:
            return ""
        size = self._picture_size(person)
        width = round(self.text_width)
        height = round(self.text_width * size.height() / size.width())
        url = self._picture_url(person).toString()
        image = f'<img src="{url}" width="{width}" height="{height}"/>'
        return f'<p style="margin-top: 6pt">{image}</p>'

    def _picture(self, person: PersonSummary) -> object:
        picture_font = QFont(self.font)
        picture_font.setPointSizeF(9.0)
        return render_timeline_picture(
            person.timeline,
            self._picture_size(person),
            picture_font,
            made_on=self.summary.made_on,
            scale=PICTURE_SHARPNESS,
        )
