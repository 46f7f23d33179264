"""A customer's story with the shop: how many sales and when, which units come back for repair (and the
lost phone or the unit bought elsewhere), the promises made at the counter, the everyday contacts and the
requests that are not repairs."""

from __future__ import annotations

from typing import Final

from crm_desktop.sample.catalogue import Product
from crm_desktop.sample.contacts import everyday_contacts
from crm_desktop.sample.jobs import job
from crm_desktop.sample.promises import general_promise
from crm_desktop.sample.requests import customer_requests
from crm_desktop.sample.sales import sale
from crm_desktop.sample.state import CustomerMemo, Sample, Unit

# The share of units sold that come back for a repair, by category (three times as many for the
# long-standing customers, who keep their things and come back for everything).
_REPAIR_RATE: Final = {"Phones": 0.10, "Computers": 0.10, "Appliances": 0.15, "Bikes": 0.2, "Tools": 0.08}


def write_history(sample: Sample, c: CustomerMemo) -> None:
    rng = sample.rng
    span_years = (c.last_day - c.since) / 365
    n_sales = _sales(sample, c, span_years)
    if c.archived_t is None:
        _jobs(sample, c, n_sales)
    # Promises that are not about a repair.
    n_promises = rng.randint(3, 5) if c.rich else (1 if rng.random() < 0.08 else 0)
    if c.archived_t is not None:
        n_promises = 0
    for k in range(n_promises):
        general_promise(sample, c, forced_slips=c.rich and k == 0)
    everyday_contacts(sample, c, span_years)
    customer_requests(sample, c)


def _sales(sample: Sample, c: CustomerMemo, span_years: float) -> int:
    """The customer's sales: the first on the day they came in, the others spread over their years."""
    rng = sample.rng
    if c.rich:
        n_sales = 12 + rng.randint(0, 14)
    elif c.archived_t is not None:
        n_sales = 1
    elif rng.random() < 0.08:
        n_sales = 0
    else:
        chance = 0.35 if c.business else 0.18
        n_sales = 1 + sum(1 for _ in range(int(span_years * 2)) if rng.random() < chance)
    days = sorted(rng.randint(c.since, c.last_day) for _ in range(max(0, n_sales - 1)))
    if n_sales:
        sale(sample, c, c.since, c.t0 + rng.randint(3, 20))
    for day in days:
        sale(sample, c, day, max(sample.shop_t(day), c.t0 + 30))
    return n_sales


def _jobs(sample: Sample, c: CustomerMemo, n_sales: int) -> None:
    """Service jobs: for units sold here, for units bought elsewhere, for a lost phone."""
    rng = sample.rng
    jobs: list[tuple[int, Unit | None, Product | None]] = []
    for unit in c.units:
        chance = _REPAIR_RATE.get(unit.product.spec.category, 0) if unit.product.cases else 0
        if rng.random() < chance * (3 if c.rich else 1):
            # a quarter of the jobs are recent: the workshop is busy with this month's work
            day = -rng.randint(1, 35) if rng.random() < 0.25 else unit.sale_day + rng.randint(14, 900)
            if unit.sale_day + 7 <= day <= -1:
                jobs.append((day, unit, None))
    foreign = 0
    if n_sales == 0:
        foreign = 1 if rng.random() < 0.55 else 0
    elif rng.random() < 0.03:
        foreign = 1
    if c.rich:
        foreign += max(0, 3 - len(jobs))
    elsewhere = sample.catalogue.foreign
    for k in range(foreign):
        day = c.since if k == 0 and n_sales == 0 else rng.randint(c.since, -1)
        jobs.append((day, None, rng.choices(elsewhere, weights=[p.spec.weight for p in elsewhere])[0]))
    phones = [u for u in c.units if u.product.spec.category == "Phones"]
    if phones and rng.random() < (0.5 if c.rich else 0.015):
        jobs.append((rng.randint(phones[0].sale_day, -1), None, None))
    jobs.sort(key=lambda planned: planned[0])
    for day, sold, bought_elsewhere in jobs:
        job(sample, c, day, sold, bought_elsewhere)
