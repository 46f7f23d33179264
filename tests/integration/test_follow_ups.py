"""Completing, rescheduling and skipping follow-ups: what each one writes, and what it refuses."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select

from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, FollowUpStatus, StaffRole
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.services.follow_ups import (
    CompletionInput,
    CompletionResult,
    complete_follow_up,
    reschedule_follow_up,
    skip_follow_up,
)
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    FollowUp,
    FollowUpPlan,
    FollowUpPlanStep,
    Interaction,
    Staff,
    StaffRoleGrant,
)
from crm_desktop.storage.startup import OpenedDatabase, open_database
from crm_desktop.storage.types import utcnow

FRIDAY = date(2026, 11, 6)
NOW = datetime(2026, 11, 6, 15, 30, tzinfo=UTC)
HOSTILE = "Rang; said '); DROP TABLE follow_up;-- <script>alert(1)</script> =SUM(A1) \u202e Zoë 🎉\n\tok  "


@dataclass(frozen=True)
class Shop:
    database: Database
    customer: int
    owner: int
    clerk: int
    step: int  # every 1 month, 3 occurrences in all
    endless: int  # every 12 months, no limit


def _make_shop(database: Database) -> Shop:
    with database.writing() as uow:
        s = uow.session
        retired = Staff(
            name="Old Owner", roles=[StaffRoleGrant(role=StaffRole.OWNER)], active=False, retired_at=utcnow()
        )
        owner = Staff(name="Olga Owner", roles=[StaffRoleGrant(role=StaffRole.OWNER)])
        clerk = Staff(name="Cory Clerk", roles=[StaffRoleGrant(role=StaffRole.SALES)])
        customer = Customer(name="Zoë & Sons <VIP>")
        plan = FollowUpPlan(
            name="Care",
            steps=[
                FollowUpPlanStep(
                    kind=FollowUpKind.SERVICE_REMINDER,
                    title="Monthly check",
                    repeat_every_months=1,
                    repeat_limit=3,
                ),
                FollowUpPlanStep(kind=FollowUpKind.SERVICE_REMINDER, title="Yearly", repeat_every_months=12),
            ],
        )
        s.add_all([retired, owner, clerk, customer, plan])
        uow.commit()
        return Shop(database, customer.id, owner.id, clerk.id, plan.steps[0].id, plan.steps[1].id)


@pytest.fixture
def shop(opened: OpenedDatabase) -> Shop:
    return _make_shop(opened.database)


def _follow_up(shop: Shop, due: date, **kw: object) -> int:
    with shop.database.writing() as uow:
        row = FollowUp(
            customer_id=shop.customer,
            kind=kw.pop("kind", FollowUpKind.CALL),
            title=kw.pop("title", "Thank-you call"),
            due_date=due,
            assignee_id=shop.clerk,
            **kw,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def _all(database: Database) -> list[FollowUp]:
    with database.reading() as uow:
        rows = list(uow.session.scalars(select(FollowUp).order_by(FollowUp.id)))
        uow.session.expunge_all()  # keep the loaded values once the reading unit rolls back
        return rows


def _done(shop: Shop, fid: int, score: int | None = None, outcome: str = "All good") -> CompletionResult:
    data = CompletionInput(outcome=outcome, channel=Channel.CALL, satisfaction=score, staff_id=shop.clerk)
    return complete_follow_up(shop.database, fid, data, FRIDAY, NOW)


# --------------------------------------------------------------------------------------- complete


def test_completion_logs_the_contact_and_keeps_text_exactly(shop: Shop) -> None:
    fid = _follow_up(shop, FRIDAY)
    data = CompletionInput(
        outcome=HOSTILE,
        channel=Channel.MESSAGE,
        satisfaction=4,
        satisfaction_comment=HOSTILE,
        staff_id=shop.clerk,
    )
    result = complete_follow_up(shop.database, fid, data, FRIDAY, NOW)
    assert result.next_occurrence_id is None and result.recovery_follow_up_id is None
    with shop.database.reading() as uow:
        row = uow.session.get_one(FollowUp, fid)
        contact = uow.session.get_one(Interaction, result.interaction_id)
        audit = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity_id == fid)).one()
        uow.session.expunge_all()
    assert row.status is FollowUpStatus.DONE and row.completed_at == NOW and row.completed_by_id == shop.clerk
    assert row.outcome == HOSTILE and row.satisfaction == 4 and row.satisfaction_comment == HOSTILE
    assert (contact.customer_id, contact.follow_up_id, contact.channel, contact.direction) == (
        shop.customer,
        fid,
        Channel.MESSAGE,
        Direction.OUTBOUND,
    )
    assert contact.summary == HOSTILE and contact.staff_id == shop.clerk and contact.occurred_at == NOW
    assert (audit.entity, audit.action, audit.old_value, audit.new_value) == (
        "follow_up",
        "done",
        "open",
        "done",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (CompletionInput(outcome="  \n", channel=Channel.CALL), "outcome cannot be empty"),
        (CompletionInput(outcome="x" * 10_001, channel=Channel.CALL), "10,001 characters, at most 10,000"),
        (CompletionInput(outcome="a\x00b", channel=Channel.CALL), "NUL"),
        (CompletionInput(outcome="ok", channel=Channel.CALL, satisfaction=6), "from 1 to 5"),
        (CompletionInput(outcome="ok", channel=Channel.CALL, satisfaction=0), "from 1 to 5"),
        (CompletionInput(outcome="ok", channel=Channel.CALL, satisfaction_comment="meh"), "needs a score"),
        (CompletionInput(outcome="ok", channel="fax"), "not a way of contacting"),  # type: ignore[arg-type]
        (CompletionInput(outcome="ok", channel=Channel.CALL, staff_id=999), "Staff member #999"),
    ],
)
def test_completion_refuses_bad_input(shop: Shop, data: CompletionInput, message: str) -> None:
    fid = _follow_up(shop, FRIDAY)
    with pytest.raises(ValidationError, match=message):
        complete_follow_up(shop.database, fid, data, FRIDAY, NOW)
    assert _all(shop.database)[0].status is FollowUpStatus.OPEN


def test_acting_twice_is_refused(shop: Shop) -> None:
    fid = _follow_up(shop, FRIDAY)
    _done(shop, fid)
    with pytest.raises(ValidationError, match=r"Cannot complete “Thank-you call”: it is already done"):
        _done(shop, fid)
    with pytest.raises(ValidationError, match=r"Cannot skip .* already done"):
        skip_follow_up(shop.database, fid, "no", shop.clerk, FRIDAY)
    with pytest.raises(ValidationError, match=r"Cannot reschedule .* already done"):
        reschedule_follow_up(shop.database, fid, date(2026, 12, 1), "later", shop.clerk, FRIDAY)
    with pytest.raises(ValidationError, match="#4242 does not exist"):
        _done(shop, 4242)
    with shop.database.reading() as uow:
        assert uow.session.scalar(select(Interaction.id).where(Interaction.follow_up_id != fid)) is None
        assert len(uow.session.scalars(select(Interaction)).all()) == 1


def test_two_workstations_completing_one_call_log_it_once(db_paths: AppPaths) -> None:
    """The second completion waits for the first (which is held half-way, after reading the follow-up)
    and is then told it is done: one contact, one audit row, the version counted once."""
    first = open_database(db_paths, lock=False, daily_backup=False)
    second = open_database(db_paths, lock=False, daily_backup=False)
    try:
        shop = _make_shop(first.database)
        fid = _follow_up(shop, FRIDAY)
        with first.database.reading() as uow:
            version = uow.session.scalars(select(FollowUp.version)).one()
        read, go_on = threading.Event(), threading.Event()

        def hold_after_reading(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            if (
                "FROM follow_up" in statement
                and threading.current_thread().name == "first"
                and not read.is_set()
            ):
                read.set()
                go_on.wait(timeout=30)

        # (On SQLite the second waits at its BEGIN IMMEDIATE; on PostgreSQL at the first's row lock.)
        event.listen(first.database.engine, "after_cursor_execute", hold_after_reading)
        outcomes: dict[str, str] = {}

        def complete(database: Database, name: str) -> None:
            data = CompletionInput("Spoke with them", Channel.CALL, staff_id=shop.clerk)
            try:
                complete_follow_up(database, fid, data, FRIDAY, NOW)
                outcomes[name] = "done"
            except (ValidationError, ConflictError) as exc:
                outcomes[name] = str(exc)

        threads = [
            threading.Thread(target=complete, args=(first.database, "first"), name="first"),
            threading.Thread(target=complete, args=(second.database, "second"), name="second"),
        ]
        try:
            threads[0].start()
            assert read.wait(timeout=30)
            threads[1].start()
            threads[1].join(timeout=1.0)
            assert threads[1].is_alive(), "the second completion should wait for the first"
        finally:
            go_on.set()
            for thread in threads:
                if thread.ident is not None:
                    thread.join(timeout=30)
            event.remove(first.database.engine, "after_cursor_execute", hold_after_reading)
        assert outcomes["first"] == "done"
        assert "already done" in outcomes["second"]
        with first.database.reading() as uow:
            assert len(uow.session.scalars(select(Interaction)).all()) == 1
            assert uow.session.scalars(select(FollowUp.version)).one() == version + 1
            entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "follow_up")).all()
            assert [(e.action, e.staff_id, e.new_value) for e in entries] == [("done", shop.clerk, "done")]
    finally:
        second.close()
        first.close()


def test_a_repeating_step_makes_one_next_occurrence_and_stops_at_its_limit(shop: Shop) -> None:
    first = _follow_up(shop, date(2026, 1, 31), plan_step_id=shop.step, kind=FollowUpKind.SERVICE_REMINDER)
    second = _done(shop, first).next_occurrence_id
    assert second is not None
    third = _done(shop, second).next_occurrence_id
    assert third is not None
    assert _done(shop, third).next_occurrence_id is None  # 3 in all
    rows = _all(shop.database)
    assert [(r.occurrence, r.due_date) for r in rows] == [
        (1, date(2026, 1, 31)),
        (2, date(2026, 2, 28)),  # clamped...
        (3, date(2026, 3, 31)),  # ...and back on the series' day
    ]
    assert all(r.plan_step_id == shop.step and r.assignee_id == shop.clerk for r in rows)
    assert {(r.kind, r.title) for r in rows} == {(FollowUpKind.SERVICE_REMINDER, "Thank-you call")}


def test_the_next_occurrence_is_not_made_twice(shop: Shop) -> None:
    first = _follow_up(shop, date(2028, 2, 29), plan_step_id=shop.endless, occurrence=1)
    existing = _follow_up(shop, date(2029, 2, 28), plan_step_id=shop.endless, occurrence=2)
    assert _done(shop, first).next_occurrence_id is None
    assert _done(shop, existing).next_occurrence_id is not None
    rows = _all(shop.database)
    assert [(r.occurrence, r.due_date) for r in rows] == [
        (1, date(2028, 2, 29)),
        (2, date(2029, 2, 28)),
        (3, date(2030, 2, 28)),
    ]
    plain = _follow_up(shop, FRIDAY)
    assert _done(shop, plain).next_occurrence_id is None


@pytest.mark.parametrize("score", [1, 2])
def test_a_low_score_asks_for_one_recovery_call_on_the_next_working_day(shop: Shop, score: int) -> None:
    fid = _follow_up(shop, FRIDAY, kind=FollowUpKind.SATISFACTION)
    result = _done(shop, fid, score=score)
    recovery_id = result.recovery_follow_up_id
    rows = _all(shop.database)
    assert len(rows) == 2
    recovery = next(r for r in rows if r.id == recovery_id)
    assert recovery.kind is FollowUpKind.RECOVERY and recovery.status is FollowUpStatus.OPEN
    assert recovery.title == f"Recovery call: Zoë & Sons <VIP> rated {score}/5"
    assert recovery.due_date == date(2026, 11, 9)  # Friday -> Monday
    assert recovery.assignee_id == shop.owner  # the first *active* owner
    assert recovery.customer_id == shop.customer


def test_a_fair_score_asks_for_nothing(shop: Shop) -> None:
    fid = _follow_up(shop, FRIDAY, kind=FollowUpKind.SATISFACTION)
    assert _done(shop, fid, score=3).recovery_follow_up_id is None
    assert len(_all(shop.database)) == 1


def test_a_long_name_is_shortened_in_the_recovery_title(shop: Shop) -> None:
    with shop.database.writing() as uow:
        uow.session.get_one(Customer, shop.customer).name = "N" * 200
        uow.commit()
    fid = _follow_up(shop, FRIDAY)
    rid = _done(shop, fid, score=1).recovery_follow_up_id
    title = next(r.title for r in _all(shop.database) if r.id == rid)
    assert len(title) == 200 and title.endswith("N… rated 1/5")


# ---------------------------------------------------------------------------- reschedule and skip


def test_reschedule_needs_a_reason_and_is_audited(shop: Shop) -> None:
    fid = _follow_up(shop, FRIDAY)
    for reason in ("", "   "):
        with pytest.raises(ValidationError, match="reason for the new date cannot be empty"):
            reschedule_follow_up(shop.database, fid, date(2026, 11, 20), reason, shop.clerk, FRIDAY)
    with pytest.raises(ValidationError, match="into the past"):
        reschedule_follow_up(shop.database, fid, date(2026, 11, 5), "oops", shop.clerk, FRIDAY)
    with pytest.raises(ValidationError, match="already due on 2026-11-06"):
        reschedule_follow_up(shop.database, fid, FRIDAY, "same", shop.clerk, FRIDAY)
    with pytest.raises(ValidationError, match="2,001 characters, at most 2,000"):
        reschedule_follow_up(shop.database, fid, date(2026, 11, 20), "x" * 2001, shop.clerk, FRIDAY)
    reschedule_follow_up(shop.database, fid, date(2026, 11, 20), HOSTILE, shop.clerk, FRIDAY)
    with shop.database.reading() as uow:
        row = uow.session.get_one(FollowUp, fid)
        audit = uow.session.scalars(select(AuditEntry)).one()
        uow.session.expunge_all()
    assert row.due_date == date(2026, 11, 20) and row.status is FollowUpStatus.OPEN
    assert (audit.entity, audit.entity_id, audit.action, audit.field) == (
        "follow_up",
        fid,
        "rescheduled",
        "due_date",
    )
    assert (audit.old_value, audit.new_value, audit.reason, audit.staff_id) == (
        "2026-11-06",
        "2026-11-20",
        HOSTILE,
        shop.clerk,
    )


def test_skip_needs_a_reason(shop: Shop) -> None:
    fid = _follow_up(shop, FRIDAY)
    with pytest.raises(ValidationError, match="reason for skipping cannot be empty"):
        skip_follow_up(shop.database, fid, " ", shop.clerk, FRIDAY)
    skip_follow_up(shop.database, fid, "Customer moved abroad", shop.clerk, FRIDAY, now=NOW)
    row = _all(shop.database)[0]
    assert (row.status, row.outcome, row.completed_at, row.completed_by_id) == (
        FollowUpStatus.SKIPPED,
        "Customer moved abroad",
        NOW,
        shop.clerk,
    )
    with pytest.raises(ValidationError, match="already skipped"):
        _done(shop, fid)


@pytest.mark.postgres
def test_complete_and_reschedule_on_postgres(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    try:
        shop = _make_shop(opened.database)
        first = _follow_up(shop, date(2026, 1, 31), plan_step_id=shop.step)
        result = _done(shop, first, score=2, outcome=HOSTILE)
        assert result.next_occurrence_id is not None and result.recovery_follow_up_id is not None
        with pytest.raises(ValidationError, match="already done"):
            _done(shop, first)
        reschedule_follow_up(
            opened.database,
            result.next_occurrence_id,
            date(2026, 12, 1),
            "asked",
            shop.clerk,
            FRIDAY,
        )
        rows = {r.id: r for r in _all(opened.database)}
        assert rows[first].outcome == HOSTILE
        assert rows[result.next_occurrence_id].due_date == date(2026, 12, 1)
        assert rows[result.recovery_follow_up_id].due_date == date(2026, 11, 9)
    finally:
        opened.close()
