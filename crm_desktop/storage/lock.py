"""One crm_desktop at a time per database file.

An OS advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on ``<database>.lock``. The
operating system drops it when the holding process ends, however it ends, so a crash never leaves a
stale lock: the file may remain, but nobody holds it and the next start takes it over.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from crm_desktop.errors import AlreadyOpenError, StorageEnvironmentError
from crm_desktop.i18n import _


class InstanceLock:
    def __init__(self, database_file: Path) -> None:
        self.path = Path(f"{database_file}.lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's lifetime
        except OSError as exc:
            raise _cannot_write(self.path, exc) from exc
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read()
            handle.close()
            raise AlreadyOpenError(_already_open_message(self.path, holder)) from None
        try:
            os.chmod(self.path, 0o600)
            handle.seek(0)
            handle.truncate()
            handle.write(
                json.dumps(
                    {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now(UTC).isoformat()}
                )
            )
            handle.flush()
        except OSError as exc:  # a full disk, a quota: let go, and say so in one line
            with contextlib.suppress(OSError):
                _unlock(handle)
            with contextlib.suppress(OSError):
                handle.close()
            raise _cannot_write(self.path, exc) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _cannot_write(path: Path, exc: OSError) -> StorageEnvironmentError:
    reason = _("the disk is full") if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
    return StorageEnvironmentError(
        _(
            "crm_desktop cannot write its lock file {path} ({why}): nothing was opened or changed. "
            "Free some space (or fix the folder's permissions) and start again."
        ).format(path=path, why=reason)
    )


def _already_open_message(path: Path, holder: str) -> str:
    database = str(path)[: -len(".lock")]
    try:
        info = json.loads(holder)
        since = datetime.fromisoformat(info["since"]).astimezone().strftime("%Y-%m-%d %H:%M")
        return _(
            "The database {database} is already open in another crm_desktop window (program {pid} on "
            "{host}, since {since}). Switch to that window, or close it and start again."
        ).format(database=database, pid=info["pid"], host=info["host"], since=since)
    except (ValueError, KeyError, TypeError):
        pass
    return _(
        "The database {database} is already open in another crm_desktop window. "
        "Switch to that window, or close it and start again."
    ).format(database=database)


# Windows locks are mandatory: a locked byte cannot be read by anyone else. The byte locked lies far past
# the holder's details, so that the next start can still read who holds the lock (to say so), and the
# details can be written and truncated under the lock.
WINDOWS_LOCK_OFFSET = 1 << 30


def windows_functions(msvcrt: Any) -> tuple[Callable[[IO[str]], None], Callable[[IO[str]], None]]:
    """(lock, unlock) with ``msvcrt.locking`` on one byte at :data:`WINDOWS_LOCK_OFFSET` (a module is
    passed in, so that the tests run this branch with the platform faked)."""

    def at_lock_byte(handle: IO[str], mode: int) -> None:
        handle.flush()
        fd = handle.fileno()
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)  # msvcrt.locking works from the file position
        try:
            msvcrt.locking(fd, mode, 1)
        finally:
            handle.seek(0)

    return (lambda handle: at_lock_byte(handle, msvcrt.LK_NBLCK)), (
        lambda handle: at_lock_byte(handle, msvcrt.LK_UNLCK)
    )


if sys.platform == "win32":  # pragma: no cover - on Windows; the tests run windows_functions faked
    import msvcrt

    _lock, _unlock = windows_functions(msvcrt)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
