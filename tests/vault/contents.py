"""What a vault holds under a hash, read through the vault (a sealed file's plaintext)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from caseworker.vault import EvidenceVault


def stored_bytes(vault: EvidenceVault, sha256: str) -> bytes:
    """The content stored under ``sha256``, verified: ``path_of`` is a sealed vault's
    encrypted file, never its content. Raises StoredFileDamaged like ``copy_out``."""
    with tempfile.TemporaryDirectory(prefix="caseworker-test-stored-") as folder:
        target = Path(folder) / "content"
        vault.copy_out(sha256, target)
        return target.read_bytes()
