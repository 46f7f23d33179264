"""What the paper at the counter prints: the intake receipt a customer takes home when a unit comes in
(or a request is opened), the job label stuck on the unit and the serial label. Plain frozen values only;
escaping and layout are the reports' job (:mod:`crm_desktop.reports.receipt`,
:mod:`crm_desktop.reports.label`).

Every document is found by the number people see: ``J-0042``, ``R-0042`` (a bare ``42`` is a job) and a
serial as printed on the unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crm_desktop import i18n
from crm_desktop.domain.enums import PromiseStatus, WarrantyStatus
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, parse_number
from crm_desktop.domain.phones import label_text
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.job_sheets import ShopHeader, shop_header
from crm_desktop.services.jobs import _details as _job_details
from crm_desktop.services.jobs import _sold_item_with_serial
from crm_desktop.services.requests import _details as _request_details
from crm_desktop.services.settings import (
    LABEL_SIZE,
    LABEL_SIZES,
    RECEIPT_AT_INTAKE,
    RECEIPT_FORMAT,
    RECEIPT_TERMS,
    label_size_of,
)
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    CustomerRequest,
    SaleItem,
    ServiceJob,
    Setting,
)

# The printed terms when the shop wrote none (Settings): marked here, translated when a receipt is made.
DEFAULT_TERMS: Final = N_(
    "Keep this receipt: show it, or quote the number above, to collect the unit. The ready-by date is our "
    "estimate; if it changes we tell you and why. We tell you the price before any work you pay for. "
    "Back up your data where you can: a repair may erase it, and we cannot answer for data on the unit. "
    "Please collect the unit within 30 days of our message that it is ready. Your statutory rights as a "
    "consumer are not affected."
)
DEFAULT_LABEL_SIZE: Final = LABEL_SIZES[0]

_WARRANTY_TEXT: Final = {
    WarrantyStatus.COVERED: N_("under warranty"),
    WarrantyStatus.EXPIRED: N_("warranty expired"),
    WarrantyStatus.NOT_SOLD_HERE: N_("not sold here"),
    WarrantyStatus.UNKNOWN: "",
}


@dataclass(frozen=True)
class ReceiptData:
    """One intake receipt. ``kind`` is "job" or "request"; blank optional fields are None."""

    shop: ShopHeader
    terms: str
    kind: str
    number_text: str  # "J-0042" / "R-0042": printed, and encoded in the Code128 and the QR code
    received_at: datetime
    customer_name: str
    customer_phones: tuple[str, ...]  # "mobile: 07700 900123", as typed
    unit: str | None  # "Phone One"; a request about no particular item has none
    serial: str | None
    accessories: str | None
    condition: str | None
    problem: str  # the customer's words (a request's summary)
    ready_by: date | None  # the open promise's date
    warranty: str | None  # "under warranty", "warranty expired", "not sold here"; jobs only
    warranty_end: date | None  # while under warranty
    request_kind: str | None  # "Activation", requests only
    language: str | None = None  # the customer's (printed in it), None: the shop's


@dataclass(frozen=True)
class JobLabelData:
    size_mm: tuple[float, float]  # width, height
    number_text: str
    customer_name: str
    unit: str
    ready_by: date | None
    language: str | None = None  # the customer's


@dataclass(frozen=True)
class SerialLabelData:
    size_mm: tuple[float, float]
    serial: str
    product: str


def receipt_format(database: Database) -> str:
    """``"a4"`` (half a page of the shop's paper, A4 or Letter) or ``"thermal"`` (an 80 mm roll)."""
    value = _settings(database).get(RECEIPT_FORMAT, "a4").lower()
    return value if value in ("a4", "thermal") else "a4"


def receipt_at_intake(database: Database) -> str:
    """What happens when a unit is taken in: ``"off"``, ``"ask"`` or ``"always"`` print the receipt."""
    value = _settings(database).get(RECEIPT_AT_INTAKE, "off").lower()
    return value if value in ("off", "ask", "always") else "off"


def label_size(database: Database) -> tuple[float, float]:
    """The label's width and height in millimetres (the ``print.label_size`` setting, else 62 x 29)."""
    return label_size_of(_settings(database).get(LABEL_SIZE)) or (62.0, 29.0)


def receipt_by_number(database: Database, text: str, today: date) -> ReceiptData:
    """The receipt of ``J-0042`` or ``R-0042`` (a bare number is a job); :class:`ValidationError` when
    the number is not one or nothing has it."""
    typed = text.strip()
    if typed[:1].upper() == REQUEST_PREFIX:
        number = parse_number(REQUEST_PREFIX, typed)
        with database.reading() as uow:
            request_id = uow.session.scalar(
                select(CustomerRequest.id).where(CustomerRequest.number == number)
            )
        if request_id is None:
            raise ValidationError(_("There is no request {number}.").format(number=text.strip()))
        return request_receipt(database, request_id, today)
    return job_receipt(database, _job_id(database, typed), today)


def job_receipt(database: Database, job_id: int, today: date) -> ReceiptData:
    shop = shop_header(database)
    terms = _terms(database)
    with database.reading() as uow:
        job = uow.session.get(ServiceJob, job_id)
        if job is None:
            raise ValidationError(_("There is no service job #{id}.").format(id=job_id))
        language = language_of(uow.session, job.customer_id)
        with i18n.language(language):
            details = _job_details(uow.session, job, today)
        phones = _phones(uow.session, job.customer_id)
    promise = details.ready_promise
    words = _WARRANTY_TEXT[details.warranty_status]
    with i18n.language(language):
        warranty = _(words) if words else ""  # _("") would be the catalogue's header
    return ReceiptData(
        language=language,
        shop=shop,
        terms=terms,
        kind="job",
        number_text=details.number_text,
        received_at=details.received_at,
        customer_name=details.customer_name,
        customer_phones=phones,
        unit=details.unit_description,
        serial=details.unit_serial,
        accessories=details.accessories,
        condition=details.condition,
        problem=details.reported_problem,
        ready_by=promise.due_date if promise is not None and promise.status is PromiseStatus.OPEN else None,
        warranty=warranty or None,
        warranty_end=details.warranty_end if details.warranty_status is WarrantyStatus.COVERED else None,
        request_kind=None,
    )


def request_receipt(database: Database, request_id: int, today: date) -> ReceiptData:
    shop = shop_header(database)
    terms = _terms(database)
    with database.reading() as uow:
        request = uow.session.get(CustomerRequest, request_id)
        if request is None:
            raise ValidationError(_("There is no request #{id}.").format(id=request_id))
        language = language_of(uow.session, request.customer_id)
        with i18n.language(language):
            details = _request_details(uow.session, request, today)
        phones = _phones(uow.session, request.customer_id)
        unit, serial = None, None
        if request.sale_item_id is not None:
            item = uow.session.get(SaleItem, request.sale_item_id)
            if item is not None:
                unit, serial = item.description, item.serial
    promise = details.open_promise
    return ReceiptData(
        language=language,
        shop=shop,
        terms=terms,
        kind="request",
        number_text=details.number_text,
        received_at=details.opened_at,
        customer_name=details.customer_name,
        customer_phones=phones,
        unit=unit,
        serial=serial,
        accessories=None,
        condition=None,
        problem=details.summary,
        ready_by=promise.due_date if promise is not None else None,
        warranty=None,
        warranty_end=None,
        request_kind=details.kind_name,
    )


def job_label(database: Database, text: str, today: date) -> JobLabelData:
    """The label of the job ``J-0042`` (or ``42``)."""
    return job_label_of(database, _job_id(database, text.strip()), today)


def job_label_of(database: Database, job_id: int, today: date) -> JobLabelData:
    size = label_size(database)
    with database.reading() as uow:
        job = uow.session.get(ServiceJob, job_id)
        if job is None:
            raise ValidationError(_("There is no service job #{id}.").format(id=job_id))
        language = language_of(uow.session, job.customer_id)
        with i18n.language(language):
            details = _job_details(uow.session, job, today)
    promise = details.ready_promise
    return JobLabelData(
        language=language,
        size_mm=size,
        number_text=details.number_text,
        customer_name=details.customer_name,
        unit=details.unit_description,
        ready_by=promise.due_date if promise is not None and promise.status is PromiseStatus.OPEN else None,
    )


def serial_label(database: Database, serial: str) -> SerialLabelData:
    """The label of a serial the shop knows: a sold item's (its description), else the unit of the
    latest job that has it (as received, or as the replacement of an exchange)."""
    typed = " ".join(serial.split())
    if not typed:
        raise ValidationError(_("Give the serial number to print."))
    size = label_size(database)
    with database.reading() as uow:
        item = _sold_item_with_serial(uow.session, typed)
        if item is not None and item.serial:
            return SerialLabelData(size_mm=size, serial=item.serial, product=item.description)
        folded = typed.lower()
        row = uow.session.execute(
            select(ServiceJob.unit_serial, ServiceJob.replacement_serial, ServiceJob.unit_description)
            .where(
                or_(
                    func.lower(ServiceJob.unit_serial) == folded,
                    func.lower(ServiceJob.replacement_serial) == folded,
                )
            )
            .order_by(ServiceJob.received_at.desc(), ServiceJob.id.desc())
            .limit(1)
        ).first()
    if row is None:
        raise ValidationError(
            _("No sold item and no service job has the serial {serial}.").format(serial=typed)
        )
    unit_serial, replacement, description = row
    found = unit_serial if (unit_serial or "").lower() == folded else replacement
    return SerialLabelData(size_mm=size, serial=found or typed, product=description)


# ------------------------------------------------------------------------------------------ helpers


def _job_id(database: Database, typed: str) -> int:
    """The internal id of the job numbered ``typed`` (``J-0042``, ``j42``; a bare ``42`` is J-0042)."""
    number = parse_number(JOB_PREFIX, f"{JOB_PREFIX}{typed}" if typed.isdigit() else typed)
    with database.reading() as uow:
        job_id = uow.session.scalar(select(ServiceJob.id).where(ServiceJob.number == number))
    if job_id is None:
        raise ValidationError(_("There is no service job {number}.").format(number=typed))
    return job_id


def _settings(database: Database) -> dict[str, str]:
    keys = (RECEIPT_AT_INTAKE, RECEIPT_FORMAT, RECEIPT_TERMS, LABEL_SIZE)
    with database.reading() as uow:
        rows = uow.session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
        return {key: value.strip() for key, value in rows if value and value.strip()}


def _terms(database: Database) -> str:
    return _settings(database).get(RECEIPT_TERMS) or _(DEFAULT_TERMS)


def language_of(session: Session, customer_id: int) -> str | None:
    """The language the customer's documents are printed in (None: the shop's)."""
    return session.scalar(select(Customer.language).where(Customer.id == customer_id))


def _phones(session: Session, customer_id: int) -> tuple[str, ...]:
    customer = session.get(Customer, customer_id)
    if customer is None:
        return ()
    return tuple(
        f"{label_text(label)}: {raw}" if label else raw
        for label, raw in session.execute(
            select(CustomerPhone.label, CustomerPhone.number_raw)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.position, CustomerPhone.id)
        )
    )


__all__ = [
    "DEFAULT_TERMS",
    "JobLabelData",
    "ReceiptData",
    "SerialLabelData",
    "job_label",
    "job_label_of",
    "job_receipt",
    "label_size",
    "receipt_at_intake",
    "receipt_by_number",
    "receipt_format",
    "request_receipt",
    "serial_label",
]
