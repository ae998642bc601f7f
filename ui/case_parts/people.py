"""The case view's relatives and sought persons: their lists, buttons and filling.

A sought person linked to another as the same man (``caseworker.services.matching.links``)
says so: "also in case …" after the name, and "the same person as in case …" in the tooltip
and the Details tab. The strings keep the case view's translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from caseworker.dates import birth_text
from caseworker.labels import label
from caseworker.services.case_overview import PersonEntry, RelativeEntry
from caseworker.services.person_links import LinkedPerson, case_with_links
from caseworker.text import format_phone
from caseworker.vocab import OfficialStatus
from ui.widgets.date_field import format_day, format_short_day
from ui.widgets.fitted_columns import Column, FittedColumns

if TYPE_CHECKING:
    from caseworker.services.case_overview import CaseOverview
    from ui.case_view import CaseView
    from ui.operations import Session

#: Each linked sought person's links: the persons who are the same man, with their cases.
Links = Mapping[int, Sequence[LinkedPerson]]

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole
#: A linked person's sentences ("the same person as in case …"), one a line.
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
# Sample texts that free-text columns narrow down to (only their width counts): a day shows
# whole in "19.10.2026, с. Заречное", a unit's number in "в/ч 00417, 2-я рота".
DAY_SAMPLE = "00.00.0000"
UNIT_SAMPLE = "в/ч 00000"


def relative_columns() -> list[Column]:
    """The relatives' columns: the name takes what is left; a DNA sample's reference may be
    elided after its day."""
    return [
        Column(translate("PeopleColumns", "Name")),
        Column(translate("PeopleColumns", "Relation")),
        Column(translate("PeopleColumns", "Phone")),
        Column(translate("PeopleColumns", "Consent")),
        Column(translate("PeopleColumns", "DNA"), least=DAY_SAMPLE),
    ]


def person_columns() -> list[Column]:
    """The sought persons' columns: the status (its day in the tooltip and the Details tab),
    birth day and service number always show whole; the call sign, rank, last contact and
    unit step aside, in that order, when the list is too narrow (the tooltip and the Details
    tab say them)."""
    return [
        Column(translate("PeopleColumns", "Name")),
        Column(translate("PeopleColumns", "Status")),
        Column(translate("PeopleColumns", "Born")),
        Column(translate("PeopleColumns", "Service number")),
        Column(translate("PeopleColumns", "Rank"), aside=2),
        Column(translate("PeopleColumns", "Unit"), least=UNIT_SAMPLE, aside=4),
        Column(translate("PeopleColumns", "Call sign"), aside=1),
        Column(translate("PeopleColumns", "Last contact"), least=DAY_SAMPLE, aside=3),
    ]


def make_list(columns: list[Column], object_name: str) -> QTreeWidget:
    """A flat, read-only list of a few records (a case has a handful of relatives/persons),
    its columns fitted to its width (:func:`fit_columns` after filling it)."""
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    FittedColumns(tree, columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setMinimumHeight(tree.fontMetrics().height() * 5)
    return tree


def fit_columns(tree: QTreeWidget) -> None:
    """Fit the columns of ``tree`` to its texts, now it is filled."""
    for child in tree.children():
        if isinstance(child, FittedColumns):
            child.fit()


def set_record_tip(item: QTreeWidgetItem, name: str, lines: Sequence[tuple[str, str]]) -> None:
    """The whole record in every cell's tooltip (a column may be elided or stepped aside):
    the name, then a caption and its text a line."""
    said = [name, *(f"{caption}: {text}" for caption, text in lines if text)]
    for column in range(item.columnCount()):
        item.setToolTip(column, "\n".join(said))


def selected_id(tree: QTreeWidget) -> int | None:
    items = tree.selectedItems()
    return int(items[0].data(0, ID_ROLE)) if items else None


def select_id(tree: QTreeWidget, wanted: int | None) -> None:
    """Select the item of ``wanted``, else the first one."""
    chosen = tree.topLevelItem(0)
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if item is not None and item.data(0, ID_ROLE) == wanted:
            chosen = item
    if chosen is not None:
        tree.setCurrentItem(chosen)


def joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


def section(
    title: str, tree: QTreeWidget, add: QPushButton, edit: QPushButton, note: QLabel | None = None
) -> QGroupBox:
    """A titled list with its add and edit buttons beside it (and ``note`` under it)."""
    box = QGroupBox(title)
    layout = QHBoxLayout(box)
    if note is None:
        layout.addWidget(tree, 1)
    else:
        column = QVBoxLayout()
        column.addWidget(tree, 1)
        column.addWidget(note)
        layout.addLayout(column, 1)
    buttons = QVBoxLayout()
    buttons.addWidget(add)
    buttons.addWidget(edit)
    buttons.addStretch(1)
    layout.addLayout(buttons)
    return box


def _people_list(
    columns: list[Column],
    object_name: str,
    tips: tuple[str, str],
    add: Callable[[], None],
    edit: Callable[[], None],
    selection_changed: Callable[[], None],
) -> tuple[QTreeWidget, QPushButton, QPushButton]:
    """A list with its add and edit buttons (tooltips ``tips``), wired to ``add``/``edit``."""
    tree = make_list(columns, object_name)
    add_button = QPushButton(translate("CaseView", "Add…"))
    add_button.setToolTip(tips[0])
    edit_button = QPushButton(translate("CaseView", "Edit…"))
    edit_button.setToolTip(tips[1])
    add_button.clicked.connect(add)
    edit_button.clicked.connect(edit)
    tree.itemSelectionChanged.connect(selection_changed)
    tree.itemDoubleClicked.connect(lambda *_: edit())
    return tree, add_button, edit_button


def build_relatives(view: CaseView) -> None:
    """The relatives' list and its buttons, wired to the view."""
    view.relatives_list, view.add_relative_button, view.edit_relative_button = _people_list(
        relative_columns(),
        "relativesList",
        (
            translate("CaseView", "Add a relative"),
            translate("CaseView", "Edit the selected relative"),
        ),
        view.add_relative,
        view.edit_relative,
        view.update_buttons,
    )


def build_persons(view: CaseView) -> None:
    """The sought persons' list and its buttons, wired to the view."""
    view.persons_list, view.add_person_button, view.edit_person_button = _people_list(
        person_columns(),
        "personsList",
        (
            translate("CaseView", "Add a sought person"),
            translate("CaseView", "Edit the selected sought person"),
        ),
        view.add_person,
        view.edit_person,
        view.on_person_changed,
    )
    view.person_link_label = QLabel()
    view.person_link_label.setObjectName("personLinkNote")
    view.person_link_label.setWordWrap(True)
    view.person_link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    view.person_link_label.hide()


def show_link_note(view: CaseView) -> None:
    """Under the persons, the selected person's links: "… the same person as in case …"."""
    items = view.persons_list.selectedItems()
    note = items[0].data(0, LINK_ROLE) if items else None
    view.person_link_label.setText(note or "")
    view.person_link_label.setVisible(bool(note))


def fill_relatives(tree: QTreeWidget, relatives: Sequence[RelativeEntry], keep: int | None) -> None:
    tree.clear()
    for relative in relatives:
        consent = format_short_day(relative.consent_on) or translate("CaseView", "not recorded")
        has_dna = relative.dna_collected_on or relative.dna_sample_ref
        dna = (
            joined(format_short_day(relative.dna_collected_on), relative.dna_sample_ref)
            if has_dna
            else translate("CaseView", "none")
        )
        texts = [relative.full_name, label(relative.relation)]
        texts += [format_phone(relative.phone), consent, dna]
        item = QTreeWidgetItem(texts)
        item.setData(0, ID_ROLE, relative.id)
        set_record_tip(
            item,
            relative.full_name,
            [
                (translate("CaseView", "Relation"), dotted(texts[1], relative.relation_note)),
                (translate("CaseView", "Phone"), texts[2]),
                (translate("CaseView", "Consent"), dotted(consent, relative.consent_scope)),
                (translate("CaseView", "DNA sample"), dotted(dna, relative.dna_lab)),
            ],
        )
        tree.addTopLevelItem(item)
    select_id(tree, keep)
    fit_columns(tree)


def read_case(
    session: Session, case_id: int
) -> tuple[CaseOverview, dict[int, tuple[LinkedPerson, ...]]]:
    """The case as the view shows it, with its persons' links."""
    return case_with_links(session, case_id)


def same_person_lines(case_id: int, linked: Sequence[LinkedPerson]) -> list[str]:
    """A sentence for each person linked as the same man: in which case, or, in this one,
    under which name he was entered again."""
    return [
        translate("CaseView", "the same person as {name}, entered twice in this case").format(
            name=other.full_name
        )
        if other.case_id == case_id
        else translate("CaseView", "the same person as in case {reference}").format(
            reference=other.case_reference
        )
        for other in linked
    ]


def _name_text(person: PersonEntry, case_id: int, linked: Sequence[LinkedPerson]) -> str:
    elsewhere = list(dict.fromkeys(o.case_reference for o in linked if o.case_id != case_id))
    if not elsewhere:
        return person.full_name
    if len(elsewhere) == 1:
        return translate("CaseView", "{name} · also in case {reference}").format(
            name=person.full_name, reference=elsewhere[0]
        )
    return translate("CaseView", "{name} · also in cases {references}").format(
        name=person.full_name, references=", ".join(elsewhere)
    )


def fill_persons(
    tree: QTreeWidget,
    persons: Sequence[PersonEntry],
    keep: int | None,
    names: dict[int, str],
    details: dict[int, list[tuple[str, str]]],
    links: tuple[int, Links] | None = None,
) -> None:
    """Fill the list, and ``names`` and ``details`` by person, without selection signals.
    ``links``: the case's id and its persons' links."""
    tree.blockSignals(True)
    tree.clear()
    details.clear()
    names.clear()
    case_id, linked_to = links or (0, {})
    for person in persons:
        linked = linked_to.get(person.id, ())
        lines = same_person_lines(case_id, linked)
        same = [(translate("CaseView", "Linked"), "\n".join(lines))]
        texts = [
            _name_text(person, case_id, linked),
            label(person.official_status),
            birth_text(person.birth_date),
            person.service_number,
            person.rank,
            person.unit,
            person.call_sign,
            joined(format_short_day(person.last_contact_on), person.last_contact_place),
        ]
        item = QTreeWidgetItem(texts)
        item.setData(0, ID_ROLE, person.id)
        if lines:
            item.setData(0, LINK_ROLE, f"{person.full_name}: {'; '.join(lines)}")
        captions = [
            translate("CaseView", "Official status"),
            translate("CaseView", "Born"),
            translate("CaseView", "Service number"),
            translate("CaseView", "Rank"),
            translate("CaseView", "Unit"),
            translate("CaseView", "Call sign"),
            translate("CaseView", "Last contact"),
        ]
        said = [(translate("CaseView", "Other spellings"), person.name_variants)]
        said += zip(captions, [official_status(person), *texts[2:]], strict=True)
        set_record_tip(item, texts[0], said + same)  # the name as the cell has it
        tree.addTopLevelItem(item)
        names[person.id] = person.full_name
        details[person.id] = details_of(person) + (same if linked else [])
    select_id(tree, keep)
    fit_columns(tree)
    tree.blockSignals(False)


def dotted(text: str, more: str) -> str:
    """``text`` and what more there is to say of it (a note, a scope, a laboratory)."""
    return " · ".join(part for part in (text, more) if part)


def official_status(person: PersonEntry) -> str:
    """The person's official status and since when."""
    status = label(person.official_status)
    if person.official_status is OfficialStatus.NOT_REPORTED or not person.official_status_on:
        return status
    return translate("CaseView", "{status} since {day}").format(
        status=status, day=format_day(person.official_status_on)
    )


def details_of(person: PersonEntry) -> list[tuple[str, str]]:
    """The person's facts as captions and values, for the Details tab."""
    return [
        (translate("CaseView", "Other spellings"), person.name_variants),
        (translate("CaseView", "Born"), joined(birth_text(person.birth_date), person.birth_place)),
        (translate("CaseView", "Service number"), person.service_number),
        (translate("CaseView", "Rank"), person.rank),
        (translate("CaseView", "Unit"), person.unit),
        (translate("CaseView", "Position"), person.position),
        (translate("CaseView", "Call sign"), person.call_sign),
        (
            translate("CaseView", "Last contact"),
            joined(
                format_day(person.last_contact_on),
                person.last_contact_place,
                person.last_contact_channel,
            ),
        ),
        (translate("CaseView", "Official status"), official_status(person)),
        (translate("CaseView", "Notes"), person.notes),
    ]
