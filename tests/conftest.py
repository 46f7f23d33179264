"""Shared fixtures: a template database migrated once per run and copied per test; Qt offscreen."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"  # the tests read English, whatever the computer speaks (crm_desktop.i18n)

from crm_desktop.paths import AppPaths, resolve
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.mail_server import Mailbox, free_port, serve

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RESOURCES = Path(__file__).resolve().parent / "resources"


BACKENDS = ("sqlite", "postgresql")


def _in_gui(path: object) -> bool:
    return "/gui/" in str(path).replace(os.sep, "/")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _in_gui(item.path):
            item.add_marker(pytest.mark.gui)
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("db_backend") == "postgresql":
            item.add_marker(pytest.mark.postgres)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Service and integration tests on a shop database run on SQLite and on PostgreSQL.

    The GUI tests stay on SQLite (the pages talk to the same services); a test about the SQLite file
    itself says so with ``@pytest.mark.sqlite_only``.
    """
    uses_database = {"opened", "db_paths"} & set(metafunc.fixturenames)
    if not uses_database or _in_gui(metafunc.definition.path):
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    metafunc.parametrize("db_backend", BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def english_words() -> Iterator[None]:
    """Each test starts in English with day-first dates, and whatever language it chose ends with it."""
    from crm_desktop import i18n

    yield
    i18n.use_language(i18n.ENGLISH)
    i18n.use_shop_locale("en_GB")


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which database this test runs on: "sqlite" unless parametrised (see pytest_generate_tests)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest revision, made once per test run."""
    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    opened.close()
    return path


@pytest.fixture
def db_paths(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AppPaths]:
    """A private database at the newest revision: a copy of the SQLite template in this test's folder,
    or a PostgreSQL database made from the migrated template database (dropped after the test)."""
    if db_backend == "postgresql":
        cluster = request.getfixturevalue("pg_template")
        name = cluster.copy_template()
        data_dir = tmp_path / "data"
        data_dir.mkdir(mode=0o700)
        yield resolve(database_url=cluster.url(name), data_dir=str(data_dir), environ={})
        cluster.drop(name)
        return
    template = request.getfixturevalue("template_db")
    target = tmp_path / "data" / "crm.sqlite3"
    target.parent.mkdir(mode=0o700)
    shutil.copy2(template, target)
    yield resolve(db=str(target))


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


def _without_postgres(reason: str) -> None:
    """Skip, saying why; where PostgreSQL is required (CI), fail instead: its half must run there."""
    if os.environ.get("CRM_REQUIRE_POSTGRES"):
        pytest.fail(f"{reason}, and CRM_REQUIRE_POSTGRES is set (CI runs the PostgreSQL half)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    from tests import pg_cluster as pg

    if pg.find_bin_dir() is None:
        _without_postgres(
            "PostgreSQL server binaries are not installed (make test installs them on Debian as root)"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _without_postgres("psycopg is not installed (pip install '.[postgres]')")
    try:
        cluster = pg.start()
    except RuntimeError as error:
        _without_postgres(f"the test PostgreSQL server did not start: {error}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: object) -> object:
    """The throwaway cluster, with a database at the newest revision that tests copy (CREATE DATABASE …
    TEMPLATE), as the SQLite tests copy their template file."""
    pg_cluster.make_template(  # type: ignore[attr-defined]
        lambda url: open_database(resolve(database_url=url, environ={}), lock=False, daily_backup=False)
    )
    return pg_cluster


_pg_counter = iter(range(1, 1_000_000))


@pytest.fixture
def pg_paths(pg_cluster: object, tmp_path: Path) -> Iterator[AppPaths]:
    """A fresh, empty PostgreSQL database for this test, as a shop server would have."""
    name = f"crm_test_{next(_pg_counter)}"
    pg_cluster.execute(f"CREATE DATABASE {name}")  # type: ignore[attr-defined]
    data_dir = tmp_path / "pg-data"
    data_dir.mkdir(mode=0o700)
    yield resolve(database_url=pg_cluster.url(name), data_dir=str(data_dir), environ={})  # type: ignore[attr-defined]
    pg_cluster.drop(name)  # type: ignore[attr-defined]


@pytest.fixture
def read_only_copy(db_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """The shop's file as a copy that can't be changed (a read-only share, a file owned by someone else).

    The tests run as root, whom file modes do not stop, so the reason is given here; everything after it
    is real: SQLite opens the file with mode=ro (and immutable, the folder being "read-only"), which
    refuses writes for root too."""
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.services.staff import start_shop
    from crm_desktop.storage import startup
    from crm_desktop.storage.startup import open_database

    opened = open_database(db_paths, lock=False, daily_backup=False)
    owner = start_shop(opened.database, {"shop.country": "FR"}, "Olga Owner")
    create_customer(opened.database, CustomerInput(name="Zoë Øster"), staff_id=owner.id)
    opened.close()
    assert db_paths.db_file is not None
    for companion in (Path(f"{db_paths.db_file}-wal"), Path(f"{db_paths.db_file}-shm")):
        companion.unlink(missing_ok=True)
    folder = db_paths.db_file.parent
    real_access = os.access
    monkeypatch.setattr(startup, "read_only_reason", lambda paths: "its folder is read-only for you")
    monkeypatch.setattr(
        startup.os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    return db_paths


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB disk (tmpfs) to fill up: root only, where mounting is allowed; else skipped."""
    import subprocess

    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if made.returncode != 0:
        pytest.skip(f"a small disk cannot be mounted here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the disk of ``folder`` until about ``leave`` bytes are free; the filler file."""
    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                out.write(b"\0" * min(65_536, max(1, free - leave)))
                out.flush()
        except OSError:
            pass
    return filler


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    """A real SMTP server on localhost (aiosmtpd) for the test: what it received, and how it answers."""
    box = Mailbox(free_port())
    controller = serve(box)
    yield box
    if box.hold is not None:
        box.hold.set()
    controller.stop()
