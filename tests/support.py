"""Helpers shared by tests and developer tools (no Qt here): an application context with a person."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_desktop.app import AppContext, Clock
from crm_desktop.domain.enums import StaffRole
from crm_desktop.services.staff import StaffInput, add_staff, list_staff
from crm_desktop.storage.startup import OpenedDatabase

# GUI tests run on a fixed clock: the window's "today" is this day whatever day the suite runs.
GUI_NOW = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
GUI_TODAY = GUI_NOW.astimezone().date()


def context_of(
    opened: OpenedDatabase, person: str | None = None, *, clock: Clock | None = None
) -> AppContext:
    """An application context on ``opened`` with someone at the keyboard: ``person`` (a name), else the
    shop's first owner (a shop without staff gets one, "Olga Owner", as the first start would make),
    so GUI tests act as a real person without being asked."""
    context = AppContext(opened, clock=clock or Clock.fixed(GUI_NOW))
    people = list_staff(opened.database)
    if not people:  # a shop as the first start leaves it: its owner, who is also sales and technician
        owner = add_staff(opened.database, StaffInput("Olga Owner", tuple(StaffRole)), staff_id=None)
        people = (owner,)
    if person is not None:
        context.person = next(m for m in people if m.name == person)
    else:
        owners = [m for m in people if m.holds(StaffRole.OWNER)]
        context.person = owners[0] if owners else None
    return context
