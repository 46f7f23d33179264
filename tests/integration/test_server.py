"""Settings → Shop server, below the window: the typed fields checked, the choice kept per computer in
server.json (never the password), the password kept in libpq's password file or the system keyring and
found again when connecting, Test connection's answers, and a shop moved onto the server then opened
from it."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import ServerSettings, resolve
from crm_desktop.services import server
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.search import search
from crm_desktop.storage import passwords
from crm_desktop.storage.startup import open_database
from tests.support import use_memory_keyring

PASSWORD = "s3cret:with\\odd chars"


def test_typed_fields_are_checked_field_by_field() -> None:
    with pytest.raises(FieldErrors) as caught:
        server.check_input(" ", "70000", "", "anne", "sometimes")
    assert set(caught.value.errors) == {"host", "port", "database", "tls"}
    assert "1 to 65535" in caught.value.errors["port"]
    settings = server.check_input(" shop-server ", "", "crm", "counter", "require")
    assert settings == ServerSettings("shop-server", 5432, "crm", "counter", "require")


def test_the_choice_is_kept_per_computer_and_read_at_start(tmp_path: Path) -> None:
    assert resolve(data_dir=str(tmp_path), environ={}).is_sqlite
    settings = ServerSettings("shop-server", 5433, "crm", "counter", "require")
    paths = server.use_server(tmp_path, settings)
    assert (
        not paths.is_sqlite
        and paths.url == "postgresql+psycopg://counter@shop-server:5433/crm?sslmode=require"
    )
    assert server.current_server(tmp_path) == settings
    kept = json.loads((tmp_path / "server.json").read_text(encoding="utf-8"))
    assert kept == {
        "host": "shop-server",
        "port": 5433,
        "database": "crm",
        "user": "counter",
        "tls": "require",
    }
    assert stat.S_IMODE((tmp_path / "server.json").stat().st_mode) == 0o600
    # --db and a URL given on the command line still win; "this computer's file" again removes the choice
    assert resolve(db=str(tmp_path / "other.sqlite3"), environ={}).is_sqlite
    assert server.use_server(tmp_path, None).db_file == tmp_path.resolve() / "crm.sqlite3"
    (tmp_path / "server.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserFacingError, match=r"server\.json cannot be read"):
        resolve(data_dir=str(tmp_path), environ={})


def test_the_password_file_keeps_other_lines_and_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pgpass"
    target.write_text("otherhost:5432:*:bob:hunter2\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(target))
    settings = ServerSettings("shop-server", 5432, "crm", "counter")
    said = server.keep_password(settings, "first", server.KEEP_PGPASS)
    assert str(target) in said and "first" not in said
    server.keep_password(settings, PASSWORD, server.KEEP_PGPASS)  # a new password replaces the old line
    assert target.read_text(encoding="utf-8").splitlines() == [
        "otherhost:5432:*:bob:hunter2",
        "shop-server:5432:crm:counter:s3cret\\:with\\\\odd chars",
    ]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_no_keyring_is_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert "no system keyring" in (passwords.keyring_problem() or "")
    with pytest.raises(UserFacingError, match="cannot go in the system keyring"):
        server.keep_password(ServerSettings("h"), "pw", server.KEEP_KEYRING)


@pytest.fixture
def guarded(pg_cluster: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ServerSettings:
    """A server database reached only with a password, as a real shop server is (no password file yet)."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    name = f"guarded_{os.getpid()}_{len(os.listdir(tmp_path.parent))}"
    pg_cluster.require_password(name, PASSWORD.replace("'", ""), name)  # type: ignore[attr-defined]
    return ServerSettings("127.0.0.1", pg_cluster.port, name, name, "disable")  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_test_connection_needs_the_password_and_never_shows_it(guarded: ServerSettings) -> None:
    with pytest.raises(UserFacingError, match=r"refused or did not answer: .*password") as caught:
        server.probe_server(guarded)
    with pytest.raises(UserFacingError) as wrong:
        server.probe_server(guarded, "not it")
    assert PASSWORD not in str(caught.value) and "not it" not in str(wrong.value)
    found = server.probe_server(guarded, PASSWORD)
    assert found.empty and not found.shop and "is empty: this shop can be moved onto it" in found.sentence


@pytest.mark.postgres
def test_a_password_in_the_file_or_the_keyring_opens_the_shop(
    guarded: ServerSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = server.use_server(tmp_path / "data", guarded)
    server.keep_password(guarded, PASSWORD, server.KEEP_PGPASS)
    open_database(paths, lock=False, daily_backup=False).close()  # libpq read ~/.pgpass by itself
    assert server.probe_server(guarded).shop
    (tmp_path / "pgpass").unlink()
    use_memory_keyring(monkeypatch)
    assert (
        server.keep_password(guarded, PASSWORD, server.KEEP_KEYRING)
        == "The password is kept in the system keyring."
    )
    opened = open_database(paths, lock=False, daily_backup=False)  # the engine asked the keyring
    opened.close()
    assert PASSWORD not in paths.url and PASSWORD not in paths.describe()
    assert PASSWORD not in (tmp_path / "data" / "server.json").read_text(encoding="utf-8")


@pytest.mark.postgres
@pytest.mark.sqlite_only  # the shop moved is a SQLite file
def test_move_the_shop_then_this_computer_opens_it_from_the_server(
    db_paths: object, pg_paths: object, tmp_path: Path
) -> None:
    from crm_desktop.paths import AppPaths

    assert isinstance(db_paths, AppPaths) and isinstance(pg_paths, AppPaths)
    here = open_database(db_paths, lock=False, daily_backup=False)
    try:
        fill_demo(here.database, customers=30, seed=3, today=date(2026, 11, 2))
        settings = ServerSettings("127.0.0.1", int(pg_paths.url.split(":")[-1].split("/")[0]),
                                  pg_paths.url.rsplit("/", 1)[1], "postgres", "disable")  # fmt: skip
        assert server.probe_server(settings).empty
        report = server.move_shop(here.database, settings)
        wanted = search(here.database, "a")
    finally:
        here.close()
    assert report.rows > 30
    check = server.probe_server(settings)
    assert check.shop and check.customers == 30 and "with 30 customers" in check.sentence
    paths = server.use_server(tmp_path / "data", settings)
    there = open_database(paths, lock=False, daily_backup=False)
    try:
        assert search(there.database, "a") == wanted
    finally:
        there.close()
    with pytest.raises(UserFacingError, match="not empty"):
        server.move_shop(open_database(db_paths, lock=False, daily_backup=False).database, settings)


@pytest.mark.postgres
def test_a_database_that_is_not_a_shop_or_is_newer_is_named(pg_paths: object) -> None:
    from sqlalchemy import create_engine, text

    from crm_desktop.paths import AppPaths

    assert isinstance(pg_paths, AppPaths)
    settings = ServerSettings("127.0.0.1", int(pg_paths.url.split(":")[-1].split("/")[0]),
                              pg_paths.url.rsplit("/", 1)[1], "postgres", "disable")  # fmt: skip
    engine = create_engine(pg_paths.url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    with pytest.raises(UserFacingError, match="is not a crm_desktop shop"):
        server.probe_server(settings)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE invoices"))
    engine.dispose()
    open_database(pg_paths, lock=False, daily_backup=False).close()
    engine = create_engine(pg_paths.url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    engine.dispose()
    with pytest.raises(UserFacingError, match="newer version of crm_desktop"):
        server.probe_server(settings)
