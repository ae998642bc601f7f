"""The command line's ``letter`` command: list the letter templates, or make a letter of a
case or an inquiry from one (``letter --case REF|--inquiry ID --template NAME|PATH --out
FILE.docx [--pdf]``)."""

from __future__ import annotations

import argparse
import json
import sys

from caseworker.actor import current_actor
from caseworker.cli.types import record_id
from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.letters import find_template, letter_facts, render_letter, starter_templates
from caseworker.letters.pdf import PdfNotMade, letter_pdf
from caseworker.services import cases, inquiries

EXIT_OK = 0
TEMPLATES = "templates"


def templates(args: argparse.Namespace) -> int:
    found = starter_templates()
    if args.json:
        rows = [{"name": t.name, "title": t.title, "path": str(t.path)} for t in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for template in found:
        print(f"{template.name}\t{template.title}")
    return EXIT_OK


def letter(database: Database, args: argparse.Namespace) -> int:
    if args.what == TEMPLATES:
        return templates(args)
    needed = [option for option, value in (("--case", args.case or args.inquiry),
              ("--template", args.template), ("--out", args.out)) if not value]  # fmt: skip
    if needed:
        raise ValidationError(
            translate("Cli", "A letter needs {options}.").format(options=", ".join(needed))
        )
    template = find_template(args.template)
    with database.read() as session:
        if args.case:
            case_id = cases.get_case_by_reference(session, args.case).id
        else:
            case_id = inquiries.get_inquiry(session, args.inquiry).case_id
        facts = letter_facts(
            session,
            case_id,
            person_id=args.person,
            applicant_id=args.applicant,
            inquiry_id=args.inquiry,
            representative=current_actor(),
        )
    written = render_letter(template, facts, args.out)
    print(written)
    if args.pdf:
        try:
            print(letter_pdf(written))
        except PdfNotMade as error:
            # The letter itself was made: the caseworker is told why there is no PDF.
            print(error.message, file=sys.stderr)
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``letter`` command to the command line's parser."""
    parser = commands_.add_parser(
        "letter",
        help=translate("Cli", "make a letter of a case from a Word template, or list them"),
    )
    parser.add_argument(
        "what",
        nargs="?",
        choices=[TEMPLATES],
        help=translate("Cli", "“templates” lists the letter templates"),
    )
    parser.add_argument("--case", help=translate("Cli", "case reference"))
    parser.add_argument(
        "--inquiry",
        type=record_id,
        help=translate("Cli", "id of the inquiry the letter is for (its case, addressee, "
                       "person and applicant)"),
    )  # fmt: skip
    parser.add_argument(
        "--person", type=record_id, help=translate("Cli", "id of the sought person it is about")
    )
    parser.add_argument(
        "--applicant",
        type=record_id,
        help=translate("Cli", "id of the relative on whose behalf it is written"),
    )
    parser.add_argument(
        "--template",
        metavar="NAME|PATH",
        help=translate("Cli", "a starter template's name or the path of a .docx template"),
    )
    parser.add_argument("--out", metavar="FILE.docx", help=translate("Cli", "the letter to write"))
    parser.add_argument(
        "--pdf",
        action="store_true",
        help=translate("Cli", "also make a PDF beside it (needs LibreOffice Writer)"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    parser.set_defaults(handler=letter)
