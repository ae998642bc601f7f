"""The review queue opened for tests/ui/test_text_fits.py: before matching, on an entry with
its candidates (a list naming demo persons in Ukrainian and Latin spelling), and the
question "not him"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.ui.review_queue_case import add_list, match
from ui.context import AppContext
from ui.main_window import MainWindow

ROWS = [
    ("Sokolov", "Dmytro", "Ihorovych", date(1992, 3, 14)),
    ("Ковальов", "Артем", "Сергійович", date(2001, 7, 2)),
    ("Покровський", "Микита", "Олегович", date(1995, 9, 5)),
]


def open_the_review(window: MainWindow, context: AppContext, note: Callable[..., None]) -> None:
    """Open Lists > Review against a list and note the window in each of its states; "not
    him" opens its dialog through the prompts (the catcher notes and cancels it)."""
    with context.database.write() as session:
        list_id = add_list(session, ROWS, "Список обмена 14 ноября")
    review = window.review.open_review()
    note(review, "no list matched yet")
    match(review, list_id)
    assert review.state is not None
    note(review, "an entry")
    review.not_him()
    review.next_entry()
    review.this_is_him()
    note(review, "decided")
    review.close()
