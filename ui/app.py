"""Start the desktop program: arguments, logging, error hook, translations, database, window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# The domain and SQLAlchemy load before Qt on purpose (see caseworker.preload).
import caseworker.preload  # noqa: F401
from caseworker import __version__
from caseworker.actor import adopt_login, current_actor
from caseworker.collector import loading_modules
from caseworker.db import Database
from caseworker.db.cipher import keys_file_of
from caseworker.db.engine import resolve_url, sqlite_path
from caseworker.errors import (
    CaseworkerError,
    DatabaseError,
    DatabaseLoginRefused,
    DatabaseUnavailable,
)

# isort: split
import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from shiboken6 import Shiboken

from ui import settings
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.cycle_collector import CycleCollector
from ui.messages import ask_retry, show_error
from ui.translations import install_translations
from ui.upgrade_notice import open_database_with_notice

if TYPE_CHECKING:
    from caseworker.security.keys import DerivedKeys

APPLICATION_NAME = "Caseworker"
LOG_FILE_BYTES = 2_000_000
LOG_FILE_COUNT = 3

log = logging.getLogger(__name__)


def log_path() -> Path:
    """``<user data dir>/logs/caseworker.log``."""
    data = Path(platformdirs.user_data_dir(APPLICATION_NAME, appauthor=False))
    return data / "logs" / "caseworker.log"


def setup_logging(path: Path | None = None) -> Path:
    """Log to a rotating file in the user's data folder (and warnings to stderr)."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    root.addHandler(console)
    return path


class ExceptionHook:
    """``sys.excepthook``: log every unexpected exception and show it, never swallow it."""

    def __init__(self) -> None:
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        if isinstance(error, DatabaseUnavailable):
            # A server lost under a view's read (a refresh, a page of the list): expected,
            # said by its sentence; the log needs no traceback for it.
            log.warning("Said: %s", error.message)
        else:
            log.critical("Unexpected exception", exc_info=(kind, error, traceback))
        if self._showing or QApplication.instance() is None:
            # One dialog at a time: an error while showing one is logged only.
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), error)
        finally:
            self._showing = False


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our arguments, and the rest (left for Qt, such as ``-platform``)."""
    parser = argparse.ArgumentParser(
        prog="caseworker", description="Casework desk for families searching for relatives."
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $CASEWORKER_DB, else the user data folder)",
    )
    return parser.parse_known_args(argv)


def protected_file(db: str | None) -> Path | None:
    """The database file named by ``--db`` (or its default) when a keys file lies beside it,
    so that it must be unlocked first; else None (a plain file, a new one, a server)."""
    path = sqlite_path(resolve_url(db))
    return path if path is not None and keys_file_of(path).is_file() else None


def unlock_at_start(path: Path) -> DerivedKeys | None:
    """Ask the passphrase of the database file ``path`` in a dialog (see
    :mod:`ui.security.unlock_dialog`); its keys, or None when the caseworker chose
    to exit. Writes nothing unless the caseworker set a new passphrase with the recovery code.
    """
    # Only a protected database loads the dialog (and, through it, the keys' code).
    from ui.security.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(path)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    unlocked = dialog.unlocked
    # Deleted here, in the window's thread: the dialog has no parent and lies in a reference
    # cycle (its background job keeps its bound method), which a collection in a worker
    # thread would otherwise free, running the widget's destructor in that thread.
    Shiboken.delete(dialog)
    return unlocked.keys if accepted and unlocked is not None else None


def open_database_or_explain(db: str | None, keys: DerivedKeys | None = None) -> Database | None:
    """Open the database (encrypted, with its vault sealed, when ``keys`` are given; an older
    one upgraded with a notice shown, see :mod:`ui.upgrade_notice`), or say in a dialog why
    it cannot be opened (and return None). A database server that cannot
    be reached is said with a "Retry" choice; a server wanting a password (or another one)
    asks for it (see :mod:`ui.team.server_password`)."""
    while True:
        try:
            return open_database_with_notice(db, keys=keys)
        except DatabaseLoginRefused as error:
            from ui.team.server_password import wants_password

            if not wants_password(error):
                _explain(error)
                return None
            log.info("The server refused the login %s: %s", error.login, error.reason)
            return ask_server_password(db, error)
        except DatabaseUnavailable as error:
            if not ask_retry(None, error):
                return None
        except DatabaseError as error:
            _explain(error)
            return None


def ask_server_password(db: str | None, error: DatabaseLoginRefused) -> Database | None:
    """Ask the password of the login the server refused (see :mod:`ui.team.server_password`)
    until it opens the database ``db`` names (then that database) or the person chooses to
    exit (then None). Writes nothing: the password is for this run only."""
    from ui.team.server_password import ServerPasswordDialog, opener_for

    dialog = ServerPasswordDialog(error, opener_for(db))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    database = dialog.database
    Shiboken.delete(dialog)  # no parent: deleted here, in the window's thread
    return database if accepted else None


def _explain(error: DatabaseError) -> None:
    """Say in a dialog why the database cannot be opened."""
    # A file that looks encrypted without a keys file beside it (DatabaseProtected) is
    # said to be damaged or to miss its keys file, which is named: the header cannot tell.
    message = error.message
    log.error("Cannot open the database: %s", message)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Application", "Cannot open the database"),
        message,
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("databaseError")
    box.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``caseworker`` entry point; returns the exit code."""
    arguments, qt_arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    setup_logging()
    sys.excepthook = ExceptionHook()

    app = QApplication([sys.argv[0], *qt_arguments])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationVersion(_version())
    preferences = settings.preferences_store()
    install_translations(app, settings.LANGUAGE.read(preferences))
    # Cycles are collected in this thread only: never a widget's destructor in a worker's.
    CycleCollector(app)
    from ui.evidence import opened_copies

    opened_copies.install(app)  # copies a crash left are removed; this session's at exit

    keys: DerivedKeys | None = None
    if (protected := protected_file(arguments.db)) is not None:
        keys = unlock_at_start(protected)
        if keys is None:
            log.info("Left at the passphrase of %s", protected)
            return 0
    database = open_database_or_explain(arguments.db, keys=keys)
    if database is None:
        return 1
    log.info("Opened %s", database.display_name)
    try:
        # Imported late so that the window's modules load after the translators; their
        # objects frozen as the earlier modules' are (see caseworker.collector).
        with loading_modules():
            from ui.main_window import MainWindow

        adopt_login(database)  # on a team's server, who logged in is who works
        context = AppContext(
            database=database,
            actor=current_actor(settings.CASEWORKER_NAME.read(preferences)),
            notifier=ChangeNotifier(app),
            undo_stack=QUndoStack(app),
        )
        window = MainWindow(context, preferences=preferences)
        if keys is not None:
            window.auto_backup.use_key(keys.database)
        window.show()
        from ui.first_start import ask_name_at_first_start, offer_protection_at_first_start

        named = ask_name_at_first_start(window, preferences, context)
        offer_protection_at_first_start(window, preferences, context, after=named)
        if protected is not None and keys is not None:
            from ui.security.idle_lock import IdleLock

            def leave() -> None:
                window.close()
                app.quit()

            IdleLock(protected, keys.database, preferences, leave, parent=window)
        return app.exec()
    except CaseworkerError as error:
        show_error(None, error)
        return 1
    finally:
        database.dispose()


def _version() -> str:
    """The program's version, as ``caseworker.__version__`` says (the package's metadata
    says the same, ``tests/test_version.py``; reading it took 3 ms of every start)."""
    return __version__
