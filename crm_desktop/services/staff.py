"""The shop's staff, as the screens need them: who can be assigned, filtered by, or credited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.domain.enums import StaffRole
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Staff


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: StaffRole
    active: bool


def list_staff(database: Database, *, include_inactive: bool = False) -> tuple[StaffMember, ...]:
    query = select(Staff.id, Staff.name, Staff.role, Staff.active).order_by(Staff.name, Staff.id)
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    with database.reading() as uow:
        return tuple(StaffMember(*row) for row in uow.session.execute(query))


def find_staff(database: Database, name: str) -> StaffMember:
    """The staff member called ``name`` as typed on a command line: the exact name (case aside), else the
    only one whose name starts with it, else the only one whose name contains it."""
    from crm_desktop.errors import ValidationError

    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise ValidationError("Give a technician's name.")
    everyone = list_staff(database, include_inactive=True)
    for test in (
        lambda s: s.casefold() == wanted,
        lambda s: s.casefold().startswith(wanted),
        lambda s: wanted in s.casefold(),
    ):
        found = [m for m in everyone if test(" ".join(m.name.split()))]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(m.name for m in found[:5])
            raise ValidationError(f"“{name}” could be {names}; give more of the name.")
    known = ", ".join(m.name for m in everyone if m.active)[:300] or "nobody yet"
    raise ValidationError(f"There is no staff member called “{name}”. Staff: {known}.")
