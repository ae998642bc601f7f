"""The evidence panel's user actions: each saves in one unit of work and notifies.

Dialogs, questions, file choosers and the system viewer are reached through the prompts of
the application context (:class:`ui.prompts.Prompts`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from caseworker.services import evidence
from caseworker.services.evidence_list import EvidenceItem
from caseworker.services.evidence_purge import purge_evidence
from caseworker.vault import EvidenceVault, PurgedFilesKept
from caseworker.vault.names import safe_file_name
from caseworker.vault.of_database import vault_of_session
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import run_record_dialog
from ui.evidence import opened_copies
from ui.evidence.evidence_dialog import EvidenceDialog, PurgeDialog
from ui.file_folders import remember_folder, start_folder
from ui.operations import JobControl, WriteOp, announce
from ui.operations.background import Work
from ui.prompts import Prompts

translate = QCoreApplication.translate


def choose_files(prompts: Prompts, parent: QWidget | None) -> list[Path]:
    """Ask which files to add, starting in the folder last used."""
    names = prompts.choose_files(
        parent, translate("EvidenceActions", "Add files to the case"), str(start_folder())
    )
    if names:
        remember_folder(names[0])
    return [Path(name) for name in names]


def choose_save_path(prompts: Prompts, parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a copy of the file called ``suggested``; None when cancelled."""
    name = prompts.save_path(
        parent, translate("EvidenceActions", "Save a copy as"), str(start_folder() / suggested)
    )
    if name:
        remember_folder(name)
    return Path(name) if name else None


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def _captured_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return (
        local.strftime("%Y-%m-%d %H:%M")
        if (local.hour, local.minute) != (0, 0)
        else (local.strftime("%Y-%m-%d"))
    )


def _changed(item: EvidenceItem) -> Change:
    return Change(ChangeKind.EVIDENCE, item.case_id, item.id)


def edit_details(
    parent: QWidget | None,
    context: AppContext,
    item: EvidenceItem,
    reports: Sequence[tuple[int, str]],
) -> bool:
    """Correct an item's metadata and its report links in one unit of work."""
    dialog = EvidenceDialog(parent, name=item.name, reports=reports)
    dialog.load(
        {
            "how_obtained": item.how_obtained,
            "source_url": item.source_url,
            "captured_at": _captured_text(item.captured_at),
            "description": item.description,
            "graphic": item.graphic,
            "report_ids": item.report_ids,
        }
    )

    def save(_values: dict[str, Any]) -> None:
        changed = dialog.changed_values()
        links = changed.pop("report_ids", None)
        if not changed and links is None:
            return

        def write(session: Any) -> None:
            if changed:
                evidence.update_evidence(session, context.actor, item.id, item.version, **changed)
            if links is not None:
                for report_id in set(links) - set(item.report_ids):
                    evidence.link_report(session, context.actor, item.id, report_id)
                for report_id in set(item.report_ids) - set(links):
                    evidence.unlink_report(session, context.actor, item.id, report_id)

        WriteOp(context, dialog, write, _changed(item)).run_or_raise()

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)


def set_link(
    parent: QWidget | None, context: AppContext, item: EvidenceItem, report_id: int, linked: bool
) -> bool:
    """Link the item to a report, or undo the link."""

    def write(session: Any) -> bool:
        if linked:
            return evidence.link_report(session, context.actor, item.id, report_id)
        return evidence.unlink_report(session, context.actor, item.id, report_id)

    done = (
        WriteOp(context, parent, write, _changed(item))
        .failure(lambda error: context.prompts.report_error(parent, error))
        .run()
    )
    return bool(done)


def remove(parent: QWidget | None, context: AppContext, item: EvidenceItem) -> bool:
    """Hide an item from its case after a question; the file and its record are kept."""
    if not context.prompts.confirm(
        parent,
        translate("EvidenceActions", "Remove from case"),
        translate(
            "EvidenceActions",
            "Remove “{name}” from this case? The file is kept in the evidence folder and the "
            "removal is recorded; “Show removed” brings it back.",
        ).format(name=item.name),
    ):
        return False
    return _save_visibility(parent, context, item, evidence.remove_evidence)


def restore(parent: QWidget | None, context: AppContext, item: EvidenceItem) -> bool:
    return _save_visibility(parent, context, item, evidence.restore_evidence)


def _save_visibility(
    parent: QWidget | None, context: AppContext, item: EvidenceItem, action: Callable[..., Any]
) -> bool:
    return (
        WriteOp(
            context,
            parent,
            lambda session: action(session, context.actor, item.id, item.version),
            _changed(item),
        )
        .failure(lambda error: context.prompts.report_error(parent, error))
        .run_ok()
    )


def purge(parent: QWidget | None, context: AppContext, item: EvidenceItem, reference: str) -> bool:
    """Delete an item for good once the case reference is typed out (audited)."""
    dialog = PurgeDialog(parent, name=item.name, reference=reference)

    def save(values: dict[str, Any]) -> None:
        def write(session: Any) -> None:
            vault = vault_of_session(session)
            purge_evidence(
                session, vault, context.actor, [item.id], values["confirm"], values["reason"]
            )

        try:
            WriteOp(context, dialog, write, _changed(item)).run_or_raise()
        except PurgedFilesKept as kept:  # saved: the items are gone, some files stayed
            announce(context, _changed(item))
            context.prompts.inform(dialog, translate("EvidenceActions", "Deleted"), kept.message)

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)


def opened_copy_path(item: EvidenceItem) -> Path:
    """Where a read-only copy is put for the system viewer: named as received, so that the
    viewer knows the type, and apart from the vault, so that no viewer can alter it; in this
    program's private folder of opened copies, removed when it closes. Raises OSError when
    the folder cannot be made."""
    name = safe_file_name(item.name, "evidence", item.media_type)
    return opened_copies.copies.path_for(item.sha256, name)


def copy_out_work(vault: EvidenceVault, sha256: str, target: Path) -> Work:
    """Background work: copy a stored file out (checking its hash), reporting kilobytes."""

    def work(control: JobControl) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        vault.copy_out(
            sha256,
            target,
            progress=lambda done, total: control.report(done // 1024, total // 1024),
        )

    return work


def make_read_only(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, 0o400)
