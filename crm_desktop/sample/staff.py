"""The sample shop's staff: who works there, in which role, from which day to which day, and who is
there to take a sale, a job or a follow-up on a given day."""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from crm_desktop.domain.enums import StaffRole
from crm_desktop.domain.staff import initials_of
from crm_desktop.sample.clock import DAY, Clock
from crm_desktop.sample.tables import STAFF
from crm_desktop.sample.writer import Rows

STILL_EMPLOYED: Final = 1 << 30  # the last day of someone who has not left


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    role: StaffRole
    first_day: int
    last_day: int


class Roster:
    """The staff by the days they worked."""

    def __init__(self, members: tuple[Member, ...]) -> None:
        self.members = members
        self.owner = next((m.id for m in members if m.role is StaffRole.OWNER), 1)

    def employed(self, member_id: int, day: int) -> bool:
        return any(m.id == member_id and m.first_day <= day <= m.last_day for m in self.members)

    def holding(self, role: StaffRole, day: int) -> list[int]:
        """The ids of the staff with ``role`` employed on ``day`` (after today: still employed)."""
        return [m.id for m in self.members if m.role == role and m.first_day <= day <= m.last_day]

    def pick(self, rng: random.Random, role: StaffRole, day: int) -> int:
        """Someone with ``role`` employed on ``day``, at random; the owner if nobody has the role."""
        ids = self.holding(role, day)
        return rng.choice(ids) if ids else self.owner

    def on_duty(self, rng: random.Random, day: int) -> Mapping[StaffRole, Sequence[int]]:
        """The staff of each role employed on ``day``, as :func:`crm_desktop.domain.plans.expand` reads
        them when a sale is recorded (the app's ``staff_by_role``)."""
        return _OnDuty(self, rng, day)

    def holder(self, member_id: int, day: int) -> int:
        """Who has ``member_id``'s task due on ``day``: they themselves while employed, the owner after
        they left (when someone retires, the app moves their open work to a colleague)."""
        return member_id if self.employed(member_id, day) else self.owner


class _OnDuty(Mapping[StaffRole, Sequence[int]]):
    """The staff employed on a day, by role, first choice first.

    The app puts the technician with the least open work first, and the others by id; here the first
    choice is drawn at random among those employed that day, once per role and only when a plan asks
    for the role, so that the work is spread over the shop as people would spread it.
    """

    def __init__(self, roster: Roster, rng: random.Random, day: int) -> None:
        self._roster = roster
        self._rng = rng
        self._day = day
        self._chosen: dict[StaffRole, tuple[int, ...]] = {StaffRole.OWNER: (roster.owner,)}

    def __getitem__(self, role: StaffRole) -> Sequence[int]:
        chosen = self._chosen.get(role)
        if chosen is None:
            ids = self._roster.holding(role, self._day)
            chosen = self._chosen[role] = (self._rng.choice(ids),) if ids else ()
        return chosen

    def __iter__(self) -> Iterator[StaffRole]:
        return iter(StaffRole)

    def __len__(self) -> int:
        return len(StaffRole)


def write_staff(rows: Rows, clock: Clock) -> Roster:
    """The staff rows, one ``staff_role`` row per role; the roster the rest of the sample draws from."""
    members = []
    for name, role, email, first, last in STAFF:
        sid = rows.next_id("staff")
        members.append(Member(sid, role, first, last if last is not None else STILL_EMPLOYED))
        rows.add(
            "staff",
            {
                "id": sid,
                "name": name,
                "initials": initials_of(name),
                "email": email,
                "active": last is None,
                "retired_at": None if last is None else clock.dt(last * DAY + 18 * 60),
                "created_at": clock.dt(first * DAY + 8 * 60),
            },
        )
        rows.add("staff_role", {"staff_id": sid, "role": role})
    return Roster(tuple(members))
