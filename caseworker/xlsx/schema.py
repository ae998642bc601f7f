"""The workbook's sheets and columns, declared once for the export, the reader and the import.

Sheet names and column headers are fixed English words, never translated: a workbook
exported by a Russian desk must import on an English one. The "Read me" sheet explains them
in the user's language, from the descriptions declared here.
"""

from __future__ import annotations

from enum import StrEnum

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.timeline.contradictions import ContradictionRule, Severity
from caseworker.vocab import (
    CaseStatus,
    Claim,
    Credibility,
    InquiryStatus,
    OfficialStatus,
    Relation,
    Reliability,
    SourceKind,
)
from caseworker.xlsx.columns import (
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
    "Case reference",
    "case_reference",
    QT_TRANSLATE_NOOP("Xlsx", "The case this row belongs to, e.g. 2026-0042."),
    14,
)
_NOTES = Column("Notes", "notes", Kind.TEXT, QT_TRANSLATE_NOOP("Xlsx", "Free notes."), 40)

CASES = Sheet(
    "Cases",
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
            "Reference",
            "reference",
            QT_TRANSLATE_NOOP("Xlsx", "The case reference; fixed once given."),
            12,
        ),
        text_column(
            "Family",
            "family_name",
            QT_TRANSLATE_NOOP("Xlsx", "The family, e.g. Шумовы. Required."),
            22,
        ),
        text_column("Region", "region", QT_TRANSLATE_NOOP("Xlsx", "The family's region.")),
        choice_column(
            "Status", "status", CaseStatus, QT_TRANSLATE_NOOP("Xlsx", "open, located or closed.")
        ),
        text_column(
            "Assigned to", "assigned_to", QT_TRANSLATE_NOOP("Xlsx", "The caseworker in charge.")
        ),
        text_column(
            "Next action", "next_action", QT_TRANSLATE_NOOP("Xlsx", "What is to be done next."), 28
        ),
        date_column(
            "Next action due",
            "next_action_due",
            QT_TRANSLATE_NOOP("Xlsx", "When the next action is due."),
        ),
        date_column(
            "Opened on", "opened_on", QT_TRANSLATE_NOOP("Xlsx", "When the case was opened.")
        ),
        _NOTES,
        read_only(
            text_column(
                "Sought persons", "persons_label", QT_TRANSLATE_NOOP("Xlsx", "For reading."), 28
            )
        ),
        read_only(
            date_column("Last report", "last_report_on", QT_TRANSLATE_NOOP("Xlsx", "For reading."))
        ),
    ),
)

RELATIVES = Sheet(
    "Relatives",
    QT_TRANSLATE_NOOP(
        "Xlsx", "Family members in contact with us, with their consent and DNA samples."
    ),
    (
        key_column(),
        version_column(),
        checksum_column(),
        _CASE_REF,
        text_column("Surname", "surname", QT_TRANSLATE_NOOP("Xlsx", "Required.")),
        text_column("Given name", "given_name", ""),
        text_column("Patronymic", "patronymic", ""),
        choice_column(
            "Relation",
            "relation",
            Relation,
            QT_TRANSLATE_NOOP("Xlsx", "Relation to the sought person."),
        ),
        text_column("Relation note", "relation_note", ""),
        text_column("Phone", "phone", ""),
        text_column("Email", "email", ""),
        text_column("Address", "address", "", 28),
        date_column(
            "Consent on",
            "consent_on",
            QT_TRANSLATE_NOOP("Xlsx", "When consent to process data was given."),
        ),
        text_column("Consent scope", "consent_scope", ""),
        date_column("DNA collected on", "dna_collected_on", ""),
        text_column("DNA lab", "dna_lab", ""),
        text_column("DNA sample ref", "dna_sample_ref", ""),
        _NOTES,
    ),
)

PERSONS = Sheet(
    "Persons",
    QT_TRANSLATE_NOOP("Xlsx", "The sought persons, one row each."),
    (
        key_column(),
        version_column(),
        checksum_column(),
        _CASE_REF,
        text_column("Surname", "surname", QT_TRANSLATE_NOOP("Xlsx", "Required.")),
        text_column("Given name", "given_name", QT_TRANSLATE_NOOP("Xlsx", "Required.")),
        text_column("Patronymic", "patronymic", ""),
        text_column(
            "Name variants",
            "name_variants",
            QT_TRANSLATE_NOOP("Xlsx", "Other spellings, e.g. in Latin."),
        ),
        Column(
            "Born on",
            "birth_date",
            Kind.EVENT,
            QT_TRANSLATE_NOOP(
                "Xlsx", "The day, or only the month (03.1992) or the year (1992) if that is all."
            ),
            12,
        ),
        text_column("Birth place", "birth_place", ""),
        text_column("Service number", "service_number", ""),
        text_column("Rank", "rank", ""),
        text_column("Unit", "unit", ""),
        text_column("Position", "position", ""),
        text_column("Call sign", "call_sign", ""),
        date_column("Last contact on", "last_contact_on", ""),
        text_column("Last contact place", "last_contact_place", ""),
        text_column("Last contact channel", "last_contact_channel", ""),
        choice_column(
            "Official status",
            "official_status",
            OfficialStatus,
            QT_TRANSLATE_NOOP("Xlsx", "What the authorities officially say."),
        ),
        date_column("Official status on", "official_status_on", ""),
        _NOTES,
    ),
)

REPORTS = Sheet(
    "Reports",
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
            "Person",
            "person",
            QT_TRANSLATE_NOOP(
                "Xlsx",
                "The sought person's full name, as on the Persons "
                "sheet; may stay empty when the case has one person.",
            ),
            26,
        ),
        Column(
            "Person key",
            "person_key",
            Kind.KEY,
            QT_TRANSLATE_NOOP("Xlsx", "Hidden key of the person."),
            38,
            None,
            True,
            True,
        ),
        choice_column(
            "Claim",
            "claim",
            Claim,
            QT_TRANSLATE_NOOP("Xlsx", "What the report claims. Required; fixed once saved."),
        ),
        Column(
            "Event date",
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
            "Stated on", "stated_on", QT_TRANSLATE_NOOP("Xlsx", "When the source said it.")
        ),
        date_column(
            "Received on", "received_on", QT_TRANSLATE_NOOP("Xlsx", "When we received it.")
        ),
        choice_column(
            "Source kind", "source_kind", SourceKind, QT_TRANSLATE_NOOP("Xlsx", "Required.")
        ),
        text_column("Source", "source_name", QT_TRANSLATE_NOOP("Xlsx", "Who exactly said it."), 24),
        text_column("Source contact", "source_contact", ""),
        text_column("Document ref", "document_ref", ""),
        choice_column(
            "Reliability",
            "reliability",
            Reliability,
            QT_TRANSLATE_NOOP(
                "Xlsx", "Source reliability A (completely reliable) to F (cannot be judged)."
            ),
        ),
        choice_column(
            "Credibility",
            "credibility",
            Credibility,
            QT_TRANSLATE_NOOP(
                "Xlsx", "Information credibility 1 (confirmed) to 6 (cannot be judged)."
            ),
        ),
        text_column("Place", "place", "", 20),
        text_column("Summary", "summary", "", 40),
        read_only(
            text_column("Entered by", "entered_by", QT_TRANSLATE_NOOP("Xlsx", "For reading."))
        ),
        read_only(
            Column(
                "Retracted at",
                "retracted_at",
                Kind.MOMENT,
                QT_TRANSLATE_NOOP("Xlsx", "For reading."),
                18,
            )
        ),
        read_only(
            text_column(
                "Retraction reason", "retraction_reason", QT_TRANSLATE_NOOP("Xlsx", "For reading.")
            )
        ),
        read_only(
            Column(
                "Derived from",
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
    "Inquiries",
    _FOR_READING,
    tuple(
        read_only(c)
        for c in (
            key_column(),
            version_column(),
            _CASE_REF,
            text_column("Addressee", "addressee", "", 26),
            choice_column("Status", "status", InquiryStatus, ""),
            date_column("Sent on", "sent_on", ""),
            text_column("Our reference", "our_reference", ""),
            text_column("Their reference", "their_reference", ""),
            date_column("Response due", "response_due", ""),
            date_column("Answered on", "answered_on", ""),
            text_column("Answer", "answer", "", 40),
            _NOTES,
        )
    ),
    importable=False,
)

EVIDENCE = Sheet(
    "Evidence",
    _FOR_READING,
    tuple(
        read_only(c)
        for c in (
            key_column(),
            version_column(),
            _CASE_REF,
            text_column("File name", "original_name", "", 28),
            Column(
                "SHA-256",
                "sha256",
                Kind.TEXT,
                QT_TRANSLATE_NOOP("Xlsx", "The file's fingerprint."),
                66,
            ),
            text_column("Media type", "media_type", ""),
            Column("Size", "size", Kind.NUMBER, QT_TRANSLATE_NOOP("Xlsx", "Bytes."), 12),
            text_column("How obtained", "how_obtained", ""),
            text_column("Source URL", "source_url", "", 30),
            Column("Captured at", "captured_at", Kind.MOMENT, "", 18),
            text_column("Added by", "added_by", ""),
            text_column("Description", "description", "", 40),
            text_column(
                "Graphic",
                "graphic",
                QT_TRANSLATE_NOOP("Xlsx", "yes when the content is distressing."),
                8,
            ),
            Column("Removed at", "removed_at", Kind.MOMENT, "", 18),
        )
    ),
    importable=False,
)

CONTRADICTIONS = Sheet(
    "Contradictions",
    _FOR_READING,
    tuple(
        read_only(c)
        for c in (
            _CASE_REF,
            text_column("Person", "person", "", 26),
            choice_column("Rule", "rule", ContradictionRule, ""),
            choice_column("Severity", "severity", Severity, ""),
            text_column("Explanation", "explanation", "", 60),
            text_column(
                "Explained",
                "explained",
                QT_TRANSLATE_NOOP("Xlsx", "The caseworker's note, when explained."),
                30,
            ),
        )
    ),
    importable=False,
    keyed=False,
)

DATA_SHEETS: tuple[Sheet, ...] = (CASES, RELATIVES, PERSONS, REPORTS, INQUIRIES, EVIDENCE)
ALL_SHEETS: tuple[Sheet, ...] = (*DATA_SHEETS, CONTRADICTIONS)
IMPORTED_SHEETS: tuple[Sheet, ...] = tuple(s for s in ALL_SHEETS if s.importable)
README_SHEET = "Read me"
LISTS_SHEET = "Lists"
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
