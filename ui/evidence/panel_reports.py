"""The evidence panel and the case's reports: the report filter, the files that support the
report selected in the case view, and the hint shown while no file is.

The strings keep the panel's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from caseworker.errors import NotFound
from caseworker.services.report_rows import case_reports
from ui.context import AppContext
from ui.evidence.tile_delegate import HIGHLIGHT
from ui.operations import ReadOp
from ui.report_table_model import describe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QWidget

    from ui.evidence.evidence_panel import EvidencePanel

translate = QCoreApplication.translate


def read_case_reports(
    context: AppContext, parent: QWidget, case_id: int
) -> tuple[str, list[tuple[int, str]]] | None:
    """The case's reference and all its reports (of every sought person), each described;
    None, quietly, for a case removed meanwhile."""

    loaded = (
        ReadOp(context, parent, lambda session: case_reports(session, case_id))
        .quietly(NotFound)
        .run()
    )
    if loaded is None:
        return None
    several = len(loaded.persons) > 1
    found = []
    for person in loaded.persons:
        for row in person.rows:
            text = describe(row)
            if several:
                text = f"{person.person_name}: {text}"
            found.append((row.id, text))
    return loaded.reference, found


def fill_report_filter(combo: QComboBox, found: list[tuple[int, str]]) -> None:
    """Offer the reports, keeping the one chosen if it is still there; no reload."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("EvidencePanel", "All reports"), None)
    for report_id, text in found:
        combo.addItem(f"#{report_id} · {text}", report_id)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


def empty_text(panel: EvidencePanel) -> str:
    if panel.case_id() is None:
        return ""
    filtered = panel.report_filter.currentData() is not None or panel.kind_filter.currentData()
    if filtered:
        return translate("EvidencePanel", "No files match these filters.")
    return translate(
        "EvidencePanel",
        "No evidence yet.\n\nDrop files here from the file manager, use “Add files…”, "
        "or paste a screenshot with Ctrl+V.\nEach file is kept unchanged and identified "
        "by its SHA-256.",
    )


def mark_report_files(panel: EvidencePanel, report_id: int | None) -> None:
    """Frame the files that support the selected report and say how many there are."""
    linked = [
        item.id
        for item in panel.model.items()
        if report_id is not None and report_id in item.report_ids
    ]
    panel.model.set_highlighted(linked)
    showing_it = panel.report_filter.currentData() == report_id
    panel.report_bar.setVisible(report_id is not None and not showing_it)
    if report_id is None or showing_it:
        return
    if linked:
        text = translate(
            "EvidencePanel",
            "Report #{id} is selected: {count} of these files support it (framed).",
        ).format(id=report_id, count=len(linked))
    else:
        text = translate(
            "EvidencePanel", "Report #{id} is selected: no file supports it yet."
        ).format(id=report_id)
    panel.report_bar_label.setText(text)
    panel.only_report_button.setEnabled(bool(linked))
    palette = panel.report_bar_label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, HIGHLIGHT.darker(160))
    panel.report_bar_label.setPalette(palette)
