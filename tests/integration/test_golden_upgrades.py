"""Every revision that has landed keeps a golden database with data; each upgrades to the newest
schema with every row intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.paths import resolve
from crm_desktop.storage import migrate
from crm_desktop.storage.startup import open_database

GOLDEN = Path(__file__).resolve().parents[1] / "resources" / "golden"
REVISIONS = [rev.revision for rev in migrate.script_directory().walk_revisions()]


def _counts(file: Path) -> dict[str, int]:
    conn = sqlite3.connect(file)
    try:
        # FTS5 shadow tables (search_fts_*) are the index's internals, rebuilt at will: not user rows.
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith("search_fts")
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_every_landed_revision_has_a_golden_database() -> None:
    missing = [rev for rev in REVISIONS if not (GOLDEN / f"{rev}.sqlite3").exists()]
    assert missing == [], "store one with `make golden` right after adding a migration"


@pytest.mark.parametrize("revision", REVISIONS)
def test_golden_database_upgrades_with_its_data(revision: str, tmp_path: Path) -> None:
    golden = GOLDEN / f"{revision}.sqlite3"
    if not golden.exists():
        pytest.skip(f"no golden database for {revision}")
    work = tmp_path / "crm.sqlite3"
    shutil.copy(golden, work)
    before = _counts(work)
    assert before["customer"] > 0 and before["sale"] > 0, "a golden database must hold data"
    opened = open_database(resolve(db=str(work)), lock=False, daily_backup=False)
    opened.close()
    assert migrate.current_revision(resolve(db=str(work))) == migrate.head_revision()
    after = _counts(work)
    for table, count in before.items():
        if table != "alembic_version":
            assert after.get(table, 0) >= count, f"rows lost in {table}"
    conn = sqlite3.connect(work)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_serial_already_on_two_active_sales_does_not_stop_the_upgrade(tmp_path: Path) -> None:
    """Before 0010 nothing in the file stopped one serial on two active sales; the oldest item keeps it
    in the one-active-sale index, and the upgrade goes through."""
    work = tmp_path / "crm.sqlite3"
    shutil.copy(GOLDEN / "0009.sqlite3", work)
    conn = sqlite3.connect(work)
    sale_id, item_id, serial = conn.execute(
        "SELECT sale.id, sale_item.id, sale_item.serial "
        "FROM sale_item JOIN sale ON sale.id = sale_item.sale_id "
        "WHERE sale.status = 'active' AND sale_item.serial IS NOT NULL ORDER BY sale_item.id LIMIT 1"
    ).fetchone()
    conn.execute(
        "INSERT INTO sale_item (sale_id, position, description, serial, quantity, unit_price_minor, version) "
        "VALUES (?, 9, 'the same unit again', ?, 1, 100, 1)",
        (sale_id, serial.lower()),
    )
    conn.commit()
    conn.close()
    opened = open_database(resolve(db=str(work)), lock=False, daily_backup=False)
    opened.close()
    conn = sqlite3.connect(work)
    kept = conn.execute(
        "SELECT id, active_serial FROM sale_item WHERE lower(serial) = lower(?) ORDER BY id", (serial,)
    ).fetchall()
    conn.close()
    assert kept[0] == (item_id, serial.strip().casefold()) and [k[1] for k in kept[1:]] == [None]


def _scripts_up_to(tmp_path: Path, last: str) -> Path:
    """The migrations as a version of crm_desktop whose newest revision is ``last`` ships them."""
    from crm_desktop.paths import package_resource

    scripts = tmp_path / f"migrations-{last}"
    shutil.copytree(package_resource("migrations"), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for version in (scripts / "versions").glob("*.py"):
        if version.name[:4].isdigit() and version.name[:4] > last:
            version.unlink()
    return scripts


STEPS = list(zip(sorted(REVISIONS), sorted(REVISIONS)[1:], strict=False))


@pytest.mark.parametrize(("before", "after"), STEPS, ids=[f"{a}-to-{b}" for a, b in STEPS])
def test_each_migration_that_fails_leaves_the_old_database_as_it_was(
    before: str, after: str, tmp_path: Path
) -> None:
    """A shop at ``before`` with a row that makes the upgrade to ``after`` fail (a sale line pointing at
    no sale: the check of every link after the upgrade refuses it). The upgrade is refused in a sentence,
    the file is byte for byte as it was, a verified backup was taken first, and the version that made the
    file still opens it."""
    import hashlib

    from crm_desktop.errors import MigrationError
    from crm_desktop.storage import backup

    work = tmp_path / "crm.sqlite3"
    shutil.copy(GOLDEN / f"{before}.sqlite3", work)
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA journal_mode=WAL")  # as every start of the app has left it
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO sale_item (sale_id, position, description, quantity, unit_price_minor) "
        "VALUES (987654, 0, 'a line of no sale', 1, 0)"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    digest = hashlib.sha256(work.read_bytes()).hexdigest()
    paths = resolve(db=str(work))
    with pytest.raises(MigrationError, match=r"broken links between records .* nothing was changed"):
        open_database(paths, lock=False, daily_backup=False, script_location=_scripts_up_to(tmp_path, after))
    assert hashlib.sha256(work.read_bytes()).hexdigest() == digest, "byte for byte as it was"
    assert migrate.current_revision(paths) == before
    (taken,) = backup.list_backups(paths.backup_dir)
    assert taken.reason == f"before-upgrade-{before}" and backup.check_file(taken.path).ok
    old = open_database(
        paths, lock=False, daily_backup=False, script_location=_scripts_up_to(tmp_path, before)
    )
    try:
        assert old.revision == before and not old.created
    finally:
        old.close()
