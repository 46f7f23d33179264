"""Allocating the next S-/J-/R- number inside the writing transaction.

``UPDATE ... RETURNING`` bumps the counter in one statement; the row lock it takes (PostgreSQL) or the
write lock already held (SQLite, BEGIN IMMEDIATE) means two workstations can never get the same number,
and a rolled-back action gives its number back.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.storage.models import CustomerRequest, NumberSequence, Sale, ServiceJob

SALE = "sale"
JOB = "job"
REQUEST = "request"
_NUMBER_COLUMNS = {SALE: Sale.number, JOB: ServiceJob.number, REQUEST: CustomerRequest.number}


_BUMP: Final = (
    update(NumberSequence)
    .where(NumberSequence.name == bindparam("sequence"))
    .values(last_value=NumberSequence.last_value + 1)
    .returning(NumberSequence.last_value)
)


def next_number(session: Session, name: str) -> int:
    if name not in _NUMBER_COLUMNS:
        raise ValueError(f"unknown sequence {name!r}")
    bumped = session.connection().execute(_BUMP, {"sequence": name}).scalar()
    if bumped is not None:
        return int(bumped)
    # First use: start after any number already present (imported or demo data).
    highest = session.execute(select(func.coalesce(func.max(_NUMBER_COLUMNS[name]), 0))).scalar_one()
    session.execute(insert(NumberSequence).values(name=name, last_value=int(highest) + 1))
    return int(highest) + 1


def set_last_number(session: Session, name: str, value: int) -> None:
    """Record ``value`` as the last number given out. For a caller that took a number with
    :func:`next_number` and then handed out the following ones itself, in the same transaction (which
    holds the lock :func:`next_number` took, so nobody else can take one meanwhile): an import."""
    if name not in _NUMBER_COLUMNS:
        raise ValueError(f"unknown sequence {name!r}")
    session.execute(update(NumberSequence).where(NumberSequence.name == name).values(last_value=value))
