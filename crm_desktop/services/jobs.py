"""Service jobs: intake at the counter (J-number, warranty decision, "ready by" promise), status moves
along the workflow, parts and labour, exchanges, procedure checklists.

Each action is one user action and one unit of work: plain values in, a frozen :class:`JobDetails` out,
:class:`ValidationError` (or :class:`FieldErrors` for the intake form) with sentences for the user, and
an :class:`AuditEntry` for every status move, warranty override and exchange.

Rules:
* warranty at intake: the unit is the sold item given, else the active sale item with the same serial
  (case aside). Covered if its warranty ends today or later, expired if before (or sold without one);
  not sold here when a serial is given that no active sale has; unknown without a serial. Covered
  means the shop pays (decision "covered"), everything else is billable. A different decision is an
  override: it needs a reason and is audited (``service_job`` / ``warranty_override``);
* a "ready by" date is a :class:`Promise` (kind ``job_ready``) to the customer. It is closed when the
  job is ready (kept if on or before its date, else broken), at the latest when collected, and
  cancelled with the job;
* moves follow :mod:`crm_desktop.domain.job_workflow`; each is audited (``service_job`` /
  ``status_changed`` / ``status``) and counts as the job's last action. Collected and cancelled set
  ``closed_at``; collecting schedules a satisfaction check 7 days later;
* money: line totals are quantity × unit amount rounded half-up to the minor unit, per line;
* an exchange puts the replacement's serial on the sold item and keeps its warranty end: a
  replacement never restarts the warranty.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import BindParameter, bindparam, func, select
from sqlalchemy.orm import Session

from crm_desktop.domain import dates
from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import (
    Channel,
    FollowUpKind,
    FollowUpStatus,
    JobLineKind,
    JobPriority,
    JobStatus,
    PromiseKind,
    PromiseStatus,
    SaleStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.domain.job_workflow import allowed_moves, check_move, is_final
from crm_desktop.domain.numbers import JOB_PREFIX, SALE_PREFIX, format_number, parse_number
from crm_desktop.domain.timeline import JOB_STATUS_SENTENCE, JOB_STATUS_TEXT, job_state, short_date
from crm_desktop.domain.warranty import intake_check
from crm_desktop.errors import FieldChange, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import (
    SavedStamp,
    acting,
    audit,
    changed_fields,
    check_version,
    conflict,
    require_aware,
    saved_stamp,
)
from crm_desktop.services.promises import (
    PromiseChainDetails,
    add_promise,
    chain_of,
    resolve_promise,
)
from crm_desktop.storage.engine import Database, UnitOfWork
from crm_desktop.storage.models import (
    Customer,
    FollowUp,
    JobChecklistItem,
    JobLine,
    Procedure,
    ProcedureStep,
    Promise,
    PromiseChange,
    Sale,
    SaleItem,
    ServiceJob,
    Staff,
)
from crm_desktop.storage.sequences import JOB, next_number

UNIT_MAX: Final = 300  # service_job.unit_description
SERIAL_MAX: Final = 64  # service_job.unit_serial
TEXT_MAX: Final = 10_000  # problem, accessories, condition, notes
REASON_MAX: Final = 2_000
LINE_DESCRIPTION_MAX: Final = 300  # job_line.description
TITLE_MAX: Final = 200  # follow_up.title
QUANTITY_MAX: Final = Decimal(10_000)
AMOUNT_MAX: Final = 100_000_000_00  # a hundred million in major units: more is a typing mistake
SATISFACTION_AFTER_DAYS: Final = 7
_CENT: Final = Decimal("0.01")

# The procedures a new shop starts with, written in the language of its first start (then the shop's).
DEFAULT_PROCEDURES: Final = (
    (
        N_("Lost phone / duplicate SIM"),
        N_("A customer lost their phone or it was stolen: protect the line, then get them a new SIM."),
        (
            N_("Verify the customer's identity (ID card or passport)"),
            N_("Block the line with the operator"),
            N_("Order the duplicate SIM"),
            N_("Promise an activation date and record it as a promise"),
            N_("Collect the signed request and a copy of the ID"),
        ),
    ),
    (
        N_("Device not charging"),
        N_("Phones, laptops, e-bike batteries and cordless tools that no longer charge."),
        (
            N_("Try a known-good charger and cable"),
            N_("Inspect and clean the charging port"),
            N_("Check the battery health and charge cycles"),
            N_("Charge for 15 minutes and note the current drawn"),
            N_("Decide: clean, replace the port, or replace the battery"),
        ),
    ),
    (
        N_("Annual maintenance"),
        N_("The yearly service of a bike or an appliance."),
        (
            N_("Clean and inspect the unit"),
            N_("Check wear parts and replace where needed"),
            N_("Update the firmware or adjust the settings"),
            N_("Test run"),
            N_("Tell the customer the date of the next service"),
        ),
    ),
)

__all__ = [
    "ChecklistItemDetails",
    "JobDetails",
    "JobInput",
    "JobLineDetails",
    "LineInput",
    "SavedStamp",
    "WarrantyCheck",
    "add_line",
    "apply_procedure",
    "check_warranty",
    "customer_jobs",
    "customer_units",
    "days_since_last_action",
    "ensure_default_procedures",
    "find_job_by_number",
    "get_job",
    "job_saved",
    "move_job",
    "open_job",
    "record_exchange",
    "remove_line",
    "take_in",
    "tick",
    "update_notes",
]


# ------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, kw_only=True)
class JobInput:
    """The intake form. ``sale_item_id`` None: the unit is looked up by its serial among sold items.
    ``warranty_override`` None: the decision follows the warranty found; else it needs a reason."""

    customer_id: int
    sale_item_id: int | None = None
    unit_description: str = ""  # blank with a sold item: the item's description
    unit_serial: str | None = None  # blank with a sold item: the item's serial
    reported_problem: str = ""
    accessories: str | None = None
    condition: str | None = None
    contact_preference: Channel | None = None
    priority: JobPriority = JobPriority.NORMAL
    technician_id: int | None = None
    ready_by: date | None = None
    warranty_override: WarrantyDecision | None = None
    override_reason: str | None = None
    staff_id: int | None = None  # who takes the unit in (audit trail, promised by)


@dataclass(frozen=True, kw_only=True)
class LineInput:
    kind: JobLineKind
    description: str
    quantity: Decimal = Decimal(1)  # hours for labour; hundredths at most
    unit_cost_minor: int = 0  # what it costs the shop
    unit_price_minor: int = 0  # what the customer would pay
    covered_by_warranty: bool | None = None  # None: as the job's warranty decision says


@dataclass(frozen=True)
class JobLineDetails:
    id: int
    kind: JobLineKind
    description: str
    quantity: Decimal
    unit_cost_minor: int
    unit_price_minor: int
    covered_by_warranty: bool
    cost_minor: int
    price_minor: int


@dataclass(frozen=True)
class ChecklistItemDetails:
    id: int
    procedure_id: int | None
    text: str
    done: bool
    done_by_id: int | None
    done_at: datetime | None


@dataclass(frozen=True)
class JobDetails:
    id: int
    number: int
    number_text: str  # "J-0042"
    customer_id: int
    customer_name: str
    sale_item_id: int | None
    sale_number_text: str | None  # "S-0012" when the unit was sold here
    unit_description: str
    unit_serial: str | None
    replacement_serial: str | None
    reported_problem: str
    accessories: str | None
    condition: str | None
    contact_preference: Channel | None
    status: JobStatus
    status_text: str  # "waiting for parts"
    next_states: tuple[JobStatus, ...]
    priority: JobPriority
    technician_id: int | None
    technician_name: str | None
    diagnosis: str | None
    work_done: str | None
    warranty_status: WarrantyStatus
    warranty_decision: WarrantyDecision
    warranty_reason: str | None
    warranty_end: date | None  # of the sold item (unchanged by an exchange)
    received_at: datetime
    last_action_at: datetime
    closed_at: datetime | None
    lines: tuple[JobLineDetails, ...]
    checklist: tuple[ChecklistItemDetails, ...]
    ready_promise: PromiseChainDetails | None
    parts_minor: int  # price of the part lines
    labour_minor: int  # price of the labour lines
    billable_minor: int  # what the customer pays: the price of the lines not covered
    covered_cost_minor: int  # what the warranty work costs the shop: the cost of the covered lines
    version: int = 0  # sent back when saving the notes: a save over someone else's is refused

    @property
    def is_open(self) -> bool:
        return not is_final(self.status)

    @property
    def checklist_done(self) -> int:
        return sum(1 for item in self.checklist if item.done)


# ------------------------------------------------------------------------------------------ actions


def open_job(database: Database, data: JobInput, today: date, now: datetime) -> JobDetails:
    """Take a unit in: J-number, warranty found and decided, "ready by" promise. :class:`FieldErrors`
    keyed by the :class:`JobInput` field names if it cannot be saved, and then nothing is."""
    with database.writing() as uow:
        job = take_in(uow.session, data, today, now)
        return _saved(uow, job, today)


def take_in(session: Session, data: JobInput, today: date, now: datetime) -> ServiceJob:
    """:func:`open_job`'s work inside the caller's transaction (a request becoming a job uses it too)."""
    from crm_desktop.domain.validation import FieldErrors

    require_aware(now)
    errors: dict[str, str] = {}
    unit = _field(data.unit_description, _("The unit description"), UNIT_MAX, "unit_description", errors)
    serial = _field(data.unit_serial, _("The serial number"), SERIAL_MAX, "unit_serial", errors)
    if serial is not None:
        serial = serial.strip()
    problem = _field(data.reported_problem, _("The reported problem"), TEXT_MAX, "reported_problem", errors)
    if problem is None and "reported_problem" not in errors:
        errors["reported_problem"] = _("Write down the problem the customer reports.")
    accessories = _field(data.accessories, _("The accessories"), TEXT_MAX, "accessories", errors)
    condition = _field(data.condition, _("The condition"), TEXT_MAX, "condition", errors)
    contact = _enum_or_none(Channel, data.contact_preference, "contact_preference", errors)
    priority = _enum_or_none(JobPriority, data.priority, "priority", errors) or JobPriority.NORMAL
    override = _enum_or_none(WarrantyDecision, data.warranty_override, "warranty_override", errors)
    reason = _field(data.override_reason, _("The override reason"), REASON_MAX, "override_reason", errors)
    if data.ready_by is not None and data.ready_by < today:
        errors["ready_by"] = _("The “ready by” date cannot be in the past; pick today or a later date.")
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        errors["customer_id"] = _("There is no customer #{id}.").format(id=data.customer_id)
    elif customer.archived:
        errors["customer_id"] = _("{name} is archived; restore them before opening a job.").format(
            name=customer.name
        )
    for key, sid in (("technician_id", data.technician_id), ("staff_id", data.staff_id)):
        person = session.get(Staff, sid) if sid is not None else None
        if sid is not None and person is None:
            errors[key] = _("There is no staff member #{id}.").format(id=sid)
        elif person is not None and not person.active:
            errors[key] = _("{name} has retired; choose someone still working here.").format(name=person.name)
    item: SaleItem | None = None
    if data.sale_item_id is not None:
        item = session.get(SaleItem, data.sale_item_id)
        if item is None:
            errors["sale_item_id"] = _("There is no sold item #{id}.").format(id=data.sale_item_id)
        elif item.sale.status is not SaleStatus.ACTIVE:
            shown = format_number(SALE_PREFIX, item.sale.number)
            errors["sale_item_id"] = _("Sale {number} is void; its items have no warranty to claim.").format(
                number=shown
            )
    elif serial is not None and "unit_serial" not in errors:
        item = _sold_item_with_serial(session, serial)
    if item is not None:
        unit = unit or item.description
        serial = serial or item.serial
    if unit is None and "unit_description" not in errors:
        errors["unit_description"] = _("Describe the unit (make and model), or pick the item sold.")
    status, proposed = _warranty(item, serial, today)
    decision = proposed
    if override is not None and override is not proposed:
        if reason is None and "override_reason" not in errors:
            errors["override_reason"] = _(
                "The warranty check says “{proposed}” ({status}); say why this job is “{decision}” instead."
            ).format(proposed=proposed, status=status.replace("_", " "), decision=override)
        decision = override
    else:
        reason = None  # nothing overridden: nothing to explain
    if errors:
        raise FieldErrors(errors)
    assert customer is not None and unit is not None and problem is not None

    job = ServiceJob(
        number=next_number(session, JOB),
        customer_id=customer.id,
        sale_item_id=item.id if item is not None else None,
        unit_description=unit,
        unit_serial=serial,
        reported_problem=problem,
        accessories=accessories,
        condition=condition,
        contact_preference=contact,
        status=JobStatus.RECEIVED,
        priority=priority,
        technician_id=data.technician_id,
        received_by_id=data.staff_id,
        warranty_status=status,
        warranty_decision=decision,
        warranty_reason=reason,
        received_at=now,
        last_action_at=now,
    )
    session.add(job)
    session.flush()
    audit(
        session,
        data.staff_id,
        AuditEntity.SERVICE_JOB,
        job.id,
        AuditAction.STATUS_CHANGED,
        at=now,
        field="status",
        new=JobStatus.RECEIVED,
    )
    if decision is not proposed:
        audit(
            session,
            data.staff_id,
            AuditEntity.SERVICE_JOB,
            job.id,
            AuditAction.WARRANTY_OVERRIDE,
            at=now,
            field="warranty_decision",
            old=proposed,
            new=decision,
            reason=reason,
        )
    if data.ready_by is not None:
        add_promise(
            session,
            customer_id=customer.id,
            description=f"{format_number(JOB_PREFIX, job.number)} ready to collect: {_short(unit, 120)}",
            due_date=data.ready_by,
            kind=PromiseKind.JOB_READY,
            job_id=job.id,
            sale_id=None,
            staff_id=data.staff_id,
            now=now,
        )
    _tell_automatically(session, "job_received", job, data.ready_by, now, data.staff_id)
    return job


def _tell_automatically(
    session: Session, event: str, job: ServiceJob, ready_by: date | None, now: datetime, staff_id: int | None
) -> None:
    """The customer's message about this job, queued in this unit of work when the shop's template for
    ``event`` is sent by itself (see :func:`crm_desktop.services.messages.queue_automatic`)."""
    from crm_desktop.services.messages import Links, queue_automatic

    queue_automatic(session, event, job.customer_id, lambda: job_message_values(job, ready_by),
                    Links(job_id=job.id), now, staff_id)  # fmt: skip


def job_message_values(job: ServiceJob | JobDetails, ready_by: date | None) -> dict[str, str]:
    """A job's placeholders in messages: its number, the unit, the date it is promised for."""
    from crm_desktop.domain.timeline import written_date

    return {
        "job_number": format_number(JOB_PREFIX, job.number),
        "unit": job.unit_description or _("unit"),
        "ready_date": written_date(ready_by, weekday=True) if ready_by is not None else _("soon"),
    }


def move_job(
    database: Database,
    job_id: int,
    new_status: JobStatus,
    now: datetime,
    *,
    staff_id: int | None = None,
    note: str | None = None,
    expected_status: JobStatus | None = None,
) -> JobDetails:
    """Move a job along the workflow (see :func:`~crm_desktop.domain.job_workflow.check_move`).

    ``expected_status``: the status the window showed. When someone else has moved the job since,
    :class:`ConflictError` says who and to what, even where the move would still be allowed (moving a
    job back to "waiting for parts" that a colleague has just marked ready).
    """
    require_aware(now)
    why = _optional(note, _("The note"), TEXT_MAX)
    with database.writing() as uow:
        session = uow.session
        job = _job(session, job_id, lock=True)
        acting(session, staff_id)
        if expected_status is not None and job.status is not JobStatus(expected_status):
            shown = format_number(JOB_PREFIX, job.number)
            raise conflict(
                session, AuditEntity.SERVICE_JOB, job, what=shown,
                changes=(
                    FieldChange(
                        _("Status"), _(JOB_STATUS_TEXT[job.status]), _(JOB_STATUS_TEXT[JobStatus(new_status)])
                    ),
                ),
            )  # fmt: skip
        check_move(job.status, new_status)
        target = JobStatus(new_status)
        day = _local_day(now)
        old = job.status
        job.status = target
        job.last_action_at = now
        if is_final(target):
            job.closed_at = now
        audit(
            session,
            staff_id,
            AuditEntity.SERVICE_JOB,
            job.id,
            AuditAction.STATUS_CHANGED,
            at=now,
            field="status",
            old=old,
            new=target,
            reason=why,
        )
        ref = format_number(JOB_PREFIX, job.number)
        for promise in _open_ready_promises(session, job.id):
            if target is JobStatus.CANCELLED:
                resolve_promise(
                    session, promise, PromiseStatus.CANCELLED, now, staff_id, f"Job {ref} cancelled"
                )
            elif target in (JobStatus.READY, JobStatus.COLLECTED):
                if day <= promise.due_date:
                    resolve_promise(session, promise, PromiseStatus.KEPT, now, staff_id, None)
                else:
                    late = (
                        f"Ready on {short_date(day, day)}, promised for {short_date(promise.due_date, day)}"
                    )
                    resolve_promise(session, promise, PromiseStatus.BROKEN, now, staff_id, late)
        if target is JobStatus.READY:
            _tell_automatically(session, "job_ready", job, None, now, staff_id)
        if target is JobStatus.COLLECTED:
            session.add(
                FollowUp(
                    customer_id=job.customer_id,
                    sale_item_id=job.sale_item_id,
                    job_id=job.id,
                    kind=FollowUpKind.SATISFACTION,
                    title=_short(f"Satisfaction check: {ref} {job.unit_description}", TITLE_MAX),
                    due_date=day + timedelta(days=SATISFACTION_AFTER_DAYS),
                    assignee_id=staff_id,
                    status=FollowUpStatus.OPEN,
                )
            )
        return _saved(uow, job, day)


def add_line(
    database: Database, job_id: int, line: LineInput, now: datetime, *, staff_id: int | None = None
) -> JobDetails:
    """Add a part or labour line to an open job. Quantities are exact (Decimal, hundredths at most)."""
    require_aware(now)
    try:
        kind = JobLineKind(line.kind)
    except ValueError:
        raise ValidationError(
            _("'{kind}' is not a kind of job line (part or labour).").format(kind=line.kind)
        ) from None
    description = _required(line.description, _("The line description"), LINE_DESCRIPTION_MAX)
    quantity = _quantity(line.quantity)
    cost = _amount(line.unit_cost_minor, _("The unit cost"))
    price = _amount(line.unit_price_minor, _("The unit price"))
    covered = line.covered_by_warranty
    if covered is not None and not isinstance(covered, bool):
        raise ValidationError(_("Say whether the line is covered by the warranty (yes or no)."))
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        job = _job(session, job_id, lock=True)
        # Translators: {state} ends a sentence about the unit, e.g. "has been collected".
        _open(job, _("Job {number} {state}; you cannot add a line to it any more."))
        position = session.scalar(
            select(func.coalesce(func.max(JobLine.position), -1)).where(JobLine.job_id == job.id)
        )
        session.add(
            JobLine(
                job_id=job.id,
                position=(position if position is not None else -1) + 1,
                kind=kind,
                description=description,
                quantity=quantity,
                unit_cost_minor=cost,
                unit_price_minor=price,
                covered_by_warranty=(
                    covered if covered is not None else job.warranty_decision is WarrantyDecision.COVERED
                ),
                added_by_id=staff_id,
            )
        )
        audit(
            session, staff_id, AuditEntity.SERVICE_JOB, job.id, AuditAction.LINE_ADDED, at=now,
            field="job_line", new=f"{kind}: {description} × {quantity} at {price}",
        )  # fmt: skip
        job.last_action_at = now
        session.flush()
        session.expire(job, ["lines"])
        details = _details(session, job, _local_day(now))
        uow.commit()
    return details


def remove_line(
    database: Database, line_id: int, now: datetime, *, staff_id: int | None = None
) -> JobDetails:
    """Take a mistaken line off an open job; what it was is kept in the audit trail."""
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        line = session.get(JobLine, line_id, with_for_update=True)
        if line is None:
            raise ValidationError(
                _("Line #{id} does not exist (was it already removed?).").format(id=line_id)
            )
        job = _job(session, line.job_id, lock=True)
        _open(job, _("Job {number} {state}; you cannot remove a line from it any more."))
        acting(session, staff_id)
        was = f"{line.kind}: {line.description} × {line.quantity} at {line.unit_price_minor}"
        audit(
            session,
            staff_id,
            AuditEntity.SERVICE_JOB,
            job.id,
            AuditAction.LINE_REMOVED,
            at=now,
            field="job_line",
            old=was,
        )
        session.delete(line)
        job.last_action_at = now
        return _saved(uow, job, _local_day(now))


def record_exchange(
    database: Database,
    job_id: int,
    replacement_serial: str,
    now: datetime,
    *,
    staff_id: int | None = None,
    warranty_end: date | None = None,
    reason: str | None = None,
) -> JobDetails:
    """The unit is swapped for a new one: the replacement's serial goes on the job and on the sold item,
    whose warranty end stays as it was (an exchange never silently restarts the warranty). A different
    ``warranty_end`` for the replacement is an override: it needs a ``reason`` and is audited."""
    require_aware(now)
    serial = _required(replacement_serial, _("The replacement serial"), SERIAL_MAX).strip()
    why = _optional(reason, _("The reason"), REASON_MAX)
    with database.writing() as uow:
        session = uow.session
        job = _job(session, job_id, lock=True)
        _open(job, _("Job {number} {state}; you cannot record an exchange on it any more."))
        acting(session, staff_id)
        if job.unit_serial is not None and serial.casefold() == job.unit_serial.casefold():
            raise ValidationError(
                _("{serial} is the serial of the unit brought in, not of its replacement.").format(
                    serial=serial
                )
            )
        other = _sold_item_with_serial(session, serial)
        item = session.get(SaleItem, job.sale_item_id) if job.sale_item_id is not None else None
        if other is not None and (item is None or other.id != item.id):
            shown = format_number(SALE_PREFIX, other.sale.number)
            raise ValidationError(
                _("Serial {serial} was already sold on sale {sale}; check the number.").format(
                    serial=serial, sale=shown
                )
            )
        old = job.replacement_serial
        job.replacement_serial = serial
        job.last_action_at = now
        audit(
            session,
            staff_id,
            AuditEntity.SERVICE_JOB,
            job.id,
            AuditAction.EXCHANGED,
            at=now,
            field="replacement_serial",
            old=old,
            new=serial,
        )
        if item is not None:
            kept = f"Exchanged under job {format_number(JOB_PREFIX, job.number)}; warranty end kept"
            audit(
                session,
                staff_id,
                AuditEntity.SALE_ITEM,
                item.id,
                AuditAction.EXCHANGED,
                at=now,
                field="serial",
                old=item.serial,
                new=serial,
                reason=kept,
            )
            item.serial = serial  # warranty_start / warranty_end are left exactly as they were
            if warranty_end is not None and warranty_end != item.warranty_end:
                if why is None:
                    raise ValidationError(
                        _(
                            "A replacement keeps the original warranty end; say why this one ends on {date} "
                            "instead."
                        ).format(date=dates.medium_date(warranty_end))
                    )
                start = item.warranty_start or item.sale.sale_date
                if warranty_end < start:
                    raise ValidationError(
                        _("The warranty cannot end before it starts ({date}).").format(
                            date=dates.medium_date(start)
                        )
                    )
                old_end = item.warranty_end.isoformat() if item.warranty_end else None
                audit(
                    session,
                    staff_id,
                    AuditEntity.SALE_ITEM,
                    item.id,
                    AuditAction.WARRANTY_OVERRIDE,
                    at=now,
                    field="warranty_end",
                    old=old_end,
                    new=warranty_end,
                    reason=why,
                )
                item.warranty_end = warranty_end
        elif warranty_end is not None:
            raise ValidationError(_("This unit was not sold here: there is no warranty end to change."))
        return _saved(uow, job, _local_day(now))


def apply_procedure(
    database: Database,
    job_id: int,
    procedure_id: int,
    *,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> JobDetails:
    """Copy an active procedure's steps onto the job's checklist (after what is already there)."""
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        job = _job(session, job_id, lock=True)
        _open(job, _("Job {number} {state}; you cannot add a checklist to it any more."))
        procedure = session.get(Procedure, procedure_id)
        if procedure is None:
            raise ValidationError(_("There is no procedure #{id}.").format(id=procedure_id))
        if not procedure.active:
            raise ValidationError(
                _("The procedure “{name}” is retired; pick another one.").format(name=procedure.name)
            )
        if any(item.procedure_id == procedure.id for item in job.checklist):
            raise ValidationError(
                _("The checklist “{name}” is already on this job.").format(name=procedure.name)
            )
        start = max((item.position for item in job.checklist), default=-1) + 1
        for offset, step in enumerate(procedure.steps):
            job.checklist.append(
                JobChecklistItem(procedure_id=procedure.id, position=start + offset, text=step.text)
            )
        audit(
            session, staff_id, AuditEntity.SERVICE_JOB, job.id, AuditAction.PROCEDURE_APPLIED,
            at=now, field="checklist", new=procedure.name,
        )  # fmt: skip
        if now is not None:
            require_aware(now)
            job.last_action_at = now
        return _saved(uow, job, _local_day(now) if now is not None else date.today())


def tick(database: Database, item_id: int, done: bool, staff_id: int | None, now: datetime) -> JobDetails:
    """Tick (or untick) a checklist item; who and when are kept."""
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        item = session.get(JobChecklistItem, item_id, with_for_update=True)
        if item is None:
            raise ValidationError(
                _("Checklist item #{id} does not exist (was it removed?).").format(id=item_id)
            )
        job = _job(session, item.job_id, lock=True)
        _open(job, _("Job {number} {state}; you cannot tick the checklist of it any more."))
        acting(session, staff_id)
        item.done = bool(done)
        item.done_by_id = staff_id if done else None
        item.done_at = now if done else None
        job.last_action_at = now
        audit(
            session, staff_id, AuditEntity.CHECKLIST_ITEM, item.id,
            AuditAction.CHECKED if done else AuditAction.UNCHECKED, at=now, field="done", new=item.text[:200],
        )  # fmt: skip
        return _saved(uow, job, _local_day(now))


def update_notes(
    database: Database,
    job_id: int,
    now: datetime,
    *,
    diagnosis: str | None,
    work_done: str | None,
    technician_id: int | None,
    staff_id: int | None = None,
    expected_version: int | None = None,
    keep_mine: bool = False,
) -> JobDetails:
    """Save the technician's diagnosis and work-done notes and who the job is assigned to. A change of
    technician is audited; notes can still be completed after the job is closed (but not reassigned).
    ``expected_version``: the version the job window showed (saved by someone else since: ConflictError).
    ``keep_mine``: saved over someone else's on purpose, after such a conflict; the audit trail says so.
    """
    require_aware(now)
    diag = _optional(diagnosis, _("The diagnosis"), TEXT_MAX)
    done = _optional(work_done, _("The work done"), TEXT_MAX)
    with database.writing() as uow:
        session = uow.session
        job = _job(session, job_id, lock=True)
        acting(session, staff_id)

        def name(person_id: int | None) -> str | None:
            person = session.get(Staff, person_id) if person_id is not None else None
            return person.name if person is not None else None

        shown = format_number(JOB_PREFIX, job.number)
        check_version(
            session, AuditEntity.SERVICE_JOB, job, expected_version, what=shown,
            changes=lambda: tuple(
                FieldChange(label, old or _("(none)"), new or _("(none)"))
                for label, old, new in (
                    (_("Diagnosis"), job.diagnosis, diag),
                    (_("Work done"), job.work_done, done),
                    (_("Technician"), name(job.technician_id), name(technician_id)),
                )
                if old != new
            ),
        )  # fmt: skip
        changed = (diag, done, technician_id) != (job.diagnosis, job.work_done, job.technician_id)
        if keep_mine:
            overwritten = changed_fields(
                (
                    ("diagnosis", job.diagnosis, diag),
                    ("work done", job.work_done, done),
                    ("technician", job.technician_id, technician_id),
                )
            )
            audit(session, staff_id, AuditEntity.SERVICE_JOB, job.id, AuditAction.KEPT_MINE, at=now,
                  field=overwritten)  # fmt: skip
        if technician_id != job.technician_id:
            _open(job, _("Job {number} {state}; you cannot reassign it any more."))
            if technician_id is not None:
                tech = session.get(Staff, technician_id)
                if tech is None:
                    raise ValidationError(_("There is no staff member #{id}.").format(id=technician_id))
                if not tech.active:
                    raise ValidationError(
                        _("{name} no longer works here; pick another technician.").format(name=tech.name)
                    )
            audit(
                session,
                staff_id,
                AuditEntity.SERVICE_JOB,
                job.id,
                AuditAction.ASSIGNED,
                at=now,
                field="technician_id",
                old=job.technician_id,
                new=technician_id,
            )
            job.technician_id = technician_id
        if changed:
            job.last_action_at = now
        for field, old, new in (("diagnosis", job.diagnosis, diag), ("work_done", job.work_done, done)):
            if old != new:
                audit(
                    session,
                    staff_id,
                    AuditEntity.SERVICE_JOB,
                    job.id,
                    AuditAction.NOTES_CHANGED,
                    at=now,
                    field=field,
                )  # fmt: skip  (who wrote the notes; the text itself is on the job)
        job.diagnosis = diag
        job.work_done = done
        return _saved(uow, job, _local_day(now))


def get_job(database: Database, job_id: int, today: date | None = None) -> JobDetails:
    with database.reading() as uow:
        return _details(uow.session, _job(uow.session, job_id), today or date.today())


def job_saved(database: Database, job_id: int) -> SavedStamp:
    """The job's version now, and who saved it last: an open job window says "changed elsewhere"."""
    with database.reading() as uow:
        return saved_stamp(uow.session, AuditEntity.SERVICE_JOB, _job(uow.session, job_id))


def find_job_by_number(database: Database, text: str, today: date | None = None) -> JobDetails | None:
    """The job numbered as staff type it (``J-0042``, ``j42``); None when there is no such job."""
    number = parse_number(JOB_PREFIX, text)
    with database.reading() as uow:
        job = uow.session.scalars(select(ServiceJob).where(ServiceJob.number == number)).first()
        return _details(uow.session, job, today or date.today()) if job is not None else None


def days_since_last_action(job: JobDetails, today: date) -> int | None:
    """Days since anything was done on an open job (0 today); None once collected or cancelled."""
    return job_state(job.status, _local_day(job.last_action_at), today)[1]


def ensure_default_procedures(database: Database) -> int:
    """Create the shipped procedures when the shop has none at all; how many were created."""
    with database.writing() as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Procedure)):
            return 0
        for name, description, steps in DEFAULT_PROCEDURES:
            session.add(
                Procedure(
                    name=_(name),
                    description=_(description),
                    active=True,
                    steps=[ProcedureStep(position=n, text=_(text)) for n, text in enumerate(steps)],
                )
            )
        uow.commit()
    return len(DEFAULT_PROCEDURES)


@dataclass(frozen=True)
class WarrantyCheck:
    """What intake finds for a unit: shown on the form before the job is opened."""

    status: WarrantyStatus
    decision: WarrantyDecision  # what the job will be unless overridden
    sale_item_id: int | None
    customer_id: int | None  # who bought it (may be someone else: a gift, a second-hand unit)
    description: str | None
    serial: str | None
    warranty_end: date | None
    sale_number_text: str | None

    @property
    def text(self) -> str:
        sale = self.sale_number_text
        end = dates.medium_date(self.warranty_end) if self.warranty_end is not None else None
        if self.status is WarrantyStatus.COVERED and end is not None:
            if sale:
                return _("Under warranty until {date} (sold on {sale}): the shop pays").format(
                    date=end, sale=sale
                )
            return _("Under warranty until {date}: the shop pays").format(date=end)
        if self.status is WarrantyStatus.EXPIRED:
            if end and sale:
                return _("Warranty ended on {date} (sold on {sale}): billable").format(date=end, sale=sale)
            if end:
                return _("Warranty ended on {date}: billable").format(date=end)
            if sale:
                return _("Warranty ended (sold on {sale}): billable").format(sale=sale)
            return _("Warranty ended: billable")
        if self.status is WarrantyStatus.NOT_SOLD_HERE:
            return _("Not sold here (no sale has this serial): billable")
        return _("No serial given: warranty unknown, billable")


def check_warranty(
    database: Database, today: date, *, sale_item_id: int | None = None, serial: str | None = None
) -> WarrantyCheck:
    """The warranty decision intake would make for this sold item, or this serial."""
    clean = (serial or "").strip() or None
    with database.reading() as uow:
        session = uow.session
        item = session.get(SaleItem, sale_item_id) if sale_item_id is not None else None
        if item is not None and item.sale.status is not SaleStatus.ACTIVE:
            item = None
        if item is None and clean is not None:
            item = _sold_item_with_serial(session, clean)
        status, decision = _warranty(item, clean or (item.serial if item else None), today)
        return WarrantyCheck(
            status=status,
            decision=decision,
            sale_item_id=item.id if item is not None else None,
            customer_id=item.sale.customer_id if item is not None else None,
            description=item.description if item is not None else None,
            serial=item.serial if item is not None else clean,
            warranty_end=item.warranty_end if item is not None else None,
            sale_number_text=format_number(SALE_PREFIX, item.sale.number) if item is not None else None,
        )


def customer_units(database: Database, customer_id: int, today: date) -> tuple[WarrantyCheck, ...]:
    """The items a customer bought (active sales), newest first, each with its warranty check."""
    with database.reading() as uow:
        rows = uow.session.execute(
            select(SaleItem, Sale.number)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(Sale.customer_id == customer_id, Sale.status == SaleStatus.ACTIVE)
            .order_by(Sale.sale_date.desc(), SaleItem.position, SaleItem.id)
            .limit(500)
        ).all()
        return tuple(
            WarrantyCheck(
                *_warranty(item, item.serial, today),
                sale_item_id=item.id,
                customer_id=customer_id,
                description=item.description,
                serial=item.serial,
                warranty_end=item.warranty_end,
                sale_number_text=format_number(SALE_PREFIX, number),
            )
            for item, number in rows
        )


def customer_jobs(database: Database, customer_id: int) -> tuple[tuple[int, str, str, JobStatus], ...]:
    """(id, "J-0042", unit, status) of a customer's jobs, newest first."""
    with database.reading() as uow:
        rows = uow.session.execute(
            select(ServiceJob.id, ServiceJob.number, ServiceJob.unit_description, ServiceJob.status)
            .where(ServiceJob.customer_id == customer_id)
            .order_by(ServiceJob.received_at.desc(), ServiceJob.id.desc())
        ).all()
        return tuple((i, format_number(JOB_PREFIX, n), unit, status) for i, n, unit, status in rows)


# ------------------------------------------------------------------------------------------ helpers


def _warranty(
    item: SaleItem | None, serial: str | None, today: date
) -> tuple[WarrantyStatus, WarrantyDecision]:
    end = item.warranty_end if item is not None else None
    return intake_check(end, today, sold_here=item is not None, serial_known=serial is not None)


def _sold_item_with_serial(session: Session, serial: str) -> SaleItem | None:
    """The item of an active sale with this serial (case aside; exact forms so the index is used)."""
    forms = {serial, serial.upper(), serial.lower()}
    found = session.scalars(
        select(SaleItem)
        .join(Sale, Sale.id == SaleItem.sale_id)
        .where(SaleItem.serial.in_(forms), Sale.status == SaleStatus.ACTIVE)
        .order_by(Sale.sale_date.desc(), SaleItem.id.desc())
        .limit(1)
    ).first()
    if found is None:
        # Other spellings of the case (rare): compare folded, among the few items with that serial.
        found = session.scalars(
            select(SaleItem)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(func.lower(SaleItem.serial) == serial.lower(), Sale.status == SaleStatus.ACTIVE)
            .limit(1)
        ).first()
    return found


def _open_ready_promises(session: Session, job_id: int) -> list[Promise]:
    return list(
        session.scalars(
            select(Promise)
            .where(
                Promise.job_id == job_id,
                Promise.kind == PromiseKind.JOB_READY,
                Promise.status == PromiseStatus.OPEN,
            )
            .with_for_update()
        )
    )


def _saved(uow: UnitOfWork, job: ServiceJob, today: date) -> JobDetails:
    """End a writing action: flush, read the job's details back as the user will see them, commit."""
    uow.session.flush()
    details = _details(uow.session, job, today)
    uow.commit()
    return details


def _job(session: Session, job_id: int, *, lock: bool = False) -> ServiceJob:
    job = session.get(ServiceJob, job_id, with_for_update=lock or None)
    if job is None:
        raise ValidationError(_("There is no service job #{id}.").format(id=job_id))
    return job


def _open(job: ServiceJob, refusal: str) -> None:
    """Refuse (``refusal``: the sentence, translated, with ``{number}`` and ``{state}``) a change to a
    collected or cancelled job."""
    if is_final(job.status):
        raise ValidationError(
            refusal.format(
                number=format_number(JOB_PREFIX, job.number), state=_(JOB_STATUS_SENTENCE[job.status])
            )
        )


def _check_text(value: str, label: str, limit: int) -> str | None:
    from crm_desktop.domain.validation import unstorable

    problem = unstorable(label, value)
    if problem is None and len(value) > limit:
        problem = _("{label} is too long: {length} characters, at most {most}.").format(
            label=label, length=f"{len(value):,}", most=f"{limit:,}"
        )
    return problem


def _field(value: str | None, label: str, limit: int, key: str, errors: dict[str, str]) -> str | None:
    """Text as typed, None when blank; a problem goes to ``errors[key]``."""
    if value is None or not value.strip():
        return None
    problem = _check_text(value, label, limit)
    if problem is not None:
        errors[key] = problem
        return None
    return value


def _required(value: str | None, label: str, limit: int) -> str:
    if value is None or not value.strip():
        raise ValidationError(_("{label} cannot be empty.").format(label=label))
    problem = _check_text(value, label, limit)
    if problem is not None:
        raise ValidationError(problem)
    return value


def _optional(value: str | None, label: str, limit: int) -> str | None:
    return _required(value, label, limit) if value is not None and value.strip() else None


def _enum_or_none(kind: type[StrEnum], value: object, key: str, errors: dict[str, str]) -> Any:
    if value is None:
        return None
    try:
        return kind(str(value))
    except ValueError:
        errors[key] = _("'{value}' is not one of: {values}.").format(
            value=value, values=", ".join(m.value for m in kind)
        )
        return None


def _quantity(value: object) -> Decimal:
    if isinstance(value, float | bool):
        raise ValidationError(_("Give the quantity as an exact number (such as 1.5), not a float."))
    try:
        quantity = Decimal(value) if isinstance(value, int | str | Decimal) else None
    except InvalidOperation:
        quantity = None
    if quantity is None or not quantity.is_finite():
        raise ValidationError(_("The quantity {value} is not a number.").format(value=repr(value)))
    if quantity <= 0:
        raise ValidationError(_("The quantity must be more than zero."))
    if quantity != quantity.quantize(_CENT):
        raise ValidationError(
            _("The quantity {quantity} has more than two decimals (hundredths at most).").format(
                quantity=quantity
            )
        )
    if quantity > QUANTITY_MAX:
        raise ValidationError(
            _("The quantity {quantity} is too large: at most {most}.").format(
                quantity=quantity, most=QUANTITY_MAX
            )
        )
    return quantity.quantize(_CENT)


def _amount(value: object, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("{label} must be a whole number of minor units (cents).").format(label=label))
    if value < 0:
        raise ValidationError(_("{label} cannot be negative.").format(label=label))
    if value > AMOUNT_MAX:
        raise ValidationError(_("{label} is too large.").format(label=label))
    return value


def _money(quantity: Decimal, unit_minor: int) -> int:
    return int((quantity * unit_minor).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _local_day(moment: datetime) -> date:
    """The shop's calendar day of an instant (the computer's time zone)."""
    return moment.astimezone().date()


def _details(session: Session, job: ServiceJob, today: date) -> JobDetails:
    session.flush()  # what this unit of work changed, seen by the plain reads below
    return details_of_jobs(session, [job.id], today)[0]


def details_of_jobs(session: Session, job_ids: Sequence[int], today: date) -> list[JobDetails]:
    """The details of these jobs, in their order, read together as plain rows: four statements for any
    number of jobs (a technician's day of job sheets reads them all at once). A missing job is left out."""
    if not job_ids:
        return []
    jobs_sql, lines_sql, checks_sql, promises_sql = _detail_statements()
    connection = session.connection()
    wanted = {"ids": list(dict.fromkeys(job_ids))}
    rows = {row.id: row for row in connection.execute(jobs_sql, wanted)}
    lines: dict[int, list[JobLineDetails]] = {}
    for line in connection.execute(lines_sql, wanted):
        lines.setdefault(line.job_id, []).append(
            JobLineDetails(
                id=line.id,
                kind=line.kind,
                description=line.description,
                quantity=line.quantity,
                unit_cost_minor=line.unit_cost_minor,
                unit_price_minor=line.unit_price_minor,
                covered_by_warranty=line.covered_by_warranty,
                cost_minor=_money(line.quantity, line.unit_cost_minor),
                price_minor=_money(line.quantity, line.unit_price_minor),
            )
        )
    checklists: dict[int, list[ChecklistItemDetails]] = {}
    for c in connection.execute(checks_sql, wanted):
        checklists.setdefault(c.job_id, []).append(
            ChecklistItemDetails(c.id, c.procedure_id, c.text, c.done, c.done_by_id, c.done_at)
        )
    promises: dict[int, Any] = {}  # each job's latest "ready by" promise (the highest id)...
    moves: dict[int, list[Any]] = {}  # ...and its moves, in the order they were made
    for row in connection.execute(promises_sql, wanted):
        if promises.get(row.job_id) is None or promises[row.job_id].id != row.id:
            promises[row.job_id], moves[row.id] = row, []
        if row.changed_at is not None:
            moves[row.id].append(row)
    found = []
    for job_id in wanted["ids"]:
        job = rows.get(job_id)
        if job is None:
            continue
        job_lines = tuple(lines.get(job_id, ()))
        ready = promises.get(job_id)
        found.append(
            JobDetails(
                id=job.id,
                number=job.number,
                number_text=format_number(JOB_PREFIX, job.number),
                customer_id=job.customer_id,
                customer_name=job.customer_name,
                sale_item_id=job.sale_item_id,
                sale_number_text=(
                    format_number(SALE_PREFIX, job.sale_number) if job.sale_number is not None else None
                ),
                unit_description=job.unit_description,
                unit_serial=job.unit_serial,
                replacement_serial=job.replacement_serial,
                reported_problem=job.reported_problem,
                accessories=job.accessories,
                condition=job.condition,
                contact_preference=job.contact_preference,
                status=job.status,
                status_text=_(JOB_STATUS_TEXT[job.status]),
                next_states=allowed_moves(job.status),
                priority=job.priority,
                technician_id=job.technician_id,
                technician_name=job.technician_name,
                diagnosis=job.diagnosis,
                work_done=job.work_done,
                warranty_status=job.warranty_status,
                warranty_decision=job.warranty_decision,
                warranty_reason=job.warranty_reason,
                warranty_end=job.warranty_end,
                received_at=job.received_at,
                last_action_at=job.last_action_at,
                closed_at=job.closed_at,
                lines=job_lines,
                checklist=tuple(checklists.get(job_id, ())),
                ready_promise=chain_of(ready, moves[ready.id], today) if ready is not None else None,
                parts_minor=sum(ln.price_minor for ln in job_lines if ln.kind is JobLineKind.PART),
                labour_minor=sum(ln.price_minor for ln in job_lines if ln.kind is JobLineKind.LABOUR),
                billable_minor=sum(ln.price_minor for ln in job_lines if not ln.covered_by_warranty),
                covered_cost_minor=sum(ln.cost_minor for ln in job_lines if ln.covered_by_warranty),
                version=job.version or 0,
            )
        )
    return found


@functools.cache
def _detail_statements() -> tuple[Any, Any, Any, Any]:
    """What :func:`details_of_jobs` reads, built once (its job ids are an expanding parameter)."""
    ids: BindParameter[int] = bindparam("ids", expanding=True)
    j = ServiceJob
    jobs = (
        select(
            j.id,
            j.number,
            j.customer_id,
            Customer.name.label("customer_name"),
            j.sale_item_id,
            Sale.number.label("sale_number"),
            SaleItem.warranty_end,
            j.unit_description,
            j.unit_serial,
            j.replacement_serial,
            j.reported_problem,
            j.accessories,
            j.condition,
            j.contact_preference,
            j.status,
            j.priority,
            j.technician_id,
            Staff.name.label("technician_name"),
            j.diagnosis,
            j.work_done,
            j.warranty_status,
            j.warranty_decision,
            j.warranty_reason,
            j.received_at,
            j.last_action_at,
            j.closed_at,
            j.version,
        )
        .join(Customer, Customer.id == j.customer_id)
        .outerjoin(Staff, Staff.id == j.technician_id)
        .outerjoin(SaleItem, SaleItem.id == j.sale_item_id)
        .outerjoin(Sale, Sale.id == SaleItem.sale_id)
        .where(j.id.in_(ids))
    )
    lines = (
        select(
            JobLine.job_id,
            JobLine.id,
            JobLine.kind,
            JobLine.description,
            JobLine.quantity,
            JobLine.unit_cost_minor,
            JobLine.unit_price_minor,
            JobLine.covered_by_warranty,
        )
        .where(JobLine.job_id.in_(ids))
        .order_by(JobLine.position, JobLine.id)
    )
    c = JobChecklistItem
    checks = (
        select(c.job_id, c.id, c.procedure_id, c.text, c.done, c.done_by_id, c.done_at)
        .where(c.job_id.in_(ids))
        .order_by(c.position, c.id)
    )
    p, ch = Promise, PromiseChange
    promises = (
        select(
            p.id,
            p.customer_id,
            p.kind,
            p.job_id,
            p.sale_id,
            p.request_id,
            p.description,
            p.promised_by_id,
            p.promised_at,
            p.original_due_date,
            p.due_date,
            p.status,
            p.resolved_at,
            ch.old_date,
            ch.new_date,
            ch.reason,
            ch.changed_by_id,
            ch.changed_at,
        )
        .outerjoin(ch, ch.promise_id == p.id)
        .where(p.job_id.in_(ids), p.kind == PromiseKind.JOB_READY)
        .order_by(p.id, ch.changed_at, ch.id)
    )
    return jobs, lines, checks, promises
