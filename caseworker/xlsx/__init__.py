"""Spreadsheets: export cases to Excel for offline work, and bring the edited workbook back.

The GUI calls :func:`export_workbook` (with progress and cancel), then for an import
:func:`plan_import` (the preview: counts, conflicts, invalid cells, rows no longer present)
and :func:`apply_import` with the caseworker's choice for each conflict.

Three rooms: ``workbook/`` (the sheets and columns, their words, the row checksum) shared by
``export/`` (rows from the database, written with openpyxl) and ``importing/`` (the file
read and checked, the plan and preview, the plan carried out). ``protect`` encrypts a workbook
protected with a password, in memory, and decrypts one for the import.
"""

from caseworker.xlsx.export.writer import ExportCancelled, ExportSummary, export_workbook
from caseworker.xlsx.importing.apply import ImportOutcome, apply_import
from caseworker.xlsx.importing.plan import CellError, Choice, Conflict, ImportPlan, Missing
from caseworker.xlsx.importing.planner import plan_import
from caseworker.xlsx.importing.reader import ImportRefused, read_workbook
from caseworker.xlsx.workbook.schema import Limits

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
