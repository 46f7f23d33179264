"""The same models and migrations on a PostgreSQL server, as shops with several workstations use them."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from crm_desktop.cli import main
from crm_desktop.domain.enums import JobLineKind
from crm_desktop.errors import DatabaseTooNewError, MigrationError, StorageEnvironmentError
from crm_desktop.paths import AppPaths, package_resource, resolve
from crm_desktop.storage import migrate
from crm_desktop.storage.engine import create_app_engine
from crm_desktop.storage.models import Customer, JobLine, ServiceJob
from crm_desktop.storage.startup import open_database

pytestmark = pytest.mark.postgres


def test_migrations_create_the_schema_without_drift(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    opened.close()
    assert opened.created and opened.lock is None and opened.backups_made == []
    assert migrate.current_revision(pg_paths) == migrate.head_revision()
    engine = create_app_engine(pg_paths.url)
    config = migrate.alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.check(config)
    engine.dispose()


def test_values_round_trip_exactly(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    received = datetime(2026, 3, 1, 10, 30, tzinfo=timezone(timedelta(hours=-5)))
    with opened.database.writing() as uow:
        customer = Customer(name="Ελένη Παπαδοπούλου")
        uow.session.add(customer)
        uow.session.flush()
        job = ServiceJob(number=1, customer_id=customer.id, received_at=received)
        job.lines.append(JobLine(kind=JobLineKind.LABOUR, description="Diagnosis", quantity=Decimal("1.25")))
        uow.session.add(job)
        uow.commit()
    with opened.database.reading() as uow:
        job = uow.session.query(ServiceJob).one()
        assert job.received_at == received and job.received_at.tzinfo == UTC
        assert job.lines[0].quantity == Decimal("1.25")
        assert uow.session.query(Customer).one().name == "Ελένη Παπαδοπούλου"
    opened.close()


def test_a_newer_database_on_the_server_is_refused(pg_paths: AppPaths) -> None:
    open_database(pg_paths).close()
    engine = create_app_engine(pg_paths.url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError):
        open_database(pg_paths)


def test_a_failing_migration_is_rolled_back_on_the_server(pg_paths: AppPaths, tmp_path: Path) -> None:
    import shutil

    open_database(pg_paths).close()
    scripts = tmp_path / "migrations"
    shutil.copytree(package_resource("migrations"), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_bad.py").write_text(
        textwrap.dedent(
            f"""
            import sqlalchemy as sa
            from alembic import op
            revision = "9000"
            down_revision = "{migrate.head_revision()}"
            branch_labels = depends_on = None
            def upgrade():
                op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
                raise RuntimeError("migration bug")
            """
        )
    )
    with pytest.raises(MigrationError):
        open_database(pg_paths, script_location=scripts)
    engine = create_app_engine(pg_paths.url)
    with engine.connect() as conn:
        tables = set(
            conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'")).scalars()
        )
    engine.dispose()
    assert "half_done" not in tables and "customer" in tables
    assert migrate.current_revision(pg_paths) == migrate.head_revision()


def test_an_unreachable_server_gets_a_clear_message(pg_cluster: object) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    paths = resolve(database_url=f"postgresql://postgres@127.0.0.1:{port}/crm", environ={})
    with pytest.raises(StorageEnvironmentError, match="cannot be reached"):
        open_database(paths)


def test_backup_command_points_to_the_server_tools(
    pg_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--database-url", pg_paths.url]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_check_command_on_the_server(pg_paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(pg_paths).close()
    assert main(["check", "--database-url", pg_paths.url]) == 0
    assert f"revision:  {migrate.head_revision()}" in capsys.readouterr().out


def test_a_workstation_waits_with_a_message_while_another_upgrades(pg_paths: AppPaths) -> None:
    """Two workstations start a new version at once: the second says it waits, and opens once the first
    has finished, on the database the first upgraded (nothing migrated twice)."""
    import threading

    engine = create_app_engine(pg_paths.url)
    first = engine.connect()
    upgrading = first.begin()  # the first workstation, mid-upgrade: it holds the migration lock
    first.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": migrate._PG_MIGRATION_LOCK})
    heard: list[str] = []
    opened: list[object] = []
    second = threading.Thread(target=lambda: opened.append(open_database(pg_paths, waiting=heard.append)))
    second.start()
    try:
        import time

        deadline = time.monotonic() + 60  # starting takes a moment before the lock is tried (a busy CI)
        while not heard and second.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert second.is_alive(), "the second workstation waits for the first"
        assert heard and heard[0] == migrate.WAITING_FOR_ANOTHER
        assert "Another workstation is upgrading" in heard[0]
        # The first finishes its upgrade (here: the whole schema, as a first start would).
        migrate_to_head = migrate.alembic_config()
        migrate_to_head.attributes["connection"] = first
        command.upgrade(migrate_to_head, "head")
        upgrading.commit()
        second.join(10.0)
        assert not second.is_alive() and len(opened) == 1
    finally:
        first.close()  # a failed check: the lock goes, and the second start finishes before the drop
        second.join(60)
        engine.dispose()
    opened[0].close()  # type: ignore[attr-defined]
    assert migrate.current_revision(pg_paths) == migrate.head_revision()
