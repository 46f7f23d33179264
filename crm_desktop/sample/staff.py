"""The sample shop's staff: who works there, in which role, from which day to which day, and who is
there to take a sale, a job or a follow-up on a given day."""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from crm_desktop.domain.enums import AssigneeRule, StaffRole
from crm_desktop.domain.plans import assignee_for
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

    def assignee(self, rng: random.Random, rule: AssigneeRule, seller: int | None, day: int) -> int:
        """Who a follow-up due on ``day`` goes to, by the app's rule (:func:`assignee_for`) among the
        staff employed that day; the seller's calls go to the owner once they left."""
        here = seller if seller is not None and self.employed(seller, day) else None
        chosen = assignee_for(rule, here, _OnDuty(self, rng, day))
        return chosen if chosen is not None else self.owner


class _OnDuty(Mapping[StaffRole, Sequence[int]]):
    """The staff employed on a day, by role, as :func:`assignee_for` reads them ("first choice first").

    The app puts the person with the least open work first; here one person of the role is drawn at
    random, and only when the rule asks for that role, so that the work is spread as in a real shop.
    """

    def __init__(self, roster: Roster, rng: random.Random, day: int) -> None:
        self._roster = roster
        self._rng = rng
        self._day = day

    def __getitem__(self, role: StaffRole) -> Sequence[int]:
        if role is StaffRole.OWNER:
            return (self._roster.owner,)
        ids = self._roster.holding(role, self._day)
        return (self._rng.choice(ids),) if ids else ()

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
