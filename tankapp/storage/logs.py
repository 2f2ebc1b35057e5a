"""The log file: details for whoever fixes a problem, never personal data.

``tankapp.log`` in the data folder, rotated at 1 MB with two old files kept.
Every file (the current one and the rotated ones) is readable by the owner
only, whatever the umask. The file is opened on the first message, so a CLI
command that logs nothing creates nothing.

What goes in: event names, problem codes, record ids, file names of the
program's own files. What never goes in: members' names, e-mail addresses,
free text, or an exception's message from the data layer (it can quote the
values of a row). Code that logs a refused change logs its problem code.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from tankapp.storage import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 and stay so after rotation."""

    def _open(self):
        folder = os.path.dirname(self.baseFilename)
        paths.ensure_private_dir(Path(folder))
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def doRollover(self) -> None:
        super().doRollover()
        for i in range(1, self.backupCount + 1):
            name = f"{self.baseFilename}.{i}"
            if os.path.exists(name):
                os.chmod(name, 0o600)


def install(level: int = logging.INFO) -> logging.Handler:
    """Send the root logger to the private log file (once per process)."""
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, PrivateRotatingFileHandler):
            return h
    handler = PrivateRotatingFileHandler(
        paths.log_path(), maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return handler
