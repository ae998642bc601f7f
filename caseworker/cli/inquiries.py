"""The command line's ``addressee`` and ``inquiry`` commands: the directory of offices and
each inquiry's course (add, register, extend, forward, answer, close, list).

Values are written as on the command line (``red-cross``, ``in-person``); their stored forms
(``red_cross``) and their labels in the interface language are taken too.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from caseworker.actor import current_actor
from caseworker.cli.types import Cli, iso_day, option_name, record_id, stored_value
from caseworker.dates import parse_optional_day
from caseworker.db import Database
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.services import addressees, cases, inquiries, inquiry_lines
from caseworker.vocab import AddresseeKind, Channel, Claim

EXIT_OK = 0


def _value(text: str | None) -> str | None:
    return None if text is None else stored_value(text)


def _tell(message: str) -> None:
    print(message, file=sys.stderr)


def add_addressee(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        addressee = addressees.add_addressee(
            session,
            current_actor(),
            name=args.name,
            kind=_value(args.kind),
            deadline_days=args.days,
            sensitive=args.sensitive,
            regional=args.regional,
            postal_address=args.address,
            email=args.email,
            portal=args.portal,
        )
        addressee_id = addressee.id
    print(addressee_id)
    return EXIT_OK


def add_starter(database: Database, _args: argparse.Namespace) -> int:
    with database.write() as session:
        added = addressees.add_starter_addressees(session, current_actor())
    _tell(translate("Cli", "Federal offices added: {count}.").format(count=added))
    return EXIT_OK


def _addressee_json(line: addressees.AddresseeLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "name": line.name,
        "kind": option_name(line.kind),
        "regional": line.regional,
        "days": line.days,
        "own_days": line.deadline_days,
        "legal_deadline": line.legal,
        "sensitive": line.sensitive,
        "postal_address": line.postal_address,
        "email": line.email,
        "portal": line.portal,
    }


def list_addressees(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        lines = addressees.addressee_lines(session)
    if args.json:
        print(json.dumps([_addressee_json(line) for line in lines], ensure_ascii=False, indent=2))
        return EXIT_OK
    for line in lines:
        sensitive = translate("Cli", "sensitive") if line.sensitive else ""
        print("\t".join([str(line.id), line.name, label(line.kind), str(line.days), sensitive]))
    if not lines:
        _tell(translate("Cli", "There are no addressees yet."))
    return EXIT_OK


def add_inquiry(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        case = cases.get_case_by_reference(session, args.case)
        addressee = addressees.find_addressee(session, args.to)
        inquiry = inquiries.add_inquiry(
            session,
            current_actor(),
            case.id,
            addressee.id,
            person_id=args.person,
            applicant_id=args.applicant,
            sent_on=args.sent_on,
            channel=_value(args.channel),
            our_reference=args.our_ref,
        )
        inquiry_id, name, sensitive = inquiry.id, addressee.name, addressee.sensitive
    print(inquiry_id)
    if sensitive:
        _tell(
            translate(
                "Cli", "“{name}” is marked sensitive: the case shows that it was written to."
            ).format(name=name)
        )
    return EXIT_OK


def send(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        inquiries.send_inquiry(session, current_actor(), args.id, None, args.on)
    return EXIT_OK


def register_(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        inquiries.register_inquiry(session, current_actor(), args.id, None, args.on, args.their_ref)
    return EXIT_OK


def extend(database: Database, args: argparse.Namespace) -> int:
    try:
        with database.write() as session:
            inquiries.extend_inquiry(
                session,
                current_actor(),
                args.id,
                None,
                args.until,
                args.reason,
                beyond_law=args.beyond_law,
            )
    except inquiries.BeyondTheLaw as refusal:
        # The sentence says how to record it anyway; here, with which option.
        said = translate("Cli", "{refusal} (--beyond-law).").format(
            refusal=refusal.message.rstrip(".")
        )
        raise inquiries.BeyondTheLaw(said, field=refusal.field) from refusal
    return EXIT_OK


def forward(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        target = addressees.find_addressee(session, args.to)
        new = inquiries.forward_inquiry(session, current_actor(), args.id, None, target.id, args.on)
        new_id = new.id
    print(new_id)
    return EXIT_OK


def answer(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        answered = inquiries.answer_inquiry(
            session,
            current_actor(),
            args.id,
            None,
            args.on,
            args.text,
            claim=_value(args.claim),
            event=args.event_date,
            reliability=args.reliability,
            credibility=args.credibility,
        )
    if answered.report_id is not None:
        print(answered.report_id)
    return EXIT_OK


def close(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        inquiries.close_inquiry(session, current_actor(), args.id, None, args.reason)
    return EXIT_OK


def _inquiry_json(line: inquiry_lines.InquiryLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "case": line.case_reference,
        "person": line.person_id,
        "addressee": line.addressee,
        "status": line.status.value,
        "sent_on": iso_day(line.sent_on),
        "registered_on": iso_day(line.registered_on),
        "due_on": iso_day(line.due_on),
        "overdue": line.overdue,
        "days_overdue": line.days_overdue,
        "very_overdue": line.very_overdue,
    }


def list_inquiries(database: Database, args: argparse.Namespace) -> int:
    today = parse_optional_day(args.today, allow_future=True) if args.today else None
    with database.read() as session:
        case_id = cases.get_case_by_reference(session, args.case).id if args.case else None
        lines = inquiry_lines.inquiry_lines(session, case_id, today)
    if args.json:
        print(json.dumps([_inquiry_json(line) for line in lines], ensure_ascii=False, indent=2))
        return EXIT_OK
    for line in lines:
        late = Cli.tr("%n day(s) overdue", None, line.days_overdue) if line.overdue else ""
        columns = [str(line.id), line.case_reference, line.addressee, label(line.status)]
        print("\t".join([*columns, iso_day(line.sent_on) or "", iso_day(line.due_on) or "", late]))
    if not lines:
        _tell(translate("Cli", "There are no inquiries."))
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``addressee`` and ``inquiry`` commands to the command line's parser."""
    _register_addressee(commands_)
    inquiry = commands_.add_parser("inquiry", help=translate("Cli", "work with inquiries"))
    actions = inquiry.add_subparsers(dest="action", required=True, metavar="ACTION")
    the_id = translate("Cli", "inquiry id")
    a_day = translate("Cli", "the day, YYYY-MM-DD")

    add = actions.add_parser(
        "add", help=translate("Cli", "write an inquiry (a draft without --sent-on); prints its id")
    )
    add.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    add.add_argument("--to", required=True, help=translate("Cli", "addressee id or exact name"))
    add.add_argument("--person", type=record_id, help=translate("Cli", "sought person id"))
    add.add_argument(
        "--applicant", type=record_id, help=translate("Cli", "relative id (default: ourselves)")
    )
    add.add_argument("--sent-on", help=a_day)
    add.add_argument("--channel", help=", ".join(option_name(c) for c in Channel))
    add.add_argument("--our-ref", default="", help=translate("Cli", "our reference"))
    add.set_defaults(handler=add_inquiry)

    send_ = actions.add_parser("send", help=translate("Cli", "record that a draft was sent"))
    send_.add_argument("--id", required=True, type=record_id, help=the_id)
    send_.add_argument("--on", required=True, help=a_day)
    send_.set_defaults(handler=send)

    reg = actions.add_parser("register", help=translate("Cli", "record its registration"))
    reg.add_argument("--id", required=True, type=record_id, help=the_id)
    reg.add_argument("--on", required=True, help=a_day)
    reg.add_argument("--their-ref", default="", help=translate("Cli", "their registration number"))
    reg.set_defaults(handler=register_)

    ext = actions.add_parser("extend", help=translate("Cli", "record a new due date"))
    ext.add_argument("--id", required=True, type=record_id, help=the_id)
    ext.add_argument("--until", required=True, help=translate("Cli", "the new due date"))
    ext.add_argument("--reason", required=True, help=translate("Cli", "why the answer comes later"))
    ext.add_argument(
        "--beyond-law",
        action="store_true",
        help=translate(
            "Cli",
            "record an extension the law does not allow, as the office wrote it (marked as "
            "beyond the law)",
        ),
    )
    ext.set_defaults(handler=extend)

    fwd = actions.add_parser(
        "forward", help=translate("Cli", "record a forwarding; prints the new inquiry's id")
    )
    fwd.add_argument("--id", required=True, type=record_id, help=the_id)
    fwd.add_argument("--to", required=True, help=translate("Cli", "addressee id or exact name"))
    fwd.add_argument("--on", required=True, help=a_day)
    fwd.set_defaults(handler=forward)

    ans = actions.add_parser(
        "answer",
        help=translate("Cli", "record the answer; with --claim prints the new report's id"),
    )
    ans.add_argument("--id", required=True, type=record_id, help=the_id)
    ans.add_argument("--on", required=True, help=a_day)
    ans.add_argument("--text", required=True, help=translate("Cli", "what the answer says"))
    ans.add_argument("--claim", help=", ".join(c.value for c in Claim))
    ans.add_argument("--event-date", help=translate("Cli", "when it happened"))
    ans.add_argument("--reliability", default="", help=translate("Cli", "source grade A-F"))
    ans.add_argument("--credibility", default="", help=translate("Cli", "information grade 1-6"))
    ans.set_defaults(handler=answer)

    cls = actions.add_parser("close", help=translate("Cli", "close without an answer"))
    cls.add_argument("--id", required=True, type=record_id, help=the_id)
    cls.add_argument("--reason", required=True, help=translate("Cli", "why it is closed"))
    cls.set_defaults(handler=close)

    lst = actions.add_parser("list", help=translate("Cli", "list inquiries with their due dates"))
    lst.add_argument("--case", help=translate("Cli", "case reference"))
    lst.add_argument("--today", help=translate("Cli", "count overdue days as of this day"))
    lst.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    lst.set_defaults(handler=list_inquiries)


def _register_addressee(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    addressee = commands_.add_parser(
        "addressee", help=translate("Cli", "work with the addressees of inquiries")
    )
    actions = addressee.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=translate("Cli", "add an addressee; prints its id"))
    add.add_argument("--name", required=True, help=translate("Cli", "the office's name"))
    add.add_argument("--kind", required=True, help=", ".join(option_name(k) for k in AddresseeKind))
    add.add_argument("--days", help=translate("Cli", "its own days for an answer"))
    add.add_argument(
        "--sensitive", action="store_true", help=translate("Cli", "ask before writing to it")
    )
    add.add_argument(
        "--regional", action="store_true", help=translate("Cli", "a regional Commissioner")
    )
    add.add_argument("--address", default="", help=translate("Cli", "postal address"))
    add.add_argument("--email", default="", help=translate("Cli", "e-mail"))
    add.add_argument("--portal", default="", help=translate("Cli", "e-appeal portal"))
    add.set_defaults(handler=add_addressee)

    starter = actions.add_parser(
        "starter", help=translate("Cli", "add the federal offices of the starter set")
    )
    starter.set_defaults(handler=add_starter)

    lst = actions.add_parser("list", help=translate("Cli", "list the addressees"))
    lst.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    lst.set_defaults(handler=list_addressees)
