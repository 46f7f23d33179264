"""The call list: which calls are on it and in which order, what the person calling reads, and what each
outcome (reached, no answer, left a message, wrong number) leaves behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, FollowUpStatus, StaffRole
from crm_desktop.errors import ValidationError
from crm_desktop.services.call_list import CallItem, CallKey, CallOutcome, call_list, record_call
from crm_desktop.services.catalogue import (
    CategoryInput,
    ProductInput,
    create_category,
    create_product,
    ensure_default_plans,
)
from crm_desktop.services.contacts import FollowUpInput, schedule_follow_up
from crm_desktop.services.customers import (
    CustomerInput,
    PhoneInput,
    create_customer,
    get_customer,
    update_customer,
)
from crm_desktop.services.follow_ups import CompletionInput, complete_follow_up
from crm_desktop.services.jobs import JobInput, open_job
from crm_desktop.services.promises import break_promise, record_promise
from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale
from crm_desktop.services.settings import set_settings
from crm_desktop.services.staff import StaffInput, add_staff
from crm_desktop.services.today import today_view
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, FollowUp, Interaction
from crm_desktop.storage.startup import OpenedDatabase

WEDNESDAY = date(2026, 11, 4)
FRIDAY = date(2026, 11, 6)
NOW = datetime(2026, 11, 4, 10, 0, tzinfo=UTC)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass(frozen=True)
class Shop:
    db: Database
    olga: int  # the owner
    sam: int  # sells, and is given the thank-you calls
    zoe: int  # bought a washing machine a month ago
    bob: int  # was let down: a broken promise
    eve: int  # has a repair under way and a promise, and has heard nothing


@pytest.fixture
def shop(opened: OpenedDatabase) -> Shop:
    db = opened.database
    set_settings(db, {"business.name": "Jansen Huishoud", "shop.country": "BE"})
    olga = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    sam = add_staff(db, StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    phones = (PhoneInput("mobile", "0470 12 34 56"), PhoneInput("home", "+32 2 123 45 67"))
    zoe = create_customer(db, CustomerInput(name="Zoë Øster", phones=phones), staff_id=olga).id
    bob = create_customer(
        db, CustomerInput(name="Bob Peeters", phones=(PhoneInput("mobile", "0471 00 00 01"),)), staff_id=olga
    ).id
    eve = create_customer(
        db, CustomerInput(name="Eve Maes", phones=(PhoneInput("mobile", "0472 00 00 02"),)), staff_id=olga
    ).id
    plan = ensure_default_plans(db)
    assert plan is not None
    category = create_category(db, CategoryInput(name="Washing machines", default_warranty_months=24))
    washer = create_product(
        db,
        ProductInput(
            sku="WM-1", name="Bosch Serie 6 washer", category_id=category.id, default_plan_id=plan.id
        ),
    )
    # A month ago: the thank-you call (3 days later) is overdue, the satisfaction check due today.
    sold = WEDNESDAY - timedelta(days=30)
    record_sale(
        db,
        SaleInput(
            customer_id=zoe, sale_date=sold, staff_id=sam, lines=(SaleLineInput(product_id=washer.id),)
        ),
        sold,
        staff_id=sam,
    )
    # Bob was promised a door seal for yesterday; the promise broke, so the owner calls him today.
    tuesday = WEDNESDAY - timedelta(days=1)
    promise = record_promise(
        db, bob, "Order the spare door seal", tuesday, tuesday - timedelta(days=7), staff_id=sam
    )
    break_promise(db, promise.id, "We order it today and fit it free of charge", _at(tuesday), staff_id=olga)
    # Eve: a job taken in five days ago, and a promise made ten days ago; nobody told her anything.
    open_job(
        db,
        JobInput(customer_id=eve, unit_description="Dyson V11", reported_problem="No suction", staff_id=sam),
        WEDNESDAY - timedelta(days=5),
        _at(WEDNESDAY - timedelta(days=5)),
    )
    ten_days_ago = WEDNESDAY - timedelta(days=10)
    record_promise(
        db, eve, "Quote for a new battery", WEDNESDAY + timedelta(days=3), ten_days_ago, now=_at(ten_days_ago)
    )
    # Not calls, or not yet due: a message, a service reminder, a visit, a call next week.
    for kind, title, due in (
        (FollowUpKind.MESSAGE, "Send the manual", WEDNESDAY - timedelta(days=2)),
        (FollowUpKind.SERVICE_REMINDER, "Descale", WEDNESDAY),
        (FollowUpKind.VISIT, "Install the dryer", WEDNESDAY),
        (FollowUpKind.CALL, "Ask about the dryer", WEDNESDAY + timedelta(days=7)),
    ):
        schedule_follow_up(db, eve, FollowUpInput(kind, title, due), due, staff_id=olga)
    return Shop(db, olga, sam, zoe, bob, eve)


def _calls(shop: Shop, day: date = WEDNESDAY, **options: object) -> tuple[CallItem, ...]:
    return call_list(shop.db, day, tz=UTC, **options)  # type: ignore[arg-type]


def _follow_up(shop: Shop, item: CallItem) -> FollowUp:
    with shop.db.reading() as uow:
        found = uow.session.get(FollowUp, item.key.id)
        assert found is not None
        uow.session.expunge(found)
        return found


def _contacts(shop: Shop, customer_id: int) -> list[Interaction]:
    with shop.db.reading() as uow:
        rows = list(
            uow.session.scalars(
                select(Interaction).where(Interaction.customer_id == customer_id).order_by(Interaction.id)
            )
        )
        for row in rows:
            uow.session.expunge(row)
        return rows


def _record(
    shop: Shop, item: CallItem, outcome: CallOutcome, day: date = WEDNESDAY, **options: object
) -> str:
    done = record_call(
        shop.db,
        item.key,
        outcome,
        now=_at(day, 11),
        today=day,
        staff_id=shop.sam,
        **options,  # type: ignore[arg-type]
    )
    return done.text


# ------------------------------------------------------------------------------------ what is on it


def test_recovery_calls_first_then_calls_oldest_first_then_news(shop: Shop) -> None:
    calls = _calls(shop)
    assert [(c.customer_name, c.reason) for c in calls] == [
        ("Bob Peeters", "Recovery call: promise broken — Order the spare door seal · due today"),
        ("Zoë Øster", "Call: Thank-you call · 27 days overdue"),
        ("Zoë Øster", "Satisfaction check · due today"),
        ("Eve Maes", "Waiting for news: Quote for a new battery · told nothing for 10 days"),
        ("Eve Maes", "Waiting for news: J-0001 · Dyson V11 · told nothing for 5 days"),
    ]
    recovery, thanks, satisfaction, promise, job = calls
    assert [p.display for p in thanks.phones] == ["0470 12 34 56", "02 123 45 67"]  # every number, written
    assert [p.label for p in thanks.phones] == ["mobile", "home"]
    assert satisfaction.asks_satisfaction and satisfaction.takes_score and not satisfaction.is_news
    assert job.is_news and not job.takes_score and job.key == CallKey("job", job.key.id)
    assert thanks.summary == f"Last bought Bosch Serie 6 washer on {(WEDNESDAY - timedelta(days=30)):%-d %b}"
    assert "1 open repair · 1 open promise" in job.summary

    assert recovery.script.startswith("Hello Bob, I am calling from Jansen Huishoud. We did not keep our")
    assert "Here is what we will do: We order it today and fit it free of charge." in recovery.script
    assert "You bought your Bosch Serie 6 washer on 5 October" in satisfaction.script
    assert "how happy are you with it and with our service?" in satisfaction.script
    assert thanks.script.startswith(
        "Hello Zoë, I am calling from Jansen Huishoud. Thank you again for buying"
    )
    assert "from 1 to 5" in thanks.script  # the shop asks every customer's opinion
    assert "Your Dyson V11 (job J-0001) has been received" in job.script  # the status message's news
    assert "About “Quote for a new battery”: it is expected on Saturday, 7 November 2026." in promise.script


def test_only_one_persons_calls_and_a_limit(shop: Shop) -> None:
    sams = _calls(shop, assignee_id=shop.sam)
    # The thank-you call and the satisfaction check follow the seller; the news follows who promised it.
    assert {c.reason.split(" · ")[0] for c in sams} >= {"Call: Thank-you call", "Satisfaction check"}
    assert all(c.customer_name != "Bob Peeters" for c in sams)  # the recovery call is the owner's
    assert len(_calls(shop, limit=2)) == 2 and _calls(shop, limit=2) == _calls(shop)[:2]


def test_a_job_and_its_ready_by_promise_are_one_call(shop: Shop) -> None:
    start = WEDNESDAY - timedelta(days=6)
    open_job(
        shop.db,
        JobInput(
            customer_id=shop.zoe,
            unit_description="Kettle",
            reported_problem="Does not boil",
            ready_by=WEDNESDAY,
            staff_id=shop.sam,
        ),
        start,
        _at(start),
    )
    about_zoe = [c.reason for c in _calls(shop) if c.customer_name == "Zoë Øster" and c.is_news]
    assert about_zoe == ["Waiting for news: J-0002 · Kettle · told nothing for 6 days"]
    waiting = today_view(shop.db, WEDNESDAY, tz=UTC).waiting_for_news.items
    assert sum(1 for i in waiting if i.customer_id == shop.zoe) == 2  # Today lists both


# ------------------------------------------------------------------------------ what outcomes leave


def test_reached_with_a_score_completes_the_call_with_the_customers_words(shop: Shop) -> None:
    satisfaction = next(c for c in _calls(shop) if c.asks_satisfaction)
    told = _record(
        shop, satisfaction, CallOutcome.REACHED, satisfaction=4, comment="Quiet, but the door sticks"
    )
    assert told == "Reached; rated 4 out of 5."
    done = _follow_up(shop, satisfaction)
    assert done.status is FollowUpStatus.DONE and done.completed_by_id == shop.sam
    assert (done.satisfaction, done.satisfaction_comment) == (4, "Quiet, but the door sticks")
    assert done.outcome == "Reached by phone; rated 4 out of 5: Quiet, but the door sticks"
    (contact,) = [c for c in _contacts(shop, shop.zoe) if c.follow_up_id == satisfaction.key.id]
    assert (contact.channel, contact.direction, contact.staff_id) == (
        Channel.CALL,
        Direction.OUTBOUND,
        shop.sam,
    )
    assert satisfaction.key not in {c.key for c in _calls(shop)}


def test_a_low_score_books_the_recovery_call_and_words_without_a_score_are_the_outcome(shop: Shop) -> None:
    thanks, satisfaction = [c for c in _calls(shop) if c.customer_name == "Zoë Øster"]
    assert _record(shop, thanks, CallOutcome.REACHED, comment="All fine, thanks") == "Reached."
    assert _follow_up(shop, thanks).outcome == "Reached by phone: All fine, thanks"
    assert _follow_up(shop, thanks).satisfaction is None
    told = _record(shop, satisfaction, CallOutcome.REACHED, satisfaction=2, comment="Leaks")
    assert told == "Reached; rated 2 out of 5. A recovery call is booked for Thursday, 5 November 2026."
    tomorrow = _calls(shop, WEDNESDAY + timedelta(days=1))
    assert [c.reason for c in tomorrow[:2]] == [  # recovery calls first, the oldest first
        "Recovery call: promise broken — Order the spare door seal · 1 day overdue",
        "Recovery call: Zoë Øster rated 2/5 · due today",
    ]
    assert "you gave us 2 out of 5, saying “Leaks”" in tomorrow[1].script


def test_no_answer_logs_the_try_and_brings_the_call_back_the_next_working_day(shop: Shop) -> None:
    thanks = next(c for c in _calls(shop, FRIDAY) if c.reason.startswith("Call: Thank-you"))
    assert (
        _record(shop, thanks, CallOutcome.NO_ANSWER, FRIDAY)
        == "No answer: on the list again on Monday, 9 November 2026."
    )
    assert _follow_up(shop, thanks).status is FollowUpStatus.OPEN
    assert _follow_up(shop, thanks).due_date == date(2026, 11, 9)
    (contact,) = [c for c in _contacts(shop, shop.zoe) if c.follow_up_id == thanks.key.id]
    assert (contact.summary, contact.channel, contact.direction) == (
        "No answer",
        Channel.CALL,
        Direction.OUTBOUND,
    )
    assert contact.job_id is None and contact.promise_id is None and contact.staff_id == shop.sam
    with shop.db.reading() as uow:
        moved = uow.session.execute(
            select(AuditEntry.action, AuditEntry.new_value, AuditEntry.reason, AuditEntry.staff_id)
            .where(AuditEntry.entity == "follow_up", AuditEntry.entity_id == thanks.key.id)
            .order_by(AuditEntry.id)
        ).all()
    assert tuple(moved[-1]) == (
        "rescheduled",
        "2026-11-09",
        "No answer; trying again the next working day",
        shop.sam,
    )
    assert thanks.key not in {c.key for c in _calls(shop, FRIDAY)}
    again = next(c for c in _calls(shop, date(2026, 11, 9)) if c.key == thanks.key)
    assert again.tries == 1 and again.reason == "Call: Thank-you call · due today · tried once already"


def test_a_message_left_gives_them_two_working_days_to_call_back(shop: Shop) -> None:
    thanks = next(c for c in _calls(shop, FRIDAY) if c.reason.startswith("Call: Thank-you"))
    told = _record(shop, thanks, CallOutcome.LEFT_MESSAGE, FRIDAY)
    assert told == "Left a message: on the list again on Tuesday, 10 November 2026."
    assert _follow_up(shop, thanks).due_date == date(2026, 11, 10)
    assert [c.summary for c in _contacts(shop, shop.zoe) if c.follow_up_id == thanks.key.id] == [
        "Left a message"
    ]


def test_a_wrong_number_tags_the_customer_and_holds_their_calls_back_until_it_is_fixed(shop: Shop) -> None:
    thanks = next(c for c in _calls(shop) if c.customer_name == "Zoë Øster")
    told = _record(shop, thanks, CallOutcome.WRONG_NUMBER, phone="0470 12 34 56")
    assert told.startswith("Wrong number: 0470 12 34 56. Their calls leave the list until someone fixes")
    assert _follow_up(shop, thanks).status is FollowUpStatus.OPEN  # nothing completed...
    assert _follow_up(shop, thanks).due_date == WEDNESDAY - timedelta(days=27)  # ...nor moved
    assert [c.summary for c in _contacts(shop, shop.zoe)] == ["Wrong number: 0470 12 34 56"]
    zoe = get_customer(shop.db, shop.zoe)
    assert zoe.tags == ("wrong number",)
    assert all(c.customer_name != "Zoë Øster" for c in _calls(shop))  # both of her calls wait
    assert any(i.id == thanks.key.id for i in today_view(shop.db, WEDNESDAY, tz=UTC).overdue.items)
    # Someone fixes the number and takes the tag off: her calls are back.
    fixed = CustomerInput(name=zoe.name, phones=(PhoneInput("mobile", "0470 12 34 65"),))
    update_customer(shop.db, shop.zoe, fixed, staff_id=shop.olga)
    assert [c.customer_name for c in _calls(shop)].count("Zoë Øster") == 2


# ------------------------------------------------------------------------------------------ news calls


def test_telling_the_news_restarts_the_news_clock(shop: Shop) -> None:
    promise, job = [c for c in _calls(shop) if c.is_news]
    assert _record(shop, job, CallOutcome.REACHED, comment="Fine, no hurry") == "Told the news."
    assert _record(shop, promise, CallOutcome.LEFT_MESSAGE) == "Left a message with the news."
    told_job, told_promise = _contacts(shop, shop.eve)
    assert (told_job.job_id, told_job.promise_id, told_job.direction) == (
        job.key.id,
        None,
        Direction.OUTBOUND,
    )
    assert told_job.summary.startswith("Phoned with the news: Your Dyson V11 (job J-0001) has been received")
    assert told_job.summary.endswith("\nThey said: Fine, no hurry")
    assert told_promise.promise_id == promise.key.id
    assert told_promise.summary.startswith("Left a message with the news: About “Quote for a new battery”")
    assert [c for c in _calls(shop) if c.is_news] == []
    assert today_view(shop.db, WEDNESDAY, tz=UTC).waiting_for_news.items == ()


def test_no_answer_on_news_tells_nothing_and_waits_until_tomorrow(shop: Shop) -> None:
    promise = next(c for c in _calls(shop) if c.key.kind == "promise")
    assert _record(shop, promise, CallOutcome.NO_ANSWER) == "No answer: back on the list tomorrow."
    (contact,) = _contacts(shop, shop.eve)
    assert contact.summary == "No answer (calling with news about “Quote for a new battery”)"
    assert (contact.promise_id, contact.job_id, contact.follow_up_id) == (None, None, None)
    assert [c for c in _calls(shop) if c.customer_name == "Eve Maes"] == []  # phoned today
    assert len(today_view(shop.db, WEDNESDAY, tz=UTC).waiting_for_news.items) == 2  # still waiting
    assert len([c for c in _calls(shop, WEDNESDAY + timedelta(days=1)) if c.is_news]) == 2


def test_a_ready_by_promise_is_told_with_its_job(shop: Shop) -> None:
    start = WEDNESDAY - timedelta(days=6)
    kettle = open_job(
        shop.db,
        JobInput(
            customer_id=shop.zoe,
            unit_description="Kettle",
            reported_problem="Does not boil",
            ready_by=WEDNESDAY,
            staff_id=shop.sam,
        ),
        start,
        _at(start),
    )
    call = next(c for c in _calls(shop) if c.key == CallKey("job", kettle.id))
    _record(shop, call, CallOutcome.REACHED)
    (contact,) = [c for c in _contacts(shop, shop.zoe) if c.job_id == kettle.id]
    assert contact.promise_id is not None  # one call told about the job and its "ready by" promise
    assert all(
        i.customer_id != shop.zoe for i in today_view(shop.db, WEDNESDAY, tz=UTC).waiting_for_news.items
    )


# -------------------------------------------------------------------------------------------- refusals


def test_what_cannot_be_recorded_is_refused_and_writes_nothing(shop: Shop) -> None:
    recovery, thanks, satisfaction, promise, _job = _calls(shop)
    with pytest.raises(ValidationError, match="go with a call that reached them"):
        _record(shop, thanks, CallOutcome.NO_ANSWER, satisfaction=3)
    with pytest.raises(ValidationError, match="go with a call that reached them"):
        _record(shop, thanks, CallOutcome.WRONG_NUMBER, comment="Not her")
    with pytest.raises(ValidationError, match="score from 1 to 5"):
        _record(shop, satisfaction, CallOutcome.REACHED, satisfaction=6)
    with pytest.raises(ValidationError, match="kept with a follow-up call"):
        _record(shop, promise, CallOutcome.REACHED, satisfaction=5)
    assert _contacts(shop, shop.zoe) == [] and _contacts(shop, shop.eve) == []
    complete_follow_up(
        shop.db, recovery.key.id, CompletionInput("Sorted in the shop", Channel.IN_STORE), WEDNESDAY, NOW
    )
    with pytest.raises(ValidationError, match="it is already done"):
        _record(shop, recovery, CallOutcome.NO_ANSWER)
    retired = add_staff(shop.db, StaffInput("Rita Retired", (StaffRole.SALES,)), staff_id=None).id
    from crm_desktop.services.staff import retire_staff

    retire_staff(shop.db, retired, reassign_to=shop.olga, staff_id=shop.olga)
    with pytest.raises(ValidationError, match="retired"):
        record_call(shop.db, thanks.key, CallOutcome.NO_ANSWER, now=NOW, today=WEDNESDAY, staff_id=retired)
    assert _follow_up(shop, thanks).due_date == WEDNESDAY - timedelta(days=27)


def test_a_request_waiting_for_news_is_a_call_and_telling_it_is_an_action_on_it(shop: Shop) -> None:
    from crm_desktop.services.requests import (
        RequestInput,
        ensure_default_request_kinds,
        get_request,
        list_request_kinds,
        open_request,
    )

    ensure_default_request_kinds(shop.db)
    kind = next(k.id for k in list_request_kinds(shop.db) if k.name == "SIM or number")
    request = open_request(
        shop.db,
        RequestInput(customer_id=shop.bob, kind_id=kind, summary="Move my number to the new SIM"),
        today=WEDNESDAY - timedelta(days=5),
        now=_at(WEDNESDAY - timedelta(days=5)),
        staff_id=shop.sam,
    )
    call = next(c for c in _calls(shop) if c.key.kind == "request")
    assert call.customer_name == "Bob Peeters" and "about your request" in call.reason + call.script
    assert "R-0001" in call.script and "we have it and are working on it" in call.script
    assert _record(shop, call, CallOutcome.REACHED, comment="Thanks") == "Told the news."
    told = _contacts(shop, shop.bob)[-1]
    assert (told.request_id, told.direction) == (request.id, Direction.OUTBOUND)
    assert [c for c in _calls(shop) if c.key.kind == "request"] == []
    assert get_request(shop.db, request.id, WEDNESDAY).last_action_at == _at(WEDNESDAY, 11)
