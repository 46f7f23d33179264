"""When a promise is *slipping*: it has moved past the date first promised, and someone should notice.

The shop chooses how soon (settings ``promises.slipping_rule`` and ``promises.slipping_days``):

* ``once`` (the default) — moved at least once to a later date than the one first promised;
* ``twice`` — moved at least twice, and now later than first promised;
* ``days`` — now more than ``slipping_days`` days (default 7) later than first promised.

A promise moved :data:`OWNER_ATTENTION_MOVES` times or more asks for the owner's attention whatever the
rule: by then the customer has heard "a few more days" three times.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Final

from crm_desktop.i18n import N_


class SlipRule(StrEnum):
    ONCE = "once"
    TWICE = "twice"
    DAYS = "days"


DEFAULT_RULE: Final = SlipRule.ONCE
DEFAULT_DAYS: Final = 7
MAX_DAYS: Final = 365
OWNER_ATTENTION_MOVES: Final = 3

RULE_WORDS: Final = {  # marked for the catalogue: translate where shown, ``_(RULE_WORDS[rule])``
    SlipRule.ONCE: N_("moved once past the first date"),
    SlipRule.TWICE: N_("moved twice"),
    SlipRule.DAYS: N_("more than N days later than first promised"),
}


def days_late(first: date, current: date) -> int:
    """How many days later than first promised the promise now stands (0 when not later)."""
    return max(0, (current - first).days)


def is_slipping(first: date, current: date, moves: int, rule: SlipRule, days: int = DEFAULT_DAYS) -> bool:
    """True when an open promise first due on ``first``, now due on ``current`` after ``moves`` date
    changes, is slipping under ``rule``."""
    late = days_late(first, current)
    if late == 0:
        return False
    if rule is SlipRule.ONCE:
        return moves >= 1
    if rule is SlipRule.TWICE:
        return moves >= 2
    return late > days


def needs_owner(moves: int) -> bool:
    return moves >= OWNER_ATTENTION_MOVES


def parse_rule(text: str | None) -> SlipRule:
    """The stored rule, or the default for anything unknown (settings written by hand)."""
    try:
        return SlipRule((text or "").strip().lower())
    except ValueError:
        return DEFAULT_RULE


def parse_days(text: str | None) -> int:
    try:
        value = int((text or "").strip())
    except ValueError:
        return DEFAULT_DAYS
    return value if 1 <= value <= MAX_DAYS else DEFAULT_DAYS


__all__ = [
    "DEFAULT_DAYS",
    "DEFAULT_RULE",
    "OWNER_ATTENTION_MOVES",
    "SlipRule",
    "days_late",
    "is_slipping",
    "needs_owner",
    "parse_days",
    "parse_rule",
]
