"""A backup told in the caseworker's words: when (today, yesterday, a day), who made it, what
it holds, how large it is, whether it is protected."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from caseworker.backup.manifest import AUTOMATIC, BY_HAND, COMMAND, Backup
from caseworker.i18n import Plurals
from ui.widgets.date_field import format_day


class BackupCounts(Plurals):
    """The plural messages (English drops ``(s)`` for one)."""


translate = QCoreApplication.translate


def when(moment: datetime, today: date | None = None) -> str:
    """ "today at 17:11", "yesterday at 09:02", else "2 дек. 2026, 17:11", in local time."""
    local = moment.astimezone()
    time = QLocale().toString(
        QTime(local.hour, local.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    )
    day, today = local.date(), today or date.today()
    if day == today:
        return translate("BackupWords", "today at {time}").format(time=time)
    if (today - day).days == 1:
        return translate("BackupWords", "yesterday at {time}").format(time=time)
    return translate("BackupWords", "{day}, {time}").format(day=format_day(day), time=time)


def kind(backup: Backup) -> str:
    """Who asked for the backup; "" for a backup made before it was written down."""
    return {
        AUTOMATIC: translate("BackupWords", "automatic"),
        BY_HAND: translate("BackupWords", "made by hand"),
        COMMAND: translate("BackupWords", "command line"),
    }.get(backup.manifest.kind, "")


def contents(backup: Backup) -> str:
    """ "3 cases, 4 sought persons, 12 reports" (and the evidence files when there are)."""
    counts = backup.manifest.counts
    parts = [
        BackupCounts.tr("%n case(s)", None, counts.get("cases", 0)),
        BackupCounts.tr("%n sought person(s)", None, counts.get("persons", 0)),
        BackupCounts.tr("%n report(s)", None, counts.get("reports", 0)),
    ]
    if backup.manifest.vault:
        parts.append(BackupCounts.tr("%n evidence file(s)", None, len(backup.manifest.vault)))
    return ", ".join(parts)


def size(backup: Backup) -> str:
    """The database copy and its evidence files, as the locale writes a size ("1,2 МБ")."""
    total = backup.manifest.database_size + sum(size for _path, size in backup.manifest.vault)
    return QLocale().formattedDataSize(total, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def protection(backup: Backup) -> str:
    return (
        translate("BackupWords", "protected")
        if backup.manifest.encrypted
        else translate("BackupWords", "not protected")
    )
