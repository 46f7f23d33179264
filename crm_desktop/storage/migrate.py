"""Running Alembic from code: find the scripts, read a database's revision, upgrade safely.

The upgrade runs in one transaction with foreign keys off (so batch table copies do not cascade), then
``PRAGMA foreign_key_check`` must come back empty before it commits. A failing migration therefore leaves
the database exactly as it was. On PostgreSQL an advisory lock keeps two workstations that start at the
same moment from migrating together.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

import crm_desktop
from crm_desktop.errors import DatabaseTooNewError, MigrationError, NotOurDatabaseError, UserFacingError
from crm_desktop.i18n import N_, _
from crm_desktop.paths import AppPaths, package_resource
from crm_desktop.storage.engine import create_app_engine
from crm_desktop.storage.errors import translate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_PG_MIGRATION_LOCK = 0x43524D  # "CRM": any constant shared by all workstations
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or package_resource("migrations")))
    return config


def script_directory(script_location: Path | None = None) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location))


def known_revisions(script_location: Path | None = None) -> tuple[set[str], str]:
    """Every revision id and the head, read from the version files as text.

    Importing Alembic costs about a third of a second; an up-to-date database (every start but the
    first after an update) never needs it. A test checks this agrees with Alembic's own reading.
    """
    folder = (script_location or package_resource("migrations")) / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for source in folder.glob("*.py"):
        text_ = source.read_text(encoding="utf-8")
        found = _REVISION.search(text_)
        if found:
            revisions.add(found.group(1))
        down = _DOWN.search(text_)
        if down:
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations folder should have exactly one head, found {sorted(heads)}")
    return revisions, heads.pop()


def head_revision(script_location: Path | None = None) -> str:
    return known_revisions(script_location)[1]


@dataclass(frozen=True)
class DatabaseState:
    """What a database is before we touch it."""

    revision: str | None  # None: new or empty database
    head: str

    @property
    def is_new(self) -> bool:
        return self.revision is None

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def inspect_database(paths: AppPaths, script_location: Path | None = None) -> DatabaseState:
    """Read the revision without writing a byte; refuse a newer or foreign database."""
    known, head = known_revisions(script_location)
    revision = _read_revision(paths)
    if revision is not None and revision not in known:
        raise DatabaseTooNewError(
            _(
                "The database {database} was last opened by a newer version of crm_desktop "
                "(schema {revision}); this is version {version}. Install the newer "
                "version to open it. The file was not changed."
            ).format(database=paths.describe(), revision=revision, version=crm_desktop.__version__)
        )
    return DatabaseState(revision=revision, head=head)


def _read_revision(paths: AppPaths) -> str | None:
    if paths.db_file is not None:
        return _read_sqlite_revision(paths.db_file)
    engine = create_app_engine(paths.url)
    try:
        with engine.connect() as conn:
            return _revision_from_connection(conn, paths)
    except Exception as exc:
        translated = translate(exc)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        engine.dispose()


def _revision_from_connection(conn: Connection, paths: AppPaths) -> str | None:
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise NotOurDatabaseError(
                _("{database} holds other tables; it is not a crm_desktop database.").format(
                    database=paths.describe()
                )
            )
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def _read_sqlite_revision(file: Path) -> str | None:
    if not file.exists() or file.stat().st_size == 0:
        return None
    # In a folder that can't be written, SQLite can't make the -shm it reads a WAL file with: immutable
    # tells it no one else writes there either (a read-only share, a copy on a CD).
    immutable = "" if os.access(file.parent, os.W_OK) else "&immutable=1"
    try:
        conn = sqlite3.connect(f"{file.as_uri()}?mode=ro{immutable}", uri=True)
    except sqlite3.Error as exc:
        raise _translated(exc) from exc
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            if names:
                raise NotOurDatabaseError(
                    _("{database} holds other tables; it is not a crm_desktop database.").format(
                        database=file
                    )
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error as exc:
        raise _translated(exc) from exc
    finally:
        conn.close()


def _translated(exc: BaseException) -> BaseException:
    translated = translate(exc)
    if translated is exc:
        return UserFacingError(_("The database cannot be read: {why}").format(why=exc))
    return translated


WAITING_FOR_ANOTHER = N_(
    "Another workstation is upgrading the shop's database. crm_desktop opens as soon as it has finished."
)


def _take_pg_migration_lock(conn: Connection, waiting: Callable[[str], None] | None) -> None:
    """One workstation migrates at a time: the others wait for the lock (its transaction's end), saying
    so through ``waiting`` every half second, then find the database already upgraded."""
    key = {"key": _PG_MIGRATION_LOCK}
    while not conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), key).scalar():
        if waiting is not None:
            waiting(_(WAITING_FOR_ANOTHER))
        time.sleep(0.5)


def upgrade(
    paths: AppPaths,
    script_location: Path | None = None,
    target: str = "head",
    *,
    waiting: Callable[[str], None] | None = None,
) -> None:
    """Upgrade to ``target`` in one transaction; on any failure the database is left as it was.
    On a server, ``waiting`` hears (repeatedly) that another workstation is upgrading it meanwhile."""
    from alembic import command  # only when there is something to upgrade: it pulls in autogenerate

    engine = create_app_engine(paths.url, foreign_keys=False)
    config = alembic_config(script_location)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    _take_pg_migration_lock(conn, waiting)
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if conn.dialect.name == "sqlite":
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise MigrationError(
                            _(
                                "The database upgrade would leave broken links between records "
                                "({count} found, first in table {table}); nothing was changed."
                            ).format(count=len(problems), table=problems[0][0])
                        )
    except UserFacingError:
        raise
    except Exception as exc:
        translated = translate(exc)
        if translated is not exc:
            raise translated from exc
        raise MigrationError(
            _("Upgrading the database failed ({kind}: {why}); it was left exactly as it was.").format(
                kind=type(exc).__name__, why=exc
            )
        ) from exc
    finally:
        engine.dispose()


def current_revision(paths: AppPaths) -> str | None:
    return _read_revision(paths)
