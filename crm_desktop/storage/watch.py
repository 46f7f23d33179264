"""Noticing what other workstations (or another program on the same file) saved, so that pages can show
it within a couple of seconds without anyone navigating away and back.

* PostgreSQL: every writing unit of work sends ``NOTIFY crm_desktop, '<process token>'`` in its
  transaction (delivered on commit, dropped on rollback); the watcher ``LISTEN``\\s on a connection of
  its own and reports the notifications that carry another token.
  https://www.postgresql.org/docs/current/sql-notify.html
* SQLite: ``PRAGMA data_version`` on a connection of the watcher's own changes when any *other*
  connection committed; this process's own commits are counted (:attr:`Database.commits`) so that they
  are not mistaken for someone else's. When both happened between two looks, the other's is reported
  at the next one that sees no commit of ours... or missed, if ours keep coming: a page is then
  refreshed by our own change anyway. https://www.sqlite.org/pragma.html#pragma_data_version

:meth:`ChangeWatcher.poll` is cheap (a pragma on an open connection, or reading what the server has
already sent) and never blocks; the window calls it every second.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.storage.engine import CHANNEL, Database


class ChangeWatcher:
    """``poll()`` → True when someone else committed since the last poll (or since it was made)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn: Any = database.engine.raw_connection()  # its own: never returned to the pool meanwhile
        self._postgres = database.engine.dialect.name == "postgresql"
        driver = self._conn.driver_connection
        assert driver is not None, "a fresh connection has its driver connection"
        self._driver: Any = driver
        if self._postgres:
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
        self._version = self._data_version()
        self._commits = database.commits

    def _data_version(self) -> int:
        if self._postgres:
            return 0
        cursor = self._conn.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def poll(self) -> bool:
        if self._postgres:
            tokens = [n.payload for n in self._driver.notifies(timeout=0, stop_after=None)]
            return any(token != self._database.token for token in tokens)
        version, commits = self._data_version(), self._database.commits
        changed = version != self._version and commits == self._commits
        self._version, self._commits = version, commits
        return changed

    def close(self) -> None:
        self._conn.close()


__all__ = ["ChangeWatcher"]
