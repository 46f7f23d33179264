"""Metrics on a database: a small shop worked out by hand, and the demo shop checked against an
independent computation straight from SQL (sqlite3, no ORM, no service code)."""

from __future__ import annotations

import sqlite3
import statistics
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    JobLineKind,
    JobStatus,
    PromiseKind,
    PromiseStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.errors import ValidationError
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.metrics import compute_metrics, summary_lines
from crm_desktop.services.settings import set_settings
from crm_desktop.storage.models import (
    Customer,
    FollowUp,
    Interaction,
    JobLine,
    Promise,
    Sale,
    SaleItem,
    ServiceJob,
    StaffRoleGrant,
)
from crm_desktop.storage.startup import OpenedDatabase
from tests.support import database_option

REPORT = date(2026, 11, 23)


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_a_small_shop_worked_out_by_hand(opened: OpenedDatabase) -> None:
    db = opened.database
    set_settings(db, {"cost_per_contact_minor": "500"})
    with db.writing() as uow:
        s = uow.session
        old, new, idle, void_only = (Customer(name=n) for n in ("Old", "New", "Idle", "Void only"))
        s.add_all([old, new, idle, void_only])
        s.flush()
        # Old: 1,200.00 over exactly four years (+ a billable repair of 0.5 h × 61.00 = 30.50) -> AAV 307.625
        s.add(
            Sale(
                number=1,
                customer_id=old.id,
                sale_date=date(2022, 11, 23),
                items=[SaleItem(description="TV", unit_price_minor=120_000)],
            )
        )
        job = ServiceJob(
            number=1,
            customer_id=old.id,
            unit_description="TV",
            reported_problem="No picture",
            status=JobStatus.COLLECTED,
            warranty_status=WarrantyStatus.EXPIRED,
            warranty_decision=WarrantyDecision.BILLABLE,
            received_at=_at(date(2026, 6, 1)),
            last_action_at=_at(date(2026, 6, 5)),
            closed_at=_at(date(2026, 6, 5)),
        )
        s.add(job)
        s.flush()
        s.add_all(
            [
                JobLine(
                    job_id=job.id,
                    kind=JobLineKind.LABOUR,
                    description="Fix",
                    quantity=Decimal("0.5"),
                    unit_price_minor=6100,
                ),
                JobLine(
                    job_id=job.id,
                    kind=JobLineKind.PART,
                    description="Free part",
                    unit_price_minor=9900,
                    covered_by_warranty=True,
                ),
            ]
        )
        # New: bought 200.00 ten days ago -> a one-year account, AAV 200.00
        s.add(
            Sale(
                number=2,
                customer_id=new.id,
                sale_date=REPORT - timedelta(days=10),
                items=[SaleItem(description="Phone", quantity=2, unit_price_minor=10_000)],
            )
        )
        # Idle: 100.00 two years ago (731 days) -> AAV 100.00 / (731 / 365.25)
        s.add(
            Sale(
                number=3,
                customer_id=idle.id,
                sale_date=date(2024, 11, 22),
                items=[SaleItem(description="Cable", unit_price_minor=10_000)],
            )
        )
        # Void only: not an account
        s.add(
            Sale(
                number=4,
                customer_id=void_only.id,
                sale_date=date(2026, 1, 1),
                status="void",
                void_reason="x",
                voided_at=_at(date(2026, 1, 2)),
                items=[SaleItem(description="X", unit_price_minor=99_999)],
            )
        )
        # Contacts in the last 12 months: Old 3, New 1, Idle 0; one too old, one of the void-only customer
        for customer, day in (
            (old, date(2026, 1, 5)),
            (old, date(2026, 5, 5)),
            (old, REPORT),
            (new, REPORT),
            (old, date(2025, 11, 23)),
            (void_only, REPORT),
        ):
            s.add(
                Interaction(
                    customer_id=customer.id,
                    channel=Channel.CALL,
                    direction=Direction.OUTBOUND,
                    summary="hi",
                    occurred_at=_at(day),
                )
            )
        # Promises: kept on time, kept 4 days late after a move, broken (due 10 days ago), open not yet due
        for original, status, resolved in (
            (date(2026, 3, 1), PromiseStatus.KEPT, date(2026, 3, 1)),
            (date(2026, 4, 1), PromiseStatus.KEPT, date(2026, 4, 5)),
            (REPORT - timedelta(days=10), PromiseStatus.OPEN, None),
            (REPORT + timedelta(days=3), PromiseStatus.OPEN, None),
        ):
            s.add(
                Promise(
                    customer_id=old.id,
                    kind=PromiseKind.GENERAL,
                    description="p",
                    promised_at=_at(original - timedelta(days=3)),
                    original_due_date=original,
                    due_date=resolved or original,
                    status=status,
                    resolved_at=_at(resolved) if resolved else None,
                )
            )
        # Follow-ups: done on time (score 2, then recovered), done late (score 5), open overdue, open future
        for due, status, done, score, kind in (
            (date(2026, 2, 1), FollowUpStatus.DONE, date(2026, 2, 1), 2, FollowUpKind.SATISFACTION),
            (date(2026, 2, 3), FollowUpStatus.DONE, date(2026, 2, 2), None, FollowUpKind.RECOVERY),
            (date(2026, 3, 1), FollowUpStatus.DONE, date(2026, 3, 9), 5, FollowUpKind.SATISFACTION),
            (date(2026, 4, 1), FollowUpStatus.OPEN, None, None, FollowUpKind.CALL),
            (REPORT + timedelta(days=5), FollowUpStatus.OPEN, None, None, FollowUpKind.CALL),
        ):
            s.add(
                FollowUp(
                    customer_id=old.id,
                    kind=kind,
                    title="f",
                    due_date=due,
                    status=status,
                    completed_at=_at(done) if done else None,
                    satisfaction=score,
                )
            )
        uow.commit()

    m = compute_metrics(db, REPORT)
    assert m.accounts == 3
    aav_old = Decimal(120_000 + 3050) / 4
    aav_idle = Decimal(10_000) / (Decimal(731) / Decimal("365.25"))
    assert m.mav_minor == round(sorted([aav_old, Decimal(20_000), aav_idle])[1]) == 20_000
    assert m.total_earnings_minor == 120_000 + 3050 + 20_000 + 10_000
    assert m.contacts_12m == 4 and m.contacts_per_account == Decimal("1.3")  # 4 / 3
    assert m.contacts_median == 1
    assert m.value_per_contact_minor == round(Decimal(20_000) / (Decimal(4) / 3))  # 15,000
    assert m.cost_per_contact_minor == 500 and m.contacts_pay is True
    assert "pay for themselves" in m.verdict
    assert m.promises_settled == 3 and m.promises_kept_on_time_pct == Decimal("33.3")
    assert m.slip_worst_days == 10 and m.slip_median_days == Decimal("7.0")  # slips 4 and 10
    assert m.follow_ups_due == 4 and m.follow_ups_on_time_pct == Decimal("50.0")
    assert m.satisfaction_distribution == {1: 0, 2: 1, 3: 0, 4: 0, 5: 1} and m.satisfaction_average == 3.5
    assert (m.low_scores, m.low_scores_recovered) == (1, 1)
    assert m.jobs == 1 and m.jobs_under_warranty_pct == 0


def test_no_sales_and_no_contacts_say_so(opened: OpenedDatabase) -> None:
    m = compute_metrics(opened.database, REPORT)
    assert (m.accounts, m.mav_minor, m.contacts_per_account, m.value_per_contact_minor) == (
        0,
        None,
        None,
        None,
    )
    assert "nothing to weigh" in m.verdict
    assert m.promises_kept_on_time_pct is None and m.turnaround_median_days is None
    assert len(m.trend) == 12 and m.trend[-1].month == "2026-11" and m.trend[0].month == "2025-12"
    with pytest.raises(ValidationError, match="swap the dates"):
        compute_metrics(opened.database, REPORT, start=REPORT + timedelta(days=1))


@pytest.mark.sqlite_only  # the second computation is SQLite SQL (julianday)
def test_the_demo_shop_against_plain_sql(opened: OpenedDatabase) -> None:
    fill_demo(opened.database, customers=300, seed=5, today=REPORT)
    m = compute_metrics(opened.database, REPORT)
    path = opened.paths.db_file
    assert path is not None
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    firsts = dict(
        raw.execute(
            "SELECT customer_id, MIN(sale_date) FROM sale"
            " WHERE status='active' AND sale_date <= ? GROUP BY customer_id",
            (REPORT.isoformat(),),
        )
    )
    earned = dict(
        raw.execute(
            "SELECT s.customer_id, SUM(i.quantity * i.unit_price_minor) FROM sale s"
            " JOIN sale_item i ON i.sale_id = s.id "
            "WHERE s.status='active' AND s.sale_date <= ? GROUP BY s.customer_id",
            (REPORT.isoformat(),),
        )
    )
    charges = raw.execute(
        "SELECT j.customer_id, l.quantity, l.unit_price_minor FROM job_line l"
        " JOIN service_job j ON j.id = l.job_id "
        "WHERE l.covered_by_warranty = 0 AND j.status != 'cancelled'"
    ).fetchall()
    for customer, hundredths, price in charges:
        if customer in firsts:
            earned[customer] = earned.get(customer, 0) + (hundredths * price + 50) // 100
    aavs = []
    for customer, first in firsts.items():
        years = max(1.0, (REPORT - date.fromisoformat(first)).days / 365.25)
        aavs.append(earned.get(customer, 0) / years)
    assert m.accounts == len(firsts) > 100
    assert m.mav_minor is not None and abs(m.mav_minor - statistics.median(aavs)) <= 1
    since = (REPORT - timedelta(days=364)).isoformat()
    contacts = sum(
        n
        for customer, n in raw.execute(
            "SELECT customer_id, COUNT(*) FROM interaction"
            " WHERE date(occurred_at) >= ? AND date(occurred_at) <= ? GROUP BY customer_id",
            (since, REPORT.isoformat()),
        )
        if customer in firsts
    )
    assert abs(m.contacts_12m - contacts) <= max(
        3, contacts // 100
    )  # day boundaries: the shop's clock vs UTC
    scores = [
        s
        for (s,) in raw.execute(
            "SELECT satisfaction FROM follow_up WHERE satisfaction IS NOT NULL"
            " AND date(completed_at) >= ? AND date(completed_at) <= ?",
            ((REPORT - timedelta(days=365)).isoformat(), REPORT.isoformat()),
        )
    ]
    assert sum(m.satisfaction_distribution.values()) == pytest.approx(len(scores), abs=2)
    ending = raw.execute(
        "SELECT COUNT(*) FROM sale_item i JOIN sale s ON s.id = i.sale_id"
        " WHERE s.status='active' AND i.warranty_end > ? AND i.warranty_end <= ?",
        (REPORT.isoformat(), (REPORT + timedelta(days=90)).isoformat()),
    ).fetchone()[0]
    assert m.warranties_ending_90 == ending
    jobs = raw.execute(
        "SELECT COUNT(*), SUM(warranty_decision = 'covered') FROM service_job"
        " WHERE date(received_at) >= ? AND date(received_at) <= ?",
        ((REPORT - timedelta(days=365)).isoformat(), REPORT.isoformat()),
    ).fetchone()
    assert abs(m.jobs - jobs[0]) <= 1
    if m.jobs == jobs[0] and jobs[0]:
        assert m.jobs_under_warranty_pct is not None
        assert abs(m.jobs_under_warranty_pct - Decimal(jobs[1] * 100) / jobs[0]) <= Decimal("0.05")
    assert (
        sum(row.sales_minor for row in m.trend)
        == raw.execute(
            "SELECT SUM(i.quantity * i.unit_price_minor) FROM sale s JOIN sale_item i ON i.sale_id = s.id "
            "WHERE s.status='active' AND s.sale_date >= '2025-12-01' AND s.sale_date <= ?",
            (REPORT.isoformat(),),
        ).fetchone()[0]
    )
    raw.close()


def test_cli_metrics_text_and_json(db_paths: object) -> None:
    import json

    from crm_desktop.paths import AppPaths
    from crm_desktop.storage.startup import open_database
    from tests.integration.test_warranty_pdf import _crm

    assert isinstance(db_paths, AppPaths)
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        fill_demo(opened.database, customers=80, seed=2, today=REPORT)
        expected = compute_metrics(opened.database, REPORT)
    finally:
        opened.close()
    db = database_option(db_paths)
    result = _crm("metrics", "--to", REPORT.isoformat(), *db)
    assert result.returncode == 0, result.stderr
    assert "Median account value (MAV, a year)" in result.stdout and expected.verdict in result.stdout
    result = _crm("metrics", "--to", REPORT.isoformat(), "--json", *db)
    data = json.loads(result.stdout)
    assert data["mav_minor"] == expected.mav_minor and data["accounts"] == expected.accounts
    assert len(data["trend"]) == 12 and data["verdict"] == expected.verdict
    result = _crm("metrics", "--from", "2027-01-01", "--to", REPORT.isoformat(), *db)
    assert result.returncode == 1 and "swap the dates" in result.stderr


def test_csv_tables_and_the_metrics_pdf(opened: OpenedDatabase, tmp_path: object) -> None:
    import csv
    import io
    import shutil
    from pathlib import Path

    from crm_desktop.reports.metrics_report import metrics_pdf
    from crm_desktop.services.job_sheets import shop_header
    from crm_desktop.services.metrics import metrics_csv
    from crm_desktop.storage.models import Staff

    fill_demo(opened.database, customers=120, seed=4, today=REPORT)
    with opened.database.writing() as uow:  # a hostile staff name must not become a spreadsheet formula
        uow.session.add(Staff(name='=HYPERLINK("http://x")', roles=[StaffRoleGrant(role="sales")]))
        uow.commit()
    m = compute_metrics(opened.database, REPORT)
    files = metrics_csv(m)
    assert set(files) == {"summary", "categories", "staff", "trend", "request_kinds", "request_owners"}
    trend = list(csv.reader(io.StringIO(files["trend"])))
    assert trend[0][0] == "Month" and len(trend) == 13 and trend[-1][0] == "2026-11"
    summary = dict(csv.reader(io.StringIO(files["summary"])))
    assert summary["Accounts (customers with a sale)"] == str(m.accounts)
    categories = list(csv.reader(io.StringIO(files["categories"])))
    assert sum(float(row[1]) for row in categories[1:]) == pytest.approx(
        sum(r.sales_minor for r in m.by_category) / 100
    )
    assert all(not cell.startswith("=") for row in csv.reader(io.StringIO(files["staff"])) for cell in row)

    if shutil.which("pdftotext") is None:
        return
    from tests.integration.test_warranty_pdf import _printed, _text

    assert isinstance(tmp_path, Path)
    text = _text(metrics_pdf(m, shop_header(opened.database)), tmp_path)
    for expected in (
        "After-sales metrics",
        m.verdict.split(":")[0],
        "Median account value",
        "Sales by month",
        "Satisfaction scores",
        "By product category",
        "By staff member",
        "By month",
        "2026-11",
        "page 1",
    ):
        assert _printed(expected, text), expected


def test_a_month_not_over_on_the_report_date_is_labelled_not_shown_as_a_fall(opened: OpenedDatabase) -> None:
    from dataclasses import replace

    from crm_desktop.services.metrics import unfinished_month

    m = compute_metrics(opened.database, date(2026, 11, 15))
    today = date(2026, 11, 15)
    assert unfinished_month(m, today) == "Nov so far"  # the report ends today, mid-month
    assert unfinished_month(m, date(2026, 12, 2)) == "1–15 Nov"  # a report that ended earlier
    assert unfinished_month(replace(m, report_date=date(2026, 11, 1)), date(2026, 12, 2)) == "1 Nov"
    assert unfinished_month(m, date(2027, 1, 4)) == "1–15 Nov 2026"
    assert unfinished_month(replace(m, report_date=date(2026, 11, 30)), today) is None  # a whole month
    assert unfinished_month(replace(m, report_date=date(2028, 2, 29)), today) is None  # leap day ends Feb
    assert unfinished_month(replace(m, report_date=date(2026, 12, 31)), today) is None


def _drawn(drawing: object) -> list[object]:
    """Every shape a ReportLab drawing puts on the page, charts and axes expanded."""
    from reportlab.graphics.shapes import Group, UserNode

    from crm_desktop.reports.common import register_fonts

    register_fonts()
    shapes = []

    def walk(node: object) -> None:
        if isinstance(node, UserNode):
            node = node.provideNode()
        shapes.append(node)
        if isinstance(node, Group):
            for child in node.contents:
                walk(child)

    walk(drawing)
    return shapes


def test_the_pdf_trend_draws_the_month_so_far_dashed_and_hollow(
    opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.graphics.shapes import Circle, PolyLine, String
    from reportlab.lib import colors

    from crm_desktop.reports import metrics_report
    from crm_desktop.reports.metrics_report import sales_trend_chart
    from crm_desktop.services.job_sheets import shop_header

    fill_demo(opened.database, customers=40, seed=2, today=REPORT)
    m = compute_metrics(opened.database, date(2026, 6, 15))
    partial = _drawn(sales_trend_chart(m, 300, partial="1–15 Jun"))
    texts = [s.text for s in partial if isinstance(s, String)]
    assert texts[11] == "1–15 Jun" and "26-05" in texts and "26-06" not in texts  # the month, named
    assert [s.strokeDashArray is not None for s in partial if isinstance(s, PolyLine)].count(True) == 1
    hollow = [s for s in partial if isinstance(s, Circle)]
    assert len(hollow) == 1 and hollow[0].fillColor == colors.white

    whole = _drawn(sales_trend_chart(m, 300))
    assert "26-06" in [s.text for s in whole if isinstance(s, String)]
    assert not any(isinstance(s, Circle) for s in whole)
    assert all(s.strokeDashArray is None for s in whole if isinstance(s, PolyLine))

    labels: list[str | None] = []

    def seen(*args: object, partial: str | None = None, **kw: object) -> object:
        labels.append(partial)
        return sales_trend_chart(*args, partial=partial, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(metrics_report, "sales_trend_chart", seen)
    metrics_report.metrics_pdf(m, shop_header(opened.database), date(2026, 12, 2))
    metrics_report.metrics_pdf(m, shop_header(opened.database))  # read on the report's own date
    assert labels == ["1–15 Jun", "Jun so far"]


def test_metrics_and_the_history_agree_on_postgresql(
    pg_paths: object, template_db: object, tmp_path: object
) -> None:
    """The same demo shop on PostgreSQL and on SQLite gives the same metrics and the same history."""
    from pathlib import Path

    from crm_desktop.paths import AppPaths, resolve
    from crm_desktop.services.history_report import history_report
    from crm_desktop.storage.startup import open_database

    assert isinstance(pg_paths, AppPaths) and isinstance(tmp_path, Path)
    results = []
    for paths in (pg_paths, resolve(db=str(tmp_path / "lite.sqlite3"))):
        opened = open_database(paths, lock=False, daily_backup=False)
        try:
            fill_demo(opened.database, customers=40, seed=9, today=REPORT)
            results.append(
                (
                    compute_metrics(opened.database, REPORT),
                    history_report(opened.database, 3, REPORT).event_count,
                )
            )
        finally:
            opened.close()
    (on_pg, history_pg), (on_lite, history_lite) = results
    assert on_pg == on_lite and history_pg == history_lite


# ------------------------------------------------------------------------------------------ requests

REQUESTS_FROM = date(2026, 10, 1)  # the period: 1 Oct to REPORT (23 Nov 2026)


def _t(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def _shop_with_requests(opened: OpenedDatabase) -> None:
    """Eleven requests around the period 1 Oct - 23 Nov 2026, made through the services. The figures each
    one should give are worked out by hand beside it (first response in hours, time to resolve in days)."""
    from crm_desktop.domain.enums import RequestStatus, StaffRole
    from crm_desktop.services import requests as rq
    from crm_desktop.services.contacts import ContactInput
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.services.jobs import JobInput
    from crm_desktop.services.staff import StaffInput, add_staff

    db = opened.database
    rq.ensure_default_request_kinds(db)
    kinds = {k.name: k.id for k in rq.list_request_kinds(db)}
    olga = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    sam = add_staff(db, StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    zoe = create_customer(db, CustomerInput(name="Zoë"), staff_id=olga).id

    def request(kind: str, at: datetime, by: int | None, **kw: object) -> int:
        contact = kw.pop("contact", None)
        data = rq.RequestInput(customer_id=zoe, kind_id=kinds[kind], summary=f"{kind} at {at}", **kw)  # type: ignore[arg-type]
        return rq.open_request(db, data, today=at.date(), now=at, staff_id=by, contact=contact).id  # type: ignore[arg-type]

    def move(rid: int, status: RequestStatus, at: datetime, by: int | None, note: str | None = None) -> None:
        rq.move_request(db, rid, status, now=at, staff_id=by, note=note)

    def call_out(rid: int, at: datetime) -> None:  # an outgoing call about the request
        with db.writing() as uow:
            uow.session.add(
                Interaction(
                    customer_id=zoe,
                    channel=Channel.CALL,
                    direction=Direction.OUTBOUND,
                    summary="About your request",
                    occurred_at=at,
                    request_id=rid,
                )
            )
            uow.commit()

    # A: Activation, Sam's. Called back after 2 h (response 2 h), resolved 2 days after opening.
    a = request("Activation", _t(10, 5, 9), sam)
    call_out(a, _t(10, 5, 11))
    move(a, RequestStatus.WAITING_THIRD_PARTY, _t(10, 5, 15), sam)
    move(a, RequestStatus.RESOLVED, _t(10, 7, 9), sam)
    # B: Activation, opened by Olga for Sam, from an outgoing call (the asking, not an answer); Olga moves
    # it on 4 h later (response 4 h). Still open.
    b = request(
        "Activation",
        _t(10, 10, 10),
        olga,
        owner_id=sam,
        contact=ContactInput(Channel.CALL, Direction.OUTBOUND, "Rang her; she asked for a second line"),
    )
    move(b, RequestStatus.WAITING_CUSTOMER, _t(10, 10, 14), olga)
    # C: Account or billing, Olga's. Moved after 12 h, called after 24 h: response 12 h. Resolved in 3 days.
    c = request("Account or billing", _t(10, 12, 8), olga)
    move(c, RequestStatus.WAITING_US, _t(10, 12, 20), olga)
    call_out(c, _t(10, 13, 8))
    move(c, RequestStatus.RESOLVED, _t(10, 15, 8), olga)
    # D: Account or billing, Olga's, cancelled 6 h after opening (a move away from open: response 6 h).
    d = request("Account or billing", _t(10, 20, 12), olga)
    move(d, RequestStatus.CANCELLED, _t(10, 20, 18), olga, "Opened twice")
    # E: Complaint opened from the command line (nobody owns it); a move by nobody is no response. Open.
    e = request("Complaint", _t(11, 1, 10), None)
    move(e, RequestStatus.WAITING_US, _t(11, 2, 10), None)
    # F: Question, Sam's, taken in as a job after 24 h (response 24 h; resolved in 1 day).
    f = request("Question", _t(11, 3, 9), sam)
    rq.request_to_job(
        db,
        f,
        JobInput(customer_id=zoe, unit_description="Phone", reported_problem="Hot", staff_id=sam),
        today=date(2026, 11, 4),
        now=_t(11, 4, 9),
    )
    # G: SIM or number, Sam's, opened before the period (its response does not count), resolved in it
    # after 31 days.
    g = request("SIM or number", _t(9, 1, 10), sam)
    call_out(g, _t(9, 1, 12))
    move(g, RequestStatus.RESOLVED, _t(10, 2, 10), sam)
    # H: Other, Olga's, opened before the period and still open at its end.
    request("Other", _t(9, 15, 10), olga)
    # I: Other, opened and resolved before the period: not counted at all.
    i = request("Other", _t(8, 1, 10), olga)
    move(i, RequestStatus.RESOLVED, _t(8, 2, 10), olga)
    # K: Question, Olga's, opened in the period; answered and resolved only after the report date: still
    # open on it, not answered by it.
    k = request("Question", _t(11, 20, 10), olga)
    call_out(k, _t(11, 24, 10))
    move(k, RequestStatus.RESOLVED, _t(11, 25, 10), olga)
    # J: opened after the report date: not counted at all.
    request("Question", _t(11, 26, 10), sam)


def test_request_figures_worked_out_by_hand(opened: OpenedDatabase) -> None:
    from crm_desktop.domain.metrics_figures import RequestGroupRow

    _shop_with_requests(opened)
    m = compute_metrics(opened.database, REPORT, REQUESTS_FROM)

    def row(name: str, *counts: int, figures: tuple[str | None, ...]) -> RequestGroupRow:
        values = [None if v is None else Decimal(v) for v in figures]
        return RequestGroupRow(name, *counts, *values)  # type: ignore[arg-type]

    # opened A B C D E F K; resolved A C F G; cancelled D; still open B E H K; answered A B C D F
    # first response 2, 4, 12, 6, 24 h: median 6, mean 9.6; time to resolve 2, 3, 1, 31 days: median 2.5,
    # mean 9.25 (shown 9.3, half up)
    assert m.requests == row("All requests", 7, 4, 1, 4, 5, figures=("6.0", "9.6", "2.5", "9.3"))
    assert m.requests_by_kind == (  # in the shop's order of kinds
        row("Activation", 2, 1, 0, 1, 2, figures=("3.0", "3.0", "2.0", "2.0")),
        row("SIM or number", 0, 1, 0, 0, 0, figures=(None, None, "31.0", "31.0")),
        row("Account or billing", 2, 1, 1, 0, 2, figures=("9.0", "9.0", "3.0", "3.0")),
        row("Complaint", 1, 0, 0, 1, 0, figures=(None, None, None, None)),
        row("Question", 2, 1, 0, 1, 1, figures=("24.0", "24.0", "1.0", "1.0")),
        row("Other", 0, 0, 0, 1, 0, figures=(None, None, None, None)),
    )
    assert m.requests_by_owner == (  # by name, nobody last
        row("Olga Owner", 3, 1, 1, 2, 2, figures=("9.0", "9.0", "3.0", "3.0")),  # C D K; H open
        row("Sam Seller", 3, 3, 0, 1, 3, figures=("4.0", "10.0", "2.0", "11.3")),  # A B F; G resolved
        row("Nobody", 1, 0, 0, 1, 0, figures=(None, None, None, None)),  # E
    )
    lines = dict(summary_lines(m))
    assert lines["Requests opened / resolved / cancelled"] == "7 / 4 / 1"
    assert lines["Requests still open on the report date"] == "4"
    assert lines["Request first response (median / mean)"] == "6.0 / 9.6 hours (5 of 7 answered)"
    assert lines["Request time to resolve (median / mean)"] == "2.5 / 9.3 days"


@pytest.mark.sqlite_only  # the second computation is SQLite SQL (julianday)
def test_request_figures_against_plain_sql(opened: OpenedDatabase) -> None:
    """The same shop, the figures computed a second way: SQL on the raw tables (no ORM, no service code),
    times as julianday differences."""
    _shop_with_requests(opened)
    m = compute_metrics(opened.database, REPORT, REQUESTS_FROM)
    path = opened.paths.db_file
    assert path is not None
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    # Every event is at least a day from the period's ends, so plain dates bound it whatever the clock.
    bounds = {"lo": REQUESTS_FROM.isoformat(), "hi": (REPORT + timedelta(days=1)).isoformat()}

    def count(where: str) -> int:
        return int(raw.execute(f"SELECT count(*) FROM customer_request WHERE {where}", bounds).fetchone()[0])

    assert m.requests.opened == count("opened_at >= :lo AND opened_at < :hi")
    assert m.requests.resolved == count("status = 'resolved' AND closed_at >= :lo AND closed_at < :hi")
    assert m.requests.cancelled == count("status = 'cancelled' AND closed_at >= :lo AND closed_at < :hi")
    assert m.requests.still_open == count("opened_at < :hi AND (closed_at IS NULL OR closed_at >= :hi)")
    responses = [
        round(hours, 6)
        for (hours,) in raw.execute(
            """
            SELECT (julianday(min(coalesce(c, s), coalesce(s, c))) - julianday(opened_at)) * 24 FROM (
              SELECT r.opened_at,
                (SELECT min(i.occurred_at) FROM interaction i WHERE i.request_id = r.id
                   AND i.direction = 'outbound' AND i.occurred_at > r.opened_at AND i.occurred_at < :hi) AS c,
                (SELECT min(a.at) FROM audit_entry a
                   WHERE a.entity = 'customer_request' AND a.entity_id = r.id AND a.field = 'status'
                   AND a.old_value = 'open' AND a.new_value != 'open'
                   AND a.staff_id IS NOT NULL AND a.at < :hi) AS s
              FROM customer_request r WHERE r.opened_at >= :lo AND r.opened_at < :hi
            ) WHERE c IS NOT NULL OR s IS NOT NULL
            """,
            bounds,
        )
    ]
    resolves = [
        round(days, 6)
        for (days,) in raw.execute(
            "SELECT julianday(closed_at) - julianday(opened_at) FROM customer_request"
            " WHERE status = 'resolved' AND closed_at >= :lo AND closed_at < :hi",
            bounds,
        )
    ]
    raw.close()
    assert sorted(responses) == [2, 4, 6, 12, 24] and sorted(resolves) == [1, 2, 3, 31]
    tenth = Decimal("0.1")
    assert m.requests.answered == len(responses)
    for figure, values in (
        (m.requests.first_response_median_hours, [statistics.median(responses)]),
        (m.requests.first_response_mean_hours, [statistics.mean(responses)]),
        (m.requests.resolve_median_days, [statistics.median(resolves)]),
        (m.requests.resolve_mean_days, [statistics.mean(resolves)]),
    ):
        assert figure is not None and abs(figure - Decimal(str(values[0]))) <= tenth / 2, (figure, values)


def test_request_tables_reach_the_csv_and_the_pdf(opened: OpenedDatabase, tmp_path: object) -> None:
    import csv
    import io
    import shutil
    from pathlib import Path

    from crm_desktop.reports.metrics_report import metrics_pdf
    from crm_desktop.services.job_sheets import shop_header
    from crm_desktop.services.metrics import metrics_csv

    _shop_with_requests(opened)
    m = compute_metrics(opened.database, REPORT, REQUESTS_FROM)
    files = metrics_csv(m)
    kinds = list(csv.reader(io.StringIO(files["request_kinds"])))
    assert kinds[0][:3] == ["Request kind", "Opened", "Resolved"]
    assert kinds[1] == ["Activation", "2", "1", "0", "1", "2", "3.0", "3.0", "2.0", "2.0"]
    owners = list(csv.reader(io.StringIO(files["request_owners"])))
    assert [r[0] for r in owners[1:]] == ["Olga Owner", "Sam Seller", "Nobody"]
    summary = dict(csv.reader(io.StringIO(files["summary"])))
    assert summary["Requests opened / resolved / cancelled"] == "7 / 4 / 1"
    if shutil.which("pdftotext") is None:
        return
    from tests.integration.test_warranty_pdf import _printed, _text

    assert isinstance(tmp_path, Path)
    pdf = metrics_pdf(m, shop_header(opened.database))
    (tmp_path / "metrics.pdf").write_bytes(pdf)
    text = _text(pdf, tmp_path)
    for expected in (
        "Requests opened / resolved / cancelled",
        "6.0 / 9.6 hours (5 of 7 answered)",
        "Customers' requests by kind",
        "Customers' requests by owner",
        "Activation 2 1 0 1 2 3.0 3.0 2.0 2.0",
        "Sam Seller 3 3 0 1 3 4.0 10.0 2.0 11.3",
        "Nobody",
    ):
        assert _printed(expected, text), expected
