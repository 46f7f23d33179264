"""`make bench`: speed measured as ratios against raw SQLite in the same run, never as test assertions.

Each line prints our time, the baseline's time and the ratio. Later issues add their benchmarks here
(search at 100k customers, Today query, PDFs...).
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crm_desktop.paths import resolve
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import open_database


def _best_of(repeat: int, action: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _report(name: str, ours: float, baseline: float) -> None:
    ratio = ours / baseline
    print(f"{name:<48} ours {ours * 1000:9.2f} ms   raw {baseline * 1000:9.2f} ms   ratio {ratio:6.2f}x")


def bench_commit(folder: Path, n: int = 200) -> None:
    """One customer saved per unit of work (as a user clicking Save does), n times."""
    opened = open_database(resolve(db=str(folder / "ours.sqlite3")), lock=False, daily_backup=False)
    counter = iter(range(10**9))

    def ours() -> None:
        for _ in range(n):
            with opened.database.writing() as uow:
                uow.session.add(Customer(name=f"Customer {next(counter)}"))
                uow.commit()

    raw = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT, created_at TEXT, updated_at TEXT)")

    def baseline() -> None:
        for _ in range(n):
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "INSERT INTO customer (name, created_at, updated_at) VALUES (?, datetime(), datetime())",
                (f"Customer {next(counter)}",),
            )
            raw.execute("COMMIT")

    _report(f"save one customer x{n} (WAL, synchronous=FULL)", _best_of(3, ours), _best_of(3, baseline))
    opened.close()
    raw.close()


def bench_startup(folder: Path) -> None:
    """Opening an up-to-date database: lock, revision check, engine (the daily backup excluded)."""
    paths = resolve(db=str(folder / "start.sqlite3"))
    open_database(paths, lock=False, daily_backup=False).close()

    def ours() -> None:
        open_database(paths, lock=True, daily_backup=False).close()

    def baseline() -> None:
        conn = sqlite3.connect(paths.db_file)
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.close()

    _report("open an up-to-date database", _best_of(5, ours), _best_of(5, baseline))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_startup(folder)
        bench_commit(folder)


if __name__ == "__main__":
    main()
