"""The command line's ``encrypt [--passphrase-file FILE]``: protect the open (plain) database
and its evidence files with a new passphrase.

The new passphrase is the first line of the file, or, at a terminal, typed twice without
being shown; never an argument. The conversion (:mod:`caseworker.security.convert`) copies,
verifies and swaps; the plain files go only once the protected copy is verified and in
place. The recovery code is printed alone on stdout, what it is on stderr: shown this once.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from caseworker.cli import unlock as cli_unlock
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.progress import Progress

EXIT_OK = 0


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = commands_.add_parser(
        "encrypt",
        help=translate(
            "Cli",
            "protect the database and its evidence files with a new passphrase; prints the "
            "recovery code",
        ),
    )
    encrypt.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "the file whose first line is the new passphrase (else it is asked twice at a "
            "terminal)",
        ),
    )
    encrypt.set_defaults(keys_handler=encrypt_command)


def _new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase: the file's first line, else typed twice at a terminal.

    Raises CaseworkerError (no file and no terminal, the two differ, unreadable file) and
    PassphraseTooShort.
    """
    from caseworker.security import check_new_passphrase

    named: str | None = getattr(args, "passphrase_file", None)
    if named:
        passphrase = cli_unlock.read_secret_file(
            named,
            empty=translate(
                "Cli",
                "The passphrase file “{path}” is empty: its first line is the new passphrase.",
            ),
            unreadable=translate("Cli", "The passphrase file “{path}” cannot be read: {reason}"),
        )
    elif sys.stdin.isatty():
        passphrase = getpass.getpass(translate("Cli", "New passphrase: "))
        check_new_passphrase(passphrase)
        again = getpass.getpass(translate("Cli", "The same passphrase again: "))
        if again != passphrase:
            raise CaseworkerError(
                translate("Cli", "The two passphrases differ. Nothing was changed.")
            )
    else:
        raise CaseworkerError(
            translate(
                "Cli",
                "Give the new passphrase in a file with --passphrase-file FILE (its first "
                "line), or run encrypt at a terminal to type it. Nothing was changed.",
            )
        )
    check_new_passphrase(passphrase)
    return passphrase


def _progress_on_terminal() -> Progress | None:
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if percent >= 100 else "\r"
            print(
                translate("Cli", "Encrypting: {percent} %").format(percent=percent),
                end=end,
                file=sys.stderr,
                flush=True,
            )

    return progress


def encrypt_command(args: argparse.Namespace) -> int:
    """Prints the recovery code alone on stdout, what it is on stderr."""
    from caseworker.security.convert import encrypt_plain_database

    path = cli_unlock.database_file(args)
    if path is None:
        raise CaseworkerError(
            translate(
                "Cli",
                "Only a database file can be protected with a passphrase; a database on a "
                "server is protected by its server. Nothing was changed.",
            )
        )
    if cli_unlock.is_protected(path):
        raise CaseworkerError(
            translate(
                "Cli",
                "The database {location} is already protected with a passphrase. Nothing was "
                "changed.",
            ).format(location=path)
        )
    passphrase = _new_passphrase(args)
    converted = encrypt_plain_database(path, passphrase, progress=_progress_on_terminal())
    print(
        translate(
            "Cli",
            "The database {location} and its evidence files are now protected with the "
            "passphrase; the plain files were removed. The recovery code follows, "
            "shown only this once: write it down and keep it apart from the computer. With "
            "it a forgotten passphrase can be replaced; without both, nobody can open the "
            "database. Backups made before now are not encrypted: once a new backup has been "
            "made, delete the older ones.",
        ).format(location=path),
        file=sys.stderr,
    )
    if converted.plain_copies:
        print(
            translate(
                "Cli",
                "These older copies of the database beside it are not encrypted (made before "
                "an upgrade or kept aside by a restore): whoever finds them can read them. "
                "Delete them once you no longer need them:",
            ),
            file=sys.stderr,
        )
        for path in converted.plain_copies:
            print(f"  {path}", file=sys.stderr)
    print(converted.recovery_code)
    return EXIT_OK
