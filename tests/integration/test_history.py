"""The customer page: header figures, the timeline newest first, and its speed on a long history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    JobStatus,
    PromiseStatus,
    RequestStatus,
    SaleStatus,
    StaffRole,
    VisitStatus,
)
from crm_desktop.errors import ValidationError
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.history import KINDS, CustomerHistory, customer_history
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    FollowUp,
    Interaction,
    Promise,
    PromiseChange,
    Sale,
    SaleItem,
    ServiceJob,
    Visit,
)
from crm_desktop.storage.startup import OpenedDatabase

TODAY = date(2026, 11, 1)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def demo(opened: OpenedDatabase) -> Database:
    fill_demo(opened.database, customers=40, seed=3, today=TODAY)
    return opened.database


@pytest.fixture
def shop(opened: OpenedDatabase) -> Iterator[tuple[Database, int]]:
    """One customer with a little of everything, dated around TODAY."""
    database = opened.database
    with database.writing() as uow:
        s = uow.session
        customer = Customer(
            name="Ana Lima",
            email="ana@mail.example",
            created_at=_at(date(2025, 1, 10)),
            phones=[
                CustomerPhone(label="mobile", number_raw="+32 470 12 34 56", number_normalized="+32470123456")
            ],
        )
        s.add(customer)
        s.flush()
        cid = customer.id
        sale = Sale(
            number=42,
            customer_id=cid,
            sale_date=date(2026, 3, 1),
            items=[
                SaleItem(
                    description="Phone X",
                    serial="356789012345678",
                    quantity=1,
                    unit_price_minor=69_900,
                    warranty_start=date(2026, 3, 1),
                    warranty_end=date(2026, 11, 13),
                ),
                SaleItem(description="Case", quantity=2, unit_price_minor=1_500),
            ],
        )
        void = Sale(
            number=43,
            customer_id=cid,
            sale_date=date(2026, 3, 2),
            status=SaleStatus.VOID,
            voided_at=_at(date(2026, 3, 2)),
            void_reason="typed twice",
            items=[SaleItem(description="Phone X", quantity=1, unit_price_minor=69_900)],
        )
        s.add_all([sale, void])
        s.flush()
        job = ServiceJob(
            number=42,
            customer_id=cid,
            unit_description="Phone X",
            reported_problem="Screen flickers",
            status=JobStatus.WAITING_PARTS,
            received_at=_at(date(2026, 10, 10)),
            last_action_at=_at(date(2026, 10, 15)),
        )
        s.add(job)
        s.flush()
        s.add(
            Visit(
                job_id=job.id,
                scheduled_start=_at(date(2026, 10, 20), 9),
                scheduled_end=_at(date(2026, 10, 20), 10),
                on_site=True,
                status=VisitStatus.DONE,
                outcome="Part ordered",
            )
        )
        promise = Promise(
            customer_id=cid,
            job_id=job.id,
            description="Phone X repaired and ready",
            promised_at=_at(date(2026, 2, 27)),
            original_due_date=date(2026, 3, 3),
            due_date=date(2026, 4, 2),
            changes=[
                PromiseChange(
                    old_date=date(2026, 3, 3),
                    new_date=date(2026, 3, 7),
                    reason="part late",
                    changed_at=_at(date(2026, 3, 2)),
                ),
                PromiseChange(
                    old_date=date(2026, 3, 7),
                    new_date=date(2026, 4, 2),
                    reason="wrong part delivered",
                    changed_at=_at(date(2026, 3, 6)),
                ),
            ],
        )
        kept = Promise(
            customer_id=cid,
            description="SIM active by Friday",
            original_due_date=date(2026, 3, 6),
            due_date=date(2026, 3, 6),
            status=PromiseStatus.KEPT,
            resolved_at=_at(date(2026, 3, 5)),
        )
        s.add_all([promise, kept])
        s.add_all(
            [
                FollowUp(
                    customer_id=cid,
                    sale_id=sale.id,
                    kind=FollowUpKind.CALL,
                    title="Thank-you call",
                    due_date=date(2026, 3, 4),
                    status=FollowUpStatus.DONE,
                    completed_at=_at(date(2026, 3, 4), 15),
                    satisfaction=4,
                    satisfaction_comment="Happy, <b>very</b>",
                ),
                FollowUp(
                    customer_id=cid,
                    sale_id=sale.id,
                    kind=FollowUpKind.SATISFACTION,
                    title="Satisfaction check",
                    due_date=date(2026, 10, 25),
                ),
                FollowUp(
                    customer_id=cid,
                    kind=FollowUpKind.WARRANTY_NOTICE,
                    title="Warranty ends soon",
                    due_date=date(2026, 11, 20),
                ),
                FollowUp(
                    customer_id=cid,
                    kind=FollowUpKind.SATISFACTION,
                    title="Second check",
                    due_date=date(2026, 5, 1),
                    status=FollowUpStatus.DONE,
                    completed_at=_at(date(2026, 5, 1)),
                    satisfaction=1,
                ),
                Interaction(
                    customer_id=cid,
                    occurred_at=_at(date(2026, 10, 28), 16),
                    channel=Channel.CALL,
                    direction=Direction.INBOUND,
                    summary="Asked about the repair",
                    job_id=job.id,
                ),
                Interaction(
                    customer_id=cid,
                    occurred_at=_at(date(2026, 3, 1), 11),
                    channel=Channel.IN_STORE,
                    direction=Direction.INBOUND,
                    summary="Bought Phone X",
                    sale_id=sale.id,
                ),
            ]
        )
        uow.commit()
    yield database, cid


def test_the_header_sums_up_the_customer(shop: tuple[Database, int]) -> None:
    database, cid = shop
    head = customer_history(database, cid, TODAY, tz=UTC).header
    assert (head.name, head.email, head.archived) == ("Ana Lima", "ana@mail.example", False)
    assert head.phones == ("+32 470 12 34 56 (mobile)",)  # no shop country: international
    assert head.customer_since == date(
        2026, 3, 1
    )  # the void sale on 2 March does not count, the first one does
    assert head.total_spent_minor == 69_900 + 2 * 1_500
    assert (head.open_follow_ups, head.open_promises, head.open_jobs, head.open_items) == (2, 1, 1, 4)
    assert head.last_contact == _at(date(2026, 10, 28), 16)
    assert head.average_satisfaction == 2.5 and head.satisfaction_count == 2


def test_the_timeline_is_newest_first_with_states_of_today(shop: tuple[Database, int]) -> None:
    database, cid = shop
    timeline = customer_history(database, cid, TODAY, tz=UTC).timeline
    days = [e.day for e in timeline]
    assert days == sorted(days, reverse=True)
    assert [(e.kind, e.day) for e in timeline] == [
        ("follow_up", date(2026, 11, 20)),  # upcoming
        ("interaction", date(2026, 10, 28)),
        ("follow_up", date(2026, 10, 25)),  # overdue
        ("visit", date(2026, 10, 20)),
        ("job", date(2026, 10, 10)),
        ("follow_up", date(2026, 5, 1)),
        ("promise", date(2026, 4, 2)),  # open, overdue
        ("promise", date(2026, 3, 5)),  # kept
        ("follow_up", date(2026, 3, 4)),
        ("sale", date(2026, 3, 2)),
        ("interaction", date(2026, 3, 1)),  # 11:00 on the day of the sale: above it
        ("sale", date(2026, 3, 1)),
    ]
    by_title = {e.title: e for e in timeline}

    overdue = by_title["Satisfaction check"]
    assert (overdue.status, overdue.tone, overdue.detail) == ("overdue", "danger", "due 25 Oct")
    upcoming = by_title["Warranty ends soon"]
    assert (upcoming.status, upcoming.tone) == ("upcoming", "neutral")
    done = by_title["Thank-you call"]
    assert (done.status, done.tone, done.score) == ("done", "good", 4)
    assert done.detail == "satisfaction 4/5: Happy, <b>very</b>"
    assert done.at == _at(date(2026, 3, 4), 15)

    promise = by_title["Phone X repaired and ready"]
    assert promise.detail == "promised 3 Mar → 7 Mar → 2 Apr"
    assert (promise.status, promise.tone) == ("overdue", "danger")
    assert promise.notes == ("3 Mar → 7 Mar: part late", "7 Mar → 2 Apr: wrong part delivered")
    assert (by_title["SIM active by Friday"].status, by_title["SIM active by Friday"].tone) == (
        "kept",
        "good",
    )

    sale = by_title["S-0042 · Phone X and 1 more"]
    assert (sale.amount_minor, sale.status, sale.tone, sale.ref_kind) == (72_900, "active", "warning", "sale")
    assert [(line.description, line.warranty, line.warranty_text) for line in sale.lines] == [
        ("Phone X", "ending", "ends in 12 days"),
        ("Case", "none", "no warranty"),
    ]
    assert sale.detail == "Phone X (356789012345678): warranty ends in 12 days; Case"
    void = by_title["S-0043 · Phone X"]
    assert (void.status, void.tone) == ("void", "muted") and void.detail.startswith("Voided: typed twice.")

    job = by_title["J-0042 · Phone X"]
    assert (job.status, job.tone, job.ref_kind) == ("waiting for parts", "danger", "job")  # 17 days untouched
    assert job.detail == "Screen flickers · last action 17 days ago"
    visit = next(e for e in timeline if e.kind == "visit")
    assert (visit.title, visit.detail, visit.status) == (
        "On-site visit for J-0042 · Phone X",
        "Part ordered",
        "done",
    )
    assert (visit.ref_kind, visit.ref_id) == ("job", job.id)
    call = by_title["Call from the customer"]
    assert (call.detail, call.ref_kind, call.ref_id) == ("Asked about the repair", "job", job.id)


def test_the_timeline_can_show_some_kinds_only(shop: tuple[Database, int]) -> None:
    database, cid = shop
    full = customer_history(database, cid, TODAY, tz=UTC)
    only = customer_history(database, cid, TODAY, frozenset({"promise", "job"}), tz=UTC)
    assert only.header == full.header
    assert only.timeline == tuple(e for e in full.timeline if e.kind in {"promise", "job"})
    assert customer_history(database, cid, TODAY, frozenset(), tz=UTC).timeline == ()
    with pytest.raises(ValueError, match="unknown timeline kinds"):
        customer_history(database, cid, TODAY, frozenset({"sales"}))


def test_an_unknown_customer_is_a_clear_error(opened: OpenedDatabase) -> None:
    with pytest.raises(ValidationError, match=r"^There is no customer #7\.$"):
        customer_history(opened.database, 7, TODAY)


def test_a_customer_without_history(opened: OpenedDatabase) -> None:
    with opened.database.writing() as uow:
        uow.session.add(Customer(name="New", created_at=_at(date(2026, 10, 30), 23)))
        uow.commit()
    history = customer_history(opened.database, 1, TODAY, tz=timedelta_zone(2))
    assert history.timeline == ()
    head = history.header
    assert head.customer_since == date(2026, 10, 31)  # 23:00 UTC is the next day on a UTC+2 shop's clock
    assert (head.total_spent_minor, head.open_items, head.last_contact, head.average_satisfaction) == (
        0,
        0,
        None,
        None,
    )


def timedelta_zone(hours: int) -> Any:
    from datetime import timezone

    return timezone(timedelta(hours=hours))


def _independent_header(database: Database, cid: int) -> dict[str, Any]:
    """The header figures straight from SQL, written separately from the service."""
    with database.connect() as conn:

        def one(sql: str) -> Any:
            return conn.execute(text(sql), {"c": cid}).scalar()

        first_sale = one("SELECT min(sale_date) FROM sale WHERE customer_id = :c AND status = 'active'")
        created = one("SELECT created_at FROM customer WHERE id = :c")
        return {
            "customer_since": date.fromisoformat(str(first_sale)[:10] if first_sale else str(created)[:10]),
            "total_spent_minor": one(
                "SELECT coalesce(sum(i.quantity * i.unit_price_minor), 0) FROM sale_item i "
                "JOIN sale s ON s.id = i.sale_id WHERE s.customer_id = :c AND s.status = 'active'"
            ),
            "open_items": one("SELECT count(*) FROM follow_up WHERE customer_id = :c AND status = 'open'")
            + one("SELECT count(*) FROM promise WHERE customer_id = :c AND status = 'open'")
            + one(
                "SELECT count(*) FROM service_job WHERE customer_id = :c "
                "AND status NOT IN ('collected', 'cancelled')"
            )
            + one(
                "SELECT count(*) FROM customer_request WHERE customer_id = :c "
                "AND status NOT IN ('resolved', 'cancelled')"
            ),
            "last_contact": one("SELECT max(occurred_at) FROM interaction WHERE customer_id = :c"),
            "average_satisfaction": one(
                "SELECT avg(satisfaction) FROM follow_up WHERE customer_id = :c AND satisfaction IS NOT NULL"
            ),
            "archived": bool(one("SELECT archived FROM customer WHERE id = :c")),
        }


def test_header_figures_match_sql_on_the_sample_shop(demo: Database) -> None:
    checked = 0
    for cid in range(1, 41):
        head = customer_history(demo, cid, TODAY, kinds=frozenset(), tz=UTC).header
        expected = _independent_header(demo, cid)
        assert head.customer_since == expected["customer_since"], cid
        assert head.total_spent_minor == expected["total_spent_minor"], cid
        assert head.open_items == expected["open_items"], cid
        last = expected["last_contact"]
        assert (head.last_contact.strftime("%Y-%m-%d %H:%M:%S") if head.last_contact else None) == (
            str(last)[:19] if last else None
        ), cid
        if expected["average_satisfaction"] is None:
            assert head.average_satisfaction is None, cid
        else:
            assert head.average_satisfaction == pytest.approx(float(expected["average_satisfaction"])), cid
        assert head.archived == expected["archived"], cid
        checked += head.total_spent_minor > 0 and head.open_items > 0
    assert checked >= 3  # the sample shop has customers with sales and open work


def test_every_demo_timeline_is_newest_first_and_points_at_real_rows(demo: Database) -> None:
    tables = {"sale": "sale", "job": "service_job", "follow_up": "follow_up", "promise": "promise"}
    kinds_seen: set[str] = set()
    with demo.connect() as conn:
        existing = {
            kind: {row[0] for row in conn.execute(text(f"SELECT id FROM {table}"))}
            for kind, table in tables.items()
        }
    for cid in range(1, 41):
        history: CustomerHistory = customer_history(demo, cid, TODAY, tz=UTC)
        keys = [(e.day, e.at or datetime.min.replace(tzinfo=UTC)) for e in history.timeline]
        assert keys == sorted(keys, reverse=True), cid
        for e in history.timeline:
            kinds_seen.add(e.kind)
            if e.ref_kind in existing:
                assert e.ref_id in existing[e.ref_kind], (cid, e)
            assert e.tone in {"neutral", "good", "warning", "danger", "muted"}
    assert KINDS - {"request"} <= kinds_seen  # the demo shop may have no requests


def _count_queries(database: Database) -> tuple[list[str], Any]:
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", before)
    return statements, before


def test_a_thousand_events_load_in_a_handful_of_queries(opened: OpenedDatabase) -> None:
    database = opened.database
    start = date(2024, 1, 1)
    with database.writing() as uow:
        s = uow.session
        customer = Customer(name="Busy Bee")
        s.add(customer)
        s.flush()
        cid = customer.id
        for n in range(200):
            day = start + timedelta(days=3 * n)
            s.add(
                Sale(
                    number=n + 1,
                    customer_id=cid,
                    sale_date=day,
                    items=[
                        SaleItem(
                            description=f"Item {n}",
                            unit_price_minor=1_000,
                            warranty_end=day + timedelta(days=730),
                        ),
                        SaleItem(description=f"Cable {n}", unit_price_minor=990),
                    ],
                )
            )
            s.add(
                FollowUp(
                    customer_id=cid,
                    kind=FollowUpKind.CALL,
                    title=f"Call {n}",
                    due_date=day + timedelta(days=3),
                )
            )
            s.add(
                Interaction(
                    customer_id=cid,
                    occurred_at=_at(day),
                    channel=Channel.CALL,
                    direction=Direction.OUTBOUND,
                    summary=f"Called {n}",
                )
            )
        for n in range(100):
            day = start + timedelta(days=6 * n)
            job = ServiceJob(
                number=n + 1,
                customer_id=cid,
                unit_description=f"Unit {n}",
                received_at=_at(day),
                last_action_at=_at(day),
                status=JobStatus.REPAIRING,
            )
            job.visits.append(Visit(scheduled_start=_at(day, 9), scheduled_end=_at(day, 10)))
            s.add(job)
            s.add(
                Interaction(
                    customer_id=cid,
                    occurred_at=_at(day, 11),
                    channel=Channel.IN_STORE,
                    direction=Direction.INBOUND,
                    summary=f"Brought in unit {n}",
                )
            )
            s.add(
                Promise(
                    customer_id=cid,
                    description=f"Promise {n}",
                    original_due_date=day,
                    due_date=day + timedelta(days=9),
                    changes=[
                        PromiseChange(
                            old_date=day, new_date=day + timedelta(days=4), reason="late", changed_at=_at(day)
                        ),
                        PromiseChange(
                            old_date=day + timedelta(days=4),
                            new_date=day + timedelta(days=9),
                            reason="later",
                            changed_at=_at(day, 12),
                        ),
                    ],
                )
            )
        uow.commit()

    statements, listener = _count_queries(database)
    history = customer_history(database, cid, TODAY, tz=UTC)
    event.remove(database.engine, "before_cursor_execute", listener)

    assert len(history.timeline) == 1_000  # 200 sales, 200 follow-ups, 300 contacts, 100 jobs/visits/promises
    # the customer with the header's figures and the shop's country, phones, tags and every kind of
    # event with its items, moves and contacts: 1 whatever the length of the history (speed: make bench)
    assert len(statements) == 1, statements


# ------------------------------------------------------------------------- requests, and one line per event

T0 = datetime(2026, 10, 20, 10, tzinfo=UTC)


@pytest.fixture
def requests_shop(opened: OpenedDatabase) -> tuple[Database, int, dict[str, int]]:
    """A customer with four requests made through the services (resolved after a contact about it, still
    open and idle, taken in as a job, cancelled) and a follow-up done by phone."""
    from crm_desktop.services import requests as rq
    from crm_desktop.services.contacts import ContactInput, FollowUpInput, schedule_follow_up
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.services.follow_ups import CompletionInput, complete_follow_up
    from crm_desktop.services.jobs import JobInput
    from crm_desktop.services.staff import StaffInput, add_staff

    db = opened.database
    rq.ensure_default_request_kinds(db)
    kinds = {k.name: k.id for k in rq.list_request_kinds(db)}
    olga = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    sam = add_staff(db, StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    zoe = create_customer(db, CustomerInput(name="Zoë Øster"), staff_id=olga).id
    day0 = T0.date()

    def request(kind: str, summary: str, **kw: Any) -> int:
        contact = kw.pop("contact", None)
        data = rq.RequestInput(customer_id=zoe, kind_id=kinds[kind], summary=summary, **kw)
        return rq.open_request(db, data, today=day0, now=T0, staff_id=sam, contact=contact).id

    billing = request(
        "Account or billing",
        "Billed twice for March",
        contact=ContactInput(Channel.CALL, Direction.INBOUND, "Called: charged twice for March"),
    )
    with db.writing() as uow:  # a later contact about it (logged straight: no service links one yet)
        uow.session.add(
            Interaction(
                customer_id=zoe,
                occurred_at=T0 + timedelta(days=1),
                channel=Channel.CALL,
                direction=Direction.OUTBOUND,
                summary="Told her the refund is on its way",
                staff_id=sam,
                request_id=billing,
            )
        )
        uow.commit()
    rq.move_request(db, billing, RequestStatus.WAITING_THIRD_PARTY, now=T0 + timedelta(days=1), staff_id=sam)
    rq.move_request(
        db, billing, RequestStatus.RESOLVED, now=T0 + timedelta(days=3), staff_id=olga, note="Refund issued"
    )
    activation = request(
        "Activation",
        "Activate the new line on the business plan, keep the old number and move the data bundle across",
        owner_id=olga,
        promise_date=date(2026, 10, 25),
    )
    hot = request("Question", "Phone gets hot when charging")
    rq.request_to_job(
        db,
        hot,
        JobInput(customer_id=zoe, unit_description="Phone X", reported_problem="Gets hot", staff_id=sam),
        today=day0,
        now=T0 + timedelta(hours=2),
    )
    esim = request("SIM or number", "eSIM")
    rq.move_request(db, esim, RequestStatus.CANCELLED, now=T0, staff_id=sam, note="Changed her mind")

    call = schedule_follow_up(
        db, zoe, FollowUpInput(FollowUpKind.CALL, "Thank-you call", day0), day0, staff_id=sam
    )
    with db.writing() as uow:  # an earlier attempt, linked to the follow-up: an event of its own
        uow.session.add(
            Interaction(
                customer_id=zoe,
                occurred_at=T0 - timedelta(hours=1),
                channel=Channel.CALL,
                direction=Direction.OUTBOUND,
                summary="No answer",
                follow_up_id=call,
            )
        )
        uow.commit()
    complete_follow_up(
        db,
        call,
        CompletionInput(outcome="Happy with the phone", channel=Channel.CALL, satisfaction=5, staff_id=sam),
        day0,
        T0 + timedelta(hours=3),
    )
    ids = {"billing": billing, "activation": activation, "hot": hot, "esim": esim, "call": call}
    return db, zoe, ids


def test_requests_are_on_the_timeline_with_state_owner_resolution_and_job(
    requests_shop: tuple[Database, int, dict[str, int]],
) -> None:
    db, zoe, ids = requests_shop
    history = customer_history(db, zoe, TODAY, tz=UTC)
    requests = {e.id: e for e in history.timeline if e.kind == "request"}
    assert len(requests) == 4

    billing = requests[ids["billing"]]
    assert billing.title == "R-0001 · Account or billing: Billed twice for March"
    assert (billing.status, billing.tone, billing.day, billing.at) == ("resolved", "good", T0.date(), T0)
    assert (billing.ref_kind, billing.ref_id) == ("request", ids["billing"])
    # the call that brought it is on its line, not a line of its own
    assert billing.detail == (
        "Call from the customer: Called: charged twice for March · owner Sam Seller · resolved: Refund issued"
    )

    activation = requests[ids["activation"]]
    assert (
        activation.title == "R-0002 · Activation: Activate the new line on the business plan, keep the old…"
    )
    assert len(activation.title) <= len("R-0002 · Activation: ") + 60  # cut between words
    assert activation.detail == (
        "Activate the new line on the business plan, keep the old number and move the data bundle across"
        " · owner Olga Owner · last action 12 days ago"
    )
    assert (activation.status, activation.tone) == ("open", "warning")  # untouched 12 days
    (promise,) = [e for e in history.timeline if e.kind == "promise"]
    assert promise.detail == "promised 25 Oct · for R-0002"  # which request it was made for

    hot = requests[ids["hot"]]
    assert (hot.status, hot.detail) == (
        "resolved",
        "owner Sam Seller · resolved: Taken in for service as J-0001.",  # the job is named once
    )
    assert any(e.kind == "job" and e.title.startswith("J-0001") for e in history.timeline)
    esim = requests[ids["esim"]]
    assert (esim.status, esim.tone, esim.detail) == (
        "cancelled",
        "muted",
        "owner Sam Seller · cancelled: Changed her mind",
    )

    head = history.header
    # open: R-0002 and its promise, and J-0001; the follow-up is done
    assert (head.open_requests, head.open_promises, head.open_jobs, head.open_follow_ups) == (1, 1, 1, 0)
    assert head.open_items == 3


def test_one_line_per_event_and_contacts_say_which_request(
    requests_shop: tuple[Database, int, dict[str, int]],
) -> None:
    db, zoe, ids = requests_shop
    timeline = customer_history(db, zoe, TODAY, tz=UTC).timeline
    contacts = [e for e in timeline if e.kind == "interaction"]
    # Four contacts were logged: the call that opened R-0001 (on its line), the call about R-0001,
    # the unanswered call for the follow-up, and the call that completed it (on the follow-up's line).
    assert [(e.title, e.detail, e.ref_kind, e.ref_id) for e in contacts] == [
        ("Call to the customer about R-0001", "Told her the refund is on its way", "request", ids["billing"]),
        ("Call to the customer", "No answer", "follow_up", ids["call"]),
    ]
    with db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM interaction")).scalar() == 4
    (call,) = [e for e in timeline if e.kind == "follow_up"]
    assert (call.title, call.status, call.at) == ("Thank-you call", "done", T0 + timedelta(hours=3))
    assert call.detail == "by phone · satisfaction 5/5 · Happy with the phone"  # the outcome said once
    # Showing some kinds only is the same as filtering the whole timeline: a folded contact goes with
    # its follow-up or request, never alone.
    only = customer_history(db, zoe, TODAY, frozenset({"interaction"}), tz=UTC).timeline
    assert only == tuple(contacts)
    assert customer_history(db, zoe, TODAY, frozenset({"request"}), tz=UTC).timeline == tuple(
        e for e in timeline if e.kind == "request"
    )


def test_a_contact_that_differs_from_the_outcome_is_kept_on_the_follow_up_line(
    opened: OpenedDatabase,
) -> None:
    database = opened.database
    done_at = _at(date(2026, 10, 30), 15)
    with database.writing() as uow:
        s = uow.session
        customer = Customer(name="Ben")
        s.add(customer)
        s.flush()
        skipped = FollowUp(
            customer_id=customer.id,
            kind=FollowUpKind.CALL,
            title="Service reminder",
            due_date=date(2026, 10, 30),
            status=FollowUpStatus.SKIPPED,
            outcome="Customer moved away",
            completed_at=done_at,
        )
        s.add(skipped)
        s.flush()
        s.add(
            Interaction(
                customer_id=customer.id,
                occurred_at=done_at,
                channel=Channel.MESSAGE,
                direction=Direction.OUTBOUND,
                summary="Number no longer in use",
                follow_up_id=skipped.id,
            )
        )
        uow.commit()
        cid = customer.id
    (line,) = customer_history(database, cid, TODAY, tz=UTC).timeline
    assert (line.kind, line.status) == ("follow_up", "skipped")
    assert line.detail == "by message: Number no longer in use · Customer moved away"
