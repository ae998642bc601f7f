"""Services: each function does one user action on a caller-owned ``Session``.

Services validate, write their audit entries and raise typed errors from
:mod:`caseworker.errors`; they neither create nor commit the session.
"""
