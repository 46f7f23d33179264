"""``fill_demo``: the sample shop written into an empty database in one transaction.

The catalogue comes from ``random.Random(seed)``; each customer's history comes from the same generator
re-seeded with ``(seed, customer number)``. Rows are generated 500 customers at a time and inserted in
bulk, so that memory stays bounded; the transaction commits once at the end. Sales and jobs get their
final numbers (S-0001 is the oldest sale) once every row is written, and so do requests (R-0001).
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import delete, insert, literal, select, text, update
from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.numbers import JOB_PREFIX, format_number
from crm_desktop.errors import UserFacingError
from crm_desktop.sample.catalogue import write_catalogue
from crm_desktop.sample.clock import Clock
from crm_desktop.sample.history import write_history
from crm_desktop.sample.people import customer, rich_customers
from crm_desktop.sample.requests import TAKEN_IN
from crm_desktop.sample.staff import write_staff
from crm_desktop.sample.state import Sample
from crm_desktop.sample.tables import SETTINGS
from crm_desktop.sample.writer import TABLES, Rows, table
from crm_desktop.storage import search_index
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    CustomerRequest,
    NumberSequence,
    ServiceJob,
    Setting,
)
from crm_desktop.storage.sequences import JOB, REQUEST, SALE

MAX_CUSTOMERS: Final = 1_000_000
CHUNK_CUSTOMERS: Final = 500  # customers generated between two bulk inserts: bounds the memory used
CACHE_KIB: Final = 64 * 1024  # SQLite page cache while filling


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the sample shop got."""

    customers: int
    staff: int
    products: int
    sales: int
    sale_items: int
    follow_ups: int
    promises: int
    promise_changes: int
    jobs: int
    visits: int
    job_lines: int
    interactions: int
    requests: int

    @classmethod
    def of(cls, ids: dict[str, int]) -> DemoSummary:
        """From the last id given in each table (ids start at 1 and are never skipped)."""
        return cls(
            customers=ids["customer"],
            staff=ids["staff"],
            products=ids["product"],
            sales=ids["sale"],
            sale_items=ids["sale_item"],
            follow_ups=ids["follow_up"],
            promises=ids["promise"],
            promise_changes=ids["promise_change"],
            jobs=ids["service_job"],
            visits=ids["visit"],
            job_lines=ids["job_line"],
            interactions=ids["interaction"],
            requests=ids["customer_request"],
        )


def fill_demo(
    database: Database, *, customers: int = 200, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty database with a sample shop of ``customers`` customers; one transaction.

    Raises :class:`UserFacingError` if the database already holds a shop's data, or if ``customers``
    is not between 1 and 1,000,000.
    """
    if customers < 1 or customers > MAX_CUSTOMERS:
        raise UserFacingError(
            f"A sample shop has between 1 and {MAX_CUSTOMERS:,} customers; {customers:,} was asked for."
        )
    today = date.today() if today is None else today
    with database.writing() as uow:
        session = uow.session
        _refuse_unless_empty(session)
        rows = Rows()
        clock = Clock(today)
        with _roomy_page_cache(session):
            rng = random.Random(seed)
            staff = write_staff(rows, clock)
            catalogue = write_catalogue(rows, clock, rng)
            sample = Sample(
                seed=seed,
                customers=customers,
                rng=rng,
                rows=rows,
                clock=clock,
                staff=staff,
                catalogue=catalogue,
            )
            rows.flush(session)
            rich = rich_customers(customers)
            for index in range(customers):
                rng.seed(f"crm-demo:{seed}:{index}")
                write_history(sample, customer(sample, index, rich=index in rich))
                if (index + 1) % CHUNK_CUSTOMERS == 0:
                    rows.flush(session)
            rows.flush(session)
            _number_in_date_order(session)
            _name_the_jobs_requests_became(session)
            search_index.rebuild(session)  # the bulk inserts above bypass the ORM's flush hook
        _write_settings(session, rows, clock)
        if session.get_bind().dialect.name == "postgresql":
            _advance_postgres_sequences(session)
        uow.commit()
    return DemoSummary.of(rows.ids)


def _refuse_unless_empty(session: Session) -> None:
    if session.scalar(select(Customer.id).limit(1)) is not None:
        raise UserFacingError(
            "This database already has customers. Demo data only goes into an empty database; "
            "use --db to pick another file."
        )
    for name in (
        "staff",
        "product",
        "product_category",
        "follow_up_plan",
        "procedure",
        "sale",
        "service_job",
        "request_kind",
        "customer_request",
    ):
        if session.scalar(select(literal(1)).select_from(table(name)).limit(1)) is not None:
            raise UserFacingError(
                f"This database already has {name.replace('_', ' ')} records. Demo data only goes into "
                "an empty database; use --db to pick another file."
            )


@contextmanager
def _roomy_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a 64 MB page cache while filling (the default 2 MB makes index inserts thrash).

    Set on the DBAPI connection and put back before the connection returns to the pool; 100,000
    customers fill about 25 % faster.
    """
    raw = session.connection().connection.dbapi_connection
    if session.get_bind().dialect.name != "sqlite" or raw is None:
        yield
        return
    cursor = raw.cursor()
    try:
        previous = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        try:
            yield
        finally:
            with suppress(sqlite3.Error):
                cursor.execute(f"PRAGMA cache_size = {previous}")
    finally:
        cursor.close()


def _number_in_date_order(session: Session) -> None:
    """S-0001 is the oldest sale, J-0001 the oldest job and R-0001 the oldest request, as if they had been
    entered day by day.

    Rows are written customer by customer with a provisional negative number (``-id``), so that giving
    the final numbers never collides with the unique index on the way.
    """
    for name, order in (
        ("sale", "sale_date, created_at, id"),
        ("service_job", "received_at, id"),
        ("customer_request", "opened_at, id"),
    ):
        session.execute(
            text(
                f"UPDATE {name} SET number = ranked.rn FROM "
                f"(SELECT id, row_number() OVER (ORDER BY {order}) AS rn FROM {name}) AS ranked "
                f"WHERE {name}.id = ranked.id"
            )
        )


def _name_the_jobs_requests_became(session: Session) -> None:
    """A request that became a service job was resolved as "Taken in for service as J-0042": its
    resolution and its audit entry get the job's final number, given above (a handful of rows)."""
    found = session.execute(
        select(CustomerRequest.id, ServiceJob.number)
        .join(ServiceJob, ServiceJob.id == CustomerRequest.job_id)
        .order_by(CustomerRequest.id)
    ).all()
    for request_id, job_number in found:
        resolution = TAKEN_IN.format(number=format_number(JOB_PREFIX, job_number))
        session.execute(
            update(CustomerRequest)
            .where(CustomerRequest.id == request_id)
            # updated_at set to itself: its onupdate would stamp the clock's time (the file must not
            # depend on when it was made)
            .values(resolution=resolution, updated_at=CustomerRequest.updated_at)
        )
        session.execute(
            update(AuditEntry)
            .where(
                AuditEntry.entity == str(AuditEntity.REQUEST),
                AuditEntry.entity_id == request_id,
                AuditEntry.action == str(AuditAction.TAKEN_IN),
            )
            .values(reason=resolution)
        )


def _write_settings(session: Session, rows: Rows, clock: Clock) -> None:
    stamp = clock.dt(0)
    session.execute(delete(Setting).where(Setting.key.in_(list(SETTINGS))))
    session.execute(
        insert(table("setting")),
        [{"key": k, "value": v, "value_blob": None, "updated_at": stamp} for k, v in SETTINGS.items()],
    )
    # The app's next sale, job and request take the numbers after the sample's
    # (storage.sequences.next_number).
    session.execute(delete(NumberSequence).where(NumberSequence.name.in_((SALE, JOB, REQUEST))))
    session.execute(
        insert(table("number_sequence")),
        [
            {"name": SALE, "last_value": rows.ids["sale"]},
            {"name": JOB, "last_value": rows.ids["service_job"]},
            {"name": REQUEST, "last_value": rows.ids["customer_request"]},
        ],
    )


def _advance_postgres_sequences(session: Session) -> None:
    """Ids were given explicitly; move each SERIAL sequence past them so the app's next insert works."""
    for name in TABLES:
        if "id" not in table(name).c:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{name}"'
            )
        )
