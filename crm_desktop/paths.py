"""Where the shop's data lives: the database file, its backups and the log folder.

Resolution order (first wins):
1. an explicit database URL (``--database-url`` or ``CRM_DESKTOP_DATABASE_URL``), e.g. a shared PostgreSQL;
2. ``--db PATH``: that SQLite file (backups go beside it, in ``backups/``);
3. ``--data-dir DIR`` or ``CRM_DESKTOP_DATA_DIR``: ``DIR/crm.sqlite3``;
4. the user data folder from platformdirs (``~/.local/share/crm_desktop`` on Linux).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crm_desktop.bundled import package_resource as package_resource  # re-exported: callers look here
from crm_desktop.errors import UserFacingError

APP_NAME = "crm_desktop"
DB_FILENAME = "crm.sqlite3"
ENV_URL = "CRM_DESKTOP_DATABASE_URL"
ENV_DATA_DIR = "CRM_DESKTOP_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Resolved locations. ``db_file`` is None when the database is a server (PostgreSQL)."""

    data_dir: Path
    url: str
    db_file: Path | None

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def is_sqlite(self) -> bool:
        return self.db_file is not None

    def describe(self) -> str:
        """The database in words for a status bar or an error message (never shows a password)."""
        if self.db_file is not None:
            return str(self.db_file)
        return make_url(self.url).render_as_string(hide_password=True)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def resolve(
    *,
    db: str | None = None,
    database_url: str | None = None,
    data_dir: str | None = None,
    environ: dict[str, str] | None = None,
) -> AppPaths:
    env = os.environ if environ is None else environ
    url = database_url or env.get(ENV_URL) or None
    base = Path(data_dir or env.get(ENV_DATA_DIR) or default_data_dir()).expanduser()
    if url:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise UserFacingError(
                f"The database URL {url!r} is not valid; it looks like "
                "postgresql+psycopg://user:password@server/crm"
            ) from None
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise UserFacingError("A SQLite database URL must name a file.")
            file = Path(parsed.database).expanduser().resolve()
            return AppPaths(data_dir=file.parent, url=sqlite_url(file), db_file=file)
        if parsed.get_backend_name() != "postgresql":
            raise UserFacingError("Only SQLite files and PostgreSQL servers are supported.")
        if parsed.drivername == "postgresql":
            url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return AppPaths(data_dir=base.resolve(), url=url, db_file=None)
    if db:
        file = Path(db).expanduser().resolve()
        return AppPaths(data_dir=file.parent, url=sqlite_url(file), db_file=file)
    base = base.resolve()
    file = base / DB_FILENAME
    return AppPaths(data_dir=base, url=sqlite_url(file), db_file=file)


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only.

    A folder that already exists is left as it is: ``--db /shared/folder/shop.sqlite3`` must never
    change the permissions of a folder the app did not create (the database file itself is 0600).
    """
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True)
        os.chmod(folder, 0o700)  # after mkdir, so the umask cannot loosen it
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")


def make_private_file(path: Path) -> None:
    """Owner read/write only; also for SQLite's -wal and -shm companions when they exist."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)
