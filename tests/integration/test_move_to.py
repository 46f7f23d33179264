"""A shop started on its SQLite file moves onto a PostgreSQL server: every table copied and checked, the
file left as it was, and a server database that is not empty refused."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from crm_desktop.cli import main
from crm_desktop.paths import AppPaths
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.search import search
from crm_desktop.storage.startup import open_database
from tests.support import database_option

# moves a SQLite file onto a server
pytestmark = [pytest.mark.sqlite_only, pytest.mark.postgres]


def _digest(paths: AppPaths) -> str:
    assert paths.db_file is not None
    return hashlib.sha256(paths.db_file.read_bytes()).hexdigest()


def test_the_demo_shop_moves_onto_an_empty_server_and_nowhere_else(
    db_paths: AppPaths, pg_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    fill_demo(opened.database, customers=40, seed=3, today=date(2026, 11, 2))
    opened.close()
    before = _digest(db_paths)
    assert main([*database_option(db_paths), "move-to", pg_paths.url]) == 0
    said = capsys.readouterr().out
    assert "every table checked" in said and "is unchanged" in said
    assert _digest(db_paths) == before, "the SQLite file is only read"
    on_server = open_database(pg_paths, lock=False, daily_backup=False)
    here = open_database(db_paths, lock=False, daily_backup=False)
    try:
        some = search(here.database, "S-0003")
        assert some and [h.label for h in search(on_server.database, "S-0003")] == [h.label for h in some]
        from crm_desktop.services.customers import CustomerInput, create_customer

        # the server's ids go on after the copied ones
        created = create_customer(on_server.database, CustomerInput(name="First on the server"))
        assert created.id > 40
    finally:
        here.close()
        on_server.close()
    assert main([*database_option(db_paths), "move-to", pg_paths.url]) == 1
    assert "is not empty" in capsys.readouterr().err
