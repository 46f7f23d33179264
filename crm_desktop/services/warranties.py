"""Warranties across the shop: which units are covered, which run out soon, which just ran out, the
units behind a serial or IMEI, and what a printed warranty certificate says.

Only items of active sales count: a voided sale covers nothing. Items of archived customers do count
(the warranty still holds when the customer record is archived). The lists read ``sale_item`` in
``warranty_end`` order through ``ix_sale_item_warranty_end`` and stop at ``limit``, so they cost the
same with 100 customers as with 100,000. A serial is found through the search index's ``serial``
entries (indexed on their folded form), then compared exactly, case aside.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from crm_desktop import i18n
from crm_desktop.domain.enums import SaleStatus
from crm_desktop.domain.numbers import SALE_PREFIX, format_number
from crm_desktop.domain.text import compact
from crm_desktop.domain.timeline import warranty_state
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, Sale, SaleItem, SearchEntry, Setting

TERMS_KEY: Final = "warranty.terms"
# The printed terms when the shop wrote none (Settings): marked here, translated when a certificate is made.
DEFAULT_TERMS: Final = N_(
    "This warranty covers defects in materials and workmanship that appear under normal use during the "
    "warranty period shown above. Bring the item to the shop with this certificate or the sale number; "
    "we will repair it or, if a repair is not possible, replace it with an equivalent item. The warranty "
    "does not cover accidental damage, liquid damage, misuse, normal wear, consumables such as batteries "
    "past their rated cycles, or repairs made by anyone other than the shop or the manufacturer's "
    "authorised service. Your statutory rights as a consumer are not affected."
)

__all__ = [
    "DEFAULT_TERMS",
    "TERMS_KEY",
    "CertificateData",
    "WarrantyItem",
    "active",
    "certificate_data",
    "ended_within",
    "ending_within",
    "find_by_serial",
]


@dataclass(frozen=True)
class WarrantyItem:
    """A sold unit and its warranty as it stands on the ``today`` it was read for."""

    sale_item_id: int
    sale_id: int
    sale_number_text: str  # "S-0042"
    sale_date: date
    customer_id: int
    customer_name: str
    description: str
    serial: str | None
    warranty_start: date | None
    warranty_end: date | None
    state: str  # "active until 3 Mar 2027", "ends in 12 days", "expired 3 Mar 2026", "no warranty"
    tone: str  # neutral, good, warning, danger, muted (see crm_desktop.domain.timeline.Tone)


@dataclass(frozen=True)
class CertificateData:
    """Everything a warranty certificate prints, as plain text and dates (escaping is the report's job)."""

    sale_item_id: int
    shop_name: str
    shop_address: str | None
    shop_phone: str | None
    shop_email: str | None
    customer_name: str
    customer_company: str | None
    customer_address: str | None
    description: str
    serial: str | None
    sale_number_text: str
    sale_date: date
    warranty_start: date
    warranty_end: date
    terms: str
    language: str | None = None  # the customer's: printed in it (None: the shop's)


# ------------------------------------------------------------------------------------------- lists


def active(database: Database, today: date, limit: int = 100) -> tuple[WarrantyItem, ...]:
    """Items still covered on ``today`` (the end is today or later), the soonest to end first."""
    _check_limit(limit)
    query = _items().where(SaleItem.warranty_end >= today)
    return _run(database, query.order_by(SaleItem.warranty_end, SaleItem.id).limit(limit), today)


def ending_within(database: Database, today: date, days: int, limit: int = 100) -> tuple[WarrantyItem, ...]:
    """Items whose warranty ends between ``today`` and ``today + days`` (both included), soonest first."""
    _check_days(days)
    _check_limit(limit)
    query = _items().where(SaleItem.warranty_end.between(today, today + timedelta(days=days)))
    return _run(database, query.order_by(SaleItem.warranty_end, SaleItem.id).limit(limit), today)


def ended_within(database: Database, today: date, days: int, limit: int = 100) -> tuple[WarrantyItem, ...]:
    """Items whose warranty ended in the last ``days`` days (the end is before ``today`` and on or after
    ``today - days``), the most recent end first."""
    _check_days(days)
    _check_limit(limit)
    query = _items().where(
        SaleItem.warranty_end < today, SaleItem.warranty_end >= today - timedelta(days=days)
    )
    return _run(
        database, query.order_by(SaleItem.warranty_end.desc(), SaleItem.id.desc()).limit(limit), today
    )


def find_by_serial(database: Database, serial: str, today: date) -> tuple[WarrantyItem, ...]:
    """The sold units with exactly this serial/IMEI (case and surrounding spaces aside) on active sales,
    newest sale first, with or without a warranty. One active sale holds a serial (a unit taken back is
    voided before it is sold again); several only in a shop's file from before that was enforced."""
    wanted = serial.strip().casefold()
    key = compact(serial)
    if not wanted or not key:
        return ()
    candidates = select(SearchEntry.ref_id).where(SearchEntry.kind == "serial", SearchEntry.folded == key)
    query = _items(with_warranty=False).where(SaleItem.id.in_(candidates))
    found = _run(database, query.order_by(Sale.sale_date.desc(), SaleItem.id.desc()), today)
    # The index compares letters and digits only ("35-69" = "3569"); the rule here is the exact serial.
    return tuple(item for item in found if (item.serial or "").strip().casefold() == wanted)


def certificate_item(database: Database, text: str, today: date, line: int | None = None) -> int:
    """The sold item a certificate is asked for as staff name it: its serial/IMEI, or its sale's number
    (``S-0042``) with ``line`` (1 = the sale's first line) when the sale has more than one item with a
    warranty. :class:`ValidationError` with a sentence when it names no item, or several."""
    from crm_desktop.domain.numbers import parse_number

    typed = text.strip()
    try:
        number = parse_number(SALE_PREFIX, typed)
    except ValidationError:
        number = None
    if number is None:
        units = find_by_serial(database, typed, today)
        if not units:
            raise ValidationError(
                _("No item sold here has the serial {serial} (for a sale, type S-0042).").format(
                    serial=repr(typed)
                )
            )
        return units[0].sale_item_id  # the newest sale of that unit
    with database.reading() as uow:
        rows = uow.session.execute(
            select(SaleItem.id, SaleItem.description, SaleItem.warranty_end)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(Sale.number == number)
            .order_by(SaleItem.position, SaleItem.id)
        ).all()
    shown = format_number(SALE_PREFIX, number)
    if not rows:
        raise ValidationError(_("There is no sale {number}.").format(number=shown))
    if line is not None:
        if not 1 <= line <= len(rows):
            raise ValidationError(
                ngettext(  # English keeps "line(s)" for any count, as before
                    "Sale {number} has {count} line(s); --item {line} is not one of them.",
                    "Sale {number} has {count} line(s); --item {line} is not one of them.",
                    len(rows),
                ).format(number=shown, count=len(rows), line=line)
            )
        return int(rows[line - 1].id)
    covered = [(n, row) for n, row in enumerate(rows, start=1) if row.warranty_end is not None]
    if len(covered) == 1:
        return int(covered[0][1].id)
    listed = "; ".join(f"--item {n}: {row.description}" for n, row in (covered or list(enumerate(rows, 1))))
    raise ValidationError(
        _("Sale {number} has several items; say which: {items}.").format(number=shown, items=listed)
    )


# ------------------------------------------------------------------------------------- certificate


def certificate_data(database: Database, sale_item_id: int) -> CertificateData:
    """What the warranty certificate of one sold item prints; :class:`ValidationError` for an unknown
    item, an item without a warranty, or an item of a voided sale."""
    with database.reading() as uow:
        session = uow.session
        row = session.execute(
            select(SaleItem, Sale, Customer)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .join(Customer, Customer.id == Sale.customer_id)
            .where(SaleItem.id == sale_item_id)
        ).first()
        if row is None:
            raise ValidationError(_("There is no sold item #{id}.").format(id=sale_item_id))
        item, sale, customer = row
        number = format_number(SALE_PREFIX, sale.number)
        if item.warranty_end is None:
            raise ValidationError(
                _(
                    "Item #{id} ({description}, sale {number}) has no warranty: there is no certificate to "
                    "print."
                ).format(id=sale_item_id, description=item.description, number=number)
            )
        if sale.status is not SaleStatus.ACTIVE:
            raise ValidationError(
                _("Sale {number} is void: its items are not under warranty.").format(number=number)
            )
        settings = _settings(session)
        with i18n.language(customer.language):
            shop_name = settings.get("business.name") or _("Our shop")
            terms = settings.get(TERMS_KEY) or _(DEFAULT_TERMS)
        return CertificateData(
            language=customer.language,
            sale_item_id=item.id,
            shop_name=shop_name,
            shop_address=settings.get("business.address"),
            shop_phone=settings.get("business.phone"),
            shop_email=settings.get("business.email"),
            customer_name=customer.name,
            customer_company=customer.company or None,
            customer_address=customer.address or None,
            description=item.description,
            serial=item.serial,
            sale_number_text=number,
            sale_date=sale.sale_date,
            warranty_start=item.warranty_start or sale.sale_date,
            warranty_end=item.warranty_end,
            terms=terms,
        )


# ----------------------------------------------------------------------------------------- helpers


def _items(*, with_warranty: bool = True) -> Select[*tuple[Any, ...]]:
    query = (
        select(
            SaleItem.id,
            Sale.id,
            Sale.number,
            Sale.sale_date,
            Customer.id,
            Customer.name,
            SaleItem.description,
            SaleItem.serial,
            SaleItem.warranty_start,
            SaleItem.warranty_end,
        )
        .join(Sale, Sale.id == SaleItem.sale_id)
        .join(Customer, Customer.id == Sale.customer_id)
        .where(Sale.status == SaleStatus.ACTIVE)
    )
    return query.where(SaleItem.warranty_end.is_not(None)) if with_warranty else query


def _run(database: Database, query: Select[*tuple[Any, ...]], today: date) -> tuple[WarrantyItem, ...]:
    with database.reading() as uow:
        rows = uow.session.execute(query).all()
    out = []
    for item_id, sale_id, number, sale_date, customer_id, name, description, serial, start, end in rows:
        state = warranty_state(end, today)
        out.append(
            WarrantyItem(
                sale_item_id=item_id,
                sale_id=sale_id,
                sale_number_text=format_number(SALE_PREFIX, number),
                sale_date=sale_date,
                customer_id=customer_id,
                customer_name=name,
                description=description,
                serial=serial,
                warranty_start=start,
                warranty_end=end,
                state=state.text,
                tone=str(state.tone),
            )
        )
    return tuple(out)


def _settings(session: Session) -> dict[str, str]:
    keys = ("business.name", "business.address", "business.phone", "business.email", TERMS_KEY)
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return {key: value.strip() for key, value in rows if value is not None and value.strip()}


def _check_days(days: int) -> None:
    if days < 0:
        raise ValueError(f"days must be zero or more, not {days}")


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
