"""Follow-ups: the calls the products' plans schedule at each sale, the one-off calls after a repair and
after an unhappy rating, and how each one went (done, skipped, still open or cancelled)."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    StaffRole,
)
from crm_desktop.domain.plans import expand
from crm_desktop.domain.recurrence import next_working_day
from crm_desktop.sample.catalogue import Product
from crm_desktop.sample.clock import DAY
from crm_desktop.sample.contacts import interaction
from crm_desktop.sample.state import CustomerMemo, SaleMemo, Sample, isolated
from crm_desktop.services.follow_ups import LOW_SATISFACTION, recovery_title

_THANKS_OUTCOMES: Final = (
    "Customer happy with the purchase",
    "Explained how to set up the backup",
    "Left a voicemail; customer called back, all fine",
    "Customer asked about a case; offered 10 % off",
    "All good; customer will recommend us",
    "Answered a question about the settings",
)
_WARRANTY_OUTCOMES: Final = (
    "Reminded of the warranty end; not interested in an extension",
    "Customer booked a check before the warranty ends",
    "Sold a one-year warranty extension",
    "Customer reported a small issue; asked them to bring it in",
)
_SERVICE_OUTCOMES: Final = (
    "Service booked for next week",
    "Customer will come in spring",
    "Customer declined; services it themselves",
    "Reminder sent; customer thanked us",
)
_RECOVERY_OUTCOMES: Final = (
    "Apologised and offered a free check; customer satisfied",
    "Replaced the charger as a goodwill gesture",
    "Customer still unhappy; owner will call again",
    "Gave a voucher for the next purchase",
)
_JOB_CALL_OUTCOMES: Final = (
    "Unit working fine since the repair",
    "Customer very pleased with the repair",
    "Customer reports the problem is back; asked to bring it in",
)
_SKIP_OUTCOMES: Final = (
    "No answer after three tries",
    "Customer asked not to be called",
    "Customer moved away",
    "Already handled in another call",
)
_LOW_COMMENTS: Final = (
    "Screen scratched within a week",
    "Waited too long at the counter",
    "Found it cheaper online afterwards",
    "The set-up was not explained",
    "Delivery came two days late",
    "The seller was in a hurry",
)
_MID_COMMENTS: Final = ("OK, but the battery could be better", "Fine, a bit expensive", None, None)
_HIGH_COMMENTS: Final = ("Very helpful staff", "Great advice", None, None, None, None)


def plan_follow_ups(
    sample: Sample,
    c: CustomerMemo,
    sale: SaleMemo,
    item_id: int,
    product: Product,
    warranty_end: date | None,
    voided_t: int | None,
    staff_by_role: Mapping[StaffRole, Sequence[int]],
) -> None:
    """The follow-ups the product's plan schedules at the sale, as recording the sale in the app does
    (:func:`crm_desktop.domain.plans.expand`); a voided sale's are cancelled."""
    sale_date = sample.clock.date_of(sale.day)
    for planned in expand(product.steps, sale_date, warranty_end, sale.seller, staff_by_role):
        due_day = sample.clock.day_of(planned.due_date)
        assignee = planned.assignee_id if planned.assignee_id is not None else sample.staff.owner
        follow_up(
            sample,
            c,
            kind=planned.kind,
            title=planned.title,
            due_day=due_day,
            assignee=sample.staff.holder(assignee, due_day),
            created_t=sale.t,
            sale_id=sale.id,
            item_id=item_id,
            step_id=planned.step_id,
            occurrence=planned.occurrence,
            cancelled_t=voided_t,
        )


@isolated
def follow_up(
    sample: Sample,
    c: CustomerMemo,
    *,
    kind: FollowUpKind,
    title: str,
    due_day: int,
    created_t: int,
    assignee: int,
    sale_id: int | None = None,
    item_id: int | None = None,
    job_id: int | None = None,
    step_id: int | None = None,
    occurrence: int = 1,
    cancelled_t: int | None = None,
) -> None:
    """One follow-up and how it went: done or skipped (a few days late at most) once it is due,
    open while it is not (or overdue), cancelled with a voided sale or an archived customer."""
    rng = sample.rng
    owner = sample.staff.owner
    fid = sample.rows.next_id("follow_up")
    status = FollowUpStatus.OPEN
    outcome: str | None = None
    satisfaction: int | None = None
    comment: str | None = None
    done_t: int | None = None
    done_by: int | None = None
    if cancelled_t is None and c.archived_t is not None and due_day >= c.archived_t // DAY:
        cancelled_t = c.archived_t
    if cancelled_t is None and due_day < 0:
        draw = rng.random()
        open_share, done_share = (0.25, 0.85) if due_day >= -45 else (0.01, 0.9)
        if draw < open_share:
            status = FollowUpStatus.OPEN  # overdue: someone has to make this call
        else:
            status = FollowUpStatus.DONE if draw < done_share else FollowUpStatus.SKIPPED
            delay_draw = rng.random()
            delay = 0 if delay_draw < 0.7 else rng.randint(1, 3) if delay_draw < 0.95 else rng.randint(4, 10)
            done_day = min(due_day + delay, -1)
            done_t = max(sample.shop_t(done_day), created_t + 30)
            done_by = assignee if rng.random() < 0.9 else owner
    if status is FollowUpStatus.OPEN and cancelled_t is None and c.archived_t is not None:
        cancelled_t = c.archived_t  # archiving a customer cancels what was still to do
    if cancelled_t is not None:
        status = FollowUpStatus.CANCELLED
    if status is FollowUpStatus.DONE:
        outcome, satisfaction, comment = _done(rng, kind, job_id)
    elif status is FollowUpStatus.SKIPPED:
        outcome = rng.choice(_SKIP_OUTCOMES)
    updated = done_t if done_t is not None else cancelled_t if cancelled_t is not None else created_t
    clock = sample.clock
    sample.rows.add(
        "follow_up",
        {
            "id": fid,
            "customer_id": c.id,
            "sale_id": sale_id,
            "sale_item_id": item_id,
            "job_id": job_id,
            "plan_step_id": step_id,
            "occurrence": occurrence,
            "kind": kind,
            "title": title,
            "due_date": clock.date_of(due_day),
            "assignee_id": assignee,
            "status": status,
            "outcome": outcome,
            "satisfaction": satisfaction,
            "satisfaction_comment": comment,
            "completed_at": clock.dt(done_t) if done_t is not None else None,
            "completed_by_id": done_by,
            "created_at": clock.dt(created_t),
            "updated_at": clock.dt(updated),
        },
    )
    if done_t is None or done_by is None or outcome is None:
        return
    if status is FollowUpStatus.DONE:
        if kind is FollowUpKind.SERVICE_REMINDER:
            channel = Channel.EMAIL if c.email and rng.random() < 0.5 else Channel.MESSAGE
        else:
            channel = Channel.CALL if rng.random() < 0.85 else Channel.MESSAGE
        interaction(
            sample,
            c.id,
            done_t,
            channel,
            Direction.OUTBOUND,
            done_by,
            outcome,
            sale_id=sale_id,
            job_id=job_id,
            follow_up_id=fid,
        )
        if satisfaction is not None and satisfaction <= LOW_SATISFACTION:
            # as completing it in the app does: a recovery call for the owner, the next working day
            recovery_day = clock.day_of(next_working_day(clock.date_of(done_t // DAY)))
            follow_up(
                sample,
                c,
                kind=FollowUpKind.RECOVERY,
                title=recovery_title(c.name, satisfaction),
                due_day=recovery_day,
                assignee=owner,
                created_t=done_t,
                sale_id=sale_id,
                item_id=item_id,
                job_id=job_id,
            )
    elif rng.random() < 0.3:
        interaction(
            sample,
            c.id,
            done_t,
            Channel.CALL,
            Direction.OUTBOUND,
            done_by,
            "No answer",
            sale_id=sale_id,
            job_id=job_id,
            follow_up_id=fid,
        )


def _done(rng: random.Random, kind: FollowUpKind, job_id: int | None) -> tuple[str, int | None, str | None]:
    """What a completed follow-up says happened: the outcome, and for a satisfaction check the score
    and the customer's comment."""
    if kind is FollowUpKind.SATISFACTION:
        score = rng.choices((5, 4, 3, 2, 1), weights=(50, 30, 10, 6, 4))[0]
        comment: str | None
        if score <= LOW_SATISFACTION:
            comment = rng.choice(_LOW_COMMENTS)
        elif score == 3:
            comment = rng.choice(_MID_COMMENTS)
        else:
            comment = rng.choice(_HIGH_COMMENTS)
        return f"Rated {score} out of 5" + (f": {comment}" if comment else ""), score, comment
    outcomes: tuple[str, ...]
    if kind is FollowUpKind.WARRANTY_NOTICE:
        outcomes = _WARRANTY_OUTCOMES
    elif kind is FollowUpKind.SERVICE_REMINDER:
        outcomes = _SERVICE_OUTCOMES
    elif kind is FollowUpKind.RECOVERY:
        outcomes = _RECOVERY_OUTCOMES
    elif job_id is not None:
        outcomes = _JOB_CALL_OUTCOMES
    else:
        outcomes = _THANKS_OUTCOMES
    return rng.choice(outcomes), None, None
