"""Window benchmarks (run by `make bench`): the customer list's first paint at 100,000 customers against
a bare Qt table of the same size, the Sales page's first paint at 300,000 sales against the customer
list's, and the customer page load against the raw SQL it needs."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from tests.support import context_of

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench import CUSTOMERS, _paired, _report


def bench_list_first_paint(path: Path) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from crm_desktop.paths import resolve
    from crm_desktop.storage.startup import open_database
    from crm_desktop.ui.app import ensure_app
    from crm_desktop.ui.customers_page import CustomersPage

    ensure_app()
    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    rows = CUSTOMERS

    class Bare(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 6

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return "x" if role == Qt.ItemDataRole.DisplayRole else None

    def ours() -> None:
        page = CustomersPage(context_of(opened))
        page.resize(1100, 700)
        page.show()
        page.grab()  # the first paint, with the visible rows' data fetched
        page.close()
        page.deleteLater()

    def bare() -> None:
        view = QTableView()
        view.setModel(Bare())
        view.resize(1100, 700)
        view.show()
        view.grab()
        view.close()
        view.deleteLater()

    _report(f"customer list first paint ({rows:,} customers)", *_paired(5, ours, bare))
    opened.close()


SALES = 300_000


def _sales_shop(path: Path) -> Path:
    """A copy of the demo shop ``path`` with at least 300,000 sales, for the Sales page benchmark only.

    The 100,000-customer demo shop holds about 165,000 sales; the copy repeats them (same customers and
    sellers, new numbers, dated whole years earlier, without serials) until there are enough. Made once
    beside the demo shop and named after it, so a new demo shop makes a new copy."""
    import shutil

    target = path.with_name(f"sales-{SALES}-{path.stem}.sqlite3")
    if target.exists():
        return target
    for stale in path.parent.glob(f"sales-{SALES}-*"):
        stale.unlink()
    work = target.with_suffix(".partial")
    shutil.copyfile(path, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("BEGIN")
    years = 0
    while conn.execute("SELECT count(*) FROM sale").fetchone()[0] < SALES:
        years += 3
        (top_id, top_number, item_top) = conn.execute(
            "SELECT max(id), max(number), (SELECT max(id) FROM sale_item) FROM sale"
        ).fetchone()
        wanted = SALES - conn.execute("SELECT count(*) FROM sale").fetchone()[0]
        conn.execute(
            "INSERT INTO sale (id, number, customer_id, sale_date, staff_id, notes, status, voided_at, void_reason, created_at, updated_at) "
            "SELECT id + ?, number + ?, customer_id, date(sale_date, ?), staff_id, notes, status, voided_at, void_reason, created_at, updated_at "
            "FROM sale WHERE id <= ? ORDER BY id LIMIT ?",
            (top_id, top_number, f"-{years} years", top_id, wanted),
        )
        conn.execute(
            "INSERT INTO sale_item (id, sale_id, position, product_id, description, serial, quantity, unit_price_minor, warranty_start, warranty_end, warranty_override_reason) "
            "SELECT i.id + ?, i.sale_id + ?, i.position, i.product_id, i.description, NULL, i.quantity, i.unit_price_minor, NULL, NULL, NULL "
            "FROM sale_item i WHERE i.sale_id + ? IN (SELECT id FROM sale WHERE id > ?)",
            (item_top, top_id, top_id, top_id),
        )
    conn.execute("UPDATE number_sequence SET last_value = (SELECT max(number) FROM sale) WHERE name = 'sale'")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    work.rename(target)
    return target


def bench_sales_first_paint(path: Path) -> None:
    """The Sales page's first paint at 300,000 sales against the customer list's first paint (100,000
    customers) in the same run, on the same file: the issue's goal is within 2x. The totals are added
    up off the GUI thread after the first paint; their time is printed too, for the record."""
    import statistics
    import time

    from PySide6.QtWidgets import QApplication

    from crm_desktop.paths import resolve
    from crm_desktop.services.sales_list import sales_totals
    from crm_desktop.storage.startup import open_database
    from crm_desktop.ui.app import ensure_app
    from crm_desktop.ui.customers_page import CustomersPage
    from crm_desktop.ui.sales_page import SalesPage
    from crm_desktop.ui.tasks import finish_all

    ensure_app()
    shop = _sales_shop(path)
    opened = open_database(resolve(db=str(shop)), lock=False, daily_backup=False)
    context = context_of(opened)
    (sales,) = sqlite3.connect(shop).execute("SELECT count(*) FROM sale").fetchone()

    def first_paint(make: Any) -> float:
        """Median of 5: building the page to its first paint; the totals' background work is then
        waited for outside the timing, so one round does not slow the next."""
        times = []
        for _ in range(5):
            start = time.perf_counter()
            page = make(context)
            page.resize(1100, 700)
            page.show()
            page.grab()  # the first paint, with the visible rows' data fetched
            times.append(time.perf_counter() - start)
            page.close()
            QApplication.processEvents()  # the work the Sales page starts after its first paint...
            finish_all()  # ...ends before the next round
            QApplication.processEvents()
            page.deleteLater()
        return statistics.median(times)

    ours = first_paint(SalesPage)
    baseline = first_paint(CustomersPage)
    _report(f"sales page first paint ({sales:,} sales)", ours, baseline)
    start = time.perf_counter()
    sales_totals(opened.database)
    print(f"{'  (its totals, off the GUI thread)':<48} {(time.perf_counter() - start) * 1000:9.2f} ms")
    opened.close()


# The customer page's rows read by hand: the header's figures, phones, tags, then each kind of event with
# what its line shows (a sale's items, a promise's moves and request, the contact that completed a
# follow-up or brought a request, a visit's job, a request's kind, owner and job).
CUSTOMER_PAGE_RAW = [
    "SELECT c.*, (SELECT min(sale_date) FROM sale WHERE customer_id = :c AND status = 'active'), "
    "(SELECT coalesce(sum(i.quantity * i.unit_price_minor), 0) FROM sale_item i JOIN sale s ON s.id = i.sale_id "
    " WHERE s.customer_id = :c AND s.status = 'active'), "
    "(SELECT count(*) FROM follow_up WHERE customer_id = :c AND status = 'open'), "
    "(SELECT count(*) FROM promise WHERE customer_id = :c AND status = 'open'), "
    "(SELECT count(*) FROM service_job WHERE customer_id = :c AND status NOT IN ('collected', 'cancelled')), "
    "(SELECT count(*) FROM customer_request WHERE customer_id = :c AND status NOT IN ('resolved', 'cancelled')), "
    "(SELECT sum(satisfaction) FROM follow_up WHERE customer_id = :c AND satisfaction IS NOT NULL), "
    "(SELECT count(satisfaction) FROM follow_up WHERE customer_id = :c AND satisfaction IS NOT NULL), "
    "(SELECT max(occurred_at) FROM interaction WHERE customer_id = :c), "
    "(SELECT value FROM setting WHERE key = 'shop.country') FROM customer c WHERE c.id = :c",
    "SELECT * FROM customer_phone WHERE customer_id = :c ORDER BY position, id",
    "SELECT tag FROM customer_tag WHERE customer_id = :c",
    "SELECT * FROM sale s LEFT JOIN sale_item i ON i.sale_id = s.id WHERE s.customer_id = :c",
    "SELECT * FROM follow_up f LEFT JOIN interaction i ON i.follow_up_id = f.id AND i.occurred_at = f.completed_at "
    " AND f.status IN ('done', 'skipped') WHERE f.customer_id = :c",
    "SELECT p.*, r.number FROM promise p LEFT JOIN customer_request r ON r.id = p.request_id WHERE p.customer_id = :c",
    "SELECT c.* FROM promise_change c JOIN promise p ON p.id = c.promise_id WHERE p.customer_id = :c",
    "SELECT * FROM service_job WHERE customer_id = :c",
    "SELECT v.*, j.number, j.unit_description FROM visit v JOIN service_job j ON j.id = v.job_id WHERE j.customer_id = :c",
    "SELECT r.*, k.name, s.name, j.number, i.* FROM customer_request r JOIN request_kind k ON k.id = r.kind_id "
    " LEFT JOIN staff s ON s.id = r.owner_id LEFT JOIN service_job j ON j.id = r.job_id "
    " LEFT JOIN interaction i ON i.request_id = r.id AND i.occurred_at = r.opened_at WHERE r.customer_id = :c",
    "SELECT i.*, r.number FROM interaction i LEFT JOIN follow_up f ON f.id = i.follow_up_id "
    " AND i.occurred_at = f.completed_at AND f.status IN ('done', 'skipped') "
    " LEFT JOIN customer_request r ON r.id = i.request_id "
    " WHERE i.customer_id = :c AND f.id IS NULL AND (r.id IS NULL OR i.occurred_at != r.opened_at)",
]


def bench_customer_page(path: Path, label: str = "") -> None:
    """The customer page of a typical customer (the median number of contacts) and of the richest,
    against hand-written SQL reading the same rows (:data:`CUSTOMER_PAGE_RAW`)."""
    from crm_desktop.paths import resolve
    from crm_desktop.services.history import customer_history
    from crm_desktop.storage.startup import open_database

    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    raw = sqlite3.connect(path)
    (richest,) = raw.execute(
        "SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    (typical,) = raw.execute(
        "SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY count(*), customer_id LIMIT 1 "
        "OFFSET (SELECT count(DISTINCT customer_id) / 2 FROM interaction)"
    ).fetchone()
    queries = CUSTOMER_PAGE_RAW
    for who, customer in (("typical", typical), ("richest", richest)):

        def baseline(customer: int = customer) -> None:
            for query in queries:
                raw.execute(query, {"c": customer}).fetchall()

        def ours(customer: int = customer) -> None:
            customer_history(opened.database, customer, date(2026, 11, 1))

        events = len(customer_history(opened.database, customer, date(2026, 11, 1)).timeline)
        repeat = 101 if who == "typical" else 21  # under a millisecond: more runs for a steady best
        _report(
            f"customer page {label + ' ' if label else ''}({who}: {events} events)",
            *_paired(repeat, ours, baseline),
            goal=5,
        )
    raw.close()
    opened.close()


def main(path: Path | None = None) -> None:
    if path is None:
        from tests.bench import _search_shop

        path = _search_shop(CUSTOMERS)
    bench_list_first_paint(path)
    bench_sales_first_paint(path)
    bench_customer_page(path)
    bench_today(path)
    bench_write_stalls(path)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        bench_save_sale(Path(tmp))


if __name__ == "__main__":
    main()


def bench_today(path: Path, label: str = "") -> None:
    """The Today page on the big shop (over half a million follow-ups at 100k) against the same counts and
    rows read by hand-written SQL (:mod:`tests.bench_today_raw`)."""
    from crm_desktop.paths import resolve
    from crm_desktop.services.today import today_view
    from crm_desktop.storage.startup import open_database
    from tests.bench_today_raw import raw_today

    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    raw = sqlite3.connect(path)
    today = date(2026, 11, 1)
    (follow_ups,) = raw.execute("SELECT count(*) FROM follow_up").fetchone()

    def baseline() -> None:
        raw_today(raw, today)

    def ours() -> None:
        today_view(opened.database, today)

    # The goal is on the big shop; the scaling table (labelled) shows how the time grows with the shop.
    _report(
        f"Today page {label + ' ' if label else ''}({follow_ups:,} follow-ups)",
        *_paired(9, ours, baseline),
        goal=None if label else 2,
    )
    raw.close()
    opened.close()


def bench_save_sale(folder: Path) -> None:
    """Recording a two-line sale with its follow-ups against raw inserts of the same rows."""
    from sqlalchemy import text

    from crm_desktop.domain.validation import CustomerInput
    from crm_desktop.paths import resolve
    from crm_desktop.services.catalogue import (
        CategoryInput,
        ProductInput,
        create_category,
        create_product,
        ensure_default_plans,
    )
    from crm_desktop.services.customers import create_customer
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale
    from crm_desktop.storage.startup import open_database

    opened = open_database(resolve(db=str(folder / "sales.sqlite3")), lock=False, daily_backup=False)
    db = opened.database
    plan = ensure_default_plans(db)
    assert plan is not None
    category = create_category(
        db, CategoryInput(name="Phones", default_warranty_months=24, default_plan_id=plan.id)
    )
    product = create_product(
        db, ProductInput(sku="P1", name="Phone", category_id=category.id, price_minor=49900)
    )
    customer = create_customer(db, CustomerInput(name="Bench Customer")).id
    today = date(2026, 11, 1)

    def ours() -> None:
        record_sale(
            db,
            SaleInput(
                customer_id=customer,
                sale_date=today,
                lines=(
                    SaleLineInput(product_id=product.id),
                    SaleLineInput(description="Case", unit_price_minor=1990),
                ),
            ),
            today,
        )

    # The baseline writes the same rows, raw, into a shop of its own made the same way (the same schema:
    # indexes, constraints, full-text triggers): the number taken, the sale and its items, their search
    # entries (the product entries of the customer made again), the audit entry and the follow-ups.
    other = open_database(resolve(db=str(folder / "raw-sales.sqlite3")), lock=False, daily_backup=False)
    ensure_default_plans(other.database)
    create_customer(other.database, CustomerInput(name="Bench Customer"))
    other.close()
    raw = sqlite3.connect(folder / "raw-sales.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("INSERT OR IGNORE INTO number_sequence (name, last_value) VALUES ('sale', 0)")
    ours()  # the rows one sale writes, counted on our side
    with db.reading() as uow:  # the follow-ups it scheduled: the same plan steps, titles and dates
        follow_ups = uow.session.execute(
            text(
                "SELECT f.plan_step_id, f.kind, f.title, f.due_date, i.position FROM follow_up AS f "
                "LEFT JOIN sale_item AS i ON i.id = f.sale_item_id ORDER BY f.id"
            )
        ).all()
    steps = {step for step, *_ in follow_ups if step is not None}
    assert steps and all(
        raw.execute("SELECT 1 FROM follow_up_plan_step WHERE id = ?", (s,)).fetchone() for s in steps
    )
    stamp = "2026-11-01 10:00:00.000000"

    def baseline() -> None:
        raw.execute("BEGIN IMMEDIATE")
        (number,) = raw.execute(
            "UPDATE number_sequence SET last_value = last_value + 1 WHERE name = 'sale' RETURNING last_value"
        ).fetchone()
        sale = raw.execute(
            "INSERT INTO sale (number, customer_id, sale_date, status, created_at, updated_at) "
            "VALUES (?, 1, '2026-11-01', 'active', ?, ?)",
            (number, stamp, stamp),
        ).lastrowid
        items = [
            raw.execute(
                "INSERT INTO sale_item (sale_id, position, description, quantity, unit_price_minor, "
                "warranty_start, warranty_end) VALUES (?, ?, ?, 1, ?, ?, ?)",
                (sale, position, name, price, start, end),
            ).lastrowid
            for position, (name, price, start, end) in enumerate(
                [("Phone", 49900, "2026-11-01", "2028-10-31"), ("Case", 1990, None, None)]
            )
        ]
        raw.execute("DELETE FROM search_entry WHERE customer_id = 1 AND kind = 'product'")
        raw.executemany(
            "INSERT INTO search_entry (customer_id, kind, ref_id, label, detail, folded, archived) "
            "VALUES (1, ?, ?, ?, ?, ?, 0)",
            [
                ("sale", sale, f"S-{number:04d} · Bench Customer", f"S-{number:04d}", f"s-{number:04d}"),
                ("product", items[0], "Phone · Bench Customer", "Phone", "phone"),
                ("product", items[1], "Case · Bench Customer", "Case", "case"),
            ],
        )
        raw.execute(
            "INSERT INTO audit_entry (at, entity, entity_id, action) VALUES (?, 'sale', ?, 'created')",
            (stamp, sale),
        )
        raw.executemany(
            "INSERT INTO follow_up (customer_id, sale_id, sale_item_id, plan_step_id, occurrence, kind, title, "
            "due_date, status, created_at, updated_at) VALUES (1, ?, ?, ?, 1, ?, ?, ?, 'open', ?, ?)",
            [
                (sale, None if position is None else items[position], step, kind, title, due, stamp, stamp)
                for step, kind, title, due, position in follow_ups
            ],
        )
        raw.execute("COMMIT")

    _report("record a 2-line sale with its follow-ups", *_paired(21, ours, baseline), goal=5)
    _bench_complete_follow_up(db, raw, today)
    raw.close()
    opened.close()


def _bench_complete_follow_up(db: Any, raw: sqlite3.Connection, today: date) -> None:
    """Completing a follow-up (the call made, its outcome and score) against raw SQL doing the same
    work: the follow-up read (is it open? whose is it? does its plan step repeat?), marked done, the
    contact logged and the audit entry written, and for a repeating step its next occurrence made
    unless it exists, in one transaction."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from crm_desktop.domain.enums import Channel, FollowUpStatus
    from crm_desktop.domain.recurrence import next_due
    from crm_desktop.services.follow_ups import CompletionInput, complete_follow_up
    from crm_desktop.storage.models import FollowUp

    with db.reading() as uow:  # the follow-ups the recorded sales scheduled
        waiting = list(
            uow.session.scalars(
                select(FollowUp.id).where(FollowUp.status == FollowUpStatus.OPEN).order_by(FollowUp.id)
            )
        )
    now = datetime(2026, 11, 1, 10, tzinfo=UTC)
    ids = iter(waiting)

    def ours() -> None:
        complete_follow_up(
            db, next(ids), CompletionInput("Spoke with them: all fine", Channel.CALL, 5), today, now
        )

    with closing(raw.execute("SELECT id FROM follow_up WHERE status = 'open' ORDER BY id")) as cursor:
        raw_ids = iter([row[0] for row in cursor])
    stamp = "2026-11-01 10:00:00.000000"

    def baseline() -> None:
        follow_up = next(raw_ids)
        raw.execute("BEGIN IMMEDIATE")
        customer, status, step, sale, item, occurrence, kind, title, due = raw.execute(
            "SELECT customer_id, status, plan_step_id, sale_id, sale_item_id, occurrence, kind, title, "
            "due_date FROM follow_up WHERE id = ?",
            (follow_up,),
        ).fetchone()
        assert status == "open"
        every, limit = (
            (None, None)
            if step is None
            else raw.execute(
                "SELECT repeat_every_months, repeat_limit FROM follow_up_plan_step WHERE id = ?", (step,)
            ).fetchone()
        )
        if every is not None and (limit is None or occurrence < limit):
            # a repeating step: its next occurrence, unless it exists
            series = raw.execute(
                "SELECT occurrence, due_date FROM follow_up WHERE customer_id = ? AND plan_step_id = ? "
                "AND sale_item_id IS ? AND sale_id IS ? AND occurrence IN (1, ?)",
                (customer, step, item, sale, occurrence + 1),
            ).fetchall()
            if all(n != occurrence + 1 for n, _due in series):
                following = next_due(date.fromisoformat(due), every).isoformat()
                raw.execute(
                    "INSERT INTO follow_up (customer_id, sale_id, sale_item_id, plan_step_id, occurrence, "
                    "kind, title, due_date, status, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                    (customer, sale, item, step, occurrence + 1, kind, title, following, stamp, stamp),
                )  # fmt: skip
        raw.execute(
            "UPDATE follow_up SET status = 'done', completed_at = ?, outcome = ?, satisfaction = 5, "
            "updated_at = ?, version = version + 1 WHERE id = ?",
            (stamp, "Spoke with them: all fine", stamp, follow_up),
        )
        raw.execute(
            "INSERT INTO interaction (customer_id, follow_up_id, channel, direction, summary, occurred_at,"
            " created_at) VALUES (?, ?, 'call', 'outbound', 'Spoke with them: all fine', ?, ?)",
            (customer, follow_up, stamp, stamp),
        )
        raw.execute(
            "INSERT INTO audit_entry (at, entity, entity_id, action, field, old_value, new_value) "
            "VALUES (?, 'follow_up', ?, 'done', 'status', 'open', 'done')",
            (stamp, follow_up),
        )
        raw.execute("COMMIT")

    assert len(waiting) >= 21, len(waiting)
    _report("complete a follow-up (call logged)", *_paired(21, ours, baseline), goal=3)


def bench_write_stalls(path: Path) -> None:
    """The longest event-loop stall while the window saves a sale and completes a follow-up on the
    100,000-customer shop (goal: under 50 ms), against the same two service calls made on the GUI
    thread as before the operations helper. A 1 ms timer ticks throughout; a stall is the longest gap
    between two ticks, from pressing Save until the window has taken in the change (pages refreshed)."""
    import gc
    import itertools
    import shutil
    import tempfile
    import time

    from PySide6.QtCore import QTimer

    from crm_desktop.domain.enums import Channel
    from crm_desktop.paths import resolve
    from crm_desktop.services.follow_ups import CompletionInput, complete_follow_up
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale
    from crm_desktop.services.today import today_view
    from crm_desktop.storage.startup import open_database
    from crm_desktop.ui.app import ensure_app
    from crm_desktop.ui.follow_up_dialogs import CompleteDialog
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.sale_dialog import SaleDialog
    from crm_desktop.ui.tasks import busy

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "stalls.sqlite3"
        shutil.copy(path, copy)  # writes go to a copy: the cached shop stays as it was
        opened = open_database(resolve(db=str(copy)), lock=False, daily_backup=False)
        context = context_of(opened)
        window = MainWindow(context)
        window.resize(1100, 700)
        window.show()
        app.processEvents()
        today = date.today()
        items = [
            i for s in today_view(opened.database, today).sections for i in s.items if i.kind == "follow_up"
        ]
        customer = items[0].customer_id

        def measure(action: Any, done: Any) -> float:
            gc.collect()  # earlier benchmarks' garbage is not this write's stall
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(1)
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start()
            for _ in range(20):  # let the timer run before the action
                app.processEvents()
                time.sleep(0.001)
            action()
            deadline = time.perf_counter() + 60
            while not done() and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.0005)
            for _ in range(50):  # and the pages' refresh that the change causes
                app.processEvents()
                time.sleep(0.001)
            timer.stop()
            return max(b - a for a, b in itertools.pairwise(ticks))

        def sale_line() -> SaleInput:
            return SaleInput(
                customer_id=customer,
                sale_date=today,
                lines=(SaleLineInput(description="Bench charger", unit_price_minor=1990),),
            )

        stalls_ours: list[float] = []
        stalls_gui: list[float] = []
        for round_ in range(3):
            dialog = SaleDialog(context, customer, window)
            dialog.lines.cellWidget(0, 1).setText("Bench charger")
            dialog.lines.cellWidget(0, 4).setText("19.90")
            stalls_ours.append(measure(dialog.save, lambda d=dialog: d.saved is not None and not busy()))
            stalls_gui.append(
                measure(lambda: record_sale(opened.database, sale_line(), today, staff_id=context.person_id),
                        lambda: True)
            )  # fmt: skip
            item = items[1 + 2 * round_]
            complete = CompleteDialog(context, item, window)
            complete.outcome.setPlainText("All good")
            stalls_ours.append(
                measure(complete._save, lambda d=complete: d.result() == 1 and not busy())  # Accepted
            )
            other = items[2 + 2 * round_]
            stalls_gui.append(
                measure(
                    lambda o=other: complete_follow_up(
                        opened.database,
                        o.id,
                        CompletionInput("All good", Channel.CALL, staff_id=context.person_id),
                        today,
                        context.clock.now(),
                    ),
                    lambda: True,
                )
            )
        window.close()
        opened.close()
    if os.environ.get("CRM_BENCH_VERBOSE"):
        print(
            "stalls ours:",
            [round(x * 1000) for x in stalls_ours],
            "gui:",
            [round(x * 1000) for x in stalls_gui],
        )
    _report(
        "longest stall: save a sale, complete a follow-up (goal < 50 ms)", max(stalls_ours), max(stalls_gui)
    )
