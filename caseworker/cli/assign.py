"""``case assign --case REF --to NAME``: a coordinator gives a case to a caseworker.

On a team's server only a coordinator's login may (the server refuses anyone else, with a
sentence); ``--to ""`` gives the case to nobody.
"""

from __future__ import annotations

import argparse
import sys

from caseworker.actor import current_actor
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.services import cases
from caseworker.team.assignment import assign_case

EXIT_OK = 0


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``assign`` to the ``case`` command's actions."""
    action = actions.add_parser(
        "assign", help=translate("Cli", "give a case to a caseworker (a coordinator)")
    )
    action.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    action.add_argument(
        "--to",
        required=True,
        metavar="NAME",
        help=translate("Cli", "the caseworker's name, e.g. Иванова М.; empty: nobody"),
    )
    action.set_defaults(handler=assign)


def assign(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        case = cases.get_case_by_reference(session, args.case)
        assign_case(session, current_actor(), case.id, None, args.to)
        reference, assignee = case.reference, case.assigned_to
    if assignee:
        message = translate("Cli", "The case {reference} is now {name}'s.")
    else:
        message = translate("Cli", "The case {reference} is now nobody's.")
    print(message.format(reference=reference, name=assignee), file=sys.stderr)
    return EXIT_OK
