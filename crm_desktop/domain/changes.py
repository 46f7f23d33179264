"""What a write changed, as one typed value every page can read (after Anki's ``OpChanges``).

A use case run from the window publishes one :class:`Changes` when it succeeds; each page refreshes only
when the kinds of record it shows are among them (and, for a customer's page, when that customer is).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Change(StrEnum):
    CUSTOMER = "customer"
    SALE = "sale"
    FOLLOW_UP = "follow_up"
    PROMISE = "promise"
    JOB = "job"
    REQUEST = "request"
    CONTACT = "contact"
    STAFF = "staff"
    CATALOGUE = "catalogue"
    SETTINGS = "settings"
    MESSAGE = "message"  # the outbox: a message queued, sent, failed or looked at


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Change]
    customer_ids: frozenset[int] = field(default_factory=frozenset)  # whose history changed (if known)

    @classmethod
    def of(cls, *kinds: Change, customers: Iterable[int | None] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(c for c in customers if c is not None))

    def touches(self, *kinds: Change) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def concerns(self, customer_id: int | None) -> bool:
        """True when the change may concern this customer (unknown customers: assume it does)."""
        return customer_id is not None and (not self.customer_ids or customer_id in self.customer_ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.customer_ids | other.customer_ids)


# What the after-sales work of a customer touches: most actions change several of these at once.
AFTER_SALES = (Change.FOLLOW_UP, Change.PROMISE, Change.JOB, Change.REQUEST, Change.CONTACT)

__all__ = ["AFTER_SALES", "Change", "Changes"]
