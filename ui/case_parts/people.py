"""The case view's relatives and sought persons: their lists, buttons and filling.

The strings keep the case view's translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from caseworker.dates import birth_text
from caseworker.labels import label
from caseworker.services.case_overview import PersonEntry, RelativeEntry
from caseworker.text import format_phone
from caseworker.vocab import OfficialStatus
from ui.widgets.date_field import format_day

if TYPE_CHECKING:
    from ui.case_view import CaseView

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole


def make_list(headers: list[str], object_name: str) -> QTreeWidget:
    """A flat, read-only list of a few records (a case has a handful of relatives/persons)."""
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns fit their contents, scrolling sideways in a narrow window rather than cutting.
    tree.header().setStretchLastSection(False)
    tree.setMinimumHeight(tree.fontMetrics().height() * 5)
    return tree


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


def section(title: str, tree: QTreeWidget, add: QPushButton, edit: QPushButton) -> QGroupBox:
    """A titled list with its add and edit buttons beside it."""
    box = QGroupBox(title)
    layout = QHBoxLayout(box)
    layout.addWidget(tree, 1)
    buttons = QVBoxLayout()
    buttons.addWidget(add)
    buttons.addWidget(edit)
    buttons.addStretch(1)
    layout.addLayout(buttons)
    return box


def _people_list(
    headers: list[str],
    object_name: str,
    tips: tuple[str, str],
    add: Callable[[], None],
    edit: Callable[[], None],
    selection_changed: Callable[[], None],
) -> tuple[QTreeWidget, QPushButton, QPushButton]:
    """A list with its add and edit buttons (tooltips ``tips``), wired to ``add``/``edit``."""
    tree = make_list(headers, object_name)
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
        [
            translate("CaseView", "Name"),
            translate("CaseView", "Relation"),
            translate("CaseView", "Phone"),
            translate("CaseView", "Consent"),
            translate("CaseView", "DNA sample"),
        ],
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
        [
            translate("CaseView", "Name"),
            translate("CaseView", "Official status"),
            translate("CaseView", "Born"),
            translate("CaseView", "Service number"),
            translate("CaseView", "Rank"),
            translate("CaseView", "Unit"),
            translate("CaseView", "Call sign"),
            translate("CaseView", "Last contact"),
        ],
        "personsList",
        (
            translate("CaseView", "Add a sought person"),
            translate("CaseView", "Edit the selected sought person"),
        ),
        view.add_person,
        view.edit_person,
        view.on_person_changed,
    )


def fill_relatives(tree: QTreeWidget, relatives: Sequence[RelativeEntry], keep: int | None) -> None:
    tree.clear()
    for relative in relatives:
        consent = (
            translate("CaseView", "given {day}").format(day=format_day(relative.consent_on))
            if relative.consent_on
            else translate("CaseView", "not recorded")
        )
        has_dna = relative.dna_collected_on or relative.dna_sample_ref
        dna = (
            joined(format_day(relative.dna_collected_on), relative.dna_sample_ref)
            if has_dna
            else translate("CaseView", "none")
        )
        item = QTreeWidgetItem(
            [
                relative.full_name,
                label(relative.relation),
                format_phone(relative.phone),
                consent,
                dna,
            ]
        )
        item.setData(0, ID_ROLE, relative.id)
        item.setToolTip(3, relative.consent_scope)
        item.setToolTip(4, relative.dna_lab)
        item.setToolTip(1, relative.relation_note)
        tree.addTopLevelItem(item)
    select_id(tree, keep)


def fill_persons(
    tree: QTreeWidget,
    persons: Sequence[PersonEntry],
    keep: int | None,
    names: dict[int, str],
    details: dict[int, list[tuple[str, str]]],
) -> None:
    """Fill the list, and ``names`` and ``details`` by person, without selection signals."""
    tree.blockSignals(True)
    tree.clear()
    details.clear()
    names.clear()
    for person in persons:
        item = QTreeWidgetItem(
            [
                person.full_name,
                official_status(person),
                birth_text(person.birth_date),
                person.service_number,
                person.rank,
                person.unit,
                person.call_sign,
                joined(format_day(person.last_contact_on), person.last_contact_place),
            ]
        )
        item.setData(0, ID_ROLE, person.id)
        item.setToolTip(0, person.name_variants)
        tree.addTopLevelItem(item)
        names[person.id] = person.full_name
        details[person.id] = details_of(person)
    select_id(tree, keep)
    tree.blockSignals(False)


def official_status(person: PersonEntry) -> str:
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
