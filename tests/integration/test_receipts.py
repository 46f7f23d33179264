"""The intake receipt (half a page and thermal roll) and the job and serial labels, read back as a
customer would see them: the text with poppler's pdftotext, the codes decoded from the rendered page
with zxing-cpp, the page sizes with pdfinfo."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.errors import ValidationError
from crm_desktop.reports.label import job_label_pdf, serial_label_pdf
from crm_desktop.reports.receipt import receipt_pdf
from crm_desktop.services.receipts import (
    DEFAULT_TERMS,
    job_label,
    job_receipt,
    receipt_by_number,
    serial_label,
)
from crm_desktop.services.requests import (
    RequestInput,
    ensure_default_request_kinds,
    list_request_kinds,
    open_request,
)
from crm_desktop.services.settings import set_settings
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone
from crm_desktop.storage.startup import OpenedDatabase
from tests.integration.test_job_sheet_pdf import _codes, _page_size, _page_text, _pages, _write, needs_poppler
from tests.integration.test_jobs import NOW, TODAY, Shop, _intake, _shop
from tests.integration.test_warranty_pdf import _printed, _text

pytestmark = needs_poppler

PROBLEM = "Screen flickers when <warm> & the battery drains overnight"
TERMS = "Units left 90 days are recycled & <not> returned."
MM = 72 / 25.4


def _counter_shop(db: Database, *, name: str = "Smith & Sons <VIP>") -> Shop:
    shop = _shop(db)
    with db.writing() as uow:
        customer = uow.session.get(Customer, shop.customer)
        assert customer is not None
        customer.name = name
        uow.session.add(
            CustomerPhone(
                customer_id=shop.customer,
                label="mobile",
                number_raw="07700 900123",
                number_normalized="+447700900123",
            )
        )
        uow.commit()
    set_settings(
        db,
        {
            "business.name": "Fix-It & Co",
            "business.address": "1 High Street\nLeeds LS1 1AA",
            "business.phone": "0113 496 0000",
            "business.email": "desk@fixit.example",
            "shop.country": "GB",
            "receipt.terms": TERMS,
        },
    )
    return shop


def _job(shop: Shop, **kw: object) -> int:
    from crm_desktop.services.jobs import open_job

    values: dict[str, object] = {
        "sale_item_id": shop.covered_item,
        "reported_problem": PROBLEM,
        "accessories": "Charger, pink case",
        "condition": "Scratch on the back",
        "ready_by": date(2026, 3, 19),
    }
    values.update(kw)
    return open_job(shop.database, _intake(shop, **values), TODAY, NOW).id


def _flowed(expected: str, text: str) -> bool:
    """``expected`` is printed, perhaps wrapped over several lines (a narrow roll wraps most values)."""
    return " ".join(expected.split()) in " ".join(text.split())


def _size_mm(path: Path) -> tuple[float, float]:
    width, height = (float(part) for part in _page_size(path).split(" x "))
    return round(width / MM, 1), round(height / MM, 1)


def _customer_text() -> tuple[str, ...]:
    return (
        "J-0001",
        "Smith & Sons <VIP>",
        "mobile: 07700 900123",
        "Phone One",
        "IMEI-1",
        PROBLEM,
        "19 March 2026",
        "Charger, pink case",
        "Scratch on the back",
        TERMS,
        "Fix-It & Co",
        "1 High Street",
        "0113 496 0000",
        "desk@fixit.example",
    )


@pytest.mark.parametrize("fmt", ["a4", "thermal"])
def test_a_receipt_prints_what_the_customer_needs_with_readable_codes(
    opened: OpenedDatabase, tmp_path: Path, fmt: str
) -> None:
    shop = _counter_shop(opened.database)
    job_id = _job(shop)
    path = _write(receipt_pdf(job_receipt(opened.database, job_id, TODAY), fmt=fmt), tmp_path, f"{fmt}.pdf")
    assert _pages(path) == 1
    text = _text(path.read_bytes(), tmp_path)
    for expected in _customer_text():
        assert _printed(expected, text) if fmt == "a4" else _flowed(expected, text), expected
    assert "&amp;" not in text and "&lt;" not in text
    codes = _codes(path, 1, tmp_path)
    assert ("QR Code", "J-0001") in codes and ("Code 128", "J-0001") in codes, codes
    if fmt == "thermal":
        width, height = _size_mm(path)
        assert width == 80.0 and 100 < height < 300, (width, height)
    else:
        assert _page_size(path) == "595.276 x 841.89"  # A4, the customer's and the shop's halves
        assert _printed("Customer's copy", text) and _printed("Shop's copy", text)
        assert _printed("Customer's signature", text)


def test_the_half_page_follows_the_shops_paper_and_the_terms_default(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    shop = _counter_shop(opened.database)
    set_settings(opened.database, {"shop.country": "US", "receipt.terms": None})
    job_id = _job(shop, ready_by=None, accessories=None, condition=None)
    path = _write(receipt_pdf(job_receipt(opened.database, job_id, TODAY)), tmp_path)
    assert _page_size(path) == "612 x 792" and _pages(path) == 1
    text = _text(path.read_bytes(), tmp_path)
    assert _printed("Keep this receipt", text) and DEFAULT_TERMS.startswith("Keep this receipt")
    assert _printed("we will call you", text) and _printed("none", text)


def test_a_request_has_its_receipt(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _counter_shop(opened.database)
    ensure_default_request_kinds(opened.database)
    kind = list_request_kinds(opened.database)[0]
    request = open_request(
        opened.database,
        RequestInput(
            customer_id=shop.customer,
            kind_id=kind.id,
            summary="Move my number & keep <the> contract",
            sale_item_id=shop.covered_item,
            promise_date=TODAY + timedelta(days=3),
        ),
        today=TODAY,
        now=NOW,
        staff_id=shop.tech,
    )
    data = receipt_by_number(opened.database, request.number_text, TODAY)
    for fmt in ("a4", "thermal"):
        path = _write(receipt_pdf(data, fmt=fmt), tmp_path, f"r-{fmt}.pdf")
        text = _text(path.read_bytes(), tmp_path)
        for expected in (
            "Request receipt",
            request.number_text,
            "Smith & Sons <VIP>",
            "Move my number & keep <the> contract",
            kind.name,
            "Phone One",
            "IMEI-1",
            "19 March 2026",
        ):
            assert _flowed(expected, text), (fmt, expected)
        assert ("Code 128", request.number_text) in _codes(path, 1, tmp_path)


def test_long_hostile_text_wraps_and_the_thermal_slip_grows(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _counter_shop(opened.database, name="Smith & Sons <VIP> " + "Ltd " * 30)
    words = " ".join(f"word{n} & <tag{n}>" for n in range(500))  # about 8,500 characters
    short_id = _job(shop)
    long_id = _job(shop, reported_problem=words, condition="<b>bold?</b> " * 40)
    short = _write(
        receipt_pdf(job_receipt(opened.database, short_id, TODAY), fmt="thermal"), tmp_path, "s.pdf"
    )
    slip = _write(receipt_pdf(job_receipt(opened.database, long_id, TODAY), fmt="thermal"), tmp_path, "l.pdf")
    assert _pages(slip) == 1 and _size_mm(slip)[0] == 80.0
    assert _size_mm(slip)[1] > _size_mm(short)[1] + 300  # the slip grew to hold the text
    text = _text(slip.read_bytes(), tmp_path)
    assert _printed("word0 & <tag0>", text) and _printed("<tag499>", text)
    assert _printed("<b>bold?</b>", text)
    assert all(len(line) < 80 for line in text.splitlines())  # wrapped to the roll, not cut off
    page = _write(receipt_pdf(job_receipt(opened.database, long_id, TODAY)), tmp_path, "page.pdf")
    assert _pages(page) >= 2  # too long for half a page: each copy flows onto its own pages
    text = _text(page.read_bytes(), tmp_path)
    assert _printed("<tag499>", text) and _printed("Customer's copy", _page_text(page, 1))


@pytest.mark.parametrize("size", ["62x29", "57x32", "102x51"])
def test_labels_are_the_configured_size_with_readable_codes(
    opened: OpenedDatabase, tmp_path: Path, size: str
) -> None:
    shop = _counter_shop(opened.database)
    set_settings(opened.database, {"print.label_size": size})
    _job(shop)
    expected = tuple(float(side) for side in size.split("x"))

    job = _write(job_label_pdf(job_label(opened.database, "J-0001", TODAY)), tmp_path, "job.pdf")
    assert _size_mm(job) == expected and _pages(job) == 1
    text = _text(job.read_bytes(), tmp_path)
    for wanted in ("J-0001", "Smith & Sons <VIP>", "Ready by 19 March 2026"):
        assert _printed(wanted, text), wanted
    assert ("Code 128", "J-0001") in _codes(job, 1, tmp_path)

    serial = _write(serial_label_pdf(serial_label(opened.database, "imei-1")), tmp_path, "serial.pdf")
    assert _size_mm(serial) == expected
    text = _text(serial.read_bytes(), tmp_path)
    assert _printed("IMEI-1", text) and _printed("Phone One", text)
    assert ("Code 128", "IMEI-1") in _codes(serial, 1, tmp_path)


def test_a_label_cuts_a_long_name_instead_of_overflowing(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _counter_shop(opened.database, name="Smith & Sons <VIP> " + "Associates " * 16)  # 195 of 200
    _job(shop, unit_serial="353456789012345", sale_item_id=None, unit_description="Big <TV> & co " * 20)
    path = _write(job_label_pdf(job_label(opened.database, "1", TODAY)), tmp_path, "job.pdf")
    text = _text(path.read_bytes(), tmp_path)
    assert _printed("Smith & Sons <VIP>", text) and "…" in text and _pages(path) == 1
    assert ("Code 128", "J-0001") in _codes(path, 1, tmp_path)
    serial = _write(serial_label_pdf(serial_label(opened.database, "353456789012345")), tmp_path, "s.pdf")
    text = _text(serial.read_bytes(), tmp_path)  # an IMEI: found through the job that received it
    assert _printed("353456789012345", text) and _printed("Big <TV> & co", text) and "…" in text
    assert ("Code 128", "353456789012345") in _codes(serial, 1, tmp_path)
    assert _pages(serial) == 1


def test_unknown_numbers_and_serials_are_refused(opened: OpenedDatabase) -> None:
    _counter_shop(opened.database)
    with pytest.raises(ValidationError, match="There is no service job J-0099"):
        receipt_by_number(opened.database, "J-0099", TODAY)
    with pytest.raises(ValidationError, match="There is no request R-0007"):
        receipt_by_number(opened.database, "R-0007", TODAY)
    with pytest.raises(ValidationError, match="not a J-number"):
        receipt_by_number(opened.database, "S-0001", TODAY)
    with pytest.raises(ValidationError, match="has the serial NOPE"):
        serial_label(opened.database, "NOPE")
    with pytest.raises(ValidationError, match="label size"):
        set_settings(opened.database, {"print.label_size": "5x5"})
    with pytest.raises(ValidationError, match="off or ask or always"):
        set_settings(opened.database, {"print.receipt_at_intake": "sometimes"})


# --------------------------------------------------------------------------------- on screen (Qt)


@pytest.mark.gui
def test_the_windows_print_receipts_and_labels(
    opened: OpenedDatabase, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.job_dialogs import JobWindow
    from crm_desktop.ui.request_dialogs import RequestWindow
    from tests.gui.waiting import settle
    from tests.support import context_of

    shop = _counter_shop(opened.database)
    set_settings(opened.database, {"print.receipt_format": "thermal"})
    job_id = _job(shop)
    ensure_default_request_kinds(opened.database)
    request = open_request(
        opened.database,
        RequestInput(
            customer_id=shop.customer, kind_id=list_request_kinds(opened.database)[0].id, summary="SIM"
        ),
        today=TODAY,
        now=NOW,
        staff_id=shop.tech,
    )
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    context = context_of(opened)
    win = JobWindow(context, job_id)
    qtbot.addWidget(win)
    receipt, label = tmp_path / "receipt.pdf", tmp_path / "label.pdf"
    win.print_receipt(str(receipt), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or "Saved to" in win.status.text(), timeout=20_000)
    win.status.setText("")
    win._label_menu_shown()
    assert win.serial_label_action.isEnabled() and "IMEI-1" in win.serial_label_action.text()
    win.print_label("serial", str(label), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or "Saved to" in win.status.text(), timeout=20_000)
    assert problems == []
    assert _size_mm(receipt)[0] == 80.0 and _size_mm(label) == (62.0, 29.0)
    assert _printed("IMEI-1", _text(label.read_bytes(), tmp_path))

    request_win = RequestWindow(context, request.id)
    qtbot.addWidget(request_win)
    target = tmp_path / "request.pdf"
    request_win.print_receipt(str(target), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or target.exists(), timeout=20_000)
    assert problems == [] and _flowed(request.number_text, _text(target.read_bytes(), tmp_path))
    settle()


@pytest.mark.gui
def test_the_receipt_at_intake_follows_the_setting(
    opened: OpenedDatabase, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.services.jobs import get_job
    from crm_desktop.ui import job_dialogs
    from crm_desktop.ui.shop_dialog import ShopDetailsDialog
    from tests.support import context_of

    shop = _counter_shop(opened.database)
    job = get_job(opened.database, _job(shop), TODAY)
    context = context_of(opened)
    saved: list[int | None] = []
    monkeypatch.setattr(job_dialogs, "save_receipt", lambda *a, **kw: saved.append(kw.get("job_id")))
    asked: list[str] = []

    def no(*args: object, **kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    assert not job_dialogs.receipt_at_intake(None, context, job) and saved == [] and asked == []  # type: ignore[arg-type]

    dialog = ShopDetailsDialog(context)
    qtbot.addWidget(dialog)
    dialog.receipt_at_intake.setCurrentIndex(dialog.receipt_at_intake.findData("ask"))
    dialog.label_size.setCurrentText("102 x 51")
    dialog.receipt_terms.setPlainText("Our & <terms>")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20_000)
    from crm_desktop.services.settings import get_settings

    values = get_settings(opened.database)
    assert values["print.receipt_at_intake"] == "ask" and values["print.label_size"] == "102x51"
    assert values["receipt.terms"] == "Our & <terms>"
    assert not job_dialogs.receipt_at_intake(None, context, job) and "J-0001" in asked[0]  # type: ignore[arg-type]
    set_settings(opened.database, {"print.receipt_at_intake": "always"})
    assert job_dialogs.receipt_at_intake(None, context, job) and saved == [job.id]  # type: ignore[arg-type]
