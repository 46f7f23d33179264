"""Service jobs on a real database: intake and warranty decision, the workflow to collection, lines and
totals, exchanges, checklists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import (
    FollowUpKind,
    JobLineKind,
    JobStatus,
    PromiseStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.services.jobs import (
    JobInput,
    LineInput,
    add_line,
    apply_procedure,
    days_since_last_action,
    ensure_default_procedures,
    find_job_by_number,
    get_job,
    move_job,
    open_job,
    record_exchange,
    tick,
)
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    FollowUp,
    Procedure,
    Sale,
    SaleItem,
    Staff,
    StaffRoleGrant,
)
from crm_desktop.storage.startup import OpenedDatabase, open_database

TODAY = date(2026, 3, 16)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


NOW = at(TODAY)


@dataclass(frozen=True)
class Shop:
    database: Database
    customer: int
    tech: int
    covered_item: int  # warranty to 2027-03-15, serial IMEI-1
    expired_item: int  # warranty ended 2026-01-31, serial IMEI-2


def _shop(database: Database) -> Shop:
    with database.writing() as uow:
        s = uow.session
        customer = Customer(name="Zoë Øster")
        tech = Staff(name="Tim Tech", roles=[StaffRoleGrant(role="technician")])
        s.add_all([customer, tech])
        s.flush()
        sale = Sale(number=1, customer_id=customer.id, sale_date=date(2025, 2, 1))
        sale.items = [
            SaleItem(
                description="Phone One",
                serial="IMEI-1",
                warranty_start=date(2025, 3, 16),
                warranty_end=date(2027, 3, 15),
            ),
            SaleItem(
                description="Phone Two",
                serial="IMEI-2",
                warranty_start=date(2025, 2, 1),
                warranty_end=date(2026, 1, 31),
                position=1,
            ),
        ]
        s.add(sale)
        s.flush()
        shop = Shop(database, customer.id, tech.id, sale.items[0].id, sale.items[1].id)
        uow.commit()
    return shop


def _intake(shop: Shop, **kw: object) -> JobInput:
    values: dict[str, object] = {
        "customer_id": shop.customer,
        "reported_problem": "Does not charge",
        "technician_id": shop.tech,
    }
    values.update(kw)
    return JobInput(**values)  # type: ignore[arg-type]


def test_warranty_decisions_at_intake(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    covered = open_job(db, _intake(shop, sale_item_id=shop.covered_item), TODAY, NOW)
    assert covered.number_text == "J-0001" and covered.unit_serial == "IMEI-1"
    assert (covered.warranty_status, covered.warranty_decision) == (
        WarrantyStatus.COVERED,
        WarrantyDecision.COVERED,
    )
    assert covered.unit_description == "Phone One" and covered.sale_number_text == "S-0001"
    by_serial = open_job(db, _intake(shop, unit_serial=" imei-2 ", unit_description="Phone"), TODAY, NOW)
    assert by_serial.sale_item_id == shop.expired_item
    assert (by_serial.warranty_status, by_serial.warranty_decision) == (
        WarrantyStatus.EXPIRED,
        WarrantyDecision.BILLABLE,
    )
    elsewhere = open_job(db, _intake(shop, unit_serial="OTHER-9", unit_description="Laptop"), TODAY, NOW)
    assert elsewhere.warranty_status is WarrantyStatus.NOT_SOLD_HERE and elsewhere.sale_item_id is None
    unknown = open_job(db, _intake(shop, unit_description="Old radio"), TODAY, NOW)
    assert (unknown.warranty_status, unknown.warranty_decision) == (
        WarrantyStatus.UNKNOWN,
        WarrantyDecision.BILLABLE,
    )
    assert find_job_by_number(db, "j4") == get_job(db, unknown.id)
    assert find_job_by_number(db, "J-0099") is None


def test_override_needs_a_reason_and_is_audited(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    with pytest.raises(FieldErrors) as caught:
        open_job(
            db,
            _intake(shop, sale_item_id=shop.expired_item, warranty_override=WarrantyDecision.GOODWILL),
            TODAY,
            NOW,
        )
    assert set(caught.value.errors) == {"override_reason"}
    assert "says “billable” (expired)" in caught.value.errors["override_reason"]
    job = open_job(
        db,
        _intake(
            shop,
            sale_item_id=shop.expired_item,
            warranty_override=WarrantyDecision.GOODWILL,
            override_reason="Ended two weeks ago; regular customer",
        ),
        TODAY,
        NOW,
    )
    assert job.number_text == "J-0001"  # the refused intake gave nothing away
    assert job.warranty_decision is WarrantyDecision.GOODWILL
    assert job.warranty_reason == "Ended two weeks ago; regular customer"
    with db.reading() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "warranty_override")).one()
        assert (entry.entity, entry.entity_id, entry.old_value, entry.new_value) == (
            "service_job",
            job.id,
            "billable",
            "goodwill",
        )


def test_full_workflow_keeps_the_promise_and_schedules_satisfaction(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, sale_item_id=shop.covered_item, ready_by=date(2026, 3, 20)), TODAY, NOW)
    assert job.ready_promise is not None and job.ready_promise.status is PromiseStatus.OPEN
    assert job.ready_promise.due_date == date(2026, 3, 20)
    with pytest.raises(ValidationError, match="“received” cannot move to “collected”"):
        move_job(db, job.id, JobStatus.COLLECTED, NOW)
    for status, day in (
        (JobStatus.DIAGNOSING, date(2026, 3, 16)),
        (JobStatus.WAITING_PARTS, date(2026, 3, 17)),
        (JobStatus.REPAIRING, date(2026, 3, 18)),
        (JobStatus.READY, date(2026, 3, 19)),
    ):
        job = move_job(db, job.id, status, at(day), staff_id=shop.tech)
        assert job.closed_at is None and job.last_action_at == at(day)
    assert days_since_last_action(job, date(2026, 3, 26)) == 7
    job = move_job(db, job.id, JobStatus.COLLECTED, at(date(2026, 3, 21)), staff_id=shop.tech)
    assert job.status is JobStatus.COLLECTED and job.closed_at == at(date(2026, 3, 21))
    assert job.ready_promise is not None and job.ready_promise.status is PromiseStatus.KEPT
    assert days_since_last_action(job, date(2026, 4, 1)) is None
    with db.reading() as uow:
        check = uow.session.scalars(select(FollowUp).where(FollowUp.job_id == job.id)).one()
        assert check.kind is FollowUpKind.SATISFACTION and check.due_date == date(2026, 3, 28)
        moves = uow.session.scalars(
            select(AuditEntry.new_value)
            .where(AuditEntry.entity == "service_job", AuditEntry.action == "status_changed")
            .order_by(AuditEntry.id)
        ).all()
        assert moves == ["received", "diagnosing", "waiting_parts", "repairing", "ready", "collected"]
    with pytest.raises(ValidationError, match="which is final"):
        move_job(db, job.id, JobStatus.REPAIRING, NOW)


def test_late_job_breaks_its_promise(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Radio", ready_by=date(2026, 3, 17)), TODAY, NOW)
    move_job(db, job.id, JobStatus.REPAIRING, NOW)
    job = move_job(db, job.id, JobStatus.READY, at(date(2026, 3, 19)))
    assert job.ready_promise is not None and job.ready_promise.status is PromiseStatus.BROKEN


def test_totals_are_exact_with_decimal_hours(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, sale_item_id=shop.covered_item), TODAY, NOW)
    add_line(
        db,
        job.id,
        LineInput(kind=JobLineKind.PART, description="Port", unit_cost_minor=1250, unit_price_minor=2990),
        NOW,
    )
    add_line(
        db,
        job.id,
        LineInput(
            kind=JobLineKind.LABOUR,
            description="Bench time",
            quantity=Decimal("1.25"),
            unit_cost_minor=2000,
            unit_price_minor=4999,
            covered_by_warranty=False,
        ),
        NOW,
    )
    job = add_line(
        db,
        job.id,
        LineInput(
            kind=JobLineKind.LABOUR,
            description="Diagnosis",
            quantity=Decimal("0.5"),
            unit_cost_minor=2000,
            unit_price_minor=4999,
        ),
        NOW,
    )
    assert [ln.quantity for ln in job.lines] == [Decimal("1.00"), Decimal("1.25"), Decimal("0.50")]
    assert job.parts_minor == 2990
    assert job.labour_minor == 6249 + 2500  # 1.25 × 49.99 = 62.4875 → 62.49; 0.5 × 49.99 → 25.00 (half up)
    assert job.billable_minor == 6249
    assert job.covered_cost_minor == 1250 + 1000
    with pytest.raises(ValidationError, match="more than two decimals"):
        add_line(
            db, job.id, LineInput(kind=JobLineKind.LABOUR, description="x", quantity=Decimal("0.125")), NOW
        )
    with pytest.raises(ValidationError, match="not a float"):
        add_line(db, job.id, LineInput(kind=JobLineKind.LABOUR, description="x", quantity=0.5), NOW)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="cannot be negative"):
        add_line(db, job.id, LineInput(kind=JobLineKind.PART, description="x", unit_price_minor=-1), NOW)


def test_exchange_keeps_the_warranty_end(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, sale_item_id=shop.covered_item), TODAY, NOW)
    job = record_exchange(db, job.id, "IMEI-NEW", NOW)
    assert job.replacement_serial == "IMEI-NEW" and job.warranty_end == date(2027, 3, 15)
    with db.reading() as uow:
        item = uow.session.get(SaleItem, shop.covered_item)
        assert item is not None
        assert (item.serial, item.warranty_start, item.warranty_end) == (
            "IMEI-NEW",
            date(2025, 3, 16),
            date(2027, 3, 15),
        )
    # The replacement, brought in later, is found as sold here with the original end.
    again = open_job(db, _intake(shop, unit_serial="IMEI-NEW", unit_description="Phone"), TODAY, NOW)
    assert again.sale_item_id == shop.covered_item and again.warranty_status is WarrantyStatus.COVERED
    with pytest.raises(ValidationError, match="already sold on sale S-0001"):
        record_exchange(db, again.id, "IMEI-2", NOW)


def test_an_exchange_can_override_the_warranty_end_only_with_a_reason(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, sale_item_id=shop.expired_item), TODAY, NOW)
    new_end = date(2027, 3, 16)
    with pytest.raises(ValidationError, match="keeps the original warranty end"):
        record_exchange(db, job.id, "IMEI-NEW-2", NOW, warranty_end=new_end)
    with db.reading() as uow:  # refused: nothing was changed, not even the serial
        assert uow.session.get(SaleItem, shop.expired_item).serial == "IMEI-2"  # type: ignore[union-attr]
    done = record_exchange(
        db, job.id, "IMEI-NEW-2", NOW, warranty_end=new_end, reason="Manufacturer's new-unit warranty"
    )
    assert done.warranty_end == new_end
    with db.reading() as uow:
        audit = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "sale_item", AuditEntry.field == "warranty_end")
        ).one()
        assert (audit.old_value, audit.new_value, audit.reason) == (
            "2026-01-31",
            "2027-03-16",
            "Manufacturer's new-unit warranty",
        )
    other = open_job(db, _intake(shop, unit_description="Radio", unit_serial="R-1"), TODAY, NOW)
    with pytest.raises(ValidationError, match="not sold here"):
        record_exchange(db, other.id, "R-2", NOW, warranty_end=new_end, reason="x")


def test_checklist_from_a_procedure(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    assert ensure_default_procedures(db) == 3
    assert ensure_default_procedures(db) == 0
    with db.reading() as uow:
        sim = uow.session.scalars(
            select(Procedure).where(Procedure.name == "Lost phone / duplicate SIM")
        ).one()
        sim_id = sim.id
    job = open_job(db, _intake(shop, unit_description="SIM"), TODAY, NOW)
    job = apply_procedure(db, job.id, sim_id)
    assert [c.text for c in job.checklist][:2] == [
        "Verify the customer's identity (ID card or passport)",
        "Block the line with the operator",
    ]
    assert len(job.checklist) == 5 and job.checklist_done == 0
    with pytest.raises(ValidationError, match="already on this job"):
        apply_procedure(db, job.id, sim_id)
    later = at(date(2026, 3, 17))
    job = tick(db, job.checklist[0].id, True, shop.tech, later)
    first = job.checklist[0]
    assert (first.done, first.done_by_id, first.done_at) == (True, shop.tech, later)
    assert job.last_action_at == later
    job = tick(db, first.id, False, shop.tech, later)
    assert job.checklist[0].done is False and job.checklist[0].done_at is None


def test_intake_problems_are_reported_together(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    with pytest.raises(FieldErrors) as caught:
        open_job(
            opened.database,
            JobInput(customer_id=shop.customer, ready_by=date(2026, 3, 1), technician_id=999),
            TODAY,
            NOW,
        )
    assert set(caught.value.errors) == {"reported_problem", "unit_description", "ready_by", "technician_id"}


@pytest.mark.postgres
def test_workflow_and_totals_on_postgres(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    try:
        shop = _shop(opened.database)
        db = opened.database
        job = open_job(db, _intake(shop, unit_serial="imei-1", ready_by=date(2026, 3, 18)), TODAY, NOW)
        assert job.warranty_status is WarrantyStatus.COVERED
        job = add_line(
            db,
            job.id,
            LineInput(
                kind=JobLineKind.LABOUR,
                description="Bench",
                quantity=Decimal("1.25"),
                unit_cost_minor=2000,
                unit_price_minor=4999,
            ),
            NOW,
        )
        assert job.lines[0].quantity == Decimal("1.25") and job.covered_cost_minor == 2500
        for status in (JobStatus.DIAGNOSING, JobStatus.READY, JobStatus.COLLECTED):
            job = move_job(db, job.id, status, NOW)
        assert job.ready_promise is not None and job.ready_promise.status is PromiseStatus.KEPT
        assert job.closed_at is not None
    finally:
        opened.close()


def test_a_mistaken_line_is_removed_and_remembered(opened: OpenedDatabase) -> None:
    from crm_desktop.services.jobs import remove_line

    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Radio"), TODAY, NOW)
    job = add_line(
        db, job.id, LineInput(kind=JobLineKind.PART, description="Knob", unit_price_minor=300), NOW
    )
    job = remove_line(db, job.lines[0].id, NOW)
    assert job.lines == () and job.billable_minor == 0
    with db.reading() as uow:
        removed = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "line_removed")).one()
        assert removed.old_value is not None and "Knob" in removed.old_value
    with pytest.raises(ValidationError, match="already removed"):
        remove_line(db, 999, NOW)
    job = add_line(
        db, job.id, LineInput(kind=JobLineKind.PART, description="Dial", unit_price_minor=300), NOW
    )
    move_job(db, job.id, JobStatus.CANCELLED, NOW)
    with pytest.raises(ValidationError, match=r"J-\d+ has been cancelled; you cannot"):
        remove_line(db, job.lines[0].id, NOW)
