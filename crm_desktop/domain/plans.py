"""Follow-up plans expanded into dated follow-ups, on plain values.

A plan step counts ``offset_days`` from its anchor, the sale date or the last day of the warranty
(:func:`crm_desktop.domain.warranty.warranty_end`):

* a one-off step is due on ``anchor + offset_days``;
* a repeating step (``repeat_every_months``) is first due on ``anchor + offset_days``, then every N
  calendar months after that first date: occurrence k is ``add_months(first, N * (k - 1))``, always
  counted from the first date (never chained), so a reminder on 31 January stays on month ends and a
  sale on 29 February keeps 28 February in common years and 29 February in leap years. This is the
  rule the sample shop's plans were written with (a yearly reminder is offset 365 days, every 12
  months). ``repeat_limit`` is the total number of occurrences; without one, :data:`DEFAULT_REPEAT_CAP`
  occurrences are planned.
* nothing is planned before the sale: a warranty step that would fall on or before the sale date (a
  "30 days before the end" notice on a one-month warranty) is skipped, and so is every warranty step of
  an item without a warranty.

Who does it (:func:`assignee_for`): the seller for the ``seller`` rule, otherwise the first active staff
member with the rule's role; when nobody fits, the first owner, then the seller, then nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StaffRole, StepAnchor
from crm_desktop.domain.warranty import add_months
from crm_desktop.i18n import _, ngettext

DEFAULT_REPEAT_CAP: Final = 5  # occurrences of a repeating step that has no limit of its own
MAX_OFFSET_DAYS: Final = 3650  # ten years either way
MAX_REPEAT_EVERY_MONTHS: Final = 120
MAX_REPEAT_LIMIT: Final = 50
TITLE_MAX: Final = 200

_ROLE_OF_RULE: Final = {
    AssigneeRule.OWNER: StaffRole.OWNER,
    AssigneeRule.SALES: StaffRole.SALES,
    AssigneeRule.TECHNICIAN: StaffRole.TECHNICIAN,
}


@dataclass(frozen=True)
class PlanStep:
    """One step of a plan. ``step_id`` is the stored step's id (None for a step not saved yet)."""

    step_id: int | None
    kind: FollowUpKind
    title: str
    anchor: StepAnchor = StepAnchor.SALE
    offset_days: int = 0
    repeat_every_months: int | None = None
    repeat_limit: int | None = None
    assignee_rule: AssigneeRule = AssigneeRule.SELLER


@dataclass(frozen=True)
class PlannedFollowUp:
    step_id: int | None
    occurrence: int  # 1 for the first (or only) one
    kind: FollowUpKind
    title: str
    due_date: date
    assignee_id: int | None


def occurrence_count(step: PlanStep) -> int:
    """How many follow-ups the step plans in all: 1, its limit, or :data:`DEFAULT_REPEAT_CAP`."""
    if not step.repeat_every_months:
        return 1
    return step.repeat_limit or DEFAULT_REPEAT_CAP


def due_date(step: PlanStep, sale_date: date, warranty_end: date | None, occurrence: int) -> date | None:
    """When occurrence ``occurrence`` (from 1) of ``step`` is due; None when it is not planned at all
    (past the step's occurrences, a warranty step without a warranty, or on/before the sale)."""
    if occurrence < 1 or occurrence > occurrence_count(step):
        return None
    if step.anchor is StepAnchor.WARRANTY_END:
        if warranty_end is None:
            return None
        first = warranty_end + timedelta(days=step.offset_days)
    else:
        first = sale_date + timedelta(days=step.offset_days)
    due = first if occurrence == 1 else add_months(first, (step.repeat_every_months or 0) * (occurrence - 1))
    if step.anchor is StepAnchor.WARRANTY_END and due <= sale_date:
        return None
    return due


def next_occurrence(
    step: PlanStep, sale_date: date, occurrence: int, warranty_end: date | None = None
) -> tuple[int, date] | None:
    """The occurrence after ``occurrence`` and its due date, for when a recurring follow-up is completed;
    None when the step does not repeat or its occurrences are used up. ``warranty_end`` is needed for
    warranty-anchored steps only."""
    for following in range(occurrence + 1, occurrence_count(step) + 1):
        due = due_date(step, sale_date, warranty_end, following)
        if due is not None:
            return following, due
    return None


def assignee_for(
    rule: AssigneeRule, seller_id: int | None, staff_by_role: Mapping[StaffRole, Sequence[int]]
) -> int | None:
    """Who a follow-up goes to; ``staff_by_role`` lists active staff ids per role, first choice first."""
    if rule is AssigneeRule.SELLER and seller_id is not None:
        return seller_id
    role = _ROLE_OF_RULE.get(rule)
    for candidates in (
        staff_by_role.get(role, ()) if role is not None else (),
        staff_by_role.get(StaffRole.OWNER, ()),
    ):
        if candidates:
            return candidates[0]
    return seller_id


def expand(
    steps: Iterable[PlanStep],
    sale_date: date,
    warranty_end: date | None,
    seller_id: int | None,
    staff_by_role: Mapping[StaffRole, Sequence[int]],
) -> list[PlannedFollowUp]:
    """Every follow-up ``steps`` plan for a sale on ``sale_date`` of an item whose warranty ends on
    ``warranty_end`` (None: no warranty), ordered by due date (then step order)."""
    planned: list[tuple[date, int, int, PlannedFollowUp]] = []
    for position, step in enumerate(steps):
        assignee = assignee_for(step.assignee_rule, seller_id, staff_by_role)
        for occurrence in range(1, occurrence_count(step) + 1):
            due = due_date(step, sale_date, warranty_end, occurrence)
            if due is None:
                continue
            follow_up = PlannedFollowUp(step.step_id, occurrence, step.kind, step.title, due, assignee)
            planned.append((due, position, occurrence, follow_up))
    planned.sort(key=lambda row: row[:3])
    return [row[3] for row in planned]


def step_problems(step: PlanStep) -> list[str]:
    """Why ``step`` cannot be saved, one sentence each; empty when it can."""
    problems: list[str] = []
    title = step.title.strip()
    shown = title if len(title) <= 40 else title[:40] + "…"
    if not title:
        problems.append(_("Every step needs a title."))
    elif len(title) > TITLE_MAX:
        problems.append(
            ngettext(
                "Step '{step}': the title is {count} character long, at most {most}.",
                "Step '{step}': the title is {count} characters long, at most {most}.",
                len(title),
            ).format(step=shown, count=f"{len(title):,}", most=TITLE_MAX)
        )
    if not isinstance(step.kind, FollowUpKind):
        problems.append(_("Step '{step}': unknown kind {kind}.").format(step=shown, kind=repr(step.kind)))
    if not isinstance(step.anchor, StepAnchor):
        problems.append(
            _("Step '{step}': unknown anchor {anchor}.").format(step=shown, anchor=repr(step.anchor))
        )
    if not isinstance(step.assignee_rule, AssigneeRule):
        problems.append(
            _("Step '{step}': unknown assignee rule {rule}.").format(
                step=shown, rule=repr(step.assignee_rule)
            )
        )
    if not -MAX_OFFSET_DAYS <= step.offset_days <= MAX_OFFSET_DAYS:
        problems.append(
            _("Step '{step}': the offset must be within {most} days.").format(
                step=shown, most=f"{MAX_OFFSET_DAYS:,}"
            )
        )
    elif step.anchor is StepAnchor.SALE and step.offset_days < 0:
        problems.append(
            _("Step '{step}': a step counted from the sale cannot come before it.").format(step=shown)
        )
    every, limit = step.repeat_every_months, step.repeat_limit
    if every is not None and not 1 <= every <= MAX_REPEAT_EVERY_MONTHS:
        problems.append(
            _("Step '{step}': repeat every 1 to {most} months.").format(
                step=shown, most=MAX_REPEAT_EVERY_MONTHS
            )
        )
    if limit is not None:
        if every is None:
            problems.append(
                _("Step '{step}': a number of repeats needs a repeat interval.").format(step=shown)
            )
        elif not 1 <= limit <= MAX_REPEAT_LIMIT:
            problems.append(
                _("Step '{step}': repeat 1 to {most} times in all.").format(step=shown, most=MAX_REPEAT_LIMIT)
            )
    return problems


__all__ = [
    "DEFAULT_REPEAT_CAP",
    "PlanStep",
    "PlannedFollowUp",
    "assignee_for",
    "due_date",
    "expand",
    "next_occurrence",
    "occurrence_count",
    "step_problems",
]
