"""A first look at the shop: the counts the start screen shows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from crm_desktop.domain.enums import FollowUpStatus, JobStatus, PromiseStatus, SaleStatus
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, FollowUp, Promise, Sale, ServiceJob, Setting

CLOSED_JOB_STATES = (JobStatus.COLLECTED, JobStatus.CANCELLED)


@dataclass(frozen=True)
class ShopOverview:
    business_name: str | None
    is_sample: bool
    customers: int
    sales: int
    open_jobs: int
    open_follow_ups: int
    open_promises: int

    @property
    def is_empty(self) -> bool:
        return self.customers == 0 and self.sales == 0


def shop_overview(database: Database) -> ShopOverview:
    with database.reading() as uow:
        s = uow.session
        rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(("business.name", "demo"))))
        settings = {key: value for key, value in rows}
        return ShopOverview(
            business_name=settings.get("business.name"),
            is_sample=settings.get("demo") == "1",
            customers=s.scalar(select(func.count()).select_from(Customer).where(Customer.archived.is_(False)))
            or 0,
            sales=s.scalar(select(func.count()).select_from(Sale).where(Sale.status == SaleStatus.ACTIVE))
            or 0,
            open_jobs=s.scalar(
                select(func.count())
                .select_from(ServiceJob)
                .where(ServiceJob.status.not_in(CLOSED_JOB_STATES))
            )
            or 0,
            open_follow_ups=s.scalar(
                select(func.count()).select_from(FollowUp).where(FollowUp.status == FollowUpStatus.OPEN)
            )
            or 0,
            open_promises=s.scalar(
                select(func.count()).select_from(Promise).where(Promise.status == PromiseStatus.OPEN)
            )
            or 0,
        )
