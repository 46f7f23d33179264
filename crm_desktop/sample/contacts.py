"""Contacts with customers: the ``interaction`` row every call, visit and message leaves on a customer's
timeline, and the everyday contacts (questions, promotions, visits) between the sales and the repairs."""

from __future__ import annotations

from typing import Final

from crm_desktop.domain.enums import Channel, Direction, StaffRole
from crm_desktop.sample.state import CustomerMemo, Sample

# Everyday contacts: channel, direction, summary, link to the last sale, needs consent to be sent
_EVERYDAY: Final = (
    (Channel.CALL, Direction.INBOUND, "Asked about the opening hours on Sunday", False, False),
    (Channel.CALL, Direction.INBOUND, "Asked if a new model is in stock", False, False),
    (Channel.CALL, Direction.INBOUND, "Asked for a copy of the invoice", True, False),
    (Channel.CALL, Direction.INBOUND, "Asked how long a screen repair takes", False, False),
    (Channel.CALL, Direction.INBOUND, "Asked what the old phone is worth as a trade-in", False, False),
    (Channel.EMAIL, Direction.INBOUND, "Sent a photo of a scratch on the screen", True, False),
    (Channel.EMAIL, Direction.INBOUND, "Asked for the invoice with the company's VAT number", True, False),
    (
        Channel.MESSAGE,
        Direction.INBOUND,
        "Asked whether the shop is open on the public holiday",
        False,
        False,
    ),
    (Channel.MESSAGE, Direction.INBOUND, "Asked how to pair the earbuds", True, False),
    (Channel.EMAIL, Direction.OUTBOUND, "Sent the copy of the invoice", True, False),
    (Channel.EMAIL, Direction.OUTBOUND, "Sent the spring promotion", False, True),
    (Channel.MESSAGE, Direction.OUTBOUND, "Told the customer the ordered item has arrived", False, False),
    (Channel.IN_STORE, Direction.INBOUND, "Came in to compare laptops; will come back", False, False),
    (Channel.IN_STORE, Direction.INBOUND, "Asked for advice on a bike for their child", False, False),
    (Channel.IN_STORE, Direction.INBOUND, "Had the settings of the phone explained", True, False),
    (Channel.VISIT, Direction.OUTBOUND, "Visited to set up the printer and the Wi-Fi", False, False),
)


def interaction(
    sample: Sample,
    customer_id: int,
    t: int,
    channel: Channel,
    direction: Direction,
    staff_id: int,
    summary: str,
    *,
    sale_id: int | None = None,
    job_id: int | None = None,
    follow_up_id: int | None = None,
    promise_id: int | None = None,
    request_id: int | None = None,
) -> None:
    when = sample.clock.dt(t)
    sample.rows.add(
        "interaction",
        {
            "id": sample.rows.next_id("interaction"),
            "customer_id": customer_id,
            "occurred_at": when,
            "channel": channel,
            "direction": direction,
            "staff_id": staff_id,
            "summary": summary,
            "sale_id": sale_id,
            "job_id": job_id,
            "follow_up_id": follow_up_id,
            "promise_id": promise_id,
            "request_id": request_id,
            "created_at": when,
        },
    )


def everyday_contacts(sample: Sample, c: CustomerMemo, span_years: float) -> None:
    """About one a year for most customers, one a month for the long-standing ones."""
    rng = sample.rng
    mean = span_years * (12 if c.rich else 0.9)
    count = int(mean) + (1 if rng.random() < mean - int(mean) else 0)
    for _ in range(count):
        channel, direction, summary, link, needs_consent = rng.choice(_EVERYDAY)
        if needs_consent and not c.consent:
            continue
        if channel is Channel.EMAIL and c.email is None:
            channel = Channel.CALL
        if channel is Channel.VISIT and not c.business:
            channel, direction = Channel.IN_STORE, Direction.INBOUND
        day = rng.randint(c.since, c.last_day)
        t = max(sample.shop_t(day), c.t0 + 5)
        sale_id = None
        if link:
            earlier = [s for s in c.sales if s.t < t]
            sale_id = earlier[-1].id if earlier else None
        staff = sample.pick_staff(StaffRole.SALES if rng.random() < 0.8 else StaffRole.OWNER, day)
        interaction(sample, c.id, t, channel, direction, staff, summary, sale_id=sale_id)
