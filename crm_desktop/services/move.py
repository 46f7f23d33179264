"""Moving a shop from its SQLite file onto a PostgreSQL server (``crm-desktop move-to URL``).

The server's database must be empty: the tables are made there by the migrations (the same schema as any
workstation would make), then every table is copied in the order its links need, ids kept, in one
transaction; PostgreSQL's id sequences are set past the copied ids. Then both sides are read again and
compared table by table: the row count and a SHA-256 of every row's values in id order, read through the
same models (so a time stamp or an amount is compared as the app sees it, not as each backend stores it).
The SQLite file is only read: it stays as it was, and is the way back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _, ngettext
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.storage.engine import Database, create_app_engine
from crm_desktop.storage.models import Base
from crm_desktop.storage.startup import open_database

BATCH: Final = 5_000  # rows read and written at a time
_NOT_COPIED: Final = ("alembic_version",)  # the target's migrations wrote their own


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str  # SHA-256 of the rows' values, hex, the same on both sides


@dataclass(frozen=True)
class MoveReport:
    target: str  # the server's URL without the password
    tables: tuple[TableCheck, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def move_to(source: Database, url: str) -> MoveReport:
    """Copy the shop in ``source`` (a SQLite database at the newest schema) to the empty PostgreSQL
    database at ``url``, then verify it; :class:`UserFacingError` with a sentence when it cannot be done,
    and then the server's database is left as the migrations made it (or as it was, if not empty)."""
    if source.engine.dialect.name != "sqlite":
        raise UserFacingError(_("This shop is already on a server: move-to copies a SQLite shop onto one."))
    target_paths = resolve(database_url=url, environ={})
    if target_paths.db_file is not None:
        raise UserFacingError(
            _("Give the server's database URL, such as postgresql+psycopg://shop@server/crm.")
        )
    _refuse_if_not_empty(target_paths)
    opened = open_database(target_paths, lock=False, daily_backup=False)  # makes the tables
    try:
        target = opened.database
        tables = [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED]
        with source.engine.connect() as reading, target.engine.begin() as writing:
            for table in tables:
                _copy(reading, writing, table)
                _set_sequence(writing, table)
        with source.engine.connect() as left, target.engine.connect() as right:
            checks = []
            for table in tables:
                mine, theirs = _check(left, table), _check(right, table)
                if mine != theirs:
                    raise UserFacingError(
                        _(
                            "The copy of {table} differs from the shop's ({here} rows here, {there} on the "
                            "server): empty the server's database and move again."
                        ).format(table=table.name, here=f"{mine.rows:,}", there=f"{theirs.rows:,}")
                    )
                checks.append(mine)
        return MoveReport(target_paths.describe(), tuple(checks))
    finally:
        opened.close()


def _refuse_if_not_empty(paths: AppPaths) -> None:
    engine: Engine = create_app_engine(paths.url)  # the keyring's password, as the shop will connect
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
    except Exception as exc:
        raise UserFacingError(
            _("The server cannot be reached: {why}").format(why=str(exc).splitlines()[0])
        ) from None
    finally:
        engine.dispose()
    if names:
        raise UserFacingError(
            ngettext(
                "The server's database is not empty ({count} table, such as {table}); move-to needs an empty "
                "one, so that nothing there is overwritten. Nothing was changed.",
                "The server's database is not empty ({count} tables, such as {table}); move-to needs an "
                "empty one, so that nothing there is overwritten. Nothing was changed.",
                len(names),
            ).format(count=len(names), table=sorted(names)[0])
        )


def _copy(reading: Connection, writing: Connection, table: Table) -> None:
    order = list(table.primary_key.columns) or list(table.columns)
    result = reading.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for rows in result.partitions(BATCH):
        writing.execute(table.insert(), [dict(row._mapping) for row in rows])


def _set_sequence(writing: Connection, table: Table) -> None:
    if writing.dialect.name != "postgresql" or "id" not in table.c:
        return
    highest = writing.execute(select(func.max(table.c.id))).scalar()
    if highest is not None:
        writing.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :highest)"),
            {"table": table.name, "highest": highest},
        )


def _check(conn: Connection, table: Table) -> TableCheck:
    order = list(table.primary_key.columns) or list(table.columns)
    digest = hashlib.sha256()
    rows = 0
    for row in conn.execute(select(table).order_by(*order)):
        rows += 1
        digest.update(repr(tuple(_plain(v) for v in row)).encode())
    return TableCheck(table.name, rows, digest.hexdigest())


def _plain(value: Any) -> Any:
    """A value as both backends give it back through the models (SQLite gives booleans as ints)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


__all__ = ["MoveReport", "TableCheck", "move_to"]
