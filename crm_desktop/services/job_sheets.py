"""What a technician's job sheet prints: the job (with lines, checklist and "ready by" promise), the
customer and how to reach them, the job's visits, and the shop's header. Plain values only; escaping
and layout are the report's job (:mod:`crm_desktop.reports.job_sheet`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select

from crm_desktop.domain.money import ShopMoney
from crm_desktop.errors import ValidationError
from crm_desktop.services.jobs import JobDetails, _details
from crm_desktop.services.settings import money_of
from crm_desktop.services.visits import VisitDetails, _visit_details
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone, ServiceJob, Setting, Visit

PAPER_KEY: Final = "print.paper"  # "a4" or "letter"; blank: from the shop's country
LOGO_KEY: Final = "business.logo"  # path to a PNG/JPEG, optional
_LETTER_COUNTRIES: Final = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR"})


@dataclass(frozen=True)
class ShopHeader:
    name: str
    address: str | None
    phone: str | None
    email: str | None
    logo_path: str | None
    paper: str  # "a4" or "letter"
    currency: str
    locale: str  # how amounts are written (see services.settings.money_of)

    @property
    def money(self) -> ShopMoney:
        return ShopMoney(self.currency, self.locale)


@dataclass(frozen=True)
class JobSheetData:
    shop: ShopHeader
    job: JobDetails
    customer_company: str | None
    customer_phones: tuple[str, ...]  # "mobile: +44 7700 900123", as typed
    customer_email: str | None
    customer_address: str | None
    visits: tuple[VisitDetails, ...]


def shop_header(database: Database) -> ShopHeader:
    with database.reading() as uow:
        rows = uow.session.execute(select(Setting.key, Setting.value))
        settings = {k: v.strip() for k, v in rows if v is not None and v.strip()}
        money = money_of(uow.session)
    paper = settings.get(PAPER_KEY, "").lower()
    if paper not in ("a4", "letter"):
        paper = "letter" if settings.get("shop.country", "").upper() in _LETTER_COUNTRIES else "a4"
    return ShopHeader(
        name=settings.get("business.name") or "Our shop",
        address=settings.get("business.address"),
        phone=settings.get("business.phone"),
        email=settings.get("business.email"),
        logo_path=settings.get(LOGO_KEY),
        paper=paper,
        currency=money.currency,
        locale=money.locale,
    )


def job_sheets(
    database: Database, job_ids: tuple[int, ...] | list[int], today: date
) -> tuple[JobSheetData, ...]:
    """The sheets of the given jobs, in that order, read in one transaction."""
    shop = shop_header(database)
    sheets: list[JobSheetData] = []
    with database.reading() as uow:
        session = uow.session
        for job_id in job_ids:
            job = session.get(ServiceJob, job_id)
            if job is None:
                raise ValidationError(f"There is no service job #{job_id}.")
            customer = session.get(Customer, job.customer_id)
            assert customer is not None
            phones = tuple(
                f"{label}: {raw}" if label else raw
                for label, raw in session.execute(
                    select(CustomerPhone.label, CustomerPhone.number_raw)
                    .where(CustomerPhone.customer_id == customer.id)
                    .order_by(CustomerPhone.position, CustomerPhone.id)
                )
            )
            visits = tuple(
                _visit_details(session, v)
                for v in session.scalars(
                    select(Visit).where(Visit.job_id == job.id).order_by(Visit.scheduled_start, Visit.id)
                )
            )
            sheets.append(
                JobSheetData(
                    shop=shop,
                    job=_details(session, job, today),
                    customer_company=customer.company or None,
                    customer_phones=phones,
                    customer_email=customer.email or None,
                    customer_address=customer.address or None,
                    visits=visits,
                )
            )
    return tuple(sheets)
