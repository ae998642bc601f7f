"""The printed case summary as a QTextDocument: HTML with a style sheet, in the interface
language, laid out from a :class:`~caseworker.services.case_summary.CaseSummary`.

The document is put together here from its sections: the case and its relatives
(:mod:`~ui.printing.summary_case`), each sought person (:mod:`~ui.printing.summary_person`,
their timeline picture :mod:`~ui.printing.summary_picture` and their reports
:mod:`~ui.printing.summary_reports`) and the evidence (:mod:`~ui.printing.summary_evidence`),
all built of the pieces in :mod:`~ui.printing.summary_html`, which escapes every value from
the database. The timeline pictures are the document's image resources.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument, QTextOption

from caseworker.services.case_summary import CaseSummary, PersonSummary
from caseworker.timeline.sentences import day_text
from ui.printing.summary_case import case_section, relatives_section, summary_title
from ui.printing.summary_evidence import evidence_section
from ui.printing.summary_html import STYLE, escaped
from ui.printing.summary_person import (
    findings_section,
    person_facts,
    person_heading,
    status_section,
)
from ui.printing.summary_picture import picture, picture_html, picture_url
from ui.printing.summary_reports import reports_section

translate = QCoreApplication.translate

BODY_POINTS = 9.5

__all__ = ["BODY_POINTS", "SummaryDocument", "summary_title"]


class SummaryDocument:
    """Builds the document of one case summary for a text width (document pixels)."""

    def __init__(self, summary: CaseSummary, text_width: float, font: QFont | None = None):
        self.summary = summary
        self.text_width = text_width
        self.font = QFont(font) if font is not None else QFont()
        self.font.setPointSizeF(BODY_POINTS)

    def build(self) -> QTextDocument:
        document = QTextDocument()
        document.setUseDesignMetrics(True)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font)
        option = document.defaultTextOption()
        # Lines break between words only; see escaped() for words longer than a column.
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setDefaultStyleSheet(STYLE)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title())
        for person in self.summary.persons:
            if person.reports:
                document.addResource(
                    QTextDocument.ResourceType.ImageResource,
                    picture_url(person),
                    picture(person, self.text_width, self.font, self.summary.made_on),
                )
        document.setHtml(self.html())
        return document

    def title(self) -> str:
        return summary_title(self.summary)

    def html(self) -> str:
        parts = [case_section(self.summary), relatives_section(self.summary)]
        parts += [self._person(person) for person in self.summary.persons]
        parts.append(evidence_section(self.summary))
        parts.append(
            '<p class="small" style="margin-top: 12pt">'
            + escaped(
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

    def _person(self, person: PersonSummary) -> str:
        return "".join(
            [
                person_heading(person),
                person_facts(person),
                status_section(person),
                picture_html(person, self.text_width),
                findings_section(person.findings),
                reports_section(person),
            ]
        )
