"""Checking a database without changing it: integrity, links between records, schema revision."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from crm_desktop.errors import StorageEnvironmentError
from crm_desktop.i18n import _
from crm_desktop.paths import AppPaths
from crm_desktop.storage import migrate
from crm_desktop.storage.engine import create_app_engine
from crm_desktop.storage.errors import translate
from crm_desktop.storage.startup import refuse_an_empty_file


@dataclass(frozen=True)
class CheckReport:
    revision: str | None
    head: str
    integrity_ok: bool
    foreign_keys_ok: bool
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.integrity_ok and self.foreign_keys_ok

    def as_dict(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "head": self.head,
            "integrity_ok": self.integrity_ok,
            "foreign_keys_ok": self.foreign_keys_ok,
            "problems": list(self.problems),
            "ok": self.ok,
        }


def check_database(paths: AppPaths) -> CheckReport:
    refuse_an_empty_file(paths)
    state = migrate.inspect_database(paths)
    if paths.db_file is None:
        engine = create_app_engine(paths.url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            raised = translate(exc)
            if raised is exc:
                raise
            raise raised from exc
        finally:
            engine.dispose()
        # PostgreSQL enforces its own page checksums and foreign keys at every write.
        return CheckReport(state.revision, state.head, True, True, ())
    if not paths.db_file.exists():
        raise StorageEnvironmentError(_("There is no database at {path}.").format(path=paths.db_file))
    try:
        raw = sqlite3.connect(f"{paths.db_file.as_uri()}?mode=ro", uri=True)
        try:
            integrity = [row[0] for row in raw.execute("PRAGMA integrity_check")]
            fk_rows = raw.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            raw.close()
    except sqlite3.Error as exc:
        raised = translate(exc)
        if raised is exc:
            raise StorageEnvironmentError(_("The database cannot be checked: {why}").format(why=exc)) from exc
        raise raised from exc
    problems = [] if integrity == ["ok"] else integrity[:20]
    problems += [
        _("{table} row {row} points to a missing {parent}").format(table=table, row=rowid, parent=parent)
        for table, rowid, parent, _key in fk_rows[:20]
    ]
    return CheckReport(state.revision, state.head, integrity == ["ok"], not fk_rows, tuple(problems))
