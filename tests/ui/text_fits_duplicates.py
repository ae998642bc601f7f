"""The duplicates window opened for tests/ui/test_text_fits.py: demo persons sought again by
other families in Ukrainian and Latin spelling, and one entered twice in his case; a pair,
and the questions "the same person" and "different people"."""

from __future__ import annotations

from collections.abc import Callable

from caseworker.services import cases
from caseworker.services.persons import get_person
from tests.conftest import ACTOR, add_person
from ui.context import AppContext
from ui.main_window import MainWindow

AGAIN = [
    ("Соколови (мати)", "Соколов Дмитро Ігорович", "14.03.1992"),
    ("Ковальови", "Ковальов Артем Сергійович", "02.07.2001"),
    ("Pokrovski (sestra)", "Pokrovskyi Nykyta Olehovych", "09.05.1995"),
]


def open_the_duplicates(
    window: MainWindow, context: AppContext, note: Callable[..., None], person_id: int
) -> None:
    """Open Lists > Possible duplicates and note the window on a pair in another case and
    on person ``person_id`` entered twice in his case; both questions open their dialogs through the
    prompts (the catcher notes and cancels them)."""
    with context.database.write() as session:
        for family, name, born in AGAIN:
            case = cases.create_case(session, ACTOR, family_name=family)
            add_person(session, case.id, name, birth_date=born)
        twice = get_person(session, person_id)
        add_person(
            session,
            twice.case_id,
            f"{twice.surname} {twice.given_name} {twice.patronymic or ''}".strip(),
            birth_date=twice.born_on.strftime("%Y") if twice.born_on else "",
        )
    duplicates = window.duplicates.open_duplicates()
    job = duplicates.run.job
    if job is not None:
        job.wait()
    assert duplicates.state is not None
    note(duplicates, "a pair")
    duplicates.same_person()
    duplicates.different_people()
    twice_in_one = [n for n, pair in enumerate(duplicates.state.queue.pairs) if pair.same_case]
    assert twice_in_one
    duplicates.go_to(twice_in_one[0])
    note(duplicates, "entered twice")
    duplicates.close()
