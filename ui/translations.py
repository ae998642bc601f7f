"""Load the interface translations (ours and Qt's) for the chosen or the system language."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caseworker import i18n

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
SOURCE_LANGUAGE = "en"

log = logging.getLogger(__name__)


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def interface_locale(language: str) -> QLocale:
    """The locale for ``language`` ("" means the system's)."""
    return QLocale(language) if language else QLocale.system()


def install_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Install Caseworker's and Qt's translators for ``language`` ("" follows the system).

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
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("caseworker", str(TRANSLATIONS_DIR)), ("qtbase", qt_dir)):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
                installed.append(translator)
            else:
                log.info("No %s translation for %s", name, locale.name())
    i18n.install_translator(_qt_translate)
    return installed
