"""The command line's ``worklist``: today's work list, as text or JSON.

JSON keys: ``overdue``, ``due_soon``, ``unrecorded_answers``, ``drafts``,
``families_waiting``, ``stale``, ``official_behind``; every item names its case
(``case_id``, ``case``), inquiries also their ``id``, ``due_on`` and ``days_overdue``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from caseworker.cli.types import iso_day
from caseworker.dates import parse_optional_day
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.services.family_log import FamilyWaiting
from caseworker.services.inquiry_lines import InquiryLine
from caseworker.services.worklist import PersonItem, WorkList, work_list
from caseworker.services.worklist_rows import Worklist

EXIT_OK = 0


def _inquiry_json(item: InquiryLine) -> dict[str, Any]:
    return {
        "id": item.id,
        "case_id": item.case_id,
        "case": item.case_reference,
        "person": item.person_id,
        "addressee": item.addressee,
        "status": item.status.value,
        "sent_on": iso_day(item.sent_on),
        "due_on": iso_day(item.due_on),
        "days_overdue": item.days_overdue,
        "very_overdue": item.very_overdue,
        "answered_on": iso_day(item.answered_on),
    }


def _family_json(item: FamilyWaiting) -> dict[str, Any]:
    return {
        "case_id": item.case_id,
        "case": item.case_reference,
        "relative": item.relative_id,
        "relative_name": item.relative_name,
        "last_told_on": iso_day(item.last_told_on),
        "days_waiting": item.days_waiting,
        "inform_every_days": item.inform_every_days,
    }


def _person_json(item: PersonItem) -> dict[str, Any]:
    return {
        "case_id": item.case_id,
        "case": item.case_reference,
        "person": item.person_id,
        "person_name": item.person_name,
        "since": iso_day(item.since),
        "days": item.days,
        "official_status": item.official_status.value if item.official_status else None,
        "report": item.report_id,
        "sentence": item.sentence,
    }


def as_json(found: WorkList) -> dict[str, list[dict[str, Any]]]:
    """The work list as the ``--json`` output's object. Raises nothing."""
    return {
        "overdue": [_inquiry_json(item) for item in found.overdue],
        "due_soon": [_inquiry_json(item) for item in found.due_soon],
        "unrecorded_answers": [_inquiry_json(item) for item in found.unrecorded_answers],
        "drafts": [_inquiry_json(item) for item in found.drafts],
        "families_waiting": [_family_json(item) for item in found.families_waiting],
        "stale": [_person_json(item) for item in found.stale],
        "official_behind": [_person_json(item) for item in found.official_behind],
    }


def _inquiry_text(item: InquiryLine) -> str:
    columns = [item.case_reference, str(item.id), item.addressee]
    if item.days_overdue:
        columns.append(
            Worklist.tr("due on {day}, %n day(s) overdue", None, item.days_overdue).format(
                day=iso_day(item.due_on)
            )
        )
    elif item.due_on is not None and item.answered_on is None:
        columns.append(translate("Worklist", "due on {day}").format(day=iso_day(item.due_on)))
    if item.answered_on is not None:
        columns.append(
            translate("Worklist", "answered on {day}").format(day=iso_day(item.answered_on))
        )
    return "\t".join(columns)


def _lines(found: WorkList) -> list[tuple[str, list[str]]]:
    return [
        (
            translate("Worklist", "Overdue inquiries"),
            [_inquiry_text(item) for item in found.overdue],
        ),
        (
            translate("Worklist", "Answers due within 7 days"),
            [_inquiry_text(item) for item in found.due_soon],
        ),
        (
            translate("Worklist", "Answers not recorded as reports"),
            [_inquiry_text(item) for item in found.unrecorded_answers],
        ),
        (
            translate("Worklist", "Drafts not sent"),
            [_inquiry_text(item) for item in found.drafts],
        ),
        (
            translate("Worklist", "Families not told within their interval"),
            [
                "\t".join(
                    [
                        item.case_reference,
                        item.relative_name,
                        Worklist.tr("%n day(s) without news", None, item.days_waiting),
                    ]
                )
                for item in found.families_waiting
            ],
        ),
        (
            translate("Worklist", "No news for a long time"),
            [
                "\t".join([item.case_reference, item.person_name, item.sentence])
                for item in found.stale
            ],
        ),
        (
            translate("Worklist", "Official status behind the facts"),
            [
                "\t".join([item.case_reference, item.person_name, item.sentence])
                for item in found.official_behind
            ],
        ),
    ]


def show_work_list(database: Database, args: argparse.Namespace) -> int:
    today = parse_optional_day(args.today, allow_future=True) or date.today()
    with database.read() as session:
        found = work_list(session, today)
    if args.json:
        print(json.dumps(as_json(found), ensure_ascii=False, indent=2))
        return EXIT_OK
    printed = False
    for title, lines in _lines(found):
        if not lines:
            continue
        if printed:
            print()
        print(f"{title} ({len(lines)})")
        for line in lines:
            print(f"  {line}")
        printed = True
    if not printed:
        print(translate("Worklist", "Nothing to do today."))
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``worklist`` command to the command line's parser."""
    command = commands_.add_parser(
        "worklist", help=translate("Cli", "what to act on today: overdue inquiries and more")
    )
    command.add_argument("--today", help=translate("Cli", "count overdue days as of this day"))
    command.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    command.set_defaults(handler=show_work_list)
