"""What the timeline panel does for the user: explain, reopen, assess, export the picture.

Each action is one function taking what it needs (the context, the parent widget, whose
timeline it is, the selected finding) rather than the panel, so it can be called and read apart
from the panel's building. Writes go through :class:`ui.operations.WriteOp`, dialogs and the
file question through ``context.prompts``. The words keep the panel's translation context
("TimelinePanel").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseworker.errors import CaseworkerError
from caseworker.labels import label
from caseworker.services import assessments, explanations
from caseworker.services.timeline import ListedContradiction, TimelineResult
from caseworker.timeline.sentences import rule_label
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import run_record_dialog
from ui.file_folders import chosen_file, start_folder
from ui.operations import WriteOp
from ui.prompts import Prompts
from ui.timeline.assessment_dialog import AssessmentDialog
from ui.timeline.explain_dialog import ExplainDialog
from ui.timeline.timeline_widget import TimelineWidget

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Whose:
    """The person whose timeline an action changes, and their case."""

    case_id: int | None
    person_id: int

    def change(self) -> Change:
        """What the notifier announces after the action: this person changed."""
        return Change(ChangeKind.PERSON, self.case_id, self.person_id)


def explain(context: AppContext, parent: QWidget, whose: Whose, item: ListedContradiction) -> bool:
    """Mark the contradiction explained, with a note the user types; True once saved."""
    found = item.contradiction
    dialog = ExplainDialog(parent, rule=rule_label(found.rule.value), sentence=found.explanation)

    def save(values: dict[str, object]) -> None:
        WriteOp(
            context,
            dialog,
            lambda session: explanations.explain_contradiction(
                session,
                context.actor,
                whose.person_id,
                found.rule,
                found.report_ids,
                str(values["note"]),
            ),
            whose.change(),
        ).run_or_raise()

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)


def reopen(context: AppContext, parent: QWidget, whose: Whose, item: ListedContradiction) -> bool:
    """Withdraw the contradiction's explanation; True once saved."""
    found = item.contradiction

    return WriteOp(
        context,
        parent,
        lambda session: explanations.unexplain_contradiction(
            session, context.actor, whose.person_id, found.rule, found.report_ids
        ),
        whose.change(),
    ).run_ok()


def _suggestion_hint(result: TimelineResult | None) -> str:
    suggestion = result.suggestion if result is not None else None
    if suggestion is None:
        return translate("TimelinePanel", "The reports suggest nothing yet.")
    if suggestion.contested:
        return translate(
            "TimelinePanel", "The reports suggest: {status}, but they are contested."
        ).format(status=label(suggestion.status))
    return translate("TimelinePanel", "The reports suggest: {status}.").format(
        status=label(suggestion.status)
    )


def assess(
    context: AppContext,
    parent: QWidget,
    whose: Whose,
    person_name: str,
    result: TimelineResult | None,
) -> bool:
    """Record the caseworker's own assessment of the person; True once saved."""
    dialog = AssessmentDialog(parent, person_name=person_name, suggestion=_suggestion_hint(result))
    dialog.load({})

    def save(values: dict[str, object]) -> None:
        WriteOp(
            context,
            dialog,
            lambda session: assessments.record_assessment(
                session,
                context.actor,
                whose.person_id,
                cast("str | None", values["status"]),
                cast("str | None", values["confidence"]),
                str(values["rationale"]),
            ),
            whose.change(),
        ).run_or_raise()

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)


def _export_failed(path: Path, reason: str | None) -> str:
    return translate("TimelinePanel", "The picture could not be saved to {path}: {reason}").format(
        path=path, reason=reason or translate("TimelinePanel", "unknown reason")
    )


def export_picture(
    parent: QWidget,
    timeline: TimelineWidget,
    person_name: str,
    prompts: Prompts,
    say: Callable[[str], None],
) -> Path | None:
    """Save the timeline as a PNG the user names (saying so through ``say``); the path."""
    name = translate("TimelinePanel", "Timeline {name}").format(name=person_name).strip()
    suggested = str(start_folder() / f"{name}.png")
    chosen = prompts.save_path(
        parent,
        translate("TimelinePanel", "Export the timeline as a picture"),
        suggested,
        translate("TimelinePanel", "PNG pictures (*.png)"),
    )
    if not chosen:
        return None
    path = chosen_file(chosen, ".png")
    try:
        size = timeline.export_png(path)
    except OSError as error:
        prompts.report_error(parent, CaseworkerError(_export_failed(path, error.strerror)))
        return None
    except Exception as error:  # shown as unexpected and logged
        prompts.report_error(parent, error)
        return None
    say(
        translate("TimelinePanel", "Picture saved: {path} ({width} × {height} pixels)").format(
            path=path, width=size.width(), height=size.height()
        )
    )
    return path
