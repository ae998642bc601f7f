"""Protecting a plain database leaves no thumbnail of its files readable on the disk.

While the database was plain, the window cached a PNG thumbnail of each picture in the
user's cache folder (``ui/evidence/thumbnails.py``): a picture of the file, in plain. Once
the files are encrypted those thumbnails must go too, or a lost computer still shows them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.security.convert import ConversionCancelled, encrypt_plain_database
from caseworker.security.convert_swap import finish_interrupted, staging_of
from tests.security.convert_demo import PASSPHRASE, make_demo
from ui.evidence import thumbnails
from ui.evidence.opened_copies import ENV_CACHE


def cached_thumbnails(cache: Path, stored: dict[str, bytes]) -> list[Path]:
    """A thumbnail written in the cache for each stored file, as the window writes them."""
    made = []
    for sha256 in stored:
        path = thumbnails._cached_path(thumbnails.cache_root(), sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x89PNG\r\n\x1a\n a picture of the file")
        made.append(path)
    assert all(path.is_relative_to(cache) for path in made)
    return made


def test_conversion_forgets_thumbnails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(ENV_CACHE, str(cache))
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    made = cached_thumbnails(cache, stored)
    encrypt_plain_database(database, PASSPHRASE)
    assert [path for path in made if path.exists()] == []


def test_cancelled_conversion_keeps_thumbnails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files stay plain: their thumbnails are kept (they would only be made again)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv(ENV_CACHE, str(cache))
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    made = cached_thumbnails(cache, stored)
    with pytest.raises(ConversionCancelled):
        encrypt_plain_database(database, PASSPHRASE, cancelled=lambda: True)
    assert all(path.exists() for path in made)


def test_finished_after_a_crash_forgets_thumbnails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conversion killed just after its commit (the keys file placed, the plain files
    still in the staging folder) is finished at the next open: the thumbnails go then."""
    cache = tmp_path / "cache"
    monkeypatch.setenv(ENV_CACHE, str(cache))
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    encrypt_plain_database(database, PASSPHRASE)
    made = cached_thumbnails(cache, stored)  # written before the crash, say
    (staging_of(database) / "plain").mkdir(parents=True)
    assert finish_interrupted(database) is True
    assert [path for path in made if path.exists()] == []
