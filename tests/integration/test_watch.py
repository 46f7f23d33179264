"""Another workstation's commit is noticed (PostgreSQL LISTEN/NOTIFY, SQLite PRAGMA data_version); this
process's own commits and rolled-back work are not reported as someone else's."""

from __future__ import annotations

import pytest

from crm_desktop.paths import AppPaths
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.storage.startup import open_database
from crm_desktop.storage.watch import ChangeWatcher


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> AppPaths:
    paths: AppPaths = request.getfixturevalue("db_paths" if request.param == "sqlite" else "pg_paths")
    return paths


def test_commits_of_another_workstation_are_noticed_and_ours_are_not(backend: AppPaths) -> None:
    here = open_database(backend, lock=False, daily_backup=False)
    there = open_database(backend, lock=False, daily_backup=False)  # another workstation's connection
    watcher = ChangeWatcher(here.database)
    try:
        assert not watcher.poll()
        create_customer(here.database, CustomerInput(name="Ours"))
        assert not watcher.poll(), "our own save is not someone else's"
        create_customer(there.database, CustomerInput(name="Theirs"))
        assert watcher.poll(), "theirs is noticed"
        assert not watcher.poll(), "and reported once"
        with there.database.writing() as uow:  # work that is rolled back changes nothing
            uow.session.execute(__import__("sqlalchemy").text("SELECT 1"))
        assert not watcher.poll()
    finally:
        watcher.close()
        there.close()
        here.close()
