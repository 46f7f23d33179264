"""The search box: what a user types finds what they mean, on SQLite and on PostgreSQL, and the index
follows every change saved through the ORM in the same transaction."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.cli import main
from crm_desktop.domain.enums import JobStatus
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.search import SearchHit, resolve_exact, search
from crm_desktop.storage import search_index
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone, Sale, SaleItem, SearchEntry, ServiceJob
from crm_desktop.storage.startup import open_database
from tests.support import database_option

GOLDEN = Path(__file__).resolve().parents[1] / "resources" / "golden"
NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
IMEI = "356938035643809"
# FTS5 query syntax, LIKE wildcards and a NUL (which would end an FTS5 string): all inert when typed.
FTS_SYNTAX = ['"', '""', "a OR b", "NEAR(a b)", "name:zoe", "zoe*", "^zoe", "-zoe", "(", "AND", "%", "_"]
FTS_SYNTAX += ["\x00", "ab\x00cd", "zo\x00e", "\\", "100%", "_underscore_"]


@dataclass(frozen=True)
class Shop:
    database: Database
    paths: AppPaths
    zoe: int
    jean: int
    ada: int
    sale: int
    item: int
    job: int


DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=DATABASES)
def shop(request: pytest.FixtureRequest) -> Iterator[Shop]:
    """The sample shop in a database of this test's own, to change."""
    paths: AppPaths = request.getfixturevalue("db_paths" if request.param == "sqlite" else "pg_paths")
    opened = open_database(paths, lock=False, daily_backup=False)
    yield _fill(opened.database, paths)
    opened.close()


@pytest.fixture(scope="module", params=DATABASES)
def shared(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """The sample shop, made once per database kind for the tests that only read."""
    if request.param == "sqlite":
        file = tmp_path_factory.mktemp("search") / "crm.sqlite3"
        shutil.copy(request.getfixturevalue("template_db"), file)
        paths = resolve(db=str(file))
    else:
        cluster = request.getfixturevalue("pg_cluster")
        cluster.sql("CREATE DATABASE crm_search_shared")
        paths = resolve(database_url=cluster.url("crm_search_shared"), environ={})
    opened = open_database(paths, lock=False, daily_backup=False)
    yield _fill(opened.database, paths)
    opened.close()


def _fill(database: Database, paths: AppPaths) -> Shop:
    """Three customers saved through the ORM, as the app's services save them."""
    with database.writing() as uow:
        s = uow.session
        zoe = Customer(name="Zoë Øster-Łukasiewicz", company="Øster Cykler ApS", email="zoe.oster@example.dk")
        zoe.phones.append(CustomerPhone(number_raw="+33 6 12 34 56 78", number_normalized="+33612345678"))
        jean = Customer(name="Jean Dupont", email="jean.dupont@mail.example")
        jean.phones.append(CustomerPhone(number_raw="06 98 76 54 32", number_normalized="+33698765432"))
        ada = Customer(name="Ada Lovelace", archived=True, archived_at=NOW)
        ada.phones.append(CustomerPhone(number_raw="020 7946 0958", number_normalized="+442079460958"))
        s.add_all([zoe, jean, ada])
        s.flush()
        sale = Sale(number=42, customer_id=zoe.id, sale_date=date(2026, 2, 27))
        sale.items.append(SaleItem(description="Apple iPhone 13 128 GB", serial=IMEI))
        s.add(sale)
        s.add(Sale(number=7, customer_id=jean.id, sale_date=date(2026, 2, 28)))
        job = ServiceJob(
            number=42,
            customer_id=jean.id,
            unit_description="Samsung Galaxy S21",
            unit_serial="35-298710-123456-7",
            status=JobStatus.READY,
        )
        s.add(job)
        s.flush()
        ids = (zoe.id, jean.id, ada.id, sale.id, sale.items[0].id, job.id)
        uow.commit()
    return Shop(database, paths, *ids)


def _first(database: Database, text: str, **options: bool) -> SearchHit:
    hits = search(database, text, **options)
    assert hits, f"nothing found for {text!r}"
    return hits[0]


def _customers(database: Database, text: str, **options: bool) -> set[int]:
    return {hit.customer_id for hit in search(database, text, **options)}


# ---------------------------------------------------------------------------------------- finding


@pytest.mark.parametrize("typed", ["zoe", "Zoe", "ZOË", "zoë ø", "oster", "ŁUKASIEWICZ", "lukasiewicz", "zo"])
def test_names_are_found_whatever_the_accents_and_case(shared: Shop, typed: str) -> None:
    hit = _first(shared.database, typed)
    assert (hit.kind, hit.ref_id, hit.customer_id) == ("customer", shared.zoe, shared.zoe)
    assert hit.why == "name Zoë Øster-Łukasiewicz"
    assert hit.label == "Zoë Øster-Łukasiewicz · Øster Cykler ApS"


@pytest.mark.parametrize(
    "typed", ["+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "06.12.34.56.78", "0612345678", "345678"]
)
def test_a_phone_is_found_in_any_formatting_and_by_a_piece(shared: Shop, typed: str) -> None:
    hit = _first(shared.database, typed)
    assert (hit.kind, hit.ref_id) == ("customer", shared.zoe)
    assert hit.why == "phone +33 6 12 34 56 78"


def test_a_piece_of_a_phone_with_spaces_finds_it(shared: Shop) -> None:
    assert _customers(shared.database, "76 54") == {shared.jean}
    assert _customers(shared.database, "98 76 54 3") == {shared.jean}


def test_email_and_company_are_found_by_a_piece(shared: Shop) -> None:
    assert _first(shared.database, "oster@exam").why == "email zoe.oster@example.dk"
    assert _first(shared.database, "MAIL.EXAMPLE").customer_id == shared.jean
    assert _first(shared.database, "cykler").why == "company Øster Cykler ApS"


def test_one_hit_per_customer_with_the_best_reason(shared: Shop) -> None:
    hits = [hit for hit in search(shared.database, "oster") if hit.kind == "customer"]
    assert [hit.ref_id for hit in hits] == [shared.zoe]  # name, company and e-mail all match
    assert hits[0].why.startswith("name ")


@pytest.mark.parametrize("typed", ["356938", "35693803564", "3569 3803", IMEI])
def test_a_serial_is_found_by_a_piece(shared: Shop, typed: str) -> None:
    hit = _first(shared.database, typed)
    assert (hit.kind, hit.ref_id, hit.customer_id) == ("item", shared.item, shared.zoe)
    assert hit.why == f"serial {IMEI}"
    assert hit.label == "Apple iPhone 13 128 GB · S-0042 · Zoë Øster-Łukasiewicz"
    assert hit.exact == (typed == IMEI)


def test_a_unit_in_for_service_is_found_by_its_serial(shared: Shop) -> None:
    hit = _first(shared.database, "298710")
    assert (hit.kind, hit.ref_id) == ("job", shared.job)
    assert hit.why == "serial 35-298710-123456-7"


@pytest.mark.parametrize("typed", ["J-0042", "j42", "J 42", "j0042", "J-42", "  j-0042 "])
def test_job_numbers_in_typed_forms(shared: Shop, typed: str) -> None:
    hit = _first(shared.database, typed)
    assert (hit.kind, hit.ref_id, hit.exact) == ("job", shared.job, True)
    assert hit.why == "job J-0042"
    assert hit.label == "J-0042 · Samsung Galaxy S21 · Ready · Jean Dupont"


@pytest.mark.parametrize("typed", ["S-0042", "s42", "S 42", "s0042"])
def test_sale_numbers_in_typed_forms(shared: Shop, typed: str) -> None:
    hit = _first(shared.database, typed)
    assert (hit.kind, hit.ref_id, hit.exact) == ("sale", shared.sale, True)
    assert hit.why == "sale S-0042"


def test_a_bare_number_shows_the_sale_and_the_job_first(shared: Shop) -> None:
    hits = search(shared.database, "42")
    assert {(h.kind, h.ref_id) for h in hits[:2]} == {("sale", shared.sale), ("job", shared.job)}
    assert not any(hit.exact for hit in hits)


def test_exact_hits_come_before_others(shared: Shop) -> None:
    hits = search(shared.database, "s-0042")
    assert hits[0].exact and (hits[0].kind, hits[0].ref_id) == ("sale", shared.sale)


def test_nothing_found_is_an_empty_result(shared: Shop) -> None:
    assert search(shared.database, "qqqqqq") == ()
    assert search(shared.database, "   ") == ()
    assert search(shared.database, "J-9999") == ()


# ------------------------------------------------------------------------------------- enter opens


def test_enter_opens_a_job_by_its_number(shared: Shop) -> None:
    for typed in ("J-0042", "j42", "J 0042"):
        hit = resolve_exact(shared.database, typed)
        assert hit is not None and (hit.kind, hit.ref_id, hit.customer_id) == ("job", shared.job, shared.jean)


def test_enter_opens_a_sold_item_by_its_whole_serial(shared: Shop) -> None:
    hit = resolve_exact(shared.database, IMEI)
    assert hit is not None and (hit.kind, hit.ref_id) == ("item", shared.item)
    job = resolve_exact(shared.database, "35298710 1234567")  # a unit in for service, not sold here
    assert job is not None and (job.kind, job.ref_id) == ("job", shared.job)


@pytest.mark.parametrize("typed", ["3569380356", "zoe", "J-0043", "42", "", "s-0007x"])
def test_enter_opens_nothing_for_a_piece_or_a_name(shared: Shop, typed: str) -> None:
    assert resolve_exact(shared.database, typed) is None


def test_two_items_with_one_serial_are_not_guessed_between(shop: Shop) -> None:
    with shop.database.writing() as uow:
        sale = Sale(number=43, customer_id=shop.jean, sale_date=date(2026, 3, 1))
        sale.items.append(SaleItem(description="Same serial, typed twice", serial=IMEI))
        uow.session.add(sale)
        uow.commit()
    assert resolve_exact(shop.database, IMEI) is None
    assert {hit.ref_id for hit in search(shop.database, IMEI) if hit.kind == "item"} == {
        shop.item,
        shop.item + 1,
    }


# ---------------------------------------------------------------------------------------- archive


def test_a_product_name_lists_the_customers_who_own_one(shop: Shop) -> None:
    with shop.database.writing() as uow:
        other = Customer(name="Bob Peeters")
        uow.session.add(other)
        uow.session.flush()
        sale = Sale(number=50, customer_id=other.id, sale_date=date(2026, 3, 1))
        sale.items.append(SaleItem(description="Apple iPhone 13 128 GB"))  # no serial: still owned
        sale.items.append(SaleItem(description="apple iphone 13 128 gb", serial="X1"))  # same product
        uow.session.add(sale)
        uow.commit()
        bob = other.id
    hits = [h for h in search(shop.database, "iphone 13") if h.why.startswith("owns")]
    assert {h.customer_id for h in hits} == {shop.zoe, bob}  # once per customer, whatever the spelling
    zoes = next(h for h in hits if h.customer_id == shop.zoe)
    assert (zoes.kind, zoes.ref_id, zoes.label) == (
        "item",
        shop.item,
        "Apple iPhone 13 128 GB · S-0042 · Zoë Øster-Łukasiewicz",
    )
    with shop.database.writing() as uow:  # a void sale's products are not owned
        found = uow.session.get(Sale, sale.id)
        assert found is not None
        found.status, found.voided_at, found.void_reason = "void", NOW, "Entered twice"  # type: ignore[assignment]
        uow.commit()
    assert {h.customer_id for h in search(shop.database, "iphone 13") if h.why.startswith("owns")} == {
        shop.zoe
    }


def test_two_customers_with_one_name_say_how_they_differ(shop: Shop) -> None:
    with shop.database.writing() as uow:
        lyon = Customer(name="Marie Martin", address="3 rue de la Paix\n69002 Lyon")
        lyon.phones.append(CustomerPhone(number_raw="06 11 22 33 44", number_normalized="+33611223344"))
        paris = Customer(name="Marie Martin", address="12 avenue Foch, 75016 Paris")
        alone = Customer(name="Marie Martinez")
        uow.session.add_all([lyon, paris, alone])
        uow.commit()
    labels = sorted(h.label for h in search(shop.database, "marie martin"))
    assert labels == [
        "Marie Martin · 06 11 22 33 44 · 69002 Lyon",
        "Marie Martin · 75016 Paris",
        "Marie Martinez",  # a name of its own needs nothing more
    ]


def test_archived_customers_are_found_only_on_request(shared: Shop) -> None:
    assert search(shared.database, "lovelace") == ()
    assert search(shared.database, "7946 0958") == ()
    hit = _first(shared.database, "lovelace", include_archived=True)
    assert hit.ref_id == shared.ada and hit.label == "Ada Lovelace · archived"
    assert _customers(shared.database, "7946 0958", include_archived=True) == {shared.ada}


def test_archiving_and_restoring_hides_and_shows(shop: Shop) -> None:
    with shop.database.writing() as uow:
        customer = uow.session.get(Customer, shop.jean)
        assert customer is not None
        customer.archived, customer.archived_at = True, NOW
        uow.commit()
    assert search(shop.database, "J-0042") == ()
    assert resolve_exact(shop.database, "J-0042") is not None  # a scanned job sheet still opens
    with shop.database.writing() as uow:
        customer = uow.session.get(Customer, shop.jean)
        assert customer is not None
        customer.archived, customer.archived_at = False, None
        uow.commit()
    assert _first(shop.database, "J-0042").ref_id == shop.job


# ------------------------------------------------------------------------------- keeping in step


def test_editing_a_name_and_a_phone_updates_the_results_in_the_same_commit(shop: Shop) -> None:
    with shop.database.writing() as uow:
        customer = uow.session.get(Customer, shop.zoe)
        assert customer is not None
        customer.name = "Zora Nowak"
        customer.phones[0].number_raw = "07 11 22 33 44"
        customer.phones[0].number_normalized = "+33711223344"
        uow.session.flush()
        # Inside the transaction, before the commit, the index already says the new things ...
        entries = uow.session.scalars(
            select(SearchEntry.detail).where(SearchEntry.customer_id == shop.zoe)
        ).all()
        assert "Zora Nowak" in entries and "Zoë Øster-Łukasiewicz" not in entries
        uow.commit()
    # ... and after it, nothing stale is found.
    assert _customers(shop.database, "lukasiewicz") == set()  # the e-mail still says zoe
    assert search(shop.database, "345678") == ()
    assert _first(shop.database, "zora").why == "name Zora Nowak"
    assert _first(shop.database, "11 22 33").why == "phone 07 11 22 33 44"
    assert _first(shop.database, "S-0042").label.endswith("· Zora Nowak")  # labels follow too


def test_a_rolled_back_edit_leaves_the_index_as_it_was(shop: Shop) -> None:
    before = search(shop.database, "zoe")
    with shop.database.writing() as uow:
        customer = uow.session.get(Customer, shop.zoe)
        assert customer is not None
        customer.name = "Zora Nowak"
        uow.session.add(Customer(name="Zoe Unsaved"))
        uow.session.flush()
        # no commit: the unit of work rolls back
    assert search(shop.database, "zoe") == before
    assert search(shop.database, "zora") == ()


def test_new_and_changed_sales_items_and_jobs_are_searchable_at_once(shop: Shop) -> None:
    with shop.database.writing() as uow:
        s = uow.session
        item = s.get(SaleItem, shop.item)
        job = s.get(ServiceJob, shop.job)
        assert item is not None and job is not None
        item.serial = "C02XK1ABJG5H"
        job.status = JobStatus.COLLECTED
        job.closed_at = NOW
        s.add(ServiceJob(number=43, customer_id=shop.zoe, unit_description="Cube Aim", unit_serial="WCUBE77"))
        uow.commit()
    assert _first(shop.database, "k1abjg").ref_id == shop.item
    assert search(shop.database, "356938") == ()
    assert _first(shop.database, "J-0042").label == "J-0042 · Samsung Galaxy S21 · Collected · Jean Dupont"
    new_job = resolve_exact(shop.database, "J-0043")
    assert new_job is not None and new_job.customer_id == shop.zoe
    assert _first(shop.database, "wcube7").why == "serial WCUBE77"


def test_moving_a_sale_to_another_customer_moves_its_hits(shop: Shop) -> None:
    with shop.database.writing() as uow:
        sale = uow.session.get(Sale, shop.sale)
        assert sale is not None
        sale.customer_id = shop.jean  # as merging a duplicate customer does
        uow.commit()
    sale_hit, item_hit = _first(shop.database, "S-0042"), _first(shop.database, IMEI)
    assert sale_hit.customer_id == item_hit.customer_id == shop.jean
    assert sale_hit.label == "S-0042 · Jean Dupont"
    with shop.database.reading() as uow:
        left = uow.session.scalars(select(SearchEntry.kind).where(SearchEntry.customer_id == shop.zoe)).all()
    assert sorted(left) == ["company", "customer", "email", "phone"]


def test_removing_a_phone_and_a_customer_removes_their_hits(shop: Shop) -> None:
    with shop.database.writing() as uow:
        jean = uow.session.get(Customer, shop.jean)
        ada = uow.session.get(Customer, shop.ada)
        assert jean is not None and ada is not None
        jean.phones.clear()  # delete-orphan: the row goes
        uow.session.delete(ada)
        uow.commit()
    assert search(shop.database, "98 76 54") == ()
    assert search(shop.database, "lovelace", include_archived=True) == ()
    with shop.database.reading() as uow:
        assert uow.session.scalars(select(SearchEntry).where(SearchEntry.customer_id == shop.ada)).all() == []


def test_deleting_an_expired_row_still_updates_its_customer(shop: Shop) -> None:
    with shop.database.writing() as uow:
        phone = uow.session.scalars(select(CustomerPhone).where(CustomerPhone.customer_id == shop.zoe)).one()
        uow.session.expire(phone)  # nothing loaded: whose it was must still be found out
        uow.session.delete(phone)
        uow.commit()
    assert search(shop.database, "12 34 56 78") == ()


def test_the_index_equals_a_rebuild_after_every_change(shop: Shop) -> None:
    with shop.database.writing() as uow:
        jean = uow.session.get(Customer, shop.jean)
        assert jean is not None
        jean.company = "Dupont & Fils"
        jean.phones.append(CustomerPhone(number_raw="01 23 45 67 89", number_normalized="+33123456789"))
        uow.commit()
    _assert_as_rebuilt(shop)


def _assert_as_rebuilt(shop: Shop) -> list[tuple[int, str, int, str, str, str, bool]]:
    """The index as kept in step equals a rebuild from the tables (the FTS5 rows too); returns it."""
    kept = _entries(shop.database)
    with shop.database.writing() as uow:
        search_index.rebuild(uow.session)
        uow.commit()
    assert _entries(shop.database) == kept
    _assert_fts_consistent(shop.paths)
    return kept


def test_a_sale_recorded_at_the_counter_is_indexed_as_a_rebuild_would(shop: Shop) -> None:
    """Recording a sale adds its own entries only (not the customer's whole index again): the same as
    a rebuild gives, the product entry moved to the newest item of that name, all searchable at once."""
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale

    def sell(serial: str | None, case: str = "Case") -> str:
        phone = SaleLineInput(description="Phone X", serial=serial, unit_price_minor=49_900)
        lines = (*([phone] if serial else []), SaleLineInput(description=case, unit_price_minor=1_990))
        details = record_sale(
            shop.database,
            SaleInput(customer_id=shop.zoe, sale_date=date(2026, 3, 2), lines=lines),
            date(2026, 3, 2),
        )
        return details.number_text

    first, second = sell("SN-FIRST-1"), sell("SN-SECOND-2")
    kept = _assert_as_rebuilt(shop)
    assert search(shop.database, "snsecond2")[0].label.startswith("Phone X")
    assert {h.kind for h in search(shop.database, first)} == {"sale"}
    products = [e for e in kept if e[0] == shop.zoe and e[1] == "product" and e[4] == "Phone X"]
    assert len(products) == 1 and second in products[0][3]  # the newest phone is what a hit opens
    # a case alone, named in capitals: the case entry moves to it, the phone's stays on the second sale
    third = sell(None, case="CASE")
    kept = _assert_as_rebuilt(shop)
    mine = {e[4]: e[3] for e in kept if e[0] == shop.zoe and e[1] == "product"}
    assert third in mine["CASE"] and "Case" not in mine and second in mine["Phone X"]


def test_two_long_product_names_alike_in_their_first_320_folded_letters_keep_their_own_entries(
    shop: Shop,
) -> None:
    """Folding lengthens "ß" to "ss": two names of 201 characters fold to 402, and the index keeps only
    the first 320, the same for both. Selling one again must not take the other's entry away."""
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale

    first, second = "ß" * 200 + "A", "ß" * 200 + "B"
    for name in (first, second, first):
        record_sale(
            shop.database,
            SaleInput(
                customer_id=shop.zoe,
                sale_date=date(2026, 3, 2),
                lines=(SaleLineInput(description=name, unit_price_minor=100),),
            ),
            date(2026, 3, 2),
        )
    kept = _assert_as_rebuilt(shop)
    assert {first, second} <= {e[4] for e in kept if e[0] == shop.zoe and e[1] == "product"}


@pytest.mark.postgres
def test_two_workstations_editing_one_customer_leave_no_stale_hits(pg_paths: AppPaths) -> None:
    """One renames, the other changes the phone, at the same moment: both changes are searchable and
    neither the old name nor the old number is (the second re-index waits for the first commit)."""
    opened = open_database(pg_paths)
    with opened.database.writing() as uow:
        customer = Customer(name="Zoë Øster")
        customer.phones.append(CustomerPhone(number_raw="06 12 34 56 78", number_normalized="+33612345678"))
        uow.session.add(customer)
        uow.commit()
    failures: list[BaseException] = []

    def other_workstation() -> None:
        try:
            with opened.database.writing() as uow:
                phone = uow.session.scalars(select(CustomerPhone)).one()
                phone.number_raw, phone.number_normalized = "07 99 88 77 66", "+33799887766"
                uow.commit()
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    with opened.database.writing() as uow:
        first = uow.session.scalars(select(Customer)).one()
        first.name = "Zora Nowak"
        uow.session.flush()
        thread = threading.Thread(target=other_workstation)
        thread.start()
        thread.join(timeout=1.0)
        assert thread.is_alive(), "the second re-index should wait for the first to commit"
        uow.commit()
    thread.join(timeout=30)
    assert not failures and not thread.is_alive()
    assert search(opened.database, "zoe") == () and search(opened.database, "56 78") == ()
    assert _first(opened.database, "zora").ref_id == _first(opened.database, "88 77").ref_id
    opened.close()


# ---------------------------------------------------------------------------------------- hostile


def test_hostile_text_never_raises_and_finds_what_was_saved(shop: Shop, hostile_lines: list[str]) -> None:
    names = [line[:200] for line in hostile_lines if line.strip()]
    ids = []
    with shop.database.writing() as uow:
        for name in names:
            customer = Customer(name=name, email=name[:320])
            uow.session.add(customer)
            uow.session.flush()
            ids.append(customer.id)
        uow.commit()
    for line in hostile_lines:
        search(shop.database, line)
        search(shop.database, line, include_archived=True)
        resolve_exact(shop.database, line)
    for name, customer_id in zip(names, ids, strict=True):
        typed = name[:40]
        if typed.strip():
            assert customer_id in _customers(shop.database, typed), typed
    for syntax in FTS_SYNTAX:
        search(shop.database, syntax)
        resolve_exact(shop.database, syntax)
    # LIKE wildcards are plain characters: "1_0" and "1%%0" do not find "100% _underscore_ ...".
    assert search(shop.database, "1_0") == () and search(shop.database, "1%%0") == ()
    _assert_fts_consistent(shop.paths)


# ---------------------------------------------------------------------------------- upgrades, demo


def test_upgrading_the_0001_golden_database_fills_the_index(tmp_path: Path) -> None:
    work = tmp_path / "crm.sqlite3"
    shutil.copy(GOLDEN / "0001.sqlite3", work)
    paths = resolve(db=str(work))
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        with opened.database.reading() as uow:
            customers = uow.session.execute(select(Customer.id, Customer.name, Customer.archived)).all()
            sale = uow.session.execute(select(Sale.id, Sale.number).order_by(Sale.number)).first()
        migrated = _entries(opened.database)
        assert {kind for _, kind, *_ in migrated} >= {"customer", "email", "phone", "serial", "sale", "job"}
        assert len({cid for cid, *_ in migrated}) == len(customers)
        # What the migration made is what the app itself would make.
        with opened.database.writing() as uow:
            search_index.rebuild(uow.session)
            uow.commit()
        assert _entries(opened.database) == migrated
        target = next(c for c in customers if not c.archived)
        assert target.id in _customers(opened.database, target.name)
        assert sale is not None
        found = resolve_exact(opened.database, f"S-{sale.number:04d}")
        assert found is not None and found.ref_id == sale.id
    finally:
        opened.close()
    _assert_fts_consistent(paths)


def test_the_demo_shop_is_searchable(tmp_path: Path) -> None:
    opened = open_database(resolve(db=str(tmp_path / "demo.sqlite3")), lock=False, daily_backup=False)
    try:
        fill_demo(opened.database, customers=30, seed=3, today=date(2026, 1, 15))
        filled = _entries(opened.database)
        with opened.database.writing() as uow:
            search_index.rebuild(uow.session)
            uow.commit()
        assert _entries(opened.database) == filled and filled
        job = resolve_exact(opened.database, "J-0001")
        assert job is not None and job.kind == "job"
    finally:
        opened.close()


# -------------------------------------------------------------------------------------------- CLI


def test_cli_search_prints_json_and_says_when_nothing_matches(
    shared: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    where = database_option(shared.paths)

    def crm(*args: str) -> str:
        assert main(["search", *args, *where]) == 0
        return capsys.readouterr().out

    hits = json.loads(crm("zoë", "--json"))
    assert hits[0] == {
        "kind": "customer",
        "id": shared.zoe,
        "customer_id": shared.zoe,
        "label": "Zoë Øster-Łukasiewicz · Øster Cykler ApS",
        "why": "name Zoë Øster-Łukasiewicz",
        "exact": False,
    }
    assert [hit["id"] for hit in json.loads(crm("j42", "--json"))][:1] == [shared.job]
    assert crm("J-0042").splitlines() == [  # the number people see, never the row id
        "job  J-0042 · Samsung Galaxy S21 · Ready · Jean Dupont  (job J-0042)"
    ]
    assert crm("lovelace").strip() == "No matches."
    assert json.loads(crm("lovelace", "--json")) == []
    assert "Ada Lovelace · archived" in crm("lovelace", "--archived")


def test_cli_search_runs_as_a_command(db_paths: AppPaths) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    _fill(opened.database, db_paths)
    opened.close()
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "search", "06 12 34", *database_option(db_paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "(phone +33 6 12 34 56 78)" in result.stdout


def test_cli_search_without_a_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zoe", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


# ---------------------------------------------------------------------------------------- helpers


def _entries(database: Database) -> list[tuple[int, str, int, str, str, str, bool]]:
    """The index's content, without its ids."""
    with database.reading() as uow:
        rows = uow.session.execute(
            select(
                SearchEntry.customer_id,
                SearchEntry.kind,
                SearchEntry.ref_id,
                SearchEntry.label,
                SearchEntry.detail,
                SearchEntry.folded,
                SearchEntry.archived,
            )
        ).all()
    return sorted(tuple(row) for row in rows)  # type: ignore[misc]


def _assert_fts_consistent(paths: AppPaths) -> None:
    """SQLite: the FTS5 index holds exactly search_entry's rows (FK cascades and rollbacks included)."""
    if paths.db_file is None:
        return
    conn = sqlite3.connect(paths.db_file)
    try:
        # https://www.sqlite.org/fts5.html#the_integrity_check_command: with rank 1, also checks that
        # the index matches the external content table.
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()
