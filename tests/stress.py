"""`make stress` (not part of `make test`): the safety checks of the suite, much longer.

1. 500 kills (SIGKILL) while the counter records sales through the service: every sale reported saved is
   there, none without its items and follow-ups, and the file passes integrity_check.
2. A long two-writer soak: two processes add a line each to one customer's notes, read-modify-write,
   thousands of times: no line lost, none written twice.
3. A 100 MB customer file imported from the command line, with its peak memory.

Each part prints one line of figures; a failed check stops with its reason. Sizes can be lowered for a
quick look: ``python -m tests.stress --kills 50 --edits 300 --megabytes 10``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import tempfile
import time
from pathlib import Path

from crm_desktop.paths import AppPaths, resolve
from crm_desktop.services.customers import CustomerInput, create_customer, get_customer, update_customer
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import open_database


def _new_shop(folder: Path) -> AppPaths:
    paths = resolve(db=str(folder / "crm.sqlite3"))
    open_database(paths, lock=False, daily_backup=False).close()
    return paths


def kills(folder: Path, rounds: int) -> None:
    from tests.integration.test_storage_safety import (
        _counter_shop,
        _half_written,
        _kill_rounds,
        _sell_forever,
    )

    paths = _new_shop(folder)
    assert paths.db_file is not None
    shop = _counter_shop(paths)
    start = time.perf_counter()
    reported = _kill_rounds(paths.url, _sell_forever, rounds, shop, False)
    verdict, broken = _half_written(paths.db_file)
    with sqlite3.connect(paths.db_file) as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM sale")}
    conn.close()
    lost = set(reported) - stored
    print(
        f"kills: {rounds} SIGKILLs while recording sales in {time.perf_counter() - start:.0f} s; "
        f"{len(reported):,} sales reported saved, {len(lost)} lost, {len(broken)} half-written, "
        f"integrity {verdict}"
    )
    assert not lost and not broken and verdict == "ok"


def _bump(database: Database, customer_id: int, writer: str, _n: int) -> None:
    """Read the customer's notes, count one more edit for ``writer``, save with the version read (a
    counter stays short however long the soak; a lost update shows as a missing count)."""
    details = get_customer(database, customer_id)
    counts = dict(part.split("=") for part in (details.notes or "").split() if "=" in part)
    counts[writer] = str(int(counts.get(writer, "0")) + 1)
    notes = " ".join(f"{who}={count}" for who, count in sorted(counts.items()))
    update_customer(database, customer_id, CustomerInput(kind=details.kind, name=details.name, notes=notes),
                    expected_version=details.version)  # fmt: skip


def soak(folder: Path, edits: int) -> None:
    from tests.integration.test_no_lost_edits import _until_saved

    paths = _new_shop(folder)
    opened = open_database(paths, lock=False, daily_backup=False)
    customer = create_customer(opened.database, CustomerInput(name="Shared Customer"))
    opened.close()
    context = multiprocessing.get_context("spawn")
    start_event = context.Event()
    receiver, sender = context.Pipe(duplex=False)
    writers = [
        context.Process(
            target=_until_saved, args=(paths.url, _bump, customer.id, name, start_event, sender, edits)
        )
        for name in ("counter", "office")
    ]
    for process in writers:
        process.start()
    began = time.perf_counter()
    start_event.set()
    for process in writers:
        process.join()
    assert [p.exitcode for p in writers] == [0, 0], "a writer failed (its error is printed above)"
    conflicts = dict(receiver.recv() for _ in writers)
    opened = open_database(paths, lock=False, daily_backup=False)
    final = get_customer(opened.database, customer.id)
    opened.close()
    counts = dict(part.split("=") for part in (final.notes or "").split())
    lost = sum(edits - int(counts.get(who, "0")) for who in ("counter", "office"))
    print(
        f"soak: 2 writers x {edits:,} read-modify-write edits of one customer in "
        f"{time.perf_counter() - began:.0f} s; {sum(conflicts.values()):,} conflicts told and retried, "
        f"{lost} edits lost; version {final.version:,} (1 + every save)"
    )
    assert lost == 0 and final.version == 1 + 2 * edits


def big_import(folder: Path, megabytes: int) -> None:
    from tests.bench import _import_once

    source = folder / "customers.csv"
    rows = 0
    with source.open("w", encoding="utf-8") as out:
        out.write("Ref,Name,Phone,Email,City,Notes\n")
        while out.tell() < megabytes * 1_000_000:
            out.write(
                f"R{rows},Person {rows} Łukasiewicz-Öztürk,+3247{rows % 10_000_000:07d},"
                f'p{rows}@example.com,Gent,"Bought a washer; asked about the warranty"\n'
            )
            rows += 1
    size = source.stat().st_size / 1_000_000
    seconds, alone, imported, peak = _import_once(folder / "import.sqlite3", "customers", source)
    print(
        f"import: {size:.0f} MB, {imported:,} customers in {seconds:.0f} s ({imported / alone:,.0f} rows/s "
        f"importing), peak memory {peak:.0f} MB"
    )
    assert imported == rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--edits", type=int, default=3_000)
    parser.add_argument("--megabytes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, part in (("kills", kills), ("soak", soak), ("import", big_import)):
            (folder / name).mkdir()
            part(folder / name, {"kills": args.kills, "soak": args.edits, "import": args.megabytes}[name])


if __name__ == "__main__":
    main()
