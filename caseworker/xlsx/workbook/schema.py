"""The workbook's sheets and columns, declared once for the export, the reader and the import.

Sheet names and column headers are declared here in English, marked for translation: they
are each sheet's and column's identity in the program, and the export writes them in the
user's language (:mod:`caseworker.xlsx.workbook.language`). The reader recognises them in
English and in every translation, so that a workbook exported by a Russian desk imports on
an English one. The "Read me" sheet explains them in the user's language, from the descriptions
declared here.
"""

from __future__ import annotations

from enum import StrEnum

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.vocab import (
    CaseStatus,
    Channel,
    Claim,
    ContradictionRule,
    Credibility,
    HowObtained,
    InquiryStatus,
    OfficialStatus,
    Relation,
    Reliability,
    Severity,
    SourceKind,
    ToldHow,
    ToldWhat,
)
from caseworker.xlsx.workbook.columns import (
    Column,
    Kind,
    Limits,
    Sheet,
    checked_fields,
    checksum_column,
    choice_column,
    date_column,
    key_column,
    read_only,
    text_column,
    version_column,
)

__all__ = ["Column", "Kind", "Limits", "Sheet", "checked_fields"]

_CASE_REF = text_column(
    QT_TRANSLATE_NOOP("XlsxColumn", "Case reference"),
    "case_reference",
    QT_TRANSLATE_NOOP("Xlsx", "The case this row belongs to, e.g. 2026-0042."),
    14,
)
_NOTES = Column(
    QT_TRANSLATE_NOOP("XlsxColumn", "Notes"),
    "notes",
    Kind.TEXT,
    QT_TRANSLATE_NOOP("Xlsx", "Free notes."),
    40,
)

CASES = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Cases"),
    QT_TRANSLATE_NOOP(
        "Xlsx",
        "One row per case (a family's request). A new case may carry a reference of "
        "your own, such as NEW-1, for the other sheets to point at; it gets a real one on import.",
    ),
    (
        key_column(),
        version_column(),
        checksum_column(),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Reference"),
            "reference",
            QT_TRANSLATE_NOOP("Xlsx", "The case reference; fixed once given."),
            12,
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Family"),
            "family_name",
            QT_TRANSLATE_NOOP("Xlsx", "The family, e.g. Шумовы. Required."),
            22,
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Region"),
            "region",
            QT_TRANSLATE_NOOP("Xlsx", "The family's region."),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Status"),
            "status",
            CaseStatus,
            QT_TRANSLATE_NOOP("Xlsx", "open, located or closed."),
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Assigned to"),
            "assigned_to",
            QT_TRANSLATE_NOOP("Xlsx", "The caseworker in charge."),
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Next action"),
            "next_action",
            QT_TRANSLATE_NOOP("Xlsx", "What is to be done next."),
            28,
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Next action due"),
            "next_action_due",
            QT_TRANSLATE_NOOP("Xlsx", "When the next action is due."),
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Opened on"),
            "opened_on",
            QT_TRANSLATE_NOOP("Xlsx", "When the case was opened."),
        ),
        _NOTES,
        read_only(
            text_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Sought persons"),
                "persons_label",
                QT_TRANSLATE_NOOP("Xlsx", "For reading."),
                28,
            )
        ),
        read_only(
            date_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Last report"),
                "last_report_on",
                QT_TRANSLATE_NOOP("Xlsx", "For reading."),
            )
        ),
    ),
)

RELATIVES = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Relatives"),
    QT_TRANSLATE_NOOP(
        "Xlsx", "Family members in contact with us, with their consent and DNA samples."
    ),
    (
        key_column(),
        version_column(),
        checksum_column(),
        _CASE_REF,
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Surname"),
            "surname",
            QT_TRANSLATE_NOOP("Xlsx", "Required."),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Given name"), "given_name", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Patronymic"), "patronymic", ""),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Relation"),
            "relation",
            Relation,
            QT_TRANSLATE_NOOP("Xlsx", "Relation to the sought person."),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Relation note"), "relation_note", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Phone"), "phone", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Email"), "email", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Address"), "address", "", 28),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Consent on"),
            "consent_on",
            QT_TRANSLATE_NOOP("Xlsx", "When consent to process data was given."),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Consent scope"), "consent_scope", ""),
        date_column(QT_TRANSLATE_NOOP("XlsxColumn", "DNA collected on"), "dna_collected_on", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "DNA lab"), "dna_lab", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "DNA sample ref"), "dna_sample_ref", ""),
        _NOTES,
    ),
)

PERSONS = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Persons"),
    QT_TRANSLATE_NOOP("Xlsx", "The sought persons, one row each."),
    (
        key_column(),
        version_column(),
        checksum_column(),
        _CASE_REF,
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Surname"),
            "surname",
            QT_TRANSLATE_NOOP("Xlsx", "Required."),
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Given name"),
            "given_name",
            QT_TRANSLATE_NOOP("Xlsx", "Required."),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Patronymic"), "patronymic", ""),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Name variants"),
            "name_variants",
            QT_TRANSLATE_NOOP("Xlsx", "Other spellings, e.g. in Latin."),
        ),
        Column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Born on"),
            "birth_date",
            Kind.EVENT,
            QT_TRANSLATE_NOOP(
                "Xlsx", "The day, or only the month (03.1992) or the year (1992) if that is all."
            ),
            12,
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Birth place"), "birth_place", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Service number"), "service_number", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Rank"), "rank", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Unit"), "unit", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Position"), "position", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Call sign"), "call_sign", ""),
        date_column(QT_TRANSLATE_NOOP("XlsxColumn", "Last contact on"), "last_contact_on", ""),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Last contact place"), "last_contact_place", ""
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Last contact channel"), "last_contact_channel", ""
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Official status"),
            "official_status",
            OfficialStatus,
            QT_TRANSLATE_NOOP("Xlsx", "What the authorities officially say."),
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Official status on"), "official_status_on", ""
        ),
        _NOTES,
    ),
)

REPORTS = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Reports"),
    QT_TRANSLATE_NOOP(
        "Xlsx",
        "Reports about the sought persons. Add a row (without key) for each new report; "
        "a report is never deleted here: retract it in the program.",
    ),
    (
        key_column(),
        version_column(),
        checksum_column(),
        _CASE_REF,
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Person"),
            "person",
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "The sought person's full name, as on the Persons "
                "sheet; may stay empty when the case has one person.",
            ),
            26,
        ),
        Column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Person key"),
            "person_key",
            Kind.KEY,
            QT_TRANSLATE_NOOP("Xlsx", "Hidden key of the person."),
            38,
            None,
            True,
            True,
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Claim"),
            "claim",
            Claim,
            QT_TRANSLATE_NOOP("Xlsx", "What the report claims. Required; fixed once saved."),
        ),
        Column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Event date"),
            "event",
            Kind.EVENT,
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "When it happened: a day, a month "
                "(2026-04), about a day (~2026-04-02) or a period (2026-04-02..2026-04-10).",
            ),
            14,
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Stated on"),
            "stated_on",
            QT_TRANSLATE_NOOP("Xlsx", "When the source said it."),
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Received on"),
            "received_on",
            QT_TRANSLATE_NOOP("Xlsx", "When we received it."),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Source kind"),
            "source_kind",
            SourceKind,
            QT_TRANSLATE_NOOP("Xlsx", "Required."),
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Source"),
            "source_name",
            QT_TRANSLATE_NOOP("Xlsx", "Who exactly said it."),
            24,
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Source contact"), "source_contact", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Document ref"), "document_ref", ""),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Reliability"),
            "reliability",
            Reliability,
            QT_TRANSLATE_NOOP(
                "Xlsx", "Source reliability A (completely reliable) to F (cannot be judged)."
            ),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Credibility"),
            "credibility",
            Credibility,
            QT_TRANSLATE_NOOP(
                "Xlsx", "Information credibility 1 (confirmed) to 6 (cannot be judged)."
            ),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Place"), "place", "", 20),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Summary"), "summary", "", 40),
        read_only(
            text_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Entered by"),
                "entered_by",
                QT_TRANSLATE_NOOP("Xlsx", "For reading."),
            )
        ),
        read_only(
            Column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Retracted at"),
                "retracted_at",
                Kind.MOMENT,
                QT_TRANSLATE_NOOP("Xlsx", "For reading."),
                18,
            )
        ),
        read_only(
            text_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Retraction reason"),
                "retraction_reason",
                QT_TRANSLATE_NOOP("Xlsx", "For reading."),
            )
        ),
        read_only(
            Column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Derived from"),
                "derived_from_key",
                Kind.KEY,
                QT_TRANSLATE_NOOP("Xlsx", "Hidden key of the report this one relays."),
                38,
                hidden=True,
            )
        ),
    ),
)

_FOR_READING = QT_TRANSLATE_NOOP("Xlsx", "For reading: changes on this sheet are not imported.")

INQUIRIES = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Inquiries"),
    QT_TRANSLATE_NOOP(
        "Xlsx",
        "Inquiries to offices and their course. Add a row (without key) for a new inquiry; "
        "on an inquiry's row fill in what happened since: the sent day, the registration, "
        "the answer (with its claim it becomes a report, as in the program), or the status "
        "closed with its reason. A recorded step is never changed or taken back here; "
        "extensions and forwardings are recorded in the program.",
    ),
    (
        key_column(),
        version_column(),
        checksum_column(),
        _CASE_REF,
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Addressee"),
            "addressee",
            QT_TRANSLATE_NOOP(
                "Xlsx", "The office, by its name in the program's directory. Required."
            ),
            26,
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Sought person"),
            "person",
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "The sought person the inquiry is about, by full name as on the Persons "
                "sheet; may stay empty.",
            ),
            26,
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Applicant"),
            "applicant",
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "The relative on whose behalf it is written, by full name as on the Relatives "
                "sheet; empty: on behalf of the organisation.",
            ),
            24,
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Channel"),
            "channel",
            Channel,
            QT_TRANSLATE_NOOP("Xlsx", "How it was sent; post when empty."),
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Sent on"),
            "sent_on",
            QT_TRANSLATE_NOOP("Xlsx", "Empty while it is a draft."),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Our reference"), "our_reference", ""),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Their reference"),
            "their_reference",
            QT_TRANSLATE_NOOP("Xlsx", "The office's registration number."),
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Registered on"),
            "registered_on",
            QT_TRANSLATE_NOOP("Xlsx", "When the office registered it."),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Status"),
            "status",
            InquiryStatus,
            QT_TRANSLATE_NOOP(
                "Xlsx", "Where its course stands; closed (with a reason) closes it unanswered."
            ),
        ),
        date_column(QT_TRANSLATE_NOOP("XlsxColumn", "Answered on"), "answered_on", ""),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Answer"), "answer", "", 40),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Claim"),
            "claim",
            Claim,
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "What the answer says happened to the person: with it the answer becomes a "
                "report on the timeline, the addressee as its source. Empty: no report.",
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Event date"),
            "event",
            Kind.EVENT,
            QT_TRANSLATE_NOOP(
                "Xlsx", "When it happened, as the answer says; the answer's day when empty."
            ),
            14,
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Reliability"),
            "reliability",
            Reliability,
            QT_TRANSLATE_NOOP("Xlsx", "The report's source reliability A-F, with a claim."),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Credibility"),
            "credibility",
            Credibility,
            QT_TRANSLATE_NOOP("Xlsx", "The report's information credibility 1-6, with a claim."),
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Reason for closing"),
            "close_reason",
            QT_TRANSLATE_NOOP("Xlsx", "Why it was closed without an answer."),
            28,
        ),
        _NOTES,
    ),
)

FAMILY_LOG = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Family log"),
    QT_TRANSLATE_NOOP(
        "Xlsx",
        "What each relative was told, when, how and by whom. Add a row (without key) for "
        "each new entry; entries are never changed. Telling of a death needs a credible "
        "basis in the reports, or a written override reason.",
    ),
    (
        key_column(),
        checksum_column(),
        _CASE_REF,
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Relative"),
            "relative",
            QT_TRANSLATE_NOOP(
                "Xlsx", "The relative who was told, by full name as on the Relatives sheet."
            ),
            24,
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Sought person"),
            "person",
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Whom the news was about, by full name as on the Persons sheet; needed for a "
                "death when the case has several.",
            ),
            26,
        ),
        date_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Told on"),
            "told_on",
            QT_TRANSLATE_NOOP("Xlsx", "Required."),
        ),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Told by"),
            "told_by",
            QT_TRANSLATE_NOOP("Xlsx", "Who told them. Required."),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "How"),
            "how",
            ToldHow,
            QT_TRANSLATE_NOOP("Xlsx", "A call when empty."),
        ),
        choice_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "What"),
            "what",
            ToldWhat,
            QT_TRANSLATE_NOOP("Xlsx", "What they were told. Required."),
        ),
        text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Note"), "note", "", 40),
        text_column(
            QT_TRANSLATE_NOOP("XlsxColumn", "Override reason"),
            "override_reason",
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "Telling of a death without a credible basis: the caseworker's written reason.",
            ),
            30,
        ),
    ),
)

EVIDENCE = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Evidence"),
    _FOR_READING,
    tuple(
        read_only(c)
        for c in (
            key_column(),
            version_column(),
            _CASE_REF,
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "File name"), "original_name", "", 28),
            Column(
                QT_TRANSLATE_NOOP("XlsxColumn", "SHA-256"),
                "sha256",
                Kind.TEXT,
                QT_TRANSLATE_NOOP("Xlsx", "The file's fingerprint."),
                66,
            ),
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Media type"), "media_type", ""),
            Column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Size"),
                "size",
                Kind.NUMBER,
                QT_TRANSLATE_NOOP("Xlsx", "Bytes."),
                12,
            ),
            choice_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "How obtained"), "how_obtained", HowObtained, ""
            ),
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Source URL"), "source_url", "", 30),
            Column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Captured at"), "captured_at", Kind.MOMENT, "", 18
            ),
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Added by"), "added_by", ""),
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Description"), "description", "", 40),
            text_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Graphic"),
                "graphic",
                QT_TRANSLATE_NOOP("Xlsx", "yes when the content is distressing."),
                8,
            ),
            Column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Removed at"), "removed_at", Kind.MOMENT, "", 18
            ),
        )
    ),
    importable=False,
)

CONTRADICTIONS = Sheet(
    QT_TRANSLATE_NOOP("XlsxSheet", "Contradictions"),
    _FOR_READING,
    tuple(
        read_only(c)
        for c in (
            _CASE_REF,
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Person"), "person", "", 26),
            choice_column(QT_TRANSLATE_NOOP("XlsxColumn", "Rule"), "rule", ContradictionRule, ""),
            choice_column(QT_TRANSLATE_NOOP("XlsxColumn", "Severity"), "severity", Severity, ""),
            text_column(QT_TRANSLATE_NOOP("XlsxColumn", "Explanation"), "explanation", "", 60),
            text_column(
                QT_TRANSLATE_NOOP("XlsxColumn", "Explained"),
                "explained",
                QT_TRANSLATE_NOOP("Xlsx", "The caseworker's note, when explained."),
                30,
            ),
        )
    ),
    importable=False,
    keyed=False,
)

DATA_SHEETS: tuple[Sheet, ...] = (
    CASES, RELATIVES, PERSONS, REPORTS, INQUIRIES, FAMILY_LOG, EVIDENCE,
)  # fmt: skip
ALL_SHEETS: tuple[Sheet, ...] = (*DATA_SHEETS, CONTRADICTIONS)
IMPORTED_SHEETS: tuple[Sheet, ...] = tuple(s for s in ALL_SHEETS if s.importable)
# Sheets importable since workbooks were first exported: a workbook without them imports,
# and one with the Inquiries sheet of before, for reading only, imports without it.
ADDED_LATER = frozenset({INQUIRIES.name, FAMILY_LOG.name})
# Sheets as they were importable before columns were added to them: a workbook exported
# then imports, the columns it lacks taken as left as the program has them.
IMPORTABLE_BEFORE: dict[str, tuple[str, ...]] = {
    INQUIRIES.name: tuple(
        column.header
        for column in INQUIRIES.columns
        if column.field not in ("claim", "event", "reliability", "credibility")
    ),
}
READ_ONLY_BEFORE: dict[str, tuple[str, ...]] = {
    INQUIRIES.name: (
        "Key", "Version", "Case reference", "Addressee", "Status", "Sent on", "Our reference",
        "Their reference", "Answered on", "Answer", "Notes",
    ),
}  # fmt: skip
README_SHEET = QT_TRANSLATE_NOOP("XlsxSheet", "Read me")
LISTS_SHEET = QT_TRANSLATE_NOOP("XlsxSheet", "Lists")
SHEET_NAMES: tuple[str, ...] = (README_SHEET, *(s.name for s in ALL_SHEETS), LISTS_SHEET)
# Every enumeration with a dropdown, one column each on the hidden Lists sheet, in this order.
LIST_ENUMS: tuple[type[StrEnum], ...] = tuple(
    dict.fromkeys(c.enum for s in ALL_SHEETS for c in s.columns if c.enum is not None)
)
# After the enumerations, the Lists sheet holds the keys of the exported cases, so that the
# import can tell which rows were deleted from the workbook.
EXPORTED_CASES_HEADER = "Exported cases"
TEMPLATE_KEYWORD = "caseworker:template"
EXPORT_KEYWORD = "caseworker:export"
