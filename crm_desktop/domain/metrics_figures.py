"""The after-sales figures as plain values, and the words and tables every place shows them in.

:func:`crm_desktop.services.metrics.compute_metrics` reads the database and returns a :class:`Metrics`;
the Reports page, `crm-desktop metrics` and the metrics PDF (:mod:`crm_desktop.reports.metrics_report`)
write it out with :func:`summary_lines` and :func:`metrics_tables`. Nothing here touches the database,
so a report can use it without SQLAlchemy (see the import-linter contracts in ``pyproject.toml``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from crm_desktop.domain.dates import date_locale, month_abbreviation
from crm_desktop.domain.money import ShopMoney, format_amount, format_figure, plain_amount
from crm_desktop.domain.timeline import short_date
from crm_desktop.i18n import N_, _


@dataclass(frozen=True)
class CategoryRow:
    category: str
    sales_minor: int  # items sold in the period (non-void)
    items: int
    jobs: int  # service jobs received in the period on units of this category
    satisfaction: float | None  # average score given in the period on units of this category


@dataclass(frozen=True)
class StaffRow:
    staff: str
    sales: int
    sales_minor: int
    follow_ups_done: int
    follow_ups_on_time_pct: Decimal | None
    jobs: int  # as technician, received in the period
    turnaround_median_days: Decimal | None


@dataclass(frozen=True)
class RequestGroupRow:
    """Requests of one kind, or owned by one person (see :mod:`crm_desktop.services.metrics`)."""

    name: str  # the kind, or the owner ("Nobody" for requests nobody owns)
    opened: int  # in the period
    resolved: int  # in the period
    cancelled: int  # in the period
    still_open: int  # at the end of the report date, whenever opened
    answered: int  # of those opened in the period, with a first response by the end of the report date
    first_response_median_hours: Decimal | None
    first_response_mean_hours: Decimal | None
    resolve_median_days: Decimal | None  # over those resolved in the period
    resolve_mean_days: Decimal | None


@dataclass(frozen=True)
class MonthRow:
    month: str  # "2026-11"
    sales_minor: int
    contacts: int
    jobs: int
    promises_kept_pct: Decimal | None
    satisfaction: float | None


@dataclass(frozen=True)
class Metrics:
    report_date: date
    start: date
    currency: str
    locale: str  # how the amounts are written (see services.settings.money_of)
    accounts: int
    total_earnings_minor: int
    mav_minor: int | None
    mean_aav_minor: int | None
    contacts_12m: int
    contacts_per_account: Decimal | None
    contacts_median: Decimal | None
    value_per_contact_minor: int | None
    cost_per_contact_minor: int | None
    contacts_pay: bool | None
    promises_settled: int
    promises_kept_on_time_pct: Decimal | None
    slip_median_days: Decimal | None
    slip_worst_days: int | None
    follow_ups_due: int
    follow_ups_on_time_pct: Decimal | None
    jobs: int
    first_response_median_hours: Decimal | None
    first_response_p90_hours: Decimal | None
    turnaround_median_days: Decimal | None
    turnaround_p90_days: Decimal | None
    jobs_under_warranty_pct: Decimal | None
    requests: RequestGroupRow  # every request: the shop's totals (its name is "All requests")
    satisfaction_average: float | None
    satisfaction_distribution: dict[int, int]
    low_scores: int
    low_scores_recovered: int
    warranties_ending_30: int
    warranties_ending_90: int
    by_category: tuple[CategoryRow, ...]
    by_staff: tuple[StaffRow, ...]
    requests_by_kind: tuple[RequestGroupRow, ...]
    requests_by_owner: tuple[RequestGroupRow, ...]
    trend: tuple[MonthRow, ...]

    @property
    def money(self) -> ShopMoney:
        return ShopMoney(self.currency, self.locale)

    @property
    def verdict(self) -> str:
        """The plain sentence the Reports page shows about contacts."""
        if self.value_per_contact_minor is None:
            return _("No contacts were logged in the last 12 months: there is nothing to weigh yet.")
        if self.cost_per_contact_minor is None:
            return _(
                "Set what a contact costs you (Shop details → cost per contact) to see whether contacts "
                "pay for themselves."
            )
        if self.contacts_pay:
            return _("Contacts pay for themselves: a contact is worth more than it costs.")
        return _("Contacts do not pay for themselves yet: a contact costs more than the value it stands for.")

    def as_dict(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, Decimal):
                return float(value)
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, dict):
                return {str(k): plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            return value

        data = {key: plain(value) for key, value in asdict(self).items()}
        data["verdict"] = self.verdict
        return data


def money_text(minor: int | None, money: ShopMoney) -> str:
    return "—" if minor is None else money.format(minor)


def _or_dash(value: float | Decimal | None, suffix: str = "") -> str:
    """A figure with its decimal mark as the reader's language and the shop's country write it."""
    return "—" if value is None else f"{format_figure(value, date_locale())}{suffix}"


def unfinished_month(m: Metrics, today: date) -> str | None:
    """The label of the trend's last month when the report ends before that month does (its sales are
    those up to the report date, not a fall): "Dec so far" while that month is now, "1–15 Jun" for a
    report that ends earlier; None when the report date is the month's last day (the month is whole)."""
    end = m.report_date
    if (end + timedelta(days=1)).month != end.month:
        return None
    if end >= today:
        return _("{month} so far").format(month=month_abbreviation(end))
    return short_date(end, today) if end.day == 1 else f"1–{short_date(end, today)}"


def summary_lines(m: Metrics) -> list[tuple[str, str]]:
    """The headline figures as (label, value) lines: the CLI prints them, the PDF and the page show them."""
    cur = m.money
    dist = " · ".join(f"{k}★ {v}" for k, v in m.satisfaction_distribution.items())
    return [
        (_("Report date"), m.report_date.isoformat()),
        (_("Period"), _("{start} to {end}").format(start=m.start.isoformat(), end=m.report_date.isoformat())),
        (_("Accounts (customers with a sale)"), str(m.accounts)),
        (_("Median account value (MAV, a year)"), money_text(m.mav_minor, cur)),
        (_("Mean annual account value"), money_text(m.mean_aav_minor, cur)),
        (_("Contacts in the last 12 months"), str(m.contacts_12m)),
        (
            _("Contacts per account (median)"),
            f"{_or_dash(m.contacts_per_account)} ({_or_dash(m.contacts_median)})",
        ),
        (_("Value per contact"), money_text(m.value_per_contact_minor, cur)),
        (_("Cost per contact"), money_text(m.cost_per_contact_minor, cur)),
        (_("Do contacts pay?"), m.verdict),
        (
            _("Promises kept on time"),
            _("{percent} of {count}").format(
                percent=_or_dash(m.promises_kept_on_time_pct, " %"), count=m.promises_settled
            ),
        ),
        (
            _("Slip of late promises (median / worst)"),
            _("{median} / {worst} days").format(
                median=_or_dash(m.slip_median_days), worst=_or_dash(m.slip_worst_days)
            ),
        ),
        (
            _("Follow-ups done on time"),
            _("{percent} of {count}").format(
                percent=_or_dash(m.follow_ups_on_time_pct, " %"), count=m.follow_ups_due
            ),
        ),
        (_("Service jobs received"), str(m.jobs)),
        (
            _("First response (median / 90th pct)"),
            _("{median} / {high} hours").format(
                median=_or_dash(m.first_response_median_hours), high=_or_dash(m.first_response_p90_hours)
            ),
        ),
        (
            _("Turnaround to ready (median / 90th pct)"),
            _("{median} / {high} days").format(
                median=_or_dash(m.turnaround_median_days), high=_or_dash(m.turnaround_p90_days)
            ),
        ),
        (_("Jobs under warranty"), _or_dash(m.jobs_under_warranty_pct, " %")),
        (
            _("Requests opened / resolved / cancelled"),
            f"{m.requests.opened} / {m.requests.resolved} / {m.requests.cancelled}",
        ),
        (_("Requests still open on the report date"), str(m.requests.still_open)),
        (
            _("Request first response (median / mean)"),
            _("{median} / {mean} hours ({answered} of {opened} answered)").format(
                median=_or_dash(m.requests.first_response_median_hours),
                mean=_or_dash(m.requests.first_response_mean_hours),
                answered=m.requests.answered,
                opened=m.requests.opened,
            ),
        ),
        (
            _("Request time to resolve (median / mean)"),
            _("{median} / {mean} days").format(
                median=_or_dash(m.requests.resolve_median_days), mean=_or_dash(m.requests.resolve_mean_days)
            ),
        ),
        (_("Satisfaction (average)"), _or_dash(m.satisfaction_average, " / 5")),
        (_("Satisfaction scores"), dist),
        (_("Low scores (1-2) / with a recovery call"), f"{m.low_scores} / {m.low_scores_recovered}"),
        (_("Warranties ending in 30 / 90 days"), f"{m.warranties_ending_30} / {m.warranties_ending_90}"),
    ]


def metrics_tables(
    m: Metrics, *, plain: bool = False
) -> dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]:
    """The tables behind the page and the PDF, by name: (column titles, rows of plain values).

    Amounts are grouped in the shop's locale (``9,199.70``, ``9.199,70``) under a heading that names
    the currency; ``plain`` writes them for spreadsheets instead (``9199.70``).
    """
    cur = m.currency

    def amount(minor: int) -> str:
        return plain_amount(minor, cur) if plain else format_amount(minor, cur, m.locale)

    def titles(*names: str) -> tuple[str, ...]:
        """Column titles: translated on paper and screen, English in a spreadsheet (its columns are
        read back by name). ``{currency}`` is the shop's currency code."""
        return tuple((name if plain else _(name)).format(currency=cur) for name in names)

    request_columns = titles(*_REQUEST_COLUMNS)
    return {
        "summary": (titles(N_("Figure"), N_("Value")), [tuple(line) for line in summary_lines(m)]),
        "categories": (
            titles(
                N_("Category"),
                N_("Sales ({currency})"),
                N_("Items sold"),
                N_("Service jobs"),
                N_("Satisfaction"),
            ),
            [
                (r.category, amount(r.sales_minor), r.items, r.jobs, _or_blank(r.satisfaction))
                for r in m.by_category
            ],
        ),
        "staff": (
            titles(
                N_("Staff member"),
                N_("Sales"),
                N_("Sales ({currency})"),
                N_("Follow-ups done"),
                N_("Done on time %"),
                N_("Jobs as technician"),
                N_("Median turnaround (days)"),
            ),
            [
                (
                    r.staff,
                    r.sales,
                    amount(r.sales_minor),
                    r.follow_ups_done,
                    _or_blank(r.follow_ups_on_time_pct),
                    r.jobs,
                    _or_blank(r.turnaround_median_days),
                )
                for r in m.by_staff
            ],
        ),
        "request_kinds": (
            (*titles(N_("Request kind")), *request_columns),
            [_request_cells(r) for r in m.requests_by_kind],
        ),
        "request_owners": (
            (*titles(N_("Owner")), *request_columns),
            [_request_cells(r) for r in m.requests_by_owner],
        ),
        "trend": (
            titles(
                N_("Month"),
                N_("Sales ({currency})"),
                N_("Contacts"),
                N_("Service jobs"),
                N_("Promises kept on time %"),
                N_("Satisfaction"),
            ),
            [
                (
                    r.month,
                    amount(r.sales_minor),
                    r.contacts,
                    r.jobs,
                    _or_blank(r.promises_kept_pct),
                    _or_blank(r.satisfaction),
                )
                for r in m.trend
            ],
        ),
    }


_REQUEST_COLUMNS = (
    N_("Opened"),
    N_("Resolved"),
    N_("Cancelled"),
    N_("Still open"),
    N_("Answered"),
    N_("First response median (hours)"),
    N_("First response mean (hours)"),
    N_("Time to resolve median (days)"),
    N_("Time to resolve mean (days)"),
)


def _request_cells(r: RequestGroupRow) -> tuple[object, ...]:
    return (
        r.name,
        r.opened,
        r.resolved,
        r.cancelled,
        r.still_open,
        r.answered,
        _or_blank(r.first_response_median_hours),
        _or_blank(r.first_response_mean_hours),
        _or_blank(r.resolve_median_days),
        _or_blank(r.resolve_mean_days),
    )


def _or_blank(value: object) -> object:
    return "" if value is None else value


__all__ = [
    "CategoryRow",
    "Metrics",
    "MonthRow",
    "RequestGroupRow",
    "StaffRow",
    "metrics_tables",
    "money_text",
    "summary_lines",
    "unfinished_month",
]
