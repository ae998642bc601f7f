"""The command line's family commands: ``relative add`` and ``told`` (the family log).

``told --what killed`` passes the disclosure gate or needs ``--override REASON``; a refusal
ends with exit 1 and the gate's sentence, nothing recorded.
"""

from __future__ import annotations

import argparse
import sys

from caseworker.actor import current_actor
from caseworker.cli.types import option_name, record_id, stored_value
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.services import cases, family_log, relatives
from caseworker.vocab import Relation, ToldHow, ToldWhat

EXIT_OK = 0


def add_relative(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        case = cases.get_case_by_reference(session, args.case)
        relative = relatives.add_relative(
            session,
            current_actor(),
            case.id,
            surname=args.surname,
            given_name=args.given,
            patronymic=args.patronymic,
            relation=args.relation,
            address=args.address,
            phone=args.phone,
        )
        relative_id = relative.id
    print(relative_id)
    return EXIT_OK


def told(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        case = cases.get_case_by_reference(session, args.case)
        entry = family_log.record_told(
            session,
            current_actor(),
            case.id,
            args.relative,
            override_reason=args.override,
            person_id=args.person,
            told_on=args.on,
            told_by=args.by,
            how=stored_value(args.how),
            what=stored_value(args.what),
            note=args.note,
        )
        entry_id, overridden = entry.id, entry.overridden
    print(entry_id)
    if overridden:
        print(
            translate(
                "Cli",
                "Recorded over the disclosure gate's refusal; the reason is kept on the case.",
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``relative`` and ``told`` commands to the command line's parser."""
    relative = commands_.add_parser("relative", help=translate("Cli", "work with relatives"))
    actions = relative.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", help=translate("Cli", "add a relative to a case; prints the new id")
    )
    add.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    add.add_argument("--surname", required=True, help=translate("Cli", "surname"))
    add.add_argument("--given", required=True, help=translate("Cli", "given name"))
    add.add_argument("--patronymic", default="", help=translate("Cli", "patronymic"))
    add.add_argument("--relation", required=True, help=", ".join(r.value for r in Relation))
    add.add_argument("--address", default="", help=translate("Cli", "postal address"))
    add.add_argument("--phone", default="", help=translate("Cli", "phone number"))
    add.set_defaults(handler=add_relative)

    told_ = commands_.add_parser(
        "told", help=translate("Cli", "record what a relative was told; prints the entry's id")
    )
    told_.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    told_.add_argument(
        "--relative", required=True, type=record_id, help=translate("Cli", "relative id")
    )
    told_.add_argument("--what", required=True, help=", ".join(option_name(w) for w in ToldWhat))
    told_.add_argument("--on", required=True, help=translate("Cli", "the day they were told"))
    told_.add_argument("--by", required=True, help=translate("Cli", "who told them"))
    told_.add_argument(
        "--how", default=ToldHow.CALL.value, help=", ".join(option_name(h) for h in ToldHow)
    )
    told_.add_argument("--note", default="", help=translate("Cli", "what was said, in short"))
    told_.add_argument(
        "--person",
        type=record_id,
        help=translate(
            "Cli", "the sought person the news is about (needed for a death when there are several)"
        ),
    )
    told_.add_argument(
        "--override",
        metavar="REASON",
        help=translate("Cli", "why a death is told although the disclosure gate refuses"),
    )
    told_.set_defaults(handler=told)
