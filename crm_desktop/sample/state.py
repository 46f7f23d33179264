"""What the parts of the generator share while they write one sample shop, and what it remembers about
the customer whose history is being written.

The parts are plain functions taking a :class:`Sample`: the random stream, the clock, the rows waiting
to be written, the staff and the catalogue.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Concatenate, ParamSpec

from crm_desktop.domain.enums import StaffRole
from crm_desktop.sample.catalogue import Catalogue, Product
from crm_desktop.sample.clock import CLOSE, DAY, OPEN, Clock
from crm_desktop.sample.staff import Roster
from crm_desktop.sample.writer import Rows


class Sample:
    """The state shared by the parts of the generator.

    Times are whole minutes (``t``) and days (``day``) relative to midnight UTC of ``today``, see
    :mod:`crm_desktop.sample.clock`.
    """

    def __init__(
        self,
        *,
        seed: int,
        customers: int,
        rng: random.Random,
        rows: Rows,
        clock: Clock,
        staff: Roster,
        catalogue: Catalogue,
    ) -> None:
        self.seed = seed
        self.customers = customers
        self.rng = rng  # swapped for a stream of its own by @isolated parts
        self.rows = rows
        self.clock = clock
        self.staff = staff
        self.catalogue = catalogue

    def shop_t(self, day: int) -> int:
        """A moment during opening hours on ``day``."""
        return day * DAY + self.rng.randint(OPEN, CLOSE)

    def later(self, t: int, days: int) -> int:
        """A moment ``days`` days after ``t`` (the same day: a little later), during opening hours."""
        if days <= 0:
            moved = t + self.rng.randint(10, 150)
            if moved % DAY <= CLOSE:
                return moved
            days = 1
        return self.shop_t(t // DAY + days)

    def pick_staff(self, role: StaffRole, day: int) -> int:
        """Someone with ``role`` employed on ``day``, at random."""
        return self.staff.pick(self.rng, role, day)


@dataclass(slots=True)
class Unit:
    """A sold item that may come back for service."""

    item_id: int
    product: Product
    serial: str | None
    sale_day: int
    warranty_end: date | None
    sale_id: int | None = None  # the sale it was sold in


@dataclass(slots=True)
class SaleMemo:
    id: int
    day: int
    t: int
    seller: int
    category: str


@dataclass(slots=True)
class CustomerMemo:
    id: int
    name: str
    t0: int
    since: int
    last_day: int  # the last day with activity (the day before today, or the day of archiving)
    archived_t: int | None
    rich: bool
    business: bool
    email: str | None
    address: str | None
    consent: bool
    sales: list[SaleMemo] = field(default_factory=list)  # not voided, oldest first
    units: list[Unit] = field(default_factory=list)


_A = ParamSpec("_A")


def isolated(part: Callable[Concatenate[Sample, _A], None]) -> Callable[Concatenate[Sample, _A], None]:
    """Run ``part`` on a random stream of its own, seeded by one draw from the current stream.

    A follow-up, job or promise makes date-dependent choices (is it already due? is the warranty still
    running?) that draw more or fewer numbers. Isolating it keeps the rest of the customer's history, and
    every later customer, the same whatever ``today`` is.
    """

    @functools.wraps(part)
    def run(sample: Sample, /, *args: _A.args, **kwargs: _A.kwargs) -> None:
        outer = sample.rng
        sample.rng = random.Random(outer.getrandbits(64))
        try:
            part(sample, *args, **kwargs)
        finally:
            sample.rng = outer

    return run
