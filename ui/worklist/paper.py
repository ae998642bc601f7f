"""The work list on paper: A4 pages with each section's heading and count and a ruled
table of its rows, overdue rows red; the day on every page. Printed through the print
dialog of ``context.prompts``, painted by :mod:`ui.printing.pages`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QWidget

from caseworker.services.worklist_rows import WorkRow, WorkSheet
from caseworker.timeline.sentences import day_text
from ui.context import AppContext
from ui.printing.pages import PageGeometry, RunningText, paint_pages
from ui.printing.paper_dialog import print_on_a4
from ui.printing.summary_html import GAP, STYLE, escaped, grid
from ui.worklist.model import WorkListModel, heading_text, when_text

translate = QCoreApplication.translate

BODY_POINTS = 9.5
LATE = ".late { color: #b3261e; } .very { color: #b3261e; font-weight: bold; }"


def work_list_title(sheet: WorkSheet) -> str:
    return translate("WorkListPaper", "Work list for {day}").format(day=day_text(sheet.today))


def _cells(row: WorkRow) -> list[str]:
    texts = [row.case_reference, row.who, row.addressee, row.what, when_text(row)]
    if not row.overdue:
        return [escaped(text) for text in texts]
    kind = "very" if row.very_overdue else "late"
    return [f'<span class="{kind}">{escaped(text)}</span>' for text in texts]


def work_list_html(sheet: WorkSheet) -> str:
    """The whole list as HTML: a title, then each section that has rows."""
    headers = [
        (translate("WorkListModel", header), share)
        for header, share in zip(WorkListModel.HEADERS, (11, 22, 18, 35, 14), strict=True)
    ]
    parts = [f"<h1>{escaped(work_list_title(sheet))}</h1>"]
    for section, rows in sheet.sections:
        if rows:
            heading = heading_text(section, len(rows), sheet.total(section))
            parts.append(f"<h2>{escaped(heading)}</h2>")
            parts.append(grid(headers, (_cells(row) for row in rows)))
    if not sheet.all_rows:
        parts.append(f"<p>{escaped(translate('WorkListPaper', 'Nothing to do today.'))}</p>")
    return "".join(parts) + GAP


def work_list_document(sheet: WorkSheet, text_width: float, font: QFont) -> QTextDocument:
    document = QTextDocument()
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    body = QFont(font)
    body.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(body)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE + LATE)
    document.setTextWidth(text_width)
    document.setHtml(work_list_html(sheet))
    return document


def paint_work_list(sheet: WorkSheet, device: QPagedPaintDevice) -> int:
    """Lay the list out for ``device``'s pages and paint it; the number of pages."""
    geometry = PageGeometry.of(device)
    document = work_list_document(sheet, geometry.page_size.width(), QApplication.font())
    running = RunningText(
        title=work_list_title(sheet),
        reference=translate("WorkListPaper", "Overdue: {count}").format(count=sheet.overdue_count),
        footer=translate("WorkListPaper", "Caseworker · made on {day}").format(
            day=day_text(sheet.today)
        ),
    )
    return paint_pages(document, device, geometry, running)


def print_work_list(context: AppContext, parent: QWidget, sheet: WorkSheet) -> int:
    """Ask for a printer and print ``sheet``; the pages printed (0 when cancelled or
    failed, the failure said in one sentence)."""
    return print_on_a4(
        context,
        parent,
        translate("WorkListPaper", "Print the work list"),
        work_list_title(sheet),
        lambda printer: paint_work_list(sheet, printer),
        lambda error: translate(
            "WorkListPaper", "The work list could not be printed: {reason}"
        ).format(reason=error.strerror or error),
    )
