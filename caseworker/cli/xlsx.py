"""The command line's spreadsheet commands, ``export`` and ``import``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.actor import current_actor
from caseworker.db import Database
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.services import cases

if TYPE_CHECKING:
    from caseworker.xlsx.importing.plan import ImportPlan

# The workbook code (openpyxl) is imported by the two commands that use it: every other
# command starts about a third faster without it.

EXIT_OK = 0
EXIT_PROBLEMS = 1


def read_password_file(name: str | None) -> str | None:
    """The password on the first line of the file ``name`` (None when no file is named).

    The line's end is not part of it; spaces are. Raises :class:`CaseworkerError` when the
    file cannot be read or its first line is empty. A password is never an argument: it
    would show in the list of processes and in the shell's history.
    """
    if name is None:
        return None
    path = Path(name).expanduser()
    try:
        with path.open(encoding="utf-8-sig") as stream:
            line = stream.readline(4096)
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise CaseworkerError(
            translate("Cli", "The password file “{path}” cannot be read: {reason}").format(
                path=path, reason=reason
            )
        ) from None
    password = line.rstrip("\r\n")
    if not password:
        raise CaseworkerError(
            translate(
                "Cli", "The password file “{path}” is empty: its first line is the password."
            ).format(path=path)
        )
    return password


def export(database: Database, args: argparse.Namespace) -> int:
    from caseworker.xlsx.export.writer import export_workbook

    password = read_password_file(args.password_file)
    with database.read() as session:
        case_ids = None
        if args.case:
            case_ids = [cases.get_case_by_reference(session, ref).id for ref in args.case]
        summary = export_workbook(
            session, args.out, case_ids=case_ids, template=args.template, password=password
        )
    counts = ", ".join(f"{sheet}: {count}" for sheet, count in summary.rows.items())
    print(translate("Cli", "Exported {counts}.").format(counts=counts), file=sys.stderr)
    if password is not None:
        print(translate("Cli", "The workbook is protected with the password."), file=sys.stderr)
    print(summary.path)
    return EXIT_OK


def _print_plan(plan: ImportPlan, applied: bool) -> None:
    from caseworker.xlsx.importing.preview import change_lines, earlier_sentence, present_reason
    from caseworker.xlsx.workbook.language import column_title, sheet_title

    if plan.earlier is not None:
        print(earlier_sentence(plan))
    print(
        translate("Cli", "{created} to create, {updated} to update, {unchanged} unchanged.").format(
            created=plan.created, updated=plan.updated, unchanged=plan.unchanged
        )
    )
    for line in change_lines(plan):
        if line.created:
            text = translate("Cli", "{sheet} row {row}: {field} {record}: {new}.")
        else:
            text = translate("Cli", "{sheet} row {row} ({record}), {field}: “{old}” → “{new}”.")
        print(text.format(**asdict(line)))
    for present in plan.present:
        print(
            translate("Cli", "Not created, {reason}: {sheet} row {row} ({record}).").format(
                reason=present_reason(present),
                sheet=sheet_title(present.sheet),
                row=present.row,
                record=present.label,
            )
        )
    for note in plan.notes:
        print(
            translate("Cli", "Not recorded: {sheet} row {row} ({record}): {reason}").format(
                sheet=sheet_title(note.sheet), row=note.row, record=note.label, reason=note.text
            )
        )
    for conflict in plan.conflicts:
        print(
            translate(
                "Cli",
                "Conflict: {sheet} row {row} ({record}), {field}: workbook “{workbook}”, "
                "database “{database}”.",
            ).format(
                sheet=sheet_title(conflict.sheet), row=conflict.row, record=conflict.record,
                field=column_title(conflict.field),
                workbook=conflict.workbook_value, database=conflict.database_value,
            )
        )  # fmt: skip
    for error in plan.errors:
        print(
            translate("Cli", "Invalid: {sheet} row {row}, {column} “{value}”: {reason}").format(
                sheet=sheet_title(error.sheet), row=error.row, column=column_title(error.column),
                value=error.value,
                reason=error.reason,
            )
        )  # fmt: skip
    for missing in plan.missing:
        print(
            translate("Cli", "Not in the workbook (kept): {sheet} {label}").format(
                sheet=sheet_title(missing.sheet), label=missing.label
            )
        )
    if applied:
        print(translate("Cli", "Imported."))
    elif not plan.clean:
        print(translate("Cli", "Nothing was imported."), file=sys.stderr)


def import_(database: Database, args: argparse.Namespace) -> int:
    from caseworker.xlsx.importing.apply import apply_import
    from caseworker.xlsx.importing.planner import plan_import
    from caseworker.xlsx.importing.reader import read_workbook
    from caseworker.xlsx.protect import PasswordNeeded

    password = read_password_file(args.password_file)
    try:
        data = read_workbook(args.file, password=password)
    except PasswordNeeded:
        raise CaseworkerError(
            translate(
                "Cli",
                "“{name}” is protected with a password; give it with --password-file FILE "
                "(the password on the file's first line).",
            ).format(name=Path(args.file).name)
        ) from None
    applied = False
    if args.dry_run:
        with database.read() as session:
            plan = plan_import(session, data)
    else:
        # Planned and applied in one transaction, so nothing can change in between.
        with database.write() as session:
            plan = plan_import(session, data)
            if plan.clean:
                apply_import(session, current_actor(), plan)
                applied = True
    if args.json:
        print(json.dumps(plan.as_json(applied), ensure_ascii=False, indent=2))
    else:
        _print_plan(plan, applied)
    return EXIT_OK if plan.clean else EXIT_PROBLEMS


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export_ = commands_.add_parser(
        "export", help=translate("Cli", "export cases to an Excel workbook")
    )
    export_.add_argument(
        "--out", required=True, metavar="FILE.xlsx", help=translate("Cli", "the workbook to write")
    )
    export_.add_argument(
        "--case",
        action="append",
        metavar="REF",
        help=translate("Cli", "a case reference; repeat for several (default: every case)"),
    )
    export_.add_argument(
        "--template",
        action="store_true",
        help=translate("Cli", "an offline entry template: the workbook without report rows"),
    )
    export_.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate("Cli", "protect the workbook with the password on the first line of FILE"),
    )
    export_.set_defaults(handler=export)
    imports = commands_.add_parser(
        "import",
        help=translate("Cli", "import an edited workbook; exit 1 on errors or conflicts"),
    )
    imports.add_argument("file", metavar="FILE.xlsx", help=translate("Cli", "the workbook to read"))
    imports.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show the preview, change nothing")
    )
    imports.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    imports.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate("Cli", "the password of a protected workbook, on the first line of FILE"),
    )
    imports.set_defaults(handler=import_)
