"""The catalogue: product categories, products and the follow-up plans their sales schedule.

A product's warranty and plan are its own when it has them, else its category's (the *effective*
terms a sale proposes). Products are retired, never deleted, because sold items point at them. Plans
are edited in place: a kept step keeps its id (so follow-ups already planned from it still say where
they came from); a removed step's follow-ups stay and forget the step (``ON DELETE SET NULL``).

Same shape as the other services: plain values in, frozen dataclasses out, one unit of work per action,
:class:`~crm_desktop.domain.validation.FieldErrors` (one sentence per field) for what cannot be saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditEntity
from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StepAnchor
from crm_desktop.domain.plans import PlanStep, step_problems
from crm_desktop.domain.validation import FieldErrors, unstorable
from crm_desktop.domain.warranty import MAX_WARRANTY_MONTHS
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import check_version, details_changes
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import FollowUpPlan, FollowUpPlanStep, Product, ProductCategory

SKU_MAX: Final = 64
NAME_MAX: Final = 200
CATEGORY_NAME_MAX: Final = 120
PLAN_NAME_MAX: Final = 120
DESCRIPTION_MAX: Final = 2_000
# The shipped plan, saved in the shop in the language of its first start (then it is the shop's).
DEFAULT_PLAN_NAME: Final = N_("Standard after-sales")

__all__ = [
    "DEFAULT_PLAN_NAME",
    "CategoryDetails",
    "CategoryInput",
    "PlanDetails",
    "PlanInput",
    "PlanStep",
    "ProductDetails",
    "ProductInput",
    "create_category",
    "create_plan",
    "create_product",
    "default_plan_input",
    "ensure_default_plans",
    "get_plan",
    "get_product",
    "list_categories",
    "list_plans",
    "list_products",
    "plan_steps",
    "retire_product",
    "update_category",
    "update_plan",
    "update_product",
]


# ------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, kw_only=True)
class CategoryInput:
    name: str
    default_warranty_months: int | None = None
    default_plan_id: int | None = None


@dataclass(frozen=True)
class CategoryDetails:
    id: int
    name: str
    default_warranty_months: int | None
    default_plan_id: int | None
    version: int = 0  # sent back when saving: a save over someone else's is refused


@dataclass(frozen=True, kw_only=True)
class ProductInput:
    sku: str
    name: str
    category_id: int | None = None
    price_minor: int = 0
    default_warranty_months: int | None = None  # None: the category's
    default_plan_id: int | None = None  # None: the category's
    serial_required: bool = False


@dataclass(frozen=True)
class ProductDetails:
    id: int
    sku: str
    name: str
    category_id: int | None
    category_name: str | None
    price_minor: int
    default_warranty_months: int | None
    default_plan_id: int | None
    serial_required: bool
    retired: bool
    warranty_months: int  # effective: the product's own, else the category's, else 0 (none)
    plan_id: int | None  # effective: the product's own, else the category's
    version: int = 0  # sent back when saving: a save over someone else's is refused


@dataclass(frozen=True, kw_only=True)
class PlanInput:
    name: str
    description: str | None = None
    active: bool = True
    steps: tuple[PlanStep, ...] = ()  # a step_id of a step of this plan keeps that step's row


@dataclass(frozen=True)
class PlanDetails:
    id: int
    name: str
    description: str | None
    active: bool
    steps: tuple[PlanStep, ...]
    version: int = 0  # sent back when saving: a save over someone else's is refused


# ---------------------------------------------------------------------------------------- categories


def list_categories(database: Database) -> tuple[CategoryDetails, ...]:
    with database.reading() as uow:
        rows = uow.session.scalars(select(ProductCategory).order_by(ProductCategory.name))
        return tuple(_category_details(row) for row in rows)


def create_category(database: Database, data: CategoryInput) -> CategoryDetails:
    with database.writing() as uow:
        session = uow.session
        row = ProductCategory()
        _apply_category(session, row, data)
        session.add(row)
        session.flush()
        details = _category_details(row)
        uow.commit()
    return details


def update_category(
    database: Database, category_id: int, data: CategoryInput, *, expected_version: int | None = None
) -> CategoryDetails:
    """``expected_version``: the version the form showed (saved by someone else since: ConflictError)."""
    with database.writing() as uow:
        session = uow.session
        row = session.get(ProductCategory, category_id)
        if row is None:
            raise ValidationError(_("There is no product category #{id}.").format(id=category_id))
        theirs = _category_details(row)
        _apply_category(session, row, data)
        check_version(
            session, AuditEntity.CATEGORY, row, expected_version,
            what=_("The category {name}").format(name=theirs.name),
            changes=lambda: details_changes(theirs, _category_details(row), labels=_CATEGORY_LABELS),
        )  # fmt: skip
        session.flush()
        details = _category_details(row)
        uow.commit()
    return details


def _apply_category(session: Session, row: ProductCategory, data: CategoryInput) -> None:
    errors: dict[str, str] = {}
    name = _line(errors, "name", _("The category name"), data.name, CATEGORY_NAME_MAX)
    if name is not None:
        twin = session.scalar(
            select(ProductCategory.id).where(
                func.lower(ProductCategory.name) == name.lower(), ProductCategory.id != (row.id or 0)
            )
        )
        if twin is not None:
            errors["name"] = _("There is already a category named '{name}'.").format(name=name)
    _months(errors, "default_warranty_months", data.default_warranty_months)
    _plan_exists(session, errors, "default_plan_id", data.default_plan_id)
    if errors:
        raise FieldErrors(errors)
    assert name is not None
    row.name = name
    row.default_warranty_months = data.default_warranty_months
    row.default_plan_id = data.default_plan_id


def _category_details(row: ProductCategory) -> CategoryDetails:
    return CategoryDetails(
        row.id, row.name, row.default_warranty_months, row.default_plan_id, version=row.version or 0
    )


# ------------------------------------------------------------------------------------------ products


def list_products(database: Database, *, include_retired: bool = False) -> tuple[ProductDetails, ...]:
    with database.reading() as uow:
        query = select(Product).order_by(Product.name, Product.sku)
        if not include_retired:
            query = query.where(Product.retired.is_(False))
        return tuple(_product_details(row) for row in uow.session.scalars(query))


def get_product(database: Database, product_id: int) -> ProductDetails:
    with database.reading() as uow:
        return _product_details(_product(uow.session, product_id))


def create_product(database: Database, data: ProductInput) -> ProductDetails:
    """Add a product; :class:`FieldErrors` when a field cannot be saved (the SKU is required and unique)."""
    with database.writing() as uow:
        session = uow.session
        row = Product(retired=False)
        _apply_product(session, row, data)
        session.add(row)
        session.flush()
        details = _product_details(row)
        uow.commit()
    return details


def update_product(
    database: Database, product_id: int, data: ProductInput, *, expected_version: int | None = None
) -> ProductDetails:
    """``expected_version``: the version the form showed (saved by someone else since: ConflictError)."""
    with database.writing() as uow:
        session = uow.session
        row = _product(session, product_id)
        theirs = _product_details(row)
        _apply_product(session, row, data)
        check_version(
            session, AuditEntity.PRODUCT, row, expected_version,
            what=_("The product {name}").format(name=theirs.name),
            changes=lambda: details_changes(theirs, _product_details(row), labels=_PRODUCT_LABELS),
        )  # fmt: skip
        session.flush()
        details = _product_details(row)
        uow.commit()
    return details


def retire_product(database: Database, product_id: int, retired: bool = True) -> ProductDetails:
    """Retire a product (no longer offered for new sales; its sales keep pointing at it) or bring it back."""
    with database.writing() as uow:
        row = _product(uow.session, product_id)
        row.retired = retired
        uow.session.flush()
        details = _product_details(row)
        uow.commit()
    return details


def _product(session: Session, product_id: int) -> Product:
    row = session.get(Product, product_id)
    if row is None:
        raise ValidationError(_("There is no product #{id}.").format(id=product_id))
    return row


def _apply_product(session: Session, row: Product, data: ProductInput) -> None:
    errors: dict[str, str] = {}
    sku = _line(errors, "sku", _("The SKU"), data.sku, SKU_MAX)
    if sku is not None:
        twin = session.execute(
            select(Product.name, Product.sku, Product.retired).where(
                func.lower(Product.sku) == sku.lower(), Product.id != (row.id or 0)
            )
        ).first()
        if twin is not None:
            if twin.retired:
                used = _("SKU '{sku}' is already used by {name} (retired); choose another SKU.")
            else:
                used = _("SKU '{sku}' is already used by {name}; choose another SKU.")
            errors["sku"] = used.format(sku=twin.sku, name=twin.name)
    name = _line(errors, "name", _("The product name"), data.name, NAME_MAX)
    category = session.get(ProductCategory, data.category_id) if data.category_id is not None else None
    if data.category_id is not None and category is None:
        errors["category_id"] = _("There is no product category #{id}.").format(id=data.category_id)
    if isinstance(data.price_minor, bool) or not isinstance(data.price_minor, int) or data.price_minor < 0:
        errors["price_minor"] = _("The price must be a whole amount of zero or more.")
    _months(errors, "default_warranty_months", data.default_warranty_months)
    _plan_exists(session, errors, "default_plan_id", data.default_plan_id)
    if errors:
        raise FieldErrors(errors)
    assert sku is not None and name is not None
    row.sku = sku
    row.name = name
    row.category = category  # the relationship, so effective terms read the new category at once
    row.price_minor = data.price_minor
    row.default_warranty_months = data.default_warranty_months
    row.default_plan_id = data.default_plan_id
    row.serial_required = bool(data.serial_required)


def effective_terms(product: Product) -> tuple[int, int | None]:
    """(warranty months, plan id) a sale of ``product`` proposes: its own, else its category's."""
    category = product.category
    months = product.default_warranty_months
    if months is None and category is not None:
        months = category.default_warranty_months
    plan_id = product.default_plan_id
    if plan_id is None and category is not None:
        plan_id = category.default_plan_id
    return months or 0, plan_id


# The fields as a conflict lists them (translated there: common.details_changes)
_CATEGORY_LABELS: Final = {"name": N_("Name"), "default_warranty_months": N_("Warranty (months)")}
_PRODUCT_LABELS: Final = {
    "sku": N_("SKU"),
    "name": N_("Name"),
    "price_minor": N_("Price (in cents)"),
    "category_name": N_("Category"),
    "default_warranty_months": N_("Warranty (months)"),
    "warranty_months": N_("Warranty with the category's (months)"),
    "serial_required": N_("Needs a serial"),
    "retired": N_("Retired"),
}
_PLAN_LABELS: Final = {
    "name": N_("Name"),
    "description": N_("Description"),
    "active": N_("Active"),
    "steps": N_("Steps"),
}


def _product_details(row: Product) -> ProductDetails:
    months, plan_id = effective_terms(row)
    return ProductDetails(
        id=row.id,
        sku=row.sku,
        name=row.name,
        category_id=row.category_id,
        category_name=row.category.name if row.category is not None else None,
        price_minor=row.price_minor,
        default_warranty_months=row.default_warranty_months,
        default_plan_id=row.default_plan_id,
        serial_required=row.serial_required,
        retired=row.retired,
        warranty_months=months,
        plan_id=plan_id,
        version=row.version or 0,
    )


# -------------------------------------------------------------------------------------------- plans


def list_plans(database: Database, *, include_inactive: bool = True) -> tuple[PlanDetails, ...]:
    with database.reading() as uow:
        query = select(FollowUpPlan).order_by(FollowUpPlan.name)
        if not include_inactive:
            query = query.where(FollowUpPlan.active.is_(True))
        return tuple(_plan_details(row) for row in uow.session.scalars(query))


def get_plan(database: Database, plan_id: int) -> PlanDetails:
    with database.reading() as uow:
        return _plan_details(_plan(uow.session, plan_id))


def create_plan(database: Database, data: PlanInput) -> PlanDetails:
    with database.writing() as uow:
        session = uow.session
        row = FollowUpPlan()
        _apply_plan(session, row, data)
        session.add(row)
        session.flush()
        details = _plan_details(row)
        uow.commit()
    return details


def update_plan(
    database: Database, plan_id: int, data: PlanInput, *, expected_version: int | None = None
) -> PlanDetails:
    """Replace the plan's name, description, active flag and steps. Follow-ups already scheduled from it
    are not touched: a plan describes what future sales schedule. ``expected_version``: the version the
    form showed (saved by someone else since: ConflictError)."""
    with database.writing() as uow:
        session = uow.session
        row = _plan(session, plan_id)
        theirs = _plan_details(row)
        _apply_plan(session, row, data)
        check_version(
            session, AuditEntity.PLAN, row, expected_version,
            what=_("The plan {name}").format(name=theirs.name),
            changes=lambda: details_changes(theirs, _plan_details(row), labels=_PLAN_LABELS),
        )  # fmt: skip
        session.flush()
        details = _plan_details(row)
        uow.commit()
    return details


def plan_steps(session: Session, plan_id: int, *, active_only: bool = False) -> tuple[PlanStep, ...]:
    """The steps of a stored plan, in order, as plain values (for services that expand plans); with
    ``active_only``, none when the plan is inactive (or gone)."""
    query = _ACTIVE_PLAN_STEPS if active_only else _PLAN_STEPS
    return tuple(PlanStep(*row) for row in session.connection().execute(query, {"plan_id": plan_id}))


_PLAN_STEPS: Final = (
    select(  # in PlanStep's order
        FollowUpPlanStep.id,
        FollowUpPlanStep.kind,
        FollowUpPlanStep.title,
        FollowUpPlanStep.anchor,
        FollowUpPlanStep.offset_days,
        FollowUpPlanStep.repeat_every_months,
        FollowUpPlanStep.repeat_limit,
        FollowUpPlanStep.assignee_rule,
    )
    .where(FollowUpPlanStep.plan_id == bindparam("plan_id"))
    .order_by(FollowUpPlanStep.position, FollowUpPlanStep.id)
)
_ACTIVE_PLAN_STEPS: Final = _PLAN_STEPS.join(FollowUpPlan, FollowUpPlan.id == FollowUpPlanStep.plan_id).where(
    FollowUpPlan.active.is_(True)
)


def default_plan_input() -> PlanInput:
    """The plan a new shop starts with, in the language of the moment."""
    return PlanInput(
        name=_(DEFAULT_PLAN_NAME),
        description=_(
            "Thank-you call after 3 days, satisfaction check after a month, a call 30 days before the "
            "warranty ends and a yearly service reminder (5 years)."
        ),
        steps=(
            PlanStep(None, FollowUpKind.CALL, _("Thank-you call"), StepAnchor.SALE, 3),
            PlanStep(None, FollowUpKind.SATISFACTION, _("Satisfaction check"), StepAnchor.SALE, 30),
            PlanStep(
                None,
                FollowUpKind.WARRANTY_NOTICE,
                _("Warranty ends in 30 days"),
                StepAnchor.WARRANTY_END,
                -30,
            ),
            # First reminder a year after the sale, then every 12 months (see domain.plans).
            PlanStep(
                None,
                FollowUpKind.SERVICE_REMINDER,
                _("Yearly service reminder"),
                StepAnchor.SALE,
                365,
                repeat_every_months=12,
                repeat_limit=5,
                assignee_rule=AssigneeRule.TECHNICIAN,
            ),
        ),
    )


def ensure_default_plans(database: Database) -> PlanDetails | None:
    """Create the shipped plan "Standard after-sales" when the shop has no plan at all; returns it, or
    None when plans already exist (then nothing is written). Safe to call at every start."""
    with database.writing() as uow:
        session = uow.session
        if session.scalar(select(FollowUpPlan.id).limit(1)) is not None:
            return None
        row = FollowUpPlan()
        _apply_plan(session, row, default_plan_input())
        session.add(row)
        session.flush()
        details = _plan_details(row)
        uow.commit()
    return details


def _plan(session: Session, plan_id: int) -> FollowUpPlan:
    row = session.get(FollowUpPlan, plan_id)
    if row is None:
        raise ValidationError(_("There is no follow-up plan #{id}.").format(id=plan_id))
    return row


def _apply_plan(session: Session, row: FollowUpPlan, data: PlanInput) -> None:
    errors: dict[str, str] = {}
    name = _line(errors, "name", _("The plan name"), data.name, PLAN_NAME_MAX)
    if name is not None:
        twin = session.scalar(
            select(FollowUpPlan.id).where(
                func.lower(FollowUpPlan.name) == name.lower(), FollowUpPlan.id != (row.id or 0)
            )
        )
        if twin is not None:
            errors["name"] = _("There is already a plan named '{name}'.").format(name=name)
    description = data.description if data.description and data.description.strip() else None
    if description is not None:
        problem = unstorable(_("The description"), description)
        if problem is None and len(description) > DESCRIPTION_MAX:
            problem = _("The description is too long: {length} characters, at most 2,000.").format(
                length=f"{len(description):,}"
            )
        if problem is not None:
            errors["description"] = problem
    step_errors = [problem for step in data.steps for problem in step_problems(step)]
    step_errors.extend(
        problem
        for step in data.steps
        for problem in (unstorable(_("Step '{title}'").format(title=step.title.strip()[:40]), step.title),)
        if problem is not None
    )
    own = {step.id: step for step in row.steps} if row.id is not None else {}
    foreign = [s.step_id for s in data.steps if s.step_id is not None and s.step_id not in own]
    if foreign:
        step_errors.append(_("Step #{id} is not a step of this plan.").format(id=foreign[0]))
    if step_errors:
        errors["steps"] = " ".join(dict.fromkeys(step_errors))
    if errors:
        raise FieldErrors(errors)
    assert name is not None
    row.name = name
    row.description = description
    row.active = bool(data.active)
    kept: list[FollowUpPlanStep] = []
    for position, step in enumerate(data.steps):
        stored = own.get(step.step_id) if step.step_id is not None else None
        if stored is None:
            stored = FollowUpPlanStep()
        stored.position = position
        stored.kind = step.kind
        stored.title = step.title.strip()
        stored.anchor = step.anchor
        stored.offset_days = step.offset_days
        stored.repeat_every_months = step.repeat_every_months
        stored.repeat_limit = step.repeat_limit if step.repeat_every_months else None
        stored.assignee_rule = step.assignee_rule
        kept.append(stored)
    row.steps = kept  # steps left out are deleted (delete-orphan); their follow-ups keep a NULL step


def _step_value(step: FollowUpPlanStep) -> PlanStep:
    return PlanStep(
        step_id=step.id,
        kind=step.kind,
        title=step.title,
        anchor=step.anchor,
        offset_days=step.offset_days,
        repeat_every_months=step.repeat_every_months,
        repeat_limit=step.repeat_limit,
        assignee_rule=step.assignee_rule,
    )


def _plan_details(row: FollowUpPlan) -> PlanDetails:
    ordered: Sequence[FollowUpPlanStep] = sorted(row.steps, key=lambda s: (s.position, s.id or 0))
    return PlanDetails(
        row.id,
        row.name,
        row.description,
        row.active,
        tuple(map(_step_value, ordered)),
        version=row.version or 0,
    )


# ------------------------------------------------------------------------------------------- helpers


def _line(errors: dict[str, str], key: str, label: str, value: str | None, limit: int) -> str | None:
    text = (value or "").strip()
    if not text:
        errors[key] = _("{label} is required.").format(label=label)
        return None
    problem = unstorable(label, text)
    if problem is None and len(text) > limit:
        problem = _("{label} is too long: {length} characters, at most {most}.").format(
            label=label, length=f"{len(text):,}", most=limit
        )
    if problem is not None:
        errors[key] = problem
        return None
    return text


def _months(errors: dict[str, str], key: str, months: int | None) -> None:
    if months is None:
        return
    if isinstance(months, bool) or not isinstance(months, int) or not 0 <= months <= MAX_WARRANTY_MONTHS:
        errors[key] = _("The warranty must be 0 to {most} months (0: no warranty).").format(
            most=MAX_WARRANTY_MONTHS
        )


def _plan_exists(session: Session, errors: dict[str, str], key: str, plan_id: int | None) -> None:
    if plan_id is not None and session.get(FollowUpPlan, plan_id) is None:
        errors[key] = _("There is no follow-up plan #{id}.").format(id=plan_id)
