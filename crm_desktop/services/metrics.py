"""After-sales metrics for the Reports page, `crm-desktop metrics` and the metrics PDF.

The account-value figures follow :mod:`crm_desktop.domain.metrics` (see the README). The rest, over
a period (default: the 12 months before the report date):

* promises *kept on time*: promises due (originally) in the period and settled — kept, broken, or
  still open past their date — that were kept on or before the date first promised; the *slip* of a
  promise is the days from that first date to when it was kept (or to the report date while it is open
  and late); median and worst are over the promises that slipped;
* follow-ups *done on time*: follow-ups due in the period, done or still open past their date
  (cancelled ones aside), done on or before their due date;
* service jobs received in the period: *first response* = hours from intake to the first status move,
  *turnaround* = days from intake to ready (the first time), median and 90th percentile; *under
  warranty* = the share decided "covered";
* requests (R-0042) — *opened*: opened in the period; *resolved* / *cancelled*: closed that way in the
  period; *still open*: not closed at the end of the report date, whenever opened. *First response*, over
  the requests opened in the period: hours from opening to whichever comes first of (a) the first
  outgoing contact linked to the request after it was opened (the contact logged with it is the asking,
  not an answer) and (b) the first status move away from "open" made by a staff member (taking it in as
  a job counts); a request with neither by the end of the report date is not answered yet and is left
  out of the median and mean (the figure says how many were answered). *Time to resolve*, over the
  requests resolved in the period: days from opening to closing. A request's status and closing time are
  read as they stand now, so one reopened since is counted by its latest close. The same figures by kind
  and by owner (the person who owns the request now; "Nobody" for unowned ones);
* satisfaction: the scores (1-5) given in the period, their average and distribution; a low score is
  1 or 2, and it *got a recovery call* when a recovery follow-up for that customer was done on or after
  the day of the score;
* warranties ending in the next 30 and 90 days after the report date;
* break-downs by product category (sales, items, jobs, satisfaction) and by staff member (sales,
  follow-ups done, jobs as technician), and a trend by month over the 12 months ending with the report
  date's month.

Everything is read in one unit of work with grouped queries (no query per customer), so 100,000
customers take a few seconds at most. The result and the way it is written out (summary lines, tables)
are plain values in :mod:`crm_desktop.domain.metrics_figures`, re-exported here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.engine import Connection

from crm_desktop.domain import dates
from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import (
    Direction,
    FollowUpKind,
    FollowUpStatus,
    JobStatus,
    PromiseStatus,
    RequestStatus,
    SaleStatus,
    WarrantyDecision,
)
from crm_desktop.domain.metrics import (
    contacts_pay,
    mean,
    mean_annual_value,
    median,
    median_annual_value,
    minor_units,
    per_account,
    percentile,
    share,
    value_per_contact,
)
from crm_desktop.domain.metrics_figures import (
    CategoryRow,
    Metrics,
    MonthRow,
    RequestGroupRow,
    StaffRow,
    metrics_tables,
    money_text,
    summary_lines,
    unfinished_month,
)
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import no_gc_pauses
from crm_desktop.services.settings import money_of
from crm_desktop.storage.engine import Database
from crm_desktop.storage.expressions import days_until
from crm_desktop.storage.models import (
    AuditEntry,
    CustomerRequest,
    FollowUp,
    Interaction,
    JobLine,
    Product,
    ProductCategory,
    Promise,
    RequestKind,
    Sale,
    SaleItem,
    ServiceJob,
    Setting,
    Staff,
)

LOW_SCORE: Final = 2
COST_KEY: Final = "cost_per_contact_minor"
# Labels of the break-downs, marked for the catalogue: translated when the figures are computed
UNCATEGORISED: Final = N_("Not in a category")
ALL_REQUESTS: Final = N_("All requests")
NO_OWNER: Final = N_("Nobody")


def compute_metrics(database: Database, report_date: date, start: date | None = None) -> Metrics:
    """The metrics on ``report_date``; period figures cover ``start`` (default: 365 days earlier) to it."""
    first = start if start is not None else report_date - timedelta(days=365)
    if first > report_date:
        raise ValidationError(
            _("The period starts ({start}) after it ends ({end}); swap the dates.").format(
                start=dates.medium_date(first), end=dates.medium_date(report_date)
            )
        )
    lo, hi = _instant(first), _instant(report_date + timedelta(days=1))
    with no_gc_pauses(), database.reading() as uow:
        money = money_of(uow.session)
        s = uow.session.connection()  # plain rows: the figures only read
        settings = {k: v for k, v in s.execute(select(Setting.key, Setting.value)) if v}
        cost = int(settings[COST_KEY]) if settings.get(COST_KEY, "").isdigit() else None
        names = {sid: name for sid, name in s.execute(select(Staff.id, Staff.name))}

        # ----------------------------------------------------------------- account value
        active = and_(Sale.status == SaleStatus.ACTIVE, Sale.sale_date <= report_date)
        # Each account's first sale (as days before the report date), what its sales earned and its
        # contacts of the last 12 months, in one grouped scan of the indexes.
        year_ago = _instant(report_date - timedelta(days=365) + timedelta(days=1))
        contacts_of = (
            select(func.count())
            .select_from(Interaction)
            .where(
                Interaction.customer_id == Sale.customer_id,
                Interaction.occurred_at >= year_ago,
                Interaction.occurred_at < hi,
            )
            .scalar_subquery()
        )
        earnings: dict[int, int] = defaultdict(int)
        accounts = s.execute(
            select(
                Sale.customer_id,
                days_until(func.min(Sale.sale_date), report_date),
                func.coalesce(func.sum(SaleItem.quantity * SaleItem.unit_price_minor), 0),
                contacts_of,
            )
            .outerjoin(SaleItem, SaleItem.sale_id == Sale.id)
            .where(active)
            .group_by(Sale.customer_id)
        ).all()  # a row per account, 100,000 of them: fetched at once and read column by column
        # each account's days from its first sale to the report date, earnings and contacts in 12 months
        ages = {customer: int(age) for customer, age, _, _ in accounts}
        earnings.update({customer: int(amount) for customer, _, amount, _ in accounts})
        per_customer = {customer: int(contacted) for customer, _, _, contacted in accounts}
        # Service charges, for every customer (only accounts with a sale are counted below).
        for customer, charged in s.execute(
            select(ServiceJob.customer_id, func.sum((_raw_quantity() * JobLine.unit_price_minor + 50) // 100))
            .join(JobLine, JobLine.job_id == ServiceJob.id)
            .where(
                JobLine.covered_by_warranty.is_(False),
                ServiceJob.status != JobStatus.CANCELLED,
                ServiceJob.received_at < hi,
            )
            .group_by(ServiceJob.customer_id)
        ):
            earnings[customer] += int(charged or 0)
        valued = [(earnings[c], age) for c, age in ages.items()]
        mav, mean_aav = median_annual_value(valued), mean_annual_value(valued)

        # ----------------------------------------------------------------- contacts
        contacts = sum(per_customer.values())
        contacts_each = per_account(contacts, len(ages))
        value = value_per_contact(mav, contacts_each)

        # ----------------------------------------------------------------- promises
        promises = s.execute(
            select(Promise.original_due_date, Promise.status, Promise.resolved_at, Promise.due_date).where(
                Promise.original_due_date >= first, Promise.original_due_date <= report_date
            )
        ).all()
        settled, kept_on_time, slips = 0, 0, []
        month_promises: dict[str, list[bool]] = defaultdict(list)
        for original, status, resolved_at, _due in promises:
            if status is PromiseStatus.CANCELLED:
                continue
            resolved = _day(resolved_at) if resolved_at is not None else None
            if status is PromiseStatus.OPEN and original >= report_date:
                continue  # not due yet
            settled += 1
            on_time = status is PromiseStatus.KEPT and resolved is not None and resolved <= original
            kept_on_time += on_time
            month_promises[_month(original)].append(on_time)
            end = resolved if resolved is not None else report_date
            slip = (end - original).days
            if slip > 0:
                slips.append(slip)

        # ----------------------------------------------------------------- follow-ups
        # Counted in SQL, by who did them. Done on time: before the end of the due day on the shop's
        # clock, which the table of the period's days gives (its instants taken in Python, so that a
        # change of summer time is right).
        done = and_(FollowUp.status == FollowUpStatus.DONE, FollowUp.completed_at.is_not(None))
        due_count, done_on_time = 0, 0
        staff_done: Counter[int] = Counter()
        staff_on_time: Counter[int] = Counter()
        for chunk_first, chunk_last in _chunks(first, report_date):
            days = _days_table(chunk_first, chunk_last)
            for by, due_n, done_n, on_time_n in s.execute(
                select(
                    FollowUp.completed_by_id,
                    func.count(),
                    func.count().filter(done),
                    func.count().filter(and_(done, FollowUp.completed_at < days.c.next_start)),
                )
                .join(days, days.c.day == FollowUp.due_date)
                .where(
                    FollowUp.due_date >= chunk_first,
                    FollowUp.due_date <= chunk_last,
                    FollowUp.status != FollowUpStatus.CANCELLED,
                    or_(FollowUp.status != FollowUpStatus.OPEN, FollowUp.due_date < report_date),
                )
                .group_by(FollowUp.completed_by_id)
            ):
                due_count += int(due_n)
                done_on_time += int(on_time_n)
                if by is not None:
                    staff_done[by] += int(done_n)
                    staff_on_time[by] += int(on_time_n)

        # ----------------------------------------------------------------- jobs
        # The product category of a sold item ("Not in a category" without one), for the break-downs.
        category = func.coalesce(ProductCategory.name, _(UNCATEGORISED))

        def with_category(stmt: Any, item_id: Any) -> Any:
            return (
                stmt.outerjoin(SaleItem, SaleItem.id == item_id)
                .outerjoin(Product, Product.id == SaleItem.product_id)
                .outerjoin(ProductCategory, ProductCategory.id == Product.category_id)
            )

        jobs = s.execute(
            with_category(
                select(
                    ServiceJob.id,
                    ServiceJob.received_at,
                    ServiceJob.warranty_decision,
                    ServiceJob.technician_id,
                    category.label("category"),
                ),
                ServiceJob.sale_item_id,
            ).where(ServiceJob.received_at >= lo, ServiceJob.received_at < hi)
        ).all()
        job_ids = [j.id for j in jobs]
        # Each job's first status move and first "ready", taken by SQL from its audit entries.
        first_move: dict[int, datetime] = {}
        ready_at: dict[int, datetime] = {}
        for job_id, moved_at, ready in s.execute(
            select(
                AuditEntry.entity_id,
                func.min(AuditEntry.at),
                func.min(AuditEntry.at).filter(AuditEntry.new_value == str(JobStatus.READY)),
            )
            .where(
                AuditEntry.entity == "service_job",
                AuditEntry.field == "status",
                AuditEntry.new_value != str(JobStatus.RECEIVED),
                AuditEntry.at >= lo,
            )
            .group_by(AuditEntry.entity_id)
        ):
            first_move[job_id] = moved_at
            if ready is not None:
                ready_at[job_id] = ready
        wanted = set(job_ids)
        responses = [
            Decimal((first_move[j.id] - j.received_at).total_seconds()) / 3600
            for j in jobs
            if j.id in first_move and j.id in wanted
        ]
        turnarounds = {
            j.id: Decimal((ready_at[j.id] - j.received_at).total_seconds()) / 86400
            for j in jobs
            if j.id in ready_at
        }
        covered = sum(1 for j in jobs if j.warranty_decision is WarrantyDecision.COVERED)

        # ----------------------------------------------------------------- requests
        requests = _requests(s, lo, hi)

        # ----------------------------------------------------------------- satisfaction
        # Counted by SQL (on the index of scored follow-ups); only the low scores come back one by one.
        scored = and_(
            FollowUp.satisfaction.is_not(None), FollowUp.completed_at >= lo, FollowUp.completed_at < hi
        )
        distribution = {n: 0 for n in range(1, 6)}
        for score, count in s.execute(
            select(FollowUp.satisfaction, func.count()).where(scored).group_by(FollowUp.satisfaction)
        ):
            if score is not None:
                distribution[int(score)] += int(count)
        scores_given = sum(distribution.values())
        scores_total = sum(score * count for score, count in distribution.items())
        is_low = and_(scored, FollowUp.satisfaction <= LOW_SCORE)
        low = [
            (customer, _day(at))
            for customer, at in s.execute(select(FollowUp.customer_id, FollowUp.completed_at).where(is_low))
            if at is not None
        ]
        # The recovery calls done by those customers only, looked up by customer (kind and status are
        # checked here: in the query they would lead SQLite to read every follow-up done).
        recoveries: dict[int, list[date]] = defaultdict(list)
        low_customers = sorted({customer for customer, _ in low})
        for at in range(0, len(low_customers), 5_000):
            for customer, kind, fu_status, done_at in s.execute(
                select(FollowUp.customer_id, FollowUp.kind, FollowUp.status, FollowUp.completed_at).where(
                    FollowUp.customer_id.in_(low_customers[at : at + 5_000]), FollowUp.completed_at >= lo
                )
            ):
                if kind is FollowUpKind.RECOVERY and fu_status is FollowUpStatus.DONE and done_at is not None:
                    recoveries[customer].append(_day(done_at))
        recovered = sum(1 for c, day in low if any(r >= day for r in recoveries.get(c, ())))

        # ----------------------------------------------------------------- warranties ending
        def ending(days: int) -> int:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(SaleItem)
                    .join(Sale, Sale.id == SaleItem.sale_id)
                    .where(
                        Sale.status == SaleStatus.ACTIVE,
                        SaleItem.warranty_end > report_date,
                        SaleItem.warranty_end <= report_date + timedelta(days=days),
                    )
                )
                or 0
            )

        ending_30, ending_90 = ending(30), ending(90)

        # ----------------------------------------------------------------- break-downs
        # Grouped in SQL: at 100,000 customers there are hundreds of thousands of items.
        # The items of the active sales from the earlier of the period's start and the trend's first
        # month, in one scan grouped by day, seller and category; the sales counted per seller.
        since = min(first, _month_start(report_date, -11))
        cat_sales: Counter[str] = Counter()
        cat_items: Counter[str] = Counter()
        staff_sales_minor: Counter[int] = Counter()
        month_sales: Counter[str] = Counter()
        trend_from = _month_start(report_date, -11)
        for day, seller, name, amount, count in s.execute(
            select(
                Sale.sale_date,
                Sale.staff_id,
                category,
                func.sum(SaleItem.quantity * SaleItem.unit_price_minor),
                func.sum(SaleItem.quantity),
            )
            .select_from(Sale)
            .join(SaleItem, SaleItem.sale_id == Sale.id)
            .outerjoin(Product, Product.id == SaleItem.product_id)
            .outerjoin(ProductCategory, ProductCategory.id == Product.category_id)
            .where(Sale.status == SaleStatus.ACTIVE, Sale.sale_date >= since, Sale.sale_date <= report_date)
            .group_by(Sale.sale_date, Sale.staff_id, category)
        ):
            amount, count = int(amount or 0), int(count or 0)
            if day >= first:
                cat_sales[name] += amount
                cat_items[name] += count
                if seller is not None:
                    staff_sales_minor[seller] += amount
            if day >= trend_from:
                month_sales[_month(day)] += amount
        staff_sales: Counter[int] = Counter()
        for seller, count in s.execute(
            select(Sale.staff_id, func.count())
            .where(Sale.status == SaleStatus.ACTIVE, Sale.sale_date >= first, Sale.sale_date <= report_date)
            .group_by(Sale.staff_id)
        ):
            if seller is not None:
                staff_sales[seller] = int(count)
        cat_jobs: Counter[str] = Counter(j.category for j in jobs)
        cat_score_sums: Counter[str] = Counter()
        cat_score_counts: Counter[str] = Counter()
        for name, total, count in s.execute(
            with_category(
                select(category, func.sum(FollowUp.satisfaction), func.count()).select_from(FollowUp),
                FollowUp.sale_item_id,
            )
            .where(scored)
            .group_by(category)
        ):
            cat_score_sums[name] += int(total)
            cat_score_counts[name] += int(count)
        categories = sorted(
            set(cat_sales) | set(cat_jobs) | set(cat_score_counts), key=lambda n: (-cat_sales[n], n)
        )
        by_category = tuple(
            CategoryRow(
                n, cat_sales[n], cat_items[n], cat_jobs[n], _mean_of(cat_score_sums[n], cat_score_counts[n])
            )
            for n in categories
        )
        tech_jobs: dict[int, list[int]] = defaultdict(list)
        for j in jobs:
            if j.technician_id is not None:
                tech_jobs[j.technician_id].append(j.id)
        people = set(staff_sales) | set(staff_done) | set(tech_jobs)
        by_staff = tuple(
            sorted(
                (
                    StaffRow(
                        names.get(p, f"#{p}"),
                        staff_sales[p],
                        staff_sales_minor[p],
                        staff_done[p],
                        share(staff_on_time[p], staff_done[p]),
                        len(tech_jobs.get(p, [])),
                        _quantize(median([turnarounds[j] for j in tech_jobs.get(p, []) if j in turnarounds])),
                    )
                    for p in people
                ),
                key=lambda r: r.staff.casefold(),
            )
        )

        # ----------------------------------------------------------------- trend
        # No instant converted in Python. Contacts: each month counted on its own range of their index
        # (a range count reads the index alone; one scan evaluating twelve FILTERs per row took 16 times
        # as long at 100,000 customers). Columns with no index: one scan, each month an aggregate FILTER.
        starts = [_month_start(report_date, -n) for n in range(11, -1, -1)]
        bounds = [
            (_month(day), _instant(day), _instant(starts[i + 1]) if i + 1 < len(starts) else hi)
            for i, day in enumerate(starts)
        ]

        def per_month(column: Any, *extra: Any, indexed: bool = False) -> list[Any]:
            if indexed:
                query = select(func.count()).where(column >= bindparam("a"), column < bindparam("b"), *extra)
                return [s.execute(query, {"a": a, "b": b}).scalar() for _, a, b in bounds]
            row = s.execute(
                select(*(func.count().filter(and_(column >= a, column < b)) for _, a, b in bounds)).where(
                    column >= bounds[0][1], column < hi, *extra
                )
            ).one()
            return list(row)

        month_contacts = dict(
            zip([m for m, _, _ in bounds], per_month(Interaction.occurred_at, indexed=True), strict=True)
        )
        month_jobs = dict(zip([m for m, _, _ in bounds], per_month(ServiceJob.received_at), strict=True))
        scored = FollowUp.satisfaction.is_not(None)
        # The scores' count and sum per month, in one read of the scored follow-ups' index.
        given = [and_(FollowUp.completed_at >= a, FollowUp.completed_at < b) for _, a, b in bounds]
        monthly = s.execute(
            select(
                *(func.count().filter(month) for month in given),
                *(func.sum(FollowUp.satisfaction).filter(month) for month in given),
            ).where(scored, FollowUp.completed_at >= bounds[0][1], FollowUp.completed_at < hi)
        ).one()
        score_counts, score_sums = monthly[: len(bounds)], monthly[len(bounds) :]
        month_scores_avg = {
            m: (round(int(total) / int(count), 2) if count else None)
            for (m, _, _), count, total in zip(bounds, score_counts, score_sums, strict=True)
        }
        months = [_month(_month_start(report_date, -n)) for n in range(11, -1, -1)]
        trend = tuple(
            MonthRow(
                m,
                month_sales[m],
                int(month_contacts.get(m) or 0),
                int(month_jobs.get(m) or 0),
                share(sum(month_promises.get(m, [])), len(month_promises.get(m, []))),
                month_scores_avg.get(m),
            )
            for m in months
        )

    turnaround_values = list(turnarounds.values())
    return Metrics(
        report_date=report_date,
        start=first,
        currency=money.currency,
        locale=money.locale,
        accounts=len(ages),
        total_earnings_minor=sum(earnings[c] for c in ages),
        mav_minor=minor_units(mav),
        mean_aav_minor=minor_units(mean_aav),
        contacts_12m=contacts,
        contacts_per_account=_quantize(contacts_each),
        contacts_median=_quantize(median(list(per_customer.values()))),
        value_per_contact_minor=minor_units(value),
        cost_per_contact_minor=cost,
        contacts_pay=contacts_pay(value, cost),
        promises_settled=settled,
        promises_kept_on_time_pct=share(kept_on_time, settled),
        slip_median_days=_quantize(median(slips)),
        slip_worst_days=max(slips) if slips else None,
        follow_ups_due=due_count,
        follow_ups_on_time_pct=share(done_on_time, due_count),
        jobs=len(jobs),
        first_response_median_hours=_quantize(median(responses)),
        first_response_p90_hours=_quantize(percentile(responses, 90)),
        turnaround_median_days=_quantize(median(turnaround_values)),
        turnaround_p90_days=_quantize(percentile(turnaround_values, 90)),
        jobs_under_warranty_pct=share(covered, len(jobs)),
        requests=_request_group(_(ALL_REQUESTS), requests, lo),
        satisfaction_average=_mean_of(scores_total, scores_given),
        satisfaction_distribution=distribution,
        low_scores=len(low),
        low_scores_recovered=recovered,
        warranties_ending_30=ending_30,
        warranties_ending_90=ending_90,
        by_category=by_category,
        by_staff=by_staff,
        requests_by_kind=tuple(
            _request_group(kind, group, lo)
            for kind, group in _grouped(
                requests, lambda r: r.kind, lambda r: (r.kind_position, r.kind.casefold())
            )
        ),
        requests_by_owner=tuple(
            _request_group(owner, group, lo)
            for owner, group in _grouped(
                requests,
                lambda r: names.get(r.owner_id, f"#{r.owner_id}") if r.owner_id is not None else _(NO_OWNER),
                lambda r: (r.owner_id is None, (names.get(r.owner_id or -1) or "").casefold()),
            )
        ),
        trend=trend,
    )


@dataclass(frozen=True)
class _Request:
    """A request as the figures need it; ``response`` and ``resolve`` are in hours and days."""

    kind: str
    kind_position: int
    owner_id: int | None
    opened_at: datetime
    resolved: bool  # in the period
    cancelled: bool  # in the period
    still_open: bool  # at the end of the report date
    response_hours: Decimal | None  # opened in the period and answered by the end of the report date
    resolve_days: Decimal | None  # resolved in the period


def _requests(s: Connection, lo: datetime, hi: datetime) -> list[_Request]:
    """The requests opened in the period, closed in it, or still open at its end (see the module's
    definitions), with their first response and time to resolve: three grouped queries."""
    rows = s.execute(
        select(
            CustomerRequest.id,
            CustomerRequest.opened_at,
            CustomerRequest.closed_at,
            CustomerRequest.status,
            CustomerRequest.owner_id,
            RequestKind.name,
            RequestKind.position,
        )
        .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
        .where(
            CustomerRequest.opened_at < hi,
            or_(
                CustomerRequest.opened_at >= lo,
                CustomerRequest.closed_at.is_(None),
                CustomerRequest.closed_at >= lo,
            ),
        )
    ).all()
    opened_in_period = and_(CustomerRequest.opened_at >= lo, CustomerRequest.opened_at < hi)
    answered: dict[int, datetime] = {}
    # Each request's first answer by contact, looked up request by request on its contacts' index.
    contacts = select(
        CustomerRequest.id,
        select(func.min(Interaction.occurred_at))
        .where(
            Interaction.request_id == CustomerRequest.id,
            Interaction.direction == Direction.OUTBOUND,
            Interaction.occurred_at > CustomerRequest.opened_at,
            Interaction.occurred_at < hi,
        )
        .scalar_subquery(),
    ).where(opened_in_period)
    moves = (
        select(AuditEntry.entity_id, func.min(AuditEntry.at))
        .join(CustomerRequest, CustomerRequest.id == AuditEntry.entity_id)
        .where(
            opened_in_period,
            AuditEntry.entity == str(AuditEntity.REQUEST),
            AuditEntry.action.in_((str(AuditAction.STATUS_CHANGED), str(AuditAction.TAKEN_IN))),
            AuditEntry.field == "status",
            AuditEntry.old_value == str(RequestStatus.OPEN),
            AuditEntry.new_value != str(RequestStatus.OPEN),
            AuditEntry.staff_id.is_not(None),
            AuditEntry.at >= CustomerRequest.opened_at,
            AuditEntry.at < hi,
        )
        .group_by(AuditEntry.entity_id)
    )
    for query in (contacts, moves):
        for request_id, at in s.execute(query):
            if request_id is not None and at is not None:
                answered[request_id] = min(at, answered.get(request_id, at))

    def closed_in_period(closed_at: datetime | None) -> bool:
        return closed_at is not None and lo <= closed_at < hi

    found = []
    for rid, opened_at, closed_at, status, owner_id, kind, position in rows:
        resolved = status is RequestStatus.RESOLVED and closed_in_period(closed_at)
        first = answered.get(rid) if opened_at >= lo else None
        found.append(
            _Request(
                kind=kind,
                kind_position=position,
                owner_id=owner_id,
                opened_at=opened_at,
                resolved=resolved,
                cancelled=status is RequestStatus.CANCELLED and closed_in_period(closed_at),
                still_open=closed_at is None or closed_at >= hi,
                response_hours=_span(opened_at, first, 3600) if first is not None else None,
                resolve_days=_span(opened_at, closed_at, 86400) if resolved and closed_at else None,
            )
        )
    return found


def _span(start: datetime, end: datetime, unit_seconds: int) -> Decimal:
    return Decimal((end - start).total_seconds()) / unit_seconds


def _request_group(name: str, requests: list[_Request], lo: datetime) -> RequestGroupRow:
    responses = [r.response_hours for r in requests if r.response_hours is not None]
    resolves = [r.resolve_days for r in requests if r.resolve_days is not None]
    return RequestGroupRow(
        name=name,
        opened=sum(1 for r in requests if r.opened_at >= lo),
        resolved=sum(r.resolved for r in requests),
        cancelled=sum(r.cancelled for r in requests),
        still_open=sum(r.still_open for r in requests),
        answered=len(responses),
        first_response_median_hours=_quantize(median(responses)),
        first_response_mean_hours=_quantize(mean(responses)),
        resolve_median_days=_quantize(median(resolves)),
        resolve_mean_days=_quantize(mean(resolves)),
    )


def _grouped(
    requests: list[_Request], name: Callable[[_Request], str], order: Callable[[_Request], Any]
) -> list[tuple[str, list[_Request]]]:
    """The requests grouped by ``name``, the groups in the ``order`` of their first member."""
    groups: dict[str, list[_Request]] = defaultdict(list)
    for request in sorted(requests, key=order):
        groups[name(request)].append(request)
    return list(groups.items())


def metrics_csv(m: Metrics) -> dict[str, str]:
    """Each table as CSV text (UTF-8 with a BOM when written, so spreadsheets read accents), written by
    the exports' CSV writer: a cell of user text starting like a formula is guarded with an apostrophe
    (:mod:`crm_desktop.interchange.csv_safe`), so a spreadsheet never runs it."""
    from crm_desktop.interchange.csv_write import csv_text

    return {name: csv_text(header, rows) for name, (header, rows) in metrics_tables(m, plain=True).items()}


# ------------------------------------------------------------------------------------------ helpers


def _raw_quantity() -> Any:
    """The job line's quantity as stored: an integer count of hundredths (see ``Hundredths``), so that
    each line's charge is (hundredths × unit price + 50) // 100: half-up, as the job's totals round."""
    from sqlalchemy import Integer, type_coerce

    return type_coerce(JobLine.quantity, Integer)


def _chunks(first: date, last: date, size: int = 2_000) -> list[tuple[date, date]]:
    """``first`` to ``last`` in runs of at most ``size`` days (a days table per run stays well under the
    databases' limits on parameters, however long the period asked for)."""
    runs = []
    while first <= last:
        end = min(last, first + timedelta(days=size - 1))
        runs.append((first, end))
        first = end + timedelta(days=1)
    return runs


def _days_table(first: date, last: date) -> Any:
    """Each day from ``first`` to ``last`` with the instant its next day starts on the shop's clock (a
    VALUES table: SQL then says "done by the end of its due day" without any time-zone arithmetic)."""
    from sqlalchemy import Date, column, values

    from crm_desktop.storage.types import UTCDateTime

    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return (
        values(column("day", Date()), column("next_start", UTCDateTime()), name="days")
        .data([(day, _instant(day + timedelta(days=1))) for day in days])
        .cte("days")
    )


def _instant(day: date) -> datetime:
    """Midnight at the start of ``day`` on the shop's clock, as a UTC instant."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _day(moment: datetime) -> date:
    return moment.astimezone().date()


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_start(day: date, offset: int) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def _mean_of(total: int, count: int) -> float | None:
    """The mean of ``count`` whole numbers adding up to ``total``, to two places."""
    return round(total / count, 2) if count else None


def _quantize(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


__all__ = [
    "ALL_REQUESTS",
    "COST_KEY",
    "LOW_SCORE",
    "NO_OWNER",
    "UNCATEGORISED",
    "CategoryRow",
    "Metrics",
    "MonthRow",
    "RequestGroupRow",
    "StaffRow",
    "compute_metrics",
    "metrics_csv",
    "metrics_tables",
    "money_text",
    "summary_lines",
    "unfinished_month",
]
