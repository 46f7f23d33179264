"""Backups: real copies made with SQLite's backup API, private, rotated, and taken before upgrades."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.paths import AppPaths
from crm_desktop.storage import backup
from crm_desktop.storage.startup import open_database
from tests.conftest import add_customer
from tests.support import database_option

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file; a server is backed up by its own tools


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_a_complete_private_copy(db_paths: AppPaths, tmp_path: Path) -> None:
    add_customer(db_paths, "Zoë Øster")
    assert db_paths.db_file is not None
    target = backup.backup_to(db_paths.db_file, tmp_path / "copy.sqlite3")
    assert _mode(target) == 0o600
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM customer").fetchall() == [("Zoë Øster",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_first_start_of_the_day_makes_a_daily_backup_once(db_paths: AppPaths) -> None:
    add_customer(db_paths, "Ana")
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    first = open_database(db_paths, lock=False, now=now)
    first.close()
    second = open_database(db_paths, lock=False, now=now + timedelta(hours=3))
    second.close()
    daily = [b for b in backup.list_backups(db_paths.backup_dir) if b.reason == "daily"]
    assert len(first.backups_made) == 1 and second.backups_made == []
    assert len(daily) == 1
    assert _mode(db_paths.backup_dir) == 0o700 and _mode(daily[0].path) == 0o600


def _fake(folder: Path, when: datetime, reason: str) -> Path:
    path = folder / f"crm-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_a_week_of_days_then_a_month_of_weeks(tmp_path: Path) -> None:
    today = date(2026, 11, 23)
    start = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    for days_ago in range(60):
        _fake(tmp_path, start - timedelta(days=days_ago), "daily")
        _fake(tmp_path, start - timedelta(days=days_ago, hours=1), "daily")  # two in a day: newest wins
    manual = _fake(tmp_path, start - timedelta(days=400), "manual")
    backup.rotate(tmp_path, today)
    kept = backup.list_backups(tmp_path)
    daily_days = sorted({(today - b.taken_at.date()).days for b in kept if b.reason == "daily"})
    assert daily_days[:7] == [0, 1, 2, 3, 4, 5, 6]
    kept_daily = [b for b in kept if b.reason == "daily"]
    assert len(kept_daily) == len({b.taken_at.date() for b in kept_daily})  # never two of one day
    older = [d for d in daily_days if d >= 7]
    assert 4 <= len(older) <= 6 and max(older) < 7 + 35  # about one per week for five weeks
    assert manual.exists()
    assert all(b.taken_at.hour == 8 for b in kept if b.reason == "daily")


def test_only_the_newest_before_upgrade_copies_are_kept(tmp_path: Path) -> None:
    start = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    made = [_fake(tmp_path, start - timedelta(days=i), "before-upgrade-0001") for i in range(8)]
    backup.rotate(tmp_path, start.date())
    assert [p.exists() for p in made] == [True] * backup.KEEP_BEFORE_UPGRADE + [False] * 3


def test_backup_command_writes_into_a_folder_or_a_file(db_paths: AppPaths, tmp_path: Path) -> None:
    add_customer(db_paths, "Ana")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["backup", *database_option(db_paths), "--to", str(out)]) == 0
    assert len(list(out.glob("crm-*.sqlite3"))) == 1
    assert main([*database_option(db_paths), "backup"]) == 0
    assert [b.reason for b in backup.list_backups(db_paths.backup_dir)] == ["manual"]


def test_backup_refuses_to_overwrite_the_database(
    db_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", *database_option(db_paths), "--to", str(db_paths.db_file)]) == 1
    assert "cannot overwrite" in capsys.readouterr().err


def test_a_failed_backup_leaves_no_partial_file(db_paths: AppPaths, tmp_path: Path) -> None:
    assert db_paths.db_file is not None
    with pytest.raises(Exception, match="does not exist"):
        backup.backup_to(db_paths.db_file, tmp_path / "missing-folder" / "x.sqlite3")
    assert not list(tmp_path.glob(".*.partial"))
