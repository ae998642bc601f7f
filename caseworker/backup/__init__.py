"""Backups of a database, its keys file and its evidence vault, their rotation and restore.

- :func:`~caseworker.backup.make.make_backup` makes a verified backup into a chosen folder;
- :func:`~caseworker.backup.manifest.list_backups` lists a folder's backups;
- :func:`~caseworker.backup.restore.restore` puts one back, keeping the current files aside;
- :func:`~caseworker.backup.policy.backup_if_due` is the automatic backup's entry point.

The layout of a backup folder is described in :mod:`caseworker.backup.manifest`.
"""
