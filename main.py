"""Start Caseworker: ``python main.py [--db PATH|URL]``."""

from __future__ import annotations

import sys

from caseworker.collector import loading_modules

with loading_modules():  # long-lived objects only: no collection walks them, then or later
    from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
