"""The files kept as evidence in the printed summary, each with its whole SHA-256 fingerprint."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from caseworker.labels import label
from caseworker.services.case_summary import CaseSummary, EvidenceLine
from caseworker.vault.messages import human_size
from ui.printing.summary_html import escaped, heading, joined, moment, table_section

translate = QCoreApplication.translate


def evidence_section(case: CaseSummary) -> str:
    headers = [
        (translate("CaseSummary", "No."), 6),
        (translate("CaseSummary", "File and its SHA-256 fingerprint"), 64),
        (translate("CaseSummary", "Added"), 16),
        (translate("CaseSummary", "Supports reports"), 14),
    ]
    return table_section(
        heading(2, translate("CaseSummary", "Evidence")),
        headers,
        case.evidence,
        _item,
        translate("CaseSummary", "No files kept as evidence."),
    )


def _item(item: EvidenceLine) -> list[str]:
    details = [item.media_type, human_size(item.size)]
    if item.how_obtained is not None:
        details.append(label(item.how_obtained))
    if item.captured_at is not None:
        details.append(
            translate("CaseSummary", "captured {when}").format(when=moment(item.captured_at))
        )
    file = f"<b>{escaped(item.name)}</b><br/>"
    file += f'<span class="small">{escaped(joined(details))}</span><br/>'
    if item.description:
        file += f"{escaped(item.description)}<br/>"
    # Whole, so that it can be copied from the PDF and compared.
    file += f'<span class="hash">{html.escape(item.sha256)}</span>'
    added = (
        f'{escaped(moment(item.added_at))}<br/><span class="small">{escaped(item.added_by)}</span>'
    )
    reports = ", ".join(str(report_id) for report_id in item.report_ids) or "—"
    return [f"#{item.id}", file, added, escaped(reports)]
