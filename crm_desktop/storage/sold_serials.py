"""One active sale per serial, kept by the database itself.

``sale_item.active_serial`` holds the item's serial, case-folded, while its sale is active, and NULL
otherwise; a unique index on it (migration 0010) refuses a second active sale of the same serial even
when two workstations save at the same moment, which the services' own check (a read before the write)
cannot see on PostgreSQL. Importing this module registers a ``before_flush`` hook that keeps the column
right for every ORM write: a new item, a serial changed (an exchange), a sale voided. Sales written
with Core inserts (:func:`crm_desktop.services.sales.insert_sales`: at the counter and by an import) set
it themselves with :func:`active_serial`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import SaleStatus
from crm_desktop.storage.models import Sale, SaleItem


def active_serial(serial: str | None, sale_active: bool) -> str | None:
    """What ``sale_item.active_serial`` holds for this serial on an active (or void) sale."""
    if not sale_active or serial is None or not serial.strip():
        return None
    return serial.strip().casefold()


def _keep(session: Session, item: SaleItem) -> None:
    sale = item.sale
    if sale is None and item.sale_id is not None:
        with session.no_autoflush:
            sale = session.get(Sale, item.sale_id)
    key = active_serial(item.serial, sale is not None and sale.status == SaleStatus.ACTIVE)
    if item.active_serial != key:
        item.active_serial = key


@event.listens_for(Session, "before_flush")
def _keep_active_serials(session: Session, _context: Any, _instances: Any) -> None:
    for record in (*session.new, *session.dirty):
        if isinstance(record, SaleItem):
            _keep(session, record)
        elif isinstance(record, Sale) and inspect(record).attrs.status.history.has_changes():
            with session.no_autoflush:
                items = list(record.items)
            for item in items:
                _keep(session, item)


__all__ = ["active_serial"]
