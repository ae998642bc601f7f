"""A PostgreSQL SCRAM-SHA-256 password verifier, made here so the password never travels.

``CREATE ROLE … PASSWORD 'SCRAM-SHA-256$…'`` stores the verifier as it is: the server (and
its log, should it log statements) never sees the password itself, as with ``psql``'s
``\\password``. The format is PostgreSQL's (RFC 5802/7677 keys, base64):
``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

#: PostgreSQL's own default (``scram_iterations``).
ITERATIONS = 4096
SALT_BYTES = 16


def scram_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS
) -> str:
    """The verifier PostgreSQL stores for ``password``; a random salt unless one is given.

    Raises nothing.
    """
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


#: RFC 3454 table B.1: characters SASLprep maps to nothing (soft hyphen, joiners…).
_MAPPED_TO_NOTHING = frozenset(
    "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufe00\ufe01\ufe02"
    "\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff"
)


def saslprep(password: str) -> str:
    """The password as PostgreSQL and libpq prepare it (RFC 4013, SASLprep), closely enough
    for passwords people type: other spaces become a space, invisible marks are dropped,
    then NFKC. A password with control characters is used as it is, as PostgreSQL does.

    Raises nothing.
    """
    mapped = "".join(
        " " if unicodedata.category(char) == "Zs" else char
        for char in password
        if char not in _MAPPED_TO_NOTHING
    )
    prepared = unicodedata.normalize("NFKC", mapped)
    if any(unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") for char in prepared):
        return password
    return prepared
