"""Backups of the SQLite file, made with SQLite's online backup API (consistent even while in use).

Automatic backups live in ``<data folder>/backups`` and are rotated: the newest of each day for the
last 7 days, then the newest of each ISO week for 5 weeks; the 5 newest "before upgrade" copies are
kept. Backups written elsewhere with ``crm-desktop backup --to`` are never touched. Every file is
readable by its owner only.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from crm_desktop.errors import StorageEnvironmentError, UserFacingError
from crm_desktop.i18n import _
from crm_desktop.paths import ensure_private_dir

DAILY_DAYS = 7
WEEKLY_WEEKS = 5
KEEP_BEFORE_UPGRADE = 5

_NAME = re.compile(r"^crm-(\d{8})-(\d{6})-(daily|before-upgrade-[\w.]+|before-restore|manual)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def backup_to(source: Path, destination: Path) -> Path:
    """Copy the database ``source`` to ``destination`` atomically (temp file, fsync, rename), mode 0600."""
    if not source.exists():
        raise UserFacingError(_("There is no database at {path} to back up.").format(path=source))
    destination = destination.expanduser().resolve()
    if destination == source.resolve():
        raise UserFacingError(_("A backup cannot overwrite the database it copies."))
    if destination.is_dir():
        raise UserFacingError(
            _("{path} is a folder; give a file name for the backup.").format(path=destination)
        )
    if not destination.parent.is_dir():
        raise UserFacingError(_("The folder {folder} does not exist.").format(folder=destination.parent))
    temporary = destination.with_name(f".{destination.name}.partial")
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.close(fd)
            dst = sqlite3.connect(temporary)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(temporary, 0o600)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
    except (OSError, sqlite3.Error) as exc:
        temporary.unlink(missing_ok=True)
        raise StorageEnvironmentError(
            _("The backup to {path} failed: {why}").format(path=destination, why=_reason(exc))
        ) from exc
    return destination


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    if "full" in text.lower() or getattr(exc, "errno", None) == 28:
        return _("the disk is full")
    return text


def make_automatic_backup(source: Path, backup_dir: Path, reason: str, now: datetime | None = None) -> Path:
    """Write ``crm-<date>-<time>-<reason>.sqlite3`` into ``backup_dir`` and rotate the old ones."""
    now = now or datetime.now(UTC)
    ensure_private_dir(backup_dir)
    name = f"crm-{now.astimezone(UTC):%Y%m%d-%H%M%S}-{reason}.sqlite3"
    path = backup_to(source, backup_dir / name)
    rotate(backup_dir, today=now.astimezone(UTC).date())
    return path


def list_backups(backup_dir: Path) -> list[BackupFile]:
    found = []
    if backup_dir.is_dir():
        for entry in backup_dir.iterdir():
            match = _NAME.match(entry.name)
            if match:
                taken = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
                found.append(BackupFile(entry, taken, match.group(3)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def has_daily_backup(backup_dir: Path, day: date) -> bool:
    return any(b.reason == "daily" and b.taken_at.date() == day for b in list_backups(backup_dir))


def rotate(backup_dir: Path, today: date) -> list[Path]:
    """Delete automatic backups outside the retention plan; returns what was deleted."""
    keep: set[Path] = set()
    days_seen: set[date] = set()
    weeks_seen: set[tuple[int, int]] = set()
    upgrades = 0
    backups = list_backups(backup_dir)  # newest first
    for backup in backups:
        if backup.reason == "manual":
            keep.add(backup.path)
        elif backup.reason.startswith("before-"):  # before an upgrade or a restore
            upgrades += 1
            if upgrades <= KEEP_BEFORE_UPGRADE:
                keep.add(backup.path)
        else:
            day = backup.taken_at.date()
            age = (today - day).days
            week = day.isocalendar()[:2]
            if age < DAILY_DAYS and day not in days_seen:
                days_seen.add(day)
                keep.add(backup.path)
            elif age < DAILY_DAYS + 7 * WEEKLY_WEEKS and week not in weeks_seen:
                weeks_seen.add(week)
                keep.add(backup.path)
            weeks_seen.add(week)
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


@dataclass(frozen=True)
class FileCheck:
    """What a backup file is: its schema revision and whether SQLite finds it sound."""

    ok: bool
    revision: str | None
    problem: str | None


def check_file(path: Path, *, quick: bool = False) -> FileCheck:
    """Open ``path`` read-only and run SQLite's integrity check (``quick_check`` when ``quick``)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return FileCheck(False, None, _("it cannot be opened: {why}").format(why=_reason(exc)))
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return FileCheck(False, None, _("it is not a crm_desktop database"))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
        pragma = "quick_check" if quick else "integrity_check"
        found = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        if found != ["ok"]:
            return FileCheck(False, revision, _("it is damaged ({why})").format(why=found[0]))
        return FileCheck(True, revision, None)
    except sqlite3.Error as exc:
        return FileCheck(False, None, _("it is damaged or not a database ({why})").format(why=exc))
    finally:
        conn.close()


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of the database ``target`` by that of ``source`` in one SQLite transaction
    (the online backup API writing into ``target``): other connections see the old database or the new
    one, never a mix, and a failure leaves ``target`` as it was. ``target`` keeps its journal mode."""
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise StorageEnvironmentError(
            _("The database could not be replaced: {why}").format(why=_reason(exc))
        ) from exc


def newest_backup(backup_dir: Path) -> BackupFile | None:
    backups = list_backups(backup_dir)
    return backups[0] if backups else None
