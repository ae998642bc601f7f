"""Load the interface translations (ours and Qt's) for the chosen or the system language."""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from caseworker import i18n

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
SOURCE_LANGUAGE = "en"

log = logging.getLogger(__name__)

#: Words of Qt's own file dialog that Qt's Russian lacks (Qt 6 gave the form's captions
#: mnemonics and its catalog kept the old wording): our catalog carries them, and Qt asks it
#: when its own has no answer.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _qt_numerus(context: str, text: str, n: int) -> str | None:
    """Qt's plural form of ``text`` for ``n``; None when no translator knows the message."""
    translated = QCoreApplication.translate(context, text, None, n)
    return None if translated == text.replace("%n", str(n)) else translated


def interface_locale(language: str) -> QLocale:
    """The locale for ``language`` ("" means the system's)."""
    return QLocale(language) if language else QLocale.system()


def qt_folders() -> list[str]:
    """Where Qt's own translations may be: Qt's configured folder, then PySide6's own (a Qt
    built elsewhere may point to a folder that lacks them), then the system's Qt 6."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return list(dict.fromkeys([configured, str(bundled), "/usr/share/qt6/translations"]))


def install_translations(
    app: QCoreApplication, language: str = "", *, folder: Path | None = None
) -> list[QTranslator]:
    """Install Caseworker's and Qt's translators for ``language`` ("" follows the system);
    Caseworker's catalogue from ``folder`` (default: the program's own).

    The chosen locale also becomes the default, so dates are written as that language writes
    them. Domain strings (``caseworker.i18n``) are routed through Qt's translator too. A
    missing translation file is not an error: the interface stays in English. Returns the
    translators installed.
    """
    locale = interface_locale(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    # The source strings are English; the "C" locale of a bare system means English too.
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        # Qt's own (qtbase: the standard buttons, file and message dialogs) after ours.
        ours = [str(folder or TRANSLATIONS_DIR)]
        for name, folders in (("caseworker", ours), ("qtbase", qt_folders())):
            translator = QTranslator(app)
            if load_in_memory(translator, locale, name, folders) and app.installTranslator(
                translator
            ):
                installed.append(translator)
            else:
                log.info("No %s translation for %s", name, locale.name())
    language = locale.name().partition("_")[0] if installed else ""
    i18n.install_translator(i18n.Translation(_qt_translate, _qt_numerus, language))
    return installed


#: The catalogues read, for as long as the program runs: a translator loaded from memory
#: reads its words where they lie (Qt does not copy them).
_READ: list[bytes] = []


def load_in_memory(translator: QTranslator, locale: QLocale, name: str, folders: list[str]) -> bool:
    """Load the catalogue ``name`` for ``locale`` from the first of ``folders`` that has it
    (found as Qt finds it), read whole into memory; whether one was loaded. Raises nothing.

    Loaded from its file, Qt maps the catalogue into memory: rewritten in place while the
    program runs (a rebuilt catalogue, an update of the program) it turned the whole
    interface to English, and a later look-up in the changed file crashed the window.
    """
    for place in folders:
        if not translator.load(locale, name, "_", place):
            continue
        path = Path(translator.filePath())
        try:
            data = path.read_bytes()
        except OSError as error:
            log.warning("Cannot read %s: %s", path, error)
            return False
        if translator.load(data, str(path.parent)):
            _READ.append(data)
            return True
        log.warning("Cannot load %s", path)
        return False
    return False
