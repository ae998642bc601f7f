"""``python -m caseworker``: the command line (see :mod:`caseworker.cli`)."""

from caseworker.cli import main

raise SystemExit(main())
