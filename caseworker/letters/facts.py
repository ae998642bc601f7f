"""What a letter can say about a case, gathered as plain text under the placeholders' names.

The facts come from the printed summary (:func:`summarise_case`: the reports that stand, the
open contradictions in the timeline's sentences, the evidence with its SHA-256) and from the
chosen applicant and sought person. Dates and words are written in the language installed
when this runs, as the summary's are. A value the case lacks is the empty string; the
renderer names it when a template prints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import birth_text
from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.models import Relative, SoughtPerson
from caseworker.services.addressees import AddresseeLine, addressee_line
from caseworker.services.case_summary import CaseSummary, PersonSummary, summarise_case
from caseworker.services.inquiry_lines import case_outcomes, inquiry_line
from caseworker.services.persons import get_person
from caseworker.services.relatives import get_relative
from caseworker.text import format_phone
from caseworker.timeline.sentences import day_text, event_text
from caseworker.vocab import Relation

Row = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """The values of every placeholder (:mod:`caseworker.letters.placeholders`) for one
    letter: ``groups[group][field]`` ("" where the case lacks it) and ``lists[name]`` rows."""

    groups: Mapping[str, Row]
    lists: Mapping[str, tuple[Row, ...]]


def letter_facts(
    session: Session,
    case_id: int,
    *,
    person_id: int | None = None,
    applicant_id: int | None = None,
    inquiry_id: int | None = None,
    representative: str = "",
    today: date | None = None,
) -> LetterFacts:
    """The facts of a letter in case ``case_id`` about ``person_id`` on behalf of the relative
    ``applicant_id``; either may be left out when the case has only one (or none: its fields
    are then missing). For the inquiry ``inquiry_id`` its addressee, person and applicant are
    the letter's (the ones given instead, when given), and it is not among the earlier
    inquiries. ``representative`` is the caseworker's name, used when the case names no
    assigned caseworker.

    Raises :class:`NotFound` when the case, person, relative or inquiry does not exist,
    :class:`ValidationError` when one of them belongs to another case, or when the case has
    several persons or relatives and none was chosen.
    """
    today = today or date.today()
    summary = summarise_case(session, case_id, today=today)
    addressee: Row = {}
    on_behalf_of_relative = True
    if inquiry_id is not None:
        inquiry = inquiry_line(session, inquiry_id, today)
        if inquiry.case_id != case_id:
            raise ValidationError(
                translate("Letters", "Inquiry {id} is not in case {reference}.").format(
                    id=inquiry_id, reference=summary.reference
                ),
                field="inquiry",
            )
        person_id = person_id or inquiry.person_id
        applicant_id = applicant_id or inquiry.applicant_id
        # An inquiry written on behalf of the organisation has no applicant.
        on_behalf_of_relative = applicant_id is not None
        addressee = _addressee(addressee_line(session, inquiry.addressee_id))
    person = _chosen_person(session, case_id, summary, person_id)
    applicant = _chosen_applicant(session, case_id, applicant_id) if on_behalf_of_relative else None
    line = next((p for p in summary.persons if person and p.id == person.id), None)
    groups: dict[str, Row] = {
        "заявитель": _applicant(applicant),
        "представитель": {"фио": summary.assigned_to or representative},
        "разыскиваемый": _person(person, line),
        "адресат": addressee,
        "дело": {"номер": summary.reference, "регион": summary.region},
        "письмо": {"дата": day_text(today)},
    }
    lists: dict[str, tuple[Row, ...]] = {
        "сообщения": _reports(line),
        "противоречия": tuple(
            {"текст": finding.sentence} for finding in (line.findings if line else ())
            if not finding.explained
        ),
        "запросы": tuple(
            {"адресат": earlier.addressee, "дата": _day(earlier.sent_on), "исход": earlier.words}
            for earlier in case_outcomes(session, case_id, today)
            if earlier.inquiry_id != inquiry_id
        ),
        "приложения": _enclosures(summary),
    }  # fmt: skip
    return LetterFacts(groups, lists)


def _day(day: date | None) -> str:
    return day_text(day) if day else ""


def _addressee(line: AddresseeLine) -> Row:
    return {"название": line.name, "адрес": line.postal_address, "почта": line.email}


def _chosen_person(
    session: Session, case_id: int, summary: CaseSummary, person_id: int | None
) -> SoughtPerson | None:
    if person_id is None:
        if len(summary.persons) > 1:
            raise ValidationError(
                translate("Letters", "Case {reference} has several sought persons; say which "
                          "one the letter is about.").format(reference=summary.reference),
                field="person",
            )  # fmt: skip
        return get_person(session, summary.persons[0].id) if summary.persons else None
    person = get_person(session, person_id)
    if person.case_id != case_id:
        raise ValidationError(
            translate("Letters", "Sought person {id} is not in case {reference}.").format(
                id=person_id, reference=summary.reference
            ),
            field="person",
        )
    return person


def _chosen_applicant(session: Session, case_id: int, applicant_id: int | None) -> Relative | None:
    if applicant_id is not None:
        relative = get_relative(session, applicant_id)
        if relative.case_id != case_id:
            raise ValidationError(
                translate("Letters", "Relative {id} is not in this case.").format(id=applicant_id),
                field="applicant",
            )
        return relative
    relatives = _relatives_of_case(session, case_id)
    if len(relatives) > 1:
        raise ValidationError(
            translate("Letters", "The case has several relatives; say on whose behalf the "
                      "letter is written."),
            field="applicant",
        )  # fmt: skip
    return relatives[0] if relatives else None


def _relatives_of_case(session: Session, case_id: int) -> list[Relative]:
    return list(
        session.scalars(select(Relative).where(Relative.case_id == case_id).order_by(Relative.id))
    )


def _applicant(relative: Relative | None) -> Row:
    if relative is None:
        return {}
    relation = (
        relative.relation_note
        if relative.relation is Relation.OTHER and relative.relation_note
        else label(relative.relation)
    )
    return {
        "фамилия": relative.surname,
        "имя": relative.given_name,
        "отчество": relative.patronymic,
        "фио": relative.full_name,
        "адрес": relative.address,
        "родство": relation,
        "телефон": format_phone(relative.phone),
        "почта": relative.email,
        "днк_дата": _day(relative.dna_collected_on),
        "днк_лаборатория": relative.dna_lab,
        "днк_номер": relative.dna_sample_ref,
    }


def _person(person: SoughtPerson | None, line: PersonSummary | None) -> Row:
    if person is None or line is None:
        return {}
    return {
        "фамилия": person.surname,
        "имя": person.given_name,
        "отчество": person.patronymic,
        "фио": line.full_name,
        "дата_рождения": birth_text(line.birth_date),
        "место_рождения": line.birth_place,
        "личный_номер": line.service_number,
        "звание": line.rank,
        "часть": line.unit,
        "должность": line.position,
        "позывной": line.call_sign,
        "связь_дата": _day(line.last_contact_on),
        "связь_место": line.last_contact_place,
        "статус": label(line.official_status),
    }


def _reports(line: PersonSummary | None) -> tuple[Row, ...]:
    if line is None:
        return ()
    return tuple(
        {
            "дата": event_text(report.event),
            "источник": (
                f"{label(report.source_kind)}: {report.source_name}"
                if report.source_name
                else label(report.source_kind)
            ),
            "утверждение": label(report.claim),
            "место": report.place,
            "содержание": report.summary,
            "документ": report.document_ref,
            "получено": day_text(report.received_on),
        }
        for report in sorted(line.reports, key=lambda r: (r.event.earliest, r.id))
        if not report.retracted
    )


def _enclosures(summary: CaseSummary) -> tuple[Row, ...]:
    return tuple(
        {"номер": str(number), "название": item.name, "sha256": item.sha256}
        for number, item in enumerate(summary.evidence, start=1)
    )
