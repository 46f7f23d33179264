"""An imported sale gets what the same sale recorded at the counter gets: items, warranty dates, audit
rows and follow-ups (both write through services.sales.insert_sales: the import a batch at a time)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import StaffRole
from crm_desktop.interchange.mapping import ColumnMapping, ImportKind, guess_mapping, header_words
from crm_desktop.interchange.readers import open_table
from crm_desktop.services import imports
from crm_desktop.services.catalogue import (
    CategoryInput,
    ProductInput,
    create_category,
    create_product,
    ensure_default_plans,
)
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.imports import ImportOptions, ImportReport, import_table
from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale
from crm_desktop.services.search import search
from crm_desktop.services.staff import StaffInput, add_staff, start_shop
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, FollowUp, Sale, SaleItem
from crm_desktop.storage.startup import OpenedDatabase

TODAY = date(2024, 6, 30)
HEADER = "Sale,Customer ID,Date,SKU,Description,Serial,Quantity,Unit price,Warranty end\n"


@pytest.fixture
def shop(opened: OpenedDatabase) -> tuple[Database, int, dict[str, int], dict[str, int]]:
    db = opened.database
    owner = start_shop(db, {"shop.country": "BE"}, "Olga Owner")
    # one technician: with two, who gets a reminder depends on their open work, which the import changes
    add_staff(db, StaffInput("Sam Sales", (StaffRole.SALES,)), staff_id=owner.id)
    plan = ensure_default_plans(db)
    assert plan is not None
    phones = create_category(
        db, CategoryInput(name="Phones", default_warranty_months=24, default_plan_id=plan.id)
    )
    products = {
        p.sku: p.id
        for p in (
            create_product(
                db, ProductInput(sku="PH-1", name="Phone", category_id=phones.id, price_minor=49900)
            ),
            create_product(db, ProductInput(sku="CB-1", name="Case", price_minor=1500)),
        )
    }
    customers = {
        ref: create_customer(db, CustomerInput(name=f"Customer {ref}"), staff_id=owner.id).id
        for ref in ("A", "B")
    }
    with db.writing() as uow:  # the references the file names
        from crm_desktop.storage.models import Customer

        for ref, cid in customers.items():
            customer = uow.session.get(Customer, cid)
            assert customer is not None
            customer.external_ref = ref
        uow.commit()
    return db, owner.id, products, customers


def _import(db: Database, path: Path, staff_id: int, **options: object) -> ImportReport:
    table = open_table(path, None, header_words=header_words())
    mapping = guess_mapping(ImportKind.SALES, table.header)
    mapping = ColumnMapping(mapping.kind, mapping.columns, None, ".")
    return import_table(db, table, mapping, staff_id=staff_id, today=TODAY, options=ImportOptions(**options))  # type: ignore[arg-type]


def _what_it_got(db: Database, number: int) -> tuple[object, ...]:
    """A sale's items, follow-ups and audit rows, without ids, customer or number."""
    with db.reading() as uow:
        s = uow.session
        sale = s.scalars(select(Sale).where(Sale.number == number)).one()
        items = s.scalars(select(SaleItem).where(SaleItem.sale_id == sale.id).order_by(SaleItem.position))
        position = {}
        shown_items = []
        for item in items:
            position[item.id] = item.position
            shown_items.append(
                (
                    item.position,
                    item.product_id,
                    item.description,
                    item.serial,
                    item.quantity,
                    item.unit_price_minor,
                    item.warranty_start,
                    item.warranty_end,
                    item.warranty_override_reason,
                )
            )
        follow_ups = sorted(
            (
                f.kind,
                f.title,
                f.due_date,
                f.assignee_id,
                f.plan_step_id,
                f.occurrence,
                f.status,
                None if f.sale_item_id is None else position[f.sale_item_id],
            )
            for f in s.scalars(select(FollowUp).where(FollowUp.sale_id == sale.id))
        )
        audits = sorted(
            (
                a.staff_id,
                a.entity,
                a.action,
                a.field,
                a.old_value,
                a.new_value,
                a.reason,
                position.get(a.entity_id) if a.entity == "sale_item" else None,
            )
            for a in s.scalars(select(AuditEntry))
            if (a.entity == "sale" and a.entity_id == sale.id)
            or (a.entity == "sale_item" and a.entity_id in position)
        )
        return (
            sale.sale_date,
            sale.staff_id,
            sale.status,
            tuple(shown_items),
            tuple(follow_ups),
            tuple(audits),
        )


def test_an_imported_sale_gets_what_a_recorded_one_gets(
    shop: tuple[Database, int, dict[str, int], dict[str, int]], tmp_path: Path
) -> None:
    db, owner, products, customers = shop
    path = tmp_path / "sales.csv"
    path.write_text(
        HEADER
        + "INV-1,A,2024-06-01,PH-1,,IMEI-1,1,450.00,\n"
        + "INV-1,A,2024-06-01,PH-1,,IMEI-2,1,450.00,2027-06-01\n"
        + "INV-1,A,2024-06-01,CB-1,,,2,15.00,\n"
        + "INV-2,A,2023-01-10,PH-1,,IMEI-3,1,300.00,\n",
        encoding="utf-8",
    )
    report = _import(db, path, owner)
    assert report.saved and report.added == 2, report.problems
    reason = f"Imported from {path.name}"
    recorded = [
        record_sale(
            db,
            SaleInput(
                customer_id=customers["B"],
                sale_date=date(2024, 6, 1),
                lines=(
                    SaleLineInput(product_id=products["PH-1"], serial="IMEI-1b", unit_price_minor=45000),
                    SaleLineInput(
                        product_id=products["PH-1"],
                        serial="IMEI-2b",
                        unit_price_minor=45000,
                        warranty_end=date(2027, 6, 1),
                        warranty_override_reason=reason,
                    ),
                    SaleLineInput(product_id=products["CB-1"], quantity=2, unit_price_minor=1500),
                ),
            ),
            TODAY,
            staff_id=owner,
        ),
        record_sale(
            db,
            SaleInput(
                customer_id=customers["B"],
                sale_date=date(2023, 1, 10),
                lines=(SaleLineInput(product_id=products["PH-1"], serial="IMEI-3b", unit_price_minor=30000),),
            ),
            TODAY,
            staff_id=owner,
        ),
    ]
    assert [r.number for r in recorded] == [3, 4]  # the numbers go on after the imported ones
    for imported_number, details in zip((1, 2), recorded, strict=True):
        got, expected = _what_it_got(db, imported_number), _what_it_got(db, details.number)
        serial_free = [
            tuple(
                tuple(v.removesuffix("b") if isinstance(v, str) and v.startswith("IMEI") else v for v in item)
                for item in part
            )
            if n == 3
            else part
            for n, part in enumerate(expected)
        ]
        for a, b in zip(got, serial_free, strict=True):
            assert a == b, (a, b)
    assert got[4], "the case has follow-ups to compare"
    assert report.follow_ups == sum(len(_what_it_got(db, n)[4]) for n in (1, 2))
    assert report.warranties == 3  # the phones; the case has none
    assert any(h.customer_id == customers["A"] for h in search(db, "IMEI-2")), "the serial is searchable"


def test_serials_already_sold_are_found_within_and_across_batches(
    shop: tuple[Database, int, dict[str, int], dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, owner, _products, _customers = shop
    monkeypatch.setattr(imports, "SALES_BATCH", 2)
    path = tmp_path / "sales.csv"
    path.write_text(
        HEADER
        + "S1,A,2024-06-01,PH-1,,SN-1,1,450.00,\n"
        + "S2,A,2024-06-02,PH-1,,sn-1,1,450.00,\n"  # same batch, other case
        + "S3,B,2024-06-03,PH-1,,SN-2,1,450.00,\n"
        + "S4,B,2024-06-04,PH-1,,SN-1,1,450.00,\n"  # a later batch
        + "S5,B,2024-06-05,PH-1,,SN-5,1,450.00,\n"
        + "S5,B,2024-06-05,PH-1,,sn-5,1,450.00,\n",  # twice in one sale: a problem
        encoding="utf-8",
    )
    report = _import(db, path, owner, skip_bad_rows=True)
    assert (report.added, report.already_here, report.bad) == (2, 2, 2)
    assert [(d.line, d.existing) for d in report.duplicates] == [(3, "S-0001"), (5, "S-0001")]
    assert "entered twice in this sale" in report.problems[0].message
    again = _import(db, path, owner, skip_bad_rows=True)
    assert (again.added, again.already_here) == (0, 4)
    with db.reading() as uow:
        assert sorted(uow.session.scalars(select(Sale.number))) == [1, 2]


@pytest.mark.sqlite_only  # SQLite's FTS5 table; PostgreSQL searches search_entry itself
def test_the_full_text_index_is_in_step_after_bulk_imports(
    shop: tuple[Database, int, dict[str, int], dict[str, int]], tmp_path: Path
) -> None:
    """Imports make search entries with the triggers set aside: the FTS index must match, and the
    triggers be back for the next edit."""
    db, owner, _products, customers = shop
    people = tmp_path / "customers.csv"
    people.write_text(
        "Name,Phone,Email,Customer ID\n"
        + "".join(f"Person {n},+32 470 00 00 {n:02d},p{n}@example.com,P{n}\n" for n in range(30)),
        encoding="utf-8",
    )
    table = open_table(people, None, header_words=header_words())
    mapping = guess_mapping(ImportKind.CUSTOMERS, table.header)
    assert import_table(db, table, mapping, staff_id=owner, today=TODAY).added == 30
    sales = tmp_path / "sales.csv"
    sales.write_text(
        HEADER + "".join(f"T{n},P{n},2024-06-01,,Repair,QX-{n:04d},1,10.00,\n" for n in range(30)),
        encoding="utf-8",
    )
    assert _import(db, sales, owner).added == 30
    with db.writing() as uow:
        conn = uow.session.connection()
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        triggers = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_entry'"
        ).scalar_one()
        assert triggers == 3
    assert {h.customer_id for h in search(db, "QX-0017")} == {
        next(h.customer_id for h in search(db, "Person 17") if h.kind == "customer")
    }
    create_customer(db, CustomerInput(name="Zed Later"), staff_id=owner)  # the triggers index it
    assert any(h.kind == "customer" for h in search(db, "Zed Lat"))
    assert customers


def test_the_search_entries_an_import_makes_are_those_a_rebuild_makes(
    shop: tuple[Database, int, dict[str, int], dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """New customers and sales are indexed from what the import has in hand (not re-read and rewritten
    customer by customer): the index must hold exactly what rebuilding it from the tables gives, also
    for a customer who already owned the product (the newest item is what the product entry opens)."""
    from crm_desktop.storage import search_index
    from crm_desktop.storage.models import SearchEntry

    db, owner, products, customers = shop
    monkeypatch.setattr(imports, "SALES_BATCH", 2)  # a customer's sales across batches too
    record_sale(
        db,
        SaleInput(
            customer_id=customers["A"],
            sale_date=date(2024, 1, 5),
            lines=(SaleLineInput(product_id=products["PH-1"], serial="OLD-1"),),
        ),
        TODAY,
        staff_id=owner,
    )
    people = tmp_path / "people.csv"
    people.write_text(
        "Name,Company,Phone,Email,Customer ID\n"
        "Ann New,Ann's Bikes,0470 11 22 33,ann@example.com,N1\n"
        "Bob New,,+44 20 7946 0958,,N2\n",
        encoding="utf-8",
    )
    table = open_table(people, None, header_words=header_words())
    assert (
        import_table(
            db, table, guess_mapping(ImportKind.CUSTOMERS, table.header), staff_id=owner, today=TODAY
        ).added
        == 2
    )
    sales = tmp_path / "sales.csv"
    sales.write_text(
        HEADER
        + "T1,A,2024-03-01,PH-1,,NEW-1,1,450.00,\n"
        + "T1,A,2024-03-01,,Screen guard,,1,10.00,\n"
        + "T2,N1,2024-03-02,,Repair,RP-7,1,30.00,\n"
        + "T3,B,2024-03-03,CB-1,,,2,15.00,\n"
        + "T4,A,2024-03-04,PH-1,,NEW-2,1,450.00,\n"
        + "T5,N2,2024-03-05,,Screen guard,,1,10.00,\n",
        encoding="utf-8",
    )
    assert _import(db, sales, owner).added == 5

    def entries() -> list[tuple[object, ...]]:
        with db.reading() as uow:
            rows = uow.session.execute(
                select(
                    SearchEntry.customer_id, SearchEntry.kind, SearchEntry.ref_id, SearchEntry.label,
                    SearchEntry.detail, SearchEntry.folded, SearchEntry.archived,
                )
            )  # fmt: skip
            return sorted(tuple(row) for row in rows)

    imported = entries()
    with db.writing() as uow:
        search_index.rebuild(uow.session)
        uow.commit()
    assert imported == entries()
    newest = [e for e in imported if e[0] == customers["A"] and e[1] == "product" and e[4] == "Phone"]
    assert len(newest) == 1 and "S-0005" in str(newest[0][3])  # T4, the newest phone of Customer A
    assert [h.label for h in search(db, "RP-7")] == ["Repair · S-0003 · Ann New"]
    assert [h.label for h in search(db, "0470 11 22")] == ["Ann New · Ann's Bikes"]


def test_a_sale_split_in_the_file_is_caught_across_batches(
    shop: tuple[Database, int, dict[str, int], dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, owner, _products, _customers = shop
    monkeypatch.setattr(imports, "SALES_BATCH", 1)  # every sale in a batch of its own
    path = tmp_path / "split.csv"
    path.write_text(
        HEADER
        + "S1,A,2024-06-01,PH-1,,SN-1,1,450.00,\n"
        + "S2,Z,2024-06-02,CB-1,,,1,15.00,\n"  # nobody has reference Z, and no name: left out
        + "S1,A,2024-06-01,CB-1,,,1,15.00,\n"  # S1 again, two batches later
        + "S2,Z,2024-06-02,CB-1,,,1,15.00,\n",  # S2 again, after it was left out
        encoding="utf-8",
    )
    report = _import(db, path, owner, skip_bad_rows=True)
    assert (report.added, report.bad) == (1, 3)
    problems = {p.line: p.message for p in report.problems}
    assert problems[3].startswith("no customer")
    assert problems[4] == "sale S1 has lines earlier in this file too; keep a sale's lines together"
    assert problems[5] == "sale S2 has lines on line 3 too; keep a sale's lines together"
    with db.reading() as uow:
        assert len(uow.session.scalars(select(SaleItem.id)).all()) == 1
