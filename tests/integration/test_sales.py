"""Recording sales on a real database: numbers, warranty dates, the follow-ups the plans schedule, voids,
date corrections, and what is refused (with nothing saved)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlalchemy import func, select

from crm_desktop.domain.enums import FollowUpKind, FollowUpStatus, SaleStatus, StaffRole
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.services.catalogue import (
    CategoryInput,
    ProductInput,
    create_category,
    create_product,
    ensure_default_plans,
)
from crm_desktop.services.sales import (
    SaleInput,
    SaleLineInput,
    get_sale,
    record_sale,
    update_sale_date,
    void_sale,
)
from crm_desktop.services.search import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, Customer, FollowUp, Sale, SaleItem, Staff, StaffRoleGrant
from crm_desktop.storage.startup import OpenedDatabase, open_database

TODAY = date(2026, 3, 15)


@dataclass(frozen=True)
class Shop:
    database: Database
    customer: int
    owner: int
    seller: int
    technician: int
    phone: int  # 24 months (category), serial required, standard plan (category)
    case: int  # no warranty of its own (0), same plan
    cable: int  # no plan, no warranty


def _shop(database: Database) -> Shop:
    with database.writing() as uow:
        staff = [
            Staff(name="Olga Owner", roles=[StaffRoleGrant(role=StaffRole.OWNER)]),
            Staff(name="Sam Seller", roles=[StaffRoleGrant(role=StaffRole.SALES)]),
            Staff(name="Tim Tech", roles=[StaffRoleGrant(role=StaffRole.TECHNICIAN)]),
        ]
        customer = Customer(name="Zoë Øster")
        uow.session.add_all([*staff, customer])
        uow.session.flush()
        ids = [s.id for s in staff]
        customer_id = customer.id
        uow.commit()
    plan = ensure_default_plans(database)
    assert plan is not None
    phones = create_category(
        database, CategoryInput(name="Phones", default_warranty_months=24, default_plan_id=plan.id)
    )
    phone = create_product(
        database,
        ProductInput(
            sku="PH-1", name="Phone One", category_id=phones.id, price_minor=49900, serial_required=True
        ),
    )
    case = create_product(
        database,
        ProductInput(
            sku="PH-CASE",
            name="Phone case",
            category_id=phones.id,
            price_minor=1990,
            default_warranty_months=0,
        ),
    )
    cable = create_product(database, ProductInput(sku="CB", name="Cable", price_minor=990))
    return Shop(database, customer_id, ids[0], ids[1], ids[2], phone.id, case.id, cable.id)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shop(request: pytest.FixtureRequest) -> Iterator[Shop]:
    if request.param == "sqlite":
        opened: OpenedDatabase = request.getfixturevalue("opened")
        yield _shop(opened.database)
        return
    paths: AppPaths = request.getfixturevalue("pg_paths")
    server = open_database(paths)
    try:
        yield _shop(server.database)
    finally:
        server.close()


@pytest.fixture
def lite(opened: OpenedDatabase) -> Shop:
    return _shop(opened.database)


def _phone_sale(shop: Shop, *serials: str, **changes: object) -> SaleInput:
    lines = tuple(SaleLineInput(product_id=shop.phone, serial=s) for s in serials)
    values: dict[str, object] = {
        "customer_id": shop.customer,
        "sale_date": TODAY,
        "staff_id": shop.seller,
        "lines": lines,
    }
    values.update(changes)
    return SaleInput(**values)  # type: ignore[arg-type]


def _count(database: Database, model: type[object]) -> int:
    with database.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_sale_schedules_its_follow_ups(shop: Shop) -> None:
    sale = record_sale(shop.database, _phone_sale(shop, " 356938035643809 "), TODAY)
    assert sale.number_text == "S-0001"
    assert sale.customer_name == "Zoë Øster"
    (line,) = sale.lines
    assert line.serial == "356938035643809"
    assert (line.warranty_start, line.warranty_end) == (date(2026, 3, 15), date(2028, 3, 14))
    assert sale.total_minor == 49900
    got = [(f.kind, f.due_date, f.assignee_id, f.occurrence) for f in sale.follow_ups]
    assert got == [
        (FollowUpKind.CALL, date(2026, 3, 18), shop.seller, 1),
        (FollowUpKind.SATISFACTION, date(2026, 4, 14), shop.seller, 1),
        (FollowUpKind.SERVICE_REMINDER, date(2027, 3, 15), shop.technician, 1),
        (FollowUpKind.WARRANTY_NOTICE, date(2028, 2, 13), shop.seller, 1),
        (FollowUpKind.SERVICE_REMINDER, date(2028, 3, 15), shop.technician, 2),
        (FollowUpKind.SERVICE_REMINDER, date(2029, 3, 15), shop.technician, 3),
        (FollowUpKind.SERVICE_REMINDER, date(2030, 3, 15), shop.technician, 4),
        (FollowUpKind.SERVICE_REMINDER, date(2031, 3, 15), shop.technician, 5),
    ]
    warranty = [f for f in sale.follow_ups if f.kind is FollowUpKind.WARRANTY_NOTICE]
    assert warranty[0].sale_item_id == line.id
    assert all(f.sale_item_id is None for f in sale.follow_ups if f.kind is not FollowUpKind.WARRANTY_NOTICE)
    assert all(f.plan_step_id is not None and f.status is FollowUpStatus.OPEN for f in sale.follow_ups)
    assert get_sale(shop.database, sale.id) == sale
    hits = search(shop.database, "S-0001")
    assert hits and hits[0].kind == "sale" and hits[0].ref_id == sale.id
    assert search(shop.database, "356938035643809")[0].ref_id == line.id


def test_items_sharing_a_plan_schedule_it_once(lite: Shop) -> None:
    data = _phone_sale(
        lite,
        "SN-A",
        "SN-B",
        lines=(
            SaleLineInput(product_id=lite.phone, serial="SN-A"),
            SaleLineInput(product_id=lite.phone, serial="SN-B"),
            SaleLineInput(product_id=lite.case, quantity=2),
            SaleLineInput(product_id=lite.cable),
        ),
    )
    sale = record_sale(lite.database, data, TODAY)
    kinds = [f.kind for f in sale.follow_ups]
    assert kinds.count(FollowUpKind.CALL) == 1
    assert kinds.count(FollowUpKind.SATISFACTION) == 1
    assert kinds.count(FollowUpKind.SERVICE_REMINDER) == 5
    assert kinds.count(FollowUpKind.WARRANTY_NOTICE) == 1  # both phones end on the same day; case has none
    assert sale.total_minor == 2 * 49900 + 2 * 1990 + 990


def test_distinct_warranty_ends_each_get_their_notice(lite: Shop) -> None:
    data = _phone_sale(
        lite,
        lines=(
            SaleLineInput(product_id=lite.phone, serial="SN-A"),
            SaleLineInput(
                product_id=lite.phone,
                serial="SN-B",
                warranty_end=date(2029, 3, 14),
                warranty_override_reason="Extended warranty bought",
            ),
        ),
    )
    sale = record_sale(lite.database, data, TODAY)
    notices = [
        (f.due_date, f.sale_item_id) for f in sale.follow_ups if f.kind is FollowUpKind.WARRANTY_NOTICE
    ]
    assert notices == [(date(2028, 2, 13), sale.lines[0].id), (date(2029, 2, 12), sale.lines[1].id)]


def test_serial_rules_refuse_and_save_nothing(lite: Shop) -> None:
    record_sale(lite.database, _phone_sale(lite, "IMEI-1"), TODAY)
    before = {m: _count(lite.database, m) for m in (Sale, SaleItem, FollowUp)}
    with pytest.raises(FieldErrors) as missing:
        record_sale(lite.database, _phone_sale(lite, "   "), TODAY)
    assert "needs its serial" in missing.value.errors["line 1"]
    with pytest.raises(FieldErrors) as twice:
        record_sale(lite.database, _phone_sale(lite, " imei-1 "), TODAY)
    assert "already sold on sale S-0001" in twice.value.errors["line 1"]
    with pytest.raises(FieldErrors) as same_sale:
        record_sale(lite.database, _phone_sale(lite, "X-9", "X-9"), TODAY)
    assert "twice" in same_sale.value.errors["line 2"]
    assert {m: _count(lite.database, m) for m in (Sale, SaleItem, FollowUp)} == before
    # The next sale still gets the next number: refused attempts gave theirs back.
    assert record_sale(lite.database, _phone_sale(lite, "IMEI-2"), TODAY).number_text == "S-0002"


def test_a_voided_sale_frees_its_serial(lite: Shop) -> None:
    first = record_sale(lite.database, _phone_sale(lite, "IMEI-1"), TODAY)
    void_sale(lite.database, first.id, "Entered on the wrong customer", TODAY)
    assert record_sale(lite.database, _phone_sale(lite, "IMEI-1"), TODAY).number_text == "S-0002"


def test_other_refusals(lite: Shop) -> None:
    cases: list[tuple[SaleInput, str]] = [
        (_phone_sale(lite, lines=()), "lines"),
        (_phone_sale(lite, customer_id=9999, lines=(SaleLineInput(product_id=lite.cable),)), "customer_id"),
        (_phone_sale(lite, lines=(SaleLineInput(product_id=lite.cable, quantity=0),)), "line 1"),
        (_phone_sale(lite, lines=(SaleLineInput(product_id=lite.cable, unit_price_minor=-1),)), "line 1"),
        (_phone_sale(lite, lines=(SaleLineInput(description="Repair kit"),)), "line 1"),  # no price
        (
            _phone_sale(lite, sale_date=date(2026, 3, 16), lines=(SaleLineInput(product_id=lite.cable),)),
            "sale_date",
        ),
    ]
    for data, key in cases:
        with pytest.raises(FieldErrors) as caught:
            record_sale(lite.database, data, TODAY)
        assert key in caught.value.errors, (data, caught.value.errors)
    with lite.database.writing() as uow:
        customer = uow.session.get(Customer, lite.customer)
        assert customer is not None
        customer.archived = True
        customer.archived_at = customer.created_at
        uow.commit()
    with pytest.raises(FieldErrors, match="archived"):
        record_sale(lite.database, _phone_sale(lite, "SN-1"), TODAY)
    assert _count(lite.database, Sale) == 0


def test_warranty_override_needs_a_reason_and_is_audited(shop: Shop) -> None:
    line = SaleLineInput(product_id=shop.phone, serial="SN-1", warranty_end=date(2029, 3, 14))
    with pytest.raises(FieldErrors, match="give the reason"):
        record_sale(shop.database, _phone_sale(shop, lines=(line,)), TODAY)
    assert _count(shop.database, Sale) == 0
    reason = "Extended warranty: one more year"
    sale = record_sale(
        shop.database, _phone_sale(shop, lines=(replace(line, warranty_override_reason=reason),)), TODAY
    )
    assert sale.lines[0].warranty_end == date(2029, 3, 14)
    assert sale.lines[0].warranty_override_reason == reason
    with shop.database.reading() as uow:
        audit = [
            (a.entity_id, a.action, a.field, a.old_value, a.new_value, a.reason)
            for a in uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "sale_item"))
        ]
    assert audit == [
        (sale.lines[0].id, "warranty_override", "warranty_end", "2028-03-14", "2029-03-14", reason)
    ]


def test_proposed_dates_given_back_are_not_an_override(lite: Shop) -> None:
    line = SaleLineInput(
        product_id=lite.phone,
        serial="SN-1",
        warranty_start=TODAY,
        warranty_end=date(2028, 3, 14),
        warranty_override_reason="  ",
    )
    sale = record_sale(lite.database, _phone_sale(lite, lines=(line,)), TODAY)
    assert sale.lines[0].warranty_override_reason is None
    with lite.database.reading() as uow:  # the sale's own "created" row, and no override
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert actions == ["created"]


def test_void_cancels_open_follow_ups_and_keeps_done_ones(shop: Shop) -> None:
    sale = record_sale(shop.database, _phone_sale(shop, "SN-1"), TODAY)
    thanks = sale.follow_ups[0]
    with shop.database.writing() as uow:
        row = uow.session.get(FollowUp, thanks.id)
        assert row is not None
        row.status = FollowUpStatus.DONE
        row.outcome = "Happy"
        uow.commit()
    with pytest.raises(FieldErrors):
        void_sale(shop.database, sale.id, "   ", TODAY)
    voided = void_sale(shop.database, sale.id, "Returned within 14 days", TODAY)
    assert voided.status is SaleStatus.VOID and voided.voided_at is not None
    assert voided.void_reason == "Returned within 14 days"
    with shop.database.reading() as uow:
        rows = uow.session.scalars(select(FollowUp).where(FollowUp.sale_id == sale.id)).all()
        uow.session.expunge_all()  # keep the loaded values after the unit of work closes
    done = [r for r in rows if r.id == thanks.id]
    assert [(r.status, r.outcome) for r in done] == [(FollowUpStatus.DONE, "Happy")]
    others = [r for r in rows if r.id != thanks.id]
    assert others and all(r.status is FollowUpStatus.CANCELLED for r in others)
    assert {r.outcome for r in others} == {"Sale S-0001 voided: Returned within 14 days"}
    with pytest.raises(ValidationError, match="already void"):
        void_sale(shop.database, sale.id, "again", TODAY)
    assert "void" in search(shop.database, "S-0001")[0].label


def test_date_change_shifts_open_follow_ups(lite: Shop) -> None:
    sale = record_sale(lite.database, _phone_sale(lite, "SN-1"), TODAY)
    thanks = sale.follow_ups[0]
    with lite.database.writing() as uow:
        row = uow.session.get(FollowUp, thanks.id)
        assert row is not None
        row.status = FollowUpStatus.DONE
        uow.commit()
    moved = update_sale_date(lite.database, sale.id, date(2026, 3, 10), TODAY)
    assert moved.sale_date == date(2026, 3, 10)
    assert (moved.lines[0].warranty_start, moved.lines[0].warranty_end) == (
        date(2026, 3, 10),
        date(2028, 3, 9),
    )
    before = {f.id: f.due_date for f in sale.follow_ups}
    shift = TODAY - date(2026, 3, 10)
    assert {f.id: f.due_date for f in moved.follow_ups} == {
        fid: due if fid == thanks.id else due - shift for fid, due in before.items()
    }
    with pytest.raises(FieldErrors):
        update_sale_date(lite.database, sale.id, date(2026, 3, 16), TODAY)


def test_numbers_follow_in_order(lite: Shop) -> None:
    numbers = [
        record_sale(
            lite.database, _phone_sale(lite, lines=(SaleLineInput(product_id=lite.cable),)), TODAY
        ).number_text
        for _ in range(3)
    ]
    assert numbers == ["S-0001", "S-0002", "S-0003"]


def test_a_sale_entered_late_schedules_no_overdue_follow_ups(lite: Shop) -> None:
    sale = record_sale(lite.database, _phone_sale(lite, "SN-1", sale_date=date(2026, 1, 15)), TODAY)
    assert min(f.due_date for f in sale.follow_ups) >= TODAY
    assert FollowUpKind.CALL not in {f.kind for f in sale.follow_ups}


def test_hostile_text_is_stored_exactly(lite: Shop, hostile_lines: list[str]) -> None:
    for n, text in enumerate(line for line in hostile_lines if line.strip()):
        description = text if len(text) <= 300 else text[:300]
        data = SaleInput(
            customer_id=lite.customer,
            sale_date=TODAY,
            notes=text,
            lines=(SaleLineInput(description=description, unit_price_minor=n, serial=f"H-{n}"),),
        )
        sale = record_sale(lite.database, data, TODAY)
        again = get_sale(lite.database, sale.id)
        assert again.notes == text
        assert again.lines[0].description == description
