"""Customers waiting for news: an open promise or job whose customer has heard nothing about it for the
shop's number of days (default 3) is on Today, until someone tells them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.domain.enums import Channel, Direction
from crm_desktop.errors import ValidationError
from crm_desktop.services.contacts import ContactInput, log_contact
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.jobs import JobInput, open_job
from crm_desktop.services.promises import log_message_sent, record_promise
from crm_desktop.services.settings import set_settings
from crm_desktop.services.today import today_view
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import OpenedDatabase

TAKEN_IN = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DAY_IN = TAKEN_IN.date()


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    return opened.database


def _waiting(db: Database, day: date) -> list[str]:
    return [item.title for item in today_view(db, day, tz=UTC).waiting_for_news.items]


def test_a_customer_not_told_for_three_days_is_on_today_until_told(db: Database) -> None:
    zoe = create_customer(db, CustomerInput(name="Zoë Øster")).id
    job = open_job(
        db,
        JobInput(customer_id=zoe, unit_description="Dyson V11", reported_problem="No suction"),
        DAY_IN,
        TAKEN_IN,
    )
    assert _waiting(db, DAY_IN + timedelta(days=2)) == []  # two days: not yet
    (item,) = today_view(db, DAY_IN + timedelta(days=3), tz=UTC).waiting_for_news.items
    assert item.title == "J-0001 · Dyson V11" and item.days_idle == 3
    assert item.detail == "no news for 3 days (since 2 Mar) · tell the customer" and item.tone == "warning"
    later = DAY_IN + timedelta(days=6)
    assert today_view(db, later, tz=UTC).waiting_for_news.items[0].tone == "danger"  # twice the limit
    # The customer calling in is not news from the shop; telling them is.
    log_contact(
        db, zoe, ContactInput(Channel.CALL, Direction.INBOUND, "Any news?", TAKEN_IN + timedelta(days=5))
    )
    assert _waiting(db, later) == ["J-0001 · Dyson V11"]
    log_message_sent(
        db, "Your Dyson is waiting for parts", Channel.EMAIL, TAKEN_IN + timedelta(days=5), job_id=job.id
    )
    assert _waiting(db, later) == []
    assert _waiting(db, later + timedelta(days=2)) == ["J-0001 · Dyson V11"]  # three days after the news


def test_promises_wait_for_news_too_and_the_shop_sets_the_days(db: Database) -> None:
    zoe = create_customer(db, CustomerInput(name="Zoë Øster")).id
    record_promise(db, zoe, "Call back with a quote", DAY_IN + timedelta(days=10), DAY_IN, now=TAKEN_IN)
    assert _waiting(db, DAY_IN + timedelta(days=3)) == ["Call back with a quote"]
    set_settings(db, {"news.every_days": "5"})
    assert _waiting(db, DAY_IN + timedelta(days=4)) == []
    assert _waiting(db, DAY_IN + timedelta(days=5)) == ["Call back with a quote"]
    with pytest.raises(ValidationError):
        set_settings(db, {"news.every_days": "0"})
