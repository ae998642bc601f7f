"""What the addressee dialog starts from when an office of the directory is edited."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from caseworker.services.addressees import addressee_fields, get_addressee


@dataclass(frozen=True, slots=True)
class EditableAddressee:
    """An addressee's editable fields as they are now, with the version they were read at."""

    id: int
    version: int
    name: str
    values: Mapping[str, Any]


def editable_addressee(session: Session, addressee_id: int) -> EditableAddressee:
    """The addressee's fields for its edit dialog.

    Raises :class:`NotFound` when there is no such addressee.
    """
    addressee = get_addressee(session, addressee_id)
    return EditableAddressee(
        id=addressee.id,
        version=addressee.version,
        name=addressee.name,
        values={name: getattr(addressee, name) for name in addressee_fields()},
    )
