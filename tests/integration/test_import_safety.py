"""An import is all or nothing: killed, cancelled, dry-run or refused, the shop's data is as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.interchange.mapping import ImportKind, guess_mapping
from crm_desktop.interchange.readers import open_table
from crm_desktop.paths import AppPaths
from crm_desktop.services.imports import ImportCancelled, import_table
from crm_desktop.storage.startup import OpenedDatabase
from tests.support import database_option, raw_sql

FILES = Path(__file__).resolve().parents[1] / "resources" / "import"


def _count(paths: AppPaths, table: str = "customer") -> int:
    ((count,),) = raw_sql(paths, f"SELECT count(*) FROM {table}")
    return int(count)  # type: ignore[call-overload]


def _big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write("Ref,Name,Phone,Email\n")
        for n in range(rows):
            out.write(f"R{n},Person {n},+3247{n:07d},person{n}@example.com\n")
    return path


def _crm(paths: AppPaths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *database_option(paths), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.sqlite_only  # waits for the write-ahead log to grow; a server rolls back a dropped connection
def test_kill_9_during_an_import_leaves_nothing_imported(db_paths: AppPaths, tmp_path: Path) -> None:
    assert db_paths.db_file is not None
    source = _big_csv(tmp_path / "big.csv", 60_000)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crm_desktop",
            *database_option(db_paths),
            "import",
            "customers",
            str(source),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db_paths.db_file}-wal")
    deadline = time.monotonic() + 120
    # Mid-way: once the import has written its first batches into the write-ahead log.
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        assert process.poll() is None, "the import ended before it could be killed"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert _count(db_paths) == 0
    with sqlite3.connect(db_paths.db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM search_entry").fetchone()[0] == 0
    # And the shop carries on: the same file imports in full afterwards.
    result = _crm(db_paths, "import", "customers", str(_big_csv(tmp_path / "small.csv", 50)))
    assert result.returncode == 0, result.stderr
    assert _count(db_paths) == 50


def test_dry_run_prints_the_report_and_saves_nothing(db_paths: AppPaths) -> None:
    result = _crm(db_paths, "import", "customers", str(FILES / "customers_duplicates.csv"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "5 rows read from customers_duplicates.csv" in result.stdout
    assert "3 customers would be added" in result.stdout
    assert "Line 3: Frank Again is already here as Frank First, line 2 of this file" in result.stdout
    assert "Dry run: nothing was saved." in result.stdout
    assert _count(db_paths) == 0


def test_a_bad_row_saves_nothing_unless_skipped(db_paths: AppPaths) -> None:
    path = str(FILES / "customers_missing_extra.csv")
    refused = _crm(db_paths, "import", "customers", path)
    assert refused.returncode == 1
    assert "Line 5: Name is required." in refused.stdout
    assert "Nothing was saved" in refused.stdout
    assert _count(db_paths) == 0
    skipped = _crm(db_paths, "import", "customers", path, "--skip-bad-rows")
    assert skipped.returncode == 0 and "3 customers added" in skipped.stdout
    assert _count(db_paths) == 3


def test_mapping_saved_and_used_from_the_command_line(db_paths: AppPaths, tmp_path: Path) -> None:
    mapping = tmp_path / "sales.json"
    first = _crm(
        db_paths, "import", "sales", str(FILES / "sales_ambiguous_dates.csv"), "--date-order", "MDY",
        "--save-mapping", str(mapping), "--dry-run",
    )  # fmt: skip
    assert first.returncode == 0, first.stdout + first.stderr
    assert '"date_order": "MDY"' in mapping.read_text(encoding="utf-8")
    again = _crm(
        db_paths, "import", "sales", str(FILES / "sales_ambiguous_dates.csv"), "--mapping", str(mapping)
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert _count(db_paths, "sale") == 2


def test_unreadable_files_are_one_clear_line(db_paths: AppPaths, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    result = _crm(db_paths, "import", "customers", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith("crm-desktop: broken.xlsx cannot be read as a spreadsheet")
    assert "Traceback" not in result.stderr
    missing = _crm(db_paths, "import", "customers", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1 and "There is no file" in missing.stderr


def test_cancel_leaves_nothing(opened: OpenedDatabase, tmp_path: Path) -> None:
    table = open_table(_big_csv(tmp_path / "big.csv", 5_000))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(ImportCancelled, match="nothing was saved"):
        import_table(
            opened.database, table, guess_mapping(ImportKind.CUSTOMERS, table.header), staff_id=None,
            today=date.today(), progress=progress, cancelled=lambda: len(seen) >= 3,
        )  # fmt: skip
    assert seen[0] == (500, 5_000)
    assert _count(opened.paths) == 0
