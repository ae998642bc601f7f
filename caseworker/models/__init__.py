"""The typed ORM models: ``from caseworker.models import Case`` for any of them.

**The desk's tables load with this package; the others when first named.** Cases, relatives,
sought persons, reports, inquiries and the search entries are what a start reads. The rest
(assessments, evidence, the family log, published lists, match decisions, explanations,
imports, the audit, presence: 135 of the 298 columns, 25 ms of every start here, three
times that on an old laptop) are imported when first named here (``from caseworker.models
import AuditEntry``), or all at once (:func:`load_all`) before SQLAlchemy first configures the
mappers, so that every relationship finds its class. Whoever needs every table at once
(``Base.metadata``: migrations, schema comparisons) calls :func:`load_all` first.

Each of those modules is imported holding SQLAlchemy's configuration lock: SQLAlchemy takes
it to map a class and holds it while configuring, and configuring loads the rest; a module
imported by one thread while another configures would otherwise wait on each other. So they
are imported only through this package, never by their module's name (``tests/db/
test_lazy_models.py`` checks the code for it).

The modules that map tables do without ``from __future__ import annotations``: SQLAlchemy
would otherwise evaluate each ``Mapped[...]`` annotation from its text, 12-15 ms of every
start here. A class not defined yet is named in quotes (``Mapped[list["Report"]]``,
``Mapped["Report | None"]``); ``tests/db/test_model_annotations.py`` keeps it so.
"""

import contextlib
import importlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper

from caseworker.models.base import Base, MutableRow
from caseworker.models.case import Case, Relative
from caseworker.models.inquiry import Addressee, Inquiry, InquiryEvent
from caseworker.models.person import SoughtPerson
from caseworker.models.report import Report
from caseworker.models.search import FTS_TABLE, SearchEntry

if TYPE_CHECKING:
    from caseworker.models.assessment import Assessment
    from caseworker.models.audit import AuditEntry
    from caseworker.models.evidence import Evidence, evidence_reports
    from caseworker.models.explanation import ContradictionExplanation, report_ids_text
    from caseworker.models.family_log import FamilyLogEntry
    from caseworker.models.imports import AppliedImport, ImportMark
    from caseworker.models.inquiry_evidence import InquiryEvidence
    from caseworker.models.match_decision import WITHDRAWN, MatchDecision
    from caseworker.models.presence import CasePresence
    from caseworker.models.published_list import EditionChange, ListEntry, PublishedList

#: SQLAlchemy's configuration lock (a private name, present in 2.0 and 2.1). A version
#: without it gets every model at import, as before (see the end of this module).
_CONFIGURING: contextlib.AbstractContextManager[Any] | None = getattr(
    importlib.import_module("sqlalchemy.orm.mapper"), "_CONFIGURE_MUTEX", None
)

#: The names loaded when first asked for, by the module that defines them.
LATER: dict[str, str] = {
    name: f"{__name__}.{module}"
    for module, names in {
        "assessment": ("Assessment",),
        "audit": ("AuditEntry",),
        "evidence": ("Evidence", "evidence_reports"),
        "explanation": ("ContradictionExplanation", "report_ids_text"),
        "family_log": ("FamilyLogEntry",),
        "imports": ("AppliedImport", "ImportMark"),
        "inquiry_evidence": ("InquiryEvidence",),
        "match_decision": ("MatchDecision", "WITHDRAWN"),
        "presence": ("CasePresence",),
        "published_list": ("EditionChange", "ListEntry", "PublishedList"),
    }.items()
    for name in names
}


def __getattr__(name: str) -> Any:
    """A model of :data:`LATER`, its module imported now (once)."""
    module = LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with _CONFIGURING or contextlib.nullcontext():
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def load_all() -> None:
    """Import every model: all tables on ``Base.metadata``, all classes mapped."""
    with _CONFIGURING or contextlib.nullcontext():
        for module in sorted(set(LATER.values())):
            importlib.import_module(module)


# Relationships name classes of both kinds: all are mapped before any is configured.
event.listen(Mapper, "before_configured", load_all)
if _CONFIGURING is None:  # no lock to import them under safely: all now, in this thread
    load_all()

__all__ = [
    "FTS_TABLE",
    "WITHDRAWN",
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
    "load_all",
    "report_ids_text",
]
