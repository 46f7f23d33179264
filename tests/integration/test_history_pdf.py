"""The printed customer history, read back with pdftotext: every section, requests with their promises
and how they ended, nothing internal on the customer's copy (every internal field marked and looked
for), a first page that is not left blank, a date range, hostile text, a customer with a thousand
events, and `crm-desktop print history`."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, FollowUpStatus, WarrantyDecision
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.reports.common import long_date
from crm_desktop.reports.history import history_pdf
from crm_desktop.services.history_report import history_report, twelve_months_before
from crm_desktop.services.jobs import open_job
from crm_desktop.storage.models import Customer, FollowUp, Interaction
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.integration.test_job_sheet_pdf import _full_job, _page_text, _pages
from tests.integration.test_jobs import NOW, TODAY, Shop, _intake, _shop
from tests.integration.test_warranty_pdf import _crm, _drawable, _printed, _text
from tests.support import database_option

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdfinfo")),
    reason="poppler-utils is not installed: apt-get install poppler-utils",
)


def _customer_with_a_life(shop: Shop) -> None:
    db = shop.database
    _full_job(shop)  # sale S-0001 (two phones), job J-0001 with lines, a visit, a moved ready-by promise
    open_job(
        db,
        _intake(
            shop,
            unit_description="Old radio",
            warranty_override=WarrantyDecision.GOODWILL,
            override_reason="Long-standing customer, internal only",
        ),
        TODAY,
        NOW,
    )
    with db.writing() as uow:
        s = uow.session
        customer = s.get(Customer, shop.customer)
        assert customer is not None
        customer.notes = "Pays late — internal remark"
        s.add_all(
            [
                FollowUp(
                    customer_id=shop.customer,
                    kind=FollowUpKind.SATISFACTION,
                    title="Satisfaction check",
                    due_date=date(2025, 3, 3),
                    status=FollowUpStatus.DONE,
                    outcome="Happy with the phone",
                    satisfaction=4,
                    satisfaction_comment="Battery could be better",
                    completed_at=datetime(2025, 3, 3, 10, tzinfo=UTC),
                ),
                Interaction(
                    customer_id=shop.customer,
                    channel=Channel.CALL,
                    direction=Direction.INBOUND,
                    summary="Asked about the screen protector",
                    occurred_at=datetime(2025, 6, 1, 9, tzinfo=UTC),
                ),
            ]
        )
        uow.commit()


def _flowing(path: Path) -> str:
    """The text in reading order (no layout), whitespace squeezed: a sentence wrapped inside a table
    cell reads as one line again."""
    import subprocess

    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode(
        "utf-8"
    )
    return " ".join(out.split())


def _pdf(opened: OpenedDatabase, tmp_path: Path, name: str = "history.pdf", **kw: object) -> tuple[Path, str]:
    report = history_report(opened.database, 1, TODAY, **kw)  # type: ignore[arg-type]
    path = tmp_path / name
    path.write_bytes(history_pdf(report))
    return path, _text(path.read_bytes(), tmp_path)


def test_every_section_prints_for_the_customer(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _shop(opened.database)
    _customer_with_a_life(shop)
    path, text = _pdf(opened, tmp_path)
    for expected in (
        "Fix-It & Co",
        "Customer history",
        "Customer's copy",
        "The whole history, without internal notes",
        "Smith & Sons <VIP>",
        "mobile",
        "Customer since",
        "1 February 2025",  # the first sale
        "Items owned",
        "IMEI-1",
        "IMEI-2",
        "S-0001",
        "Sales",
        "Service jobs",
        "J-0001 · Phone One (IMEI-1)",
        "Screen flickers when <warm> & the battery drains overnight",
        "Fit battery",
        "09:00–10:00",
        "J-0002 · Old radio",
        "goodwill (free)",
        "Promises",
        "Part out of stock",  # the reason given to the customer for a moved date
        "Contacts",
        "Call from the customer",
        "Printed 16 March 2026",
        "page 1",
    ):
        assert _printed(expected, text) or " ".join(expected.split()) in _flowing(path), expected
    assert "&amp;" not in text and "&lt;" not in text
    for internal in (
        "Pays late",  # the customer record's notes
        "internal only",  # a warranty override's reason
        "Battery swollen",  # the technician's diagnosis
        "Tim Tech",  # staff names
        "Follow-ups",  # the shop's calls, their notes and scores
        "Happy with the phone",
        "Satisfaction",
        "Asked about the screen protector",  # what was said in a contact
    ):
        assert internal not in " ".join(text.split()), internal
    pages = _pages(path)
    assert _printed(f"page {pages}", _page_text(path, pages))


def test_internal_notes_and_a_period_are_options(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _shop(opened.database)
    _customer_with_a_life(shop)
    path, text = _pdf(opened, tmp_path, include_internal=True)
    flowing = _flowing(path)
    assert _printed("Pays late — internal remark", text) and _printed("internal only", text)
    assert _printed("including the shop's internal notes", text) and "Shop's copy" in flowing
    for expected in (
        "Diagnosis (internal): Battery swollen",
        "Tim Tech",
        "Follow-ups",
        "Happy with the phone",
        "Satisfaction 4/5",
        "Battery could be better",
        "Average satisfaction",
        "Asked about the screen protector",
    ):
        assert _printed(expected, text) or expected in flowing, expected
    path, text = _pdf(opened, tmp_path, "2025.pdf", start=date(2025, 3, 1), end=date(2025, 12, 31))
    assert _printed("From 1 March 2025 to 31 December 2025", text)
    assert _printed("Call from the customer", text) and not _printed("Happy with the phone", text)
    flowing = _flowing(path)
    assert "Sales None." in flowing and "Service jobs None." in flowing  # the sale and jobs are outside
    assert not _printed("J-0001", text)
    assert _printed("IMEI-1", text)  # items owned by the end of the period still show
    with pytest.raises(ValidationError, match="before it starts"):
        history_report(opened.database, shop.customer, TODAY, start=date(2026, 1, 2), end=date(2026, 1, 1))


MARKERS = {
    "tag": "INTERNAL-TAG-x1",
    "notes": "INTERNAL-NOTE-x2",
    "override": "INTERNAL-OVERRIDE-x3",
    "diagnosis": "INTERNAL-DIAGNOSIS-x4",
    "request notes": "INTERNAL-REQUEST-x5",
    "visit outcome": "INTERNAL-VISIT-x6",
    "staff name": "INTERNAL-STAFF-x7",
    "void reason": "INTERNAL-VOID-x8",
    "follow-up outcome": "INTERNAL-FOLLOWUP-x9 offered 10 % off",
    "satisfaction comment": "INTERNAL-COMMENT-x10",
    "contact summary": "INTERNAL-CONTACT-x11",
}
PUBLIC = {
    "work done": "PUBLIC-WORK-y1",
    "problem": "PUBLIC-PROBLEM-y2",
    "request": "PUBLIC-REQUEST-y3",
    "resolution": "PUBLIC-RESOLVED-y4",
    "promise move": "PUBLIC-REASON-y5",
}


def _marked_customer(shop: Shop) -> None:
    """A customer with a marked value in every field the customer's copy must leave out, and a marked
    value in fields it must keep."""
    from crm_desktop.domain.enums import RequestStatus, SaleStatus
    from crm_desktop.services import requests as rq
    from crm_desktop.services.jobs import update_notes
    from crm_desktop.services.promises import change_promise_date
    from crm_desktop.services.visits import VisitInput, schedule_visit
    from crm_desktop.storage.models import CustomerTag, Sale, Staff, Visit

    db = shop.database
    job = open_job(
        db,
        _intake(
            shop,
            unit_description="Phone",
            reported_problem=PUBLIC["problem"],
            warranty_override=WarrantyDecision.GOODWILL,
            override_reason=MARKERS["override"],
            ready_by=TODAY + timedelta(days=3),
        ),
        TODAY,
        NOW,
    )
    update_notes(
        db,
        job.id,
        NOW,
        diagnosis=MARKERS["diagnosis"],
        work_done=PUBLIC["work done"],
        technician_id=shop.tech,
    )
    assert job.ready_promise is not None
    change_promise_date(db, job.ready_promise.id, TODAY + timedelta(days=5), PUBLIC["promise move"], TODAY)
    visit = schedule_visit(
        db, VisitInput(job_id=job.id, technician_id=shop.tech, day=TODAY, start=time(9), end=time(10)), NOW
    )
    rq.ensure_default_request_kinds(db)
    kind = rq.list_request_kinds(db)[0].id
    request = rq.open_request(
        db,
        rq.RequestInput(
            customer_id=shop.customer, kind_id=kind, summary=PUBLIC["request"], notes=MARKERS["request notes"]
        ),
        today=TODAY,
        now=NOW,
        staff_id=shop.tech,
    )
    rq.move_request(
        db, request.id, RequestStatus.RESOLVED, now=NOW, staff_id=shop.tech, note=PUBLIC["resolution"]
    )
    with db.writing() as uow:
        s = uow.session
        customer = s.get(Customer, shop.customer)
        staff = s.get(Staff, shop.tech)
        booked = s.get(Visit, visit.id)
        assert customer is not None and staff is not None and booked is not None
        customer.notes = MARKERS["notes"]
        staff.name = MARKERS["staff name"]
        booked.outcome = MARKERS["visit outcome"]
        s.add(CustomerTag(customer_id=shop.customer, tag=MARKERS["tag"]))
        s.add(
            Sale(
                number=2,
                customer_id=shop.customer,
                sale_date=TODAY,
                status=SaleStatus.VOID,
                voided_at=NOW,
                void_reason=MARKERS["void reason"],
            )
        )
        s.add_all(
            [
                FollowUp(
                    customer_id=shop.customer,
                    kind=FollowUpKind.SATISFACTION,
                    title="Satisfaction check",
                    due_date=TODAY,
                    status=FollowUpStatus.DONE,
                    outcome=MARKERS["follow-up outcome"],
                    satisfaction=2,
                    satisfaction_comment=MARKERS["satisfaction comment"],
                    completed_at=NOW,
                ),
                Interaction(
                    customer_id=shop.customer,
                    channel=Channel.CALL,
                    direction=Direction.INBOUND,
                    summary=MARKERS["contact summary"],
                    occurred_at=NOW,
                ),
            ]
        )
        uow.commit()


def test_the_customers_copy_carries_nothing_internal(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _shop(opened.database)
    _marked_customer(shop)
    customers, _ = _pdf(opened, tmp_path, "customer.pdf")
    shops, _ = _pdf(opened, tmp_path, "shop.pdf", include_internal=True)
    customer_text, shop_text = _flowing(customers), _flowing(shops)
    for field, marker in MARKERS.items():
        assert marker not in customer_text, f"the customer's copy prints the {field}"
        assert marker in shop_text, f"the shop's copy leaves out the {field}"
    for field, marker in PUBLIC.items():
        assert marker in customer_text, f"the customer's copy leaves out the {field}"
    assert "INTERNAL" not in customer_text
    assert "Customer's copy" in customer_text and "Shop's copy" in shop_text


def _text_lines(path: Path, page: int) -> list[tuple[float, float]]:
    """The (top, bottom) of every line of text on a page, in points, read with pdftotext -bbox-layout."""
    import re
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (float(top), float(bottom))
        for top, bottom in re.findall(
            r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', out
        )
    ]


def test_a_long_history_fills_its_first_page(opened: OpenedDatabase, tmp_path: Path) -> None:
    """A customer with more items than fit on the first page: their table starts on page 1 under the
    customer's details (it used to jump to page 2, leaving page 1 two-thirds empty)."""
    from crm_desktop.storage.models import Sale, SaleItem

    shop = _shop(opened.database)
    with opened.database.writing() as uow:
        for n in range(40):
            sale = Sale(
                number=10 + n, customer_id=shop.customer, sale_date=date(2025, 6, 1) + timedelta(days=n)
            )
            sale.items = [SaleItem(description=f"Accessory {n}", serial=f"ACC-{n:03d}")]
            uow.session.add(sale)
        uow.commit()
    path, _ = _pdf(opened, tmp_path, start=date(2025, 1, 1))
    assert _pages(path) >= 2
    height = 841.89  # A4
    lines = [line for line in _text_lines(path, 1) if line[0] < height - 40]  # not the footer
    covered = max(bottom for _, bottom in lines) - min(top for top, _ in lines)
    assert covered > 0.8 * height, f"text covers {covered / height:.0%} of the first page"
    assert len(lines) > 50, len(lines)  # dense: many rows, not a few wide ones
    first = _page_text(path, 1)
    assert "Items owned" in first and "ACC-000" in first and "Accessory 20" in first


def test_hostile_text_and_a_thousand_events_print(
    opened: OpenedDatabase, tmp_path: Path, hostile_lines: list[str]
) -> None:
    shop = _shop(opened.database)
    drawable = [line for line in hostile_lines if line.strip() and len(line) < 1_000 and _drawable(line)]
    start = datetime(2020, 1, 1, 12, tzinfo=UTC)
    with opened.database.writing() as uow:
        uow.session.add_all(
            Interaction(
                customer_id=shop.customer,
                channel=Channel.MESSAGE,
                direction=Direction.OUTBOUND,
                summary=f"Event {n:04d}: " + drawable[n % len(drawable)],
                occurred_at=start + timedelta(days=n),
            )
            for n in range(1_000)
        )
        uow.session.add(
            Interaction(
                customer_id=shop.customer,
                channel=Channel.CALL,
                direction=Direction.INBOUND,
                summary="\n".join(hostile_lines),  # 10,000-character words and all
                occurred_at=start,
            )
        )
        uow.commit()
    path, text = _pdf(opened, tmp_path, include_internal=True)  # what was said: the shop's copy
    assert _pages(path) > 20
    squeezed = " ".join(text.split())
    for n in (0, 1, 500, 999):
        assert f"Event {n:04d}:" in squeezed
    flowing = _flowing(path)
    for line in drawable:  # wrapped inside its cell, but every character there, in order
        shown = "".join(ch for ch in line if unicodedata.category(ch) != "Cc" or ch == "\t")
        assert _printed(shown, text) or " ".join(shown.split()) in flowing, line


def test_cli_prints_a_history(db_paths: AppPaths, tmp_path: Path) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        shop = _shop(opened.database)
        _customer_with_a_life(shop)
    finally:
        opened.close()
    db = database_option(db_paths)
    target = tmp_path / "h.pdf"
    result = _crm("print", "history", "Smith & Sons", "-o", str(target), "--internal", "--all", *db)
    assert result.returncode == 0, result.stderr
    assert "Smith & Sons <VIP> (shop's copy" in result.stdout
    text = _text(target.read_bytes(), tmp_path)
    assert _printed("Pays late", text) and _printed("The whole history", text)
    # The customer's copy of the last 12 months by default; the customer named by a job number.
    result = _crm("print", "history", "J-0002", "-o", str(target), *db)
    assert result.returncode == 0, result.stderr and "customer's copy" in result.stdout
    text = _text(target.read_bytes(), tmp_path)
    start = long_date(twelve_months_before(date.today()))
    assert _printed(f"From {start}", text) and not _printed("Pays late", text)
    for args, message in (
        (["print", "history", "Nobody Here", "-o", str(target)], "No customer matches 'Nobody Here'"),
        (
            ["print", "history", "J-0001", "--from", "2026-02-01", "--to", "2026-01-01", "-o", str(target)],
            "swap",
        ),
        (["print", "history", "J-0001", "--from", "yesterday", "-o", str(target)], "is not a date like"),
        (["print", "history", "J-0001", "--from", "2026-01-01", "--all", "-o", str(target)], "not allowed"),
    ):
        result = _crm(*args, *db)
        assert result.returncode in (1, 2), args
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def _requests_of(shop: Shop) -> dict[str, int]:
    """Four requests for the customer, made through the services: one waiting on the operator with a
    promise moved once, one resolved, one taken in as a service job, one cancelled."""
    from crm_desktop.domain.enums import RequestStatus
    from crm_desktop.services import requests as rq
    from crm_desktop.services.contacts import ContactInput
    from crm_desktop.services.promises import change_promise_date

    db = shop.database
    rq.ensure_default_request_kinds(db)
    kinds = {k.name: k.id for k in rq.list_request_kinds(db)}

    def request(kind: str, summary: str, **kw: object) -> int:
        contact = kw.pop("contact", None)
        data = rq.RequestInput(customer_id=shop.customer, kind_id=kinds[kind], summary=summary, **kw)  # type: ignore[arg-type]
        return rq.open_request(db, data, today=TODAY, now=NOW, staff_id=shop.tech, contact=contact).id  # type: ignore[arg-type]

    port = request(
        "SIM or number",
        "Port my number from the old operator",
        promise_date=TODAY + timedelta(days=2),
        contact=ContactInput(Channel.CALL, Direction.INBOUND, "Wants to keep her number"),
        notes="Customer is a VIP — internal",
    )
    promise = rq.get_request(db, port, TODAY).promises[0].id
    change_promise_date(
        db, promise, TODAY + timedelta(days=6), "Operator needs the PUK code", TODAY, staff_id=shop.tech
    )
    rq.move_request(
        db, port, RequestStatus.WAITING_THIRD_PARTY, now=NOW, staff_id=shop.tech, note="Port requested"
    )
    billing = request("Account or billing", "Charged twice in February <again> & no refund")
    rq.move_request(
        db, billing, RequestStatus.RESOLVED, now=NOW, staff_id=shop.tech, note="Refund of 20.00 issued"
    )
    hot = request("Question", "Phone gets hot when charging")
    rq.request_to_job(
        db,
        hot,
        _intake(shop, unit_description="Phone One", reported_problem="Gets hot"),
        today=TODAY,
        now=NOW,
    )
    complaint = request("Complaint", "Waited 40 minutes at the counter")
    rq.move_request(
        db, complaint, RequestStatus.CANCELLED, now=NOW, staff_id=shop.tech, note="Sorted out at the counter"
    )
    return {"port": port, "billing": billing, "hot": hot, "complaint": complaint}


def test_requests_print_with_owner_status_promises_and_outcome(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    shop = _shop(opened.database)
    _customer_with_a_life(shop)  # J-0001 and J-0002
    _requests_of(shop)
    report = history_report(opened.database, shop.customer, TODAY)
    assert [(r.number_text, r.status_text) for r in report.requests] == [
        ("R-0001", "waiting for a third party"),
        ("R-0002", "resolved"),
        ("R-0003", "resolved"),
        ("R-0004", "cancelled"),
    ]
    assert report.header.open_requests == 1 and report.requests[0].notes is None  # the customer's copy
    path, text = _pdf(opened, tmp_path)
    flowing = _flowing(path)
    for expected in (
        "Open requests",
        "Requests",
        "R-0001 · SIM or number",
        "Port my number from the old operator",
        "waiting for a third party",
        "opened 16 March 2026",
        "promised 18 Mar → 22 Mar (open)",
        "18 March 2026 → 22 March 2026: Operator needs the PUK code",
        "R-0002 · Account or billing",
        "Charged twice in February <again> & no refund",
        "Resolved 16 March 2026: Refund of 20.00 issued",
        "R-0003 · Question",
        "Resolved 16 March 2026: Taken in for service as J-0003.",
        "J-0003 · Phone One",  # the job it became, in the jobs section
        "R-0004 · Complaint",
        "Cancelled 16 March 2026: Sorted out at the counter",
        "(for R-0001)",  # the promise in the promises section names its request
        "Call from the customer about R-0001",  # the call that brought it, in the contact log
    ):
        assert _printed(expected, text) or " ".join(expected.split()) in flowing, expected
    assert "Customer is a VIP" not in text and "Tim Tech" not in text and "Wants to keep" not in text
    # The requests come after the service jobs and before the promises.
    assert (
        flowing.index("Service jobs")
        < flowing.index("Requests Request Status Promises and outcome")
        < flowing.index("Promises Promised")
    )
    path, _ = _pdf(opened, tmp_path, "internal.pdf", include_internal=True)
    flowing = _flowing(path)
    assert "Notes (internal): Customer is a VIP — internal" in flowing
    assert "owner Tim Tech" in flowing and "Wants to keep her number" in flowing
    # A period keeps the requests opened in it.
    path, text = _pdf(opened, tmp_path, "2025.pdf", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert "Requests None." in _flowing(path) and not _printed("R-0001", text)
