"""What every writing service shares: the person acting, text as typed, aware instants, the audit row.

One place for each, so every use case checks the same things with the same words:

* :func:`acting` — the person doing the action exists and has not retired (a retired colleague's name
  cannot be used to act any more; their history keeps it);
* :func:`checked_text` — text exactly as typed, refused when it cannot be stored or is too long;
* :func:`require_aware` — instants carry their time zone;
* :func:`audit` — one audit row in the closed vocabulary of :mod:`crm_desktop.domain.audit`
  (:func:`audit_now` writes the same row at once, for a use case that writes without ORM objects);
* :func:`check_version` — a save from a form refused when someone else saved the record meanwhile.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Final, cast, overload

from sqlalchemy import ColumnElement, Table, func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.errors import ConflictError, FieldChange, ValidationError
from crm_desktop.i18n import _
from crm_desktop.storage.models import AuditEntry, Staff, Versioned
from crm_desktop.storage.types import utcnow


def acting(session: Session, staff_id: int | None) -> None:
    """Refuse an unknown or retired person as the one acting (None: the system, e.g. a command line)."""
    if staff_id is None:
        return
    person = session.get(Staff, staff_id)
    if person is None:
        raise ValidationError(_("Staff member #{id} does not exist.").format(id=staff_id))
    if not person.active:
        raise ValidationError(
            _("{name} has retired and cannot act any more; choose who is at the keyboard.").format(
                name=person.name
            )
        )


@overload
def checked_text(value: str | None, label: str, limit: int) -> str: ...
@overload
def checked_text(value: str | None, label: str, limit: int, *, required: bool) -> str | None: ...
def checked_text(value: str | None, label: str, limit: int, *, required: bool = True) -> str | None:
    """The text exactly as typed, or None when blank and optional; refused when it cannot be stored.
    ``label`` names it in the refusal, translated ("The notes")."""
    # Imported here: the validation module loads the phone and e-mail libraries, which the window
    # must not pay for at start-up.
    from crm_desktop.domain.validation import unstorable

    if value is None or not value.strip():
        if required:
            raise ValidationError(_("{label} cannot be empty.").format(label=label))
        return None
    problem = unstorable(label, value)
    if problem is not None:
        raise ValidationError(problem)
    if len(value) > limit:
        raise ValidationError(
            _("{label} is too long: {length} characters, at most {most}.").format(
                label=label, length=f"{len(value):,}", most=f"{limit:,}"
            )
        )
    return value


def require_aware(now: datetime) -> None:
    """Instants handed to services carry their time zone (a bug otherwise, not the user's input)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")


def changed_fields(changes: Iterable[tuple[str, object, object]]) -> str | None:
    """The names of the fields whose value changes, ``(name, old, new)`` each, joined for an audit row's
    field ("diagnosis, technician"); None when none does."""
    return ", ".join(name for name, old, new in changes if old != new) or None


def audit(
    session: Session,
    staff_id: int | None,
    entity: AuditEntity,
    entity_id: int,
    action: AuditAction,
    *,
    at: datetime | None = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
    reason: str | None = None,
) -> AuditEntry:
    """Add one audit row (who, when, what) to the session and return it."""
    row = AuditEntry(**_audit_values(staff_id, entity, entity_id, action, at, field, old, new, reason))
    session.add(row)
    return row


_AUDIT_ROW: Final = insert(cast(Table, AuditEntry.__table__))


def audit_now(
    session: Session,
    staff_id: int | None,
    entity: AuditEntity,
    entity_id: int,
    action: AuditAction,
    *,
    at: datetime,
    field: str | None = None,
    old: object = None,
    new: object = None,
    reason: str | None = None,
) -> None:
    """The row :func:`audit` adds, written at once by one prepared INSERT: for a use case that writes
    without ORM objects (an ORM object costs a flush of its own). It goes through the unit's connection:
    objects pending in the session are not flushed first."""
    values = _audit_values(staff_id, entity, entity_id, action, at, field, old, new, reason)
    session.connection().execute(_AUDIT_ROW, values)


def _audit_values(
    staff_id: int | None,
    entity: AuditEntity,
    entity_id: int,
    action: AuditAction,
    at: datetime | None,
    field: str | None,
    old: object,
    new: object,
    reason: str | None,
) -> dict[str, object]:
    return {
        "at": at or utcnow(),
        "staff_id": staff_id,
        "entity": str(entity),
        "entity_id": entity_id,
        "action": str(action),
        "field": field,
        "old_value": None if old is None else str(old),
        "new_value": None if new is None else str(new),
        "reason": reason,
    }


def last_saved(session: Session, entity: AuditEntity, entity_id: int) -> tuple[str | None, datetime | None]:
    """(who, when) of the newest audit row of a record: whoever saved it last, as far as the audit
    trail knows; (None, None) when it says nothing."""
    row = session.execute(
        select(Staff.name, AuditEntry.at)
        .select_from(AuditEntry)
        .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
        .where(AuditEntry.entity == str(entity), AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (None, None) if row is None else (row[0], row[1])


@dataclass(frozen=True)
class SavedStamp:
    """A record's version now, and who saved it last and when (from the audit trail; None: unknown)."""

    version: int
    by: str | None
    at: datetime | None


def saved_stamp(session: Session, entity: AuditEntity, record: Versioned) -> SavedStamp:
    by, at = last_saved(session, entity, record.id)  # type: ignore[attr-defined]
    return SavedStamp(record.version, by, at)


def conflict(
    session: Session, entity: AuditEntity, record: Versioned, *, what: str, changes: tuple[FieldChange, ...]
) -> ConflictError:
    """The :class:`ConflictError` for ``record``, saved by someone else since it was shown: who and when
    from the audit trail, ``changes`` as given."""
    with session.no_autoflush:  # changes already applied are thrown away with the unit of work
        by, at = last_saved(session, entity, record.id)  # type: ignore[attr-defined]
    return ConflictError(what, version=record.version, by=by, at=at, changes=changes)


def details_changes(
    theirs: object,
    mine: object,
    *,
    labels: dict[str, str] | None = None,
    only: tuple[str, ...] | None = None,
) -> tuple[FieldChange, ...]:
    """Field by field, where two frozen details of one record differ (``id``, ``version`` and links to
    other records by id aside: their names say it); ``only``: the fields a form edits. ``labels``: the
    fields' names as the form shows them, marked with ``N_`` (translated here)."""
    changes = []
    for item in fields(theirs):  # type: ignore[arg-type]
        if item.name in ("id", "version") or item.name.endswith("_id"):
            continue
        if only is not None and item.name not in only:
            continue
        old, new = getattr(theirs, item.name), getattr(mine, item.name)
        if old != new:
            given = (labels or {}).get(item.name)
            label = _(given) if given is not None else item.name.replace("_", " ").capitalize()
            changes.append(FieldChange(label, _shown(old), _shown(new)))
    return tuple(changes)


def _shown(value: object) -> str:
    if value is None or value == ():
        return _("(none)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, tuple):
        return ", ".join(_shown(v) for v in value)
    return str(value)


def check_version(
    session: Session,
    entity: AuditEntity,
    record: Versioned,
    expected_version: int | None,
    *,
    what: str,
    changes: Callable[[], tuple[FieldChange, ...]],
) -> None:
    """Refuse (:class:`ConflictError`) a save made from a form that showed ``expected_version`` when the
    record is at another one now: someone else saved it meanwhile. ``None``: the caller reads and
    writes in this one unit of work (a command, an addition)."""
    if expected_version is not None and record.version != expected_version:
        with session.no_autoflush:  # what mine would be is read, not written
            found = changes()
        raise conflict(session, entity, record, what=what, changes=found)


def count_of(model: Any, *where: ColumnElement[bool]) -> Any:
    """``(SELECT count(*) FROM model WHERE ...)``: one figure among others of a single SELECT."""
    return select(func.count()).select_from(model).where(*where).scalar_subquery()


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Python's cycle collector paused while a read makes hundreds of thousands of small objects that
    hold no cycles (the metrics' 100,000 account rows): it would walk them again and again (a tenth of
    the metrics' time). Back on afterwards, also after an error; nested or threaded uses leave it on
    when the outermost ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


__all__ = [
    "SavedStamp",
    "acting",
    "audit",
    "check_version",
    "checked_text",
    "conflict",
    "count_of",
    "details_changes",
    "last_saved",
    "no_gc_pauses",
    "require_aware",
    "saved_stamp",
]
