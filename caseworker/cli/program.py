"""The command line, ``python -m caseworker [--db PATH|URL] [--passphrase-file FILE] COMMAND``,
for scripts and tests.

Exit codes: 0 done, 1 input refused (a sentence on stderr says why: a protected database
without its passphrase, or with a wrong one, too), 2 bad usage (argparse). A protected
database is unlocked by :mod:`caseworker.cli.unlock`.
It speaks the interface language (:mod:`caseworker.cli.language`). The commands themselves
live in :mod:`caseworker.cli.commands`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from caseworker.actor import acting_as_login
from caseworker.cli import assign as cli_assign
from caseworker.cli import backup as cli_backup
from caseworker.cli import commands
from caseworker.cli import duplicates as cli_duplicates
from caseworker.cli import encrypt as cli_encrypt
from caseworker.cli import evidence as cli_evidence
from caseworker.cli import family as cli_family
from caseworker.cli import inquiries as cli_inquiries
from caseworker.cli import language as cli_language
from caseworker.cli import letters as cli_letters
from caseworker.cli import lists as cli_lists
from caseworker.cli import matching as cli_matching
from caseworker.cli import passphrase as cli_passphrase
from caseworker.cli import server as cli_server
from caseworker.cli import unlock as cli_unlock
from caseworker.cli import worklist as cli_worklist
from caseworker.cli import xlsx as cli_xlsx
from caseworker.cli.password import open_asking_password
from caseworker.cli.types import record_id, whole_number
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.vocab import AssessedStatus, Claim, Confidence, SourceKind

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
MOST_SYNTHETIC_CASES = 1_000_000
MOST_SEARCH_HITS = 100_000


def _choices(members: Sequence[str]) -> str:
    return ", ".join(members)


def _add_case_commands(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = commands_.add_parser("case", help=translate("Cli", "work with cases"))
    actions = case.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=translate("Cli", "open a case; prints its reference"))
    add.add_argument("--family", required=True, help=translate("Cli", "the family, e.g. Шумовы"))
    add.add_argument("--region", default="", help=translate("Cli", "the family's region"))
    add.add_argument("--assigned-to", default="", help=translate("Cli", "the caseworker"))
    add.set_defaults(handler=commands.add_case)
    cli_assign.register(actions)


def _add_person_commands(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = commands_.add_parser("person", help=translate("Cli", "work with sought persons"))
    actions = person.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", help=translate("Cli", "add a sought person to a case; prints the new id")
    )
    add.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    add.add_argument("--surname", required=True, help=translate("Cli", "surname"))
    add.add_argument("--given", required=True, help=translate("Cli", "given name"))
    add.add_argument("--patronymic", default="", help=translate("Cli", "patronymic"))
    add.add_argument(
        "--born", default="", help=translate("Cli", "date of birth: a day, a month or a year")
    )
    add.add_argument("--unit", default="", help=translate("Cli", "military unit"))
    add.add_argument("--rank", default="", help=translate("Cli", "rank"))
    add.add_argument("--service-number", default="", help=translate("Cli", "service number"))
    add.set_defaults(handler=commands.add_person)


def _add_report_commands(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands_.add_parser("report", help=translate("Cli", "work with reports"))
    actions = report.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=translate("Cli", "add a report; prints the new id"))
    add.add_argument("--person", required=True, type=record_id, help=translate("Cli", "person id"))
    add.add_argument("--claim", required=True, help=_choices([c.value for c in Claim]))
    add.add_argument(
        "--event-date",
        required=True,
        help=translate("Cli", "when it happened: a day, a month, ~day or DAY..DAY"),
    )
    add.add_argument("--source-kind", required=True, help=_choices([k.value for k in SourceKind]))
    add.add_argument("--source", default="", help=translate("Cli", "who exactly said it"))
    add.add_argument("--reliability", default="", help=translate("Cli", "source grade A-F"))
    add.add_argument("--credibility", default="", help=translate("Cli", "information grade 1-6"))
    add.add_argument("--place", default="", help=translate("Cli", "where it happened"))
    add.add_argument("--summary", default="", help=translate("Cli", "what the source said"))
    add.add_argument("--stated-on", default="", help=translate("Cli", "when the source said it"))
    add.add_argument("--received-on", default="", help=translate("Cli", "when we heard it"))
    add.add_argument(
        "--derived-from", type=record_id, help=translate("Cli", "id of the report this one relays")
    )
    add.set_defaults(handler=commands.add_report)
    retract = actions.add_parser(
        "retract", help=translate("Cli", "retract a report with a reason (it stays on record)")
    )
    retract.add_argument("--id", required=True, type=record_id, help=translate("Cli", "report id"))
    retract.add_argument("--reason", required=True, help=translate("Cli", "why it is retracted"))
    retract.set_defaults(handler=commands.retract_report)


def _add_timeline_commands(
    commands_: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    timeline = commands_.add_parser(
        "timeline",
        help=translate(
            "Cli", "a person's reports in time order, their contradictions and the suggestion"
        ),
    )
    timeline.add_argument(
        "--person", required=True, type=record_id, help=translate("Cli", "person id")
    )
    timeline.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    timeline.set_defaults(handler=commands.timeline)
    assess = commands_.add_parser(
        "assess", help=translate("Cli", "record your assessment of a person's status")
    )
    assess.add_argument(
        "--person", required=True, type=record_id, help=translate("Cli", "person id")
    )
    assess.add_argument("--status", required=True, help=_choices([s.value for s in AssessedStatus]))
    assess.add_argument("--confidence", required=True, help=_choices([c.value for c in Confidence]))
    assess.add_argument(
        "--rationale", required=True, help=translate("Cli", "why you judge the status so")
    )
    assess.set_defaults(handler=commands.assess)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m caseworker",
        description=translate("Cli", "Caseworker from the command line."),
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=translate("Cli", "database file or SQLAlchemy URL (default: $CASEWORKER_DB)"),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "the file whose first line is the passphrase of a protected database "
            "(default: ${variable})",
        ).format(variable=cli_unlock.ENV_VARIABLE),
    )
    commands_ = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands_.add_parser("demo", help=translate("Cli", "add the demo cases"))
    demo.set_defaults(handler=commands.add_demo)
    synth = commands_.add_parser(
        "synth", help=translate("Cli", "add synthetic cases for load tests")
    )
    synth.add_argument(
        "--cases",
        required=True,
        type=whole_number(MOST_SYNTHETIC_CASES),
        help=translate("Cli", "how many cases to add"),
    )
    synth.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "the same seed gives the same cases")
    )
    synth.set_defaults(handler=commands.synth)
    _add_case_commands(commands_)
    _add_person_commands(commands_)
    _add_report_commands(commands_)
    cli_evidence.register(commands_)
    cli_family.register(commands_)
    cli_inquiries.register(commands_)
    cli_xlsx.register(commands_)
    cli_letters.register(commands_)
    cli_lists.register(commands_)
    cli_matching.register(commands_)
    cli_duplicates.register(commands_)
    cli_worklist.register(commands_)
    cli_backup.register(commands_)
    cli_passphrase.register(commands_)
    cli_encrypt.register(commands_)
    cli_server.register(commands_)
    _add_timeline_commands(commands_)
    search = commands_.add_parser(
        "search", help=translate("Cli", "find cases, sought persons and relatives")
    )
    search.add_argument("query", metavar="QUERY", help=translate("Cli", "words to look for"))
    search.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    search.add_argument(
        "--limit",
        type=whole_number(MOST_SEARCH_HITS),
        default=200,
        help=translate("Cli", "at most this many results"),
    )
    search.set_defaults(handler=commands.search)
    check = commands_.add_parser(
        "check", help=translate("Cli", "check the database; exit 1 if anything is wrong")
    )
    check.set_defaults(handler=commands.check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code. Speaks the interface language throughout."""
    with cli_language.speaking(cli_language.interface_language(os.environ)):
        return _run(argv)


def _run_on_keys(args: argparse.Namespace) -> int:
    """A command on the keys file only (``passphrase ...``): the database is not opened."""
    try:
        result: int = args.keys_handler(args)
        return result
    except CaseworkerError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        reason = error.strerror or str(error)
        print(
            translate("Cli", "A file cannot be used: {reason}").format(reason=reason),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(
            translate("Cli", "Interrupted; nothing of the unfinished step was saved."),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help (0), or bad usage that argparse has explained (2)
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if hasattr(args, "keys_handler"):
        return _run_on_keys(args)
    try:
        database = open_asking_password(args, cli_unlock.open_for)
    except CaseworkerError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as error:
        print(commands.database_failure(error), file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        print(
            translate("Cli", "The database cannot be opened: {reason}").format(
                reason=error.strerror or error
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    try:
        with acting_as_login(database):
            result: int = args.handler(database, args)
        if result == commands.EXIT_OK and database.refuse_writes is not None:
            # A read-only or damaged database: the reading command worked; say what it was.
            print(database.refuse_writes, file=sys.stderr)
        return result
    except CaseworkerError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as error:
        print(commands.database_failure(error), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader stopped reading (``… | head``): it has what it wanted; nothing to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the exit's flush fails no more
        return commands.EXIT_OK
    except OSError as error:
        reason = error.strerror or str(error)
        message = (
            translate("Cli", "The file “{name}” cannot be used: {reason}").format(
                name=error.filename, reason=reason
            )
            if error.filename
            else translate("Cli", "A file cannot be used: {reason}").format(reason=reason)
        )
        print(message, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(
            translate("Cli", "Interrupted; nothing of the unfinished step was saved."),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        database.dispose()
