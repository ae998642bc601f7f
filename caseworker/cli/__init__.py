"""The command line, ``python -m caseworker [--db PATH|URL] COMMAND``, for scripts and tests.

:mod:`caseworker.cli.program` builds the parser and runs one command (:func:`main`); the
commands live in :mod:`caseworker.cli.commands`, :mod:`caseworker.cli.evidence` and
:mod:`caseworker.cli.xlsx`, their argument types in :mod:`caseworker.cli.types`, and the
interface language in :mod:`caseworker.cli.language`.
"""

from __future__ import annotations

from caseworker.cli.program import main

__all__ = ["main"]
