"""Services: each function does one user action on a caller-owned ``Session``.

Services validate, write their audit entries and raise typed errors from
:mod:`caseworker.errors`; they neither create nor commit the session.

Each public function's docstring names the errors it raises itself ("Raises
:class:`NotFound` when …", or "Raises nothing."). The database's own errors
(:class:`DatabaseBusy`, :class:`DatabaseReadOnly`, :class:`DatabaseDamaged`) come from the
caller's :meth:`Database.write` or :meth:`Database.read` block, and are not repeated here.
"""
