"""Promises: dated commitments to a customer ("SIM active by Friday", a repair "ready by" date), moved
with a reason each time the work runs late, and closed as kept, broken or cancelled."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import Channel, Direction, PromiseKind, PromiseStatus, StaffRole
from crm_desktop.sample.audit import audit
from crm_desktop.sample.clock import DAY
from crm_desktop.sample.contacts import interaction
from crm_desktop.sample.state import CustomerMemo, Sample, isolated

_GENERAL_PROMISES: Final = (
    # description, fewest days, most days, reasons for moving the date, category of the linked sale
    (
        "SIM active by Friday",
        0,
        0,
        ("The operator's activation queue is full", "Porting the number takes longer"),
        "Phones",
    ),
    (
        "Order the matching case and call when it arrives",
        5,
        10,
        ("Supplier out of stock", "The carrier delayed the delivery"),
        "Phones",
    ),
    (
        "Transfer photos and contacts from the old phone",
        1,
        3,
        ("The old phone needed a new battery before the transfer", "The backup took longer than expected"),
        "Phones",
    ),
    (
        "Send a written quote for the office laptops",
        2,
        5,
        ("Waiting for prices from the distributor", "Distributor changed its price list"),
        None,
    ),
    (
        "Deliver and install the washing machine",
        3,
        10,
        (
            "The delivery van broke down",
            "The customer asked to move the delivery",
            "Need a second person for the stairs",
        ),
        "Appliances",
    ),
    (
        "Refund the price difference after the promotion",
        3,
        7,
        ("Refunds are processed on Mondays only", "The bank transfer was rejected; new account number asked"),
        None,
    ),
    (
        "Call back with the price of a 3-year extended warranty",
        1,
        3,
        ("The insurer has not answered yet",),
        None,
    ),
    (
        "Set up the e-mail accounts on the new laptop",
        1,
        4,
        ("The customer's password reset is still pending",),
        "Computers",
    ),
    ("Adjust the gears after the first 100 km", 7, 21, ("The workshop is fully booked this week",), "Bikes"),
)


@isolated
def general_promise(sample: Sample, c: CustomerMemo, *, forced_slips: bool) -> None:
    """A promise made at the counter that is not about a repair."""
    rng = sample.rng
    description, fewest, most, reasons, category = rng.choice(_GENERAL_PROMISES)
    if forced_slips:
        day = rng.randint(c.since, -60 if c.since < -60 else -1)
    elif c.since < -21 and rng.random() < 0.3:
        day = -rng.randint(1, 21)  # the promises still running are the ones the counter talks about
    else:
        day = rng.randint(c.since, -1)
    promised_t = max(sample.shop_t(day), c.t0 + 10)
    promised_day = promised_t // DAY
    if description == "SIM active by Friday":
        due_day = promised_day + (4 - sample.clock.date_of(promised_day).weekday()) % 7
    else:
        due_day = promised_day + rng.randint(fewest, most)
    draw = rng.random()
    if forced_slips:
        due_day = promised_day + 3
        done_day: int | None = promised_day + 30
        forced: tuple[int, ...] = (4, 23)
    else:
        forced = ()
        if draw < 0.65:
            done_day = due_day
        elif draw < 0.94:
            done_day = due_day + rng.randint(1, 25)
        else:
            done_day = None  # forgotten
    done_t = max(sample.shop_t(done_day), promised_t + 10) if done_day is not None else None
    cancelled_t = None
    if not forced_slips and rng.random() < 0.04:
        cancelled_t = sample.later(promised_t, rng.randint(0, 3))
    linked = [s for s in c.sales if s.t <= promised_t and (category is None or s.category == category)]
    promise(
        sample,
        c,
        kind=PromiseKind.GENERAL,
        description=description,
        job_id=None,
        sale_id=linked[-1].id if linked and rng.random() < 0.7 else None,
        by=sample.pick_staff(StaffRole.SALES, promised_day),
        promised_t=promised_t,
        due_day=due_day,
        done_t=done_t,
        cancelled_t=cancelled_t,
        reasons=reasons,
        forced=forced,
    )


def promise(
    sample: Sample,
    c: CustomerMemo,
    *,
    kind: PromiseKind,
    description: str,
    job_id: int | None,
    sale_id: int | None,
    by: int,
    promised_t: int,
    due_day: int,
    done_t: int | None,
    cancelled_t: int | None,
    reasons: Sequence[str],
    forced: tuple[int, ...],
    request_id: int | None = None,
) -> int:
    """A dated commitment; moved (at most three times) while the work runs later than promised.

    Returns when it was last moved (when it was made, if never): a move is an action on the job or
    request it is about."""
    rng = sample.rng
    clock = sample.clock
    pid = sample.rows.next_id("promise")
    original = current = due_day
    last_t = promised_t
    done_day = done_t // DAY if done_t is not None else None
    moves = 0
    first_reason = 0 if forced else rng.randrange(len(reasons))
    while done_day is not None and done_day > current and moves < 3:
        change_day = max(current - rng.randint(0, 1), last_t // DAY)
        change_t = max(sample.shop_t(change_day), last_t + 10)
        if change_t >= 0 or (cancelled_t is not None and change_t >= cancelled_t):
            break  # that call has not happened (yet)
        step = forced[moves] if moves < len(forced) else rng.choice((2, 4, 7, 14, 23))
        new = current + step
        reason = reasons[(first_reason + moves) % len(reasons)]
        changer = by if rng.random() < 0.5 else sample.staff.owner
        sample.rows.add(
            "promise_change",
            {
                "id": sample.rows.next_id("promise_change"),
                "promise_id": pid,
                "old_date": clock.date_of(current),
                "new_date": clock.date_of(new),
                "reason": reason,
                "changed_by_id": changer,
                "changed_at": clock.dt(change_t),
            },
        )
        audit(
            sample,
            change_t,
            changer,
            AuditEntity.PROMISE,
            pid,
            AuditAction.DATE_CHANGED,
            "due_date",
            clock.date_of(current).isoformat(),
            clock.date_of(new).isoformat(),
            reason,
        )
        interaction(
            sample,
            c.id,
            change_t,
            Channel.CALL,
            Direction.OUTBOUND,
            changer,
            f"Called to move the date: {reason}",
            job_id=job_id,
            sale_id=sale_id,
            promise_id=pid,
            request_id=request_id,
        )
        current, last_t, moves = new, change_t, moves + 1
    resolved_t: int | None = None
    if cancelled_t is not None and cancelled_t < 0:
        status, resolved_t = PromiseStatus.CANCELLED, cancelled_t
    elif done_t is not None and done_t < 0 and done_day is not None:
        status = PromiseStatus.KEPT if done_day <= current else PromiseStatus.BROKEN
        resolved_t = max(done_t, last_t + 5)
        if kind is PromiseKind.GENERAL and rng.random() < 0.5:
            interaction(
                sample,
                c.id,
                resolved_t,
                Channel.MESSAGE,
                Direction.OUTBOUND,
                by,
                f"Done: {description}",
                sale_id=sale_id,
                promise_id=pid,
                request_id=request_id,
            )
    else:
        status = PromiseStatus.OPEN
    sample.rows.add(
        "promise",
        {
            "id": pid,
            "customer_id": c.id,
            "kind": kind,
            "job_id": job_id,
            "sale_id": sale_id,
            "request_id": request_id,
            "description": description,
            "promised_by_id": by,
            "promised_at": clock.dt(promised_t),
            "original_due_date": clock.date_of(original),
            "due_date": clock.date_of(current),
            "status": status,
            "resolved_at": clock.dt(resolved_t) if resolved_t is not None else None,
            "created_at": clock.dt(promised_t),
            "updated_at": clock.dt(max(last_t, resolved_t if resolved_t is not None else last_t)),
        },
    )
    return last_t
