"""The enclosure list: the evidence items of a case, or of one inquiry, with name, size and
SHA-256, on A4 paper, laid out and printed by Qt itself (no external program).

Read in one :class:`~ui.operations.ReadOp`, laid out as a :class:`QTextDocument` in the printed
summary's style and painted page by page by :mod:`ui.printing.pages`; the print dialog is
asked through ``context.prompts`` (a PDF printer writes a file).
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from caseworker.services.inquiry_files import EnclosureList, enclosure_list
from caseworker.timeline.sentences import day_text
from caseworker.vault.messages import human_size
from ui.context import AppContext
from ui.operations import ReadOp
from ui.printing.pages import PageGeometry, RunningText, paint_pages
from ui.printing.paper_dialog import print_on_a4
from ui.printing.summary_html import GAP, STYLE, escaped

translate = QCoreApplication.translate

BODY_POINTS = 10.0


def enclosure_title(listing: EnclosureList) -> str:
    """The list's heading: of the case, or of the letter to the inquiry's addressee."""
    if listing.inquiry_id is None:
        return translate("Enclosures", "Enclosures · case {reference}").format(
            reference=listing.case_reference
        )
    return translate("Enclosures", "Enclosures to the letter to {addressee}").format(
        addressee=listing.addressee
    )


def enclosure_html(listing: EnclosureList) -> str:
    """The list as HTML: a numbered table, each file's SHA-256 under its name, whole."""
    rows = "".join(
        f"<tr><td>{item.number}</td>"
        f"<td>{escaped(item.name)}<br/><span class='hash'>{html.escape(item.sha256)}</span></td>"
        f"<td>{html.escape(human_size(item.size))}</td></tr>"
        for item in listing.items
    )
    lead = translate(
        "Enclosures",
        "Case {reference}, {family}. Each file is identified by its SHA-256 checksum: a copy "
        "with the same checksum is the same file, unchanged.",
    ).format(reference=listing.case_reference, family=listing.family_name)
    head = "".join(
        f"<th>{escaped(words)}</th>"
        for words in (
            translate("Enclosures", "No."),
            translate("Enclosures", "File and its SHA-256"),
            translate("Enclosures", "Size"),
        )
    )
    return (
        f"<h1>{escaped(enclosure_title(listing))}</h1><p class='lead'>{escaped(lead)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{rows}</table>{GAP}"
    )


def enclosure_document(listing: EnclosureList, font: QFont | None = None) -> QTextDocument:
    """The list laid out for paper (the page size is set when it is painted)."""
    document = QTextDocument()
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    body = QFont(font) if font is not None else QFont()
    body.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(body)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE)
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, enclosure_title(listing)
    )
    document.setHtml(enclosure_html(listing))
    return document


def print_enclosures(listing: EnclosureList, printer: QPrinter) -> int:
    """Paint the list onto ``printer``'s pages; the number of pages."""
    running = RunningText(
        title=enclosure_title(listing),
        reference=translate("Enclosures", "Case {reference}").format(
            reference=listing.case_reference
        ),
        footer=translate("Enclosures", "Caseworker · made on {day}").format(
            day=day_text(date.today())
        ),
    )
    document = enclosure_document(listing, QApplication.font())
    return paint_pages(document, printer, PageGeometry.of(printer), running)


def print_enclosure_list(
    context: AppContext, parent: QWidget, case_id: int, inquiry_id: int | None = None
) -> int:
    """Ask for a printer and print the enclosure list of the case (or of the inquiry); the
    pages printed, 0 when there is nothing to list, the dialog was cancelled or printing
    failed (each said)."""
    listing = ReadOp(
        context, parent, lambda session: enclosure_list(session, case_id, inquiry_id)
    ).run()
    if listing is None:
        return 0
    if not listing.items:
        context.prompts.inform(
            parent,
            translate("Enclosures", "Enclosure list"),
            translate("Enclosures", "There are no evidence files to list yet.")
            if inquiry_id is None
            else translate(
                "Enclosures",
                "No files are kept with this inquiry yet: write its letter, or attach the "
                "scanned answer, first.",
            ),
        )
        return 0
    return print_on_a4(
        context,
        parent,
        translate("Enclosures", "Print the enclosure list"),
        enclosure_title(listing),
        lambda printer: print_enclosures(listing, printer),
        lambda error: translate(
            "Enclosures", "The enclosure list could not be printed: {reason}"
        ).format(reason=error.strerror or error),
    )
