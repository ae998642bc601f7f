"""Making a rename durable: the folder that holds the new name is flushed to disk too."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename, a new file) to disk; a no-op where a folder
    cannot be opened or flushed (Windows, some network shares)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
