"""A customer's rights over their data: a copy of everything the shop holds on them, and erasure.

*Export* gathers every row linked to the customer (their record, phones, tags, sales and items, service
jobs with lines, visits and checklists, requests, follow-ups, promises and their moves, contacts, and
the audit rows about them) as JSON-ready values, plus the customer's copy of the printed history (the
same PDF the customer would be handed, nothing internal in it).

*Erase* removes the personal data and keeps what the books need, in one transaction:

* the customer row becomes "Erased customer" (archived); company, e-mail, address, notes, the old
  system's reference and the consent answers are cleared; phones, tags, the consent history and the
  messages sent to them (the outbox) are deleted;
* free text that holds the customer's words or whereabouts is blanked: contact summaries, follow-up
  outcomes and satisfaction comments, a job's reported problem, accessories and condition (what the
  customer said and brought), request summaries and notes, promise descriptions, visit addresses, sale
  notes;
* what the shop did and charged stays, for the books and warranty claims: sales, their items and serials,
  jobs with their diagnosis, work done and lines, dates, statuses, amounts. Kept text that names the
  customer (their name, a part of it, their e-mail or a phone) is blanked too;
* audit rows about the customer lose their old and new values and reasons; audit rows about their
  sales, jobs, requests, follow-ups, promises, contacts and visits lose those of free-text fields, and any
  audit row anywhere that quotes the name, e-mail or a phone loses that text;
* the search index entries are rebuilt from the anonymous row (so the name leaves ``search_entry``) and,
  on SQLite, the full-text index is merged (``optimize``) so no old segment keeps its trigrams;
* one ``erasure`` row records when and by whom, never what.

On SQLite the transaction runs with ``PRAGMA secure_delete=ON`` (deleted content is overwritten with
zeros, https://www.sqlite.org/pragma.html#pragma_secure_delete); after it commits, ``VACUUM`` rewrites
the file (so copies of the name left in free space by earlier edits go too) and a ``wal_checkpoint
(TRUNCATE)`` empties the write-ahead log. On PostgreSQL the server's own VACUUM reclaims old row versions.

Backups made before the erasure still hold the data: restoring one re-applies every recorded erasure
(:func:`reapply_erasures`, called by :mod:`crm_desktop.services.backups`) before it replaces anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final

from sqlalchemy import Engine, delete, inspect, or_, select, text, update
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import FollowUpStatus
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.common import acting
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    ConsentChange,
    Customer,
    CustomerPhone,
    CustomerRequest,
    CustomerTag,
    Erasure,
    FollowUp,
    Interaction,
    JobChecklistItem,
    JobLine,
    OutboxMessage,
    Promise,
    PromiseChange,
    RequestChecklistItem,
    Sale,
    SaleItem,
    ServiceJob,
    Staff,
    Visit,
)
from crm_desktop.storage.types import utcnow

ERASED_NAME: Final = "Erased customer"
ERASED_TEXT: Final = "(erased)"  # for text columns that may not be blank
EXPORT_FORMAT: Final = "crm_desktop customer data, version 1"
# Audit fields whose old and new values are free text (of any entity linked to the customer).
_FREE_TEXT_FIELDS: Final = frozenset(
    {
        "name", "company", "email", "address", "notes", "phones", "tags", "external_ref", "summary",
        "outcome", "satisfaction_comment", "reported_problem", "accessories", "condition", "description",
        "resolution", "diagnosis", "work_done", "reason", "title", "void_reason",
    }
)  # fmt: skip
_MIN_NAME_PART: Final = 4  # a part of a name this long counts as naming the customer in kept text


@dataclass(frozen=True)
class CustomerExport:
    """What the customer is given: ``data`` (JSON-ready) and the customer's copy of the history."""

    customer_id: int
    name: str
    data: dict[str, Any]
    history_pdf: bytes

    @property
    def file_stem(self) -> str:
        """``customer-data-zoe-oster``: the files' name, after the customer (no internal number)."""
        words = "".join(ch if ch.isalnum() else " " for ch in self.name.casefold()).split()
        return "customer-data-" + ("-".join(words)[:60] or "customer")


@dataclass(frozen=True)
class ErasureRecord:
    id: int
    customer_id: int
    erased_at: datetime
    staff_id: int | None
    staff_name: str | None


@dataclass(frozen=True)
class ErasureResult:
    customer_id: int
    erasure_id: int
    sales_kept: int
    jobs_kept: int
    texts_blanked: int


# ------------------------------------------------------------------------------------------- export


def export_customer_data(database: Database, customer_id: int, today: date) -> CustomerExport:
    """Everything linked to the customer, as plain JSON values, and their copy of the history (PDF)."""
    from crm_desktop.reports.history import history_pdf
    from crm_desktop.services.history_report import history_report

    with database.reading() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(_("Customer #{id} does not exist.").format(id=customer_id))
        name = customer.name
        data = _export(session, customer, today)
    report = history_report(database, customer_id, today, include_internal=False)
    return CustomerExport(customer_id, name, data, history_pdf(report))


def _export(session: Session, customer: Customer, today: date) -> dict[str, Any]:
    cid = customer.id
    sale_ids = list(session.scalars(select(Sale.id).where(Sale.customer_id == cid)))
    job_ids = list(session.scalars(select(ServiceJob.id).where(ServiceJob.customer_id == cid)))
    request_ids = list(session.scalars(select(CustomerRequest.id).where(CustomerRequest.customer_id == cid)))
    promise_ids = list(session.scalars(select(Promise.id).where(Promise.customer_id == cid)))

    def rows(model: type[Any], *where: Any) -> list[dict[str, Any]]:
        key = inspect(model).primary_key[0]
        return [_plain(row) for row in session.scalars(select(model).where(*where).order_by(key))]

    return {
        "format": EXPORT_FORMAT,
        "exported_on": today.isoformat(),
        "customer": _plain(customer),
        "phones": rows(CustomerPhone, CustomerPhone.customer_id == cid),
        "tags": [t.tag for t in session.scalars(select(CustomerTag).where(CustomerTag.customer_id == cid))],
        "sales": rows(Sale, Sale.id.in_(sale_ids)),
        "sale_items": rows(SaleItem, SaleItem.sale_id.in_(sale_ids)),
        "service_jobs": rows(ServiceJob, ServiceJob.id.in_(job_ids)),
        "job_lines": rows(JobLine, JobLine.job_id.in_(job_ids)),
        "visits": rows(Visit, Visit.job_id.in_(job_ids)),
        "job_checklists": rows(JobChecklistItem, JobChecklistItem.job_id.in_(job_ids)),
        "requests": rows(CustomerRequest, CustomerRequest.id.in_(request_ids)),
        "request_checklists": rows(RequestChecklistItem, RequestChecklistItem.request_id.in_(request_ids)),
        "follow_ups": rows(FollowUp, FollowUp.customer_id == cid),
        "promises": rows(Promise, Promise.id.in_(promise_ids)),
        "promise_changes": rows(PromiseChange, PromiseChange.promise_id.in_(promise_ids)),
        "contacts": rows(Interaction, Interaction.customer_id == cid),
        "messages": rows(OutboxMessage, OutboxMessage.customer_id == cid),
        "consent_history": rows(ConsentChange, ConsentChange.customer_id == cid),
        "audit": rows(AuditEntry, AuditEntry.entity == "customer", AuditEntry.entity_id == cid),
        "erasures": rows(Erasure, Erasure.customer_id == cid),
    }


def _plain(row: Any) -> dict[str, Any]:
    return {column.key: _json_value(getattr(row, column.key)) for column in inspect(type(row)).column_attrs}


def _json_value(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None
    return value


# -------------------------------------------------------------------------------------------- erase


def erase_customer(database: Database, customer_id: int, *, staff_id: int | None) -> ErasureResult:
    """Erase the customer's personal data (see the module docstring for what goes and what stays)."""
    engine = database.engine
    sqlite = engine.dialect.name == "sqlite"
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        if sqlite:
            # Before the first write of the transaction: deleted content is overwritten with zeros. The
            # setting stays on that pooled connection afterwards, which costs a little time, never data.
            session.execute(text("PRAGMA secure_delete=ON"))
        result = _erase(session, customer_id, staff_id=staff_id, at=utcnow())
        uow.commit()
    if sqlite:
        compact_file(engine)
    return result


def compact_file(engine: Engine) -> None:
    """Rewrite the SQLite file (VACUUM) and empty its write-ahead log, so erased bytes leave both."""
    with engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None
        driver.execute("PRAGMA secure_delete=ON")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _erase(
    session: Session, customer_id: int, *, staff_id: int | None, at: datetime, record: bool = True
) -> ErasureResult:
    customer = session.get(Customer, customer_id, with_for_update=True)
    if customer is None:
        raise ValidationError(_("Customer #{id} does not exist.").format(id=customer_id))
    phones = list(customer.phones)
    marks = _identifiers(customer, phones)
    cid = customer.id

    customer.name = ERASED_NAME
    customer.company = customer.email = customer.address = customer.notes = customer.external_ref = None
    customer.contact_consent = None
    customer.consent_recorded_at = None
    customer.email_consent = customer.sms_consent = None
    if not customer.archived:
        customer.archived, customer.archived_at = True, at
    customer.phones.clear()
    customer.tags.clear()
    customer.updated_at = at

    blanked = 0

    def scrub(value: str | None, *, required: bool = False) -> str | None:
        nonlocal blanked
        if value and _mentions(value, marks):
            blanked += 1
            return ERASED_TEXT if required else None
        return value

    def blank(value: str | None, replacement: str | None) -> str | None:
        nonlocal blanked
        if value and value != replacement:
            blanked += 1
            return replacement
        return value

    sales = list(session.scalars(select(Sale).where(Sale.customer_id == cid)))
    for sale in sales:
        sale.notes = blank(sale.notes, None)
        sale.void_reason = scrub(sale.void_reason, required=sale.void_reason is not None)
    jobs = list(session.scalars(select(ServiceJob).where(ServiceJob.customer_id == cid)))
    for job in jobs:
        job.reported_problem = blank(job.reported_problem, "") or ""
        job.accessories = blank(job.accessories, None)
        job.condition = blank(job.condition, None)
        job.diagnosis = scrub(job.diagnosis)
        job.work_done = scrub(job.work_done)
        job.warranty_reason = scrub(job.warranty_reason)
        for visit in job.visits:
            visit.address = blank(visit.address, None)
            visit.outcome = scrub(visit.outcome)
    requests = list(session.scalars(select(CustomerRequest).where(CustomerRequest.customer_id == cid)))
    for request in requests:
        request.summary = blank(request.summary, ERASED_TEXT) or ERASED_TEXT
        request.notes = blank(request.notes, None)
        request.resolution = scrub(request.resolution)
    follow_ups = list(session.scalars(select(FollowUp).where(FollowUp.customer_id == cid)))
    for follow_up in follow_ups:
        follow_up.outcome = blank(follow_up.outcome, None)
        follow_up.satisfaction_comment = blank(follow_up.satisfaction_comment, None)
        follow_up.title = scrub(follow_up.title, required=True) or ERASED_TEXT
        if follow_up.status == FollowUpStatus.OPEN:  # nobody left to call
            follow_up.status, follow_up.completed_at = FollowUpStatus.CANCELLED, at
    promises = list(session.scalars(select(Promise).where(Promise.customer_id == cid)))
    for promise in promises:
        promise.description = blank(promise.description, ERASED_TEXT) or ERASED_TEXT
        for change in promise.changes:
            change.reason = scrub(change.reason, required=True) or ERASED_TEXT
    contacts = list(session.scalars(select(Interaction).where(Interaction.customer_id == cid)))
    for contact in contacts:
        contact.summary = blank(contact.summary, "") or ""
    # The messages sent to them (addresses, their name, what was said) and their answers about being
    # contacted: nothing of it is needed for the books.
    session.execute(delete(OutboxMessage).where(OutboxMessage.customer_id == cid))
    session.execute(delete(ConsentChange).where(ConsentChange.customer_id == cid))
    session.flush()  # the search index hook re-indexes the anonymous row here

    linked: dict[str, list[int]] = {
        "customer": [cid],
        "sale": [s.id for s in sales],
        "service_job": [j.id for j in jobs],
        "visit": [v.id for j in jobs for v in j.visits],
        "customer_request": [r.id for r in requests],
        "follow_up": [f.id for f in follow_ups],
        "promise": [p.id for p in promises],
        "interaction": [c.id for c in contacts],
    }
    _scrub_audit(session, linked, marks)
    erasure = Erasure(customer_id=cid, erased_at=at, staff_id=staff_id)
    if record:
        session.add(erasure)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        # Merge the full-text index into one segment: deleted entries' trigrams leave the old segments.
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
    return ErasureResult(cid, erasure.id if record else 0, len(sales), len(jobs), blanked)


def _identifiers(customer: Customer, phones: Sequence[CustomerPhone]) -> tuple[str, ...]:
    marks = {customer.name, customer.company or "", customer.email or "", customer.external_ref or ""}
    marks |= {p.number_raw for p in phones} | {p.number_normalized for p in phones}
    marks |= {part for part in re.split(r"[\s,.;:()/&-]+", customer.name) if len(part) >= _MIN_NAME_PART}
    return tuple(sorted(m.strip() for m in marks if m and len(m.strip()) >= 3))


def _mentions(value: str, marks: Iterable[str]) -> bool:
    folded = value.casefold()
    squeezed = re.sub(r"\D", "", value)
    for mark in marks:
        digits = re.sub(r"\D", "", mark)
        if mark.casefold() in folded or (len(digits) >= 6 and digits in squeezed):
            return True
    return False


def _scrub_audit(session: Session, linked: dict[str, list[int]], marks: tuple[str, ...]) -> None:
    customer_rows = (AuditEntry.entity == "customer") & (AuditEntry.entity_id.in_(linked["customer"]))
    session.execute(
        update(AuditEntry).where(customer_rows).values(old_value=None, new_value=None, reason=None)
    )
    for entity, ids in linked.items():
        if entity == "customer" or not ids:
            continue
        session.execute(
            update(AuditEntry)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id.in_(ids),
                AuditEntry.field.in_(_FREE_TEXT_FIELDS),
            )
            .values(old_value=None, new_value=None)
        )
    # Anywhere else (a merge's note on another record, a reason typed on a job): text that quotes them.
    quoting = [
        column.contains(mark, autoescape=True)
        for mark in marks
        for column in (AuditEntry.old_value, AuditEntry.new_value, AuditEntry.reason)
    ]
    if quoting:
        for row in session.scalars(select(AuditEntry).where(or_(*quoting))):
            row.old_value = None if row.old_value and _mentions(row.old_value, marks) else row.old_value
            row.new_value = None if row.new_value and _mentions(row.new_value, marks) else row.new_value
            row.reason = None if row.reason and _mentions(row.reason, marks) else row.reason


# ----------------------------------------------------------------------------------------- erasures


def list_erasures(database: Database) -> tuple[ErasureRecord, ...]:
    """Every recorded erasure, oldest first (when, by whom; never what)."""
    with database.reading() as uow:
        rows = uow.session.execute(
            select(Erasure, Staff.name).outerjoin(Staff, Staff.id == Erasure.staff_id).order_by(Erasure.id)
        )
        return tuple(
            ErasureRecord(e.id, e.customer_id, e.erased_at, e.staff_id, name) for e, name in rows.all()
        )


def reapply_erasures(database: Database, erasures: Iterable[ErasureRecord]) -> int:
    """Erase again, in ``database`` (a restored copy), every customer of ``erasures`` it still holds;
    record those erasures there. Returns how many customers were erased again.

    A customer the copy does not hold (made after it was taken) is skipped and not recorded: an id
    that does not exist there may later be given to someone else.
    """
    erased_again = 0
    wanted = list(erasures)
    if not wanted:
        return 0
    engine = database.engine
    sqlite = engine.dialect.name == "sqlite"
    with database.writing() as uow:
        session = uow.session
        if sqlite:
            session.execute(text("PRAGMA secure_delete=ON"))
        recorded = set(session.scalars(select(Erasure.customer_id)))
        staff_ids = set(session.scalars(select(Staff.id)))
        for record in wanted:
            if session.get(Customer, record.customer_id) is None:
                continue
            _erase(session, record.customer_id, staff_id=None, at=record.erased_at, record=False)
            if record.customer_id not in recorded:
                by = record.staff_id if record.staff_id in staff_ids else None
                session.add(Erasure(customer_id=record.customer_id, erased_at=record.erased_at, staff_id=by))
                recorded.add(record.customer_id)
            erased_again += 1
        uow.commit()
    if sqlite:
        compact_file(engine)
    return erased_again


__all__ = [
    "ERASED_NAME",
    "CustomerExport",
    "ErasureRecord",
    "ErasureResult",
    "erase_customer",
    "export_customer_data",
    "list_erasures",
    "reapply_erasures",
]
