"""The typed ORM models; importing this package registers every table on ``Base.metadata``.

The modules that map tables do without ``from __future__ import annotations``: SQLAlchemy
would otherwise evaluate each ``Mapped[...]`` annotation from its text, 12-15 ms of every
start here. A class not defined yet is named in quotes (``Mapped[list["Report"]]``,
``Mapped["Report | None"]``); ``tests/db/test_model_annotations.py`` keeps it so.
"""

from caseworker.models.assessment import Assessment
from caseworker.models.audit import AuditEntry
from caseworker.models.base import Base, MutableRow
from caseworker.models.case import Case, Relative
from caseworker.models.evidence import Evidence, evidence_reports
from caseworker.models.explanation import ContradictionExplanation
from caseworker.models.family_log import FamilyLogEntry
from caseworker.models.imports import AppliedImport, ImportMark
from caseworker.models.inquiry import Addressee, Inquiry, InquiryEvent
from caseworker.models.inquiry_evidence import InquiryEvidence
from caseworker.models.match_decision import MatchDecision
from caseworker.models.person import SoughtPerson
from caseworker.models.presence import CasePresence
from caseworker.models.published_list import EditionChange, ListEntry, PublishedList
from caseworker.models.report import Report
from caseworker.models.search import FTS_TABLE, SearchEntry

__all__ = [
    "FTS_TABLE",
    "Addressee",
    "AppliedImport",
    "Assessment",
    "AuditEntry",
    "Base",
    "Case",
    "CasePresence",
    "ContradictionExplanation",
    "EditionChange",
    "Evidence",
    "FamilyLogEntry",
    "ImportMark",
    "Inquiry",
    "InquiryEvent",
    "InquiryEvidence",
    "ListEntry",
    "MatchDecision",
    "MutableRow",
    "PublishedList",
    "Relative",
    "Report",
    "SearchEntry",
    "SoughtPerson",
    "evidence_reports",
]
