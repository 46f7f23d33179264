"""Where the shop's data lives: the database file, its backups and the log folder.

Resolution order (first wins):
1. an explicit database URL (``--database-url`` or ``CRM_DESKTOP_DATABASE_URL``), e.g. a shared PostgreSQL;
2. ``--db PATH``: that SQLite file (backups go beside it, in ``backups/``);
3. ``--data-dir DIR`` or ``CRM_DESKTOP_DATA_DIR``: the shop server named in ``DIR/server.json`` (Settings →
   Shop server writes it), else ``DIR/crm.sqlite3``;
4. the user data folder from platformdirs (``~/.local/share/crm_desktop`` on Linux), the same way.

``server.json`` never holds a password: libpq finds it in ``~/.pgpass`` (or ``PGPASSFILE``), or the engine
asks the system keyring (see :mod:`crm_desktop.storage.engine`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.bundled import package_resource as package_resource  # re-exported: callers look here
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _

APP_NAME = "crm_desktop"
DB_FILENAME = "crm.sqlite3"
ENV_URL = "CRM_DESKTOP_DATABASE_URL"
ENV_DATA_DIR = "CRM_DESKTOP_DATA_DIR"
SERVER_FILE = "server.json"  # in the data folder: the shop server this computer uses
TLS_MODES = ("prefer", "require", "verify-full", "disable")  # libpq's sslmode values offered


@dataclass(frozen=True)
class ServerSettings:
    """A PostgreSQL shop server, as Settings → Shop server shows it (no password: see the module)."""

    host: str
    port: int = 5432
    database: str = "crm"
    user: str = "crm"
    tls: str = "prefer"

    def url(self) -> str:
        from sqlalchemy.engine import URL  # loaded when a server is named: the window paints before it

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.tls} if self.tls != "prefer" else {},
        ).render_as_string(hide_password=False)

    def describe(self) -> str:
        return _("{database} on {host}:{port} as {user}").format(
            database=self.database, host=self.host, port=self.port, user=self.user
        )


def read_server_file(data_dir: Path) -> ServerSettings | None:
    """The shop server named in ``data_dir/server.json``; None when there is none."""
    path = data_dir / SERVER_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no choice made (or no data folder yet)
        return None
    except OSError as exc:
        raise UserFacingError(
            _("The shop server settings in {path} cannot be read ({why}).").format(
                path=path, why=exc.strerror or exc
            )
        ) from None
    try:
        raw = json.loads(text)
        settings = ServerSettings(
            host=str(raw["host"]),
            port=int(raw.get("port", 5432)),
            database=str(raw.get("database", "crm")),
            user=str(raw.get("user", "crm")),
            tls=str(raw.get("tls", "prefer")),
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise UserFacingError(
            _(
                "The shop server settings in {path} cannot be read ({why}). Fix or delete the file, "
                "then start crm_desktop again (without it, the shop's own file on this computer is used)."
            ).format(path=path, why=exc)
        ) from None
    if settings.tls not in TLS_MODES:
        raise UserFacingError(
            _("{path}: the TLS mode {mode} is not one of {modes}.").format(
                path=path, mode=repr(settings.tls), modes=", ".join(TLS_MODES)
            )
        )
    return settings


def write_server_file(data_dir: Path, settings: ServerSettings | None) -> None:
    """Name ``settings`` as this computer's shop server (None: back to the file on this computer).
    Written to a temporary file then renamed: a crash leaves the old settings or the new, never half."""
    path = data_dir / SERVER_FILE
    if settings is None:
        path.unlink(missing_ok=True)
        return
    ensure_private_dir(data_dir)
    temporary = path.with_suffix(".json.tmp")
    values = {
        "host": settings.host, "port": settings.port, "database": settings.database,
        "user": settings.user, "tls": settings.tls,
    }  # fmt: skip
    temporary.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


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
        from sqlalchemy.engine import make_url

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
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            raise UserFacingError(
                _(
                    "The database URL {url} is not valid; it looks like "
                    "postgresql+psycopg://user:password@server/crm"
                ).format(url=repr(url))
            ) from None
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise UserFacingError(_("A SQLite database URL must name a file."))
            file = Path(parsed.database).expanduser().resolve()
            return AppPaths(data_dir=file.parent, url=sqlite_url(file), db_file=file)
        if parsed.get_backend_name() != "postgresql":
            raise UserFacingError(_("Only SQLite files and PostgreSQL servers are supported."))
        if parsed.drivername == "postgresql":
            url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return AppPaths(data_dir=base.resolve(), url=url, db_file=None)
    if db:
        file = Path(db).expanduser().resolve()
        return AppPaths(data_dir=file.parent, url=sqlite_url(file), db_file=file)
    base = base.resolve()
    server = read_server_file(base)
    if server is not None:
        return AppPaths(data_dir=base, url=server.url(), db_file=None)
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
        raise NotADirectoryError(_("{path} is not a folder").format(path=path))


def make_private_file(path: Path) -> None:
    """Owner read/write only; also for SQLite's -wal and -shm companions when they exist."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)
