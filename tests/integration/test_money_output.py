"""The shop's currency and locale reach every output: the command line, the PDFs and the settings that
choose them. Amounts print grouped as the shop's locale writes them."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.domain.validation import FieldErrors
from crm_desktop.paths import AppPaths
from crm_desktop.services.settings import get_settings, set_settings, shop_money
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, Sale, SaleItem
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.support import database_option

REPORT = date(2026, 11, 23)
NBSP, NNBSP = "\u00a0", "\u202f"


def _big_sale(database: Database) -> int:
    """One customer who bought for 12,345.60 in the last year."""
    with database.writing() as uow:
        customer = Customer(name="Grand Client")
        uow.session.add(customer)
        uow.session.flush()
        sale = Sale(number=1, customer_id=customer.id, sale_date=date(2026, 6, 1))
        sale.items = [SaleItem(description="E-bike", quantity=1, unit_price_minor=1_234_560)]
        uow.session.add(sale)
        uow.commit()
        return customer.id


def test_the_shop_locale_and_currency_are_checked(opened: OpenedDatabase) -> None:
    set_settings(opened.database, {"shop.locale": "de-de", "currency": "kwd"})
    assert get_settings(opened.database)["shop.locale"] == "de_DE"
    assert shop_money(opened.database).currency == "KWD" and shop_money(opened.database).digits == 3
    with pytest.raises(FieldErrors) as caught:
        set_settings(opened.database, {"shop.locale": "klingon", "currency": "XYZ"})
    assert caught.value.errors == {
        "shop.locale": "'klingon' is not a locale such as en_GB, fr_BE or de_DE.",
        "currency": "'XYZ' is not a currency code such as EUR, GBP or USD.",
    }


def test_until_the_shop_chooses_the_locale_follows_the_computer_and_the_country(
    opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MONETARY", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda *_a: ("fr_FR", "UTF-8"))
    set_settings(opened.database, {"shop.country": "BE"})
    assert shop_money(opened.database).locale == "fr_BE"  # French, as written in Belgium
    monkeypatch.setattr("locale.getlocale", lambda *_a: (None, None))
    assert shop_money(opened.database).locale == "nl_BE"  # Belgium's usual locale
    monkeypatch.setenv("LC_MONETARY", "de_BE.UTF-8")
    assert shop_money(opened.database).locale == "de_BE"
    set_settings(opened.database, {"shop.locale": "en_GB"})
    assert shop_money(opened.database).locale == "en_GB"  # the shop's choice wins on every computer
    assert shop_money(opened.database).currency == "EUR"  # nothing set: euros


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("de_DE", f"12.345,60{NBSP}€"), ("en_US", "€12,345.60"), ("fr_FR", f"12{NNBSP}345,60{NBSP}€")],
)
def test_the_command_line_prints_grouped_amounts(db_paths: AppPaths, locale: str, shown: str) -> None:
    from tests.integration.test_warranty_pdf import _crm

    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        _big_sale(opened.database)
        set_settings(opened.database, {"currency": "EUR", "shop.locale": locale})
    finally:
        opened.close()
    result = _crm("metrics", "--to", REPORT.isoformat(), *database_option(db_paths))
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("Median account value"))
    assert line.endswith(f" {shown}")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_history_pdf_prints_grouped_amounts(opened: OpenedDatabase, tmp_path: Path) -> None:
    from crm_desktop.reports.history import history_pdf
    from crm_desktop.services.history_report import history_report
    from tests.integration.test_warranty_pdf import _printed, _text

    customer = _big_sale(opened.database)
    set_settings(opened.database, {"currency": "EUR", "shop.locale": "fr_FR"})
    text = _text(history_pdf(history_report(opened.database, customer, REPORT)), tmp_path)
    # "Total spent" and the sale's line and total; runs of spaces (no-break ones too) read as one
    assert _printed("1 June 2026 12 345,60 €", text), text
    assert _printed("E-bike — 12 345,60 € 12 345,60 €", text), text


def test_metrics_tables_are_grouped_on_paper_and_plain_in_spreadsheets(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    from crm_desktop.services.metrics import compute_metrics, metrics_csv, metrics_tables

    _big_sale(opened.database)
    set_settings(opened.database, {"currency": "EUR", "shop.locale": "de_DE"})
    m = compute_metrics(opened.database, REPORT)
    header, rows = metrics_tables(m)["categories"]
    assert header[1] == "Sales (EUR)" and rows[0][1] == "12.345,60"
    assert "12345.60" in metrics_csv(m)["categories"]  # a number any spreadsheet reads
    if shutil.which("pdftotext") is None:
        return
    from crm_desktop.reports.metrics_report import metrics_pdf
    from crm_desktop.services.job_sheets import shop_header
    from tests.integration.test_warranty_pdf import _printed, _text

    text = _text(metrics_pdf(m, shop_header(opened.database)), tmp_path)
    assert _printed("Median account value (MAV, a year) 12.345,60 €", text), text
    assert _printed("Not in a 12.345,60", text) and not re.search(r"12345[.,]\d", text)
