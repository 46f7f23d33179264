"""Sales: what a customer bought on a day (a main product, its add-ons, free-text lines), with serials,
warranty dates by the app's rule, the follow-ups the products' plans schedule, and the odd voided sale."""

from __future__ import annotations

from typing import Final

from crm_desktop.domain.enums import Channel, Direction, SaleStatus, StaffRole
from crm_desktop.domain.warranty import warranty_end
from crm_desktop.sample.catalogue import Product
from crm_desktop.sample.contacts import interaction
from crm_desktop.sample.follow_ups import plan_follow_ups
from crm_desktop.sample.state import CustomerMemo, SaleMemo, Sample, Unit
from crm_desktop.sample.tables import ADDONS, FREE_TEXT, MAIN_CATEGORIES

_VOID_REASONS: Final = (
    "Entered twice by mistake",
    "Customer changed their mind before leaving the shop",
    "Wrong customer selected",
    "Card payment refused",
    "Wrong product scanned",
)
_SALE_NOTES: Final = (
    "Paid by card",
    "Paid in cash",
    "Delivered on Saturday morning",
    "Old phone left with us for recycling",
    "Invoice to the company address",
    "Gift: gift receipt printed",
)


# What a sale line is while the sale is made: the product (None: a free-text line), the description,
# the quantity and the unit price.
_Line = tuple[Product | None, str, int, int]


def sale(sample: Sample, c: CustomerMemo, day: int, t: int) -> None:
    """A sale at moment ``t`` on ``day``, its items and the contact at the counter."""
    rng = sample.rng
    rows = sample.rows
    clock = sample.clock
    sid = rows.next_id("sale")
    seller = sample.staff.owner if rng.random() < 0.12 else sample.pick_staff(StaffRole.SALES, day)
    categories, weights = MAIN_CATEGORIES[c.business]
    category = rng.choices(categories, weights=weights)[0]
    lines = _basket(sample, c, category, day)
    voided_t = t + rng.randint(5, 90) if rng.random() < 0.015 else None
    rows.add(
        "sale",
        {
            "id": sid,
            "number": -sid,  # final numbers are given in date order once every sale is written
            "customer_id": c.id,
            "sale_date": clock.date_of(day),
            "staff_id": seller,
            "notes": rng.choice(_SALE_NOTES) if rng.random() < 0.08 else None,
            "status": SaleStatus.VOID if voided_t is not None else SaleStatus.ACTIVE,
            "voided_at": clock.dt(voided_t) if voided_t is not None else None,
            "void_reason": rng.choice(_VOID_REASONS) if voided_t is not None else None,
            "created_at": clock.dt(t),
            "updated_at": clock.dt(voided_t if voided_t is not None else t),
        },
    )
    memo = SaleMemo(sid, day, t, seller, category)
    if voided_t is None:
        c.sales.append(memo)
    _items(sample, c, memo, lines, voided_t)
    summary = f"Bought {lines[0][1]}"
    if len(lines) > 1:
        summary += f" and {len(lines) - 1} more item{'s' if len(lines) > 2 else ''}"
    interaction(sample, c.id, t, Channel.IN_STORE, Direction.INBOUND, seller, summary, sale_id=sid)


def _basket(sample: Sample, c: CustomerMemo, category: str, day: int) -> list[_Line]:
    """What the customer takes home: a main product (a few for a business), and what goes with it."""
    rng = sample.rng
    lines: list[_Line] = []
    main = pick_product(sample, category, day)
    if category == "Accessories":
        lines.append((main, main.spec.name, 1, main.spec.price))
        if rng.random() < 0.3:
            other = pick_product(sample, category, day)
            if other is not main:
                lines.append((other, other.spec.name, rng.choice((1, 1, 2)), other.spec.price))
        return lines
    units = (
        rng.randint(2, 5) if c.business and category in ("Phones", "Computers") and rng.random() < 0.3 else 1
    )
    price = main.spec.price
    if rng.random() < 0.1:
        price = price * (100 - rng.choice((5, 10, 15))) // 100 // 100 * 100
    lines.extend((main, main.spec.name, 1, price) for _ in range(units))
    for key, chance in ADDONS[category]:
        if rng.random() < chance:
            if key.startswith("*"):
                description, free_price = FREE_TEXT[key]
                lines.append((None, description, 1, free_price))
            else:
                addon = sample.catalogue.products[key]
                if addon.spec.retired_day is None or day <= addon.spec.retired_day:
                    lines.append((addon, addon.spec.name, rng.choice((1, 1, 1, 2)), addon.spec.price))
    return lines


def _items(sample: Sample, c: CustomerMemo, sale: SaleMemo, lines: list[_Line], voided_t: int | None) -> None:
    """The sale's items, with serials and warranty dates, and the follow-ups their plans schedule."""
    rng = sample.rng
    sale_date = sample.clock.date_of(sale.day)
    staff_by_role = sample.staff.on_duty(rng, sale.day)  # who the plans' follow-ups go to, as of the sale
    planned: set[str] = set()
    for position, (product, description, quantity, price) in enumerate(lines):
        item_id = sample.rows.next_id("sale_item")
        serial = None
        start = end = None
        override = None
        if product is not None:
            if product.spec.serial:
                serial = sample.catalogue.serials.next(product.spec)
            if product.months > 0:
                start = sale_date
                months = product.months
                if product.spec.serial and rng.random() < 0.01:
                    months += 12
                    override = "Extended warranty bought at the counter: one more year"
                end = warranty_end(start, months)  # the app's own rule, as a recorded sale gets
        sample.rows.add(
            "sale_item",
            {
                "id": item_id,
                "sale_id": sale.id,
                "position": position,
                "product_id": product.id if product is not None else None,
                "description": description,
                "serial": serial,
                "quantity": quantity,
                "unit_price_minor": price,
                "warranty_start": start,
                "warranty_end": end,
                "warranty_override_reason": override,
            },
        )
        if product is None:
            continue
        if voided_t is None and product.spec.category != "Accessories":
            c.units.append(Unit(item_id, product, serial, sale.day, end, sale.id))
        if product.steps and product.spec.sku not in planned:
            planned.add(product.spec.sku)  # one set of calls per product per sale, not per unit
            plan_follow_ups(sample, c, sale, item_id, product, end, voided_t, staff_by_role)


def pick_product(sample: Sample, category: str, day: int) -> Product:
    """A product of ``category`` on sale on ``day``; the popular ones more often."""
    candidates = sample.catalogue.on_sale(category, day)
    return sample.rng.choices(candidates, weights=[p.spec.weight for p in candidates])[0]
