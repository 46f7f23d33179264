"""Promises on a real database: dates moved only with a reason, the chain text, kept/broken, and the
message to the customer."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import PromiseStatus
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.services.promises import (
    break_promise,
    change_promise_date,
    keep_promise,
    promise_chain,
    record_promise,
    status_message,
)
from crm_desktop.services.settings import set_setting
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, Customer, PromiseChange, Staff, StaffRoleGrant
from crm_desktop.storage.startup import OpenedDatabase, open_database

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _shop(database: Database) -> tuple[int, int]:
    with database.writing() as uow:
        customer = Customer(name="Zoë Øster")
        clerk = Staff(name="Sam Seller", roles=[StaffRoleGrant(role="sales")])
        uow.session.add_all([customer, clerk])
        uow.session.flush()
        ids = customer.id, clerk.id
        uow.commit()
    return ids


def _slipped(database: Database) -> tuple[int, int]:
    customer, clerk = _shop(database)
    promise = record_promise(database, customer, "Duplicate SIM active", date(2026, 3, 3), TODAY)
    change_promise_date(
        database, promise.id, date(2026, 3, 7), "Operator delay", TODAY, staff_id=clerk, now=NOW
    )
    change_promise_date(
        database,
        promise.id,
        date(2026, 4, 2),
        "The SIM was lost in the post",
        date(2026, 3, 6),
        staff_id=clerk,
        now=datetime(2026, 3, 6, 12, tzinfo=UTC),
    )
    return promise.id, clerk


def test_two_changes_give_the_chain_and_their_rows(opened: OpenedDatabase) -> None:
    database = opened.database
    pid, clerk = _slipped(database)
    chain = promise_chain(database, pid, date(2026, 3, 10))
    assert chain.text == "promised 3 Mar → 7 Mar → 2 Apr"
    assert chain.original_due_date == date(2026, 3, 3) and chain.due_date == date(2026, 4, 2)
    assert [(c.old_date, c.new_date, c.reason) for c in chain.changes] == [
        (date(2026, 3, 3), date(2026, 3, 7), "Operator delay"),
        (date(2026, 3, 7), date(2026, 4, 2), "The SIM was lost in the post"),
    ]
    assert chain.status is PromiseStatus.OPEN and chain.times_moved == 2
    with database.reading() as uow:
        rows = uow.session.scalars(select(PromiseChange).order_by(PromiseChange.id)).all()
        assert [(r.changed_by_id, r.reason) for r in rows] == [
            (clerk, "Operator delay"),
            (clerk, "The SIM was lost in the post"),
        ]
        audit = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "promise", AuditEntry.action == "date_changed")
        ).all()
        assert [(a.field, a.old_value, a.new_value) for a in audit] == [
            ("due_date", "2026-03-03", "2026-03-07"),
            ("due_date", "2026-03-07", "2026-04-02"),
        ]


def test_a_move_needs_a_reason_a_new_date_and_an_open_promise(opened: OpenedDatabase) -> None:
    database = opened.database
    customer, _ = _shop(database)
    pid = record_promise(database, customer, "Call back with a quote", date(2026, 3, 3), TODAY).id
    with pytest.raises(ValidationError, match="reason for the new date cannot be empty"):
        change_promise_date(database, pid, date(2026, 3, 9), "  ", TODAY)
    with pytest.raises(ValidationError, match="already promised for Tuesday, 3 March 2026"):
        change_promise_date(database, pid, date(2026, 3, 3), "why not", TODAY)
    with pytest.raises(ValidationError, match="into the past"):
        change_promise_date(database, pid, date(2026, 2, 27), "late", TODAY)
    kept = keep_promise(database, pid, NOW)
    assert kept.status is PromiseStatus.KEPT and kept.resolved_at is not None
    with pytest.raises(ValidationError, match="it is already kept"):
        change_promise_date(database, pid, date(2026, 3, 9), "more time", TODAY)
    with pytest.raises(ValidationError, match="it is already kept"):
        break_promise(database, pid, "too late", NOW)
    assert promise_chain(database, pid, TODAY).changes == ()


def test_record_refuses_past_dates_and_blank_text(opened: OpenedDatabase) -> None:
    database = opened.database
    customer, _ = _shop(database)
    with pytest.raises(ValidationError, match="in the past"):
        record_promise(database, customer, "Something", date(2026, 2, 1), TODAY)
    with pytest.raises(ValidationError, match="cannot be empty"):
        record_promise(database, customer, " ", date(2026, 3, 2), TODAY)
    with pytest.raises(ValidationError, match="no customer #999"):
        record_promise(database, 999, "x", date(2026, 3, 2), TODAY)


def test_break_and_the_message_to_the_customer(opened: OpenedDatabase) -> None:
    database = opened.database
    pid, _ = _slipped(database)
    set_setting(database, "business.name", "Fix & Go")
    text = status_message(database, date(2026, 3, 10), promise_id=pid)
    assert text == (
        "Hello Zoë,\n\n"
        "About “Duplicate SIM active”: it is now expected on Thursday, 2 April 2026 instead of "
        "Saturday, 7 March 2026: The SIM was lost in the post. We are sorry for the delay.\n\n"
        "Kind regards,\nFix & Go"
    )
    broken = break_promise(database, pid, "Operator lost the order", datetime(2026, 4, 3, 12, tzinfo=UTC))
    assert broken.status is PromiseStatus.BROKEN
    assert "we did not manage it by Thursday, 2 April 2026" in status_message(
        database, date(2026, 4, 3), promise_id=pid
    )


@pytest.mark.postgres
def test_promise_chain_on_postgres(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    try:
        pid, _ = _slipped(opened.database)
        assert promise_chain(opened.database, pid, date(2026, 3, 10)).text == "promised 3 Mar → 7 Mar → 2 Apr"
    finally:
        opened.close()
