"""The command line's ``duplicates`` and ``link``: sought persons who may be one man.

``duplicates [--min P] [--json]`` prints the pairs of sought persons who may be the same man
(two families seeking one soldier, or one person entered twice), the most probable first,
with each field's verdict; ``--json`` gives ``persons``, ``cases``, ``probability`` and
``fields`` (and ``earlier_reason`` for a pair back after an identity changed).
``link --persons ID ID (--same | --not-same) --reason TEXT`` records the decision with its
reason; a "not the same" keeps the pair from being proposed again, and from being joined
through a chain of links, while neither identity changes (after a change, ``--same`` prints
the earlier reasons it sets aside). The text gives each probability
as ``percent_words`` does (cut down, never "100 %"); the JSON its number.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from caseworker.actor import current_actor
from caseworker.cli.matching import add_threshold_options
from caseworker.cli.types import record_id
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.matching import field_words, likely, verdict_words
from caseworker.matching.words import percent_words
from caseworker.services.matching.duplicates import DuplicatePair, find_duplicates
from caseworker.services.matching.links import earlier_reasons, link_persons

EXIT_OK = 0


def _pair_json(pair: DuplicatePair) -> dict[str, Any]:
    data: dict[str, Any] = {
        "persons": list(pair.person_ids),
        "cases": list(pair.case_references),
        "probability": round(pair.probability, 4),
        "fields": {str(f): str(v) for f, v in pair.fields.items()},
    }
    if pair.earlier_reason:
        data["earlier_reason"] = pair.earlier_reason
    return data


def _print_text(found: list[DuplicatePair]) -> None:
    if not found:
        print(translate("Cli", "No sought persons who may be the same man."))
    for pair in found:
        mark = translate("Cli", " likely one man") if likely(pair.probability) else ""
        print(
            translate(
                "Cli",
                "persons {one} and {two}, cases {one_case} and {two_case}: {percent}{likely}",
            ).format(
                one=pair.person_ids[0],
                two=pair.person_ids[1],
                one_case=pair.case_references[0],
                two_case=pair.case_references[1],
                percent=percent_words(pair.probability),
                likely=mark,
            )
        )
        fields = "; ".join(f"{field_words(f)}: {verdict_words(v)}" for f, v in pair.fields.items())
        print(f"  {fields}")
        if pair.earlier_reason:
            print(
                "  "
                + translate("Cli", "Earlier “not the same”: {reason}").format(
                    reason=pair.earlier_reason
                )
            )


def duplicates(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        found = find_duplicates(session, args.min)
    if args.json:
        payload = [_pair_json(pair) for pair in found]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        _print_text(found)
    return EXIT_OK


def link(database: Database, args: argparse.Namespace) -> int:
    one, two = args.persons
    with database.write() as session:
        set_aside = earlier_reasons(session, one, two) if args.same else ()
        decision = link_persons(session, current_actor(), one, two, args.same, args.reason)
        decision_id = decision.id
    if args.same:
        print(translate("Cli", "Linked as the same person (decision {id}).").format(id=decision_id))
        for reason in set_aside:
            print("  " + translate("Cli", "Earlier “not the same”: {reason}").format(reason=reason))
    else:
        print(
            translate(
                "Cli",
                "Recorded: not the same person (decision {id}). The pair is not proposed "
                "again while neither identity changes.",
            ).format(id=decision_id)
        )
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    found = commands_.add_parser(
        "duplicates", help=translate("Cli", "sought persons who may be the same man")
    )
    add_threshold_options(found)
    found.set_defaults(handler=duplicates)

    linked = commands_.add_parser(
        "link", help=translate("Cli", "record whether two sought persons are the same man")
    )
    linked.add_argument(
        "--persons",
        required=True,
        nargs=2,
        type=record_id,
        metavar="ID",
        help=translate("Cli", "the two persons' ids"),
    )
    which = linked.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--same",
        action="store_true",
        help=translate("Cli", "the same person: links the two, nothing is merged"),
    )
    which.add_argument(
        "--not-same",
        action="store_true",
        help=translate(
            "Cli", "not the same person: not proposed again while neither identity changes"
        ),
    )
    linked.add_argument(
        "--reason", required=True, help=translate("Cli", "why (kept with the decision)")
    )
    linked.set_defaults(handler=link)
