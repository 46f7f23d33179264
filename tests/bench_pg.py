"""PostgreSQL next to SQLite (run by `make bench`): the 100,000-customer demo shop moved onto a throwaway
PostgreSQL cluster with ``move-to``, then search, the customer page and Today timed on both backends.

Search lines come in pairs per text: our search() on PostgreSQL against one hand-written psycopg query
returning the same rows on PostgreSQL ("vs raw PG"), then our search() on PostgreSQL against our search()
on SQLite ("vs SQLite": the "raw" column is then SQLite's time). The customer page and Today are the same
service calls on both backends. The cluster runs on this machine (loopback, fsync off, default memory
settings): a shop server across the network adds a round trip per query.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.paths import resolve
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import open_database
from tests.bench import CUSTOMERS, _paired, _report

TODAY = date(2026, 11, 1)  # the demo shop's "today", as in bench_ui


def _missing() -> str | None:
    """Why the PostgreSQL benchmark cannot run here, or None."""
    from tests.pg_cluster import find_bin_dir

    if find_bin_dir() is None:
        return "the PostgreSQL server binaries (initdb) are not installed"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    return None


def bench_search_pg(pg: Database, lite: Database, raw: Any, sqlite_file: Path, repeat: int = 21) -> None:
    """The cases of bench.bench_search. The raw query is the look that finds the text on PostgreSQL
    (search.py's ``LIKE '%...%'`` served by the pg_trgm index; below three characters the customer-name
    prefix look), as bench_search's raw query is the FTS5 look on SQLite."""
    from crm_desktop.services.search import search

    lite_raw = sqlite3.connect(f"{sqlite_file.as_uri()}?mode=ro", uri=True)
    serial = lite_raw.execute(
        "SELECT serial FROM sale_item WHERE serial IS NOT NULL LIMIT 1 OFFSET 5000"
    ).fetchone()
    lite_raw.close()
    imei_piece = serial[0][5:12]
    containing = (
        "SELECT customer_id, kind, ref_id, label, detail FROM search_entry "
        "WHERE folded LIKE %s AND NOT archived LIMIT 50"
    )
    # The names look as bench_search writes it by hand: a range in code point order, which the index of
    # migration 0011 on (kind, folded COLLATE "C") serves; it holds what LIKE 'ma%' does (checked below).
    prefix = (
        "SELECT customer_id, kind, ref_id, label, detail FROM search_entry "
        'WHERE kind = \'customer\' AND folded COLLATE "C" >= %s AND folded COLLATE "C" < %s AND NOT archived '
        'ORDER BY folded COLLATE "C" LIMIT 50'
    )
    cases = [
        ("a surname", "Bélanger", containing, ("%belanger%",)),
        ("a phone fragment", "45 67", containing, ("%4567%",)),
        ("an IMEI fragment", imei_piece, containing, (f"%{imei_piece}%",)),
        ("a job number", "J-0042", containing, ("%j-0042%",)),
        ("a 2-letter prefix", "ma", prefix, ("ma", "ma\U0010ffff")),
    ]
    (ranged,) = raw.execute(
        "SELECT count(*) FROM search_entry WHERE kind = 'customer' AND folded >= %s AND folded < %s",
        ("ma", "ma\U0010ffff"),
    ).fetchone()
    (liked,) = raw.execute(
        "SELECT count(*) FROM search_entry WHERE kind = 'customer' AND folded LIKE %s", ("ma%",)
    ).fetchone()
    assert ranged == liked, f"the prefix range holds {ranged} names, LIKE 'ma%' {liked}"
    for name, text, sql, args in cases:
        on_pg, on_lite = search(pg, text), search(lite, text)  # warm the caches alike
        rows = raw.execute(sql, args).fetchall()
        assert on_pg and rows, f"the benchmark's query {text!r} finds nothing on PostgreSQL"
        assert len(on_pg) == len(on_lite), (
            f"{text!r}: {len(on_pg)} hits on PostgreSQL, {len(on_lite)} on SQLite"
        )
        if on_pg != on_lite:  # the same number, but another pick among equally ranked candidates
            print(f"  ({text!r}: PostgreSQL and SQLite list different hits, {len(on_pg)} each)")

        def ours(text: str = text) -> None:
            search(pg, text)

        def sqlite_ours(text: str = text) -> None:
            search(lite, text)

        def baseline(sql: str = sql, args: tuple[str, ...] = args) -> None:
            raw.execute(sql, args).fetchall()

        _report(f"search PG vs raw PG: {name}", *_paired(repeat, ours, baseline))
        _report(f"search PG vs SQLite: {name} ({len(on_pg)} hits)", *_paired(repeat, ours, sqlite_ours))


def bench_customer_page_pg(pg: Database, lite: Database, sqlite_file: Path) -> None:
    """bench_ui.bench_customer_page's call (customer_history of the customer with the most contacts)."""
    from crm_desktop.services.history import customer_history

    raw = sqlite3.connect(f"{sqlite_file.as_uri()}?mode=ro", uri=True)
    (richest,) = raw.execute(
        "SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    raw.close()
    on_pg = customer_history(pg, richest, TODAY)
    on_lite = customer_history(lite, richest, TODAY)
    events = len(on_pg.timeline)
    assert events == len(on_lite.timeline), (
        f"{events} events on PostgreSQL, {len(on_lite.timeline)} on SQLite"
    )

    def ours() -> None:
        customer_history(pg, richest, TODAY)

    def sqlite_ours() -> None:
        customer_history(lite, richest, TODAY)

    _report(f"customer page PG vs SQLite ({events} events)", *_paired(9, ours, sqlite_ours))


def bench_today_pg(pg: Database, lite: Database) -> None:
    """bench_ui.bench_today's call (today_view on the demo shop's today)."""
    from crm_desktop.services.today import today_view

    today_view(pg, TODAY)
    today_view(lite, TODAY)

    def ours() -> None:
        today_view(pg, TODAY)

    def sqlite_ours() -> None:
        today_view(lite, TODAY)

    _report("Today page PG vs SQLite", *_paired(9, ours, sqlite_ours))


def main(sqlite_file: Path) -> None:
    why = _missing()
    if why is not None:
        print(f"PostgreSQL benchmark skipped: {why}")
        return
    import psycopg

    from crm_desktop.services.move import move_to
    from tests import pg_cluster

    cluster = pg_cluster.start()
    opened: list[Any] = []
    raw: Any = None
    try:
        cluster.execute("CREATE DATABASE bench")
        url = cluster.url("bench")
        lite = open_database(resolve(db=str(sqlite_file)), lock=False, daily_backup=False)
        opened.append(lite)
        start = time.perf_counter()
        report = move_to(lite.database, url)
        seconds = time.perf_counter() - start
        print(
            f"{f'move-to PostgreSQL ({report.rows:,} rows)':<48} {seconds:9.1f} s "
            f"({report.rows / seconds:,.0f} rows/s, copy and check)"
        )
        raw = psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="bench")
        raw.autocommit = True
        # What autovacuum would soon do after a bulk load, done now so that every run plans alike:
        # statistics for the planner, and the visibility map for index-only scans.
        raw.execute("VACUUM ANALYZE")
        pg = open_database(resolve(database_url=url, environ={}), lock=False, daily_backup=False)
        opened.append(pg)
        bench_search_pg(pg.database, lite.database, raw, sqlite_file)
        bench_customer_page_pg(pg.database, lite.database, sqlite_file)
        bench_today_pg(pg.database, lite.database)
    finally:
        if raw is not None:
            raw.close()
        for each in reversed(opened):
            each.close()
        cluster.stop()


if __name__ == "__main__":
    from tests.bench import _search_shop

    main(_search_shop(CUSTOMERS))
