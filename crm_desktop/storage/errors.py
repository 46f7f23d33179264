"""Sorting storage failures into "the environment's fault" (tell the user) and bugs (raise).

Follows qutebrowser's approach (``qutebrowser/misc/sql.py``): SQLite result codes for a full disk,
a read-only file, a corrupt file, a locked database or an unreachable file are the environment
speaking; anything else (a constraint we should have checked, bad SQL) is a bug and keeps its traceback.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.errors import ConflictError, StorageEnvironmentError, ValidationError
from crm_desktop.i18n import N_, _

# https://www.sqlite.org/rescode.html — primary codes (extended codes keep the primary in the low byte).
_SQLITE_MESSAGES = {
    5: N_("The database is busy: another program is writing to it. Try again in a moment."),  # BUSY
    6: N_("The database is locked by another program. Try again in a moment."),  # LOCKED
    7: N_("The computer ran out of memory while using the database."),  # NOMEM
    8: N_(
        "The database file is read-only, so nothing can be saved. Check the file's permissions."
    ),  # READONLY
    10: N_("The disk reported an error while reading or writing the database."),  # IOERR
    11: N_("The database file is damaged. Restore the latest backup (see README: Backups)."),  # CORRUPT
    13: N_("The disk is full: nothing was saved. Free some space and try again."),  # FULL
    14: N_("The database file cannot be opened. Check that the folder exists and is writable."),  # CANTOPEN
    26: N_("This file is not a crm_desktop database (or it is damaged)."),  # NOTADB
}


def environment_message(exc: BaseException) -> str | None:
    """The user-facing message if ``exc`` is the environment's fault, else None (a bug)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is not None:
            message = _SQLITE_MESSAGES.get(code & 0xFF)
            return _(message) if message is not None else None
        return None
    # PostgreSQL: connection refused, server gone, authentication failed...
    if isinstance(exc, OperationalError) and _is_server_error(exc):
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else _("unknown error")
        return _("The database server cannot be reached or refused the connection: {why}").format(why=first)
    return None


def _is_server_error(exc: OperationalError) -> bool:
    module = type(exc.orig).__module__ if exc.orig is not None else ""
    return module.startswith("psycopg")


def translate(exc: BaseException) -> BaseException:
    """``StorageEnvironmentError`` for environment failures, :class:`ConflictError` for a save that
    raced another one on the same record (its ``WHERE version = …`` matched nothing); the exception
    itself otherwise."""
    if isinstance(exc, IntegrityError) and "active_serial" in str(exc.orig):
        refused = ValidationError(
            _(
                "A serial number of this sale is already on another active sale, saved a moment ago (on "
                "another workstation?): nothing was saved. Check the number, or void that sale first."
            )
        )
        refused.__cause__ = exc
        return refused
    if isinstance(exc, StaleDataError):
        conflict = ConflictError(_("This record"), version=0)
        conflict.__cause__ = exc
        return conflict
    message = environment_message(exc)
    if message is None:
        return exc
    error = StorageEnvironmentError(message)
    error.__cause__ = exc
    return error
