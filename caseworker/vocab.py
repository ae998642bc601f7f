"""The fixed vocabularies of docs/WORDS-AND-RULES.md: claims, source kinds, grades and statuses."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    LOCATED = "located"
    CLOSED = "closed"


class ClaimGroup(StrEnum):
    ALIVE = "alive"
    DEAD = "dead"
    UNKNOWN = "unknown"
    NONE = "none"


class Claim(StrEnum):
    ALIVE = "alive"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    RELEASED = "released"
    KILLED = "killed"
    REMAINS_RECOVERED = "remains_recovered"
    REMAINS_IDENTIFIED = "remains_identified"
    MISSING = "missing"
    NO_INFORMATION = "no_information"

    @property
    def group(self) -> ClaimGroup:
        return CLAIM_GROUPS[self]


CLAIM_GROUPS: dict[Claim, ClaimGroup] = {
    Claim.ALIVE: ClaimGroup.ALIVE,
    Claim.WOUNDED: ClaimGroup.ALIVE,
    Claim.CAPTURED: ClaimGroup.ALIVE,
    Claim.RELEASED: ClaimGroup.ALIVE,
    Claim.KILLED: ClaimGroup.DEAD,
    Claim.REMAINS_RECOVERED: ClaimGroup.DEAD,
    Claim.REMAINS_IDENTIFIED: ClaimGroup.DEAD,
    Claim.MISSING: ClaimGroup.UNKNOWN,
    Claim.NO_INFORMATION: ClaimGroup.NONE,
}


class SourceKind(StrEnum):
    OFFICIAL = "official"
    UNIT = "unit"
    COMRADE = "comrade"
    OPPOSING_SIDE = "opposing_side"
    HOSPITAL = "hospital"
    RED_CROSS = "red_cross"
    OMBUDSMAN = "ombudsman"
    PUBLISHED_LIST = "published_list"
    MEDIA = "media"
    FAMILY = "family"
    RESEARCH = "research"
    OTHER = "other"


class Reliability(StrEnum):
    """Admiralty code: how reliable the source is, judged on its own."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"


class Credibility(StrEnum):
    """Admiralty code: how credible the information is, judged on its own."""

    CONFIRMED = "1"
    PROBABLY_TRUE = "2"
    POSSIBLY_TRUE = "3"
    DOUBTFUL = "4"
    IMPROBABLE = "5"
    CANNOT_JUDGE = "6"


class OfficialStatus(StrEnum):
    """What the authorities officially say about a sought person."""

    NOT_REPORTED = "not_reported"
    MISSING = "missing"
    CAPTURED = "captured"
    WOUNDED = "wounded"
    KILLED = "killed"
    ALIVE = "alive"


class DatePrecision(StrEnum):
    """How exactly an event date is known; the interval is stored either way."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"
    RANGE = "range"


class Relation(StrEnum):
    WIFE = "wife"
    HUSBAND = "husband"
    MOTHER = "mother"
    FATHER = "father"
    SON = "son"
    DAUGHTER = "daughter"
    SISTER = "sister"
    BROTHER = "brother"
    GRANDPARENT = "grandparent"
    OTHER = "other"


class InquiryStatus(StrEnum):
    """Where an inquiry's course stands; its events (:class:`InquiryEventKind`) are the record."""

    DRAFT = "draft"
    SENT = "sent"
    REGISTERED = "registered"
    EXTENDED = "extended"
    FORWARDED = "forwarded"
    ANSWERED = "answered"
    CLOSED = "closed"  # closed without an answer


#: Statuses in which an inquiry still waits for an answer.
WAITING_STATUSES = frozenset({InquiryStatus.SENT, InquiryStatus.REGISTERED, InquiryStatus.EXTENDED})
#: Statuses that end an inquiry's course.
ENDED_STATUSES = frozenset({InquiryStatus.ANSWERED, InquiryStatus.CLOSED, InquiryStatus.FORWARDED})


class InquiryEventKind(StrEnum):
    """One dated step of an inquiry's course; stored, so the values never change."""

    SENT = "sent"
    REGISTERED = "registered"
    FORWARDED = "forwarded"
    EXTENDED = "extended"
    ANSWERED = "answered"
    CLOSED_WITHOUT_ANSWER = "closed_without_answer"


class Channel(StrEnum):
    """How an inquiry was sent."""

    POST = "post"
    PORTAL = "portal"
    EMAIL = "email"
    IN_PERSON = "in_person"
    HOTLINE = "hotline"


class AddresseeKind(StrEnum):
    """What kind of office an addressee is; each kind has a default deadline rule."""

    COMMISSARIAT = "commissariat"
    UNIT = "unit"
    MINISTRY = "ministry"
    PROSECUTOR = "prosecutor"
    INVESTIGATIVE = "investigative"
    OMBUDSMAN = "ombudsman"  # federal or regional: ``Addressee.regional``
    PRESIDENT = "president"
    COURT = "court"
    RED_CROSS = "red_cross"
    ICRC = "icrc"
    HOSPITAL = "hospital"
    OTHER_SIDE = "other_side"
    OTHER = "other"


class ToldHow(StrEnum):
    """How a family was told something (the family log)."""

    CALL = "call"
    MEETING = "meeting"
    LETTER = "letter"
    MESSAGE = "message"


class ToldWhat(StrEnum):
    """What a family was told (the family log), a fixed list."""

    REPORT_RECEIVED = "report_received"
    INQUIRY_SENT = "inquiry_sent"
    ANSWER_RECEIVED = "answer_received"
    ALIVE = "alive"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    KILLED = "killed"
    NO_NEWS = "no_news"


class InquiryFileRole(StrEnum):
    """What an evidence file is to an inquiry; stored, so the values never change."""

    LETTER_SENT = "letter_sent"  # the copy of the letter as it was sent
    ANSWER_SCAN = "answer_scan"  # the addressee's answer, scanned or photographed


class AssessedStatus(StrEnum):
    ALIVE = "alive"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    DEAD = "dead"
    UNKNOWN = "unknown"


class Confidence(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class HowObtained(StrEnum):
    """How an evidence file reached us."""

    MESSENGER = "messenger"
    EMAIL = "email"
    FAMILY_HANDOVER = "family_handover"
    DOWNLOADED = "downloaded"
    SCREENSHOT = "screenshot"
    LETTER = "letter"


class MediaKind(StrEnum):
    """What an evidence file is, broadly, for filtering the evidence panel."""

    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    TEXT = "text"
    OTHER = "other"


class ContradictionRule(StrEnum):
    """The rules of the timeline analysis (:mod:`caseworker.timeline.contradictions`).

    Stored in explanations, so the values never change.
    """

    ALIVE_AFTER_DEATH = "alive_after_death"
    SAME_TIME_CONFLICT = "same_time_conflict"
    OFFICIAL_BEHIND = "official_behind"
    # No longer a contradiction but a reminder (:func:`caseworker.timeline.find_reminder`);
    # the value stays because explanations stored by earlier versions may name it.
    STALE = "stale"


class Severity(StrEnum):
    """How serious a contradiction is."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
