"""Time in the sample shop: whole minutes and whole days counted from midnight UTC of ``today``.

Everything is generated as such offsets (``t`` in minutes, ``day`` in days; negative is the past) and
turned into dates and instants only when a row is made, so another ``today`` moves every date by the
same number of days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Final

OPEN: Final = 7 * 60  # 08:00 in Brussels in winter, in minutes after midnight UTC
CLOSE: Final = 17 * 60 + 30
DAY: Final = 24 * 60


class Clock:
    """Offsets from ``today`` turned into the dates and instants stored."""

    def __init__(self, today: date) -> None:
        self.today_ordinal = today.toordinal()
        self.base = datetime(today.year, today.month, today.day, tzinfo=UTC)

    def dt(self, t: int) -> datetime:
        """The instant ``t`` minutes after midnight UTC of today."""
        return self.base + timedelta(minutes=t)

    def date_of(self, day: int) -> date:
        return date.fromordinal(self.today_ordinal + day)

    def day_of(self, when: date) -> int:
        return when.toordinal() - self.today_ordinal
