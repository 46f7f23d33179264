"""Requests (R-0042): a customer's problem that is not a repair is an open item with a number, an owner,
a status whose moves are kept with who and why, a procedure's checklist, a promise, and a way to become a
service job without losing its history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import (
    Channel,
    Direction,
    JobPriority,
    JobStatus,
    PromiseStatus,
    RequestStatus,
    StaffRole,
)
from crm_desktop.errors import ValidationError
from crm_desktop.services import requests as rq
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.customers import CustomerInput, archive_customer, create_customer
from crm_desktop.services.jobs import JobInput, ensure_default_procedures
from crm_desktop.services.promises import change_promise_date
from crm_desktop.services.search import resolve_exact, search
from crm_desktop.services.staff import StaffInput, add_staff
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, Interaction
from crm_desktop.storage.startup import OpenedDatabase

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TODAY = NOW.astimezone().date()


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    database = opened.database
    ensure_default_procedures(database)
    assert rq.ensure_default_request_kinds(database) == 8
    assert rq.ensure_default_request_kinds(database) == 0  # once
    return database


def _kind(db: Database, name: str) -> int:
    return next(k.id for k in rq.list_request_kinds(db) if k.name == name)


def _people(db: Database) -> tuple[int, int, int]:
    owner = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    seller = add_staff(db, StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    zoe = create_customer(db, CustomerInput(name="Zoë Øster"), staff_id=owner).id
    return owner, seller, zoe


def test_a_lost_phone_opens_with_its_procedure_a_promise_and_a_number_staff_can_read_out(
    db: Database,
) -> None:
    _owner, seller, zoe = _people(db)
    lost = rq.open_request(
        db,
        rq.RequestInput(
            customer_id=zoe,
            kind_id=_kind(db, "Lost or stolen device"),
            summary="Lost my phone on the bus, need my number back",
            promise_date=TODAY + timedelta(days=3),
            promise_text="Duplicate SIM active",
        ),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    assert (
        lost.number_text == "R-0001" and lost.status is RequestStatus.OPEN and lost.owner_name == "Sam Seller"
    )
    assert [c.text for c in lost.checklist][:3] == [
        "Verify the customer's identity (ID card or passport)",
        "Block the line with the operator",
        "Order the duplicate SIM",
    ]
    assert lost.open_promise is not None and lost.open_promise.description == "Duplicate SIM active"
    assert lost.open_promise.request_id == lost.id
    # Staff read the number out on the phone: the search box finds it and Enter opens it.
    (hit,) = [h for h in search(db, "r-1") if h.kind == "request"]
    assert hit.ref_id == lost.id and hit.label.startswith("R-0001 · Lost or stolen device · Open · Zoë")
    exact = resolve_exact(db, "R0001")
    assert exact is not None and (exact.kind, exact.ref_id) == ("request", lost.id)
    assert rq.find_request_by_number(db, "r 1", TODAY) == rq.get_request(db, lost.id, TODAY)


def test_a_contact_that_needs_action_becomes_a_request_in_one_step(db: Database) -> None:
    _owner, seller, zoe = _people(db)
    request = rq.open_request(
        db,
        rq.RequestInput(customer_id=zoe, kind_id=_kind(db, "Account or billing"), summary="Billed twice"),
        today=TODAY,
        now=NOW,
        staff_id=seller,
        contact=ContactInput(Channel.CALL, Direction.INBOUND, "Called: charged twice for March"),
    )
    with db.reading() as uow:
        (contact,) = uow.session.scalars(select(Interaction).where(Interaction.customer_id == zoe))
        assert contact.request_id == request.id and contact.staff_id == seller
    assert any("Call from the customer: Called: charged twice" in e.text for e in request.history)
    assert request.checklist == ()  # this kind has no procedure


def test_status_moves_keep_who_when_and_why(db: Database) -> None:
    owner, seller, zoe = _people(db)
    request = rq.open_request(
        db,
        rq.RequestInput(
            customer_id=zoe,
            kind_id=_kind(db, "Activation"),
            summary="Activate the new line",
            promise_date=TODAY + timedelta(days=3),
        ),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    later = NOW + timedelta(days=1)
    moved = rq.move_request(
        db, request.id, RequestStatus.WAITING_THIRD_PARTY, now=later, staff_id=seller, note="Operator asked"
    )
    assert moved.status_text == "waiting for a third party" and moved.last_action_at == later
    with pytest.raises(ValidationError, match="Say why you are cancelling R-0001"):
        rq.move_request(db, request.id, RequestStatus.CANCELLED, now=later, staff_id=seller)
    done = rq.move_request(
        db, request.id, RequestStatus.RESOLVED, now=later, staff_id=owner, note="Line works"
    )
    assert done.closed_at == later and done.resolution == "Line works" and not done.is_open
    (promise,) = done.promises
    assert promise.status is PromiseStatus.KEPT  # resolved before its date
    assert [(e.who, e.text) for e in done.history if e.text.startswith("Marked")] == [
        ("Sam Seller", "Marked waiting for a third party — Operator asked"),
        ("Olga Owner", "Marked resolved — Line works"),
    ]
    with pytest.raises(ValidationError, match="cannot be marked"):
        rq.move_request(db, request.id, RequestStatus.WAITING_US, now=later, staff_id=owner)
    with pytest.raises(ValidationError, match="Say why you are reopening"):
        rq.move_request(db, request.id, RequestStatus.OPEN, now=later, staff_id=owner)
    reopened = rq.move_request(db, request.id, RequestStatus.OPEN, now=later, staff_id=owner, note="Dropped")
    assert reopened.is_open and reopened.closed_at is None
    with db.reading() as uow:
        moves = uow.session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value, AuditEntry.staff_id)
            .where(AuditEntry.entity == "customer_request", AuditEntry.action == "status_changed")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(m) for m in moves] == [
        ("open", "waiting_third_party", seller),
        ("waiting_third_party", "resolved", owner),
        ("resolved", "open", owner),
    ]


def test_resolving_late_breaks_the_promise_and_cancelling_cancels_it(db: Database) -> None:
    _owner, seller, zoe = _people(db)
    kind = _kind(db, "SIM or number")
    one = rq.open_request(
        db,
        rq.RequestInput(customer_id=zoe, kind_id=kind, summary="Port my number", promise_date=TODAY),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    late = rq.move_request(db, one.id, RequestStatus.RESOLVED, now=NOW + timedelta(days=5), staff_id=seller)
    assert late.promises[0].status is PromiseStatus.BROKEN
    two = rq.open_request(
        db,
        rq.RequestInput(customer_id=zoe, kind_id=kind, summary="eSIM", promise_date=TODAY),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    gone = rq.move_request(db, two.id, RequestStatus.CANCELLED, now=NOW, staff_id=seller, note="Changed mind")
    assert gone.promises[0].status is PromiseStatus.CANCELLED and gone.resolution == "Changed mind"


def test_the_checklist_is_ticked_by_someone_and_closed_requests_refuse_changes(db: Database) -> None:
    _owner, seller, zoe = _people(db)
    request = rq.open_request(
        db,
        rq.RequestInput(customer_id=zoe, kind_id=_kind(db, "Lost or stolen device"), summary="Stolen"),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    ticked = rq.tick_request_item(db, request.checklist[0].id, True, now=NOW, staff_id=seller)
    assert ticked.checklist_done == 1 and ticked.checklist[0].done_by_name == "Sam Seller"
    rq.move_request(db, request.id, RequestStatus.RESOLVED, now=NOW, staff_id=seller)
    with pytest.raises(ValidationError, match="closed"):
        rq.tick_request_item(db, request.checklist[1].id, True, now=NOW, staff_id=seller)


def test_owner_priority_and_notes_are_saved_and_a_new_owner_is_audited(db: Database) -> None:
    owner, seller, zoe = _people(db)
    request = rq.open_request(
        db,
        rq.RequestInput(customer_id=zoe, kind_id=_kind(db, "Complaint"), summary="Rude on the phone"),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    saved = rq.update_request(
        db, request.id, now=NOW, staff_id=seller, owner_id=owner, priority=JobPriority.HIGH, notes="Call back"
    )
    assert (saved.owner_name, saved.priority, saved.notes) == ("Olga Owner", JobPriority.HIGH, "Call back")
    assert any(e.text == "Handed from Sam Seller to Olga Owner" for e in saved.history)
    (listed,) = rq.list_requests(db, TODAY, open_only=True, owner_id=owner)
    assert listed.number_text == "R-0001" and listed.kind_name == "Complaint"
    assert rq.list_requests(db, TODAY, owner_id=seller) == ()


def test_a_request_becomes_a_job_keeping_its_history_and_promise(db: Database) -> None:
    _owner, seller, zoe = _people(db)
    request = rq.open_request(
        db,
        rq.RequestInput(
            customer_id=zoe,
            kind_id=_kind(db, "Question"),
            summary="Phone gets hot when charging",
            promise_date=TODAY + timedelta(days=2),
        ),
        today=TODAY,
        now=NOW,
        staff_id=seller,
    )
    promise = request.promises[0].id
    change_promise_date(
        db, promise, TODAY + timedelta(days=5), "Waiting for the unit", TODAY, staff_id=seller
    )
    job = rq.request_to_job(
        db,
        request.id,
        JobInput(
            customer_id=zoe, unit_description="Phone X", reported_problem=request.summary, staff_id=seller
        ),
        today=TODAY,
        now=NOW,
    )
    assert job.status is JobStatus.RECEIVED and job.reported_problem == "Phone gets hot when charging"
    after = rq.get_request(db, request.id, TODAY)
    assert after.status is RequestStatus.RESOLVED and after.job_number_text == job.number_text
    assert after.resolution == f"Taken in for service as {job.number_text}."
    (carried,) = after.promises
    assert carried.status is PromiseStatus.OPEN and carried.job_id == job.id and carried.times_moved == 1
    with pytest.raises(ValidationError, match="reopen it first"):
        rq.request_to_job(
            db,
            request.id,
            JobInput(customer_id=zoe, unit_description="x", reported_problem="y"),
            today=TODAY,
            now=NOW,
        )


def test_bad_input_is_refused_with_a_sentence_and_saves_nothing(db: Database) -> None:
    owner, _seller, zoe = _people(db)
    kind = _kind(db, "Other")
    cases = [
        (rq.RequestInput(customer_id=zoe, kind_id=kind, summary="   "), "cannot be empty"),
        (rq.RequestInput(customer_id=zoe, kind_id=kind, summary="x" * 10_001), "too long"),
        (rq.RequestInput(customer_id=zoe, kind_id=kind, summary="a\x00b"), "NUL character"),
        (rq.RequestInput(customer_id=zoe, kind_id=9999, summary="x"), "Pick what kind"),
        (
            rq.RequestInput(
                customer_id=zoe, kind_id=kind, summary="x", promise_date=TODAY - timedelta(days=1)
            ),
            "past",
        ),
    ]
    for data, message in cases:
        with pytest.raises(ValidationError, match=message):
            rq.open_request(db, data, today=TODAY, now=NOW, staff_id=owner)
    archive_customer(db, zoe, True, staff_id=owner)
    with pytest.raises(ValidationError, match="archived"):
        rq.open_request(
            db,
            rq.RequestInput(customer_id=zoe, kind_id=kind, summary="x"),
            today=TODAY,
            now=NOW,
            staff_id=owner,
        )
    assert rq.list_requests(db, TODAY) == ()


def test_the_kinds_list_is_the_shops_own(db: Database) -> None:
    owner, _seller, _zoe = _people(db)
    added = rq.save_request_kind(db, None, name="Trade-in", staff_id=owner)
    assert added.name == "Trade-in" and added.position == 8
    with pytest.raises(ValidationError, match="already a kind called “Trade-in”"):
        rq.save_request_kind(db, None, name="trade-in", staff_id=owner)
    rq.save_request_kind(db, added.id, name="Trade-in", active=False, staff_id=owner)
    assert "Trade-in" not in [k.name for k in rq.list_request_kinds(db)]
    assert "Trade-in" in [k.name for k in rq.list_request_kinds(db, include_retired=True)]
    lost = next(k for k in rq.list_request_kinds(db) if k.name == "Lost or stolen device")
    assert lost.procedure_name == "Lost phone / duplicate SIM"
