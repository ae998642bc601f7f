"""The command line's ``match`` and ``decide``: a list's candidates and the decisions on them.

``match --list ID [--min P] [--json]`` prints, for each entry of the list, its row and the
sought persons who may be the man on it, the most probable first, with each field's verdict;
``--json`` gives ``entry``, ``row`` and ``candidates`` (``person``, ``case``, ``probability``,
``fields``). ``decide --entry ID --person ID (--same | --not-same --reason TEXT)`` records
the decision; ``--same`` prints the id of the report made from the list.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from caseworker.actor import current_actor
from caseworker.cli.types import record_id
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.matching import PROPOSED_FROM, field_words, likely, verdict_words
from caseworker.matching.words import percent_words
from caseworker.services.matching import EntryMatches, MatchCandidate, decide, match_list

EXIT_OK = 0
EXIT_USAGE = 2


def _probability(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not a probability from 0 to 1.").format(text=text)
        )
    return value


def add_threshold_options(parser: argparse.ArgumentParser) -> None:
    """``--min P`` (the lowest probability shown, from the proposal threshold on) and
    ``--json``, as ``match`` and ``duplicates`` both take them."""
    parser.add_argument(
        "--min",
        type=_probability,
        default=PROPOSED_FROM,
        metavar="P",
        help=translate("Cli", "the lowest probability shown (0 to 1)"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _candidate_json(candidate: MatchCandidate) -> dict[str, Any]:
    data: dict[str, Any] = {
        "person": candidate.person_id,
        "case": candidate.case_reference,
        "probability": round(candidate.probability, 4),
        "fields": {str(f): str(v) for f, v in candidate.fields.items()},
    }
    if candidate.earlier_reason:
        data["earlier_reason"] = candidate.earlier_reason
    return data


def _print_text(found: list[EntryMatches]) -> None:
    for entry in found:
        print(
            translate("Cli", "Row {row} (entry {entry}): {count} candidates").format(
                row=entry.row, entry=entry.entry_id, count=len(entry.candidates)
            )
        )
        for candidate in entry.candidates:
            mark = translate("Cli", " likely") if likely(candidate.probability) else ""
            print(
                "  "
                + translate("Cli", "person {person}, case {case}: {percent}{likely}").format(
                    person=candidate.person_id,
                    case=candidate.case_reference,
                    percent=percent_words(candidate.probability),
                    likely=mark,
                )
            )
            fields = "; ".join(
                f"{field_words(f)}: {verdict_words(v)}" for f, v in candidate.fields.items()
            )
            print(f"    {fields}")
            if candidate.earlier_reason:
                print(
                    "    "
                    + translate("Cli", "Earlier “not him”: {reason}").format(
                        reason=candidate.earlier_reason
                    )
                )


def match(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        found = match_list(session, args.list, args.min)
    if args.json:
        payload = [
            {
                "entry": entry.entry_id,
                "row": entry.row,
                "candidates": [_candidate_json(c) for c in entry.candidates],
            }
            for entry in found
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        _print_text(found)
    return EXIT_OK


def decide_(database: Database, args: argparse.Namespace) -> int:
    if args.same and args.reason is None:
        args.reason = ""
    if not args.same and args.reason is None:
        print(translate("Cli", "--not-same needs --reason TEXT."), file=sys.stderr)
        return EXIT_USAGE
    with database.write() as session:
        decision = decide(session, current_actor(), args.entry, args.person, args.same, args.reason)
        report_id = decision.report_id
    if args.same:
        print(report_id)
    else:
        print(translate("Cli", "Recorded: not him. The pair is not proposed again."))
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    found = commands_.add_parser(
        "match", help=translate("Cli", "the sought persons who may be on a published list")
    )
    found.add_argument(
        "--list", required=True, type=record_id, help=translate("Cli", "the list's id")
    )
    add_threshold_options(found)
    found.set_defaults(handler=match)

    chosen = commands_.add_parser(
        "decide", help=translate("Cli", "record whether a list entry is a sought person")
    )
    chosen.add_argument(
        "--entry", required=True, type=record_id, help=translate("Cli", "list entry id")
    )
    chosen.add_argument(
        "--person", required=True, type=record_id, help=translate("Cli", "person id")
    )
    which = chosen.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--same",
        action="store_true",
        help=translate("Cli", "this is him: adds a report from the list; prints its id"),
    )
    which.add_argument(
        "--not-same", action="store_true", help=translate("Cli", "not him (needs --reason)")
    )
    chosen.add_argument("--reason", help=translate("Cli", "why (required for --not-same)"))
    chosen.set_defaults(handler=decide_)
