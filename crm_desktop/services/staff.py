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
