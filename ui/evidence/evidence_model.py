"""The item model of a case's evidence: one row per file, thumbnails filled in as they come."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import auto
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from caseworker.labels import label
from caseworker.services.evidence_list import EvidenceItem
from caseworker.vault.messages import human_size
from caseworker.vault.store import EvidenceVault
from ui.evidence.thumbnails import Thumbnail, ThumbnailMaker
from ui.widgets.date_field import format_day
from ui.widgets.table_model import AnyIndex as Index
from ui.widgets.table_model import Roles


class EvidenceRole(Roles):
    ITEM = auto()  # the EvidenceItem
    ID = auto()
    SHA256 = auto()
    KIND = auto()  # MediaKind
    THUMBNAIL = auto()  # QImage or None (asked for when first read)
    TEXT_PREVIEW = auto()  # the first lines of a text file
    DURATION = auto()  # seconds or None
    HIDDEN = auto()  # graphic content not yet clicked
    HIGHLIGHTED = auto()  # supports the report selected in the case
    REMOVED = auto()


#: The roles read straight from the item.
_OF_ITEM: dict[int, Callable[[EvidenceItem], Any]] = {
    Qt.ItemDataRole.DisplayRole.value: lambda item: item.name,
    EvidenceRole.ITEM: lambda item: item,
    EvidenceRole.ID: lambda item: item.id,
    EvidenceRole.SHA256: lambda item: item.sha256,
    EvidenceRole.KIND: lambda item: item.kind,
    EvidenceRole.REMOVED: lambda item: item.removed,
}
#: The roles read from the item's thumbnail (which is asked for when first read).
_OF_THUMBNAIL: dict[int, Callable[[Thumbnail], Any]] = {
    EvidenceRole.THUMBNAIL: lambda made: made.image,
    EvidenceRole.TEXT_PREVIEW: lambda made: made.text,
    EvidenceRole.DURATION: lambda made: made.duration,
}


class EvidenceListModel(QAbstractListModel):
    """Rows come from ``list_evidence`` (filtered and sorted in the query)."""

    def __init__(
        self,
        vault: EvidenceVault | None = None,
        thumbnails: ThumbnailMaker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._rows: dict[int, int] = {}
        self._made: dict[str, Thumbnail] = {}
        self._revealed: set[int] = set()
        self._highlighted: frozenset[int] = frozenset()
        self._vault = vault
        self._maker = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail)

    # Contents --------------------------------------------------------------------------

    def set_vault(self, vault: EvidenceVault | None) -> None:
        self._vault = vault

    def set_items(self, items: Sequence[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self.endResetModel()

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item_at(self, index: Index) -> EvidenceItem | None:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]

    def index_of(self, evidence_id: int) -> QModelIndex:
        row = self._rows.get(evidence_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def thumbnail_of(self, sha256: str) -> Thumbnail | None:
        return self._made.get(sha256)

    def reveal(self, evidence_id: int) -> None:
        """Show a graphic item unblurred (after the caseworker clicked it)."""
        if evidence_id not in self._revealed:
            self._revealed.add(evidence_id)
            self._changed_ids([evidence_id], [EvidenceRole.HIDDEN])

    def set_highlighted(self, evidence_ids: Iterable[int]) -> None:
        new = frozenset(evidence_ids)
        touched = new ^ self._highlighted
        self._highlighted = new
        self._changed_ids(touched, [EvidenceRole.HIGHLIGHTED])

    def highlighted(self) -> frozenset[int]:
        return self._highlighted

    # Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        plain = _OF_ITEM.get(role)
        if plain is not None:
            return plain(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == EvidenceRole.HIDDEN:
            return item.graphic and item.id not in self._revealed
        if role == EvidenceRole.HIGHLIGHTED:
            return item.id in self._highlighted
        part = _OF_THUMBNAIL.get(role)
        if part is None:
            return None
        made = self._thumbnail(item)
        return None if made is None else part(made)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # Internals -------------------------------------------------------------------------

    def _thumbnail(self, item: EvidenceItem) -> Thumbnail | None:
        made = self._made.get(item.sha256)
        if made is None and self._maker is not None and self._vault is not None:
            self._maker.request(item.sha256, self._vault, item.media_type)
        return made

    def _on_thumbnail(self, thumbnail: Thumbnail) -> None:
        self._made[thumbnail.sha256] = thumbnail
        ids = [item.id for item in self._items if item.sha256 == thumbnail.sha256]
        self._changed_ids(
            ids, [EvidenceRole.THUMBNAIL, EvidenceRole.TEXT_PREVIEW, EvidenceRole.DURATION]
        )

    def _changed_ids(self, evidence_ids: Iterable[int], roles: list[EvidenceRole]) -> None:
        for evidence_id in evidence_ids:
            row = self._rows.get(evidence_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [int(role) for role in roles])

    def _tooltip(self, item: EvidenceItem) -> str:
        lines = [
            item.name,
            self.tr("{kind}, {size}").format(kind=label(item.kind), size=human_size(item.size)),
            self.tr("Added {day} by {name}").format(
                day=format_day(item.added_at.date()), name=item.added_by
            ),
        ]
        if item.captured_at is not None:
            lines.append(self.tr("Captured {day}").format(day=format_day(item.captured_at.date())))
        if item.graphic:
            lines.append(self.tr("Graphic content"))
        if item.removed:
            lines.append(self.tr("Removed from the case"))
        return "\n".join(lines)
