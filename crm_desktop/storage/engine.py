"""The SQLAlchemy engine with the settings that keep a shop's data safe, and the unit of work.

SQLite connections get (https://www.sqlite.org/pragma.html):
* ``journal_mode=WAL`` — readers never block the writer, and a crash never leaves a half-written page;
* ``synchronous=FULL`` — a commit that returned is on the disk, even after a power cut;
* ``foreign_keys=ON`` — SQLite ignores REFERENCES unless asked;
* ``busy_timeout`` — a second writer waits a few seconds instead of failing at once.

pysqlite's own transaction handling is switched off and we emit BEGIN ourselves (SQLAlchemy's
documented recipe, "Serializable isolation / Savepoints / Transactional DDL"), so that writing units
start with ``BEGIN IMMEDIATE``: the write lock is taken up front, never upgraded half-way, which is
where "database is locked" surprises come from.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Final

from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session

# Imported for the flush hooks they register: the search index kept in step, active serials kept.
import crm_desktop.storage.search_index
import crm_desktop.storage.sold_serials  # noqa: F401
from crm_desktop.errors import StorageEnvironmentError
from crm_desktop.i18n import _
from crm_desktop.storage.errors import translate

BUSY_TIMEOUT_MS = 5000


def create_app_engine(
    url: str, *, foreign_keys: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine for ``url``; SQLite gets the safety pragmas and explicit BEGIN handling."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine, foreign_keys=foreign_keys, busy_timeout_ms=busy_timeout_ms)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    _password_from_keyring(engine, make_url(url))
    return engine


def _password_from_keyring(engine: Engine, url: URL) -> None:
    """A server URL without a password: the system keyring's, when it keeps one for this server (asked
    once, at the first connection); otherwise libpq reads ``~/.pgpass`` itself."""
    if url.password is not None or url.host is None:
        return
    found: list[str | None] = []

    @event.listens_for(engine, "do_connect")
    def _on_connect(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        if "password" in params:
            return
        if not found:
            from crm_desktop.storage.passwords import keyring_password

            found.append(
                keyring_password(url.host or "", url.port or 5432, url.database or "", url.username or "")
            )
        if found[0] is not None:
            params["password"] = found[0]


SAFE_SYNCHRONOUS: Final = 2  # FULL


def check_connection(
    cursor: Any, *, foreign_keys: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> str:
    """What a SQLite connection reports against the app's safety settings: "" when all hold (full sync,
    foreign keys as asked, the busy timeout), else which do not."""
    wrong = []
    if int(cursor.execute("PRAGMA synchronous").fetchone()[0]) != SAFE_SYNCHRONOUS:
        wrong.append(_("synchronous is not FULL"))
    if bool(cursor.execute("PRAGMA foreign_keys").fetchone()[0]) != foreign_keys:
        wrong.append(_("foreign keys are not on") if foreign_keys else _("foreign keys are not off"))
    if int(cursor.execute("PRAGMA busy_timeout").fetchone()[0]) != int(busy_timeout_ms):
        wrong.append(_("the busy timeout is not set"))
    return ", ".join(wrong)


def _opened_read_only(engine: Engine) -> bool:
    return "mode=ro" in str(engine.url)


def _configure_sqlite(engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see module docstring
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            journal = str(cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
            cursor.execute("PRAGMA synchronous=FULL")
            found = check_connection(cursor, foreign_keys=foreign_keys, busy_timeout_ms=busy_timeout_ms)
        finally:
            cursor.close()
        read_only = dbapi_connection.execute("PRAGMA query_only").fetchone()[0] or _opened_read_only(engine)
        if journal != "wal" and not read_only:
            # The write-ahead log is what keeps a crash or a power cut from losing a saved action; a file
            # where SQLite cannot keep one (a network share, some synced folders) is refused.
            raise StorageEnvironmentError(
                _(
                    "The shop's file cannot keep SQLite's write-ahead log where it is (journal mode {mode}): "
                    "is it on a network share? Keep it on this computer's own disk, or use a shop server."
                ).format(mode=journal)
            )
        if found:
            raise StorageEnvironmentError(
                _("The shop's file did not accept its safety settings: {found}.").format(found=found)
            )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


CHANNEL: Final = "crm_desktop"  # PostgreSQL: where each commit is announced to the other workstations
_NOTIFY: Final = text("SELECT pg_notify(:channel, :token)")


def writer(engine: Engine) -> Engine:
    """The same engine, but transactions start with BEGIN IMMEDIATE on SQLite."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


class UnitOfWork:
    """One user action = one session = one transaction, rolled back unless :meth:`commit` is called.

    Storage failures that are the environment's (disk full, read-only, locked...) leave as
    :class:`~crm_desktop.errors.StorageEnvironmentError`; bugs keep their own exception.
    """

    def __init__(self, engine: Engine, *, write: bool, database: Database | None = None) -> None:
        self._engine = writer(engine) if write else engine
        self._write = write
        self._database = database
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = Session(bind=self._engine, expire_on_commit=False, autoflush=True)
        return self

    def commit(self) -> None:
        try:
            if self._write and self._database is not None and self._engine.dialect.name == "postgresql":
                # the other workstations hear of it on commit (storage.watch); dropped on rollback
                self.session.execute(_NOTIFY, {"channel": CHANNEL, "token": self._database.token})
            self.session.commit()
            if self._write and self._database is not None:
                self._database.commits += 1
        except Exception as exc:
            self.session.rollback()
            translated = translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if exc is not None:
            translated = translate(exc)
            if translated is not exc:
                raise translated from exc


class Database:
    """An opened, migrated database: the factory of units of work for services."""

    def __init__(self, engine: Engine, description: str, *, read_only: str | None = None) -> None:
        self.engine = engine
        self.description = description
        self.read_only = read_only  # why this copy cannot be changed (None: it can)
        self.commits = 0  # writing units of work committed through this object (storage.watch)
        self.token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"  # in what it announces on PostgreSQL

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self.engine, write=False)

    def writing(self) -> UnitOfWork:
        if self.read_only is not None:  # refused before anything is read or typed into the database
            raise StorageEnvironmentError(
                _("This copy of the shop can't be changed ({why}): nothing was saved.").format(
                    why=self.read_only
                )
            )
        return UnitOfWork(self.engine, write=True, database=self)

    @contextmanager
    def connect(self) -> Iterator[Any]:
        with self.engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
