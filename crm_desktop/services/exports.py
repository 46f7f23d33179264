"""Exports: the shop's records as tables (CSV, Excel), its dated work as a calendar, customers as vCards.

One function per kind reads the rows as plain values in one unit of work; the writers of
:mod:`crm_desktop.interchange` turn them into bytes; :func:`write_atomically` puts the bytes in a file
whole or not at all. The command line (``crm-desktop export``) and the window's File → Export… both go
through :func:`export_bytes`.

What people see is what the files show: sale, job and request numbers (S-0042, J-0042, R-0042), serials,
names; internal ids appear nowhere, except inside calendar and vCard UIDs, which are machine keys that no
one reads. The customers' table has the plain column names an importer guesses (Name, Company, Email,
Phone 1, Phone 1 label, ... Reference), and phone numbers as typed, as text, so that a file exported and
imported again changes nothing.

The calendar holds open follow-ups (all day, on their due date), visits of the last 90 days and to come
(timed; a cancelled one stays, marked cancelled, so a calendar that imported it learns of it), and open
promises (all day, on the promised date). Per person: the follow-ups assigned to them, the visits they
make, the promises they made.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.enums import (
    CustomerKind,
    FollowUpStatus,
    PromiseKind,
    PromiseStatus,
    VisitStatus,
)
from crm_desktop.domain.money import plain_amount
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, format_number
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.interchange.csv_write import Cell, csv_bytes
from crm_desktop.interchange.ics import CalendarEvent, ics_bytes
from crm_desktop.interchange.vcard_write import CardPhone, ContactCard, vcard_bytes
from crm_desktop.interchange.xlsx_write import xlsx_bytes
from crm_desktop.services.settings import money_of
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    CustomerRequest,
    CustomerTag,
    FollowUp,
    Interaction,
    Product,
    Promise,
    RequestKind,
    Sale,
    SaleItem,
    ServiceJob,
    Setting,
    Staff,
    Visit,
)


class ExportKind(StrEnum):
    CUSTOMERS = "customers"
    SALES = "sales"
    FOLLOW_UPS = "follow-ups"
    JOBS = "jobs"
    REQUESTS = "requests"
    CONTACTS = "contacts"
    CALENDAR = "calendar"
    VCARD = "vcard"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    ICS = "ics"
    VCF = "vcf"


TABLE_KINDS: Final = (
    ExportKind.CUSTOMERS,
    ExportKind.SALES,
    ExportKind.FOLLOW_UPS,
    ExportKind.JOBS,
    ExportKind.REQUESTS,
    ExportKind.CONTACTS,
)
# What each export is called: in English as a spreadsheet's sheet name (like the column names, the file
# keeps its English words), translated where a sentence names it (``_(TITLES[kind])``).
TITLES: Final = {
    ExportKind.CUSTOMERS: N_("Customers"),
    ExportKind.SALES: N_("Sales with items"),
    ExportKind.FOLLOW_UPS: N_("Follow-ups"),
    ExportKind.JOBS: N_("Service jobs"),
    ExportKind.REQUESTS: N_("Requests"),
    ExportKind.CONTACTS: N_("Contacts"),
    ExportKind.CALENDAR: N_("Calendar"),
    ExportKind.VCARD: N_("vCards"),
}
VISIT_DAYS_BACK: Final = 90  # visits older than this stay out of the calendar
CALENDAR_FILE: Final = "crm_desktop.ics"  # the name of the calendar kept up to date in a folder
UID_DOMAIN: Final = "crm-desktop"


@dataclass(frozen=True)
class Table:
    """One export as a table: its title, column names and rows of plain cells."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def csv(self) -> bytes:
        return csv_bytes(self.header, self.rows)

    def xlsx(self) -> bytes:
        return xlsx_bytes(self.header, self.rows, sheet=self.title)


@dataclass(frozen=True)
class Exported:
    data: bytes
    count: int
    noun: str  # what a record is: "customer", "row", "event", "contact"

    @property
    def what(self) -> str:
        """ "57 customers", "1 event"."""
        n = self.count
        if self.noun == "customer":
            text = ngettext("{count} customer", "{count} customers", n)
        elif self.noun == "event":
            text = ngettext("{count} event", "{count} events", n)
        elif self.noun == "contact":
            text = ngettext("{count} contact", "{count} contacts", n)
        else:
            text = ngettext("{count} row", "{count} rows", n)
        return text.format(count=f"{n:,}")


@dataclass(frozen=True)
class ExportResult:
    """What was written: where, and how many records, for the message that says so."""

    path: Path
    count: int
    what: str  # "57 customers", "12 events"


def default_format(kind: ExportKind) -> ExportFormat:
    if kind is ExportKind.CALENDAR:
        return ExportFormat.ICS
    if kind is ExportKind.VCARD:
        return ExportFormat.VCF
    return ExportFormat.CSV


def formats_of(kind: ExportKind) -> tuple[ExportFormat, ...]:
    if kind in TABLE_KINDS:
        return (ExportFormat.CSV, ExportFormat.XLSX)
    return (default_format(kind),)


def suggested_name(kind: ExportKind, fmt: ExportFormat, today: date) -> str:
    return f"{kind.value}-{today.isoformat()}.{fmt.value}"


# ------------------------------------------------------------------------------------------- tables


def _number(prefix: str, number: int | None) -> str | None:
    return format_number(prefix, number) if number is not None else None


def _names(session: Session) -> dict[int, str]:
    return {staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.name))}


def _local_day(moment: datetime | None) -> date | None:
    return moment.astimezone().date() if moment is not None else None


def customers_table(database: Database, *, include_archived: bool = False) -> Table:
    """Every customer (the archived ones when asked): one row each, phones side by side (Phone 1, Phone 1
    label, Phone 2...), as many pairs as the customer with the most phones has (at least one)."""
    with database.reading() as uow:
        s = uow.session
        query = select(Customer).order_by(Customer.name, Customer.id)
        if not include_archived:
            query = query.where(Customer.archived.is_(False))
        customers = list(s.scalars(query))
        phones: dict[int, list[tuple[str, str]]] = {}
        for customer_id, label, raw in s.execute(
            select(CustomerPhone.customer_id, CustomerPhone.label, CustomerPhone.number_raw).order_by(
                CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.id
            )
        ):
            phones.setdefault(customer_id, []).append((label, raw))
        tags: dict[int, list[str]] = {}
        for customer_id, tag in s.execute(
            select(CustomerTag.customer_id, CustomerTag.tag).order_by(
                CustomerTag.customer_id, CustomerTag.tag
            )
        ):
            tags.setdefault(customer_id, []).append(tag)
        pairs = max([1, *(len(phones.get(c.id, ())) for c in customers)])
        header = ["Name", "Kind", "Company", "Email"]
        for n in range(1, pairs + 1):
            header += [f"Phone {n}", f"Phone {n} label"]
        header += ["Address", "Tags", "Notes", "Reference", "Contact consent", "Customer since"]
        if include_archived:
            header.append("Archived")
        rows = []
        for c in customers:
            row: list[Cell] = [c.name, str(c.kind), c.company, c.email]
            own = phones.get(c.id, [])
            for n in range(pairs):
                row += [own[n][1], own[n][0]] if n < len(own) else [None, None]
            consent = None if c.contact_consent is None else ("yes" if c.contact_consent else "no")
            row += [
                c.address,
                ", ".join(tags.get(c.id, [])) or None,
                c.notes,
                c.external_ref,
                consent,
                _local_day(c.created_at),
            ]
            if include_archived:
                row.append("yes" if c.archived else None)
            rows.append(tuple(row))
    return Table(TITLES[ExportKind.CUSTOMERS], tuple(header), tuple(rows))


@dataclass(frozen=True)
class _Item:
    description: str
    sku: str | None
    serial: str | None
    quantity: int
    unit_price_minor: int
    warranty_start: date | None
    warranty_end: date | None


def sales_table(database: Database) -> Table:
    """Every sale, oldest first, one row per item (a sale without items: one row, item columns blank);
    amounts as plain numbers in the shop's currency; void sales say so."""
    with database.reading() as uow:
        s = uow.session
        money = money_of(s)
        names = _names(s)
        sales = s.execute(
            select(
                Sale.id,
                Sale.number,
                Sale.sale_date,
                Customer.name,
                Customer.external_ref,
                Sale.staff_id,
                Sale.status,
                Sale.external_ref,
                Sale.notes,
            )
            .join(Customer, Customer.id == Sale.customer_id)
            .order_by(Sale.sale_date, Sale.number)
        ).all()
        items: dict[int, list[_Item]] = {}
        for sale_id, description, sku, serial, quantity, price, start, end in s.execute(
            select(
                SaleItem.sale_id,
                SaleItem.description,
                Product.sku,
                SaleItem.serial,
                SaleItem.quantity,
                SaleItem.unit_price_minor,
                SaleItem.warranty_start,
                SaleItem.warranty_end,
            )
            .outerjoin(Product, Product.id == SaleItem.product_id)
            .order_by(SaleItem.sale_id, SaleItem.position, SaleItem.id)
        ):
            items.setdefault(sale_id, []).append(_Item(description, sku, serial, quantity, price, start, end))
    currency = money.currency

    def amount(minor: int) -> Decimal:
        return Decimal(plain_amount(minor, currency))

    header = (
        "Sale",
        "Date",
        "Customer",
        "Customer reference",
        "Seller",
        "Status",
        "Item",
        "SKU",
        "Serial",
        "Quantity",
        f"Unit price ({currency})",
        f"Line total ({currency})",
        "Warranty start",
        "Warranty end",
        "Sale reference",
        "Sale notes",
    )
    rows: list[tuple[Cell, ...]] = []
    for sale_id, number, day, customer, customer_ref, staff_id, status, ref, notes in sales:
        head: tuple[Cell, ...] = (
            format_number(SALE_PREFIX, number),
            day,
            customer,
            customer_ref,
            names.get(staff_id) if staff_id is not None else None,
            str(status),
        )
        tail: tuple[Cell, ...] = (ref, notes)
        lines = items.get(sale_id)
        if not lines:
            rows.append((*head, *(None,) * 8, *tail))
        for i in lines or ():
            rows.append(
                (
                    *head,
                    i.description,
                    i.sku,
                    i.serial,
                    i.quantity,
                    amount(i.unit_price_minor),
                    amount(i.quantity * i.unit_price_minor),
                    i.warranty_start,
                    i.warranty_end,
                    *tail,
                )
            )
    return Table(TITLES[ExportKind.SALES], header, tuple(rows))


def follow_ups_table(database: Database) -> Table:
    """Every follow-up by due date: what, for whom, who does it, how it stands and how it went."""
    with database.reading() as uow:
        s = uow.session
        names = _names(s)
        rows = []
        for f, customer, sale, job in s.execute(
            select(FollowUp, Customer.name, Sale.number, ServiceJob.number)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .outerjoin(Sale, Sale.id == FollowUp.sale_id)
            .outerjoin(ServiceJob, ServiceJob.id == FollowUp.job_id)
            .order_by(FollowUp.due_date, FollowUp.id)
        ):
            rows.append(
                (
                    f.due_date,
                    f.title,
                    str(f.kind),
                    str(f.status),
                    customer,
                    names.get(f.assignee_id) if f.assignee_id is not None else None,
                    _number(SALE_PREFIX, sale),
                    _number(JOB_PREFIX, job),
                    _local_day(f.completed_at),
                    f.outcome,
                    f.satisfaction,
                    f.satisfaction_comment,
                )
            )
    header = (
        "Due",
        "Title",
        "Kind",
        "Status",
        "Customer",
        "Assigned to",
        "Sale",
        "Job",
        "Completed",
        "Outcome",
        "Satisfaction",
        "Satisfaction comment",
    )
    return Table(TITLES[ExportKind.FOLLOW_UPS], header, tuple(rows))


def jobs_table(database: Database) -> Table:
    """Every service job by number: the unit, the problem, where it stands and when it was promised."""
    with database.reading() as uow:
        s = uow.session
        names = _names(s)
        ready: dict[int, date] = {}
        for job_id, due in s.execute(
            select(Promise.job_id, Promise.due_date)
            .where(Promise.kind == PromiseKind.JOB_READY, Promise.job_id.is_not(None))
            .order_by(Promise.promised_at, Promise.id)
        ):
            if job_id is not None:
                ready[job_id] = due  # the latest promise of the job wins
        item_sale = aliased(Sale)
        rows = []
        for job, customer, sale_number in s.execute(
            select(ServiceJob, Customer.name, item_sale.number)
            .join(Customer, Customer.id == ServiceJob.customer_id)
            .outerjoin(SaleItem, SaleItem.id == ServiceJob.sale_item_id)
            .outerjoin(item_sale, item_sale.id == SaleItem.sale_id)
            .order_by(ServiceJob.number)
        ):
            rows.append(
                (
                    format_number(JOB_PREFIX, job.number),
                    _local_day(job.received_at),
                    customer,
                    job.unit_description,
                    job.unit_serial,
                    job.reported_problem,
                    str(job.status),
                    str(job.priority),
                    names.get(job.technician_id) if job.technician_id is not None else None,
                    str(job.warranty_status),
                    str(job.warranty_decision),
                    ready.get(job.id),
                    _number(SALE_PREFIX, sale_number),
                    job.accessories,
                    job.condition,
                    job.diagnosis,
                    job.work_done,
                    job.replacement_serial,
                    _local_day(job.closed_at),
                )
            )
    header = (
        "Job",
        "Received",
        "Customer",
        "Unit",
        "Serial",
        "Problem",
        "Status",
        "Priority",
        "Technician",
        "Warranty",
        "Warranty decision",
        "Ready by",
        "Sale",
        "Accessories",
        "Condition",
        "Diagnosis",
        "Work done",
        "Replacement serial",
        "Closed",
    )
    return Table(TITLES[ExportKind.JOBS], header, tuple(rows))


def requests_table(database: Database) -> Table:
    """Every customer request by number: what was asked, who owns it, where it stands."""
    with database.reading() as uow:
        s = uow.session
        names = _names(s)
        promised: dict[int, date] = {}
        for request_id, due in s.execute(
            select(Promise.request_id, Promise.due_date)
            .where(Promise.request_id.is_not(None), Promise.status == PromiseStatus.OPEN)
            .order_by(Promise.due_date)
        ):
            if request_id is not None:
                promised.setdefault(request_id, due)
        rows = [
            (
                format_number(REQUEST_PREFIX, r.number),
                _local_day(r.opened_at),
                customer,
                kind,
                r.summary,
                str(r.priority),
                str(r.status),
                names.get(r.owner_id) if r.owner_id is not None else None,
                promised.get(r.id),
                _number(SALE_PREFIX, sale),
                _number(JOB_PREFIX, job),
                r.notes,
                r.resolution,
                _local_day(r.closed_at),
            )
            for r, customer, kind, sale, job in s.execute(
                select(CustomerRequest, Customer.name, RequestKind.name, Sale.number, ServiceJob.number)
                .join(Customer, Customer.id == CustomerRequest.customer_id)
                .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
                .outerjoin(Sale, Sale.id == CustomerRequest.sale_id)
                .outerjoin(ServiceJob, ServiceJob.id == CustomerRequest.job_id)
                .order_by(CustomerRequest.number)
            )
        ]
    header = (
        "Request",
        "Opened",
        "Customer",
        "Kind",
        "Summary",
        "Priority",
        "Status",
        "Owner",
        "Promised for",
        "Sale",
        "Job",
        "Notes",
        "Resolution",
        "Closed",
    )
    return Table(TITLES[ExportKind.REQUESTS], header, tuple(rows))


def contacts_table(database: Database) -> Table:
    """Every contact with a customer (calls, visits, e-mails, messages, in the shop), oldest first."""
    with database.reading() as uow:
        s = uow.session
        names = _names(s)
        rows = [
            (
                occurred,
                customer,
                str(channel),
                str(direction),
                names.get(staff_id) if staff_id is not None else None,
                summary,
                _number(SALE_PREFIX, sale),
                _number(JOB_PREFIX, job),
                _number(REQUEST_PREFIX, request),
            )
            for occurred, customer, channel, direction, staff_id, summary, sale, job, request in s.execute(
                select(
                    Interaction.occurred_at,
                    Customer.name,
                    Interaction.channel,
                    Interaction.direction,
                    Interaction.staff_id,
                    Interaction.summary,
                    Sale.number,
                    ServiceJob.number,
                    CustomerRequest.number,
                )
                .join(Customer, Customer.id == Interaction.customer_id)
                .outerjoin(Sale, Sale.id == Interaction.sale_id)
                .outerjoin(ServiceJob, ServiceJob.id == Interaction.job_id)
                .outerjoin(CustomerRequest, CustomerRequest.id == Interaction.request_id)
                .order_by(Interaction.occurred_at, Interaction.id)
            )
        ]
    header = ("When", "Customer", "Channel", "Direction", "Staff", "Summary", "Sale", "Job", "Request")
    return Table(TITLES[ExportKind.CONTACTS], header, tuple(rows))


TABLES: Final = {
    ExportKind.CUSTOMERS: customers_table,
    ExportKind.SALES: sales_table,
    ExportKind.FOLLOW_UPS: follow_ups_table,
    ExportKind.JOBS: jobs_table,
    ExportKind.REQUESTS: requests_table,
    ExportKind.CONTACTS: contacts_table,
}


# ------------------------------------------------------------------------------------------ calendar


def _uid(kind: str, record_id: int) -> str:
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def calendar_events(
    database: Database, today: date, *, staff_id: int | None = None
) -> tuple[CalendarEvent, ...]:
    """The calendar's events (see the module docstring), by day; ``staff_id``: one person's only."""
    since = datetime.combine(today - timedelta(days=VISIT_DAYS_BACK), time()).astimezone()
    events: list[tuple[datetime | date, CalendarEvent]] = []
    with database.reading() as uow:
        s = uow.session
        phones: dict[int, str] = {}
        for customer_id, raw in s.execute(
            select(CustomerPhone.customer_id, CustomerPhone.number_raw).order_by(
                CustomerPhone.customer_id, CustomerPhone.position.desc(), CustomerPhone.id.desc()
            )
        ):
            phones[customer_id] = raw  # the first phone wins (read last)

        def about(customer_id: int, name: str, *lines: str | None) -> str:
            parts = [_("Customer: {name}").format(name=name)]
            if customer_id in phones:
                parts.append(_("Phone: {number}").format(number=phones[customer_id]))
            parts += [line for line in lines if line]
            return "\n".join(parts)

        follow_ups = (
            select(FollowUp, Customer.name, Sale.number, ServiceJob.number)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .outerjoin(Sale, Sale.id == FollowUp.sale_id)
            .outerjoin(ServiceJob, ServiceJob.id == FollowUp.job_id)
            .where(FollowUp.status == FollowUpStatus.OPEN)
        )
        if staff_id is not None:
            follow_ups = follow_ups.where(FollowUp.assignee_id == staff_id)
        for f, name, sale_number, job_number in s.execute(follow_ups):
            refs = " · ".join(
                x for x in (_number(SALE_PREFIX, sale_number), _number(JOB_PREFIX, job_number)) if x
            )
            event = CalendarEvent(
                uid=_uid("follow-up", f.id),
                summary=f"{f.title} — {name}",
                start=f.due_date,
                end=None,
                stamp=f.updated_at,
                description=about(
                    f.customer_id, name, _("About: {references}").format(references=refs) if refs else None
                ),
                categories=("Follow-up",),  # untranslated: a category a calendar sorts by, kept as it was
            )
            events.append((f.due_date, event))

        visits = (
            select(Visit, ServiceJob, Customer.name)
            .join(ServiceJob, ServiceJob.id == Visit.job_id)
            .join(Customer, Customer.id == ServiceJob.customer_id)
            .where(Visit.scheduled_start >= since)
        )
        if staff_id is not None:
            visits = visits.where(Visit.technician_id == staff_id)
        for v, job, name in s.execute(visits):
            number = format_number(JOB_PREFIX, job.number)
            unit = f"{job.unit_description} {job.unit_serial}" if job.unit_serial else job.unit_description
            place = (v.address or _("On site")) if v.on_site else _("In the shop")
            event = CalendarEvent(
                uid=_uid("visit", v.id),
                summary=_("Visit {number}: {unit} — {name}").format(
                    number=number, unit=job.unit_description or _("unit"), name=name
                ),
                start=v.scheduled_start,
                end=v.scheduled_end,
                stamp=v.created_at,
                description=about(
                    job.customer_id,
                    name,
                    _("Job: {number}").format(number=number),
                    _("Unit: {unit}").format(unit=unit),
                    _("Problem: {problem}").format(problem=job.reported_problem),
                ),
                location=place,
                cancelled=v.status is VisitStatus.CANCELLED,
                categories=("Visit",),  # untranslated: a category a calendar sorts by, kept as it was
            )
            events.append((v.scheduled_start, event))

        promises = (
            select(Promise, Customer.name, ServiceJob.number, Sale.number, CustomerRequest.number)
            .join(Customer, Customer.id == Promise.customer_id)
            .outerjoin(ServiceJob, ServiceJob.id == Promise.job_id)
            .outerjoin(Sale, Sale.id == Promise.sale_id)
            .outerjoin(CustomerRequest, CustomerRequest.id == Promise.request_id)
            .where(Promise.status == PromiseStatus.OPEN)
        )
        if staff_id is not None:
            promises = promises.where(Promise.promised_by_id == staff_id)
        for p, name, job_number, sale_number, request_number in s.execute(promises):
            refs = " · ".join(
                x
                for x in (
                    _number(JOB_PREFIX, job_number),
                    _number(SALE_PREFIX, sale_number),
                    _number(REQUEST_PREFIX, request_number),
                )
                if x
            )
            moved = (
                _("First promised for {date}").format(date=p.original_due_date.isoformat())
                if p.original_due_date != p.due_date
                else None
            )
            event = CalendarEvent(
                uid=_uid("promise", p.id),
                summary=_("Promised: {promise} — {name}").format(promise=p.description, name=name),
                start=p.due_date,
                end=None,
                stamp=p.updated_at,
                description=about(
                    p.customer_id,
                    name,
                    _("About: {references}").format(references=refs) if refs else None,
                    moved,
                ),
                categories=("Promise",),  # untranslated: a category a calendar sorts by, kept as it was
            )
            events.append((p.due_date, event))

    def order(pair: tuple[datetime | date, CalendarEvent]) -> tuple[date, int, str]:
        when, event = pair
        day = when.astimezone().date() if isinstance(when, datetime) else when
        return (day, 1 if isinstance(when, datetime) else 0, event.uid)

    return tuple(event for _when, event in sorted(events, key=order))


def calendar_ics(database: Database, today: date, *, staff_id: int | None = None) -> tuple[bytes, int]:
    """The calendar file's bytes and how many events it holds."""
    events = calendar_events(database, today, staff_id=staff_id)
    with database.reading() as uow:
        shop = uow.session.scalar(select(Setting.value).where(Setting.key == "business.name"))
        who = uow.session.scalar(select(Staff.name).where(Staff.id == staff_id)) if staff_id else None
    title = " — ".join(x for x in (shop or "crm_desktop", who or _("everyone")) if x)
    return ics_bytes(events, name=title), len(events)


# ------------------------------------------------------------------------------------------- vCards


def customer_cards(database: Database, customer_ids: Sequence[int] | None = None) -> tuple[ContactCard, ...]:
    """Customers as contact cards: the ones named, else every customer not archived, by name. Phones
    are written as they are dialled (E.164 when the number was read as one), labelled; no notes or
    tags (those are the shop's, not for a phone's address book)."""
    with database.reading() as uow:
        s = uow.session
        query = select(Customer).order_by(Customer.name, Customer.id)
        if customer_ids is None:
            query = query.where(Customer.archived.is_(False))
        else:
            query = query.where(Customer.id.in_(list(customer_ids)))
        customers = list(s.scalars(query))
        if customer_ids is not None and len(customers) != len(set(customer_ids)):
            raise ValidationError(_("That customer is not in the database any more."))
        wanted = [c.id for c in customers]
        phones: dict[int, list[CardPhone]] = {}
        for start in range(0, len(wanted), 500):
            for customer_id, label, raw, normalized in s.execute(
                select(
                    CustomerPhone.customer_id,
                    CustomerPhone.label,
                    CustomerPhone.number_raw,
                    CustomerPhone.number_normalized,
                )
                .where(CustomerPhone.customer_id.in_(wanted[start : start + 500]))
                .order_by(CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.id)
            ):
                number = normalized if normalized.startswith("+") else raw.strip()
                phones.setdefault(customer_id, []).append(CardPhone(label, number))
        return tuple(
            ContactCard(
                uid=_uid("customer", c.id),
                name=c.name,
                business=c.kind is CustomerKind.BUSINESS,
                company=c.company,
                email=c.email,
                phones=tuple(phones.get(c.id, ())),
                address=c.address,
            )
            for c in customers
        )


# ------------------------------------------------------------------------------------------ writing


def export_bytes(
    database: Database,
    kind: ExportKind,
    fmt: ExportFormat | None = None,
    *,
    today: date,
    staff_id: int | None = None,
    customer_ids: Sequence[int] | None = None,
) -> Exported:
    """The file's bytes and how many records it holds; :class:`ValidationError` for a format the kind
    cannot be written in."""
    fmt = fmt or default_format(kind)
    if fmt not in formats_of(kind):
        allowed = [f.value for f in formats_of(kind)]
        shown = (
            _("{first} or {second}").format(first=allowed[0], second=allowed[1])
            if len(allowed) == 2
            else allowed[0]
        )
        raise ValidationError(
            _("{what} are exported as {allowed}, not {format}.").format(
                what=_(TITLES[kind]), allowed=shown, format=fmt.value
            )
        )
    if kind is ExportKind.CALENDAR:
        data, count = calendar_ics(database, today, staff_id=staff_id)
        return Exported(data, count, "event")
    if kind is ExportKind.VCARD:
        cards = customer_cards(database, customer_ids)
        return Exported(vcard_bytes(cards), len(cards), "contact")
    table = TABLES[kind](database)
    data = table.csv() if fmt is ExportFormat.CSV else table.xlsx()
    return Exported(data, len(table.rows), "customer" if kind is ExportKind.CUSTOMERS else "row")


def export_to_file(
    database: Database,
    target: Path,
    kind: ExportKind,
    fmt: ExportFormat | None = None,
    *,
    today: date,
    staff_id: int | None = None,
    customer_ids: Sequence[int] | None = None,
) -> ExportResult:
    """Export to ``target``, written whole or not at all."""
    exported = export_bytes(database, kind, fmt, today=today, staff_id=staff_id, customer_ids=customer_ids)
    write_atomically(target, exported.data)
    return ExportResult(path=target, count=exported.count, what=exported.what)


def keep_calendar(database: Database, folder: Path, today: date, *, staff_id: int | None = None) -> bool:
    """Rewrite the calendar kept in ``folder`` (:data:`CALENDAR_FILE`) when what it holds changed; True
    when the file was written. A missing folder is a :class:`UserFacingError` that says which."""
    if not folder.is_dir():
        raise UserFacingError(
            _("The calendar folder {folder} does not exist any more; choose another one.").format(
                folder=folder
            )
        )
    target = folder / CALENDAR_FILE
    data, _count = calendar_ics(database, today, staff_id=staff_id)
    try:
        if target.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomically(target, data)
    return True


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``: whoever reads
    the file (a calendar app, a spreadsheet) sees the old one or the whole new one, never half of it."""
    if not target.parent.is_dir():
        raise UserFacingError(
            _("The folder {folder} does not exist; create it or choose another file.").format(
                folder=target.parent
            )
        )
    if target.is_dir():
        raise UserFacingError(
            _("{path} is a folder; give the name of the file to write.").format(path=target)
        )
    temp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        current = os.umask(0)
        os.umask(current)
        os.chmod(temp, 0o644 & ~current)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise UserFacingError(
            _("Could not write {path}: {why}.").format(path=target, why=exc.strerror or exc)
        ) from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


__all__ = [
    "CALENDAR_FILE",
    "TABLES",
    "TABLE_KINDS",
    "TITLES",
    "ExportFormat",
    "ExportKind",
    "ExportResult",
    "Exported",
    "Table",
    "calendar_events",
    "calendar_ics",
    "contacts_table",
    "customer_cards",
    "customers_table",
    "default_format",
    "export_bytes",
    "export_to_file",
    "follow_ups_table",
    "formats_of",
    "jobs_table",
    "keep_calendar",
    "requests_table",
    "sales_table",
    "suggested_name",
    "write_atomically",
]
