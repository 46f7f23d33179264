"""Shared fixtures: a template database migrated once per run and copied per test; Qt offscreen."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.paths import AppPaths, resolve
from crm_desktop.storage.startup import OpenedDatabase, open_database

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RESOURCES = Path(__file__).resolve().parent / "resources"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest revision, made once per test run."""
    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    opened.close()
    return path


@pytest.fixture
def db_paths(template_db: Path, tmp_path: Path) -> AppPaths:
    """A private copy of the template database in this test's folder."""
    target = tmp_path / "data" / "crm.sqlite3"
    target.parent.mkdir(mode=0o700)
    shutil.copy2(template_db, target)
    return resolve(db=str(target))


@pytest.fixture
def opened(db_paths: AppPaths) -> Iterator[OpenedDatabase]:
    result = open_database(db_paths, lock=False, daily_backup=False)
    yield result
    if "crm_desktop.ui.tasks" in sys.modules:  # work a GUI test left running ends before the file closes
        sys.modules["crm_desktop.ui.tasks"].finish_all()
    result.close()


def add_customer(paths: AppPaths, name: str = "Zoë Øster") -> None:
    """Save one customer through the app's own start-up and unit of work, then close again."""
    from crm_desktop.storage.models import Customer

    opened = open_database(paths, lock=False, daily_backup=False)
    with opened.database.writing() as uow:
        uow.session.add(Customer(name=name))
        uow.commit()
    opened.close()


@pytest.fixture
def hostile_lines() -> list[str]:
    path = SHARED_DATA / "hostile-text.txt"
    if not path.exists():
        pytest.skip(f"shared test data not found at {path}")
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    from tests import pg_cluster as pg

    if pg.find_bin_dir() is None:
        pytest.skip(
            "PostgreSQL server binaries are not installed (make test installs them on Debian as root)"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install '.[postgres]')")
    cluster = pg.start()
    yield cluster
    cluster.stop()


_pg_counter = iter(range(1, 1_000_000))


@pytest.fixture
def pg_paths(pg_cluster: object) -> AppPaths:
    """A fresh, empty PostgreSQL database for this test, as a shop server would have."""
    name = f"crm_test_{next(_pg_counter)}"
    pg_cluster.sql(f"CREATE DATABASE {name}")  # type: ignore[attr-defined]
    return resolve(database_url=pg_cluster.url(name), environ={})  # type: ignore[attr-defined]
