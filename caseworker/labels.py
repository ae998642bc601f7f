"""Human labels for the vocabularies, marked for translation (context "Vocab")."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TypeVar, cast

from caseworker.i18n import QT_TRANSLATE_NOOP, available_languages, source_translations, translate
from caseworker.text import fold
from caseworker.vocab import (
    AddresseeKind,
    AssessedStatus,
    CaseStatus,
    Channel,
    Claim,
    ClaimGroup,
    Confidence,
    Credibility,
    DatePrecision,
    HowObtained,
    InquiryEventKind,
    InquiryFileRole,
    InquiryStatus,
    MediaKind,
    OfficialStatus,
    Relation,
    Reliability,
    SourceKind,
    ToldHow,
    ToldWhat,
)

# Keyed by (enum, member): members of different enums share values ("alive", "killed").
_LABELS: dict[tuple[type[StrEnum], StrEnum], str] = {
    (CaseStatus, CaseStatus.OPEN): QT_TRANSLATE_NOOP("Vocab", "open"),
    (CaseStatus, CaseStatus.LOCATED): QT_TRANSLATE_NOOP("Vocab", "located"),
    (CaseStatus, CaseStatus.CLOSED): QT_TRANSLATE_NOOP("Vocab", "closed"),
    (Claim, Claim.ALIVE): QT_TRANSLATE_NOOP("Vocab", "alive"),
    (Claim, Claim.WOUNDED): QT_TRANSLATE_NOOP("Vocab", "wounded, in hospital"),
    (Claim, Claim.CAPTURED): QT_TRANSLATE_NOOP("Vocab", "captured (prisoner of war)"),
    (Claim, Claim.RELEASED): QT_TRANSLATE_NOOP("Vocab", "released"),
    (Claim, Claim.KILLED): QT_TRANSLATE_NOOP("Vocab", "killed"),
    (Claim, Claim.REMAINS_RECOVERED): QT_TRANSLATE_NOOP("Vocab", "remains recovered"),
    (Claim, Claim.REMAINS_IDENTIFIED): QT_TRANSLATE_NOOP("Vocab", "remains identified"),
    (Claim, Claim.MISSING): QT_TRANSLATE_NOOP("Vocab", "missing"),
    (Claim, Claim.NO_INFORMATION): QT_TRANSLATE_NOOP("Vocab", "no information"),
    (ClaimGroup, ClaimGroup.ALIVE): QT_TRANSLATE_NOOP("Vocab", "alive"),
    (ClaimGroup, ClaimGroup.DEAD): QT_TRANSLATE_NOOP("Vocab", "dead"),
    (ClaimGroup, ClaimGroup.UNKNOWN): QT_TRANSLATE_NOOP("Vocab", "unknown"),
    (ClaimGroup, ClaimGroup.NONE): QT_TRANSLATE_NOOP("Vocab", "asserts nothing"),
    (SourceKind, SourceKind.OFFICIAL): QT_TRANSLATE_NOOP("Vocab", "official"),
    (SourceKind, SourceKind.UNIT): QT_TRANSLATE_NOOP("Vocab", "unit"),
    (SourceKind, SourceKind.COMRADE): QT_TRANSLATE_NOOP("Vocab", "comrade"),
    (SourceKind, SourceKind.OPPOSING_SIDE): QT_TRANSLATE_NOOP("Vocab", "opposing side"),
    (SourceKind, SourceKind.HOSPITAL): QT_TRANSLATE_NOOP("Vocab", "hospital"),
    (SourceKind, SourceKind.RED_CROSS): QT_TRANSLATE_NOOP("Vocab", "Red Cross"),
    (SourceKind, SourceKind.OMBUDSMAN): QT_TRANSLATE_NOOP("Vocab", "ombudsman"),
    (SourceKind, SourceKind.PUBLISHED_LIST): QT_TRANSLATE_NOOP("Vocab", "published list"),
    (SourceKind, SourceKind.MEDIA): QT_TRANSLATE_NOOP("Vocab", "media (video, photo, post)"),
    (SourceKind, SourceKind.FAMILY): QT_TRANSLATE_NOOP("Vocab", "family"),
    (SourceKind, SourceKind.RESEARCH): QT_TRANSLATE_NOOP("Vocab", "research"),
    (SourceKind, SourceKind.OTHER): QT_TRANSLATE_NOOP("Vocab", "other"),
    (Reliability, Reliability.A): QT_TRANSLATE_NOOP("Vocab", "A: completely reliable"),
    (Reliability, Reliability.B): QT_TRANSLATE_NOOP("Vocab", "B: usually reliable"),
    (Reliability, Reliability.C): QT_TRANSLATE_NOOP("Vocab", "C: fairly reliable"),
    (Reliability, Reliability.D): QT_TRANSLATE_NOOP("Vocab", "D: not usually reliable"),
    (Reliability, Reliability.E): QT_TRANSLATE_NOOP("Vocab", "E: unreliable"),
    (Reliability, Reliability.F): QT_TRANSLATE_NOOP("Vocab", "F: reliability cannot be judged"),
    (Credibility, Credibility.CONFIRMED): QT_TRANSLATE_NOOP(
        "Vocab", "1: confirmed by other sources"
    ),
    (Credibility, Credibility.PROBABLY_TRUE): QT_TRANSLATE_NOOP("Vocab", "2: probably true"),
    (Credibility, Credibility.POSSIBLY_TRUE): QT_TRANSLATE_NOOP("Vocab", "3: possibly true"),
    (Credibility, Credibility.DOUBTFUL): QT_TRANSLATE_NOOP("Vocab", "4: doubtful"),
    (Credibility, Credibility.IMPROBABLE): QT_TRANSLATE_NOOP("Vocab", "5: improbable"),
    (Credibility, Credibility.CANNOT_JUDGE): QT_TRANSLATE_NOOP(
        "Vocab", "6: truth cannot be judged"
    ),
    (OfficialStatus, OfficialStatus.NOT_REPORTED): QT_TRANSLATE_NOOP("Vocab", "no official status"),
    (OfficialStatus, OfficialStatus.MISSING): QT_TRANSLATE_NOOP("Vocab", "missing"),
    (OfficialStatus, OfficialStatus.CAPTURED): QT_TRANSLATE_NOOP("Vocab", "captured"),
    (OfficialStatus, OfficialStatus.WOUNDED): QT_TRANSLATE_NOOP("Vocab", "wounded"),
    (OfficialStatus, OfficialStatus.KILLED): QT_TRANSLATE_NOOP("Vocab", "killed"),
    (OfficialStatus, OfficialStatus.ALIVE): QT_TRANSLATE_NOOP("Vocab", "alive"),
    (DatePrecision, DatePrecision.DAY): QT_TRANSLATE_NOOP("Vocab", "exact day"),
    (DatePrecision, DatePrecision.MONTH): QT_TRANSLATE_NOOP("Vocab", "month only"),
    (DatePrecision, DatePrecision.YEAR): QT_TRANSLATE_NOOP("Vocab", "year only"),
    (DatePrecision, DatePrecision.APPROXIMATE): QT_TRANSLATE_NOOP("Vocab", "approximate"),
    (DatePrecision, DatePrecision.RANGE): QT_TRANSLATE_NOOP("Vocab", "period"),
    (Relation, Relation.WIFE): QT_TRANSLATE_NOOP("Vocab", "wife"),
    (Relation, Relation.HUSBAND): QT_TRANSLATE_NOOP("Vocab", "husband"),
    (Relation, Relation.MOTHER): QT_TRANSLATE_NOOP("Vocab", "mother"),
    (Relation, Relation.FATHER): QT_TRANSLATE_NOOP("Vocab", "father"),
    (Relation, Relation.SON): QT_TRANSLATE_NOOP("Vocab", "son"),
    (Relation, Relation.DAUGHTER): QT_TRANSLATE_NOOP("Vocab", "daughter"),
    (Relation, Relation.SISTER): QT_TRANSLATE_NOOP("Vocab", "sister"),
    (Relation, Relation.BROTHER): QT_TRANSLATE_NOOP("Vocab", "brother"),
    (Relation, Relation.GRANDPARENT): QT_TRANSLATE_NOOP("Vocab", "grandparent"),
    (Relation, Relation.OTHER): QT_TRANSLATE_NOOP("Vocab", "other"),
    (InquiryStatus, InquiryStatus.DRAFT): QT_TRANSLATE_NOOP("Vocab", "draft"),
    (InquiryStatus, InquiryStatus.SENT): QT_TRANSLATE_NOOP("Vocab", "sent"),
    (InquiryStatus, InquiryStatus.REGISTERED): QT_TRANSLATE_NOOP("Vocab", "registered"),
    (InquiryStatus, InquiryStatus.EXTENDED): QT_TRANSLATE_NOOP("Vocab", "extended"),
    (InquiryStatus, InquiryStatus.FORWARDED): QT_TRANSLATE_NOOP("Vocab", "forwarded"),
    (InquiryStatus, InquiryStatus.ANSWERED): QT_TRANSLATE_NOOP("Vocab", "answered"),
    (InquiryStatus, InquiryStatus.CLOSED): QT_TRANSLATE_NOOP("Vocab", "closed without an answer"),
    (InquiryEventKind, InquiryEventKind.SENT): QT_TRANSLATE_NOOP("Vocab", "sent"),
    (InquiryEventKind, InquiryEventKind.REGISTERED): QT_TRANSLATE_NOOP("Vocab", "registered"),
    (InquiryEventKind, InquiryEventKind.FORWARDED): QT_TRANSLATE_NOOP("Vocab", "forwarded"),
    (InquiryEventKind, InquiryEventKind.EXTENDED): QT_TRANSLATE_NOOP("Vocab", "extended"),
    (InquiryEventKind, InquiryEventKind.ANSWERED): QT_TRANSLATE_NOOP("Vocab", "answered"),
    (InquiryEventKind, InquiryEventKind.CLOSED_WITHOUT_ANSWER): QT_TRANSLATE_NOOP(
        "Vocab", "closed without an answer"
    ),
    (Channel, Channel.POST): QT_TRANSLATE_NOOP("Vocab", "post"),
    (Channel, Channel.PORTAL): QT_TRANSLATE_NOOP("Vocab", "e-appeal portal"),
    (Channel, Channel.EMAIL): QT_TRANSLATE_NOOP("Vocab", "e-mail"),
    (Channel, Channel.IN_PERSON): QT_TRANSLATE_NOOP("Vocab", "in person"),
    (Channel, Channel.HOTLINE): QT_TRANSLATE_NOOP("Vocab", "hotline"),
    (AddresseeKind, AddresseeKind.COMMISSARIAT): QT_TRANSLATE_NOOP(
        "Vocab", "military commissariat"
    ),
    (AddresseeKind, AddresseeKind.UNIT): QT_TRANSLATE_NOOP("Vocab", "military unit"),
    (AddresseeKind, AddresseeKind.MINISTRY): QT_TRANSLATE_NOOP("Vocab", "Ministry of Defence"),
    (AddresseeKind, AddresseeKind.PROSECUTOR): QT_TRANSLATE_NOOP("Vocab", "prosecutor's office"),
    (AddresseeKind, AddresseeKind.INVESTIGATIVE): QT_TRANSLATE_NOOP(
        "Vocab", "Investigative Committee"
    ),
    (AddresseeKind, AddresseeKind.OMBUDSMAN): QT_TRANSLATE_NOOP(
        "Vocab", "Human Rights Commissioner"
    ),
    (AddresseeKind, AddresseeKind.PRESIDENT): QT_TRANSLATE_NOOP(
        "Vocab", "President's reception office"
    ),
    (AddresseeKind, AddresseeKind.COURT): QT_TRANSLATE_NOOP("Vocab", "court"),
    (AddresseeKind, AddresseeKind.RED_CROSS): QT_TRANSLATE_NOOP("Vocab", "Red Cross society"),
    (AddresseeKind, AddresseeKind.ICRC): QT_TRANSLATE_NOOP("Vocab", "ICRC"),
    (AddresseeKind, AddresseeKind.HOSPITAL): QT_TRANSLATE_NOOP("Vocab", "hospital"),
    (AddresseeKind, AddresseeKind.OTHER_SIDE): QT_TRANSLATE_NOOP("Vocab", "body of the other side"),
    (AddresseeKind, AddresseeKind.OTHER): QT_TRANSLATE_NOOP("Vocab", "other office"),
    (ToldHow, ToldHow.CALL): QT_TRANSLATE_NOOP("Vocab", "call"),
    (ToldHow, ToldHow.MEETING): QT_TRANSLATE_NOOP("Vocab", "meeting"),
    (ToldHow, ToldHow.LETTER): QT_TRANSLATE_NOOP("Vocab", "letter"),
    (ToldHow, ToldHow.MESSAGE): QT_TRANSLATE_NOOP("Vocab", "message"),
    (ToldWhat, ToldWhat.REPORT_RECEIVED): QT_TRANSLATE_NOOP("Vocab", "report received"),
    (ToldWhat, ToldWhat.INQUIRY_SENT): QT_TRANSLATE_NOOP("Vocab", "inquiry sent"),
    (ToldWhat, ToldWhat.ANSWER_RECEIVED): QT_TRANSLATE_NOOP("Vocab", "answer received"),
    (ToldWhat, ToldWhat.ALIVE): QT_TRANSLATE_NOOP("Vocab", "alive"),
    (ToldWhat, ToldWhat.WOUNDED): QT_TRANSLATE_NOOP("Vocab", "wounded or in hospital"),
    (ToldWhat, ToldWhat.CAPTURED): QT_TRANSLATE_NOOP("Vocab", "captured"),
    (ToldWhat, ToldWhat.KILLED): QT_TRANSLATE_NOOP("Vocab", "killed"),
    (ToldWhat, ToldWhat.NO_NEWS): QT_TRANSLATE_NOOP("Vocab", "no news"),
    (InquiryFileRole, InquiryFileRole.LETTER_SENT): QT_TRANSLATE_NOOP(
        "Vocab", "copy of the letter sent"
    ),
    (InquiryFileRole, InquiryFileRole.ANSWER_SCAN): QT_TRANSLATE_NOOP("Vocab", "scanned answer"),
    (AssessedStatus, AssessedStatus.ALIVE): QT_TRANSLATE_NOOP("Vocab", "alive and free"),
    (AssessedStatus, AssessedStatus.WOUNDED): QT_TRANSLATE_NOOP("Vocab", "wounded or in hospital"),
    (AssessedStatus, AssessedStatus.CAPTURED): QT_TRANSLATE_NOOP("Vocab", "captured"),
    (AssessedStatus, AssessedStatus.DEAD): QT_TRANSLATE_NOOP("Vocab", "dead"),
    (AssessedStatus, AssessedStatus.UNKNOWN): QT_TRANSLATE_NOOP("Vocab", "unknown"),
    (Confidence, Confidence.LOW): QT_TRANSLATE_NOOP("Vocab", "low"),
    (Confidence, Confidence.MEDIUM): QT_TRANSLATE_NOOP("Vocab", "medium"),
    (Confidence, Confidence.HIGH): QT_TRANSLATE_NOOP("Vocab", "high"),
    (HowObtained, HowObtained.MESSENGER): QT_TRANSLATE_NOOP("Vocab", "sent by messenger"),
    (HowObtained, HowObtained.EMAIL): QT_TRANSLATE_NOOP("Vocab", "sent by email"),
    (HowObtained, HowObtained.FAMILY_HANDOVER): QT_TRANSLATE_NOOP(
        "Vocab", "handed over by the family"
    ),
    (HowObtained, HowObtained.DOWNLOADED): QT_TRANSLATE_NOOP("Vocab", "downloaded"),
    (HowObtained, HowObtained.SCREENSHOT): QT_TRANSLATE_NOOP("Vocab", "screenshot"),
    (HowObtained, HowObtained.LETTER): QT_TRANSLATE_NOOP("Vocab", "letter received"),
    (MediaKind, MediaKind.IMAGE): QT_TRANSLATE_NOOP("Vocab", "image"),
    (MediaKind, MediaKind.VIDEO): QT_TRANSLATE_NOOP("Vocab", "video"),
    (MediaKind, MediaKind.AUDIO): QT_TRANSLATE_NOOP("Vocab", "audio"),
    (MediaKind, MediaKind.DOCUMENT): QT_TRANSLATE_NOOP("Vocab", "document"),
    (MediaKind, MediaKind.TEXT): QT_TRANSLATE_NOOP("Vocab", "text"),
    (MediaKind, MediaKind.OTHER): QT_TRANSLATE_NOOP("Vocab", "other file"),
}


def label(value: StrEnum) -> str:
    """The user's-language label of a vocabulary value."""
    return translate("Vocab", _LABELS[(type(value), value)])


E = TypeVar("E", bound=StrEnum)


@cache
def labelled(enum: type[StrEnum]) -> bool:
    """Whether the values of ``enum`` have labels here."""
    return any(kind is enum for kind, _ in _LABELS)


@cache
def _words(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """Every way of writing a value of ``enum`` that the table below knows, folded: its coded
    value (with spaces for underscores) and its label in English and in each translation.

    A word two values share is left out: it says neither, and the cleaner then refuses it.
    """
    translations = [source_translations(language) for language in available_languages()]
    found: dict[str, set[StrEnum]] = {}
    for member in enum:
        words = {member.value, member.value.replace("_", " ")}
        english = _LABELS.get((enum, member))
        if english is not None:
            words.add(english)
            words.update(table.get(("Vocab", english), english) for table in translations)
        for word in words:
            found.setdefault(fold(word), set()).add(member)
    return {word: members.pop() for word, members in found.items() if len(members) == 1}


@cache
def _exact_words(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """The words of :func:`_words` as they are written, unfolded: what an export wrote."""
    translations = [source_translations(language) for language in available_languages()]
    exact: dict[str, StrEnum] = {}
    for member in enum:
        english = _LABELS.get((enum, member))
        labels = [english, *(t.get(("Vocab", english)) for t in translations)] if english else []
        for word in (member.value, *labels):
            if word is not None and _words(enum).get(fold(word)) is member:
                exact[word] = member
    return exact


def from_text(enum: type[E], text: str) -> E | None:
    """The value of ``enum`` that ``text`` names, or None: its coded value or its label in
    English or in a translation, in any letter case, ё as е, spaces as typed.

    Admiralty grades may also be written by their letter or digit with any words after a
    colon ("B: usually reliable", "B: обычно надёжен").
    """
    member = _exact_words(enum).get(text)  # the usual case, as exported: no folding
    if member is not None:
        return cast(E, member)
    folded = fold(text)
    words = _words(enum)
    member = words.get(folded)
    if member is None and labelled(enum):
        # The installed translator may be another than the translation sources (a test's).
        member = next((m for m in enum if fold(label(m)) == folded), None)
    if member is None and ":" in folded:
        code = folded.partition(":")[0].strip()
        candidate = words.get(code)
        english = _LABELS.get((enum, candidate)) if candidate is not None else None
        if english is not None and fold(english).startswith(code + ":"):
            member = candidate
    return cast(E, member)


def short_grade(reliability: Reliability, credibility: Credibility) -> str:
    """The Admiralty grade as analysts write it: B2."""
    return f"{reliability.value}{credibility.value}"
