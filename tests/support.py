"""Helpers shared by tests and developer tools (no Qt here): an application context with a person."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from crm_desktop.app import AppContext, Clock
from crm_desktop.domain.enums import StaffRole
from crm_desktop.paths import AppPaths
from crm_desktop.services.staff import StaffInput, add_staff, list_staff
from crm_desktop.storage.startup import OpenedDatabase

# GUI tests run on a fixed clock: the window's "today" is this day whatever day the suite runs.
GUI_NOW = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
GUI_TODAY = GUI_NOW.astimezone().date()


def context_of(
    opened: OpenedDatabase, person: str | None = None, *, clock: Clock | None = None
) -> AppContext:
    """An application context on ``opened`` with someone at the keyboard: ``person`` (a name), else the
    shop's first owner (a shop without staff gets one, "Olga Owner", as the first start would make),
    so GUI tests act as a real person without being asked."""
    context = AppContext(opened, clock=clock or Clock.fixed(GUI_NOW))
    people = list_staff(opened.database)
    if not people:  # a shop as the first start leaves it: its owner, who is also sales and technician
        owner = add_staff(opened.database, StaffInput("Olga Owner", tuple(StaffRole)), staff_id=None)
        people = (owner,)
    if person is not None:
        context.person = next(m for m in people if m.name == person)
    else:
        owners = [m for m in people if m.holds(StaffRole.OWNER)]
        context.person = owners[0] if owners else None
    return context


def database_option(paths: AppPaths) -> list[str]:
    """The command-line options that open ``paths``: ``--db FILE`` for SQLite, ``--database-url URL
    --data-dir DIR`` for a server (so the command's logs and backups stay in the test's folder)."""
    if paths.db_file is not None:
        return ["--db", str(paths.db_file)]
    return ["--database-url", paths.url, "--data-dir", str(paths.data_dir)]


def raw_sql(paths: AppPaths, query: str, **params: object) -> list[tuple[object, ...]]:
    """Rows of plain SQL on the database at ``paths`` (either backend), outside the app's own code."""
    from sqlalchemy import create_engine, text

    engine = create_engine(paths.url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(query), params)]
    finally:
        engine.dispose()


def every_document(job: str, serial: str, *, metrics_to: str) -> dict[str, list[str]]:
    """The command line that prints each document of the app, by name (without ``-o`` and the database):
    the history, job sheet, both receipts, both labels, the warranty certificate and the metrics."""
    return {
        "history": ["print", "history", job, "--all"],
        "job sheet": ["print", "job-sheet", job],
        "receipt": ["print", "receipt", job],
        "thermal receipt": ["print", "receipt", job, "--format", "thermal"],
        "job label": ["print", "label", job],
        "serial label": ["print", "label", "--serial", serial],
        "warranty": ["print", "warranty", serial],
        "metrics": ["print", "metrics", "--to", metrics_to],
    }


class MemoryKeyring:
    """A system keyring for a test (the CI machine has none)."""

    priority = 1

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.kept.get((service, name))

    def set_password(self, service: str, name: str, password: str) -> None:
        self.kept[(service, name)] = password


def use_memory_keyring(monkeypatch: Any) -> MemoryKeyring:
    """The system keyring, for the rest of the test, is a :class:`MemoryKeyring` (returned)."""
    import keyring

    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    monkeypatch.setattr(keyring, "get_password", memory.get_password)
    monkeypatch.setattr(keyring, "set_password", memory.set_password)
    return memory
