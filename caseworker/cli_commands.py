"""The command line's commands: each one unit of work on the database, printing its result."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from caseworker.actor import current_actor
from caseworker.db import Database
from caseworker.demo import demo_cases, load_demo
from caseworker.i18n import translate
from caseworker.integrity import check_database
from caseworker.services import cases, persons, reports
from caseworker.services import search as search_service
from caseworker.synth import synthesize

EXIT_OK = 0
EXIT_PROBLEMS = 1


def _print(*values: Any) -> None:
    print(*values, file=sys.stdout)


def _tell(message: str) -> None:
    """A message for the person at the terminal, kept off stdout so scripts can parse it."""
    print(message, file=sys.stderr)


def database_failure(error: SQLAlchemyError) -> str:
    reason = str(getattr(error, "orig", None) or error).splitlines()[0]
    return translate("Cli", "The database could not be used: {reason}").format(reason=reason)


def add_demo(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        already = bool(demo_cases(session))
    with database.write() as session:
        added = load_demo(session, current_actor())
        references = [case.reference for case in added]
    if already:
        _tell(translate("Cli", "The demo cases are already in this database."))
    for reference in references:
        _print(reference)
    return EXIT_OK


def synth(database: Database, args: argparse.Namespace) -> int:
    summary = synthesize(database, args.cases, args.seed, actor=current_actor())
    _tell(
        translate(
            "Cli",
            "Added {cases} cases, {persons} sought persons, {relatives} relatives and "
            "{reports} reports in {seconds:.1f} s.",
        ).format(
            cases=summary.cases,
            persons=summary.persons,
            relatives=summary.relatives,
            reports=summary.reports,
            seconds=summary.seconds,
        )
    )
    return EXIT_OK


def add_case(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        case = cases.create_case(
            session,
            current_actor(),
            family_name=args.family,
            region=args.region,
            assigned_to=args.assigned_to,
        )
        reference = case.reference
    _print(reference)
    return EXIT_OK


def add_person(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        case = cases.get_case_by_reference(session, args.case)
        person = persons.add_person(
            session,
            current_actor(),
            case.id,
            surname=args.surname,
            given_name=args.given,
            patronymic=args.patronymic,
            birth_date=args.born,
            unit=args.unit,
            rank=args.rank,
            service_number=args.service_number,
        )
        person_id = person.id
    _print(person_id)
    return EXIT_OK


def add_report(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        report = reports.add_report(
            session,
            current_actor(),
            args.person,
            event=args.event_date,
            derived_from_id=args.derived_from,
            claim=args.claim,
            source_kind=args.source_kind,
            source_name=args.source,
            reliability=args.reliability,
            credibility=args.credibility,
            place=args.place,
            summary=args.summary,
            stated_on=args.stated_on,
            received_on=args.received_on,
        )
        report_id = report.id
    _print(report_id)
    return EXIT_OK


def retract_report(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        report = reports.retract_report(session, current_actor(), args.id, None, args.reason)
        report_id = report.id
    _print(report_id)
    return EXIT_OK


def search(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        hits = search_service.search(session, args.query, limit=args.limit)
    if args.json:
        objects = [
            {
                "kind": hit.kind,
                "id": hit.id,
                "label": hit.label,
                "case": hit.case_reference,
                "case_id": hit.case_id,
            }
            for hit in hits
        ]
        _print(json.dumps(objects, ensure_ascii=False, indent=2))
        return EXIT_OK
    for hit in hits:
        _print(f"{hit.case_reference}\t{hit.kind}\t{hit.id}\t{hit.label}")
    if not hits:
        _tell(translate("Cli", "Nothing matches “{query}”.").format(query=args.query))
    return EXIT_OK


def check(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        problems = check_database(session)
    for problem in problems:
        _print(problem.message)
    if problems:
        _tell(
            translate("Cli", "{count} problems found in {database}.").format(
                count=len(problems), database=database.display_name
            )
        )
        return EXIT_PROBLEMS
    _tell(
        translate("Cli", "No problems found in {database}.").format(database=database.display_name)
    )
    return EXIT_OK
