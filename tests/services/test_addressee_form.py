"""What the addressee dialog starts from when an office is edited."""

from __future__ import annotations

import pytest

from caseworker.db import Database
from caseworker.errors import NotFound
from caseworker.services import addressees
from caseworker.services.addressee_form import editable_addressee
from caseworker.vocab import AddresseeKind
from tests.conftest import ACTOR


def test_the_editable_fields_are_those_the_service_cleans(database: Database) -> None:
    with database.write() as session:
        office_id = addressees.add_addressee(
            session, ACTOR, name="Военный комиссариат Вымышленного района",
            kind="commissariat", regional=True, deadline_days="20", notes="Приём по вторникам",
        ).id  # fmt: skip
    with database.read() as session:
        loaded = editable_addressee(session, office_id)
    assert set(loaded.values) == set(addressees.addressee_fields())
    assert loaded.values["kind"] is AddresseeKind.COMMISSARIAT
    assert loaded.values["regional"] is True and loaded.values["deadline_days"] == 20
    assert loaded.values["notes"] == "Приём по вторникам" and loaded.version == 1

    with database.write() as session:
        addressees.update_addressee(session, ACTOR, office_id, loaded.version, sensitive=True)
    with database.read() as session:
        again = editable_addressee(session, office_id)
    assert again.values["sensitive"] is True and again.version == 2


def test_an_unknown_addressee_is_not_found(database: Database) -> None:
    with database.read() as session, pytest.raises(NotFound):
        editable_addressee(session, 999)
