"""Developer tool (`make golden`): store a database of the newest revision, with data, for upgrade tests.

Golden files are history: one per revision that has landed, never rewritten. The upgrade test opens each
with the current code and checks that every row survives.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from crm_desktop.paths import resolve
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.migrate import head_revision
from crm_desktop.storage.startup import open_database

GOLDEN = Path(__file__).resolve().parents[1] / "resources" / "golden"


def main() -> int:
    revision = head_revision()
    target = GOLDEN / f"{revision}.sqlite3"
    if target.exists():
        print(f"{target} already exists; golden files are never rewritten.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "golden.sqlite3"
        opened = open_database(resolve(db=str(work)), lock=False, daily_backup=False)
        fill_demo(opened.database, customers=25, seed=7, today=date(2026, 11, 1))
        opened.close()
        conn = sqlite3.connect(work, isolation_level=None)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in the repository
        conn.execute("VACUUM")
        conn.close()
        GOLDEN.mkdir(parents=True, exist_ok=True)
        target.write_bytes(work.read_bytes())
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
