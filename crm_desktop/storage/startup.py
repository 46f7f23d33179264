"""Opening the shop's database, in the order that cannot lose data.

resolve paths (caller) -> take the single-instance lock -> read the schema revision without writing
-> refuse a newer or foreign database -> back up (before an upgrade, and once a day) -> migrate in one
transaction with a foreign-key check -> hand back a :class:`Database`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.errors import StorageEnvironmentError
from crm_desktop.i18n import _
from crm_desktop.paths import AppPaths, ensure_private_dir, make_private_file
from crm_desktop.storage import backup, migrate
from crm_desktop.storage.engine import Database, create_app_engine
from crm_desktop.storage.lock import InstanceLock

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    database: Database
    paths: AppPaths
    revision: str
    created: bool
    lock: InstanceLock | None
    backups_made: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.database.dispose()
        if self.lock is not None:
            self.lock.release()


def refuse_an_empty_file(paths: AppPaths) -> None:
    """A 0-byte file is not a shop (a copy that failed, a file made by hand): never fill it with a new,
    empty shop as if nothing were wrong. A file that does not exist yet is a new shop."""
    file = paths.db_file
    try:
        empty = file is not None and file.stat().st_size == 0
    except OSError:  # not there (a new shop) or not readable (said by the next step)
        return
    if empty:
        raise StorageEnvironmentError(
            _(
                "{file} is an empty file, not a shop database. If it should hold your shop, restore it from "
                "a backup; to start a new shop there, delete the empty file first."
            ).format(file=file)
        )


def read_only_reason(paths: AppPaths) -> str | None:
    """Why the shop's file cannot be changed here, in words (None: it can, or it is a server)."""
    file = paths.db_file
    if file is None or not file.exists():
        return None
    if os.name == "posix" and os.statvfs(file).f_flag & os.ST_RDONLY:
        return _("it is on a read-only disk")
    if not os.access(file, os.W_OK):
        return _("the file is read-only for you")
    if not os.access(file.parent, os.W_OK):
        return _("its folder {folder} is read-only for you").format(folder=file.parent)
    return None


def _open_read_only(paths: AppPaths, why: str, script_location: Path | None) -> OpenedDatabase:
    """A copy that cannot be changed opens for looking things up and printing: no lock, backup,
    upgrade or chmod (each would write), and every save refused in one line (:meth:`Database.writing`).
    A copy that needs an upgrade cannot open: the upgrade itself would write."""
    assert paths.db_file is not None
    refuse_an_empty_file(paths)
    state = migrate.inspect_database(paths, script_location)
    if state.needs_upgrade or state.is_new:
        raise StorageEnvironmentError(
            _(
                "{file} can't be changed ({why}), and it must be upgraded for this version of "
                "crm_desktop first. Copy it to a folder you can write in, or ask for write access."
            ).format(file=paths.db_file, why=why)
        )
    # immutable: no -wal/-shm can be made beside it, so SQLite must not look for other writers
    immutable = "&immutable=1" if not os.access(paths.db_file.parent, os.W_OK) else ""
    url = f"sqlite+pysqlite:///{paths.db_file.as_uri()}?mode=ro{immutable}&uri=true"
    database = Database(create_app_engine(url), paths.describe(), read_only=why)
    log.info("opened %s read-only: %s", paths.describe(), why)
    return OpenedDatabase(database=database, paths=paths, revision=state.head, created=False, lock=None)


def open_database(
    paths: AppPaths,
    *,
    lock: bool = True,
    daily_backup: bool = True,
    now: datetime | None = None,
    script_location: Path | None = None,
    waiting: Callable[[str], None] | None = None,
) -> OpenedDatabase:
    """Open the database at ``paths``: refuse a newer one, back up, migrate, then hand it over.
    ``waiting`` hears, while it lasts, that another workstation is upgrading the same server."""
    now = now or datetime.now(UTC)
    why = read_only_reason(paths)
    if why is not None:
        return _open_read_only(paths, why, script_location)
    instance_lock: InstanceLock | None = None
    new_file = paths.db_file is not None and not paths.db_file.exists()  # made here: removed if it fails
    if paths.db_file is not None:
        try:
            ensure_private_dir(paths.data_dir)
        except OSError as exc:
            raise StorageEnvironmentError(
                _("The data folder {folder} cannot be created: {why}").format(
                    folder=paths.data_dir, why=exc.strerror or exc
                )
            ) from exc
        if lock:
            instance_lock = InstanceLock(paths.db_file)
            instance_lock.acquire()
    try:
        refuse_an_empty_file(paths)
        state = migrate.inspect_database(paths, script_location)
        made: list[Path] = []
        warnings: list[str] = []
        if paths.db_file is not None and not state.is_new:
            if state.needs_upgrade:
                # Never upgrade without a copy to go back to: a failure here stops the start.
                made.append(
                    backup.make_automatic_backup(
                        paths.db_file, paths.backup_dir, f"before-upgrade-{state.revision}", now
                    )
                )
            elif daily_backup and not backup.has_daily_backup(paths.backup_dir, now.astimezone(UTC).date()):
                try:
                    made.append(backup.make_automatic_backup(paths.db_file, paths.backup_dir, "daily", now))
                except StorageEnvironmentError as exc:
                    warnings.append(_("Today's automatic backup could not be made: {why}").format(why=exc))
        if state.needs_upgrade:
            log.info("upgrading %s from %s to %s", paths.describe(), state.revision, state.head)
            migrate.upgrade(paths, script_location, waiting=waiting)
        if paths.db_file is not None:
            make_private_file(paths.db_file)
        database = Database(create_app_engine(paths.url), paths.describe())
        return OpenedDatabase(
            database=database,
            paths=paths,
            revision=state.head,
            created=state.is_new,
            lock=instance_lock,
            backups_made=made,
            warnings=warnings,
        )
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        # No half-made shop left behind to be taken for a real one; only while this start held the lock,
        # so that nobody else can have been making the same file meanwhile.
        if new_file and instance_lock is not None and paths.db_file is not None:
            _remove_new_file(paths.db_file)
        raise


def _remove_new_file(file: Path) -> None:
    for made in (file, Path(f"{file}-wal"), Path(f"{file}-shm"), Path(f"{file}.lock")):
        with contextlib.suppress(OSError):
            made.unlink()
