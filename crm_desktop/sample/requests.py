"""Requests (R-0042): what customers ask the shop to do or solve that is not a repair — an activation, a
number transfer, a double charge, a complaint, a lost phone, a delivery — with the owner who follows it,
the status moves staff made (audited with who and why), the contacts about it, often a promise whose date
slips, and for a lost phone the procedure's checklist, ticked as the work went.

A request is planned whole, past and future, like a job (:mod:`crm_desktop.sample.jobs`), and only what
happened before today is applied: a recent request is still open or waiting on someone, an older one is
resolved or cancelled; about one in eight stalls on the way and, when recent, sits without action for
weeks.

About three customers in a hundred have one; the long-standing customers have up to two, and share a fixed
set of stories (:data:`SHOWCASE`) that every sample shop holds whatever its size: every kind, every status,
promises that slipped once, twice and three times, requests left without action for more than two weeks,
and a complaint that became a service job.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import Channel, Direction, JobPriority, PromiseKind, RequestStatus, StaffRole
from crm_desktop.domain.requests import CLOSED, DEFAULT_KINDS
from crm_desktop.sample.audit import audit
from crm_desktop.sample.clock import DAY
from crm_desktop.sample.contacts import interaction
from crm_desktop.sample.jobs import job
from crm_desktop.sample.people import rich_customers
from crm_desktop.sample.promises import promise
from crm_desktop.sample.state import CustomerMemo, Sample, Unit, isolated

WAITING_US, WAITING_CUSTOMER, WAITING_THIRD_PARTY = (
    RequestStatus.WAITING_US,
    RequestStatus.WAITING_CUSTOMER,
    RequestStatus.WAITING_THIRD_PARTY,
)
RESOLVED, CANCELLED = RequestStatus.RESOLVED, RequestStatus.CANCELLED

ORDINARY_CHANCE: Final = 0.03  # the share of ordinary customers with a request
TAKEN_IN: Final = "Taken in for service as {number}."  # the app's words (services.requests.request_to_job)


@dataclass(frozen=True, slots=True)
class Ask:
    """One thing customers ask, in their words; what the shop did about it; what it promised, if anything."""

    summary: str
    resolution: str
    promise: str | None = None


@dataclass(frozen=True, slots=True)
class Kind:
    """How requests of one kind go: what is asked, the moves after opening, the promise, why it slips."""

    asks: tuple[Ask, ...]
    path: tuple[tuple[RequestStatus, int, int], ...]  # the moves after opening: status, fewest, most days
    notes: dict[RequestStatus, str]  # what staff wrote with each waiting move
    promise_days: tuple[int, int]
    promise_chance: float
    slip_reasons: tuple[str, ...]
    cancel_reasons: tuple[str, ...]
    weight: int
    skip: float = 0.15  # the chance of skipping each waiting step (some go straight to resolved)
    category: str | None = None  # the sold unit it is often about
    owner_role: StaffRole = StaffRole.SALES


_ANY_CANCEL: Final = ("The customer no longer needs it", "The customer went to another shop")

KINDS: Final = {
    "Activation": Kind(
        asks=(
            Ask(
                "Bought the SIM-only plan on Monday and the phone still says 'No service'",
                "Line activated by the operator; tested a call and mobile data with the customer",
                "Line active",
            ),
            Ask(
                "The eSIM code you e-mailed me does not work on my new phone",
                "New eSIM profile installed at the counter; it works",
                "eSIM working",
            ),
            Ask(
                "Calls work on the new contract but mobile data does not",
                "Data settings corrected; mobile data works",
                "Mobile data working",
            ),
            Ask(
                "Please activate the new line for my son's phone before school starts",
                "Line active; the son's phone tested at the counter",
                "Line active",
            ),
        ),
        path=((WAITING_THIRD_PARTY, 0, 1), (RESOLVED, 1, 5)),
        notes={WAITING_THIRD_PARTY: "Activation sent to the operator"},
        promise_days=(1, 3),
        promise_chance=0.8,
        slip_reasons=(
            "The operator's activation queue is full",
            "The operator asked for a second identity check",
            "The operator's systems were down",
        ),
        cancel_reasons=("The customer activated it with the operator directly",),
        weight=18,
        category="Phones",
    ),
    "SIM or number": Kind(
        asks=(
            Ask(
                "I want to keep my number when I move to your operator",
                "Number transferred; the old operator's SIM no longer works",
                "Number transferred",
            ),
            Ask(
                "My SIM card is damaged; the phone keeps asking for the PIN",
                "New SIM fitted and activated",
                "New SIM working",
            ),
            Ask(
                "Blocked my SIM after three wrong PINs and lost the PUK letter",
                "PUK obtained from the operator; SIM unblocked with the customer",
                "SIM unblocked",
            ),
            Ask("Need a nano SIM for the new phone, same number", "Nano SIM fitted with the same number"),
        ),
        path=((WAITING_CUSTOMER, 0, 1), (WAITING_THIRD_PARTY, 1, 4), (RESOLVED, 1, 5)),
        notes={
            WAITING_CUSTOMER: "Asked the customer to bring their ID and the old operator's details",
            WAITING_THIRD_PARTY: "Request sent to the operator",
        },
        promise_days=(2, 7),
        promise_chance=0.7,
        slip_reasons=(
            "Porting the number takes longer",
            "The old operator has not released the number yet",
            "The SIM cards are out of stock",
        ),
        cancel_reasons=("The customer decided to stay with the old operator",),
        weight=15,
        skip=0.3,
        category="Phones",
    ),
    "Account or billing": Kind(
        asks=(
            Ask(
                "I was charged twice for my subscription this month",
                "Double charge refunded by the operator; customer told",
                "Call back about the refund",
            ),
            Ask(
                "The bill shows roaming charges but I never left Belgium",
                "Roaming charges cancelled by the operator",
                "Call back about the roaming charges",
            ),
            Ask(
                "Please move the monthly payment to my new bank account",
                "Direct debit moved to the new account from next month",
            ),
            Ask(
                "I need the company name and VAT number on every invoice",
                "Invoices now show the company and its VAT number",
            ),
        ),
        path=((WAITING_US, 0, 1), (WAITING_THIRD_PARTY, 1, 3), (RESOLVED, 3, 14)),
        notes={
            WAITING_US: "Checking the invoices",
            WAITING_THIRD_PARTY: "Asked the operator's dealer support to check the account",
        },
        promise_days=(2, 5),
        promise_chance=0.6,
        slip_reasons=(
            "The dealer support line has not answered yet",
            "The refund needs the operator's billing department",
            "The operator asked for a copy of the bank statement",
        ),
        cancel_reasons=("The customer sorted it out with the bank",),
        weight=15,
    ),
    "Complaint": Kind(
        asks=(
            Ask(
                "Waited forty minutes at the counter on Saturday and nobody helped me",
                "The owner called to apologise; a voucher of 20 EUR given",
                "The owner calls back",
            ),
            Ask("The case I bought here cracked after a week", "Case exchanged for a stronger model"),
            Ask(
                "I was promised a call about my repair and nobody called",
                "Apologised; the repair was given priority and the customer kept informed",
                "The owner calls back",
            ),
            Ask(
                "The delivery men scratched the kitchen floor",
                "The shop paid for the floor repair",
                "The owner calls back",
            ),
        ),
        path=((WAITING_US, 0, 1), (RESOLVED, 1, 10)),
        notes={WAITING_US: "The owner will look into it"},
        promise_days=(1, 3),
        promise_chance=0.5,
        slip_reasons=(
            "The owner was away at a supplier's training",
            "Waiting for the delivery team's report",
        ),
        cancel_reasons=("The customer withdrew the complaint after the apology",),
        weight=8,
        owner_role=StaffRole.OWNER,
    ),
    "Lost or stolen device": Kind(
        asks=(
            Ask(
                "My phone was stolen on the tram this morning; please block the line",
                "Duplicate SIM handed over and activated; the old SIM stays blocked",
                "Duplicate SIM active and ready to collect",
            ),
            Ask(
                "Lost my phone at a festival; I need my number back on a new SIM",
                "Duplicate SIM handed over and activated; the old SIM stays blocked",
                "Duplicate SIM active and ready to collect",
            ),
            Ask(
                "Phone stolen from my bag at the market, and the banking app is on it",
                "Line blocked, bank told by the customer; duplicate SIM handed over and activated",
                "Duplicate SIM active and ready to collect",
            ),
            Ask(
                "Left my phone in a taxi and the driver does not answer",
                "Duplicate SIM handed over and activated; the old SIM stays blocked",
                "Duplicate SIM active and ready to collect",
            ),
        ),
        path=((WAITING_THIRD_PARTY, 0, 0), (WAITING_CUSTOMER, 1, 4), (RESOLVED, 0, 5)),
        notes={
            WAITING_THIRD_PARTY: "Line blocked; duplicate SIM ordered from the operator",
            WAITING_CUSTOMER: "Duplicate SIM is here; asked the customer to come and collect it",
        },
        promise_days=(2, 4),
        promise_chance=0.9,
        slip_reasons=(
            "The operator sent the wrong SIM size",
            "The operator's identity check takes longer",
            "The duplicate SIM was lost in the post",
        ),
        cancel_reasons=("The phone was found; the customer asked to unblock the old SIM",),
        weight=8,
        skip=0.0,
        category="Phones",
    ),
    "Delivery or installation": Kind(
        asks=(
            Ask(
                "When can you deliver the fridge? I am only home on Thursdays and Fridays",
                "Fridge delivered and installed; the old one taken away",
                "Deliver and install the fridge",
            ),
            Ask(
                "The washing machine was delivered but not connected: the hose is too short",
                "Longer hose fitted; machine connected and tested",
                "Connect the washing machine",
            ),
            Ask(
                "Please take the old dishwasher away when you bring the new one",
                "New dishwasher installed; the old one taken for recycling",
                "Deliver the dishwasher and take the old one away",
            ),
            Ask(
                "The coffee machine we ordered for the office has not arrived",
                "Coffee machine delivered and set up at the office",
                "Deliver the coffee machine",
            ),
        ),
        path=((WAITING_THIRD_PARTY, 0, 2), (RESOLVED, 2, 10)),
        notes={WAITING_THIRD_PARTY: "Delivery booked with the carrier"},
        promise_days=(3, 10),
        promise_chance=0.85,
        slip_reasons=(
            "The delivery van broke down",
            "The customer asked to move the delivery",
            "Need a second person for the stairs",
        ),
        cancel_reasons=("The customer collected it from the shop instead",),
        weight=12,
        category="Appliances",
    ),
    "Question": Kind(
        asks=(
            Ask(
                "Does the warranty cover a cracked screen?",
                "Answered: accidental damage is not covered; offered the screen insurance",
            ),
            Ask(
                "Which charger is safe for my e-bike battery?",
                "Answered: only the maker's charger; one ordered for the customer",
            ),
            Ask(
                "Can I pay for the laptop in three instalments?",
                "Explained the instalment plan; leaflet sent",
                "Call back about the instalments",
            ),
            Ask(
                "Will my phone work with 5G on your operator?",
                "Checked with the operator: yes, 5G works on that model",
                "Call back with the answer",
            ),
        ),
        path=((WAITING_US, 0, 0), (RESOLVED, 0, 2)),
        notes={WAITING_US: "Checking the answer"},
        promise_days=(1, 2),
        promise_chance=0.3,
        slip_reasons=("The operator has not answered yet", "The supplier has not answered yet"),
        cancel_reasons=("The customer found the answer themselves",),
        weight=16,
        skip=0.5,
    ),
    "Other": Kind(
        asks=(
            Ask(
                "Can you take my three old phones for recycling?",
                "Old phones taken for recycling; data wiped in front of the customer",
            ),
            Ask(
                "We need a quote for twelve laptops for the school",
                "Quote sent to the school",
                "Send the quote for the laptops",
            ),
            Ask(
                "I need a letter confirming the purchase for my insurance",
                "Letter sent by e-mail",
                "Send the letter for the insurance",
            ),
            Ask(
                "Would the shop sponsor the football club's shirts?",
                "The owner agreed to sponsor the shirts; logo sent to the club",
                "Answer about the sponsoring",
            ),
        ),
        path=((WAITING_US, 0, 3), (RESOLVED, 1, 7)),
        notes={WAITING_US: "Passed to the owner"},
        promise_days=(2, 7),
        promise_chance=0.4,
        slip_reasons=("Waiting for prices from the distributor", "The owner was away"),
        cancel_reasons=("The school chose another supplier",),
        weight=8,
        owner_role=StaffRole.OWNER,
    ),
}
_KIND_NAMES: Final = tuple(KINDS)
_KIND_WEIGHTS: Final = tuple(kind.weight for kind in KINDS.values())
_PROCEDURES: Final = {name: procedure for name, procedure in DEFAULT_KINDS if procedure is not None}
_NOTES: Final = (
    "Prefers a text message to a call",
    "Her daughter handles the contract; call her first",
    "Customer is abroad until the end of the month",
)

Move = tuple[RequestStatus, int, str]  # the new status, when (minutes from today), the note or reason


@dataclass(frozen=True, slots=True)
class Story:
    """A request every sample shop holds. Days count from today; moves planned on or after today have not
    happened yet. A ``None`` note is the kind's note for that move (for "resolved": what was done)."""

    kind: str
    ask: int  # which of the kind's asks
    opened: int  # day
    moves: tuple[tuple[RequestStatus, int, str | None], ...] = ()
    promise_due: int | None = None  # day first promised
    promise_steps: tuple[int, ...] = ()  # how far each move of the promise goes (days), in turn
    taken_in: int | None = None  # the day it became a service job


# Every kind, every status; promises moved once (kept), twice (open; kept; cancelled) and three times
# (open; broken); two requests with no action for more than two weeks; a complaint that became a job.
# Story k goes to the long-standing customer of rank k modulo their count (see customer_requests).
SHOWCASE: Final = (
    Story(
        "Activation",
        0,
        -25,
        ((WAITING_THIRD_PARTY, -25, None), (RESOLVED, 14, None)),
        promise_due=-22,
        promise_steps=(4, 7, 23),
    ),
    # stolen last week: the line is blocked and the duplicate SIM ordered; 4 of the 5 steps ticked
    Story(
        "Lost or stolen device",
        0,
        -6,
        ((WAITING_THIRD_PARTY, -6, None), (WAITING_CUSTOMER, 1, None), (RESOLVED, 3, None)),
        promise_due=1,
    ),
    # the support call that sits: promised a call back, waiting on the operator for 19 days, nobody called
    Story(
        "Account or billing",
        0,
        -24,
        ((WAITING_US, -24, None), (WAITING_THIRD_PARTY, -19, None)),
        promise_due=-21,
    ),
    Story("Complaint", 0, -60, ((WAITING_US, -60, None),), taken_in=-57),
    Story(
        "SIM or number",
        0,
        -14,
        ((WAITING_CUSTOMER, -14, None), (WAITING_THIRD_PARTY, 2, None), (RESOLVED, 5, None)),
        promise_due=-10,
        promise_steps=(4, 7),
    ),
    Story(
        "Delivery or installation",
        2,
        -80,
        ((WAITING_THIRD_PARTY, -79, None), (RESOLVED, -66, None)),
        promise_due=-76,
        promise_steps=(4, 7),
    ),
    Story("Question", 0, -16),  # asked at the counter 16 days ago; nobody picked it up
    Story(
        "Other",
        1,
        -45,
        ((WAITING_US, -45, None), (CANCELLED, -30, "The school chose another supplier")),
        promise_due=-40,
        promise_steps=(5, 7),
    ),
    Story(
        "Lost or stolen device",
        1,
        -120,
        ((WAITING_THIRD_PARTY, -120, None), (WAITING_CUSTOMER, -114, None), (RESOLVED, -113, None)),
        promise_due=-117,
        promise_steps=(4,),
    ),
    Story(
        "Activation",
        3,
        -90,
        ((WAITING_THIRD_PARTY, -90, None), (RESOLVED, -60, None)),
        promise_due=-88,
        promise_steps=(2, 4, 7),
    ),
    Story("Complaint", 2, -3, ((WAITING_US, -3, None),), promise_due=-1),
    Story("SIM or number", 1, -200, ((RESOLVED, -200, None),)),
    Story("Delivery or installation", 0, -1, promise_due=4),
    Story("Other", 2, -5, ((WAITING_US, -5, None),)),
    Story("Question", 3, -40, ((WAITING_US, -40, None), (RESOLVED, -38, None))),
    Story(
        "Account or billing",
        2,
        -300,
        ((WAITING_US, -300, None), (CANCELLED, -298, "The customer sorted it out with the bank")),
    ),
    Story(
        "Lost or stolen device",
        3,
        -40,
        (
            (WAITING_THIRD_PARTY, -40, None),
            (CANCELLED, -38, "The phone was found; the customer asked to unblock the old SIM"),
        ),
        promise_due=-37,
    ),
)


@functools.cache
def _rich_ranks(customers: int) -> dict[int, int]:
    """Customer id -> rank among the long-standing customers, oldest first."""
    return {index + 1: rank for rank, index in enumerate(sorted(rich_customers(customers)))}


def customer_requests(sample: Sample, c: CustomerMemo) -> None:
    """The customer's requests: the showcase's share for a long-standing customer, and a few at random."""
    if c.archived_t is not None:
        return  # an archived customer's story is short; the app opens no request for them
    rng = sample.rng
    rank = _rich_ranks(sample.customers).get(c.id) if c.rich else None
    if rank is not None:
        rich_count = len(_rich_ranks(sample.customers))
        for number, story in enumerate(SHOWCASE):
            if number % rich_count == rank:
                _story(sample, c, story)
    count = rng.randint(0, 2) if c.rich else (1 if rng.random() < ORDINARY_CHANCE else 0)
    for _ in range(count):
        _random_request(sample, c)


# ------------------------------------------------------------------------------------------- planning


@isolated
def _random_request(sample: Sample, c: CustomerMemo) -> None:
    rng = sample.rng
    name = rng.choices(_KIND_NAMES, weights=_KIND_WEIGHTS)[0]
    kind = KINDS[name]
    ask = rng.choice(kind.asks)
    recent = c.since < -30 and rng.random() < 0.35  # this month's requests are the ones still running
    day = -rng.randint(1, 30) if recent else rng.randint(c.since, -1)
    opened_t = max(sample.shop_t(day), c.t0 + 10)
    steps = [step for step in kind.path if step[0] is RESOLVED or rng.random() >= kind.skip]
    stall = rng.randrange(len(steps)) if rng.random() < 0.12 else None  # forgotten for weeks
    cancel = rng.randrange(len(steps)) if rng.random() < 0.08 else None
    moves: list[Move] = []
    t = opened_t
    for number, (status, fewest, most) in enumerate(steps):
        t = sample.later(t, rng.randint(fewest, most) + (rng.randint(15, 45) if number == stall else 0))
        if number == cancel:
            moves.append((CANCELLED, t, rng.choice(kind.cancel_reasons + _ANY_CANCEL)))
            break
        moves.append((status, t, kind.notes.get(status, ask.resolution)))
    due: int | None = None
    if ask.promise is not None and rng.random() < kind.promise_chance:
        due = opened_t // DAY + rng.randint(*kind.promise_days)
    _write(sample, c, name, ask, opened_t, moves, due, ())


@isolated
def _story(sample: Sample, c: CustomerMemo, story: Story) -> None:
    kind = KINDS[story.kind]
    ask = kind.asks[story.ask]
    opened_t = max(sample.shop_t(story.opened), c.t0 + 10)
    moves: list[Move] = []
    t = opened_t
    for status, day, note in story.moves:
        t = sample.later(t, 0) if day == t // DAY else max(sample.shop_t(day), t + 10)
        moves.append((status, t, note or kind.notes.get(status, ask.resolution)))
    if story.taken_in is not None:
        _taken_in(sample, c, story, opened_t, moves)
        return
    _write(sample, c, story.kind, ask, opened_t, moves, story.promise_due, story.promise_steps)


# -------------------------------------------------------------------------------------------- writing


def _write(
    sample: Sample,
    c: CustomerMemo,
    name: str,
    ask: Ask,
    opened_t: int,
    planned: list[Move],
    promise_due: int | None,
    promise_steps: tuple[int, ...],
    *,
    summary: str | None = None,
    job_id: int | None = None,
) -> None:
    """The request, its audit trail, contacts, checklist and promise, as far as today.

    ``planned`` are the moves after opening, past and future; the request stands where the last one
    before today left it. With ``job_id``, the last move is the unit being taken in (a job).
    """
    rng = sample.rng
    clock = sample.clock
    kind = KINDS[name]
    rid = sample.rows.next_id("customer_request")
    day = opened_t // DAY
    opener = sample.pick_staff(StaffRole.SALES, day)
    if kind.owner_role is StaffRole.OWNER:
        owner = sample.staff.owner
    else:
        owner = opener if rng.random() < 0.6 else sample.pick_staff(StaffRole.SALES, day)
    unit = _unit(sample, c, kind, day)
    sale_id = unit.sale_id if unit is not None else None
    applied = [move for move in planned if move[1] < 0]
    promised = promise_due if ask.promise is not None else None
    status = applied[-1][0] if applied else RequestStatus.OPEN
    touched = [opened_t]  # every action on it: moves, contacts, ticks, the promise's moves

    channel = rng.choices(
        (Channel.CALL, Channel.IN_STORE, Channel.EMAIL if c.email else Channel.CALL, Channel.MESSAGE),
        weights=(45, 35, 10, 10),
    )[0]
    text = summary or ask.summary
    interaction(
        sample, c.id, opened_t, channel, Direction.INBOUND, opener, text, request_id=rid, sale_id=sale_id
    )
    entity = AuditEntity.REQUEST
    audit(
        sample, opened_t, opener, entity, rid, AuditAction.CREATED, "status", None, RequestStatus.OPEN, None
    )
    procedure = _PROCEDURES.get(name)
    if procedure is not None:
        audit(
            sample,
            opened_t,
            opener,
            entity,
            rid,
            AuditAction.PROCEDURE_APPLIED,
            "checklist",
            None,
            procedure,
            None,
        )

    previous = RequestStatus.OPEN
    for number, (new, t, note) in enumerate(applied):
        who = sample.staff.holder(owner, t // DAY)
        taken_in = job_id is not None and number == len(applied) - 1
        action = AuditAction.TAKEN_IN if taken_in else AuditAction.STATUS_CHANGED
        audit(sample, t, who, entity, rid, action, "status", previous, new, note)
        touched.append(t)
        previous = new
        if not taken_in and _contact(sample, c, rid, sale_id, who, new, t, note, promised=promised):
            touched.append(t)

    closed = applied[-1] if status in CLOSED else None
    if procedure is not None:
        touched.extend(_checklist(sample, rid, procedure, opener, opened_t, applied, promised is not None))
    if promised is not None and ask.promise is not None:
        end = planned[-1] if planned and planned[-1][0] in CLOSED else None
        touched.append(
            promise(
                sample,
                c,
                kind=PromiseKind.GENERAL,
                description=ask.promise,
                job_id=None,
                sale_id=sale_id,
                by=opener,
                promised_t=opened_t,
                due_day=promised,
                done_t=end[1] if end is not None else None,
                cancelled_t=end[1] if end is not None and end[0] is CANCELLED else None,
                reasons=kind.slip_reasons,
                forced=promise_steps,
                request_id=rid,
            )
        )
    last_t = max(touched)
    if closed is None:
        owner = sample.staff.holder(owner, 0)  # who took over the live ones of someone who left
    sample.rows.add(
        "customer_request",
        {
            "id": rid,
            "number": -rid,  # final numbers are given in date order at the end
            "customer_id": c.id,
            "kind_id": sample.catalogue.request_kinds[name],
            "summary": text,
            "priority": _priority(sample, name),
            "status": status,
            "owner_id": owner,
            "opened_by_id": opener,
            "sale_id": sale_id,
            "sale_item_id": unit.item_id if unit is not None else None,
            "job_id": job_id,
            "notes": rng.choice(_NOTES) if rng.random() < 0.1 else None,
            "resolution": closed[2] if closed is not None else None,
            "opened_at": clock.dt(opened_t),
            "closed_at": clock.dt(closed[1]) if closed is not None else None,
            "closed_by_id": sample.staff.holder(owner, closed[1] // DAY) if closed is not None else None,
            "last_action_at": clock.dt(last_t),
            "created_at": clock.dt(opened_t),
            "updated_at": clock.dt(last_t),
        },
    )


def _unit(sample: Sample, c: CustomerMemo, kind: Kind, day: int) -> Unit | None:
    """The unit sold here the request is about: the customer's latest of the kind's category, often."""
    if kind.category is None:
        return None
    units = [u for u in c.units if u.product.spec.category == kind.category and u.sale_day < day]
    return units[-1] if units and sample.rng.random() < 0.7 else None


def _priority(sample: Sample, name: str) -> JobPriority:
    rng = sample.rng
    if name == "Lost or stolen device":
        return rng.choice((JobPriority.HIGH, JobPriority.URGENT))
    if name == "Complaint":
        return rng.choice((JobPriority.NORMAL, JobPriority.HIGH))
    return rng.choices(
        (JobPriority.LOW, JobPriority.NORMAL, JobPriority.HIGH, JobPriority.URGENT), weights=(15, 70, 12, 3)
    )[0]


def _contact(
    sample: Sample,
    c: CustomerMemo,
    rid: int,
    sale_id: int | None,
    who: int,
    status: RequestStatus,
    t: int,
    note: str,
    *,
    promised: int | None,
) -> bool:
    """The contact a move leaves with the customer, if any; whether there was one."""
    rng = sample.rng
    told = f"Told the customer: {note[:1].lower()}{note[1:]}"
    if status is WAITING_CUSTOMER:
        channel, direction, text = rng.choice((Channel.CALL, Channel.MESSAGE)), Direction.OUTBOUND, note
    elif status is WAITING_THIRD_PARTY and rng.random() < 0.5:
        channel, direction, text = Channel.MESSAGE, Direction.OUTBOUND, told
    elif status is RESOLVED and promised is None and rng.random() < 0.85:
        channel, direction, text = rng.choice((Channel.CALL, Channel.MESSAGE)), Direction.OUTBOUND, told
    elif status is CANCELLED and rng.random() < 0.7:
        channel, direction, text = Channel.CALL, Direction.INBOUND, f"Called to cancel: {note}"
    else:
        return False
    if channel is Channel.MESSAGE and c.email is not None and rng.random() < 0.3:
        channel = Channel.EMAIL
    interaction(sample, c.id, t, channel, direction, who, text, sale_id=sale_id, request_id=rid)
    return True


def _checklist(
    sample: Sample, rid: int, procedure: str, opener: int, opened_t: int, applied: list[Move], promised: bool
) -> list[int]:
    """The procedure's steps copied onto the request, ticked as far as it got; the times of the ticks.

    For a lost phone: the identity is checked, the line blocked and the SIM ordered at the counter, the
    promise is recorded, and the signed form is collected with the new SIM.
    """
    proc_id, texts = sample.catalogue.procedures[procedure]
    reached = {status for status, _t, _note in applied}
    if RESOLVED in reached:
        progress = len(texts)
    elif WAITING_CUSTOMER in reached:
        progress = len(texts) - 1
    elif WAITING_THIRD_PARTY in reached:
        progress = 3 + (1 if promised else 0)
    else:
        progress = sample.rng.randint(0, 2)
    progress = min(progress, len(texts))
    resolved_t = next((t for status, t, _note in applied if status is RESOLVED), None)
    ticks: list[int] = []
    for position, step_text in enumerate(texts):
        done = position < progress
        tick_t: int | None = None
        if done:
            tick_t = opened_t + 4 * (position + 1)  # at the counter, while the customer waits
            if resolved_t is not None and position == len(texts) - 1:
                tick_t = resolved_t  # the signed form comes back with the new SIM
            ticks.append(tick_t)
        sample.rows.add(
            "request_checklist_item",
            {
                "id": sample.rows.next_id("request_checklist_item"),
                "request_id": rid,
                "procedure_id": proc_id,
                "position": position,
                "text": step_text,
                "done": done,
                "done_by_id": opener if done else None,
                "done_at": sample.clock.dt(tick_t) if tick_t is not None else None,
            },
        )
    return ticks


def _taken_in(sample: Sample, c: CustomerMemo, story: Story, opened_t: int, moves: list[Move]) -> None:
    """A complaint about a unit that ends with the unit taken in for service: the job is opened, the
    request resolved as "taken in as J-0042" (the number is written once the jobs are numbered)."""
    assert story.taken_in is not None
    units = [u for u in c.units if u.product.cases and u.sale_day + 7 <= story.taken_in]
    unit = units[-1] if units else None
    foreign = sample.rng.choice([p for p in sample.catalogue.foreign if p.cases]) if unit is None else None
    job(sample, c, story.taken_in, unit, foreign)
    row = sample.rows.pending["service_job"][-1]
    received: datetime = row["received_at"]
    taken_t = int((received - sample.clock.base).total_seconds()) // 60
    problem = str(row["reported_problem"])
    unit_name = str(row["unit_description"]).split(" (")[0]
    summary = f"Not happy with my {unit_name}: {problem[:1].lower()}{problem[1:]}. I want it looked at"
    ask = KINDS[story.kind].asks[story.ask]
    _write(
        sample,
        c,
        story.kind,
        ask,
        opened_t,
        [*moves, (RESOLVED, taken_t, TAKEN_IN.format(number="J-?"))],
        None,
        (),
        summary=summary,
        job_id=int(row["id"]),
    )
