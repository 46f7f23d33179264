"""Memory (run by `make bench`): the big shop open in our window with the customer list scrolled to its
end, against a bare window whose lazy list model serves the same rows from raw sqlite3 (goal: 2x).

Each side runs in a fresh process, which prints its peak resident memory; interpreter start-up and Qt
count on both sides."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.bench import _report

# The process's own peak (VmHWM, reset by exec; getrusage's ru_maxrss keeps the parent's high-water
# mark across fork and exec, so a child of a big process would report the parent's).
PEAK = """
def peak_kib():
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""

# Ours: the main window on the shop, its customer list shown and scrolled to the last row.
OURS = """
import sys, time
from PySide6.QtWidgets import QApplication
from crm_desktop.paths import resolve
from crm_desktop.ui.app import ensure_app, start
from crm_desktop.ui.main_window import MainWindow
from tests.gui.waiting import settle

app = ensure_app()
context = start(resolve(db={path!r}), daily_backup=False)
window = MainWindow(context)
window.resize(1180, 760)
window.show()
settle(120)
window.show_page("customers")
settle(120)
table = window.customers_page.table
for _ in range(3):
    table.scrollToBottom()
    QApplication.processEvents()
    settle(120)
window.grab()
print("rows", table.model().rowCount(), flush=True)
print("peak", peak_kib(), flush=True)
"""

# The bare side: a table view over a lazy model that reads the same columns raw, a page at a time.
BARE = """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
db = sqlite3.connect({path!r})
ids = [row[0] for row in db.execute("SELECT id FROM customer WHERE archived = 0 ORDER BY name, id")]

class Lazy(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.pages = {{}}

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(ids)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        page = index.row() // 100
        if page not in self.pages:
            chunk = ids[page * 100 : page * 100 + 100]
            marks = ",".join("?" * len(chunk))
            found = {{row[0]: row for row in db.execute(
                f"SELECT id, name, company, email, address FROM customer WHERE id IN ({{marks}})", chunk)}}
            self.pages[page] = [found[i] for i in chunk]
        return str(self.pages[page][index.row() % 100][index.column() + 1])

window = QMainWindow()
view = QTableView()
view.setModel(Lazy())
window.setCentralWidget(view)
window.resize(1180, 760)
window.show()
app.processEvents()
for _ in range(3):
    view.scrollToBottom()
    app.processEvents()
window.grab()
print("rows", len(ids), flush=True)
print("peak", peak_kib(), flush=True)
"""


def _peak(script: str) -> tuple[int, int]:
    script = PEAK + textwrap.dedent(script)
    # As installed: Python keeps its compiled modules (compiling them all again would count in the peak;
    # this machine's environment may say not to keep them). bench_memory runs each side once first.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    found = dict(line.split(" ", 1) for line in out.stdout.splitlines() if line.startswith(("rows", "peak")))
    if "peak" not in found:
        raise RuntimeError(f"the memory benchmark's process failed: {out.stderr[-2000:]}")
    return int(found["rows"]), int(found["peak"]) * 1024  # VmHWM is in KiB


def bench_memory(shop: Path) -> None:
    _peak(OURS.format(path=str(shop)))  # writes the compiled modules, warms the file cache
    rows, ours = _peak(OURS.format(path=str(shop)))
    _bare_rows, bare = _peak(BARE.format(path=str(shop)))
    _report(f"peak memory, {rows:,} customers listed to the end", ours, bare, goal=2, unit="MB")


__all__ = ["bench_memory"]
