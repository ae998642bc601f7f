"""The sentences of the timeline's findings: dates and reports as a family would read them."""

from __future__ import annotations

from datetime import date

from caseworker.dates import APPROXIMATE_MARGIN, EventDate
from caseworker.i18n import QT_TRANSLATE_NOOP, Plurals, translate
from caseworker.labels import label
from caseworker.timeline.facts import ReportFact
from caseworker.vocab import Claim, DatePrecision, OfficialStatus


class Timeline(Plurals):
    """The timeline's plural messages."""


# A month alone ("April 2026") and a month after a day ("2 April 2026") differ in Russian
# (nominative against genitive), hence two contexts with the same English words.
MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)
MONTHS_OF_DAY = (
    QT_TRANSLATE_NOOP("MonthsOfDay", "January"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "February"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "March"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "April"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "May"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "June"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "July"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "August"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "September"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "October"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "November"),
    QT_TRANSLATE_NOOP("MonthsOfDay", "December"),
)


def day_text(day: date) -> str:
    """2 April 2026."""
    month = translate("MonthsOfDay", MONTHS_OF_DAY[day.month - 1])
    return translate("Timeline", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )


def event_text(event: EventDate) -> str:
    """An event date as precise as it is known: a day, a month, a year, about a day, a period."""
    if event.precision is DatePrecision.DAY:
        return day_text(event.earliest)
    if event.precision is DatePrecision.MONTH:
        month = translate("Months", MONTHS[event.earliest.month - 1])
        return translate("Timeline", "{month} {year}").format(month=month, year=event.earliest.year)
    if event.precision is DatePrecision.YEAR:
        return str(event.earliest.year)
    if event.precision is DatePrecision.APPROXIMATE:
        centre = event.earliest + APPROXIMATE_MARGIN
        return translate("Timeline", "about {day}").format(day=day_text(centre))
    return translate("Timeline", "{start} to {end}").format(
        start=day_text(event.earliest), end=day_text(event.latest)
    )


def source_text(fact: ReportFact) -> str:
    """Who said it: the source's name where we have one, otherwise its kind."""
    return fact.source_name.strip() or label(fact.source_kind)


def report_text(fact: ReportFact) -> str:
    """report 3 (unit commander, 2 April 2026: killed)."""
    return translate("Timeline", "report {id} ({source}, {date}: {claim})").format(
        id=fact.id, source=source_text(fact), date=event_text(fact.event), claim=label(fact.claim)
    )


def sentence(text: str) -> str:
    """The text with its first letter capitalised, in whichever language it is."""
    return text[:1].upper() + text[1:]


def _exact(first: ReportFact, second: ReportFact) -> bool:
    return (
        first.event.precision is DatePrecision.DAY and second.event.precision is DatePrecision.DAY
    )


def alive_after_death(dead: ReportFact, alive: ReportFact, days: int) -> str:
    first, second = report_text(dead), report_text(alive)
    if _exact(dead, alive):
        if days == 1:
            text = translate(
                "Timeline",
                "{first} and {second}: a person reported dead was reported alive the next day.",
            )
        else:
            text = Timeline.tr(
                "{first} and {second}: a person reported dead was reported alive %n day(s) later.",
                None,
                days,
            )
    elif days == 1:
        text = translate(
            "Timeline",
            "{first} and {second}: a person reported dead was reported alive "
            "at least one day later.",
        )
    else:
        text = Timeline.tr(
            "{first} and {second}: a person reported dead was reported alive "
            "at least %n day(s) later.",
            None,
            days,
        )
    return sentence(text.format(first=first, second=second))


def dead_and_alive_at_once(first: ReportFact, second: ReportFact) -> str:
    text = translate(
        "Timeline",
        "{first} and {second}: one says the person was dead and the other that the person "
        "was alive at the same time; both cannot be true.",
    )
    return sentence(text.format(first=report_text(first), second=report_text(second)))


def captured_and_free_elsewhere(first: ReportFact, second: ReportFact) -> str:
    captured, free = (first, second) if first.claim is Claim.CAPTURED else (second, first)
    text = translate(
        "Timeline",
        "{first} and {second}: at the same time the person is reported held prisoner "
        "in {captured_place} and free or in hospital in {free_place}.",
    )
    return sentence(
        text.format(
            first=report_text(first),
            second=report_text(second),
            captured_place=captured.place,
            free_place=free.place,
        )
    )


def official_behind(status: OfficialStatus, report: ReportFact, since: date, days: int) -> str:
    if since > report.received_on:
        text = Timeline.tr(
            "The official status was set to “{status}” on {since}, after {report} had reached "
            "us; it has disagreed with that report for %n day(s).",
            None,
            days,
        )
    else:
        text = Timeline.tr(
            "The official status still says “{status}” %n day(s) after {report} reached "
            "us on {since}.",
            None,
            days,
        )
    return text.format(status=label(status), since=day_text(since), report=report_text(report))


def stale(since: date, days: int) -> str:
    return Timeline.tr(
        "Nothing new for %n day(s): no report and no answer to an inquiry since {since}.",
        None,
        days,
    ).format(since=day_text(since))


RULE_LABELS = {
    "alive_after_death": QT_TRANSLATE_NOOP("Timeline", "alive after death"),
    "same_time_conflict": QT_TRANSLATE_NOOP("Timeline", "same-time conflict"),
    "official_behind": QT_TRANSLATE_NOOP("Timeline", "official status behind the facts"),
    "stale": QT_TRANSLATE_NOOP("Timeline", "no news for a long time"),
}
SEVERITY_LABELS = {
    "high": QT_TRANSLATE_NOOP("Timeline", "high"),
    "medium": QT_TRANSLATE_NOOP("Timeline", "medium"),
    "low": QT_TRANSLATE_NOOP("Timeline", "low"),
}


def rule_label(rule: str) -> str:
    """A contradiction rule's name for the user (``rule`` is a ContradictionRule value)."""
    return translate("Timeline", RULE_LABELS[rule])


def severity_label(severity: str) -> str:
    """A severity's name for the user (``severity`` is a Severity value)."""
    return translate("Timeline", SEVERITY_LABELS[severity])
