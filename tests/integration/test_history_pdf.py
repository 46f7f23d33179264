"""The printed customer history, read back with pdftotext: every section, requests with their promises
and how they ended, internal notes only when asked, a date range, hostile text, a customer with a
thousand events, and `crm-desktop print history`."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, FollowUpStatus, WarrantyDecision
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.reports.history import history_pdf
from crm_desktop.services.history_report import history_report
from crm_desktop.services.jobs import open_job
from crm_desktop.storage.models import Customer, FollowUp, Interaction
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.integration.test_job_sheet_pdf import _full_job, _page_text, _pages
from tests.integration.test_jobs import NOW, TODAY, Shop, _intake, _shop
from tests.integration.test_warranty_pdf import _crm, _drawable, _printed, _text

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
        "Battery swollen",
        "Fit battery",
        "09:00–10:00",
        "J-0002 · Old radio",
        "goodwill (free)",
        "Promises",
        "Part out of stock",
        "Follow-ups",
        "Happy with the phone",
        "Satisfaction 4/5",
        "Battery could be better",
        "Contacts",
        "Call from the customer",
        "Asked about the screen protector",
        "Printed 16 March 2026",
        "page 1",
    ):
        assert _printed(expected, text) or " ".join(expected.split()) in _flowing(path), expected
    assert "&amp;" not in text and "&lt;" not in text
    assert "Pays late" not in text and "internal only" not in text  # the customer's copy
    pages = _pages(path)
    assert _printed(f"page {pages}", _page_text(path, pages))


def test_internal_notes_and_a_period_are_options(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _shop(opened.database)
    _customer_with_a_life(shop)
    _, text = _pdf(opened, tmp_path, include_internal=True)
    assert _printed("Pays late — internal remark", text) and _printed("internal only", text)
    assert _printed("including the shop's internal notes", text)
    path, text = _pdf(opened, tmp_path, "2025.pdf", start=date(2025, 3, 1), end=date(2025, 12, 31))
    assert _printed("From 1 March 2025 to 31 December 2025", text)
    assert _printed("Asked about the screen protector", text) and _printed("Happy with the phone", text)
    flowing = _flowing(path)
    assert "Sales None." in flowing and "Service jobs None." in flowing  # the sale and jobs are outside
    assert not _printed("J-0001", text)
    assert _printed("IMEI-1", text)  # items owned by the end of the period still show
    with pytest.raises(ValidationError, match="before it starts"):
        history_report(opened.database, shop.customer, TODAY, start=date(2026, 1, 2), end=date(2026, 1, 1))


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
    path, text = _pdf(opened, tmp_path)
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
    db = ["--db", str(db_paths.db_file)]
    target = tmp_path / "h.pdf"
    result = _crm("print", "history", "1", "-o", str(target), "--internal", *db)
    assert result.returncode == 0, result.stderr
    assert "Smith & Sons <VIP>" in result.stdout and _printed(
        "Pays late", _text(target.read_bytes(), tmp_path)
    )
    for args, message in (
        (["print", "history", "999", "-o", str(target)], "There is no customer #999"),
        (["print", "history", "1", "--from", "2026-02-01", "--to", "2026-01-01", "-o", str(target)], "swap"),
        (["print", "history", "1", "--from", "yesterday", "-o", str(target)], "is not a date like"),
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
        "opened 16 March 2026 · owner Tim Tech",
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
        "Wants to keep her number",
    ):
        assert _printed(expected, text) or " ".join(expected.split()) in flowing, expected
    assert "Customer is a VIP" not in text
    # The requests come after the service jobs and before the promises.
    assert (
        flowing.index("Service jobs")
        < flowing.index("Requests Request Status Promises and outcome")
        < flowing.index("Promises Promised")
    )
    path, _ = _pdf(opened, tmp_path, "internal.pdf", include_internal=True)
    assert "Notes (internal): Customer is a VIP — internal" in _flowing(path)
    # A period keeps the requests opened in it.
    path, text = _pdf(opened, tmp_path, "2025.pdf", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert "Requests None." in _flowing(path) and not _printed("R-0001", text)
