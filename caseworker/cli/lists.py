"""The command line's ``list`` commands: import a published list.

``list import FILE`` (``-`` reads pasted, tab-separated text from the standard input) prints
the list's id and its number of entries, and lists the rows that are not entries on the
standard error; ``--json`` prints ``list``, ``created``, ``entries``, ``new``, ``gone`` and
``errors`` (each with ``row`` and ``message``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from caseworker.actor import current_actor
from caseworker.cli.types import record_id
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.lists import ListField, RowError, read_list_file, read_pasted
from caseworker.services.published_lists import MEANS, ImportedList, NoEntries, import_list
from caseworker.vault.of_database import vault_of_engine
from caseworker.vocab import Credibility, Reliability

EXIT_OK = 0
EXIT_REFUSED = 1


def _mapping_item(text: str) -> tuple[str, str]:
    field, sep, column = text.partition("=")
    if not sep or not field.strip() or not column.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” is not FIELD=COLUMN (for example full_name=ФИО).").format(
                text=text
            )
        )
    return field.strip(), column.strip()


def _errors_json(errors: list[RowError]) -> list[dict[str, Any]]:
    return [{"row": error.row, "message": error.message} for error in errors]


def _tell_errors(errors: list[RowError]) -> None:
    for error in errors:
        print(
            translate("Cli", "Row {row}: {message}").format(row=error.row, message=error.message),
            file=sys.stderr,
        )


def _print_result(result: ImportedList, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "list": result.list_id,
                    "created": result.created,
                    "entries": result.entries,
                    "new": result.new,
                    "gone": result.gone,
                    "errors": _errors_json(result.errors),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    print(
        translate("Cli", "List {id}; entries: {count}.").format(
            id=result.list_id, count=result.entries
        )
    )
    if not result.created:
        print(translate("Cli", "This file was imported before; nothing was added."))
    if result.new or result.gone:
        print(
            translate("Cli", "Against the edition before: {new} new, {gone} gone.").format(
                new=result.new, gone=result.gone
            )
        )
    if result.errors:
        print(
            translate("Cli", "Rows that are not entries: {count}.").format(
                count=len(result.errors)
            ),
            file=sys.stderr,
        )
        _tell_errors(result.errors)


def import_(database: Database, args: argparse.Namespace) -> int:
    table = read_pasted(sys.stdin.read()) if args.file == "-" else read_list_file(Path(args.file))
    vault = vault_of_engine(database.engine)
    mapping = dict(args.map) if args.map else None
    try:
        with database.write() as session:
            result = import_list(
                session,
                vault,
                current_actor(),
                table,
                mapping,
                edition_of_id=args.edition_of,
                name=args.name,
                publisher=args.publisher,
                published_on=args.published_on,
                address=args.address,
                means=args.means,
                reliability=args.reliability,
                credibility=args.credibility,
            )
    except NoEntries as refused:
        if args.json:
            payload = {"list": None, "entries": 0, "errors": _errors_json(refused.errors)}
            print(json.dumps(payload, ensure_ascii=False, indent=2))
        _tell_errors(refused.errors)
        print(refused.message, file=sys.stderr)
        return EXIT_REFUSED
    _print_result(result, args.json)
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands_.add_parser("list", help=translate("Cli", "work with published lists"))
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "import",
        help=translate("Cli", "import a published list; prints its id and number of entries"),
    )
    add.add_argument(
        "file",
        metavar="FILE",
        help=translate("Cli", ".xlsx or .csv file; - reads tab-separated text from the input"),
    )
    add.add_argument("--name", required=True, help=translate("Cli", "the list's name"))
    add.add_argument("--publisher", required=True, help=translate("Cli", "who published it"))
    add.add_argument(
        "--published-on", required=True, help=translate("Cli", "publication date, e.g. 14.11.2026")
    )
    add.add_argument("--address", default="", help=translate("Cli", "where it was published"))
    add.add_argument("--means", required=True, help=", ".join(claim.value for claim in MEANS))
    add.add_argument(
        "--reliability",
        default="",
        help=translate("Cli", "source grade A-F") + f" ({'/'.join(r.value for r in Reliability)})",
    )
    add.add_argument(
        "--credibility",
        default="",
        help=translate("Cli", "information grade 1-6")
        + f" ({'/'.join(c.value for c in Credibility)})",
    )
    add.add_argument(
        "--map",
        action="append",
        type=_mapping_item,
        metavar="FIELD=COLUMN",
        help=translate("Cli", "which column holds a field; fields: {fields}").format(
            fields=", ".join(field.value for field in ListField)
        ),
    )
    add.add_argument(
        "--edition-of",
        type=record_id,
        metavar="LIST_ID",
        help=translate("Cli", "the list this is a newer edition of"),
    )
    add.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add.set_defaults(handler=import_)
