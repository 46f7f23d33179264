"""The sample shop (``crm-desktop demo``): reproducible, believable, consistent, and only in an empty file."""

from __future__ import annotations

import re
import sqlite3
import time
from calendar import monthrange
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.enums import RequestStatus
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, format_number
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.requests import DEFAULT_KINDS
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.services.demo import DemoSummary, fill_demo
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import open_database

TODAY = date(2025, 6, 15)
MIDNIGHT = "2025-06-15 00:00:00"  # how SQLite stores the first instant of TODAY in UTC


def _fill(path: Path, *, customers: int = 60, seed: int = 1, today: date = TODAY) -> DemoSummary:
    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    try:
        return fill_demo(opened.database, customers=customers, seed=seed, today=today)
    finally:
        opened.close()


def _dump(path: Path) -> str:
    """Every table, every column, in a canonical text form.

    Statements, and the constraints inside a CREATE TABLE, are sorted: Alembic's batch mode (SQLite's
    copy-and-move ALTER) writes constraints and indexes in an order that varies from run to run, which
    says nothing about the data."""
    con = sqlite3.connect(path)
    try:
        return "\n".join(sorted(_canonical(line) for line in con.iterdump()))
    finally:
        con.close()


def _canonical(statement: str) -> str:
    if not statement.startswith("CREATE TABLE"):
        return statement
    head, _, body = statement.partition("(")
    parts = [part.strip() for part in body.rsplit(")", 1)[0].split(", \n")]
    columns = [p for p in parts if not p.startswith("CONSTRAINT")]
    constraints = sorted(p for p in parts if p.startswith("CONSTRAINT"))
    return head + "(" + ", ".join(columns + constraints) + ")"


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """A 60-customer sample shop, read-only for the checks below."""
    path = tmp_path_factory.mktemp("demo") / "crm.sqlite3"
    _fill(path)
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    yield con
    con.close()


def _rows(con: sqlite3.Connection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return con.execute(sql, args).fetchall()


def _one(con: sqlite3.Connection, sql: str, *args: Any) -> Any:
    return con.execute(sql, args).fetchone()[0]


def _luhn_ok(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _plus_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


# --------------------------------------------------------------------------------------- reproducible


def test_the_same_seed_and_day_give_the_same_file(tmp_path: Path) -> None:
    first = _fill(tmp_path / "a.sqlite3")
    second = _fill(tmp_path / "b.sqlite3")
    assert first == second
    assert _dump(tmp_path / "a.sqlite3") == _dump(tmp_path / "b.sqlite3")


def test_another_seed_gives_another_shop(tmp_path: Path) -> None:
    _fill(tmp_path / "a.sqlite3", seed=1)
    _fill(tmp_path / "b.sqlite3", seed=2)
    names = []
    for name in ("a", "b"):
        con = sqlite3.connect(tmp_path / f"{name}.sqlite3")
        names.append([row[0] for row in con.execute("SELECT name FROM customer ORDER BY id")])
        con.close()
    assert names[0] != names[1]
    assert _dump(tmp_path / "a.sqlite3") != _dump(tmp_path / "b.sqlite3")


_STAMP = re.compile(r"^\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d\.\d{6})?$")


def test_another_today_only_moves_the_dates(tmp_path: Path) -> None:
    """A week later, the same shop: every date a week later, every other value the same.

    Only the dates counted in calendar months may move differently (a warranty bought on the 31st ends
    on the last day of a shorter month), so those two columns are compared loosely.
    """
    _fill(tmp_path / "a.sqlite3")
    _fill(tmp_path / "b.sqlite3", today=TODAY + timedelta(days=7))
    week = timedelta(days=7)

    def parse(value: Any) -> Any:
        if isinstance(value, str) and _STAMP.match(value):
            return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
        return value

    def back(value: Any) -> Any:
        parsed = parse(value)
        return parsed - week if isinstance(parsed, date) else parsed

    loose = {("sale_item", "warranty_end"), ("follow_up", "due_date")}
    a, b = sqlite3.connect(tmp_path / "a.sqlite3"), sqlite3.connect(tmp_path / "b.sqlite3")
    tables = [row[0] for row in a.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "customer" in tables and "follow_up" in tables
    for table in tables:
        if table == "setting" or table.startswith("search_fts"):
            continue  # stamped with the day the sample was made; the FTS5 index mirrors search_entry
        columns = [row[1] for row in a.execute(f"PRAGMA table_info({table})")]
        rows_a = a.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        rows_b = b.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        assert len(rows_a) == len(rows_b), table
        for row_a, row_b in zip(rows_a, rows_b, strict=True):
            for column, value_a, value_b in zip(columns, row_a, row_b, strict=True):
                if (table, column) in loose and value_a is not None:
                    moved = date.fromisoformat(value_b) - date.fromisoformat(value_a)
                    assert timedelta(days=3) <= moved <= timedelta(days=11), (table, column)
                else:
                    assert parse(value_a) == back(value_b), (table, column)
    a.close()
    b.close()


# -------------------------------------------------------------------------------------------- refusal


@pytest.mark.sqlite_only
def test_a_database_with_customers_is_refused_and_left_alone(db_paths: AppPaths) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        with opened.database.writing() as uow:
            uow.session.add(Customer(name="Ana Real Customer"))
            uow.commit()
        with pytest.raises(UserFacingError, match="empty database"):
            fill_demo(opened.database, customers=10, today=TODAY)
    finally:
        opened.close()
    assert db_paths.db_file is not None
    con = sqlite3.connect(db_paths.db_file)
    assert _rows(con, "SELECT name FROM customer") == [("Ana Real Customer",)]
    for table in ("staff", "product", "sale", "setting", "follow_up_plan"):
        assert _one(con, f"SELECT count(*) FROM {table}") == 0, table
    con.close()


@pytest.mark.parametrize("customers", [0, -5, 1_000_001])
def test_impossible_sizes_are_refused(db_paths: AppPaths, customers: int) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        with pytest.raises(UserFacingError, match="between 1 and"):
            fill_demo(opened.database, customers=customers, today=TODAY)
    finally:
        opened.close()


def test_a_one_customer_shop_works(db_paths: AppPaths) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        summary = fill_demo(opened.database, customers=1, today=TODAY)
    finally:
        opened.close()
    assert summary.customers == 1 and summary.sales >= 1


# --------------------------------------------------------------------------------------- the content


def test_the_file_is_sound(shop: sqlite3.Connection) -> None:
    assert _rows(shop, "PRAGMA foreign_key_check") == []
    assert _one(shop, "PRAGMA integrity_check") == "ok"


def test_counts_fit_the_size_of_the_shop(shop: sqlite3.Connection) -> None:
    tables = {
        "customer": (60, 60),
        "staff": (6, 6),
        "sale": (60, 400),
        "sale_item": (80, 900),
        "follow_up": (150, 3000),
        "service_job": (5, 100),
        "promise": (5, 200),
        "promise_change": (3, 300),
        "interaction": (200, 4000),
        "audit_entry": (10, 1000),
        "customer_request": (17, 40),  # the showcase's 17, and a few more
    }
    for table, (fewest, most) in tables.items():
        assert fewest <= _one(shop, f"SELECT count(*) FROM {table}") <= most, table
    assert _one(shop, "SELECT count(*) FROM staff WHERE NOT active") == 1
    assert {role for (role,) in _rows(shop, "SELECT role FROM staff_role")} == {
        "owner",
        "sales",
        "technician",
    }
    childless = (
        "SELECT count(*) FROM sale s WHERE NOT EXISTS (SELECT 1 FROM sale_item i WHERE i.sale_id = s.id)"
    )
    assert _one(shop, childless) == 0


def test_numbers_follow_the_dates_and_the_sequences(shop: sqlite3.Connection) -> None:
    for table, order, name in (
        ("sale", "sale_date, created_at", "sale"),
        ("service_job", "received_at", "job"),
    ):
        numbers = [n for (n,) in _rows(shop, f"SELECT number FROM {table} ORDER BY {order}, id")]
        assert numbers == list(range(1, len(numbers) + 1)), table
        assert _one(shop, "SELECT last_value FROM number_sequence WHERE name = ?", name) == len(numbers)


def test_serials_are_unique_and_imeis_pass_luhn(shop: sqlite3.Connection) -> None:
    sold = [s for (s,) in _rows(shop, "SELECT serial FROM sale_item WHERE serial IS NOT NULL")]
    assert len(sold) == len(set(sold)) > 20
    others = _rows(
        shop,
        "SELECT unit_serial FROM service_job WHERE sale_item_id IS NULL AND unit_serial IS NOT NULL "
        "UNION ALL SELECT replacement_serial FROM service_job WHERE replacement_serial IS NOT NULL",
    )
    everything = sold + [s for (s,) in others]
    assert len(everything) == len(set(everything))
    imeis = _rows(
        shop,
        "SELECT i.serial FROM sale_item i JOIN product p ON p.id = i.product_id "
        "JOIN product_category c ON c.id = p.category_id WHERE c.name = 'Phones'",
    )
    assert len(imeis) > 5
    for (imei,) in imeis:
        assert re.fullmatch(r"\d{15}", imei) and _luhn_ok(imei), imei
    serial_required = (
        "SELECT serial FROM sale_item i JOIN product p ON p.id = i.product_id WHERE p.serial_required"
    )
    for (serial,) in _rows(shop, serial_required):
        assert serial is not None and re.fullmatch(r"[0-9A-Z]{8,20}", serial)


def test_warranties_run_from_the_sale_for_the_products_months(shop: sqlite3.Connection) -> None:
    rows = _rows(
        shop,
        "SELECT s.sale_date, i.warranty_start, i.warranty_end, i.warranty_override_reason, "
        "COALESCE(p.default_warranty_months, c.default_warranty_months) "
        "FROM sale_item i JOIN sale s ON s.id = i.sale_id JOIN product p ON p.id = i.product_id "
        "JOIN product_category c ON c.id = p.category_id",
    )
    assert rows
    for sale_date, start, end, override, months in rows:
        if months == 0:
            assert start is None and end is None
            continue
        assert start == sale_date and end > start
        if override is None:
            # The app's rule (domain/warranty): the day before the same date `months` later.
            expected = _plus_months(date.fromisoformat(start), months) - timedelta(days=1)
            assert date.fromisoformat(end) == expected


def test_follow_ups_are_spread_around_today(shop: sqlite3.Connection) -> None:
    when = "CASE WHEN due_date < ? THEN ':past' ELSE ':future' END"
    by_status = dict(
        _rows(shop, f"SELECT status || {when}, count(*) FROM follow_up GROUP BY 1", TODAY.isoformat())
    )
    assert by_status.get("open:past", 0) > 0  # overdue calls to make
    assert by_status.get("open:future", 0) > 0
    assert by_status.get("done:past", 0) > by_status.get("skipped:past", 0) > 0
    assert "done:future" not in by_status and "skipped:future" not in by_status
    kinds = {kind for (kind,) in _rows(shop, "SELECT DISTINCT kind FROM follow_up")}
    assert {"call", "satisfaction", "warranty_notice", "service_reminder"} <= kinds
    # every completed follow-up has the contact that completed it
    assert (
        _one(
            shop,
            "SELECT count(*) FROM follow_up f WHERE f.status = 'done' AND NOT EXISTS "
            "(SELECT 1 FROM interaction i WHERE i.follow_up_id = f.id)",
        )
        == 0
    )
    rated = "SELECT count(*) FROM follow_up WHERE satisfaction IS NOT NULL AND kind <> 'satisfaction'"
    assert _one(shop, rated) == 0
    assert _one(shop, "SELECT count(*) FROM follow_up WHERE status = 'done' AND completed_at IS NULL") == 0


def test_promises_slip_with_a_reason_each_time(shop: sqlite3.Connection) -> None:
    slipped = _rows(shop, "SELECT promise_id FROM promise_change GROUP BY promise_id HAVING count(*) >= 2")
    assert slipped
    for old, new, reason in _rows(shop, "SELECT old_date, new_date, reason FROM promise_change"):
        assert old != new and reason.strip()
    # the last change lands on the promise's date; the first starts from the original date
    for promise_id, original, due in _rows(shop, "SELECT id, original_due_date, due_date FROM promise"):
        changes = _rows(
            shop,
            "SELECT old_date, new_date FROM promise_change WHERE promise_id = ? ORDER BY changed_at",
            promise_id,
        )
        if changes:
            assert changes[0][0] == original and changes[-1][1] == due
            assert all(a[1] == b[0] for a, b in pairwise(changes))
        else:
            assert original == due
    statuses = {status for (status,) in _rows(shop, "SELECT DISTINCT status FROM promise")}
    assert {"open", "kept"} <= statuses
    unpromised = (
        "SELECT count(*) FROM service_job j WHERE NOT EXISTS "
        "(SELECT 1 FROM promise p WHERE p.job_id = j.id AND p.kind = 'job_ready')"
    )
    assert _one(shop, unpromised) == 0
    assert _one(shop, "SELECT count(*) FROM audit_entry WHERE entity = 'promise'") == _one(
        shop, "SELECT count(*) FROM promise_change"
    )


def test_jobs_are_consistent(shop: sqlite3.Connection) -> None:
    closed = _rows(
        shop, "SELECT status, closed_at FROM service_job WHERE status IN ('collected', 'cancelled')"
    )
    assert closed and all(closed_at is not None for _, closed_at in closed)
    open_but_closed = (
        "SELECT count(*) FROM service_job "
        "WHERE status NOT IN ('collected', 'cancelled') AND closed_at IS NOT NULL"
    )
    assert _one(shop, open_but_closed) == 0
    for sale_item_id, serial, item_serial, status, decision in _rows(
        shop,
        "SELECT j.sale_item_id, j.unit_serial, i.serial, j.warranty_status, j.warranty_decision "
        "FROM service_job j LEFT JOIN sale_item i ON i.id = j.sale_item_id",
    ):
        if sale_item_id is None:
            assert status in ("not_sold_here", "unknown") and decision == "billable"
        else:
            assert serial == item_serial and status in ("covered", "expired")
        if decision == "covered":
            assert status == "covered"
    for start, end in _rows(shop, "SELECT scheduled_start, scheduled_end FROM visit"):
        assert end >= start
    assert _one(shop, "SELECT count(*) FROM visit WHERE on_site AND address IS NULL") == 0
    miscovered = (
        "SELECT count(*) FROM job_line l JOIN service_job j ON j.id = l.job_id "
        "WHERE l.covered_by_warranty <> (j.warranty_decision = 'covered')"
    )
    assert _one(shop, miscovered) == 0
    assert _one(shop, "SELECT count(*) FROM audit_entry WHERE entity = 'service_job'") >= _one(
        shop, "SELECT count(*) FROM service_job WHERE status <> 'received'"
    )


# ------------------------------------------------------------------------------------------- requests


def test_the_request_kinds_are_the_default_list_with_the_lost_phone_procedure(
    shop: sqlite3.Connection,
) -> None:
    kinds = _rows(
        shop,
        "SELECT k.name, p.name, k.active FROM request_kind k LEFT JOIN procedure p ON p.id = k.procedure_id "
        "ORDER BY k.position",
    )
    assert kinds == [(name, procedure, 1) for name, procedure in DEFAULT_KINDS]
    assert ("Lost or stolen device", "Lost phone / duplicate SIM", 1) in kinds


def test_requests_of_every_kind_in_every_status(shop: sqlite3.Connection) -> None:
    held = _rows(
        shop,
        "SELECT k.name, r.status FROM customer_request r JOIN request_kind k ON k.id = r.kind_id",
    )
    assert {kind for kind, _ in held} == {name for name, _ in DEFAULT_KINDS}
    assert {status for _, status in held} == {str(s) for s in RequestStatus}
    # closed ones say when, by whom and how; live ones none of it (and a live one has an owner still here)
    for status, closed_at, closed_by, resolution, active in _rows(
        shop,
        "SELECT r.status, r.closed_at, r.closed_by_id, r.resolution, s.active "
        "FROM customer_request r JOIN staff s ON s.id = r.owner_id",
    ):
        if status in ("resolved", "cancelled"):
            assert closed_at is not None and closed_by is not None and resolution.strip()
        else:
            assert closed_at is None and closed_by is None and resolution is None and active
    assert _one(shop, "SELECT count(*) FROM customer_request WHERE trim(summary) = ''") == 0
    # the customer's words: not the same line for every request
    assert len({summary for (summary,) in _rows(shop, "SELECT summary FROM customer_request")}) > 12


def test_request_numbers_follow_the_dates_and_the_sequence(shop: sqlite3.Connection) -> None:
    numbers = [n for (n,) in _rows(shop, "SELECT number FROM customer_request ORDER BY opened_at, id")]
    assert numbers == list(range(1, len(numbers) + 1))
    assert _one(shop, "SELECT last_value FROM number_sequence WHERE name = 'request'") == len(numbers)
    # each can be found by its number, as staff type it
    indexed = dict(_rows(shop, "SELECT ref_id, detail FROM search_entry WHERE kind = 'request'"))
    expected = dict(_rows(shop, "SELECT id, number FROM customer_request"))
    assert indexed == {rid: format_number(REQUEST_PREFIX, n) for rid, n in expected.items()}


def test_every_request_move_is_audited_and_counts_as_an_action(shop: sqlite3.Connection) -> None:
    requests = _rows(shop, "SELECT id, status, opened_at, closed_at, last_action_at FROM customer_request")
    for rid, status, opened_at, closed_at, last_action_at in requests:
        entries = _rows(
            shop,
            "SELECT action, field, old_value, new_value, reason, at FROM audit_entry "
            "WHERE entity = 'customer_request' AND entity_id = ? ORDER BY at, id",
            rid,
        )
        created = [e for e in entries if e[0] == "created"]
        assert created == [("created", "status", None, "open", None, opened_at)]
        moves = [e for e in entries if e[0] in ("status_changed", "taken_in")]
        assert all(field == "status" and reason for _, field, _, _, reason, _ in moves)
        walked = "open"
        for _, _, old, new, _, _ in moves:
            assert old == walked and new != old
            walked = new
        assert walked == status, rid
        if closed_at is not None:
            assert moves[-1][5] == closed_at
        # the last action is the latest of its moves, contacts and ticks (nothing after it)
        contacts = [
            t for (t,) in _rows(shop, "SELECT occurred_at FROM interaction WHERE request_id = ?", rid)
        ]
        ticks = [
            t
            for (t,) in _rows(
                shop, "SELECT done_at FROM request_checklist_item WHERE request_id = ? AND done", rid
            )
        ]
        assert last_action_at == max([opened_at, *(e[5] for e in moves), *contacts, *ticks]), rid
    procedure = _rows(
        shop,
        "SELECT count(*) FROM audit_entry WHERE entity = 'customer_request' AND action = 'procedure_applied' "
        "AND new_value = 'Lost phone / duplicate SIM'",
    )
    lost = _rows(
        shop,
        "SELECT count(*) FROM customer_request r JOIN request_kind k ON k.id = r.kind_id "
        "WHERE k.name = 'Lost or stolen device'",
    )
    assert procedure == lost


def test_a_lost_phone_carries_the_procedures_checklist_ticked_as_far_as_it_got(
    shop: sqlite3.Connection,
) -> None:
    steps = [
        text
        for (text,) in _rows(
            shop,
            "SELECT s.text FROM procedure_step s JOIN procedure p ON p.id = s.procedure_id "
            "WHERE p.name = 'Lost phone / duplicate SIM' ORDER BY s.position",
        )
    ]
    ticked: dict[str, list[int]] = {}
    for rid, kind, status in _rows(
        shop,
        "SELECT r.id, k.name, r.status FROM customer_request r JOIN request_kind k ON k.id = r.kind_id",
    ):
        items = _rows(
            shop,
            "SELECT text, done, done_by_id, done_at FROM request_checklist_item WHERE request_id = ? "
            "ORDER BY position",
            rid,
        )
        if kind != "Lost or stolen device":
            assert items == []
            continue
        assert [text for text, *_ in items] == steps
        for _, done, done_by, done_at in items:
            assert (done_by is not None and done_at is not None) == bool(done)
        ticked.setdefault(status, []).append(sum(done for _, done, _, _ in items))
    assert ticked["resolved"] and all(n == len(steps) for n in ticked["resolved"])
    assert any(0 < n < len(steps) for n in ticked.get("waiting_third_party", []))


def test_request_promises_slip_once_twice_and_three_times(shop: sqlite3.Connection) -> None:
    moved = dict(
        _rows(
            shop,
            "SELECT p.id, count(c.id) FROM promise p LEFT JOIN promise_change c ON c.promise_id = p.id "
            "WHERE p.request_id IS NOT NULL GROUP BY p.id",
        )
    )
    assert {1, 2, 3} <= set(moved.values())
    slipped_open = _rows(
        shop,
        "SELECT p.id FROM promise p JOIN customer_request r ON r.id = p.request_id "
        "WHERE p.status = 'open' AND p.due_date <> p.original_due_date AND r.closed_at IS NULL",
    )
    assert slipped_open
    statuses = {s for (s,) in _rows(shop, "SELECT DISTINCT status FROM promise WHERE request_id IS NOT NULL")}
    assert {"open", "kept", "broken", "cancelled"} <= statuses
    # every move of a request's promise was a call to the customer about that request
    unexplained = (
        "SELECT count(*) FROM promise_change c JOIN promise p ON p.id = c.promise_id "
        "WHERE p.request_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM interaction i WHERE "
        "i.promise_id = p.id AND i.request_id = p.request_id AND i.occurred_at = c.changed_at)"
    )
    assert _one(shop, unexplained) == 0
    # a request's promise is made to the request's customer, when the request opens
    mismatched = (
        "SELECT count(*) FROM promise p JOIN customer_request r ON r.id = p.request_id "
        "WHERE p.customer_id <> r.customer_id OR p.promised_at < r.opened_at"
    )
    assert _one(shop, mismatched) == 0


def test_contacts_about_requests_go_both_ways(shop: sqlite3.Connection) -> None:
    directions = dict(
        _rows(shop, "SELECT direction, count(*) FROM interaction WHERE request_id IS NOT NULL GROUP BY 1")
    )
    assert directions.get("inbound", 0) > 0 and directions.get("outbound", 0) > 0
    # each request starts with the customer's own contact, in their words
    unheard = (
        "SELECT count(*) FROM customer_request r WHERE NOT EXISTS (SELECT 1 FROM interaction i "
        "WHERE i.request_id = r.id AND i.direction = 'inbound' AND i.occurred_at = r.opened_at "
        "AND i.summary = r.summary AND i.customer_id = r.customer_id)"
    )
    assert _one(shop, unheard) == 0


def test_a_live_request_sits_without_action_for_more_than_two_weeks(shop: sqlite3.Connection) -> None:
    idle = _rows(
        shop,
        "SELECT status FROM customer_request WHERE closed_at IS NULL AND last_action_at < ?",
        (TODAY - timedelta(days=15)).isoformat(),
    )
    assert len(idle) >= 2 and {status for (status,) in idle} >= {"open", "waiting_third_party"}


def test_a_complaint_became_a_service_job(shop: sqlite3.Connection) -> None:
    (row,) = _rows(
        shop,
        "SELECT r.status, r.resolution, r.closed_at, r.customer_id, j.customer_id, j.received_at, j.number, "
        "k.name FROM customer_request r JOIN service_job j ON j.id = r.job_id "
        "JOIN request_kind k ON k.id = r.kind_id",
    )
    status, resolution, closed_at, customer, job_customer, received_at, job_number, kind = row
    assert status == "resolved" and kind == "Complaint"
    assert resolution == f"Taken in for service as {format_number(JOB_PREFIX, job_number)}."
    assert customer == job_customer and closed_at == received_at
    taken_in = _rows(
        shop,
        "SELECT a.old_value, a.new_value, a.reason FROM audit_entry a JOIN customer_request r "
        "ON a.entity = 'customer_request' AND a.entity_id = r.id WHERE a.action = 'taken_in'",
    )
    assert taken_in == [("waiting_us", "resolved", resolution)]


def test_names_come_from_many_languages(shop: sqlite3.Connection) -> None:
    names = [name for (name,) in _rows(shop, "SELECT name FROM customer")]
    # Greek, Cyrillic, Arabic, Devanagari, kana, CJK ideographs, Hangul
    non_latin = re.compile(
        r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
    )
    assert any(non_latin.search(name) for name in names)
    assert any(re.search(r"[À-ž]", name) for name in names)
    assert len(set(names)) > 50
    assert _one(shop, "SELECT count(*) FROM customer WHERE kind = 'business' AND company IS NOT NULL") > 0
    # Phones are stored as typed and in E.164 read with the sample shop's country, as the app stores them.
    assert _one(shop, "SELECT value FROM setting WHERE key = 'shop.country'") == "BE"
    phones = _rows(shop, "SELECT number_raw, number_normalized FROM customer_phone")
    readable = 0
    for raw, normalized in phones:
        try:
            expected = normalize_phone(raw, "BE").e164
            readable += 1
        except UserFacingError:  # a foreign number written without its +country: kept as digits
            expected = ("+" if raw.startswith("+") else "") + "".join(ch for ch in raw if ch.isdigit())
        assert normalized == expected, raw
    assert readable > 0.8 * len(phones)


def test_nothing_claims_to_have_happened_after_today(shop: sqlite3.Connection) -> None:
    instants = {
        "customer": ("created_at", "updated_at", "archived_at"),
        "sale": ("created_at", "updated_at", "voided_at"),
        "follow_up": ("created_at", "updated_at", "completed_at"),
        "promise": ("promised_at", "resolved_at", "updated_at"),
        "promise_change": ("changed_at",),
        "service_job": ("received_at", "closed_at", "last_action_at", "updated_at"),
        "interaction": ("occurred_at",),
        "audit_entry": ("at",),
        "job_checklist_item": ("done_at",),
        "customer_request": ("opened_at", "closed_at", "last_action_at", "updated_at"),
        "request_checklist_item": ("done_at",),
    }
    for table, columns in instants.items():
        for column in columns:
            later = _one(shop, f"SELECT count(*) FROM {table} WHERE {column} >= ?", MIDNIGHT)
            assert later == 0, (table, column)
    assert _one(shop, "SELECT min(sale_date) FROM sale") >= (TODAY - timedelta(days=3 * 366)).isoformat()


def test_the_shop_says_it_is_sample_data(shop: sqlite3.Connection) -> None:
    settings = dict(_rows(shop, "SELECT key, value FROM setting"))
    assert "sample" in settings["business.name"].lower()
    assert settings["demo"] == "1" and settings["currency"] == "EUR"
    assert int(settings["cost_per_contact_minor"]) > 0


@pytest.mark.slow
def test_a_thousand_customers_take_seconds(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    start = time.perf_counter()
    summary = _fill(path, customers=1000, seed=7)
    elapsed = time.perf_counter() - start
    assert elapsed < 30, f"1,000 customers took {elapsed:.1f} s"
    con = sqlite3.connect(path)
    assert summary.customers == _one(con, "SELECT count(*) FROM customer") == 1000
    assert summary.interactions == _one(con, "SELECT count(*) FROM interaction")
    jobs = Counter(status for (status,) in _rows(con, "SELECT status FROM service_job"))
    assert jobs["collected"] > jobs["cancelled"] > 0
    open_states = {"received", "diagnosing", "waiting_parts", "waiting_customer", "repairing", "ready"}
    assert len(open_states & set(jobs)) >= 4
    assert (
        _one(con, "SELECT count(*) FROM promise WHERE status = 'open' AND due_date < ?", TODAY.isoformat())
        > 0
    )
    assert _one(con, "SELECT count(*) FROM promise WHERE status = 'broken'") > 0
    assert _one(con, "SELECT count(*) FROM visit WHERE status = 'scheduled'") > 0
    assert _one(con, "SELECT count(*) FROM service_job WHERE replacement_serial IS NOT NULL") > 0
    assert _one(con, "SELECT count(*) FROM follow_up WHERE kind = 'recovery'") > 0
    assert _one(con, "SELECT count(*) FROM sale WHERE status = 'void' AND void_reason IS NOT NULL") > 0
    assert _one(con, "SELECT count(*) FROM customer WHERE archived") > 0
    long_standing = "SELECT customer_id FROM sale GROUP BY customer_id HAVING count(*) >= 12"
    assert _one(con, f"SELECT count(*) FROM ({long_standing})") >= 10
    assert _rows(con, "PRAGMA foreign_key_check") == []
    con.close()


@pytest.mark.postgres
def test_the_sample_shop_fills_postgresql_and_the_app_can_add_to_it(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    try:
        summary = fill_demo(opened.database, customers=30, today=TODAY)
        with opened.database.writing() as uow:
            customer = Customer(name="Added after the demo")
            uow.session.add(customer)
            uow.session.flush()
            assert customer.id == summary.customers + 1
            uow.commit()
    finally:
        opened.close()
