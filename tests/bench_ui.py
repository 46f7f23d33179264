"""Window benchmarks (run by `make bench`): the customer list's first paint at 100,000 customers against
a bare Qt table of the same size, and the customer page load against the raw SQL it needs."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench import _best_of, _report

CUSTOMERS = 100_000


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
        page = CustomersPage(opened.database)
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

    _report(f"customer list first paint ({rows:,} customers)", _best_of(5, ours), _best_of(5, bare))
    opened.close()


def bench_customer_page(path: Path) -> None:
    from crm_desktop.paths import resolve
    from crm_desktop.services.history import customer_history
    from crm_desktop.storage.startup import open_database

    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    raw = sqlite3.connect(path)
    (richest,) = raw.execute(
        "SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    queries = [
        "SELECT * FROM customer WHERE id = ?",
        "SELECT * FROM sale s JOIN sale_item i ON i.sale_id = s.id WHERE s.customer_id = ?",
        "SELECT * FROM follow_up WHERE customer_id = ?",
        "SELECT * FROM promise p LEFT JOIN promise_change c ON c.promise_id = p.id WHERE p.customer_id = ?",
        "SELECT * FROM service_job j LEFT JOIN visit v ON v.job_id = j.id WHERE j.customer_id = ?",
        "SELECT * FROM interaction WHERE customer_id = ?",
    ]

    def baseline() -> None:
        for query in queries:
            raw.execute(query, (richest,)).fetchall()

    def ours() -> None:
        customer_history(opened.database, richest, date(2026, 11, 1))

    events = len(customer_history(opened.database, richest, date(2026, 11, 1)).timeline)
    _report(f"customer page load (richest: {events} events)", _best_of(9, ours), _best_of(9, baseline))
    raw.close()
    opened.close()


def main(path: Path | None = None) -> None:
    if path is None:
        from tests.bench import _search_shop

        path = _search_shop(CUSTOMERS)
    bench_list_first_paint(path)
    bench_customer_page(path)


if __name__ == "__main__":
    main()
