"""The read side behind the Sales page, its sale window and ``crm-desktop sales``.

The list works like the customer list (:mod:`crm_desktop.services.customer_list`): the ids of the sales a
filter keeps, newest first, in one query; row details only for the ids a view is about to paint; the
totals of what is shown in a query of their own (a page computes them off the GUI thread). With 300,000
sales even the ids take a moment, so a page can first ask how many there are and the first screenful
(:func:`sale_count`, ``sale_ids(limit=...)``) and fetch all of them off the GUI thread.

The search text reads as staff type it:
* a sale number with its prefix (``S-0042``, ``s42``, ``S 42``): that sale only;
* digits alone (``42``): sale S-0042 first, then the sales with an item whose product name, description or
  serial contains those digits (serials are often typed in part);
* anything else: the sales with an item whose product name, description or serial contains the text,
  case aside.

Totals: the count of the sales shown, how many of them are void, and the sum of the items of the shown
sales that are not void (a void sale is listed, when asked for, but never counted as money taken).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import ColumnElement, case, exists, func, or_, select

from crm_desktop.domain.enums import FollowUpStatus, JobStatus, PromiseStatus, SaleStatus
from crm_desktop.domain.money import ShopMoney, plain_amount
from crm_desktop.domain.numbers import JOB_PREFIX, SALE_PREFIX, format_number, parse_number
from crm_desktop.domain.timeline import follow_up_state, job_state, promise_state, warranty_state
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _, ngettext
from crm_desktop.interchange.csv_write import csv_text
from crm_desktop.services.sales import SaleDetails, _details, _sale
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    FollowUp,
    Product,
    Promise,
    Sale,
    SaleItem,
    ServiceJob,
    Staff,
)

__all__ = [
    "CSV_HEADER",
    "SaleFollowUpView",
    "SaleItemView",
    "SaleJobView",
    "SalePromiseView",
    "SaleRow",
    "SaleView",
    "SalesFilter",
    "SalesListing",
    "SalesTotals",
    "list_sales",
    "sale_count",
    "sale_ids",
    "sale_rows",
    "sale_view",
    "sales_csv",
    "sales_totals",
]

CSV_HEADER: Final = ("Number", "Date", "Customer", "Seller", "Items", "Total", "Status")


# ------------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class SalesFilter:
    """What the Sales page shows. Dates are inclusive; None: no limit on that side."""

    start: date | None = None
    end: date | None = None
    staff_id: int | None = None  # the seller
    category_id: int | None = None  # a sale with at least one item of a product of this category
    product_id: int | None = None  # a sale with at least one item of this product
    include_void: bool = False
    text: str = ""  # sale number, product name or serial (see the module docstring)


@dataclass(frozen=True)
class SaleRow:
    id: int
    number: int
    number_text: str  # "S-0042"
    sale_date: date
    customer_id: int
    customer_name: str
    seller_name: str | None
    items_text: str  # "Bosch washer + 1 more"
    item_count: int
    total_minor: int
    status: SaleStatus

    @property
    def void(self) -> bool:
        return self.status is SaleStatus.VOID

    def as_dict(self, money: ShopMoney) -> dict[str, object]:
        """As ``crm-desktop sales --json`` prints it: the amount as a plain number string (``9199.70``)."""
        return {
            "id": self.id,
            "number": self.number_text,
            "date": self.sale_date.isoformat(),
            "customer_id": self.customer_id,
            "customer": self.customer_name,
            "seller": self.seller_name,
            "items": self.items_text,
            "total": plain_amount(self.total_minor, money.currency),
            "status": str(self.status),
        }


@dataclass(frozen=True)
class SalesTotals:
    count: int  # sales shown (void included when they are shown)
    void_count: int  # of which void
    total_minor: int  # the items of the shown sales that are not void

    @property
    def active_count(self) -> int:
        return self.count - self.void_count


@dataclass(frozen=True)
class SalesListing:
    rows: tuple[SaleRow, ...]  # newest first
    totals: SalesTotals


@dataclass(frozen=True)
class SaleItemView:
    id: int
    description: str
    serial: str | None
    quantity: int
    unit_price_minor: int
    total_minor: int
    warranty_start: date | None
    warranty_end: date | None
    warranty_text: str  # "active until 3 Mar 2027", "ends in 12 days", "expired 3 Mar", "no warranty"
    warranty_tone: str
    override_reason: str | None


@dataclass(frozen=True)
class SaleFollowUpView:
    id: int
    title: str
    due_date: date
    status: FollowUpStatus
    status_text: str  # "done", "overdue", "due today", "upcoming", "cancelled"...
    tone: str
    assignee_name: str | None


@dataclass(frozen=True)
class SaleJobView:
    id: int
    number_text: str  # "J-0042"
    sale_item_id: int | None
    unit: str
    received: date
    status: JobStatus
    status_text: str
    tone: str


@dataclass(frozen=True)
class SalePromiseView:
    id: int
    description: str
    due_date: date
    status: PromiseStatus
    status_text: str
    tone: str


@dataclass(frozen=True)
class SaleView:
    """One sale as its window shows it: the sale (as the sale services return it) and what hangs on it."""

    sale: SaleDetails
    seller_name: str | None
    items: tuple[SaleItemView, ...]
    follow_ups: tuple[SaleFollowUpView, ...]  # by due date
    jobs: tuple[SaleJobView, ...]  # service jobs on its items, newest first
    promises: tuple[SalePromiseView, ...]  # by due date
    today: date

    @property
    def void(self) -> bool:
        return self.sale.status is SaleStatus.VOID


# ------------------------------------------------------------------------------------------- the list


def _text_conditions(text: str) -> tuple[list[ColumnElement[bool]], int | None]:
    """The search text as conditions on a sale (any of them), and the sale number it names, if any."""
    text = text.strip()
    if not text:
        return [], None
    try:
        return [Sale.number == parse_number(SALE_PREFIX, text)], None  # S-0042: that sale only
    except ValidationError:
        pass
    number = int(text) if text.isdigit() and 0 < int(text) < 10**9 else None
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    items = (
        select(SaleItem.id)
        .outerjoin(Product, Product.id == SaleItem.product_id)
        .where(
            SaleItem.sale_id == Sale.id,
            or_(
                SaleItem.description.ilike(like, escape="\\"),
                SaleItem.serial.ilike(like, escape="\\"),
                Product.name.ilike(like, escape="\\"),
            ),
        )
    )
    conditions: list[ColumnElement[bool]] = [exists(items)]
    if number is not None:
        conditions.append(Sale.number == number)
    return conditions, number


def _conditions(flt: SalesFilter) -> tuple[list[ColumnElement[bool]], int | None]:
    found: list[ColumnElement[bool]] = []
    if not flt.include_void:
        found.append(Sale.status == SaleStatus.ACTIVE)
    if flt.start is not None:
        found.append(Sale.sale_date >= flt.start)
    if flt.end is not None:
        found.append(Sale.sale_date <= flt.end)
    if flt.staff_id is not None:
        found.append(Sale.staff_id == flt.staff_id)
    if flt.product_id is not None:
        found.append(
            exists(
                select(SaleItem.id).where(SaleItem.sale_id == Sale.id, SaleItem.product_id == flt.product_id)
            )
        )
    if flt.category_id is not None:
        found.append(
            exists(
                select(SaleItem.id)
                .join(Product, Product.id == SaleItem.product_id)
                .where(SaleItem.sale_id == Sale.id, Product.category_id == flt.category_id)
            )
        )
    text, number = _text_conditions(flt.text)
    if text:
        found.append(or_(*text))
    return found, number


def sale_count(database: Database, flt: SalesFilter = SalesFilter()) -> int:
    """How many sales ``flt`` keeps (one count: what a list needs to size itself before its ids come)."""
    conditions, _number = _conditions(flt)
    with database.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Sale).where(*conditions)) or 0)


def sale_ids(database: Database, flt: SalesFilter = SalesFilter(), *, limit: int | None = None) -> list[int]:
    """The ids of the sales ``flt`` keeps, newest first (a sale the search names by number first);
    ``limit``: only the first ones (the rows a list paints first)."""
    conditions, number = _conditions(flt)
    order: list[ColumnElement[Any]] = []
    if number is not None:
        order.append(case((Sale.number == number, 0), else_=1))
    # sale_date then id: the first columns of ix_sale_day, so the
    # unfiltered list is read straight off the index, backwards.
    order += [Sale.sale_date.desc(), Sale.id.desc()]
    query = select(Sale.id).where(*conditions).order_by(*order).limit(limit)
    with database.reading() as uow:
        return list(uow.session.scalars(query))


def sale_rows(database: Database, ids: Sequence[int]) -> dict[int, SaleRow]:
    """Details for the given ids (the rows a view is about to paint), in two queries."""
    if not ids:
        return {}
    wanted = list(ids)
    with database.reading() as uow:
        s = uow.session
        sales = s.execute(
            select(
                Sale.id,
                Sale.number,
                Sale.sale_date,
                Sale.customer_id,
                Customer.name,
                Staff.name.label("seller"),
                Sale.status,
            )
            .join(Customer, Customer.id == Sale.customer_id)
            .outerjoin(Staff, Staff.id == Sale.staff_id)
            .where(Sale.id.in_(wanted))
        ).all()
        items: dict[int, list[tuple[str, int, int]]] = {}
        for sale_id, description, quantity, price in s.execute(
            select(SaleItem.sale_id, SaleItem.description, SaleItem.quantity, SaleItem.unit_price_minor)
            .where(SaleItem.sale_id.in_(wanted))
            .order_by(SaleItem.sale_id, SaleItem.position, SaleItem.id)
        ):
            items.setdefault(sale_id, []).append((description, quantity, price))
    rows: dict[int, SaleRow] = {}
    for sale_id, number, sale_date, customer_id, customer_name, seller, status in sales:
        lines = items.get(sale_id, [])
        rows[sale_id] = SaleRow(
            id=sale_id,
            number=number,
            number_text=format_number(SALE_PREFIX, number),
            sale_date=sale_date,
            customer_id=customer_id,
            customer_name=customer_name,
            seller_name=seller,
            items_text=_items_text(lines),
            item_count=len(lines),
            total_minor=sum(quantity * price for _d, quantity, price in lines),
            status=SaleStatus(status),
        )
    return rows


def _items_text(lines: Sequence[tuple[str, int, int]]) -> str:
    """``Bosch washer + 1 more``; ``2 × USB cable`` for a line of several units."""
    if not lines:
        return _("no items")
    description, quantity, _price = lines[0]
    text = f"{quantity} × {description}" if quantity > 1 else description
    if len(lines) == 1:
        return text
    more = len(lines) - 1
    return ngettext("{item} + {count} more", "{item} + {count} more", more).format(item=text, count=more)


def sales_totals(database: Database, flt: SalesFilter = SalesFilter()) -> SalesTotals:
    """How many sales ``flt`` shows, how many of them are void, and the sum of the others' items."""
    conditions, _number = _conditions(flt)
    with database.reading() as uow:
        s = uow.session
        count, void_count = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((Sale.status == SaleStatus.VOID, 1), else_=0)), 0),
            )
            .select_from(Sale)
            .where(*conditions)
        ).one()
        total = s.scalar(
            select(func.coalesce(func.sum(SaleItem.quantity * SaleItem.unit_price_minor), 0))
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(*conditions, Sale.status == SaleStatus.ACTIVE)
        )
    return SalesTotals(count=int(count), void_count=int(void_count), total_minor=int(total or 0))


def list_sales(database: Database, flt: SalesFilter = SalesFilter()) -> SalesListing:
    """Every row ``flt`` keeps, newest first, with the totals: for the command line and the CSV export."""
    ids = sale_ids(database, flt)
    rows: dict[int, SaleRow] = {}
    for start in range(0, len(ids), _CHUNK):
        rows.update(sale_rows(database, ids[start : start + _CHUNK]))
    ordered = tuple(rows[i] for i in ids if i in rows)
    void = sum(1 for r in ordered if r.void)
    total = sum(r.total_minor for r in ordered if not r.void)
    return SalesListing(ordered, SalesTotals(count=len(ordered), void_count=void, total_minor=total))


_CHUNK: Final = 500  # ids per query: well under SQLite's limit on bound parameters


def sales_csv(rows: Sequence[SaleRow], money: ShopMoney) -> str:
    """The rows as CSV text, by the exports' CSV writer (UTF-8 with a BOM when saved, a cell of user text
    starting like a formula guarded with an apostrophe so a spreadsheet never runs it); the
    total as a plain number (``9199.70``) under a heading that names the currency."""
    header = (*CSV_HEADER[:-2], f"Total ({money.currency})", CSV_HEADER[-1])
    return csv_text(
        header,
        (
            (
                r.number_text,
                r.sale_date.isoformat(),
                r.customer_name,
                r.seller_name or "",
                r.items_text,
                plain_amount(r.total_minor, money.currency),
                str(r.status),
            )
            for r in rows
        ),
    )


# ------------------------------------------------------------------------------------------ one sale


def sale_view(database: Database, sale_id: int, today: date) -> SaleView:
    """One sale with its items (serials, warranty dates and how each warranty stands on ``today``), the
    follow-ups it scheduled, the service jobs taken in on its items and its promises, in one unit of
    work. :class:`ValidationError` for an unknown sale."""
    with database.reading() as uow:
        s = uow.session
        sale = _sale(s, sale_id)
        details = _details(s, sale)
        seller = s.scalar(select(Staff.name).where(Staff.id == sale.staff_id)) if sale.staff_id else None
        items = []
        for item in sale.items:
            warranty = warranty_state(item.warranty_end, today)
            items.append(
                SaleItemView(
                    id=item.id,
                    description=item.description,
                    serial=item.serial,
                    quantity=item.quantity,
                    unit_price_minor=item.unit_price_minor,
                    total_minor=item.quantity * item.unit_price_minor,
                    warranty_start=item.warranty_start,
                    warranty_end=item.warranty_end,
                    warranty_text=warranty.text,
                    warranty_tone=str(warranty.tone),
                    override_reason=item.warranty_override_reason,
                )
            )
        assignees = select(FollowUp.assignee_id).where(FollowUp.sale_id == sale.id)
        names = {
            staff_id: name
            for staff_id, name in s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(assignees)))
        }
        follow_ups = []
        for f in details.follow_ups:
            state = follow_up_state(f.status, f.due_date, today)
            follow_ups.append(
                SaleFollowUpView(
                    id=f.id,
                    title=f.title,
                    due_date=f.due_date,
                    status=f.status,
                    status_text=state.status,
                    tone=str(state.tone),
                    assignee_name=names.get(f.assignee_id) if f.assignee_id is not None else None,
                )
            )
        item_ids = [item.id for item in sale.items]
        jobs = []
        for job in s.scalars(
            select(ServiceJob)
            .where(ServiceJob.sale_item_id.in_(item_ids))
            .order_by(ServiceJob.received_at.desc(), ServiceJob.id.desc())
        ):
            state, _idle = job_state(job.status, job.last_action_at.astimezone().date(), today)
            jobs.append(
                SaleJobView(
                    id=job.id,
                    number_text=format_number(JOB_PREFIX, job.number),
                    sale_item_id=job.sale_item_id,
                    unit=job.unit_description,
                    received=job.received_at.astimezone().date(),
                    status=job.status,
                    status_text=state.status,
                    tone=str(state.tone),
                )
            )
        promises = []
        for p in s.scalars(
            select(Promise).where(Promise.sale_id == sale.id).order_by(Promise.due_date, Promise.id)
        ):
            state = promise_state(p.status, p.due_date, today)
            promises.append(
                SalePromiseView(
                    id=p.id,
                    description=p.description,
                    due_date=p.due_date,
                    status=p.status,
                    status_text=state.status,
                    tone=str(state.tone),
                )
            )
    return SaleView(
        sale=details,
        seller_name=seller,
        items=tuple(items),
        follow_ups=tuple(follow_ups),
        jobs=tuple(jobs),
        promises=tuple(promises),
        today=today,
    )
