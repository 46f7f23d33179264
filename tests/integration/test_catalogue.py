"""The catalogue on a real database: categories, products, effective terms, plans and the default plan."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StepAnchor
from crm_desktop.domain.plans import PlanStep
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.services.catalogue import (
    DEFAULT_PLAN_NAME,
    CategoryInput,
    PlanInput,
    ProductInput,
    create_category,
    create_plan,
    create_product,
    ensure_default_plans,
    get_plan,
    get_product,
    list_categories,
    list_plans,
    list_products,
    retire_product,
    update_category,
    update_plan,
    update_product,
)
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import OpenedDatabase


@pytest.fixture
def database(opened: OpenedDatabase) -> Database:
    return opened.database


def test_default_plan_is_created_once(database: Database) -> None:
    plan = ensure_default_plans(database)
    assert plan is not None and plan.name == DEFAULT_PLAN_NAME
    assert [(s.kind, s.anchor, s.offset_days, s.repeat_every_months, s.repeat_limit) for s in plan.steps] == [
        (FollowUpKind.CALL, StepAnchor.SALE, 3, None, None),
        (FollowUpKind.SATISFACTION, StepAnchor.SALE, 30, None, None),
        (FollowUpKind.WARRANTY_NOTICE, StepAnchor.WARRANTY_END, -30, None, None),
        (FollowUpKind.SERVICE_REMINDER, StepAnchor.SALE, 365, 12, 5),
    ]
    assert all(s.step_id is not None for s in plan.steps)
    assert ensure_default_plans(database) is None
    assert [p.name for p in list_plans(database)] == [DEFAULT_PLAN_NAME]


def test_effective_terms_come_from_the_category_unless_the_product_has_its_own(database: Database) -> None:
    plan = ensure_default_plans(database)
    assert plan is not None
    other = create_plan(
        database,
        PlanInput(name="Thank-you only", steps=(PlanStep(None, FollowUpKind.CALL, "Thanks", offset_days=3),)),
    )
    bikes = create_category(
        database, CategoryInput(name="Bikes", default_warranty_months=24, default_plan_id=plan.id)
    )
    bike = create_product(
        database, ProductInput(sku="BK-1", name="City bike", category_id=bikes.id, price_minor=59900)
    )
    assert (bike.warranty_months, bike.plan_id, bike.category_name) == (24, plan.id, "Bikes")
    own = update_product(
        database,
        bike.id,
        ProductInput(
            sku="BK-1",
            name="City bike",
            category_id=bikes.id,
            price_minor=59900,
            default_warranty_months=0,
            default_plan_id=other.id,
        ),
    )
    assert (own.warranty_months, own.plan_id) == (0, other.id)
    loose = create_product(database, ProductInput(sku="X", name="Loose item"))
    assert (loose.warranty_months, loose.plan_id, loose.category_name) == (0, None, None)
    update_category(database, bikes.id, CategoryInput(name="Bicycles", default_warranty_months=36))
    assert [c.name for c in list_categories(database)] == ["Bicycles"]
    moved = update_product(database, loose.id, ProductInput(sku="X", name="Loose item", category_id=bikes.id))
    assert (moved.warranty_months, moved.category_name) == (36, "Bicycles")


def test_product_validation(database: Database) -> None:
    create_product(database, ProductInput(sku="PH-1", name="Phone"))
    cases = [
        (ProductInput(sku="  ", name="Phone"), "sku", "required"),
        (ProductInput(sku="ph-1", name="Other"), "sku", "already used by Phone"),
        (ProductInput(sku="PH-2", name="Phone", price_minor=-1), "price_minor", "zero or more"),
        (
            ProductInput(sku="PH-2", name="Phone", default_warranty_months=241),
            "default_warranty_months",
            "0 to 240",
        ),
        (ProductInput(sku="PH-2", name="Phone", category_id=999), "category_id", "no product category"),
        (ProductInput(sku="PH-2", name="Phone", default_plan_id=999), "default_plan_id", "no follow-up plan"),
        (ProductInput(sku="PH-2", name=""), "name", "required"),
    ]
    for data, key, words in cases:
        with pytest.raises(FieldErrors) as caught:
            create_product(database, data)
        assert words in caught.value.errors[key]
    assert [p.sku for p in list_products(database)] == ["PH-1"]
    with pytest.raises(FieldErrors, match="240"):
        create_category(database, CategoryInput(name="Odd", default_warranty_months=-1))


def test_retired_products_leave_the_list(database: Database) -> None:
    product = create_product(database, ProductInput(sku="OLD", name="Old phone"))
    assert retire_product(database, product.id).retired
    assert list_products(database) == ()
    assert [p.sku for p in list_products(database, include_retired=True)] == ["OLD"]
    with pytest.raises(FieldErrors, match="retired"):
        create_product(database, ProductInput(sku="old", name="New phone"))
    assert not retire_product(database, product.id, retired=False).retired
    assert get_product(database, product.id).sku == "OLD"


def test_plan_update_keeps_kept_steps_and_validates(database: Database) -> None:
    plan = ensure_default_plans(database)
    assert plan is not None
    thanks, satisfaction, *_ = plan.steps
    extra = PlanStep(
        None, FollowUpKind.MESSAGE, "Tips message", StepAnchor.SALE, 7, assignee_rule=AssigneeRule.SALES
    )
    updated = update_plan(
        database,
        plan.id,
        PlanInput(
            name=plan.name,
            description=plan.description,
            steps=(replace(satisfaction, offset_days=45), thanks, extra),
        ),
    )
    assert [s.step_id for s in updated.steps[:2]] == [satisfaction.step_id, thanks.step_id]
    assert updated.steps[0].offset_days == 45 and updated.steps[2].step_id is not None
    assert get_plan(database, plan.id) == updated
    bad_steps = (
        PlanStep(None, FollowUpKind.CALL, "", StepAnchor.SALE, 0),
        PlanStep(None, FollowUpKind.CALL, "Too early", StepAnchor.SALE, -3),
        PlanStep(None, FollowUpKind.CALL, "Repeats", StepAnchor.SALE, 0, repeat_every_months=0),
        PlanStep(999_999, FollowUpKind.CALL, "Someone else's", StepAnchor.SALE, 0),
    )
    for step in bad_steps:
        with pytest.raises(FieldErrors) as caught:
            update_plan(database, plan.id, PlanInput(name=plan.name, steps=(step,)))
        assert "steps" in caught.value.errors
    with pytest.raises(FieldErrors, match="already a plan"):
        create_plan(database, PlanInput(name=DEFAULT_PLAN_NAME.upper()))
    assert get_plan(database, plan.id) == updated
