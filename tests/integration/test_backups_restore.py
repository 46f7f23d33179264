"""Backups from the window and restore: checked before they replace anything, never losing what is there."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.cli import main
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.services import backups, customers, privacy
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.search import search
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.support import database_option

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file; a server is backed up by its own tools

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _names(opened: OpenedDatabase) -> list[str]:
    with opened.database.reading() as uow:
        return sorted(uow.session.scalars(select(Customer.name)))


def _customer(opened: OpenedDatabase, name: str) -> int:
    return customers.create_customer(opened.database, CustomerInput(name=name), staff_id=None).id


def test_back_up_now_lists_the_backup_checked_with_its_size(opened: OpenedDatabase) -> None:
    _customer(opened, "Ana Alves")
    made = backups.back_up_now(opened.database, opened.paths, NOW)
    listed = backups.list_backups(opened.paths, quick=False)
    assert [b.path for b in listed] == [made.path]
    assert listed[0].ok and listed[0].size_bytes > 0 and listed[0].reason_text == "Backed up by hand"
    assert made.second_copy is None and made.second_problem is None


def test_a_damaged_backup_is_listed_as_damaged(opened: OpenedDatabase) -> None:
    made = backups.back_up_now(opened.database, opened.paths, NOW).path
    _damage(made)
    (listed,) = backups.list_backups(opened.paths, quick=False)
    assert not listed.ok and listed.problem is not None


def test_the_second_folder_receives_a_copy(opened: OpenedDatabase, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    backups.set_second_folder(opened.database, stick)
    made = backups.back_up_now(opened.database, opened.paths, NOW)
    assert made.second_copy == stick / made.path.name
    assert made.second_copy.read_bytes() == made.path.read_bytes()
    for leftover in stick.iterdir():
        leftover.unlink()
    stick.rmdir()  # the stick was pulled out: the backup is still made, and the window says why
    later = backups.back_up_now(opened.database, opened.paths, NOW + timedelta(minutes=1))
    assert later.path.exists() and later.second_copy is None
    assert later.second_problem is not None and "not there" in later.second_problem


def test_a_second_folder_that_does_not_exist_is_refused(opened: OpenedDatabase, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        backups.set_second_folder(opened.database, tmp_path / "nowhere")


def test_restore_backs_up_the_current_database_first_and_brings_the_old_one_back(
    opened: OpenedDatabase,
) -> None:
    _customer(opened, "Ana Alves")
    old = backups.back_up_now(opened.database, opened.paths, NOW).path
    _customer(opened, "Bea Alvarez")
    result = backups.restore(opened.paths, old, NOW + timedelta(hours=1), database=opened.database)
    assert _names(opened) == ["Ana Alves"]  # the open database sees the restored data at once
    assert result.safety_backup is not None and "before-restore" in result.safety_backup.name
    saved = open_database(resolve(db=str(result.safety_backup)), lock=False, daily_backup=False)
    try:
        assert _names(saved) == ["Ana Alves", "Bea Alvarez"]  # what was there is not lost
    finally:
        saved.close()


def test_restore_refuses_a_damaged_file_and_changes_nothing(opened: OpenedDatabase) -> None:
    _customer(opened, "Ana Alves")
    bad = backups.back_up_now(opened.database, opened.paths, NOW).path
    _customer(opened, "Bea Alvarez")
    _damage(bad)
    before = len(list(opened.paths.backup_dir.iterdir()))
    with pytest.raises(UserFacingError, match="Nothing was changed"):
        backups.restore(opened.paths, bad, NOW, database=opened.database)
    assert _names(opened) == ["Ana Alves", "Bea Alvarez"]
    assert len(list(opened.paths.backup_dir.iterdir())) == before


def test_restore_refuses_a_backup_from_a_newer_version(opened: OpenedDatabase) -> None:
    _customer(opened, "Ana Alves")
    newer = backups.back_up_now(opened.database, opened.paths, NOW).path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    with pytest.raises(UserFacingError, match="newer version"):
        backups.restore(opened.paths, newer, NOW, database=opened.database)
    assert _names(opened) == ["Ana Alves"]


def test_restore_refuses_a_file_that_is_not_a_backup(opened: OpenedDatabase, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("shopping list")
    with pytest.raises(UserFacingError, match="Nothing was changed"):
        backups.restore(opened.paths, text, NOW, database=opened.database)


def test_restoring_an_older_backup_erases_again_who_was_erased_since(opened: OpenedDatabase) -> None:
    gone = _customer(opened, "Quixotlbxq Zzyzvaegh")
    _customer(opened, "Ana Alves")
    old = backups.back_up_now(opened.database, opened.paths, NOW).path
    privacy.erase_customer(opened.database, gone, staff_id=None)
    result = backups.restore(opened.paths, old, NOW + timedelta(hours=1), database=opened.database)
    assert result.erasures_reapplied == 1
    assert search(opened.database, "Zzyzvaegh", include_archived=True) == ()
    assert [e.customer_id for e in privacy.list_erasures(opened.database)] == [gone]
    assert opened.paths.db_file is not None
    wal = Path(f"{opened.paths.db_file}-wal")
    opened.database.dispose()
    blob = opened.paths.db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Zzyzvaegh" not in blob


def test_the_restore_command(db_paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert db_paths.db_file is not None
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        _customer(opened, "Ana Alves")
        old = backups.back_up_now(opened.database, opened.paths, NOW).path
        _customer(opened, "Bea Alvarez")
    finally:
        opened.close()
    assert main(["restore", str(old), *database_option(db_paths)]) == 0
    said = capsys.readouterr().out
    assert "Restored" in said and "before-restore" in said
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        assert _names(opened) == ["Ana Alves"]
    finally:
        opened.close()
    assert (
        main(["restore", str(db_paths.db_file.parent / "nothing.sqlite3"), *database_option(db_paths)]) != 0
    )
    assert "There is no backup file" in capsys.readouterr().err


def test_backups_on_postgresql_say_the_server_keeps_them() -> None:
    paths = resolve(database_url="postgresql://shop@server/crm", environ={})
    with pytest.raises(UserFacingError, match="pg_dump"):
        backups.list_backups(paths)


def _damage(file: Path) -> None:
    data = bytearray(file.read_bytes())
    for offset in range(4096 + 100, min(len(data), 4096 * 3), 7):  # the pages after the header
        data[offset] ^= 0xFF
    file.write_bytes(bytes(data))


def test_the_daily_backup_at_start_goes_to_the_second_folder_too(db_paths: AppPaths, tmp_path: Path) -> None:
    from crm_desktop.app import start

    stick = tmp_path / "stick"
    stick.mkdir()
    first = start(db_paths, lock=False)
    backups.set_second_folder(first.database, stick)
    first.close()
    for old in db_paths.backup_dir.glob("*"):  # no backup yet today: the next start makes one
        old.unlink()
    again = start(db_paths, lock=False)
    try:
        made = again.opened.backups_made
        assert made and [p.name for p in stick.iterdir()] == [made[0].name]
        assert again.warnings == []
    finally:
        again.close()
    for copy in stick.iterdir():
        copy.unlink()
    stick.rmdir()  # the stick is gone: starting still works, and says why the copy is missing
    for old in db_paths.backup_dir.glob("*"):
        old.unlink()
    late = start(db_paths, lock=False)
    try:
        assert late.opened.backups_made
        assert any("second folder" in warning and "not there" in warning for warning in late.warnings)
    finally:
        late.close()
