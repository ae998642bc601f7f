"""The command line's commands: each one unit of work on the database, printing its result."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from caseworker.actor import current_actor
from caseworker.cli.types import Cli
from caseworker.db import Database
from caseworker.demo import demo_cases, load_demo
from caseworker.i18n import translate
from caseworker.integrity import check_database
from caseworker.labels import label, short_grade
from caseworker.services import assessments, cases, persons, reports
from caseworker.services import search as search_service
from caseworker.services.timeline import TimelineResult, load_timeline
from caseworker.synth import synthesize
from caseworker.timeline.sentences import event_text, rule_label, severity_label

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


def add_demo(database: Database, _args: argparse.Namespace) -> int:
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


def check(database: Database, _args: argparse.Namespace) -> int:
    with database.read() as session:
        problems = check_database(session)
    for problem in problems:
        _print(problem.message)
    if problems:
        _tell(
            Cli.tr("%n problem(s) found in {database}.", None, len(problems)).format(
                database=database.display_name
            )
        )
        return EXIT_PROBLEMS
    _tell(
        translate("Cli", "No problems found in {database}.").format(database=database.display_name)
    )
    return EXIT_OK


def _timeline_json(result: TimelineResult, name: str, reference: str) -> dict[str, Any]:
    person = result.person
    return {
        "person": {
            "id": result.person_id,
            "name": name,
            "case": reference,
            "official_status": person.official_status.value if person.official_status else None,
            "official_status_on": (
                person.official_status_on.isoformat() if person.official_status_on else None
            ),
        },
        "reports": [
            {
                "id": fact.id,
                "claim": fact.claim.value,
                "group": fact.group.value,
                "event_from": fact.event.earliest.isoformat(),
                "event_to": fact.event.latest.isoformat(),
                "source_kind": fact.source_kind.value,
                "reliability": fact.reliability.value,
                "credibility": fact.credibility.value,
                "retracted": fact.retracted,
                "derived_from": fact.derived_from_id,
            }
            for fact in result.reports
        ],
        "contradictions": [
            {
                "rule": item.contradiction.rule.value,
                "report_ids": list(item.contradiction.report_ids),
                "severity": item.contradiction.severity.value,
                "explanation": item.contradiction.explanation,
            }
            for item in result.contradictions
        ],
        "suggestion": {
            "status": result.suggestion.status.value,
            "scores": {
                hypothesis.value: score for hypothesis, score in result.suggestion.scores.items()
            },
            "contested": result.suggestion.contested,
        },
    }


def _print_timeline(result: TimelineResult, name: str, reference: str) -> None:
    _print(f"{reference} · {name}")
    _print()
    _print(translate("Cli", "Reports, in time order:"))
    for fact in result.reports:
        notes = []
        if fact.derived_from_id is not None:
            notes.append(translate("Cli", "relays {id}").format(id=fact.derived_from_id))
        if fact.retracted:
            notes.append(translate("Cli", "retracted"))
        source = (
            f"{label(fact.source_kind)}: {fact.source_name}"
            if fact.source_name
            else label(fact.source_kind)
        )
        line = "\t".join(
            [
                f"#{fact.id}",
                event_text(fact.event),
                label(fact.claim),
                source,
                short_grade(fact.reliability, fact.credibility),
            ]
        )
        _print(f"{line}\t[{', '.join(notes)}]" if notes else line)
    if not result.reports:
        _print(translate("Cli", "(none)"))
    _print()
    _print(translate("Cli", "Contradictions ({open} open):").format(open=result.open_count))
    for item in result.contradictions:
        found = item.contradiction
        _print(
            f"[{severity_label(found.severity.value)}] {rule_label(found.rule.value)}: "
            f"{found.explanation}"
        )
        if item.explained:
            _print(
                "    "
                + translate("Cli", "explained by {who}: {note}").format(
                    who=item.explained_by, note=item.note
                )
            )
    if not result.contradictions:
        _print(translate("Cli", "(none)"))
    if result.reminder is not None:
        _print()
        _print(translate("Cli", "Reminder: {sentence}").format(sentence=result.reminder.text))
    _print()
    suggestion = result.suggestion
    status = label(suggestion.status)
    if suggestion.contested:
        status = translate("Cli", "{status} (contested)").format(status=status)
    _print(translate("Cli", "Suggested status: {status}").format(status=status))
    _print(
        translate(
            "Cli",
            "Shares of the reports' weight (not probabilities; what no report settles "
            "counts as unknown):",
        )
    )
    for hypothesis, share in suggestion.shares.items():
        _print(f"    {label(hypothesis)}: {share} %")


def timeline(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        person = persons.get_person(session, args.person)
        name, reference = person.full_name, person.case.reference
        result = load_timeline(session, args.person)
    if args.json:
        _print(json.dumps(_timeline_json(result, name, reference), ensure_ascii=False, indent=2))
    else:
        _print_timeline(result, name, reference)
    return EXIT_OK


def assess(database: Database, args: argparse.Namespace) -> int:
    with database.write() as session:
        assessment = assessments.record_assessment(
            session,
            current_actor(),
            args.person,
            args.status,
            args.confidence,
            args.rationale,
        )
        session.flush()
        assessment_id = assessment.id
    _print(assessment_id)
    return EXIT_OK
