"""Safe storage: settings that survive crashes, private files, one instance, clear environment errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from crm_desktop.errors import AlreadyOpenError, StorageEnvironmentError
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.storage.engine import Database, create_app_engine
from crm_desktop.storage.lock import InstanceLock
from crm_desktop.storage.models import Customer, Sale
from crm_desktop.storage.startup import OpenedDatabase, open_database

pytestmark = pytest.mark.sqlite_only  # about the SQLite file: its locks, disk and journal


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_connections_use_wal_full_sync_and_foreign_keys(opened: OpenedDatabase) -> None:
    with opened.database.reading() as uow:
        pragma = {
            name: uow.session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}


def test_a_writing_action_takes_the_write_lock_up_front(opened: OpenedDatabase, db_paths: AppPaths) -> None:
    other = sqlite3.connect(db_paths.db_file, timeout=0, isolation_level=None)
    with opened.database.writing() as uow:
        uow.session.execute(text("SELECT 1"))  # no write yet: BEGIN IMMEDIATE already holds the lock
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # released when the unit of work ended
    other.execute("ROLLBACK")
    other.close()


def test_nothing_is_saved_unless_the_action_commits(opened: OpenedDatabase) -> None:
    with opened.database.writing() as uow:
        uow.session.add(Customer(name="Not committed"))
        uow.session.flush()
    with pytest.raises(RuntimeError), opened.database.writing() as uow:
        uow.session.add(Customer(name="Failed half-way"))
        uow.session.flush()
        raise RuntimeError("the action failed")
    with opened.database.reading() as uow:
        assert uow.session.query(Customer).count() == 0


def test_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    paths = resolve(data_dir=str(tmp_path / "shop"))
    opened = open_database(paths)
    with opened.database.writing() as uow:
        uow.session.add(Customer(name="Ana"))
        uow.commit()
    assert paths.db_file is not None
    assert _mode(paths.data_dir) == 0o700
    assert _mode(paths.db_file) == 0o600
    assert _mode(Path(f"{paths.db_file}.lock")) == 0o600
    opened.close()


def test_links_between_records_are_enforced(opened: OpenedDatabase) -> None:
    from datetime import date

    with pytest.raises(IntegrityError), opened.database.writing() as uow:  # a bug: it raises as itself
        uow.session.add(Sale(number=1, customer_id=424242, sale_date=date(2026, 1, 1)))
        uow.commit()


def test_a_second_instance_gets_a_clear_already_open_message(db_paths: AppPaths) -> None:
    first = open_database(db_paths)
    try:
        with pytest.raises(
            AlreadyOpenError, match=r"already open in another crm_desktop window \(program \d+"
        ):
            open_database(db_paths)
    finally:
        first.close()
    open_database(db_paths).close()  # closing the first window frees the database


def test_a_lock_left_by_a_crash_does_not_block_the_next_start(db_paths: AppPaths) -> None:
    assert db_paths.db_file is not None
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from crm_desktop.storage.lock import InstanceLock
                lock = InstanceLock(Path({str(db_paths.db_file)!r}))
                lock.acquire()
                print("locked", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyOpenError, match=str(holder.pid)):
            InstanceLock(db_paths.db_file).acquire()
    finally:
        holder.kill()  # SIGKILL: no clean-up runs, the lock file stays behind
        holder.wait()
    assert Path(f"{db_paths.db_file}.lock").exists()
    opened = open_database(db_paths)
    opened.close()


def _full_disk_database(db_paths: AppPaths) -> Database:
    """The same file, on a "disk" that has no room left beyond its current size."""
    engine = create_app_engine(db_paths.url)

    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        size = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={size}")

    return Database(engine, "full disk")


def test_a_full_disk_is_reported_and_loses_nothing_saved(opened: OpenedDatabase, db_paths: AppPaths) -> None:
    with opened.database.writing() as uow:
        uow.session.add(Customer(name="Saved before the disk filled"))
        uow.commit()
    full = _full_disk_database(db_paths)
    with pytest.raises(StorageEnvironmentError, match="disk is full"), full.writing() as uow:
        uow.session.add_all(Customer(name="x" * 200, notes="y" * 5000) for _ in range(400))
        uow.commit()
    full.dispose()
    with opened.database.reading() as uow:
        assert [c.name for c in uow.session.query(Customer)] == ["Saved before the disk filled"]
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_a_read_only_database_is_reported(opened: OpenedDatabase) -> None:
    with pytest.raises(StorageEnvironmentError, match="read-only"), opened.database.writing() as uow:
        uow.session.execute(text("PRAGMA query_only=ON"))
        try:
            uow.session.add(Customer(name="Ana"))
            uow.commit()
        finally:
            uow.session.execute(text("PRAGMA query_only=OFF"))


def test_a_database_busy_in_another_program_is_reported(db_paths: AppPaths) -> None:
    other = sqlite3.connect(db_paths.db_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    impatient = Database(create_app_engine(db_paths.url, busy_timeout_ms=50), "busy")
    try:
        with pytest.raises(StorageEnvironmentError, match=r"busy|locked"), impatient.writing() as uow:
            uow.session.add(Customer(name="Ana"))
            uow.commit()
    finally:
        other.execute("ROLLBACK")
        other.close()
        impatient.dispose()


def test_an_unwritable_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(StorageEnvironmentError, match="cannot be created"):
        open_database(resolve(data_dir=str(blocker / "shop")))


def _kill_rounds(
    url: str, writer: Callable[..., None], rounds: int, *args: object, strict: bool = True
) -> list[int]:
    """``rounds`` times: ``writer`` commits as fast as it can, reporting each id once its commit has
    returned, and is killed (SIGKILL) at a random moment; every id reported, in order."""
    import multiprocessing
    import random
    import signal
    import time

    rng = random.Random(2026)
    # forkserver: writers are forked from a clean helper process, not from this one, which may already
    # run Qt's worker threads (forking a threaded process can deadlock).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["crm_desktop.storage.engine", "crm_desktop.storage.models"])
    reported: list[int] = []
    for _round in range(rounds):
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=writer, args=(url, sender, *args))
        child.start()
        sender.close()
        # Kill in the middle of the stream: after a random number of commits have returned, plus a
        # random fraction of the next one, so the kill lands anywhere inside a transaction or commit.
        wanted = rng.randint(1, 12)
        got: list[int] = []
        arrived: list[float] = []
        deadline = time.monotonic() + 30
        try:
            while len(got) < wanted and time.monotonic() < deadline:
                if receiver.poll(0.1):
                    got.append(int(receiver.recv_bytes()))
                    arrived.append(time.monotonic())
        except EOFError:  # the writer ended by itself: only the negative control's damaged file does that
            assert not strict, "a writer failed on its own (its error is printed above)"
        # Up to one whole commit later, as long as a commit takes on this machine: a fixed few
        # milliseconds lands before the next transaction writes anything on a slower machine.
        one_commit = (arrived[-1] - arrived[0]) / (len(arrived) - 1) if len(arrived) > 1 else 0.004
        time.sleep(rng.uniform(0, max(one_commit, 0.004)))
        with contextlib.suppress(ProcessLookupError):  # (a negative control's writer may be gone)
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        try:
            while receiver.poll(0):
                got.append(int(receiver.recv_bytes()))
        except EOFError:
            pass
        receiver.close()
        assert got or not strict, "the writer should have committed before being killed"
        reported.extend(got)
    return reported


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_during_a_stream_of_commits_loses_no_committed_row(db_paths: AppPaths) -> None:
    """50 times: a writer commits rows as fast as it can and is killed at a random moment."""
    assert db_paths.db_file is not None
    reported = _kill_rounds(db_paths.url, _commit_forever, 50)
    assert len(reported) >= 50, "every writer should have committed rows before being killed"
    with sqlite3.connect(db_paths.db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in conn.execute("SELECT id FROM customer")}
    conn.close()
    assert set(reported) <= stored


def _commit_forever(url: str, report: Connection) -> None:
    database = Database(create_app_engine(url), "crash test")
    n = 0
    while True:
        n += 1
        with database.writing() as uow:
            customer = Customer(name=f"Customer {os.getpid()}-{n}", notes="n" * (n % 500))
            uow.session.add(customer)
            uow.commit()
            report.send_bytes(str(customer.id).encode())  # reported only once the commit returned


def _counter_shop(paths: AppPaths) -> tuple[int, int, int]:
    """A customer, a phone and a case sold with the standard after-sales plan: (customer, phone, case)."""
    from crm_desktop.services.catalogue import (
        CategoryInput,
        ProductInput,
        create_category,
        create_product,
        ensure_default_plans,
    )
    from crm_desktop.services.customers import CustomerInput, create_customer

    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        db = opened.database
        plan = ensure_default_plans(db)
        assert plan is not None
        phones = create_category(
            db, CategoryInput(name="Phones", default_warranty_months=24, default_plan_id=plan.id)
        )
        phone = create_product(
            db, ProductInput(sku="PH-1", name="Phone One", category_id=phones.id, price_minor=49_900)
        )
        case = create_product(
            db, ProductInput(sku="PH-C", name="Case", category_id=phones.id, price_minor=1_990)
        )
        customer = create_customer(db, CustomerInput(name="Zoë Øster"))
        return customer.id, phone.id, case.id
    finally:
        opened.close()


def _sell_forever(url: str, report: Connection, shop: tuple[int, int, int], unsafe: bool) -> None:
    """Sales through the service, as the counter records them: two lines, warranties, the plan's
    follow-ups. ``unsafe``: the negative control, SQLite without a journal and with a one-page cache, so
    a transaction's pages reach the file before it commits."""
    from datetime import date

    from sqlalchemy import create_engine, event

    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale

    if unsafe:
        engine = create_engine(url, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _no_journal(connection: Any, _record: Any) -> None:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=1", "foreign_keys=ON"):
                connection.execute(f"PRAGMA {pragma}")

        database = Database(engine, "no journal")
    else:
        database = Database(create_app_engine(url), "crash test")
    customer, phone, case = shop
    lines = (SaleLineInput(product_id=phone, quantity=1), SaleLineInput(product_id=case, quantity=2))
    day = date(2026, 11, 2)
    while True:
        sale = record_sale(database, SaleInput(customer_id=customer, sale_date=day, lines=lines), day)
        report.send_bytes(str(sale.id).encode())


def _half_written(file: Path) -> tuple[str, list[int]]:
    """integrity_check's verdict, and the sales that lack their two items or their follow-ups (``[-1]``
    when the file is too damaged to read them)."""
    conn = sqlite3.connect(file)
    try:
        verdict = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        broken = [
            row[0]
            for row in conn.execute(
                "SELECT s.id FROM sale s "
                "WHERE (SELECT count(*) FROM sale_item i WHERE i.sale_id = s.id) != 2 OR NOT EXISTS "
                "(SELECT 1 FROM follow_up f JOIN sale_item i ON i.id = f.sale_item_id "
                "WHERE i.sale_id = s.id)"
            )
        ]
    except sqlite3.DatabaseError as exc:  # too damaged to check or to read
        return f"unreadable ({exc})", [-1]
    finally:
        conn.close()
    return verdict, broken


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_while_recording_sales_leaves_no_half_written_sale(db_paths: AppPaths) -> None:
    """50 times: the counter records sales through the service and the process is killed at a random
    moment. Every sale reported saved is there, and no sale exists without its items and follow-ups."""
    assert db_paths.db_file is not None
    shop = _counter_shop(db_paths)
    reported = _kill_rounds(db_paths.url, _sell_forever, 50, shop, False)
    verdict, broken = _half_written(db_paths.db_file)
    assert verdict == "ok" and broken == []
    with sqlite3.connect(db_paths.db_file) as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM sale")}
    conn.close()
    assert len(reported) >= 50 and set(reported) <= stored, "no sale reported saved is lost"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_kill_test_can_fail_without_the_journal(db_paths: AppPaths) -> None:
    """The negative control: the same kills on SQLite without a journal leave damage the checks above
    see (half-written sales, or a file that fails integrity_check), so they are not blind."""
    assert db_paths.db_file is not None
    shop = _counter_shop(db_paths)
    _kill_rounds(db_paths.url, _sell_forever, 30, shop, True, strict=False)
    verdict, broken = _half_written(db_paths.db_file)
    assert verdict != "ok" or broken, "30 kills without a journal left no trace: the check would be blind"


def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    opened = open_database(resolve(db=str(shared / "shop.sqlite3")))
    opened.close()
    assert _mode(shared) == 0o1777  # not ours to change
    assert _mode(shared / "shop.sqlite3") == 0o600


def test_a_copy_that_cannot_be_changed_opens_for_reading_and_refuses_every_save(
    read_only_copy: AppPaths,
) -> None:
    import hashlib

    from crm_desktop.app import start
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.services.search import search

    assert read_only_copy.db_file is not None
    before = hashlib.sha256(read_only_copy.db_file.read_bytes()).hexdigest()
    context = start(read_only_copy)  # as the window starts: lock, daily backup and defaults all skipped
    try:
        assert context.database.read_only == "its folder is read-only for you"
        assert [hit.label for hit in search(context.database, "zoe")] == ["Zoë Øster"]
        with pytest.raises(
            StorageEnvironmentError, match=r"This copy of the shop can't be changed \(its folder"
        ):
            create_customer(context.database, CustomerInput(name="Ana"))
    finally:
        context.close()
    folder = read_only_copy.db_file.parent
    assert sorted(p.name for p in folder.iterdir()) == [read_only_copy.db_file.name], "no lock, WAL or backup"
    assert hashlib.sha256(read_only_copy.db_file.read_bytes()).hexdigest() == before


def test_commands_on_a_copy_that_cannot_be_changed(
    read_only_copy: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.cli import main

    assert main(["search", "zoe", "--db", str(read_only_copy.db_file)]) == 0
    assert "Zoë Øster" in capsys.readouterr().out
    assert main(["staff", "add", "Ana Silva", "--role", "sales", "--db", str(read_only_copy.db_file)]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("crm-desktop: This copy of the shop can't be changed") and len(err.splitlines()) == 1
    )


def test_a_copy_that_needs_an_upgrade_and_cannot_be_changed_says_so(
    read_only_copy: AppPaths,
) -> None:
    from crm_desktop.storage.startup import open_database

    assert read_only_copy.db_file is not None
    with sqlite3.connect(read_only_copy.db_file) as conn:  # as an older version left it
        conn.execute("UPDATE alembic_version SET version_num = '0010'")
    conn.close()
    with pytest.raises(
        StorageEnvironmentError, match="must be upgraded for this version of crm_desktop first"
    ):
        open_database(read_only_copy)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file modes do not stop root")
def test_the_reason_is_found_from_the_file_and_its_folder(db_paths: AppPaths) -> None:
    from crm_desktop.storage.startup import read_only_reason

    assert db_paths.db_file is not None
    assert read_only_reason(db_paths) is None
    db_paths.db_file.chmod(0o400)
    try:
        assert read_only_reason(db_paths) == "the file is read-only for you"
    finally:
        db_paths.db_file.chmod(0o600)


def test_a_new_shop_on_a_full_disk_is_one_clear_line_and_leaves_nothing_half_made(small_disk: Path) -> None:
    """The first start on a disk with too little room: the message, and no half-made shop file that the
    next start would take for a real one; once there is room, the same start works."""
    from crm_desktop.app import start
    from tests.conftest import fill_disk

    paths = resolve(db=str(small_disk / "shop" / "crm.sqlite3"))
    filler = fill_disk(small_disk, leave=64 * 1024)
    with pytest.raises(StorageEnvironmentError, match="disk is full"):
        start(paths)
    assert sorted(p.name for p in (small_disk / "shop").iterdir()) == [], "nothing half-made"
    filler.unlink()
    start(paths).close()


def test_a_lock_file_on_a_full_disk_is_one_clear_line(small_disk: Path) -> None:
    from crm_desktop.storage.startup import open_database
    from tests.conftest import fill_disk

    paths = resolve(db=str(small_disk / "crm.sqlite3"))
    open_database(paths, lock=False, daily_backup=False).close()  # the shop exists; then the disk fills
    fill_disk(small_disk)
    with pytest.raises(StorageEnvironmentError, match=r"cannot write its lock file .* \(the disk is full\)"):
        open_database(paths, daily_backup=False)
    assert (small_disk / "crm.sqlite3").stat().st_size > 0, "the shop is untouched"


def test_the_command_line_on_a_full_disk(small_disk: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import fill_disk

    fill_disk(small_disk, leave=64 * 1024)
    command = ["demo", "--customers", "5", "--db", str(small_disk / "crm.sqlite3")]
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "disk is full" in result.stderr, result.stderr


def test_a_connection_without_the_safety_settings_is_refused_as_it_opens() -> None:
    """The negative control of the run-time check: SQLite without a write-ahead log (here: in memory) is
    refused, and a bare connection's settings are named."""
    from crm_desktop.storage.engine import check_connection

    memory = create_app_engine("sqlite+pysqlite:///:memory:")
    with pytest.raises(StorageEnvironmentError, match="cannot keep SQLite's write-ahead log"):
        memory.connect()
    memory.dispose()
    bare = sqlite3.connect(":memory:", timeout=0)
    bare.execute("PRAGMA synchronous=OFF")
    assert (
        check_connection(bare)
        == "synchronous is not FULL, foreign keys are not on, the busy timeout is not set"
    )
    bare.close()


class FakeMsvcrt:
    """Windows' msvcrt.locking as its documentation describes it, for this POSIX machine: a lock on
    ``nbytes`` from the file's current position, refused (OSError) while another handle holds it, and
    mandatory (a locked byte cannot be read by others: the lock must lie past what they read)."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}  # (inode, offset) -> the descriptor holding it

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.held and self.held[key] != fd:
                raise OSError(36, "Resource deadlock avoided")  # what msvcrt raises after its retries
            self.held[key] = fd
        elif self.held.get(key) == fd:
            del self.held[key]
        else:
            raise OSError(13, "Permission denied")


def test_the_windows_lock_with_the_platform_faked(
    db_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.storage import lock

    fake = FakeMsvcrt()
    locking, unlocking = lock.windows_functions(fake)
    monkeypatch.setattr(lock, "_lock", locking)
    monkeypatch.setattr(lock, "_unlock", unlocking)
    assert db_paths.db_file is not None
    first = InstanceLock(db_paths.db_file)
    first.acquire()
    ((_inode, offset),) = fake.held
    details = first.path.read_text(encoding="utf-8")
    assert offset == lock.WINDOWS_LOCK_OFFSET > len(details.encode()), "the details stay readable"
    assert f'"pid": {os.getpid()}' in details
    with pytest.raises(
        AlreadyOpenError, match=rf"already open in another crm_desktop window \(program {os.getpid()}"
    ):
        InstanceLock(db_paths.db_file).acquire()
    first.release()
    assert fake.held == {}
    again = InstanceLock(db_paths.db_file)
    again.acquire()  # free again once released
    again.release()
