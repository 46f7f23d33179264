"""The sample shop's fixed tables follow the app's own rules: plans the plan editor would save, job paths
the workflow allows, the procedures every shop starts with."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import JobStatus
from crm_desktop.domain.job_workflow import check_move
from crm_desktop.domain.plans import PlanStep, step_problems
from crm_desktop.sample.cases import CASES, PATHS, SIM_CASE
from crm_desktop.sample.tables import CATEGORIES, PLANS, PROCEDURES, PRODUCTS
from crm_desktop.services.jobs import DEFAULT_PROCEDURES


@pytest.mark.parametrize("plan", PLANS, ids=[plan[0] for plan in PLANS])
def test_every_plan_step_could_be_saved_in_the_app(plan: tuple[str, str, bool, tuple[PlanStep, ...]]) -> None:
    name, _, _, steps = plan
    assert steps, name
    for step in steps:
        assert step_problems(step) == [], (name, step)


@pytest.mark.parametrize("path", sorted(PATHS))
def test_every_job_path_is_a_walk_the_workflow_allows(path: str) -> None:
    previous = JobStatus.RECEIVED
    for status, fewest, most in PATHS[path]:
        check_move(previous, status)  # raises with the sentence the app would show
        assert 0 <= fewest <= most
        previous = status


def test_the_shipped_procedures_are_in_the_sample_and_every_case_names_one_of_them() -> None:
    in_use = {name for name, _, active, _ in PROCEDURES if active}
    assert {name for name, _, _ in DEFAULT_PROCEDURES} <= in_use
    named = {case.procedure for cases in CASES.values() for case in cases} | {SIM_CASE.procedure}
    assert named - {None} <= in_use


def test_products_and_categories_refer_to_existing_plans() -> None:
    plans = {name for name, _, active, _ in PLANS if active}
    for _, _, plan in CATEGORIES:
        assert plan is None or plan in plans
    categories = {name for name, _, _ in CATEGORIES}
    for spec in PRODUCTS:
        assert spec.category in categories and (spec.plan is None or spec.plan in plans), spec.sku
