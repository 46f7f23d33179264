"""Every file of tests/resources/import/ imported as a shop would, with what the shop then sees."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.interchange.mapping import ColumnMapping, DateOrder, ImportKind, guess_mapping, header_words
from crm_desktop.interchange.readers import open_table
from crm_desktop.services.catalogue import (
    CategoryInput,
    ProductInput,
    create_category,
    create_product,
    ensure_default_plans,
)
from crm_desktop.services.customers import CustomerInput, PhoneInput, create_customer
from crm_desktop.services.imports import DuplicateChoice, ImportOptions, ImportReport, import_table
from crm_desktop.services.search import search
from crm_desktop.services.settings import set_setting
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone, FollowUp, Product, Sale, SaleItem
from crm_desktop.storage.startup import OpenedDatabase

FILES = Path(__file__).resolve().parents[1] / "resources" / "import"
TODAY = date(2024, 6, 30)


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    set_setting(opened.database, "shop.country", "BE")
    return opened.database


def run(
    db: Database,
    kind: str,
    name: str,
    *,
    sheet: str | None = None,
    order: DateOrder | None = None,
    decimal: str | None = None,
    **options: object,
) -> ImportReport:
    table = open_table(FILES / name, sheet, header_words=header_words())
    mapping = guess_mapping(ImportKind(kind), table.header)
    mapping = ColumnMapping(mapping.kind, mapping.columns, order, decimal)
    return import_table(db, table, mapping, staff_id=None, today=TODAY, options=ImportOptions(**options))  # type: ignore[arg-type]


def customers(db: Database) -> dict[str, tuple[str | None, str | None, str | None, tuple[str, ...]]]:
    """name -> (email, address, reference, phones in E.164)."""
    with db.reading() as uow:
        found = {}
        for row in uow.session.scalars(select(Customer).order_by(Customer.id)):
            phones = tuple(p.number_normalized for p in row.phones)
            found[row.name] = (row.email, row.address, row.external_ref, phones)
        return found


def count(db: Database, model: object) -> int:
    with db.reading() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


def test_utf8_with_bom(db: Database) -> None:
    report = run(db, "customers", "customers_utf8_bom.csv")
    assert report.saved and report.added == 3 and not report.problems
    seen = customers(db)
    assert seen["Zoë Øster"] == ("zoe@example.be", "Gent", "C-001", ("+32470123456",))
    assert "Smith & Sons <VIP>" in seen  # the first header is "Name", not "\ufeffName"
    assert seen["Łukasz Żółć"][3] == ("+32471223344",)
    assert [hit.label for hit in search(db, "Øster")][:1] == ["Zoë Øster"]  # findable at once


def test_utf8_without_bom_tab_separated_first_and_last_names(db: Database) -> None:
    report = run(db, "customers", "customers_utf8_tab.tsv")
    assert report.added == 2
    assert customers(db)["Ana García Núñez"][0] == "ana@example.es"
    assert "Jürgen Müller" in customers(db)


def test_windows_1252_semicolons_and_french_headers(db: Database) -> None:
    report = run(db, "customers", "customers_cp1252.csv")
    assert report.added == 2, report.problems
    seen = customers(db)
    assert seen["Hélène Dupré"][1] == "12 rue de l’Église\n1000 Bruxelles"
    with db.reading() as uow:
        notes = uow.session.scalars(select(Customer.notes).order_by(Customer.id)).all()
    assert notes == ["A payé 25 € d’acompte", "“client fidèle”"]
    assert "Windows-1252" in report.source and "semicolon" in report.source


def test_latin1_reads_as_the_same_letters(db: Database) -> None:
    run(db, "customers", "customers_latin1.csv")
    assert set(customers(db)) == {"Björn Größe", "Søren Åberg"}


def test_quoted_newlines_stay_in_their_cell_and_lines_keep_their_numbers(db: Database) -> None:
    report = run(db, "customers", "customers_quoted_newlines.csv")
    assert report.added == 2
    with db.reading() as uow:
        notes = uow.session.scalar(select(Customer.notes).where(Customer.name == "Anna Smith"))
    assert notes == 'Prefers calls after 5pm\nCalls back, always\n"VIP"'
    assert [row.line for row in report.preview] == [2, 5]


def test_missing_and_extra_columns(db: Database) -> None:
    report = run(db, "customers", "customers_missing_extra.csv")
    # Line 5 has no name: nothing is saved until the person chooses to skip it.
    assert not report.saved and report.added == 3 and count(db, Customer) == 0
    assert [(p.line, "Name is required" in p.message) for p in report.problems] == [(5, True)]
    report = run(db, "customers", "customers_missing_extra.csv", skip_bad_rows=True)
    assert report.saved and report.added == 3 and report.bad == 1
    assert customers(db)["Dirk Peeters"] == ("dirk@example.com", None, None, ())
    assert set(customers(db)) == {"Carla Diaz", "Dirk Peeters", "Eva Janssens"}


def test_duplicates_in_the_shop_and_in_the_file(db: Database) -> None:
    create_customer(db, CustomerInput(name="Already Here", phones=(PhoneInput("mobile", "+32470990099"),)))
    report = run(db, "customers", "customers_duplicates.csv")
    assert report.added == 2 and report.already_here == 3
    reasons = {d.line: (d.existing, d.reason) for d in report.duplicates}
    assert reasons[3] == ("Frank First, line 2 of this file", "same e-mail FRANK@example.com")
    assert reasons[5][1] == "same reference D-3"
    assert reasons[6][0].startswith("Already Here (#") and reasons[6][1].startswith("same phone number")
    assert count(db, Customer) == 3
    # Update instead of skip: the existing customer gets the file's reference.
    report = run(db, "customers", "customers_duplicates.csv", on_duplicate=DuplicateChoice.UPDATE)
    assert report.added == 0 and report.updated == 5  # every row matches someone now
    assert customers(db)["Already Here"][2] == "D-4"


def test_duplicates_are_found_across_batches_too(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are looked up a batch at a time (memory stays flat): a row matching one a batch above is
    still "already here", earlier in this file, and never written twice, also when updating."""
    from crm_desktop.services import imports

    monkeypatch.setattr(imports, "BATCH", 1)
    create_customer(db, CustomerInput(name="Already Here", phones=(PhoneInput("mobile", "+32470990099"),)))
    report = run(db, "customers", "customers_duplicates.csv", on_duplicate=DuplicateChoice.UPDATE)
    assert (report.added, report.already_here, report.updated) == (2, 2, 1)
    reasons = {d.line: (d.existing, d.reason) for d in report.duplicates}
    assert reasons[3] == ("Frank First, earlier in this file", "same e-mail FRANK@example.com")
    assert reasons[5] == ("Gina Grey, earlier in this file", "same reference D-3")
    assert reasons[6][0].startswith("Already Here (#")
    assert count(db, Customer) == 3


def test_importing_the_same_file_twice_adds_nothing(db: Database) -> None:
    first = run(db, "customers", "customers_utf8_bom.csv")
    second = run(db, "customers", "customers_utf8_bom.csv")
    assert (first.added, second.added, second.already_here) == (3, 0, 3)
    assert count(db, Customer) == 3


def test_products_with_decimal_commas(db: Database) -> None:
    report = run(db, "products", "products_decimal_comma.csv")
    assert not report.saved and [(p.line, p.message) for p in report.problems] == [
        (4, "'zwölf' is not a number")
    ]
    report = run(db, "products", "products_decimal_comma.csv", skip_bad_rows=True)
    with db.reading() as uow:
        rows = uow.session.execute(select(Product.sku, Product.price_minor, Product.default_warranty_months))
        assert sorted(rows) == [("CB-1", 999, None), ("PH-100", 129950, 24)]


def _catalogue(db: Database) -> None:
    plan = ensure_default_plans(db)
    assert plan is not None
    phones = create_category(
        db, CategoryInput(name="Phones", default_warranty_months=24, default_plan_id=plan.id)
    )
    create_product(
        db, ProductInput(sku="PH-100", name="Smartphone X", category_id=phones.id, price_minor=49900)
    )
    create_product(db, ProductInput(sku="CB-1", name="Case", price_minor=1500))


def test_ambiguous_dates_are_never_guessed(db: Database) -> None:
    _catalogue(db)
    report = run(db, "sales", "sales_ambiguous_dates.csv")
    assert not report.saved and count(db, Sale) == 0
    assert any("choose the date order" in note for note in report.notes)
    assert "could be 3 April 2024 or 4 March 2024" in report.problems[0].message
    report = run(db, "sales", "sales_ambiguous_dates.csv", order=DateOrder.MDY)
    assert report.saved and report.added == 2
    with db.reading() as uow:
        assert sorted(uow.session.scalars(select(Sale.sale_date))) == [date(2024, 3, 4), date(2024, 5, 6)]


def test_bad_dates_and_a_date_that_settles_the_order(db: Database) -> None:
    _catalogue(db)
    report = run(db, "sales", "sales_bad_dates.csv", skip_bad_rows=True)
    assert report.notes == ("Dates are read day/month/year, as '25/04/2024' in the file shows.",)
    assert [(p.line, p.message) for p in report.problems] == [
        (4, "'yesterday' is not a date"),
        (5, "'31/02/2024' is not a date (there is no such day)"),
    ]
    with db.reading() as uow:
        assert sorted(uow.session.scalars(select(Sale.sale_date))) == [date(2024, 4, 3), date(2024, 4, 25)]


def test_sales_with_serial_dates_warranties_and_follow_ups(db: Database) -> None:
    _catalogue(db)
    run(db, "customers", "customers_utf8_bom.csv")
    report = run(db, "sales", "sales_serial_dates.csv", decimal=".")
    assert report.saved, report.problems
    assert (report.added, report.customers_added, report.warranties) == (2, 1, 1)  # the case has none
    with db.reading() as uow:
        s = uow.session
        sales = s.execute(select(Sale.external_ref, Sale.sale_date, Customer.name).join(Customer)).all()
        assert sorted(sales) == [("S1", date(2024, 1, 1), "Zoë Øster"), ("S2", date(2024, 1, 9), "Nina New")]
        items = s.execute(select(SaleItem.description, SaleItem.serial, SaleItem.warranty_end)).all()
        assert ("Smartphone X", "IMEI-1001", date(2026, 1, 1)) in items  # the file's end, not 24 months
        assert ("Screen repair (old system)", None, None) in items
        due = s.scalars(select(FollowUp.due_date)).all()
    assert all(d >= TODAY for d in due)  # only the follow-ups still ahead
    assert len(due) == report.follow_ups
    again = run(db, "sales", "sales_serial_dates.csv")
    assert (again.added, again.already_here) == (0, 2)


def test_sales_can_schedule_past_follow_ups_too(db: Database) -> None:
    _catalogue(db)
    run(db, "customers", "customers_utf8_bom.csv")
    future = run(db, "sales", "sales_serial_dates.csv")
    with db.writing() as uow:  # start again, with every follow-up this time
        uow.session.query(FollowUp).delete()
        uow.session.query(SaleItem).delete()
        uow.session.query(Sale).delete()
        uow.commit()
    every = run(db, "sales", "sales_serial_dates.csv", future_follow_ups_only=False)
    assert every.follow_ups > future.follow_ups


def test_xlsx_with_a_title_row(db: Database) -> None:
    report = run(db, "customers", "customers_title_row.xlsx")
    assert report.added == 2 and "sheet Export 2024" in report.source
    seen = customers(db)
    assert seen["Greta Gärtner"] == ("greta@example.de", None, "K-1", ("+32470404040",))
    assert seen["Hans Huber"][3] == ("+32470414141",)  # a number cell: the leading 0 is not needed


def test_ods_with_a_title_row(db: Database) -> None:
    report = run(db, "customers", "customers_title_row.ods")
    assert report.added == 2
    assert customers(db)["Inès Lefèvre"] == ("ines@example.fr", "Namur", "F-1", ("+32470606060",))


def test_sales_from_xlsx_with_real_and_serial_dates(db: Database) -> None:
    _catalogue(db)
    report = run(db, "sales", "sales.xlsx")
    assert report.saved and report.added == 2 and report.customers_added == 1
    with db.reading() as uow:
        assert sorted(uow.session.scalars(select(Sale.sale_date))) == [date(2024, 3, 4), date(2024, 4, 18)]
        prices = sorted(uow.session.scalars(select(SaleItem.unit_price_minor)))
    assert prices == [1225, 49950]


def test_vcard_from_android(db: Database) -> None:
    report = run(db, "customers", "contacts_android.vcf")
    assert report.added == 2
    seen = customers(db)
    assert seen["Zoë Øster"] == ("zoe.oster@example.be", None, None, ("+32470707070", "+3221234567"))
    assert "Karl Klein" in seen


def test_vcard_from_iphone(db: Database) -> None:
    report = run(db, "customers", "contacts_iphone.vcf")
    assert report.added == 2
    lena = customers(db)["Lena Lindqvist"]
    assert lena[3] == ("+46701234567", "+46812345678")
    assert lena[1] == "Storgatan 1\n111 22 Stockholm\nSweden"
    with db.reading() as uow:
        note = uow.session.scalar(select(Customer.notes).where(Customer.name == "Lena Lindqvist"))
        phone = uow.session.scalar(
            select(CustomerPhone.number_normalized).join(Customer).where(Customer.name == "Matti Mäkinen")
        )
    assert note is not None and note.endswith("never before ten in the morning.")  # folded lines joined
    assert phone == "+32401234567"  # no country code: the shop's country
