"""Spreadsheets: export cases to Excel for offline work, and bring the edited workbook back.

The GUI calls :func:`export_workbook` (with progress and cancel), then for an import
:func:`plan_import` (the preview: counts, conflicts, invalid cells, rows no longer present)
and :func:`apply_import` with the caseworker's choice for each conflict.
"""

from caseworker.xlsx.apply import ImportOutcome, apply_import
from caseworker.xlsx.export import ExportCancelled, ExportSummary, export_workbook
from caseworker.xlsx.importer import plan_import
from caseworker.xlsx.plan import CellError, Choice, Conflict, ImportPlan, Missing
from caseworker.xlsx.reader import ImportRefused, read_workbook
from caseworker.xlsx.schema import Limits

__all__ = [
    "CellError",
    "Choice",
    "Conflict",
    "ExportCancelled",
    "ExportSummary",
    "ImportOutcome",
    "ImportPlan",
    "ImportRefused",
    "Limits",
    "Missing",
    "apply_import",
    "export_workbook",
    "plan_import",
    "read_workbook",
]
