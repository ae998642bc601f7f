"""The backups window: the chosen folder, this database's backups, a backup now, a restore."""
