"""Recording a sale, and everything it schedules: warranty dates per item and the follow-ups of the plans
of the products sold.

One action, one transaction: the sale, its number (S-0042), its items, the warranty overrides' audit
entries, its follow-ups and its search entries are all saved, or none of them (:func:`insert_sales`,
which an import's batches use too).

Rules:
* the customer must exist and not be archived; a sale has at least one line; quantities are whole and at
  least 1, prices zero or more; a sale is dated today or earlier;
* a serial/IMEI is trimmed; a product that requires one gets one; a line with a serial is one unit
  (quantity 1); a serial already on an active sale (case aside) is refused, naming that sale;
* warranty: proposed from the product (its own months, else its category's), starting on the sale date
  and ending as :func:`crm_desktop.domain.warranty.warranty_end` says. Dates that differ from the
  proposal are an override: they need a reason, and each changed date is written to the audit trail;
* follow-ups: each item's plan (the product's, else its category's; inactive plans schedule nothing) is
  expanded by :func:`crm_desktop.domain.plans.expand`. Sale-anchored steps are scheduled once per sale
  however many items share the plan; warranty-anchored steps once per distinct warranty end (linked to
  the first item with that end). Follow-ups that would already be overdue on ``today`` (a sale entered
  late) are not scheduled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session, joinedload

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import FollowUpKind, FollowUpStatus, SaleStatus, StaffRole, StepAnchor
from crm_desktop.domain.numbers import SALE_PREFIX, format_number
from crm_desktop.domain.plans import PlannedFollowUp, PlanStep, expand
from crm_desktop.domain.validation import FieldErrors, unstorable
from crm_desktop.domain.warranty import warranty_end
from crm_desktop.errors import FieldChange, ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.catalogue import effective_terms, plan_steps
from crm_desktop.services.common import acting, audit, conflict
from crm_desktop.services.staff import staff_by_role as active_staff_by_role
from crm_desktop.storage import search_index
from crm_desktop.storage.bulk import insert_many, insert_with_ids
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    FollowUp,
    Product,
    Sale,
    SaleItem,
    Staff,
)
from crm_desktop.storage.sequences import SALE, next_number
from crm_desktop.storage.sold_serials import active_serial
from crm_desktop.storage.types import utcnow

NOTES_MAX: Final = 20_000
DESCRIPTION_MAX: Final = 300  # sale_item.description
SERIAL_MAX: Final = 64  # sale_item.serial
REASON_MAX: Final = 2_000

__all__ = [
    "FollowUpSummary",
    "SaleDetails",
    "SaleInput",
    "SaleLineDetails",
    "SaleLineInput",
    "get_sale",
    "record_sale",
    "update_sale_date",
    "void_sale",
]


# ------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, kw_only=True)
class SaleLineInput:
    """A line as typed at the counter. ``product_id`` None: a free-text line (description required).

    ``unit_price_minor`` None: the catalogue price. ``warranty_start``/``warranty_end`` None: the
    proposed dates; a given date that differs from the proposal needs ``warranty_override_reason``.
    """

    product_id: int | None = None
    description: str = ""  # blank on a product line: the product's name
    serial: str | None = None
    quantity: int = 1
    unit_price_minor: int | None = None
    warranty_start: date | None = None
    warranty_end: date | None = None
    warranty_override_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class SaleInput:
    customer_id: int
    sale_date: date
    staff_id: int | None = None  # the seller
    notes: str | None = None
    lines: tuple[SaleLineInput, ...] = ()


@dataclass(frozen=True)
class SaleLineDetails:
    id: int
    product_id: int | None
    description: str
    serial: str | None
    quantity: int
    unit_price_minor: int
    total_minor: int
    warranty_start: date | None
    warranty_end: date | None
    warranty_override_reason: str | None


@dataclass(frozen=True)
class FollowUpSummary:
    id: int
    kind: FollowUpKind
    title: str
    due_date: date
    status: FollowUpStatus
    assignee_id: int | None
    sale_item_id: int | None
    plan_step_id: int | None
    occurrence: int


@dataclass(frozen=True)
class SaleDetails:
    id: int
    number: int
    number_text: str  # "S-0042"
    customer_id: int
    customer_name: str
    sale_date: date
    staff_id: int | None
    notes: str | None
    status: SaleStatus
    voided_at: datetime | None
    void_reason: str | None
    lines: tuple[SaleLineDetails, ...]
    total_minor: int
    follow_ups: tuple[FollowUpSummary, ...]  # by due date

    @property
    def open_follow_ups(self) -> int:
        return sum(1 for f in self.follow_ups if f.status is FollowUpStatus.OPEN)


# ------------------------------------------------------------------------------------------ actions


def record_sale(
    database: Database, data: SaleInput, today: date, *, staff_id: int | None = None
) -> SaleDetails:
    """Save a sale with its items, warranty dates and planned follow-ups; :class:`FieldErrors` (keys
    ``customer_id``, ``sale_date``, ``staff_id``, ``notes``, ``lines``, ``line 1``...) if it cannot be
    saved, and then nothing is. ``staff_id``: who records it, for the audit trail (default: the seller)."""
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        checked = check_sale(session, data, today, staff_id=staff_id)
        sale = SaleToWrite(next_number(session, SALE), data.customer_id, data.sale_date, checked)
        planned = any(ln.product is not None and effective_terms(ln.product)[1] for ln in checked.lines)
        written = insert_sales(
            session,
            [sale],
            who=staff_id if staff_id is not None else checked.seller,
            schedule_from=today,
            staff_by_role=active_staff_by_role(session) if planned else {},
            steps_of=functools.cache(functools.partial(active_plan_steps, session)),
            bulk=False,
        )
        details = _recorded(session, sale, written.sale_ids[0], written.item_ids[0])
        uow.commit()
    return details


@dataclass(frozen=True)
class SaleToWrite:
    """A sale that passed :func:`check_sale`, with its number, as :func:`insert_sales` writes it."""

    number: int
    customer_id: int
    sale_date: date
    checked: CheckedSale
    external_ref: str | None = None


@dataclass(frozen=True)
class WrittenSales:
    sale_ids: list[int]
    item_ids: list[list[int]]  # per sale, in line order
    follow_ups: int  # how many were scheduled


def insert_sales(
    session: Session,
    sales: Sequence[SaleToWrite],
    *,
    who: int | None,
    schedule_from: date,
    staff_by_role: dict[StaffRole, list[int]],
    steps_of: Callable[[int], tuple[PlanStep, ...]],
    bulk: bool,
) -> WrittenSales:
    """Write checked sales in the caller's transaction with a few Core statements (no ORM objects): the
    sales, their items, the audit rows (the sale created, by ``who``, and each warranty override), the
    follow-ups of their plans (none due before ``schedule_from``) and their search entries (``bulk``:
    an import's batch, see :func:`crm_desktop.storage.search_index.index_new_sales`). One sale at the
    counter, thousands in an import: the same rows either way."""
    session.flush()  # what the ORM holds goes first, as an ORM insert would do (the reads below see it)
    conn = session.connection()
    now = utcnow()
    sale_ids = insert_with_ids(
        conn,
        _SALE_TABLE,
        [
            {
                "number": sale.number,
                "customer_id": sale.customer_id,
                "sale_date": sale.sale_date,
                "staff_id": sale.checked.seller,
                "notes": sale.checked.notes,
                "status": SaleStatus.ACTIVE,
                "external_ref": sale.external_ref,
                "voided_at": None,
                "void_reason": None,
                "created_at": now,
                "updated_at": now,
            }
            for sale in sales
        ],
    )
    flat_ids = insert_with_ids(
        conn,
        _ITEM_TABLE,
        [
            {
                "sale_id": sale_id,
                "position": position,
                "product_id": line.product.id if line.product is not None else None,
                "description": line.description,
                "serial": line.serial,
                "active_serial": active_serial(line.serial, True),
                "quantity": line.quantity,
                "unit_price_minor": line.price,
                "warranty_start": line.start,
                "warranty_end": line.end,
                "warranty_override_reason": line.reason,
            }
            for sale_id, sale in zip(sale_ids, sales, strict=True)
            for position, line in enumerate(sale.checked.lines)
        ],
    )
    audits: list[dict[str, object]] = []
    follow_ups: list[dict[str, object]] = []
    item_ids: list[list[int]] = []
    indexed: list[search_index.NewSale] = []
    items = iter(flat_ids)
    for sale_id, sale in zip(sale_ids, sales, strict=True):
        lines = sale.checked.lines
        ids = [next(items) for _line in lines]
        item_ids.append(ids)
        for item_id, line in zip(ids, lines, strict=True):
            audits.extend(override_audit_rows(line, item_id, who, now))
        planned = plan_follow_ups(
            [(item_id, line.product, line.end) for item_id, line in zip(ids, lines, strict=True)],
            sale.sale_date,
            sale.checked.seller,
            schedule_from,
            staff_by_role,
            steps_of,
        )
        follow_ups.extend(
            {
                "customer_id": sale.customer_id,
                "sale_id": sale_id,
                "sale_item_id": item_id,
                "job_id": None,
                "plan_step_id": step.step_id,
                "occurrence": step.occurrence,
                "kind": step.kind,
                "title": step.title,
                "due_date": step.due_date,
                "assignee_id": step.assignee_id,
                "status": FollowUpStatus.OPEN,
                "created_at": now,
                "updated_at": now,
            }
            for item_id, step in planned
        )
        audits.append(
            {
                "at": now,
                "staff_id": who,
                "entity": str(AuditEntity.SALE),
                "entity_id": sale_id,
                "action": str(AuditAction.CREATED),
                "field": None,
                "old_value": None,
                "new_value": None,
                "reason": None,
            }
        )
        indexed.append(
            search_index.NewSale(
                sale_id,
                sale.customer_id,
                sale.number,
                [(iid, line.description, line.serial) for iid, line in zip(ids, lines, strict=True)],
            )
        )
    insert_many(conn, _FOLLOW_UP_TABLE, follow_ups)
    insert_many(conn, _AUDIT_TABLE, audits)
    search_index.index_new_sales(session, indexed, bulk=bulk)
    return WrittenSales(sale_ids, item_ids, len(follow_ups))


_SALE_TABLE: Final = cast(Table, Sale.__table__)
_ITEM_TABLE: Final = cast(Table, SaleItem.__table__)
_FOLLOW_UP_TABLE: Final = cast(Table, FollowUp.__table__)
_AUDIT_TABLE: Final = cast(Table, AuditEntry.__table__)


def void_sale(
    database: Database, sale_id: int, reason: str, today: date, *, staff_id: int | None = None
) -> SaleDetails:
    """Void a sale (it stays on file, marked void). Its open follow-ups are cancelled with the outcome
    "Sale S-0042 voided: <reason>"; done, skipped and cancelled ones stay as they are. ``today`` is not
    needed by the rule (every open follow-up goes, whatever its date) and is taken for symmetry."""
    del today
    text = (reason or "").strip()
    if not text:
        raise FieldErrors({"reason": _("Say why the sale is voided.")})
    problem = unstorable(_("The reason"), text)
    if problem is None and len(text) > REASON_MAX:
        problem = _("{label} is too long: {length} characters, at most {most}.").format(
            label=_("The reason"), length=f"{len(text):,}", most=f"{REASON_MAX:,}"
        )
    if problem is not None:
        raise FieldErrors({"reason": problem})
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        sale = _sale(session, sale_id, lock=True)
        shown = format_number(SALE_PREFIX, sale.number)
        if sale.status is SaleStatus.VOID:
            raise ValidationError(_("Sale {number} is already void.").format(number=shown))
        now = utcnow()
        sale.status = SaleStatus.VOID
        sale.voided_at = now
        sale.void_reason = text
        for follow_up in _open_follow_ups(session, sale.id):
            follow_up.status = FollowUpStatus.CANCELLED
            follow_up.outcome = f"Sale {shown} voided: {text}"  # stored on the follow-up: as written
        audit(
            session,
            staff_id,
            AuditEntity.SALE,
            sale.id,
            AuditAction.VOIDED,
            at=now,
            field="status",
            old=SaleStatus.ACTIVE.value,
            new=SaleStatus.VOID.value,
            reason=text,
        )
        session.flush()
        details = _details(session, sale)
        uow.commit()
    return details


def update_sale_date(
    database: Database,
    sale_id: int,
    new_date: date,
    today: date,
    *,
    staff_id: int | None = None,
    expected_date: date | None = None,
) -> SaleDetails:
    """Correct the date of an active sale. Its open plan follow-ups move by the same number of days
    (done ones stay); warranties that started on the old sale date start on the new one and their end
    moves by the same number of days, so their length is kept. Recorded in the audit trail.
    ``expected_date``: the date the person saw; changed by someone else since: ConflictError."""
    if new_date > today:
        raise FieldErrors({"sale_date": _("A sale cannot be dated in the future.")})
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        sale = _sale(session, sale_id, lock=True)
        if sale.status is SaleStatus.VOID:
            raise ValidationError(
                _("Sale {number} is void; it cannot move.").format(
                    number=format_number(SALE_PREFIX, sale.number)
                )
            )
        old_date = sale.sale_date
        if expected_date is not None and old_date != expected_date:
            raise conflict(
                session, AuditEntity.SALE, sale,
                what=_("Sale {number}").format(number=format_number(SALE_PREFIX, sale.number)),
                changes=(FieldChange(_("Date"), old_date.isoformat(), new_date.isoformat()),),
            )  # fmt: skip
        shift = new_date - old_date
        if shift:
            sale.sale_date = new_date
            for item in sale.items:
                if item.warranty_start == old_date:
                    item.warranty_start = new_date
                    if item.warranty_end is not None:
                        item.warranty_end += shift
            for follow_up in _open_follow_ups(session, sale.id):
                if follow_up.plan_step_id is not None:
                    follow_up.due_date += shift
            audit(
                session,
                staff_id,
                AuditEntity.SALE,
                sale.id,
                AuditAction.DATE_CHANGED,
                field="sale_date",
                old=old_date.isoformat(),
                new=new_date.isoformat(),
            )
            session.flush()
        details = _details(session, sale)
        uow.commit()
    return details


def get_sale(database: Database, sale_id: int) -> SaleDetails:
    with database.reading() as uow:
        return _details(uow.session, _sale(uow.session, sale_id))


# ------------------------------------------------------------------------------------------ helpers


@dataclass(frozen=True)
class CheckedSale:
    """A sale that passed :func:`check_sale`: who sold it, its notes, its lines as they are saved."""

    seller: int | None
    notes: str | None
    lines: tuple[CheckedLine, ...]
    customer_name: str | None = None  # None: the caller had checked the customer (an import)


def check_sale(
    session: Session,
    data: SaleInput,
    today: date,
    *,
    staff_id: int | None,
    customer_checked: bool = False,
    serials_checked: bool = False,
) -> CheckedSale:
    """Every check :func:`record_sale` makes, without adding anything to the session; :class:`FieldErrors`
    listing the problems. ``customer_checked``: the caller knows the customer is on file and not archived
    (an import, which read them all). ``serials_checked``: the caller has looked the serials up on the
    other active sales itself (an import, a batch at a time); a serial twice in this sale is still refused.
    """
    seller = data.staff_id if data.staff_id is not None else staff_id
    errors: dict[str, str] = {}
    customer_name: str | None = None
    if not customer_checked:
        customer = session.connection().execute(_CUSTOMER, {"id": data.customer_id}).first()
        if customer is None:
            errors["customer_id"] = _("There is no customer #{id}.").format(id=data.customer_id)
        elif customer.archived:
            errors["customer_id"] = _("{name} is archived; restore them before recording a sale.").format(
                name=customer.name
            )
        else:
            customer_name = customer.name
    if data.sale_date > today:
        errors["sale_date"] = _("A sale cannot be dated in the future.")
    if data.staff_id is not None:
        person = session.get(Staff, data.staff_id)
        if person is None:
            errors["staff_id"] = _("There is no staff member #{id}.").format(id=data.staff_id)
        elif not person.active:
            errors["staff_id"] = _("{name} has retired; choose who sold it.").format(name=person.name)
    notes = _notes(data.notes, errors)
    if not data.lines:
        errors["lines"] = _("A sale needs at least one line.")
    lines = [_check_line(session, n, line, data.sale_date, errors) for n, line in enumerate(data.lines, 1)]
    _check_serials(session, lines, errors, on_file=not serials_checked)
    if errors:
        raise FieldErrors(errors)
    return CheckedSale(seller, notes, tuple(line for line in lines if line is not None), customer_name)


_CUSTOMER: Final = select(Customer.name, Customer.archived).where(Customer.id == bindparam("id"))


def override_audit_rows(
    line: CheckedLine, item_id: int, staff_id: int | None, at: datetime
) -> list[dict[str, object]]:
    """The audit rows (column values) of the warranty dates of ``line`` that differ from the proposal."""
    return [
        {
            "at": at,
            "staff_id": staff_id,
            "entity": str(AuditEntity.SALE_ITEM),
            "entity_id": item_id,
            "action": str(AuditAction.WARRANTY_OVERRIDE),
            "field": field,
            "old_value": _iso(proposed),
            "new_value": _iso(given),
            "reason": line.reason,
        }
        for field, proposed, given in (
            ("warranty_start", line.proposed_start, line.start),
            ("warranty_end", line.proposed_end, line.end),
        )
        if proposed != given
    ]


_WITH_CATEGORY: Final = (joinedload(Product.category),)


def active_plan_steps(session: Session, plan_id: int) -> tuple[PlanStep, ...]:
    """The steps a sale schedules from plan ``plan_id``: none when the plan is gone or inactive."""
    return plan_steps(session, plan_id, active_only=True)


def plan_follow_ups(
    items: Sequence[tuple[int, Product | None, date | None]],
    sale_date: date,
    seller_id: int | None,
    schedule_from: date,
    staff_by_role: dict[StaffRole, list[int]],
    steps_of: Callable[[int], tuple[PlanStep, ...]],
) -> list[tuple[int | None, PlannedFollowUp]]:
    """The follow-ups of a sale's items (``(item id, product, warranty end)``), each with the item it is
    linked to (warranty-anchored steps) or None; see the module docstring for the rules."""
    out: list[tuple[int | None, PlannedFollowUp]] = []
    done: set[tuple[object, ...]] = set()
    for item_id, product, end in items:
        if product is None:
            continue
        plan_id = effective_terms(product)[1]
        if plan_id is None:
            continue
        steps = steps_of(plan_id)
        anchors = {step.step_id: step.anchor for step in steps}
        for planned in expand(steps, sale_date, end, seller_id, staff_by_role):
            on_warranty = anchors[planned.step_id] is StepAnchor.WARRANTY_END
            key = (planned.step_id, planned.occurrence, end if on_warranty else None)
            if key in done or planned.due_date < schedule_from:
                continue
            done.add(key)
            out.append((item_id if on_warranty else None, planned))
    return out


@dataclass(frozen=True)
class CheckedLine:
    product: Product | None
    description: str
    serial: str | None
    quantity: int
    price: int
    proposed_start: date | None
    proposed_end: date | None
    start: date | None
    end: date | None
    reason: str | None
    label: str  # "line 2"


def _check_line(
    session: Session, number: int, line: SaleLineInput, sale_date: date, errors: dict[str, str]
) -> CheckedLine | None:
    key = f"line {number}"  # untranslated: the key of the line's problems (the form finds its row by it)
    found: list[str] = []
    product: Product | None = None
    if line.product_id is not None:
        product = session.get(Product, line.product_id, options=_WITH_CATEGORY)  # its terms: one read
        if product is None:
            found.append(_("there is no product #{id}.").format(id=line.product_id))
        elif product.retired:
            found.append(
                _("{name} ({sku}) is retired and no longer sold.").format(name=product.name, sku=product.sku)
            )
    description = line.description if line.description and line.description.strip() else None
    if description is None and product is not None:
        description = product.name
    if description is None:
        found.append(_("a line without a product needs a description."))
    else:
        problem = unstorable(_("the description"), description)
        if problem is None and len(description) > DESCRIPTION_MAX:
            problem = _("the description is {length} characters long, at most {most}.").format(
                length=f"{len(description):,}", most=DESCRIPTION_MAX
            )
        if problem is not None:
            found.append(problem)
    serial = (line.serial or "").strip() or None
    if serial is not None:
        problem = unstorable(_("the serial"), serial)
        if problem is None and len(serial) > SERIAL_MAX:
            problem = _("the serial is {length} characters long, at most {most}.").format(
                length=f"{len(serial):,}", most=SERIAL_MAX
            )
        if problem is not None:
            found.append(problem)
            serial = None
    elif product is not None and product.serial_required:
        found.append(_("{name} needs its serial number or IMEI.").format(name=product.name))
    quantity = line.quantity
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        found.append(_("the quantity must be a whole number of at least 1."))
    elif serial is not None and quantity != 1:
        found.append(_("a line with a serial number is one unit; enter one line per unit."))
    price = line.unit_price_minor
    if price is None:
        price = product.price_minor if product is not None else None
    if price is None:
        found.append(_("a line without a product needs a price."))
    elif isinstance(price, bool) or not isinstance(price, int) or price < 0:
        found.append(_("the price must be zero or more."))

    months = effective_terms(product)[0] if product is not None else 0
    proposed_end = warranty_end(sale_date, months)
    proposed_start = sale_date if proposed_end is not None else None
    start = line.warranty_start if line.warranty_start is not None else proposed_start
    end = line.warranty_end if line.warranty_end is not None else proposed_end
    if end is not None and start is None:
        start = sale_date
    reason = (line.warranty_override_reason or "").strip() or None
    overridden = (start, end) != (proposed_start, proposed_end)
    if start is not None and end is not None and end < start:
        found.append(_("the warranty cannot end before it starts."))
    elif overridden and reason is None:
        if proposed_end is not None:
            differs = _(
                "the warranty differs from the proposed one (ending {date}); give the reason."
            ).format(date=proposed_end.isoformat())
        else:
            differs = _("the warranty differs from the proposed one (none); give the reason.")
        found.append(differs)
    elif reason is not None:
        problem = unstorable(_("the warranty reason"), reason)
        if problem is None and len(reason) > REASON_MAX:
            problem = _("the warranty reason is too long: {length} characters, at most {most}.").format(
                length=f"{len(reason):,}", most=f"{REASON_MAX:,}"
            )
        if problem is not None:
            found.append(problem)
    if not overridden:
        reason = None  # nothing was overridden: a reason typed anyway has nothing to explain
    if found:
        if product is not None:
            shown = _("Line {number} ({product}): {problems}")
        else:
            shown = _("Line {number}: {problems}")
        errors[key] = shown.format(
            number=number, product=product.name if product else "", problems=" ".join(found)
        )
        return None
    assert description is not None and price is not None
    return CheckedLine(
        product, description, serial, quantity, price, proposed_start, proposed_end, start, end, reason, key
    )


def _check_serials(
    session: Session, lines: Sequence[CheckedLine | None], errors: dict[str, str], *, on_file: bool = True
) -> None:
    """A serial appears once in the sale and on no other active sale (compared without regard to case);
    ``on_file`` False: the caller has looked at the other sales."""
    seen: dict[str, str] = {}
    for line in lines:
        if line is None or line.serial is None:
            continue
        folded = line.serial.casefold()
        if folded in seen:
            earlier = _("line {number}").format(number=seen[folded].removeprefix("line "))
            errors[line.label] = _("Serial {serial} is entered twice in this sale ({line}).").format(
                serial=line.serial, line=earlier
            )
            continue
        seen[folded] = line.label
        if not on_file:
            continue
        forms = {line.serial, line.serial.upper(), line.serial.lower()}  # exact forms: the index is used
        other = session.execute(
            select(Sale.number, SaleItem.serial)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(SaleItem.serial.in_(forms), Sale.status == SaleStatus.ACTIVE)
            .limit(1)
        ).first()
        if other is not None:
            errors[line.label] = _(
                "Serial {serial} was already sold on sale {sale}; check the number, or void that sale first."
            ).format(serial=line.serial, sale=format_number(SALE_PREFIX, other.number))


def _open_follow_ups(session: Session, sale_id: int) -> Sequence[FollowUp]:
    return session.scalars(
        select(FollowUp).where(FollowUp.sale_id == sale_id, FollowUp.status == FollowUpStatus.OPEN)
    ).all()


def _sale(session: Session, sale_id: int, *, lock: bool = False) -> Sale:
    sale = session.get(Sale, sale_id, with_for_update=lock or None)
    if sale is None:
        raise ValidationError(_("There is no sale #{id}.").format(id=sale_id))
    return sale


def _notes(value: str | None, errors: dict[str, str]) -> str | None:
    if value is None or not value.strip():
        return None
    problem = unstorable(_("The notes"), value)
    if problem is None and len(value) > NOTES_MAX:
        problem = _("The notes are too long: {length} characters, at most {most}.").format(
            length=f"{len(value):,}", most=f"{NOTES_MAX:,}"
        )
    if problem is not None:
        errors["notes"] = problem
        return None
    return value


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _details(session: Session, sale: Sale) -> SaleDetails:
    customer = session.get(Customer, sale.customer_id)
    return _assembled(
        session,
        (sale.id, sale.number, sale.customer_id, sale.sale_date),
        customer.name if customer is not None else "",
        (sale.staff_id, sale.notes, sale.status, sale.voided_at, sale.void_reason),
        [
            (
                item.id,
                item.product_id,
                item.description,
                item.serial,
                item.quantity,
                item.unit_price_minor,
                item.warranty_start,
                item.warranty_end,
                item.warranty_override_reason,
            )
            for item in sale.items
        ],
    )


def _recorded(session: Session, sale: SaleToWrite, sale_id: int, item_ids: Sequence[int]) -> SaleDetails:
    """The details of a sale just written by :func:`insert_sales`, from the values in hand."""
    checked = sale.checked
    return _assembled(
        session,
        (sale_id, sale.number, sale.customer_id, sale.sale_date),
        checked.customer_name or "",
        (checked.seller, checked.notes, SaleStatus.ACTIVE, None, None),
        [
            (
                item_id,
                line.product.id if line.product is not None else None,
                line.description,
                line.serial,
                line.quantity,
                line.price,
                line.start,
                line.end,
                line.reason,
            )
            for item_id, line in zip(item_ids, checked.lines, strict=True)
        ],
    )


_Line = tuple[int, int | None, str, str | None, int, int, date | None, date | None, str | None]


def _assembled(
    session: Session,
    sale: tuple[int, int, int, date],
    customer_name: str,
    state: tuple[int | None, str | None, SaleStatus, datetime | None, str | None],
    lines: Sequence[_Line],
) -> SaleDetails:
    """The details of a sale: ``sale`` is (id, number, customer id, date), ``state`` (seller, notes,
    status, voided at, void reason), each of ``lines`` (id, product id, description, serial, quantity,
    unit price, warranty start, end, reason)."""
    sale_id, number, customer_id, sale_date = sale
    staff_id, notes, status, voided_at, void_reason = state
    details = tuple(
        SaleLineDetails(
            id=item_id,
            product_id=product_id,
            description=description,
            serial=serial,
            quantity=quantity,
            unit_price_minor=price,
            total_minor=quantity * price,
            warranty_start=start,
            warranty_end=end,
            warranty_override_reason=reason,
        )
        for item_id, product_id, description, serial, quantity, price, start, end, reason in lines
    )
    return SaleDetails(
        id=sale_id,
        number=number,
        number_text=format_number(SALE_PREFIX, number),
        customer_id=customer_id,
        customer_name=customer_name,
        sale_date=sale_date,
        staff_id=staff_id,
        notes=notes,
        status=status,
        voided_at=voided_at,
        void_reason=void_reason,
        lines=details,
        total_minor=sum(line.total_minor for line in details),
        follow_ups=_follow_up_summaries(session, sale_id),
    )


_FOLLOW_UPS_OF_SALE: Final = (
    select(
        FollowUp.id,
        FollowUp.kind,
        FollowUp.title,
        FollowUp.due_date,
        FollowUp.status,
        FollowUp.assignee_id,
        FollowUp.sale_item_id,
        FollowUp.plan_step_id,
        FollowUp.occurrence,
    )
    .where(FollowUp.sale_id == bindparam("sale_id"))
    .order_by(FollowUp.due_date, FollowUp.id)
)


def _follow_up_summaries(session: Session, sale_id: int) -> tuple[FollowUpSummary, ...]:
    return tuple(
        FollowUpSummary(
            id=f.id,
            kind=f.kind,
            title=f.title,
            due_date=f.due_date,
            status=f.status,
            assignee_id=f.assignee_id,
            sale_item_id=f.sale_item_id,
            plan_step_id=f.plan_step_id,
            occurrence=f.occurrence,
        )
        for f in session.connection().execute(_FOLLOW_UPS_OF_SALE, {"sale_id": sale_id})
    )
