"""The after-sales data model: every sale linked to what must happen after it.

Conventions:
* money is integer minor units (``*_minor``), quantities are exact hundredths (:class:`Hundredths`);
* due dates are calendar ``Date`` values; instants are :class:`UTCDateTime` (aware, stored in UTC);
* vocabularies are the enums of :mod:`crm_desktop.domain.enums`, stored as their lowercase values with
  a CHECK constraint, so a bad value cannot reach the file from any program;
* every constraint has a name (``NAMING``), which SQLite batch migrations need.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from crm_desktop.domain.enums import (
    AssigneeRule,
    Channel,
    CustomerKind,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    JobLineKind,
    JobPriority,
    JobStatus,
    MessageChannel,
    MessageStatus,
    PromiseKind,
    PromiseStatus,
    RequestStatus,
    SaleStatus,
    SendingMode,
    StaffRole,
    StepAnchor,
    VisitStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.storage.types import Hundredths, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """A record people edit. ``version`` counts its saves (SQLAlchemy's ``version_id_col``): every ORM
    UPDATE says ``WHERE version = <the one read>`` and counts it up, so a save racing another is refused
    (``StaleDataError``), and a form sends the version it showed so that a save made after someone
    else's is refused too (:class:`crm_desktop.errors.ConflictError`) instead of undoing theirs."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _enum(enum_cls: type[StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR + named CHECK constraint holding the lowercase values."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _fk(target: str, *, cascade: bool = False) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE" if cascade else "RESTRICT")


def _created() -> Any:
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False)


def _updated() -> Any:
    return mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


# --------------------------------------------------------------------------------------------- people


class Customer(Versioned, Base):
    """A person or a business the shop sells to. Archived, never deleted."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(
        _enum(CustomerKind, "customer_kind"), default=CustomerKind.PERSON
    )
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    address: Mapped[str | None] = mapped_column(Text)
    # The customer's reference in the system the shop came from (an import matches on it).
    external_ref: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    # None: never asked; False: said no; True: agreed (when: consent_recorded_at).
    contact_consent: Mapped[bool | None] = mapped_column(Boolean)
    consent_recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Per channel (None: the answer above stands for it); every change is a ConsentChange.
    email_consent: Mapped[bool | None] = mapped_column(Boolean)
    sms_consent: Mapped[bool | None] = mapped_column(Boolean)
    # The language the customer's documents and messages are written in (``fr``); None: the shop's.
    language: Mapped[str | None] = mapped_column(String(8))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position"
    )
    tags: Mapped[list[CustomerTag]] = relationship(cascade="all, delete-orphan", order_by="CustomerTag.tag")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "(contact_consent IS NULL) = (consent_recorded_at IS NULL)", name="consent_answer_dated"
        ),
        CheckConstraint("archived = (archived_at IS NOT NULL)", name="archive_dated"),
        Index("ix_customer_name", "name"),
        # The customer list reads ids in order from these alone (covering), without touching the rows.
        Index("ix_customer_list_by_name", "archived", "name", "id"),
        Index("ix_customer_list_by_created", "archived", "created_at", "id"),
        Index("ix_customer_email", "email"),
        Index("ix_customer_external_ref", "external_ref"),
    )


class CustomerPhone(Base):
    """A phone number as the customer gave it, plus its normalised form (E.164 or digits) for search."""

    __tablename__ = "customer_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id", cascade=True))
    label: Mapped[str] = mapped_column(String(40), default="mobile")
    number_raw: Mapped[str] = mapped_column(String(64))
    number_normalized: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")

    __table_args__ = (
        Index("ix_customer_phone_customer_id", "customer_id"),
        Index("ix_customer_phone_number_normalized", "number_normalized"),
    )


class CustomerTag(Base):
    __tablename__ = "customer_tag"

    customer_id: Mapped[int] = mapped_column(_fk("customer.id", cascade=True), primary_key=True)
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)

    __table_args__ = (Index("ix_customer_tag_tag", "tag"),)


class Staff(Versioned, Base):
    """A person of the shop. Retired, never deleted: history keeps their name.

    ``pin_hash`` is a salted key-derivation hash of an optional PIN (see
    :mod:`crm_desktop.domain.pins`); the PIN itself is never stored.
    """

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str | None] = mapped_column(String(8))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created()

    roles: Mapped[list[StaffRoleGrant]] = relationship(
        cascade="all, delete-orphan", order_by="StaffRoleGrant.role", lazy="selectin"
    )

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("active = (retired_at IS NULL)", name="retired_dated"),
    )


class StaffRoleGrant(Base):
    """One role a person holds (owner, sales, technician); a one-person shop holds all three."""

    __tablename__ = "staff_role"

    staff_id: Mapped[int] = mapped_column(_fk("staff.id", cascade=True), primary_key=True)
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole, "staff_role"), primary_key=True)

    __table_args__ = (Index("ix_staff_role_role", "role"),)


# ------------------------------------------------------------------------------------ plans & catalogue


class FollowUpPlan(Versioned, Base):
    """A named list of steps that a sale of a product schedules as follow-ups."""

    __tablename__ = "follow_up_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = _created()

    steps: Mapped[list[FollowUpPlanStep]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="FollowUpPlanStep.position"
    )


class FollowUpPlanStep(Base):
    """One step: ``offset_days`` from the anchor (sale date or warranty end), optionally repeating."""

    __tablename__ = "follow_up_plan_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(_fk("follow_up_plan.id", cascade=True))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[FollowUpKind] = mapped_column(_enum(FollowUpKind, "follow_up_kind"))
    title: Mapped[str] = mapped_column(String(200))
    anchor: Mapped[StepAnchor] = mapped_column(_enum(StepAnchor, "step_anchor"), default=StepAnchor.SALE)
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    repeat_every_months: Mapped[int | None] = mapped_column(Integer)
    repeat_limit: Mapped[int | None] = mapped_column(Integer)
    assignee_rule: Mapped[AssigneeRule] = mapped_column(
        _enum(AssigneeRule, "assignee_rule"), default=AssigneeRule.SELLER
    )

    plan: Mapped[FollowUpPlan] = relationship(back_populates="steps")

    __table_args__ = (
        CheckConstraint("repeat_every_months IS NULL OR repeat_every_months > 0", name="repeat_positive"),
        CheckConstraint("repeat_limit IS NULL OR repeat_limit > 0", name="limit_positive"),
        Index("ix_follow_up_plan_step_plan_id", "plan_id"),
    )


class ProductCategory(Versioned, Base):
    """A category can carry a default warranty and plan for the products in it."""

    __tablename__ = "product_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    default_warranty_months: Mapped[int | None] = mapped_column(Integer)
    default_plan_id: Mapped[int | None] = mapped_column(_fk("follow_up_plan.id"))


class Product(Versioned, Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(_fk("product_category.id"))
    price_minor: Mapped[int] = mapped_column(Integer, default=0)
    default_warranty_months: Mapped[int | None] = mapped_column(Integer)
    default_plan_id: Mapped[int | None] = mapped_column(_fk("follow_up_plan.id"))
    serial_required: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = _created()

    category: Mapped[ProductCategory | None] = relationship()

    __table_args__ = (
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
        CheckConstraint(
            "default_warranty_months IS NULL OR default_warranty_months >= 0", name="warranty_not_negative"
        ),
    )


# ----------------------------------------------------------------------------------------------- sales


class NumberSequence(Base):
    """Counters behind S-0042 / J-0042 / R-0042; bumped inside the writing transaction, so numbers never
    repeat."""

    __tablename__ = "number_sequence"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Sale(Versioned, Base):
    __tablename__ = "sale"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    sale_date: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    external_ref: Mapped[str | None] = mapped_column(String(120))  # the sale's reference in an old system
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[SaleStatus] = mapped_column(_enum(SaleStatus, "sale_status"), default=SaleStatus.ACTIVE)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    void_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()

    items: Mapped[list[SaleItem]] = relationship(
        back_populates="sale", cascade="all, delete-orphan", order_by="SaleItem.position"
    )

    __table_args__ = (
        CheckConstraint(
            "(status = 'active' AND voided_at IS NULL) "
            "OR (status = 'void' AND voided_at IS NOT NULL AND length(trim(void_reason)) > 0)",
            name="void_has_date_and_reason",
        ),
        # A customer's sales, with what the metrics read of them in the index (migration 0014).
        Index("ix_sale_customer_active", "customer_id", "status", "sale_date"),
        # Sales by day, newest first off the index (the id is the order within a day), with the status
        # and seller the metrics count by (migration 0014).
        Index("ix_sale_day", "sale_date", "id", "status", "staff_id"),
        Index("ix_sale_external_ref", "external_ref"),
    )


class SaleItem(Versioned, Base):
    """A line of a sale: a catalogue product or free text, with its serial/IMEI and warranty dates."""

    __tablename__ = "sale_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(_fk("sale.id", cascade=True))
    position: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[int | None] = mapped_column(_fk("product.id"))
    description: Mapped[str] = mapped_column(String(300))
    serial: Mapped[str | None] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(Integer, default=0)
    warranty_start: Mapped[date | None] = mapped_column(Date)
    warranty_end: Mapped[date | None] = mapped_column(Date)
    warranty_override_reason: Mapped[str | None] = mapped_column(Text)
    # The serial, case-folded, while the sale is active (else NULL), kept so by storage.sold_serials:
    # its unique index lets one active sale hold a serial, also when two workstations save at once.
    active_serial: Mapped[str | None] = mapped_column(String(128))

    sale: Mapped[Sale] = relationship(back_populates="items")
    product: Mapped[Product | None] = relationship()

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "warranty_end IS NULL OR warranty_start IS NULL OR warranty_end >= warranty_start",
            name="warranty_ordered",
        ),
        # A sale's items, with their amounts and product: the metrics' sums read the index alone (0014).
        Index("ix_sale_item_amounts", "sale_id", "quantity", "unit_price_minor", "product_id"),
        Index("ix_sale_item_serial", "serial"),
        Index("ix_sale_item_warranty_end", "warranty_end"),
        Index(
            "uq_sale_item_active_serial",
            "active_serial",
            unique=True,
            sqlite_where=sql_text("active_serial IS NOT NULL"),
            postgresql_where=sql_text("active_serial IS NOT NULL"),
        ),
    )


# ---------------------------------------------------------------------------------------- service jobs


class ServiceJob(Versioned, Base):
    """A unit brought in (or visited) for service. Its "ready by" date is a :class:`Promise`."""

    __tablename__ = "service_job"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    sale_item_id: Mapped[int | None] = mapped_column(_fk("sale_item.id"))
    unit_description: Mapped[str] = mapped_column(String(300), default="")
    unit_serial: Mapped[str | None] = mapped_column(String(64))
    replacement_serial: Mapped[str | None] = mapped_column(String(64))
    reported_problem: Mapped[str] = mapped_column(Text, default="")
    accessories: Mapped[str | None] = mapped_column(Text)
    condition: Mapped[str | None] = mapped_column(Text)
    contact_preference: Mapped[Channel | None] = mapped_column(_enum(Channel, "job_contact_channel"))
    status: Mapped[JobStatus] = mapped_column(_enum(JobStatus, "job_status"), default=JobStatus.RECEIVED)
    priority: Mapped[JobPriority] = mapped_column(
        _enum(JobPriority, "job_priority"), default=JobPriority.NORMAL
    )
    technician_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    received_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    warranty_status: Mapped[WarrantyStatus] = mapped_column(
        _enum(WarrantyStatus, "job_warranty_status"), default=WarrantyStatus.UNKNOWN
    )
    warranty_decision: Mapped[WarrantyDecision] = mapped_column(
        _enum(WarrantyDecision, "job_warranty_decision"), default=WarrantyDecision.BILLABLE
    )
    warranty_reason: Mapped[str | None] = mapped_column(Text)
    diagnosis: Mapped[str | None] = mapped_column(Text)
    work_done: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_action_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()

    lines: Mapped[list[JobLine]] = relationship(
        back_populates="job", cascade="all, delete-orphan", order_by="JobLine.position"
    )
    visits: Mapped[list[Visit]] = relationship(
        back_populates="job", cascade="all, delete-orphan", order_by="Visit.scheduled_start"
    )
    checklist: Mapped[list[JobChecklistItem]] = relationship(
        back_populates="job", cascade="all, delete-orphan", order_by="JobChecklistItem.position"
    )

    __table_args__ = (
        CheckConstraint(
            "(status IN ('collected', 'cancelled')) = (closed_at IS NOT NULL)", name="closed_when_finished"
        ),
        Index("ix_service_job_customer_id", "customer_id"),
        Index("ix_service_job_status", "status"),
        Index("ix_service_job_unit_serial", "unit_serial"),
        Index("ix_service_job_technician_id", "technician_id"),
    )


class Visit(Versioned, Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(_fk("service_job.id", cascade=True))
    technician_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    scheduled_start: Mapped[datetime] = mapped_column(UTCDateTime())
    scheduled_end: Mapped[datetime] = mapped_column(UTCDateTime())
    on_site: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str | None] = mapped_column(Text)
    status: Mapped[VisitStatus] = mapped_column(
        _enum(VisitStatus, "visit_status"), default=VisitStatus.SCHEDULED
    )
    outcome: Mapped[str | None] = mapped_column(Text)
    booked_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    created_at: Mapped[datetime] = _created()

    job: Mapped[ServiceJob] = relationship(back_populates="visits")

    __table_args__ = (
        CheckConstraint("scheduled_end >= scheduled_start", name="window_ordered"),
        Index("ix_visit_job_id", "job_id"),
        Index("ix_visit_technician_start", "technician_id", "scheduled_start"),
    )


class JobLine(Versioned, Base):
    """A part or labour line; covered lines cost the shop, billable ones are charged to the customer."""

    __tablename__ = "job_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(_fk("service_job.id", cascade=True))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[JobLineKind] = mapped_column(_enum(JobLineKind, "job_line_kind"))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Hundredths(), default=Decimal(1))
    unit_cost_minor: Mapped[int] = mapped_column(Integer, default=0)
    unit_price_minor: Mapped[int] = mapped_column(Integer, default=0)
    covered_by_warranty: Mapped[bool] = mapped_column(Boolean, default=False)
    added_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))

    job: Mapped[ServiceJob] = relationship(back_populates="lines")

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_job_line_job_id", "job_id"),
    )


class Procedure(Base):
    """A checklist template for a recurring case, e.g. "Lost phone / duplicate SIM"."""

    __tablename__ = "procedure"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    steps: Mapped[list[ProcedureStep]] = relationship(
        back_populates="procedure", cascade="all, delete-orphan", order_by="ProcedureStep.position"
    )


class ProcedureStep(Base):
    __tablename__ = "procedure_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(_fk("procedure.id", cascade=True))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300))

    procedure: Mapped[Procedure] = relationship(back_populates="steps")

    __table_args__ = (Index("ix_procedure_step_procedure_id", "procedure_id"),)


class JobChecklistItem(Base):
    """A procedure step copied onto a job (a copy, so editing the template never rewrites history)."""

    __tablename__ = "job_checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(_fk("service_job.id", cascade=True))
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    job: Mapped[ServiceJob] = relationship(back_populates="checklist")

    __table_args__ = (Index("ix_job_checklist_item_job_id", "job_id"),)


# ------------------------------------------------------------------------------------------- requests


class RequestKind(Base):
    """What customers ask the shop to do or solve that is not a repair: the shop's own editable list
    (activation, SIM or number, a complaint...). A kind may carry a procedure, whose steps become the
    request's checklist when it opens."""

    __tablename__ = "request_kind"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CustomerRequest(Versioned, Base):
    """Something a customer asked the shop to do or solve (R-0042): an open item like a job, with an
    owner, a status (each move audited with who and when), often a promise, and a checklist."""

    __tablename__ = "customer_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    kind_id: Mapped[int] = mapped_column(_fk("request_kind.id"))
    summary: Mapped[str] = mapped_column(Text)  # what was asked, in the customer's words
    priority: Mapped[JobPriority] = mapped_column(
        _enum(JobPriority, "request_priority"), default=JobPriority.NORMAL
    )
    status: Mapped[RequestStatus] = mapped_column(
        _enum(RequestStatus, "request_status"), default=RequestStatus.OPEN
    )
    owner_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    opened_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    sale_id: Mapped[int | None] = mapped_column(_fk("sale.id"))
    sale_item_id: Mapped[int | None] = mapped_column(_fk("sale_item.id"))
    job_id: Mapped[int | None] = mapped_column(_fk("service_job.id"))  # when it became a service job
    notes: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)  # what was done, or why it was cancelled
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    last_action_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()

    checklist: Mapped[list[RequestChecklistItem]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestChecklistItem.position"
    )

    __table_args__ = (
        CheckConstraint("length(trim(summary)) > 0", name="summary_not_blank"),
        CheckConstraint(
            "(status IN ('resolved', 'cancelled')) = (closed_at IS NOT NULL)", name="closed_when_finished"
        ),
        Index("ix_customer_request_customer_id", "customer_id"),
        Index("ix_customer_request_status", "status"),
        Index("ix_customer_request_owner_id", "owner_id"),
    )


class RequestChecklistItem(Base):
    """A procedure step copied onto a request (a copy: editing the template never rewrites history)."""

    __tablename__ = "request_checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(_fk("customer_request.id", cascade=True))
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    request: Mapped[CustomerRequest] = relationship(back_populates="checklist")

    __table_args__ = (Index("ix_request_checklist_item_request_id", "request_id"),)


# ---------------------------------------------------------------------------- follow-ups and promises


class FollowUp(Versioned, Base):
    """Dated after-sales work: a call, a satisfaction check, a warranty notice, a service reminder."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    sale_id: Mapped[int | None] = mapped_column(_fk("sale.id"))
    sale_item_id: Mapped[int | None] = mapped_column(_fk("sale_item.id"))
    job_id: Mapped[int | None] = mapped_column(_fk("service_job.id"))
    plan_step_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_up_plan_step.id", ondelete="SET NULL")
    )
    occurrence: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[FollowUpKind] = mapped_column(_enum(FollowUpKind, "follow_up_kind"))
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date] = mapped_column(Date)
    assignee_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    status: Mapped[FollowUpStatus] = mapped_column(
        _enum(FollowUpStatus, "follow_up_status"), default=FollowUpStatus.OPEN
    )
    outcome: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    satisfaction_comment: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()

    __table_args__ = (
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction_range"),
        CheckConstraint("occurrence >= 1", name="occurrence_positive"),
        Index("ix_follow_up_status_due", "status", "due_date"),
        # The metrics (migration 0014): the follow-ups due in a period, with whether and when they were
        # done and by whom; and the scores given, a small part of all follow-ups.
        Index("ix_follow_up_due", "due_date", "status", "completed_at", "completed_by_id"),
        Index(
            "ix_follow_up_scored",
            "completed_at",
            "satisfaction",
            "customer_id",
            "sale_item_id",
            sqlite_where=sql_text("satisfaction IS NOT NULL"),
            postgresql_where=sql_text("satisfaction IS NOT NULL"),
        ),
        Index("ix_follow_up_customer_id", "customer_id"),
        Index("ix_follow_up_sale_id", "sale_id"),
        Index("ix_follow_up_assignee_id", "assignee_id"),
    )


class Promise(Versioned, Base):
    """Anything the shop committed to the customer with a date. Every date change is a PromiseChange."""

    __tablename__ = "promise"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    kind: Mapped[PromiseKind] = mapped_column(_enum(PromiseKind, "promise_kind"), default=PromiseKind.GENERAL)
    job_id: Mapped[int | None] = mapped_column(_fk("service_job.id"))
    sale_id: Mapped[int | None] = mapped_column(_fk("sale.id"))
    request_id: Mapped[int | None] = mapped_column(_fk("customer_request.id"))
    description: Mapped[str] = mapped_column(Text)
    promised_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    promised_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    original_due_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[PromiseStatus] = mapped_column(
        _enum(PromiseStatus, "promise_status"), default=PromiseStatus.OPEN
    )
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()

    changes: Mapped[list[PromiseChange]] = relationship(
        back_populates="promise", cascade="all, delete-orphan", order_by="PromiseChange.changed_at"
    )

    __table_args__ = (
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
        CheckConstraint("(status = 'open') = (resolved_at IS NULL)", name="resolved_when_closed"),
        CheckConstraint("kind <> 'job_ready' OR job_id IS NOT NULL", name="job_ready_has_job"),
        Index("ix_promise_status_due", "status", "due_date"),
        Index("ix_promise_customer_id", "customer_id"),
        Index("ix_promise_job_id", "job_id"),
        Index("ix_promise_request_id", "request_id"),
    )


class PromiseChange(Base):
    """One move of a promise's date, with the reason given to the customer. Never edited, never deleted."""

    __tablename__ = "promise_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    promise_id: Mapped[int] = mapped_column(_fk("promise.id", cascade=True))
    old_date: Mapped[date] = mapped_column(Date)
    new_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    changed_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    promise: Mapped[Promise] = relationship(back_populates="changes")

    __table_args__ = (
        CheckConstraint("length(trim(reason)) > 0", name="reason_not_blank"),
        CheckConstraint("old_date <> new_date", name="date_changed"),
        Index("ix_promise_change_promise_id", "promise_id"),
    )


# ------------------------------------------------------------------------------ contacts, audit, settings


class Interaction(Base):
    """Every contact with the customer: the basis of contacts-per-account metrics."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "interaction_channel"))
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "interaction_direction"))
    staff_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    sale_id: Mapped[int | None] = mapped_column(_fk("sale.id"))
    job_id: Mapped[int | None] = mapped_column(_fk("service_job.id"))
    follow_up_id: Mapped[int | None] = mapped_column(_fk("follow_up.id"))
    promise_id: Mapped[int | None] = mapped_column(_fk("promise.id"))
    request_id: Mapped[int | None] = mapped_column(_fk("customer_request.id"))
    created_at: Mapped[datetime] = _created()

    __table_args__ = (
        Index("ix_interaction_customer_occurred", "customer_id", "occurred_at"),
        # The contacts of a period, with their customer: the metrics' contacts per account read the index
        # alone (migration 0012).
        Index("ix_interaction_occurred_customer", "occurred_at", "customer_id"),
        # Foreign keys that would otherwise be scanned when their target is changed; for a promise, job
        # or request, also when it was last about and last told to the customer (Today's "no action" and
        # "waiting for news"), read from the index alone (migration 0013).
        Index("ix_interaction_follow_up_id", "follow_up_id"),
        Index("ix_interaction_promise_news", "promise_id", "occurred_at", "direction"),
        Index("ix_interaction_job_news", "job_id", "occurred_at", "direction"),
        Index("ix_interaction_request_news", "request_id", "occurred_at", "direction"),
    )


class AuditEntry(Base):
    """Who changed what and when: status moves, promise dates, warranty overrides."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class Erasure(Base):
    """A customer's personal data was erased (on their request): when and by whom, never what. Kept so
    that restoring an older backup can erase them again."""

    __tablename__ = "erasure"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer)  # the anonymised record (no foreign key: history)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(_fk("staff.id"))

    __table_args__ = (Index("ix_erasure_customer_id", "customer_id"),)


class Setting(Versioned, Base):
    """The business profile and shop-wide choices, one row per key (``business.name``, ``currency``...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    value_blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = _updated()


# ------------------------------------------------------------------------------------------- messages


class ConsentChange(Base):
    """A customer's answer about being contacted, as it changed: on which channel (``any``, ``email``,
    ``sms``), the answer (None: withdrawn, never asked again), when, where it came from (the customer
    form, an import, a reply) and who recorded it."""

    __tablename__ = "consent_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id", cascade=True))
    channel: Mapped[str] = mapped_column(String(10))
    answer: Mapped[bool | None] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    source: Mapped[str] = mapped_column(String(80))
    staff_id: Mapped[int | None] = mapped_column(_fk("staff.id"))

    __table_args__ = (
        CheckConstraint("channel IN ('any', 'email', 'sms')", name="consent_channel_known"),
        Index("ix_consent_change_customer_id", "customer_id", "at"),
    )


class MessageTemplate(Base):
    """The shop's own wording of a message (the built-in one until it is edited) and whether it is sent
    by itself, after asking, or not at all."""

    __tablename__ = "message_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(40))
    channel: Mapped[MessageChannel] = mapped_column(_enum(MessageChannel, "message_channel"))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    sending: Mapped[SendingMode] = mapped_column(_enum(SendingMode, "sending_mode"), default=SendingMode.ASK)
    updated_at: Mapped[datetime] = _updated()

    __table_args__ = (Index("ix_message_template_event", "event", "channel", unique=True),)


class OutboxMessage(Base):
    """A message to a customer, from the moment it is queued until the server took it (or it failed):
    it survives restarts; ``key`` makes it the same message however often it is tried (its Message-ID),
    and a message caught "sending" by a crash is never sent again by itself."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id"))
    channel: Mapped[MessageChannel] = mapped_column(_enum(MessageChannel, "outbox_channel"))
    event: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[MessageStatus] = mapped_column(
        _enum(MessageStatus, "outbox_status"), default=MessageStatus.QUEUED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answer: Mapped[str | None] = mapped_column(Text)  # what the server said when it took the message
    error: Mapped[str | None] = mapped_column(Text)  # why the last attempt failed
    failure_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = _created()
    created_by_id: Mapped[int | None] = mapped_column(_fk("staff.id"))
    sale_id: Mapped[int | None] = mapped_column(_fk("sale.id"))
    job_id: Mapped[int | None] = mapped_column(_fk("service_job.id"))
    promise_id: Mapped[int | None] = mapped_column(_fk("promise.id"))
    request_id: Mapped[int | None] = mapped_column(_fk("customer_request.id"))
    follow_up_id: Mapped[int | None] = mapped_column(_fk("follow_up.id"))
    interaction_id: Mapped[int | None] = mapped_column(_fk("interaction.id"))  # logged when it went

    __table_args__ = (
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("(status = 'sent') = (sent_at IS NOT NULL)", name="sent_dated"),
        # The sender's next look: what is due, in order.
        Index("ix_outbox_message_due", "status", "next_attempt_at"),
        Index("ix_outbox_message_customer_id", "customer_id", "created_at"),
        Index("ix_outbox_message_interaction_id", "interaction_id"),
    )


# --------------------------------------------------------------------------------------------- search


class SearchEntry(Base):
    """One searchable thing about a customer (name, company, e-mail, a phone, a serial, a sale, job or
    request number), in folded form. Derived data, kept in step by :mod:`crm_desktop.storage.search_index`.

    ``kind`` says what matched; ``ref_id`` is what a hit opens: the customer (customer, company, email,
    phone), the sale item (serial, product), the sale (sale), the job (job, job_serial), the request.
    ``detail`` is the value as written, for "why it matched"; ``archived`` copies the customer's flag.
    SQLite also has the FTS5 table ``search_fts`` over ``folded`` and PostgreSQL a trigram index
    (migration 0002; not models).
    """

    __tablename__ = "search_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(_fk("customer.id", cascade=True))
    kind: Mapped[str] = mapped_column(String(16))
    ref_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('customer', 'company', 'email', 'phone', 'serial', 'sale', 'job', 'job_serial', "
            "'request', 'product')",
            name="kind_known",
        ),
        Index("ix_search_entry_customer_id", "customer_id"),
        Index("ix_search_entry_kind_folded", "kind", "folded"),
    )


__all__ = [
    "AuditEntry",
    "Base",
    "Customer",
    "CustomerPhone",
    "CustomerRequest",
    "CustomerTag",
    "Erasure",
    "FollowUp",
    "FollowUpPlan",
    "FollowUpPlanStep",
    "Interaction",
    "JobChecklistItem",
    "JobLine",
    "NumberSequence",
    "Procedure",
    "ProcedureStep",
    "Product",
    "ProductCategory",
    "Promise",
    "PromiseChange",
    "RequestChecklistItem",
    "RequestKind",
    "Sale",
    "SaleItem",
    "SearchEntry",
    "ServiceJob",
    "Setting",
    "Staff",
    "StaffRoleGrant",
    "Visit",
]
