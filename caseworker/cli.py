"""The command line, ``python -m caseworker [--db PATH|URL] COMMAND``, for scripts and tests.

Exit codes: 0 done, 1 input refused (a sentence on stderr says why), 2 bad usage (argparse).
The commands themselves live in :mod:`caseworker.cli_commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from caseworker import cli_commands as commands
from caseworker import cli_evidence, cli_xlsx
from caseworker.db import open_database
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.vocab import AssessedStatus, Claim, Confidence, SourceKind

EXIT_REFUSED = 1
EXIT_INTERRUPTED = 130


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not a whole number of zero or more.").format(text=text)
        )
    return value


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


def _add_person_commands(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = commands_.add_parser("person", help=translate("Cli", "work with sought persons"))
    actions = person.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", help=translate("Cli", "add a sought person to a case; prints the new id")
    )
    add.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    add.add_argument("--surname", required=True)
    add.add_argument("--given", required=True, help=translate("Cli", "given name"))
    add.add_argument("--patronymic", default="")
    add.add_argument("--born", default="", help=translate("Cli", "date of birth, YYYY-MM-DD"))
    add.add_argument("--unit", default="")
    add.add_argument("--rank", default="")
    add.add_argument("--service-number", default="")
    add.set_defaults(handler=commands.add_person)


def _add_report_commands(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands_.add_parser("report", help=translate("Cli", "work with reports"))
    actions = report.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=translate("Cli", "add a report; prints the new id"))
    add.add_argument("--person", required=True, type=int, help=translate("Cli", "person id"))
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
    add.add_argument("--place", default="")
    add.add_argument("--summary", default="")
    add.add_argument("--stated-on", default="", help=translate("Cli", "when the source said it"))
    add.add_argument("--received-on", default="", help=translate("Cli", "when we heard it"))
    add.add_argument(
        "--derived-from", type=int, help=translate("Cli", "id of the report this one relays")
    )
    add.set_defaults(handler=commands.add_report)
    retract = actions.add_parser(
        "retract", help=translate("Cli", "retract a report with a reason (it stays on record)")
    )
    retract.add_argument("--id", required=True, type=int, help=translate("Cli", "report id"))
    retract.add_argument("--reason", required=True)
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
    timeline.add_argument("--person", required=True, type=int, help=translate("Cli", "person id"))
    timeline.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    timeline.set_defaults(handler=commands.timeline)
    assess = commands_.add_parser(
        "assess", help=translate("Cli", "record your assessment of a person's status")
    )
    assess.add_argument("--person", required=True, type=int, help=translate("Cli", "person id"))
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
    commands_ = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands_.add_parser("demo", help=translate("Cli", "add the demo cases"))
    demo.set_defaults(handler=commands.add_demo)
    synth = commands_.add_parser(
        "synth", help=translate("Cli", "add synthetic cases for load tests")
    )
    synth.add_argument("--cases", required=True, type=_positive)
    synth.add_argument("--seed", type=int, default=1)
    synth.set_defaults(handler=commands.synth)
    _add_case_commands(commands_)
    _add_person_commands(commands_)
    _add_report_commands(commands_)
    cli_evidence.register(commands_)
    cli_xlsx.register(commands_)
    _add_timeline_commands(commands_)
    search = commands_.add_parser(
        "search", help=translate("Cli", "find cases, sought persons and relatives")
    )
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    search.add_argument("--limit", type=_positive, default=200)
    search.set_defaults(handler=commands.search)
    check = commands_.add_parser(
        "check", help=translate("Cli", "check the database; exit 1 if anything is wrong")
    )
    check.set_defaults(handler=commands.check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        database = open_database(args.db)
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
        result: int = args.handler(database, args)
        return result
    except CaseworkerError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as error:
        print(commands.database_failure(error), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(
            translate("Cli", "Interrupted; nothing of the unfinished step was saved."),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        database.dispose()
