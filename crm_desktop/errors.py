"""Errors the user should read, as opposed to bugs.

Anything raised as a :class:`UserFacingError` is shown as one clear line (command line) or one message
box (window). Everything else is a bug and is allowed to raise with its traceback.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error caused by the environment or by input, explained in words a shopkeeper understands."""

    exit_code = 1


class StorageEnvironmentError(UserFacingError):
    """The database cannot be used because of its environment: full disk, read-only, corrupt, locked."""


class DatabaseTooNewError(UserFacingError):
    """The database was written by a newer crm_desktop than this one."""


class NotOurDatabaseError(UserFacingError):
    """The file is a SQLite database, but not one made by crm_desktop."""


class AlreadyOpenError(UserFacingError):
    """Another crm_desktop window already has this database open."""


class MigrationError(UserFacingError):
    """Upgrading the database failed; the database was left exactly as it was."""


class ValidationError(UserFacingError):
    """Input that cannot be saved as it is."""
