"""Backups from the window and the command line: list them (checked), back up now, a second folder
that receives a copy (a USB stick, a network share), and restore.

These are for the SQLite file. A shop on a PostgreSQL server backs up on the server (pg_dump): every
function here refuses with a sentence saying so.

Restoring ``backup`` over the open database, in the order that cannot lose data:

1. copy the chosen file to a private temporary folder and check it there (integrity check; a newer
   schema is refused; an older one is upgraded by the migrations, as at start-up);
2. read the erasures recorded in the current database and apply them to the copy (an older backup
   still holds the people erased since; if that fails the restore stops and says why);
3. check the copy again, then back up the current database (``before-restore``);
4. replace the current database's content with the copy in one SQLite transaction (the online backup
   API writing into the open file), so the running window keeps its connections and sees the restored
   data at once, and a failure half-way leaves the current database as it was.

Nothing is replaced until steps 1 to 3 have succeeded.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from crm_desktop.errors import DatabaseTooNewError, StorageEnvironmentError, UserFacingError, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.services.privacy import ErasureRecord, list_erasures, reapply_erasures
from crm_desktop.services.settings import BACKUP_SECOND_FOLDER, get_settings, set_setting
from crm_desktop.storage import backup, migrate
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import open_database

SECOND_FOLDER: Final = BACKUP_SECOND_FOLDER
SERVER_SENTENCE: Final = N_(
    "This database is on a PostgreSQL server: its backups are the server's own (pg_dump, or the "
    "hosting's snapshots); backing up and restoring from crm_desktop is for a database file."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size_bytes: int
    ok: bool
    problem: str | None

    @property
    def reason_text(self) -> str:
        if self.reason == "daily":
            return _("Automatic (daily)")
        if self.reason == "manual":
            return _("Backed up by hand")
        if self.reason == "before-restore":
            return _("Before a restore")
        return _("Before an upgrade")


@dataclass(frozen=True)
class BackupMade:
    path: Path
    second_copy: Path | None
    second_problem: str | None  # the copy to the second folder failed: why (the backup itself is made)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the database as it was before the restore (None: there was none)
    erasures_reapplied: int


def _file_of(paths: AppPaths) -> Path:
    if paths.db_file is None:
        raise UserFacingError(_(SERVER_SENTENCE))
    return paths.db_file


def list_backups(paths: AppPaths, *, quick: bool = True) -> tuple[BackupInfo, ...]:
    """The automatic and by-hand backups in the backups folder, newest first, each checked."""
    _file_of(paths)
    found = []
    for item in backup.list_backups(paths.backup_dir):
        try:
            size = item.path.stat().st_size
        except OSError:
            continue  # rotated away meanwhile
        check = backup.check_file(item.path, quick=quick)
        found.append(BackupInfo(item.path, item.taken_at, item.reason, size, check.ok, check.problem))
    return tuple(found)


def second_folder(database: Database) -> Path | None:
    value = get_settings(database).get(SECOND_FOLDER)
    return Path(value) if value else None


def set_second_folder(database: Database, folder: Path | None) -> Path | None:
    """Save the folder that receives a copy of every backup made here (None: no second folder)."""
    if folder is None:
        set_setting(database, SECOND_FOLDER, None)
        return None
    folder = folder.expanduser()
    if not folder.is_absolute():
        raise ValidationError(_("Choose the second folder with its full path (e.g. /media/usb/backups)."))
    if not folder.is_dir():
        raise ValidationError(
            _("The folder {folder} does not exist (is the USB stick or share connected?).").format(
                folder=folder
            )
        )
    if not os.access(folder, os.W_OK):
        raise ValidationError(_("The folder {folder} cannot be written to.").format(folder=folder))
    set_setting(database, SECOND_FOLDER, str(folder))
    return folder


def back_up_now(database: Database, paths: AppPaths, now: datetime) -> BackupMade:
    """A backup in the backups folder, and a copy of it in the second folder when there is one."""
    source = _file_of(paths)
    return _with_second_copy(database, backup.make_automatic_backup(source, paths.backup_dir, "manual", now))


def back_up_daily(database: Database, paths: AppPaths, now: datetime) -> BackupMade | None:
    """Today's automatic backup, when there is none yet (None: there is one, or nothing to back up: a
    shop server, a copy that can't be changed). The window asks for it once it is painted, on a worker
    thread: SQLite's backup API copies a consistent state of the shop while saves go on."""
    if paths.db_file is None or database.read_only is not None:
        return None
    if backup.has_daily_backup(paths.backup_dir, now.astimezone(UTC).date()):
        return None
    made = backup.make_automatic_backup(paths.db_file, paths.backup_dir, "daily", now)
    return _with_second_copy(database, made)


def _with_second_copy(database: Database, made: Path) -> BackupMade:
    folder = second_folder(database)
    if folder is None:
        return BackupMade(made, None, None)
    try:
        copy = copy_to_second_folder(made, folder)
    except UserFacingError as exc:
        return BackupMade(made, None, str(exc))
    return BackupMade(made, copy, None)


def copy_to_second_folder(made: Path, folder: Path) -> Path:
    """Copy a backup file into ``folder`` (temp file, fsync, rename: never half a file there)."""
    if not folder.is_dir():
        raise StorageEnvironmentError(
            _(
                "The second folder {folder} is not there (is the USB stick or share connected?); "
                "the backup was made in the backups folder only."
            ).format(folder=folder)
        )
    target = folder / made.name
    temporary = folder / f".{made.name}.partial"
    try:
        shutil.copyfile(made, temporary)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = _("the disk is full") if exc.errno == 28 else (exc.strerror or str(exc))
        raise StorageEnvironmentError(
            _(
                "The copy to the second folder {folder} failed: {why}; the backup was made in the backups "
                "folder only."
            ).format(folder=folder, why=reason)
        ) from exc
    return target


def restore(
    paths: AppPaths, source: Path, now: datetime | None = None, *, database: Database | None = None
) -> RestoreResult:
    """Replace the database at ``paths`` with the backup ``source`` (see the module docstring).

    ``database`` is the open database when the window restores (its erasures are read through it);
    the command line leaves it None and the file is read directly.
    """
    now = now or datetime.now(UTC)
    live = _file_of(paths)
    source = source.expanduser()
    if not source.is_file():
        raise ValidationError(_("There is no backup file at {path}.").format(path=source))
    if live.exists() and source.resolve() == live.resolve():
        raise ValidationError(_("That is the database in use; choose a backup file."))
    first = backup.check_file(source)
    if not first.ok:
        raise UserFacingError(
            _("{file} cannot be restored: {why}. Nothing was changed.").format(
                file=source.name, why=first.problem
            )
        )
    with tempfile.TemporaryDirectory(prefix="crm-restore-") as folder:
        os.chmod(folder, 0o700)
        copy = Path(folder) / "restored.sqlite3"
        backup.backup_to(source, copy)
        copy_paths = resolve(db=str(copy))
        try:
            opened_copy = open_database(copy_paths, lock=False, daily_backup=False)
        except DatabaseTooNewError:
            raise UserFacingError(
                _(
                    "{file} was made by a newer version of crm_desktop (schema {revision}); "
                    "install that version to restore it. Nothing was changed."
                ).format(file=source.name, revision=first.revision)
            ) from None
        try:
            erasures: tuple[ErasureRecord, ...] = ()
            if live.exists():
                erasures = list_erasures(database) if database is not None else _erasures_of(paths)
            # Read before anything is replaced; a backup made before an erasure gets it again here.
            try:
                reapplied = reapply_erasures(opened_copy.database, erasures)
            except Exception as exc:
                raise UserFacingError(
                    _(
                        "The customers erased since {file} was made could not be erased again in it "
                        "({why}), so it was not restored. Nothing was changed."
                    ).format(file=source.name, why=exc)
                ) from exc
        finally:
            opened_copy.close()
        second = backup.check_file(copy)
        if not second.ok or second.revision != migrate.head_revision():
            raise UserFacingError(
                _("{file} failed its check after preparing it. Nothing was changed.").format(file=source.name)
            )
        safety: Path | None = None
        if live.exists():
            safety = backup.make_automatic_backup(live, paths.backup_dir, "before-restore", now)
            backup.copy_into(copy, live)
        else:
            backup.backup_to(copy, live)
    return RestoreResult(source, safety, reapplied)


def _erasures_of(paths: AppPaths) -> tuple[ErasureRecord, ...]:
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        return list_erasures(opened.database)
    finally:
        opened.close()


__all__ = [
    "SECOND_FOLDER",
    "SERVER_SENTENCE",
    "BackupInfo",
    "BackupMade",
    "RestoreResult",
    "back_up_now",
    "copy_to_second_folder",
    "list_backups",
    "restore",
    "second_folder",
    "set_second_folder",
]
