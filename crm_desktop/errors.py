"""Errors the user should read, as opposed to bugs.

Anything raised as a :class:`UserFacingError` is shown as one clear line (command line) or one message
box (window). Everything else is a bug and is allowed to raise with its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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


@dataclass(frozen=True)
class FieldChange:
    """One field of a record on which someone else's save and mine differ."""

    field: str  # as the form labels it: "Phones", "Notes"
    theirs: str  # on file now
    mine: str  # what I was saving


class ConflictError(UserFacingError):
    """A save met someone else's change made since the form was read: nothing of mine was saved.

    ``changes`` lists, field by field, where their version and mine differ; ``by`` and ``at`` say who
    saved last and when (None when unknown); ``version`` is the version on file now, which a deliberate
    "keep mine" sends back."""

    def __init__(
        self,
        what: str,
        *,
        version: int,
        by: str | None = None,
        at: datetime | None = None,
        changes: tuple[FieldChange, ...] = (),
    ) -> None:
        self.what = what
        self.version = version
        self.by = by
        self.at = at
        self.changes = changes
        from crm_desktop.i18n import _  # here, not at the top: crm_desktop.i18n imports this module

        who = by or _("someone else")
        if changes:
            # Translators: {what} names the record, e.g. "The customer Zoë Martin" or "J-0042"; {fields}
            # lists what differs, e.g. "phones, notes".
            message = _(
                "{what} was changed by {who} since you opened it ({fields}): nothing of yours was saved. "
                "Open it again to see their change."
            ).format(what=what, who=who, fields=", ".join(c.field.lower() for c in changes))
        else:
            message = _(
                "{what} was changed by {who} since you opened it: nothing of yours was saved. "
                "Open it again to see their change."
            ).format(what=what, who=who)
        super().__init__(message)
