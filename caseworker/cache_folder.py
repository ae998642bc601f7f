"""The user's cache folder for Caseworker, and the thumbnails the window keeps in it.

The window caches a PNG thumbnail of each picture or PDF of a plain vault under
``<cache>/thumbnails`` (:mod:`ui.evidence.thumbnails`; a sealed vault's thumbnails stay in
memory), and puts the copies opened in the system's viewer under ``<cache>/opened``
(:mod:`ui.evidence.opened_copies`). No Qt here: protecting a database
(:mod:`caseworker.security.convert`) forgets the thumbnails made while its files were plain.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import platformdirs

#: Overrides the cache folder (tests, portable installations).
ENV_CACHE = "CASEWORKER_CACHE_DIR"
THUMBNAILS = "thumbnails"


def cache_base() -> Path:
    """The user's cache folder for Caseworker (``$CASEWORKER_CACHE_DIR`` overrides it)."""
    chosen = os.environ.get(ENV_CACHE)
    return Path(chosen) if chosen else Path(platformdirs.user_cache_dir("Caseworker", False))


def thumbnails_folder() -> Path:
    """Where the window caches the thumbnails of a plain vault's files."""
    return cache_base() / THUMBNAILS


def forget_thumbnails() -> bool:
    """Remove every thumbnail cached on the disk: pictures of stored files, in plain. Done
    once a database's files are encrypted, so that no picture of them stays readable (those
    of other plain databases are made again when shown). Whether none is left; raises
    nothing (a thumbnail that cannot be removed is tried again at the next conversion)."""
    folder = thumbnails_folder()
    with contextlib.suppress(OSError):
        shutil.rmtree(folder)
    return not os.path.lexists(folder)
