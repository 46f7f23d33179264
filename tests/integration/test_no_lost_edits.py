"""Several workstations, not one edit lost between them: two processes read a record, change it and
save it, 300 times each, on SQLite and on PostgreSQL. Every save either lands on what its writer read or
is refused with a ConflictError (then read again and retried); none silently undoes the other's."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from datetime import date, timedelta
from multiprocessing.connection import Connection

import pytest
from sqlalchemy import select

from crm_desktop.errors import ConflictError
from crm_desktop.paths import AppPaths
from crm_desktop.services.customers import CustomerInput, create_customer, get_customer, update_customer
from crm_desktop.storage.engine import Database, create_app_engine
from crm_desktop.storage.startup import OpenedDatabase, open_database

EDITS = 300


TODAY = date(2026, 12, 1)


def _add_a_line(database: Database, customer_id: int, writer: str, n: int) -> None:
    """Read the notes, add a line, save with the version read."""
    details = get_customer(database, customer_id)
    notes = f"{details.notes}\n{writer}-{n}" if details.notes else f"{writer}-{n}"
    data = CustomerInput(kind=details.kind, name=details.name, notes=notes)
    update_customer(database, customer_id, data, expected_version=details.version)


def _move_promise(database: Database, promise_id: int, writer: str, n: int) -> None:
    """Read the promise's date, move it a day on from there."""
    from crm_desktop.services.promises import change_promise_date, promise_chain

    shown = promise_chain(database, promise_id, TODAY).due_date
    change_promise_date(database, promise_id, shown + timedelta(days=1), f"{writer} {n}", TODAY,
                        expected_date=shown)  # fmt: skip


def _move_follow_up(database: Database, follow_up_id: int, writer: str, n: int) -> None:
    from crm_desktop.services.follow_ups import reschedule_follow_up
    from crm_desktop.storage.models import FollowUp

    with database.reading() as uow:
        shown = uow.session.get_one(FollowUp, follow_up_id).due_date
    reschedule_follow_up(database, follow_up_id, shown + timedelta(days=1), f"{writer} {n}", None, TODAY,
                         expected_date=shown)  # fmt: skip


def _until_saved(
    url: str,
    attempt: Callable[..., None],
    record_id: int,
    writer: str,
    start: object,
    report: Connection,
    edits: int = EDITS,
) -> None:
    """``edits`` edits by ``attempt``, each tried again (read again) after a conflict."""
    database = Database(create_app_engine(url), writer)
    start.wait()  # type: ignore[attr-defined]
    conflicts = 0
    for n in range(edits):
        while True:
            try:
                attempt(database, record_id, writer, n)
                break
            except ConflictError:
                conflicts += 1
    database.dispose()
    report.send((writer, conflicts))


def _race(paths: AppPaths, attempt: Callable[..., None], record_id: int) -> dict[str, int]:
    """Two writers editing one record by ``attempt`` at once; their conflict counts."""
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    receiver, sender = context.Pipe(duplex=False)
    writers = [
        context.Process(target=_until_saved, args=(paths.url, attempt, record_id, name, start, sender))
        for name in ("counter", "office")
    ]
    for process in writers:
        process.start()
    start.set()
    for process in writers:
        process.join(timeout=240)
    assert [p.exitcode for p in writers] == [0, 0], "a writer failed (its error is printed above)"
    return dict(receiver.recv() for _ in writers)


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    return opened.database


@pytest.fixture
def olga(db: Database) -> int:
    """The shop's owner, who saves first."""
    from crm_desktop.services.staff import start_shop

    return start_shop(db, {"shop.country": "BE"}, "Olga Owner").id


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> AppPaths:
    name = "db_paths" if request.param == "sqlite" else "pg_paths"
    paths: AppPaths = request.getfixturevalue(name)
    return paths


def test_two_processes_appending_to_one_customer_lose_no_line(backend: AppPaths) -> None:
    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        customer = create_customer(opened.database, CustomerInput(name="Shared Customer"))
    finally:
        opened.close()
    results = _race(backend, _add_a_line, customer.id)
    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        final = get_customer(opened.database, customer.id)
    finally:
        opened.close()
    lines = (final.notes or "").splitlines()
    expected = {f"{writer}-{n}" for writer in ("counter", "office") for n in range(EDITS)}
    assert len(lines) == 2 * EDITS and set(lines) == expected, "no line lost, none written twice"
    assert final.version == 1 + 2 * EDITS, "every save counted once"
    assert sum(results.values()) > 0, "the two writers did meet; each meeting was reported as a conflict"


def test_a_save_from_a_form_read_before_someone_elses_is_refused_in_one_line(db: Database, olga: int) -> None:
    shown = create_customer(db, CustomerInput(name="Ann Lee"), staff_id=olga)
    update_customer(db, shown.id, CustomerInput(name="Ann Lee", notes="VIP"), staff_id=olga,
                    expected_version=shown.version)  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        update_customer(db, shown.id, CustomerInput(name="Ann Leigh"), expected_version=shown.version)
    message = str(caught.value)
    assert "\n" not in message
    assert message == (
        "Ann Lee was changed by Olga Owner since you opened it (name, notes): nothing of yours was "
        "saved. Open it again to see their change."
    )
    assert get_customer(db, shown.id).name == "Ann Lee"
    # Without a version (a command that reads and writes at once) the save is not refused.
    assert update_customer(db, shown.id, CustomerInput(name="Ann Leigh", notes="VIP")).version == 3


def test_two_processes_moving_one_promise_and_one_follow_up_never_move_from_a_stale_date(
    backend: AppPaths,
) -> None:
    """Every move starts from the date the record had: the chain of moves has no gap and no fork."""
    from crm_desktop.domain.enums import FollowUpKind
    from crm_desktop.services.contacts import FollowUpInput, schedule_follow_up
    from crm_desktop.services.promises import record_promise
    from crm_desktop.storage.models import AuditEntry, PromiseChange

    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        customer = create_customer(opened.database, CustomerInput(name="Shared Customer"))
        promise = record_promise(opened.database, customer.id, "SIM active", TODAY, TODAY)
        follow_up = schedule_follow_up(
            opened.database, customer.id, FollowUpInput(FollowUpKind.CALL, "Call back", TODAY), TODAY
        )
    finally:
        opened.close()
    for target, record_id in ((_move_promise, promise.id), (_move_follow_up, follow_up)):
        results = _race(backend, target, record_id)
        assert sum(results.values()) > 0, "the two writers did meet"
    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        with opened.database.reading() as uow:
            moves = [
                (c.old_date, c.new_date)
                for c in uow.session.scalars(
                    select(PromiseChange)
                    .where(PromiseChange.promise_id == promise.id)
                    .order_by(PromiseChange.id)
                )
            ]
            audited = [
                (date.fromisoformat(a.old_value or ""), date.fromisoformat(a.new_value or ""))
                for a in uow.session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.entity == "follow_up", AuditEntry.entity_id == follow_up,
                           AuditEntry.action == "rescheduled")
                    .order_by(AuditEntry.id)
                )
            ]  # fmt: skip
    finally:
        opened.close()
    for chain in (moves, audited):
        assert len(chain) == 2 * EDITS
        assert chain[0][0] == TODAY
        assert all(old == previous_new for (old, _), (_, previous_new) in zip(chain[1:], chain, strict=False))
        assert chain[-1][1] == TODAY + timedelta(days=2 * EDITS)


def test_the_database_keeps_one_active_sale_per_serial(backend: AppPaths) -> None:
    """Two workstations can both pass the sale's own check (a read) before either saves; the unique
    index on active serials then refuses the second save with a sentence, and a void frees the serial."""
    from crm_desktop.domain.enums import SaleStatus
    from crm_desktop.errors import ValidationError
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale, void_sale
    from crm_desktop.storage.models import Sale, SaleItem

    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        db = opened.database
        customer = create_customer(db, CustomerInput(name="Shared Customer"))
        line = SaleLineInput(description="Phone", serial="IMEI-35693803", unit_price_minor=100)
        first = record_sale(db, SaleInput(customer_id=customer.id, sale_date=TODAY, lines=(line,)), TODAY)

        def second_sale_written_past_the_check() -> None:
            with db.writing() as uow:
                sale = Sale(number=999, customer_id=customer.id, sale_date=TODAY, status=SaleStatus.ACTIVE)
                sale.items.append(
                    SaleItem(description="Phone", serial=" imei-35693803", unit_price_minor=100)
                )
                uow.session.add(sale)
                uow.commit()

        with pytest.raises(ValidationError, match="already on another active sale"):
            second_sale_written_past_the_check()
        void_sale(db, first.id, "Returned for a refund", TODAY)
        second_sale_written_past_the_check()  # the void freed the serial
    finally:
        opened.close()


def test_catalogue_saves_from_an_old_form_are_refused(db: Database) -> None:
    from crm_desktop.services.catalogue import (
        CategoryInput,
        PlanInput,
        ProductInput,
        create_category,
        create_plan,
        create_product,
        update_category,
        update_plan,
        update_product,
    )

    product = create_product(db, ProductInput(sku="PH-1", name="Phone", price_minor=100))
    update_product(db, product.id, ProductInput(sku="PH-1", name="Phone X", price_minor=120),
                   expected_version=product.version)  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        update_product(db, product.id, ProductInput(sku="PH-1", name="Phone", price_minor=90),
                       expected_version=product.version)  # fmt: skip
    assert {(c.field, c.theirs, c.mine) for c in caught.value.changes} >= {
        ("Name", "Phone X", "Phone"), ("Price (in cents)", "120", "90")
    }  # fmt: skip
    category = create_category(db, CategoryInput(name="Phones"))
    update_category(db, category.id, CategoryInput(name="Mobiles"), expected_version=category.version)
    with pytest.raises(ConflictError):
        update_category(db, category.id, CategoryInput(name="Handsets"), expected_version=category.version)
    plan = create_plan(db, PlanInput(name="Phones"))
    update_plan(db, plan.id, PlanInput(name="Phones, after care"), expected_version=plan.version)
    with pytest.raises(ConflictError):
        update_plan(db, plan.id, PlanInput(name="Phones, new"), expected_version=plan.version)


def test_a_request_saved_from_an_old_window_is_refused(db: Database, olga: int) -> None:
    from datetime import UTC, datetime

    from crm_desktop.domain.enums import JobPriority
    from crm_desktop.services.requests import (
        RequestInput,
        ensure_default_request_kinds,
        get_request,
        list_request_kinds,
        open_request,
        update_request,
    )

    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    customer = create_customer(db, CustomerInput(name="Ann Lee"), staff_id=olga)
    ensure_default_request_kinds(db)
    kind = list_request_kinds(db)[0]
    asked = RequestInput(customer_id=customer.id, kind_id=kind.id, summary="SIM lost")
    shown = open_request(db, asked, today=TODAY, now=now, staff_id=olga)
    update_request(db, shown.id, now=now, staff_id=olga, owner_id=olga, priority=JobPriority.HIGH,
                   notes="Called the carrier", expected_version=shown.version)  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        update_request(db, shown.id, now=now, staff_id=olga, owner_id=olga, priority=JobPriority.NORMAL,
                       notes=None, expected_version=shown.version)  # fmt: skip
    assert caught.value.by == "Olga Owner"
    assert {c.field for c in caught.value.changes} == {"Priority", "Notes"}
    assert get_request(db, shown.id, TODAY).notes == "Called the carrier"


def test_a_person_saved_from_an_old_form_is_refused_also_after_a_change_of_roles(
    db: Database, olga: int
) -> None:
    from crm_desktop.domain.enums import StaffRole
    from crm_desktop.services.staff import StaffInput, add_staff, update_staff

    sam = add_staff(db, StaffInput("Sam Sales", (StaffRole.SALES,)), staff_id=olga)
    # only the roles change: the person's version counts it all the same
    both = StaffInput("Sam Sales", (StaffRole.SALES, StaffRole.TECHNICIAN))
    update_staff(db, sam.id, both, staff_id=olga, expected_version=sam.version)
    with pytest.raises(ConflictError) as caught:
        update_staff(db, sam.id, StaffInput("Samuel Sales", (StaffRole.SALES,)), staff_id=olga,
                     expected_version=sam.version)  # fmt: skip
    assert caught.value.by == "Olga Owner"
    assert {c.field for c in caught.value.changes} == {"Name", "Roles"}
    # "Keep mine": saved over theirs on purpose, with the version the conflict showed; the history says so
    kept = update_staff(db, sam.id, StaffInput("Samuel Sales", (StaffRole.SALES,)), staff_id=olga,
                        expected_version=caught.value.version, keep_mine=True)  # fmt: skip
    assert (kept.name, kept.roles) == ("Samuel Sales", (StaffRole.SALES,))
    from sqlalchemy import select

    from crm_desktop.domain.audit import AuditAction
    from crm_desktop.storage.models import AuditEntry

    with db.reading() as uow:
        said = uow.session.scalars(
            select(AuditEntry.field).where(
                AuditEntry.entity_id == sam.id, AuditEntry.action == str(AuditAction.KEPT_MINE)
            )
        ).all()
    assert said == ["name, roles"]


def test_a_sale_date_corrected_from_an_old_page_is_refused(db: Database) -> None:
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale, update_sale_date

    customer = create_customer(db, CustomerInput(name="Ann Lee"))
    line = SaleLineInput(description="Case", unit_price_minor=100)
    shown = date(2026, 11, 20)
    sale = record_sale(db, SaleInput(customer_id=customer.id, sale_date=shown, lines=(line,)), TODAY)
    update_sale_date(db, sale.id, date(2026, 11, 21), TODAY, expected_date=shown)
    with pytest.raises(ConflictError, match="Sale S-0001 was changed"):
        update_sale_date(db, sale.id, date(2026, 11, 19), TODAY, expected_date=shown)


def test_job_notes_saved_from_an_old_window_are_refused(db: Database, olga: int) -> None:
    from datetime import UTC, datetime

    from crm_desktop.services.jobs import JobInput, get_job, open_job, update_notes

    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    customer = create_customer(db, CustomerInput(name="Ann Lee"), staff_id=olga)
    job = open_job(
        db,
        JobInput(customer_id=customer.id, unit_description="Phone", reported_problem="No sound"),
        TODAY,
        now,
    )
    update_notes(db, job.id, now, diagnosis="Speaker", work_done=None, technician_id=olga, staff_id=olga,
                 expected_version=job.version)  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        update_notes(db, job.id, now, diagnosis="Software", work_done=None, technician_id=None,
                     staff_id=olga, expected_version=job.version)  # fmt: skip
    assert str(caught.value).startswith("J-0001 was changed by Olga Owner since you opened it")
    assert [(c.field, c.theirs, c.mine) for c in caught.value.changes] == [
        ("Diagnosis", "Speaker", "Software"),
        ("Technician", "Olga Owner", "(none)"),
    ]
    assert get_job(db, job.id).diagnosis == "Speaker"


def test_a_job_moved_from_an_old_window_is_refused_even_where_the_move_is_allowed(
    db: Database, olga: int
) -> None:
    """The technician marks the job ready; the counter, whose window still says "repairing", moves it to
    "waiting for parts" (allowed from either): refused, naming who moved it and to what."""
    from datetime import UTC, datetime

    from crm_desktop.domain.enums import JobStatus, StaffRole
    from crm_desktop.services.jobs import JobInput, get_job, move_job, open_job
    from crm_desktop.services.staff import StaffInput, add_staff

    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    tess = add_staff(db, StaffInput("Tess Tech", (StaffRole.TECHNICIAN,)), staff_id=olga).id
    customer = create_customer(db, CustomerInput(name="Ann Lee"), staff_id=olga)
    job = open_job(
        db,
        JobInput(customer_id=customer.id, unit_description="Phone", reported_problem="No sound"),
        TODAY,
        now,
    )
    for status in (JobStatus.DIAGNOSING, JobStatus.REPAIRING):
        move_job(db, job.id, status, now, staff_id=olga)
    move_job(db, job.id, JobStatus.READY, now, staff_id=tess, expected_status=JobStatus.REPAIRING)
    with pytest.raises(ConflictError) as caught:
        move_job(db, job.id, JobStatus.WAITING_PARTS, now, staff_id=olga, expected_status=JobStatus.REPAIRING)
    assert str(caught.value).startswith("J-0001 was changed by Tess Tech since you opened it (status)")
    assert [(c.field, c.theirs, c.mine) for c in caught.value.changes] == [
        ("Status", "ready to collect", "waiting for parts")
    ]
    assert get_job(db, job.id).status is JobStatus.READY


def test_shop_details_saved_from_an_old_form_are_refused_field_by_field(db: Database) -> None:
    from crm_desktop.services.settings import get_settings, set_settings

    set_settings(db, {"business.name": "Fix-It Corner", "business.phone": "+32 2 555 01 01"})
    counter = get_settings(db)  # the counter opens the shop details
    set_settings(db, {"business.phone": "+32 2 555 09 09"}, shown=get_settings(db))  # the office saves
    with pytest.raises(ConflictError) as caught:
        set_settings(
            db, {"business.name": "Fix-It Corner", "business.phone": "+32 2 555 01 02"}, shown=counter
        )
    assert str(caught.value).startswith("The shop profile was changed by someone else since you opened it")
    assert [(c.field, c.theirs, c.mine) for c in caught.value.changes] == [
        ("Phone", "+32 2 555 09 09", "+32 2 555 01 02")
    ]
    assert get_settings(db)["business.phone"] == "+32 2 555 09 09"
    # The same value as theirs, or fields they did not touch: no conflict.
    set_settings(
        db, {"business.name": "Fix-It Corner Ltd", "business.phone": "+32 2 555 09 09"}, shown=counter
    )
    assert get_settings(db)["business.name"] == "Fix-It Corner Ltd"
