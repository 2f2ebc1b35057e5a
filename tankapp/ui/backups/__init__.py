"""Backups in the window: the status line, backing up, restoring, checking."""
