"""The command line's ``passphrase change``, ``passphrase recover`` and
``passphrase recovery-code``: the keys file of a protected database, rewrapped.

None of them opens the database: they read and rewrite only its keys file
(``<database>.keys``), so no encrypted byte changes. Every secret comes from the first line of
a file, never from an argument. A recovery code is printed alone on stdout (for a script to
keep), what it means on stderr; it is shown this once and stored nowhere.

After ``recover`` the code that was used is replaced by a new one: it has been typed or kept
in a file to be used, so it may no longer be secret, and the paper it was written on now
describes a way in that is gone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caseworker.cli import unlock as cli_unlock
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate

EXIT_OK = 0


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    passphrase = commands_.add_parser(
        "passphrase",
        help=translate(
            "Cli", "change the passphrase of a protected database, or its recovery code"
        ),
    )
    actions = passphrase.add_subparsers(dest="action", required=True, metavar="ACTION")
    change = actions.add_parser(
        "change", help=translate("Cli", "set a new passphrase; nothing is re-encrypted")
    )
    _current_passphrase_option(change)
    _new_passphrase_option(change)
    change.set_defaults(keys_handler=change_command)
    recover = actions.add_parser(
        "recover",
        help=translate(
            "Cli",
            "set a new passphrase with the recovery code; prints a new recovery code",
        ),
    )
    recover.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        required=True,
        help=translate("Cli", "the file whose first line is the recovery code"),
    )
    _new_passphrase_option(recover)
    recover.set_defaults(keys_handler=recover_command)
    code = actions.add_parser(
        "recovery-code",
        help=translate("Cli", "print a new recovery code; the old one opens nothing any more"),
    )
    _current_passphrase_option(code)
    code.set_defaults(keys_handler=recovery_code_command)


def _current_passphrase_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when left out here, the global option (or the variable) still counts.
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "the file whose first line is the current passphrase (default: ${variable})",
        ).format(variable=cli_unlock.ENV_VARIABLE),
    )


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        required=True,
        help=translate("Cli", "the file whose first line is the new passphrase"),
    )


def _protected_file(args: argparse.Namespace) -> Path:
    """The database file, which must have a keys file; raises CaseworkerError otherwise."""
    path = cli_unlock.database_file(args)
    if path is None:
        raise CaseworkerError(
            translate("Cli", "Only a database file can be protected with a passphrase.")
        )
    if not cli_unlock.is_protected(path):
        raise CaseworkerError(
            translate(
                "Cli",
                "The database {location} is not protected with a passphrase; there is no "
                "passphrase or recovery code to change. Nothing was changed.",
            ).format(location=path)
        )
    return path


def _new_passphrase(args: argparse.Namespace) -> str:
    """The new passphrase, read and checked before any slow work."""
    from caseworker.security import check_new_passphrase

    new = cli_unlock.read_secret_file(
        args.new_passphrase_file,
        empty=translate(
            "Cli",
            "The new passphrase file “{path}” is empty: its first line is the new passphrase.",
        ),
        unreadable=translate("Cli", "The new passphrase file “{path}” cannot be read: {reason}"),
    )
    check_new_passphrase(new)
    return new


def _show_code(code: str, explanation: str) -> None:
    print(explanation, file=sys.stderr)
    print(code)


def change_command(args: argparse.Namespace) -> int:
    """Prints a sentence; the recovery code stays as it was."""
    from caseworker.security import change_passphrase

    path = _protected_file(args)
    new = _new_passphrase(args)
    unlocked = cli_unlock.unlock_database(path, args)
    change_passphrase(path, unlocked, new)
    print(
        translate(
            "Cli",
            "The passphrase of {location} was changed; the old one opens it no more. "
            "The recovery code stays as it was.",
        ).format(location=path)
    )
    return EXIT_OK


def recover_command(args: argparse.Namespace) -> int:
    """Prints the new recovery code alone on stdout, what it is on stderr."""
    from caseworker.security import change_passphrase, new_recovery_code, unlock_with_recovery

    path = _protected_file(args)
    new = _new_passphrase(args)
    code = cli_unlock.read_secret_file(
        args.recovery_code_file,
        empty=translate(
            "Cli", "The recovery code file “{path}” is empty: its first line is the code."
        ),
        unreadable=translate("Cli", "The recovery code file “{path}” cannot be read: {reason}"),
    )
    unlocked = unlock_with_recovery(path, code)
    change_passphrase(path, unlocked, new)
    _show_code(
        new_recovery_code(path, unlocked),
        translate(
            "Cli",
            "The passphrase of {location} was changed. The recovery code used opens it no "
            "more; the new one follows, shown only this once: write it down, keep it apart "
            "from the computer, and delete the file that held the old one.",
        ).format(location=path),
    )
    return EXIT_OK


def recovery_code_command(args: argparse.Namespace) -> int:
    """Prints the new recovery code alone on stdout, what it is on stderr."""
    from caseworker.security import new_recovery_code

    path = _protected_file(args)
    unlocked = cli_unlock.unlock_database(path, args)
    _show_code(
        new_recovery_code(path, unlocked),
        translate(
            "Cli",
            "A new recovery code for {location} follows, shown only this once; the old one "
            "opens it no more. Write it down and keep it apart from the computer: whoever "
            "finds it can open the database.",
        ).format(location=path),
    )
    return EXIT_OK
