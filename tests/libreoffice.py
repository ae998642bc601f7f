"""LibreOffice for the tests that read workbooks back as Calc does.

Where LibreOffice is missing those tests are skipped, except in CI: ``.ci/run`` installs it,
so there a missing ``soffice`` fails the tests rather than skipping them unseen.
"""

from __future__ import annotations

import os
import shutil

import pytest

SOFFICE = shutil.which("soffice")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: Mark a module or test that needs LibreOffice (``pytestmark = needs_libreoffice``).
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None and not IN_CI, reason="LibreOffice is not installed"
)
