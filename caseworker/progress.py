"""The two callables a long job takes from the window: one told how far it got, one asked
whether the caseworker cancelled.

A job calls ``progress(done, total)`` every so often and at the end, and asks ``cancelled()``
as often; when it says True the job stops by raising its own error (``CopyCancelled`` for the
vault, ``ExportCancelled`` for a workbook, ``MatchingCancelled`` for a list's matching), each
a :class:`caseworker.errors.CaseworkerError` with a sentence for the caseworker.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with (units done, units expected).
Progress = Callable[[int, int], None]
#: Asked between units of work; True stops the job.
Cancelled = Callable[[], bool]
