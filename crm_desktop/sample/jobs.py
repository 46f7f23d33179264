"""Service jobs: a unit brought in (or a visit booked) for a repair, its warranty decision, the path it
takes through the workflow up to today, parts and labour, the procedure's checklist, the technician's
visits, the "ready by" promise and the contacts around it.

A job is planned whole, past and future, and only what happened before today is applied: the status
it has reached, the audit entries of its moves, the ticks on its checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    JobLineKind,
    JobPriority,
    JobStatus,
    PromiseKind,
    StaffRole,
    VisitStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.domain.job_workflow import is_final
from crm_desktop.domain.warranty import intake_check
from crm_desktop.sample.audit import audit
from crm_desktop.sample.cases import (
    ACCESSORIES_LEFT,
    CONDITIONS,
    LABOUR_COST,
    LABOUR_PRICE,
    PATHS,
    PROMISED_DAYS,
    SIM_CASE,
    SLIP_REASONS,
    Case,
)
from crm_desktop.sample.catalogue import Product
from crm_desktop.sample.clock import DAY
from crm_desktop.sample.contacts import interaction
from crm_desktop.sample.follow_ups import follow_up
from crm_desktop.sample.people import address
from crm_desktop.sample.promises import promise
from crm_desktop.sample.state import CustomerMemo, Sample, Unit, isolated

_VISIT_SLOTS: Final = (7 * 60, 8 * 60 + 30, 10 * 60, 12 * 60, 13 * 60 + 30, 15 * 60)


@dataclass(slots=True)
class _Job:
    """What is decided about a job, at intake and along its path."""

    id: int
    c: CustomerMemo
    received_t: int
    technician: int
    receiver: int
    product: Product | None  # None: a lost phone's duplicate SIM
    item_id: int | None  # the sold item, for a unit sold here
    category: str
    case: Case
    description: str
    serial: str | None
    on_site: bool
    warranty: WarrantyStatus
    decision: WarrantyDecision
    reason: str | None  # why the decision differs from what the warranty says
    path: str = "standard"
    contact: Channel | None = None  # how the customer wants to hear that the unit is ready
    timeline: list[tuple[JobStatus, int]] = field(default_factory=list)  # planned, past and future
    visits: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, when it was booked
    applied: list[tuple[JobStatus, int]] = field(default_factory=list)  # the moves made before today

    @property
    def lost_sim(self) -> bool:
        return self.product is None

    @property
    def status(self) -> JobStatus:
        return self.applied[-1][0] if self.applied else JobStatus.RECEIVED

    @property
    def last_t(self) -> int:
        return self.applied[-1][1] if self.applied else self.received_t

    @property
    def reached(self) -> set[JobStatus]:
        return {s for s, _ in self.applied}

    @property
    def diagnosed(self) -> bool:
        """Whether the job got past the diagnosis."""
        return any(s is not JobStatus.DIAGNOSING for s, _ in self.applied)


@isolated
def job(sample: Sample, c: CustomerMemo, day: int, unit: Unit | None, foreign: Product | None) -> None:
    """A job received on ``day`` for a unit sold here, a unit bought elsewhere, or (neither) a lost phone."""
    j = _intake(sample, c, day, unit, foreign)
    _choose_path(sample, j)
    _plan(sample, j)
    _write_job(sample, j)
    _write_status_history(sample, j)
    if j.diagnosed:
        _write_lines(sample, j)
    _write_checklist(sample, j)
    _write_visits(sample, j)
    _ready_promise(sample, j)
    _contacts(sample, j)


def _intake(sample: Sample, c: CustomerMemo, day: int, unit: Unit | None, foreign: Product | None) -> _Job:
    rng = sample.rng
    jid = sample.rows.next_id("service_job")
    received_t = c.t0 + rng.randint(2, 20) if day == c.since else max(sample.shop_t(day), c.t0 + 5)
    technician = sample.pick_staff(StaffRole.TECHNICIAN, day)
    receiver = sample.pick_staff(StaffRole.SALES, day) if rng.random() < 0.6 else technician
    product = unit.product if unit is not None else foreign
    item_id = unit.item_id if unit is not None else None
    received = sample.clock.date_of(day)
    if product is None:
        status, decision = intake_check(None, received, sold_here=False, serial_known=False)
        return _Job(
            jid,
            c,
            received_t,
            technician,
            receiver,
            product=None,
            item_id=None,
            category="Phones",
            case=SIM_CASE,
            description="Duplicate SIM card (phone lost)",
            serial=None,
            on_site=False,
            warranty=status,
            decision=decision,
            reason=None,
        )
    category = product.spec.category
    case = rng.choices(product.cases, weights=[k.weight for k in product.cases])[0]
    serial = unit.serial if unit is not None else sample.catalogue.serials.next(product.spec)
    # big appliances are repaired at home; a business's computers at its office, often
    on_site = product.spec.on_site or (c.business and category == "Computers" and rng.random() < 0.5)
    # What the app proposes at intake; the technician overrides it, with a reason, when the damage is
    # not the manufacturer's fault or for goodwill just after the warranty ended.
    end = unit.warranty_end if unit is not None else None
    status, decision = intake_check(end, received, sold_here=unit is not None, serial_known=True)
    reason = None
    if status is WarrantyStatus.COVERED and case.not_covered:
        decision, reason = WarrantyDecision.BILLABLE, case.not_covered
    elif status is WarrantyStatus.EXPIRED:
        recent = end is not None and day - sample.clock.day_of(end) <= 60
        if recent and rng.random() < 0.4:
            decision = WarrantyDecision.GOODWILL
            reason = "Warranty ended a few weeks ago; goodwill for a regular customer"
    return _Job(
        jid,
        c,
        received_t,
        technician,
        receiver,
        product=product,
        item_id=item_id,
        category=category,
        case=case,
        description=product.spec.name,
        serial=serial,
        on_site=on_site,
        warranty=status,
        decision=decision,
        reason=reason,
    )


def _choose_path(sample: Sample, j: _Job) -> None:
    rng = sample.rng
    if j.lost_sim:
        j.path = "sim"
    elif j.decision is WarrantyDecision.COVERED and j.case.exchangeable and rng.random() < 0.3:
        j.path = "exchange"
    else:
        j.path = rng.choices(
            ("standard", "parts", "quote", "declined", "nofault"), weights=(40, 30, 15, 5, 10)
        )[0]
        if j.decision is not WarrantyDecision.BILLABLE and j.path in ("quote", "declined"):
            j.path = "standard"


def _plan(sample: Sample, j: _Job) -> None:
    """The planned timeline, past and future; on-site jobs move at the technician's visits."""
    rng = sample.rng
    steps = PATHS[j.path]
    if steps[-1][0] is JobStatus.COLLECTED and rng.random() < 0.03:
        steps = steps[:-1]  # the customer never came back for it
    t = j.received_t
    previous = JobStatus.RECEIVED
    for status, fewest, most in steps:
        days = rng.randint(fewest, most)
        visit_here = j.on_site and (
            status is JobStatus.DIAGNOSING
            or (status is JobStatus.REPAIRING and previous is not JobStatus.DIAGNOSING)
        )
        if j.on_site and not visit_here and status is not JobStatus.COLLECTED:
            days = 0  # on site, the work is done during the visit
        if visit_here:
            start = (t // DAY + max(days, 1)) * DAY + rng.choice(_VISIT_SLOTS)
            end = start + rng.choice((60, 90, 120))
            j.visits.append((start, end, t))
            t = end + 5
        else:
            t = sample.later(t, days)
        j.timeline.append((status, t))
        previous = status
    j.applied = [(status, when) for status, when in j.timeline if when < 0]


def _write_job(sample: Sample, j: _Job) -> None:
    rng = sample.rng
    clock = sample.clock
    c = j.c
    reached = j.reached
    closed_t = j.last_t if is_final(j.status) else None  # collected or cancelled
    replacement = None
    if (
        j.path == "exchange"
        and JobStatus.READY in reached
        and j.product is not None
        and j.product.id is not None
    ):
        replacement = sample.catalogue.serials.next(j.product.spec, replacement=True)
    work_done = None
    if JobStatus.READY in reached:
        work_done = (
            "Unit exchanged under warranty; data transferred to the new unit"
            if j.path == "exchange"
            else "No fault found after a day of testing; cleaned and updated"
            if j.path == "nofault"
            else j.case.work_done
        )
    elif JobStatus.CANCELLED in reached:
        work_done = "Returned unrepaired: the customer declined the quote"
    diagnosis = None
    if j.diagnosed:
        diagnosis = "Could not reproduce the fault" if j.path == "nofault" else j.case.diagnosis
    j.contact = (
        rng.choice((Channel.CALL, Channel.MESSAGE, Channel.EMAIL if c.email else Channel.CALL))
        if rng.random() < 0.7
        else None
    )
    sample.rows.add(
        "service_job",
        {
            "id": j.id,
            "number": -j.id,  # final numbers are given in date order at the end
            "customer_id": c.id,
            "sale_item_id": j.item_id,
            "unit_description": j.description,
            "unit_serial": j.serial,
            "replacement_serial": replacement,
            "reported_problem": j.case.problem,
            "accessories": rng.choice(ACCESSORIES_LEFT[j.category])
            if not j.on_site and not j.lost_sim
            else None,
            "condition": rng.choice(CONDITIONS) if not j.lost_sim else None,
            "contact_preference": j.contact,
            "status": j.status,
            "priority": rng.choices(
                (JobPriority.LOW, JobPriority.NORMAL, JobPriority.HIGH, JobPriority.URGENT),
                weights=(10, 70, 15 if not c.business else 30, 5),
            )[0],
            "technician_id": j.technician,
            "warranty_status": j.warranty,
            "warranty_decision": j.decision,
            "warranty_reason": j.reason,
            "diagnosis": diagnosis,
            "work_done": work_done,
            "received_at": clock.dt(j.received_t),
            "closed_at": clock.dt(closed_t) if closed_t is not None else None,
            "last_action_at": clock.dt(j.last_t),
            "created_at": clock.dt(j.received_t),
            "updated_at": clock.dt(j.last_t),
        },
    )


def _write_status_history(sample: Sample, j: _Job) -> None:
    """The moves the job made before today, as the audit trail records them."""
    previous = JobStatus.RECEIVED
    for new_status, when in j.applied:
        by = j.receiver if new_status in (JobStatus.COLLECTED,) else j.technician
        reason = "Customer declined the quote" if new_status is JobStatus.CANCELLED else None
        audit(
            sample,
            when,
            by,
            AuditEntity.SERVICE_JOB,
            j.id,
            AuditAction.STATUS_CHANGED,
            "status",
            previous,
            new_status,
            reason,
        )
        previous = new_status


def _write_lines(sample: Sample, j: _Job) -> None:
    """Parts and labour, once the technician knows what is wrong."""
    covered = j.decision is WarrantyDecision.COVERED
    lines: list[tuple[JobLineKind, str, str, int, int]] = []
    if j.path == "declined":
        lines.append((JobLineKind.LABOUR, "Diagnosis", "0.50", LABOUR_COST, LABOUR_PRICE))
    elif j.path == "exchange":
        lines.append(
            (JobLineKind.LABOUR, "Exchange paperwork and data transfer", "0.50", LABOUR_COST, LABOUR_PRICE)
        )
    elif j.path == "nofault":
        lines.append((JobLineKind.LABOUR, "Testing and cleaning", "1.00", LABOUR_COST, LABOUR_PRICE))
    else:
        for part, cost, price, quantity in j.case.parts:
            lines.append((JobLineKind.PART, part, quantity, cost, price))
        labour = "Labour" if not j.on_site else "Labour on site"
        lines.append((JobLineKind.LABOUR, labour, sample.rng.choice(j.case.hours), LABOUR_COST, LABOUR_PRICE))
        if j.on_site:
            lines.append((JobLineKind.LABOUR, "Travel", "0.50", LABOUR_COST, LABOUR_PRICE))
    for position, (kind, line_text, quantity, cost, price) in enumerate(lines):
        if j.decision is WarrantyDecision.GOODWILL and kind is JobLineKind.LABOUR:
            price = 0  # goodwill: the shop gives the labour, the customer pays the parts
        sample.rows.add(
            "job_line",
            {
                "id": sample.rows.next_id("job_line"),
                "job_id": j.id,
                "position": position,
                "kind": kind,
                "description": line_text,
                "quantity": Decimal(quantity),
                "unit_cost_minor": cost,
                "unit_price_minor": price,
                "covered_by_warranty": covered,
            },
        )


def _write_checklist(sample: Sample, j: _Job) -> None:
    """The procedure's checklist, ticked as the work went."""
    rng = sample.rng
    if j.case.procedure is None or rng.random() >= 0.8:
        return
    proc_id, texts = sample.catalogue.procedures[j.case.procedure]
    progress = len(texts) if j.diagnosed else rng.randint(0, len(texts) - 1) if j.applied else 0
    tick_t = j.received_t
    for position, step_text in enumerate(texts):
        done = position < progress
        if done:
            tick_t = min(tick_t + rng.randint(2, 40), max(j.last_t, j.received_t + 1))
        sample.rows.add(
            "job_checklist_item",
            {
                "id": sample.rows.next_id("job_checklist_item"),
                "job_id": j.id,
                "procedure_id": proc_id,
                "position": position,
                "text": step_text,
                "done": done,
                "done_by_id": (j.receiver if j.lost_sim else j.technician) if done else None,
                "done_at": sample.clock.dt(tick_t) if done else None,
            },
        )


def _write_visits(sample: Sample, j: _Job) -> None:
    """Visits: on-site repairs, and workshop appointments for a bike service."""
    if j.case.procedure == "Annual maintenance" and j.category == "Bikes":
        j.visits = [(j.received_t, j.received_t + 30, max(j.c.t0, j.received_t - 3 * DAY))]
    for number, (start, end, booked) in enumerate(j.visits):
        if booked >= 0:
            continue  # not booked yet
        if (
            number == 0
            and j.on_site
            and sample.rng.random() < 0.06
            and start // DAY - 2 > j.received_t // DAY
        ):
            _visit(sample, j, start - 2 * DAY, end - 2 * DAY, booked, cancelled=True)
        _visit(sample, j, start, end, booked, cancelled=False)


def _visit(sample: Sample, j: _Job, start: int, end: int, booked: int, *, cancelled: bool) -> None:
    rng = sample.rng
    if cancelled:
        status, outcome = VisitStatus.CANCELLED, "Customer not at home; visit booked again"
    elif start < 0:
        status = VisitStatus.DONE
        outcome = rng.choice(
            ("Diagnosed on site; part ordered", "Repaired on site and tested", "Unit checked and tested")
            if j.on_site
            else ("Bike dropped off for its service",)
        )
    else:
        status, outcome = VisitStatus.SCHEDULED, None
    sample.rows.add(
        "visit",
        {
            "id": sample.rows.next_id("visit"),
            "job_id": j.id,
            "technician_id": j.technician,
            "scheduled_start": sample.clock.dt(start),
            "scheduled_end": sample.clock.dt(end),
            "on_site": j.on_site,
            "address": (j.c.address or address(sample)) if j.on_site else None,
            "status": status,
            "outcome": outcome,
            "created_at": sample.clock.dt(min(booked, start)),
        },
    )


def _ready_promise(sample: Sample, j: _Job) -> None:
    """The "ready by" promise given at the counter."""
    rng = sample.rng
    ready_t = next((when for s, when in j.timeline if s is JobStatus.READY), None)
    cancel_t = next((when for s, when in j.timeline if s is JobStatus.CANCELLED), None)
    promised_day = j.received_t // DAY + PROMISED_DAYS[j.path] + rng.randint(0, 2)
    if j.on_site and j.visits:
        promised_day = max(promised_day, j.visits[0][0] // DAY)
    forced = (4, 23) if j.path == "parts" and rng.random() < 0.3 else ()
    promise(
        sample,
        j.c,
        kind=PromiseKind.JOB_READY,
        description=(
            "Duplicate SIM active and ready to collect"
            if j.lost_sim
            else f"{j.description.split(' (')[0]} repaired and ready"
        ),
        job_id=j.id,
        sale_id=None,
        by=j.receiver,
        promised_t=j.received_t,
        due_day=promised_day,
        done_t=ready_t,
        cancelled_t=cancel_t,
        reasons=SLIP_REASONS[j.path],
        forced=forced,
    )


def _contacts(sample: Sample, j: _Job) -> None:
    """The contacts around the job: intake, quote, ready, collection, and a call after the repair."""
    c = j.c
    if j.on_site:
        intake = f"Called about the {j.description}: {j.case.problem.lower()}; booked a visit"
        interaction(
            sample, c.id, j.received_t, Channel.CALL, Direction.INBOUND, j.receiver, intake, job_id=j.id
        )
    else:
        intake = f"Brought in {j.description}: {j.case.problem.lower()}"
        interaction(
            sample, c.id, j.received_t, Channel.IN_STORE, Direction.INBOUND, j.receiver, intake, job_id=j.id
        )
    for new_status, when in j.applied:
        if new_status is JobStatus.WAITING_CUSTOMER:
            channel = Channel.EMAIL if c.email else Channel.CALL
            interaction(
                sample, c.id, when, channel, Direction.OUTBOUND, j.technician, "Sent the quote", job_id=j.id
            )
        elif new_status is JobStatus.REPAIRING and j.path == "quote":
            interaction(
                sample,
                c.id,
                when,
                Channel.CALL,
                Direction.INBOUND,
                j.technician,
                "Customer approved the quote",
                job_id=j.id,
            )
        elif new_status is JobStatus.CANCELLED:
            interaction(
                sample,
                c.id,
                when,
                Channel.CALL,
                Direction.INBOUND,
                j.receiver,
                "Customer declined the quote",
                job_id=j.id,
            )
        elif new_status is JobStatus.READY and not j.on_site:
            interaction(
                sample,
                c.id,
                when,
                j.contact or Channel.CALL,
                Direction.OUTBOUND,
                j.technician,
                "Told the customer the unit is ready to collect",
                job_id=j.id,
            )
        elif new_status is JobStatus.COLLECTED:
            text_value = "Repair finished on site; customer signed" if j.on_site else "Collected the unit"
            channel = Channel.VISIT if j.on_site else Channel.IN_STORE
            direction = Direction.OUTBOUND if j.on_site else Direction.INBOUND
            interaction(sample, c.id, when, channel, direction, j.receiver, text_value, job_id=j.id)
            if sample.rng.random() < 0.4 and not j.lost_sim:
                follow_up(
                    sample,
                    c,
                    kind=FollowUpKind.CALL,
                    title="Check the repair is holding",
                    due_day=when // DAY + 7,
                    assignee=j.technician,
                    created_t=when,
                    item_id=j.item_id,
                    job_id=j.id,
                )
