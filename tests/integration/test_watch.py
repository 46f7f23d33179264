"""Another workstation's commit is noticed (PostgreSQL LISTEN/NOTIFY, SQLite PRAGMA data_version); this
process's own commits and rolled-back work are not reported as someone else's."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from crm_desktop.paths import AppPaths
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.storage.startup import open_database
from crm_desktop.storage.watch import ChangeWatcher


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> AppPaths:
    paths: AppPaths = request.getfixturevalue("db_paths" if request.param == "sqlite" else "pg_paths")
    return paths


def _noticed(watcher: ChangeWatcher, within: float = 3.0) -> bool:
    """Whether a poll reports a change within ``within`` seconds (a NOTIFY reaches the listening
    connection a moment after the commit)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.05)
    return False


def test_commits_of_another_workstation_are_noticed_and_ours_are_not(backend: AppPaths) -> None:
    here = open_database(backend, lock=False, daily_backup=False)
    there = open_database(backend, lock=False, daily_backup=False)  # another workstation's connection
    watcher = ChangeWatcher(here.database)
    try:
        assert not _noticed(watcher, 0.3)
        create_customer(here.database, CustomerInput(name="Ours"))
        assert not _noticed(watcher, 0.5), "our own save is not someone else's"
        create_customer(there.database, CustomerInput(name="Theirs"))
        assert _noticed(watcher), "theirs is noticed"
        assert not _noticed(watcher, 0.5), "and reported once"
        with there.database.writing() as uow:  # work that is rolled back changes nothing
            uow.session.execute(text("SELECT 1"))
        assert not _noticed(watcher, 0.5)
    finally:
        watcher.close()
        there.close()
        here.close()
