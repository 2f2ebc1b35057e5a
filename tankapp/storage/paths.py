"""Data locations, computed when asked (never at import) so tests can redirect them.

``TANKAPP_DATA_DIR`` overrides the platformdirs user data folder; tests and
portable installs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

from tankapp import APP_NAME

DB_FILENAME = "tankapp.sqlite"
#: The demo think tank's own file, beside the default database: trying the demo never touches real data.
DEMO_FILENAME = "demo.sqlite"


def is_database_url(text: str | os.PathLike | None) -> bool:
    """Whether ``text`` is a connection URL (``postgresql+psycopg://...``) rather than a file path.

    Any ``scheme://`` counts, so a URL of a server tankapp does not speak is refused
    with a sentence instead of being taken for a file name.
    """
    if not isinstance(text, str):
        return False
    scheme, sep, _rest = text.strip().partition("://")
    return bool(sep) and len(scheme) > 1 and scheme[0].isascii() and scheme[0].isalpha() and all(
        c.isascii() and (c.isalnum() or c in "+.-") for c in scheme
    )


def data_dir() -> Path:
    override = os.environ.get("TANKAPP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_FILENAME


def is_demo_db(path: str | os.PathLike) -> bool:
    """Whether ``path`` is the demo's own file in the data folder."""
    try:
        return os.path.samefile(path, demo_db_path())
    except OSError:  # one of them is not there (yet): compare the names
        return os.path.normcase(os.path.abspath(path)) == os.path.normcase(os.path.abspath(demo_db_path()))


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def log_path() -> Path:
    return data_dir() / "tankapp.log"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only.

    A folder that already exists is left as it is (it may be /tmp or a shared
    drive), except our own default data folder, which is always made private.
    """
    if not path.exists():
        ensure_private_dir(path.parent)
        path.mkdir(mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
    elif path == data_dir():
        os.chmod(path, 0o700)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 (SQLite copies it to -wal/-shm); an existing file is made 0600."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def backups_dir() -> Path:
    """Where tankapp keeps its automatic backups (and the copies kept aside by a restore)."""
    return data_dir() / "backups"
