"""A file that cannot be moved during the conversion's swap (a folder that may not be
renamed, a disk gone read-only) is a refusal with a sentence, the plain database as it was:
never a bare OSError, which the window would show as a program error."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from caseworker.security.convert import ConversionRefused, encrypt_plain_database
from tests.security.convert_demo import PASSPHRASE, make_demo
from tests.security.test_convert import assert_plain_intact, row_counts


@pytest.mark.parametrize("failing_at", ["plain database aside", "sealed vault placed"])
def test_a_rename_failing_in_the_swap_is_refused(tmp_path: Path, failing_at: str) -> None:
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    rows = row_counts(database)

    def step(name: str) -> None:
        if name == failing_at:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(database))

    with pytest.raises(ConversionRefused) as refused:
        encrypt_plain_database(database, PASSPHRASE, step=step)
    assert os.strerror(errno.EACCES) in refused.value.message
    assert "Nothing was changed" in refused.value.message
    assert_plain_intact(database, stored, rows)
