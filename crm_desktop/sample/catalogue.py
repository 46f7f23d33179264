"""The sample shop's catalogue rows (follow-up plans, categories, products, procedures, kinds of request),
and what the generator keeps of them: each product with its effective warranty, plan and the repairs it
can need."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from crm_desktop.domain.plans import PlanStep
from crm_desktop.domain.requests import DEFAULT_KINDS
from crm_desktop.sample.cases import CASES, Case
from crm_desktop.sample.clock import DAY, Clock
from crm_desktop.sample.serials import Serials
from crm_desktop.sample.tables import (
    CATEGORIES,
    FOREIGN_UNITS,
    OPENED_DAY,
    PLANS,
    PROCEDURES,
    PRODUCTS,
    Spec,
)
from crm_desktop.sample.writer import Rows


@dataclass(frozen=True, slots=True)
class Product:
    id: int | None  # None for units bought elsewhere
    spec: Spec
    months: int  # effective warranty in months, 0 for none
    steps: tuple[PlanStep, ...]  # the effective plan's steps, with their stored ids
    cases: tuple[Case, ...]  # what can go wrong with it; nothing: it never comes back for repair


@dataclass(slots=True)
class Catalogue:
    products: dict[str, Product] = field(default_factory=dict)  # by SKU
    by_category: dict[str, list[Product]] = field(default_factory=dict)
    foreign: list[Product] = field(default_factory=list)  # units bought elsewhere
    procedures: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)  # name -> id, steps
    request_kinds: dict[str, int] = field(default_factory=dict)  # name -> id
    serials: Serials = field(default_factory=Serials)

    def on_sale(self, category: str, day: int) -> list[Product]:
        """The products of ``category`` the shop sold on ``day``."""
        return [
            p
            for p in self.by_category[category]
            if p.spec.since <= day and (p.spec.retired_day is None or day <= p.spec.retired_day)
        ]


def cases_for(spec: Spec) -> tuple[Case, ...]:
    return tuple(case for case in CASES.get(spec.category, ()) if not case.fits or spec.sku in case.fits)


def write_catalogue(rows: Rows, clock: Clock, rng: random.Random) -> Catalogue:
    """Plans, categories, products, procedures and kinds of request; draws one serial offset per product
    from ``rng``."""
    catalogue = Catalogue()
    opened = clock.dt(OPENED_DAY * DAY + 8 * 60)
    plan_ids: dict[str, int] = {}
    plan_steps: dict[str, tuple[PlanStep, ...]] = {}
    for name, description, active, steps in PLANS:
        pid = rows.next_id("follow_up_plan")
        plan_ids[name] = pid
        rows.add(
            "follow_up_plan",
            {"id": pid, "name": name, "description": description, "active": active, "created_at": opened},
        )
        stored = tuple(replace(step, step_id=rows.next_id("follow_up_plan_step")) for step in steps)
        for position, step in enumerate(stored):
            rows.add(
                "follow_up_plan_step",
                {
                    "id": step.step_id,
                    "plan_id": pid,
                    "position": position,
                    "kind": step.kind,
                    "title": step.title,
                    "anchor": step.anchor,
                    "offset_days": step.offset_days,
                    "repeat_every_months": step.repeat_every_months,
                    "repeat_limit": step.repeat_limit,
                    "assignee_rule": step.assignee_rule,
                },
            )
        plan_steps[name] = stored if active else ()  # an inactive plan schedules nothing
    categories: dict[str, tuple[int, int, str | None]] = {}
    for name, months, plan in CATEGORIES:
        cid = rows.next_id("product_category")
        categories[name] = (cid, months, plan)
        rows.add(
            "product_category",
            {
                "id": cid,
                "name": name,
                "default_warranty_months": months,
                "default_plan_id": plan_ids[plan] if plan else None,
            },
        )
    for spec in PRODUCTS:
        product_id = rows.next_id("product")
        cat_id, cat_months, cat_plan = categories[spec.category]
        plan = spec.plan or cat_plan
        product = Product(
            product_id,
            spec,
            spec.months if spec.months is not None else cat_months,
            plan_steps[plan] if plan else (),
            cases_for(spec),
        )
        catalogue.products[spec.sku] = product
        catalogue.by_category.setdefault(spec.category, []).append(product)
        catalogue.serials.start(spec, rng)
        rows.add(
            "product",
            {
                "id": product_id,
                "sku": spec.sku,
                "name": spec.name,
                "category_id": cat_id,
                "price_minor": spec.price,
                "default_warranty_months": spec.months,
                "default_plan_id": plan_ids[spec.plan] if spec.plan else None,
                "serial_required": spec.serial,
                "retired": spec.retired_day is not None,
                "created_at": clock.dt(spec.since * DAY + 8 * 60),
            },
        )
    for spec in FOREIGN_UNITS:
        catalogue.foreign.append(Product(None, spec, 0, (), cases_for(spec)))
        catalogue.serials.start(spec, rng)
    for name, description, active, texts in PROCEDURES:
        proc_id = rows.next_id("procedure")
        catalogue.procedures[name] = (proc_id, texts)
        rows.add("procedure", {"id": proc_id, "name": name, "description": description, "active": active})
        for position, step_text in enumerate(texts):
            rows.add(
                "procedure_step",
                {
                    "id": rows.next_id("procedure_step"),
                    "procedure_id": proc_id,
                    "position": position,
                    "text": step_text,
                },
            )
    # The kinds of request every shop starts with (services.requests.ensure_default_request_kinds), each
    # linked to its procedure by name, as the app links them.
    for position, (name, procedure) in enumerate(DEFAULT_KINDS):
        kind_id = rows.next_id("request_kind")
        catalogue.request_kinds[name] = kind_id
        rows.add(
            "request_kind",
            {
                "id": kind_id,
                "name": name,
                "position": position,
                "procedure_id": catalogue.procedures[procedure][0] if procedure is not None else None,
                "active": True,
            },
        )
    return catalogue
