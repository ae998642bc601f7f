"""The timeline's axis: ticks that suit the zoom, labelled in the user's language."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from ui.timeline.axis import TickUnit, choose_unit, compute_ticks

APRIL = date(2026, 4, 1).toordinal()


@pytest.mark.parametrize(
    ("pixels_per_day", "unit"),
    [
        (60.0, TickUnit.DAY),
        (6.0, TickUnit.WEEK),
        (2.0, TickUnit.MONTH),
        (0.6, TickUnit.QUARTER),
        (0.15, TickUnit.YEAR),
        (0.01, TickUnit.FIVE_YEARS),
    ],
)
def test_the_unit_follows_the_zoom(pixels_per_day: float, unit: TickUnit) -> None:
    assert choose_unit(pixels_per_day) is unit


def test_ticks_are_spaced_at_least_as_wide_as_their_labels_need() -> None:
    for pixels_per_day in (0.02, 0.1, 0.5, 1.0, 3.0, 10.0, 30.0, 100.0):
        ticks = compute_ticks(APRIL, APRIL + 1000 / pixels_per_day, pixels_per_day)
        positions = [tick.position for tick in ticks.minor]
        gaps = [b - a for a, b in itertools.pairwise(positions)]
        assert positions == sorted(positions)
        assert min(gaps) * pixels_per_day >= 25


def test_days_are_labelled_with_russian_months() -> None:
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    ticks = compute_ticks(APRIL, APRIL + 20, 40.0, russian)
    assert ticks.unit is TickUnit.DAY
    assert [tick.label for tick in ticks.minor[:3]] == ["31", "1", "2"]
    assert "Апрель 2026" in [tick.label for tick in ticks.major]


def test_months_are_labelled_in_the_locale() -> None:
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    ticks = compute_ticks(APRIL, APRIL + 365, 2.0, russian)
    assert ticks.unit is TickUnit.MONTH
    labels = [tick.label for tick in ticks.minor]
    assert any(label.startswith("Май") for label in labels)
    assert [tick.label for tick in ticks.major] == ["2026", "2027"]
    english_labels = [tick.label for tick in compute_ticks(APRIL, APRIL + 365, 2.0, english).minor]
    assert any(label.startswith("May") for label in english_labels)


def test_weeks_begin_on_monday() -> None:
    ticks = compute_ticks(APRIL, APRIL + 90, 6.0)
    assert ticks.unit is TickUnit.WEEK
    assert {date.fromordinal(int(tick.position)).weekday() for tick in ticks.minor} == {0}
