"""The database's local day of a UTC moment is the one Python's ``astimezone()`` gives, on
both backends, under zones either side of Greenwich and across a change of summer time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from caseworker.db import Database
from caseworker.models import Case
from caseworker.services import cases
from caseworker.services.local_day import local_day_sql, local_zone
from tests.conftest import ACTOR

ZONES = ["UTC", "Europe/Moscow", "America/New_York", "Asia/Vladivostok", "Europe/Berlin"]
#: Moments near midnights in UTC and in the zones above, in winter and in summer.
MOMENTS = [
    datetime(2026, month, 10, hour, minute, tzinfo=UTC)
    for month in (1, 3, 7, 10)
    for hour, minute in ((0, 0), (0, 30), (4, 59), (5, 0), (13, 30), (20, 59), (21, 0), (23, 30))
]


@pytest.fixture
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_the_database_counts_the_local_days_python_counts(database: Database, zone: str) -> None:
    assert datetime.now().astimezone().tzname() is not None, zone
    with database.write() as session:
        ids = []
        for moment in MOMENTS:
            case = cases.create_case(session, ACTOR, family_name="Шумовы")
            case.created_at = moment
            ids.append(case.id)
    with database.read() as session:
        day = local_day_sql(session.get_bind().dialect, Case.created_at)
        rows = session.execute(select(Case.id, day).where(Case.id.in_(ids)))
        found = {case_id: local_day for case_id, local_day in rows}
    assert [found[case_id] for case_id in ids] == [m.astimezone().date() for m in MOMENTS]


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_the_zone_is_named_when_known(zone: str) -> None:
    assert local_zone() == zone


@pytest.mark.parametrize("zone", ["<+0330>-3:30"], indirect=True)
def test_a_zone_without_a_name_is_its_present_offset(zone: str) -> None:
    assert zone.startswith("<")
    assert local_zone() == timedelta(hours=3, minutes=30)
