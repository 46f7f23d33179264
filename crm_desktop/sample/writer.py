"""The rows waiting to be written, and the ids given so far, table by table.

Rows are plain dicts inserted in bulk (``session.execute(insert(table), rows)``): the ORM's unit of work
would cost ten times as much for millions of rows. Every id is given here, never by the database, so the
same seed writes the same file.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from crm_desktop.storage.models import Base

Row = dict[str, Any]

TABLES: Final = (
    # parents before children, so that every foreign key points at a row already written
    "staff",
    "staff_role",
    "follow_up_plan",
    "follow_up_plan_step",
    "product_category",
    "product",
    "procedure",
    "procedure_step",
    "request_kind",
    "customer",
    "customer_phone",
    "customer_tag",
    "sale",
    "sale_item",
    "service_job",
    "visit",
    "job_line",
    "job_checklist_item",
    "customer_request",
    "request_checklist_item",
    "promise",
    "promise_change",
    "follow_up",
    "interaction",
    "audit_entry",
)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


class Rows:
    """Rows per table, in the order they were made, until :meth:`flush` writes them."""

    def __init__(self) -> None:
        self.pending: dict[str, list[Row]] = {name: [] for name in TABLES}
        self.ids: dict[str, int] = dict.fromkeys(TABLES, 0)

    def next_id(self, name: str) -> int:
        self.ids[name] += 1
        return self.ids[name]

    def add(self, name: str, row: Row) -> None:
        self.pending[name].append(row)

    def flush(self, session: Session) -> None:
        """Insert what is pending, parents first, and forget it (the ids given so far are kept)."""
        for name in TABLES:
            rows = self.pending[name]
            if rows:
                session.execute(insert(table(name)), rows)
                rows.clear()
