"""Several workstations, not one edit lost between them: two processes read a record, change it and
save it, 300 times each, on SQLite and on PostgreSQL. Every save either lands on what its writer read or
is refused with a ConflictError (then read again and retried); none silently undoes the other's."""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

import pytest

from crm_desktop.errors import ConflictError
from crm_desktop.paths import AppPaths
from crm_desktop.services.customers import CustomerInput, create_customer, get_customer, update_customer
from crm_desktop.storage.engine import Database, create_app_engine
from crm_desktop.storage.startup import open_database

EDITS = 300


def _input(details: object, notes: str) -> CustomerInput:
    from crm_desktop.services.customers import CustomerDetails

    assert isinstance(details, CustomerDetails)
    return CustomerInput(kind=details.kind, name=details.name, notes=notes)


def _append_notes(url: str, customer_id: int, writer: str, start: object, report: Connection) -> None:
    """Read the notes, add a line, save with the version read; on a conflict, read again."""
    database = Database(create_app_engine(url), writer)
    start.wait()  # type: ignore[attr-defined]
    conflicts = 0
    for n in range(EDITS):
        while True:
            details = get_customer(database, customer_id)
            notes = f"{details.notes}\n{writer}-{n}" if details.notes else f"{writer}-{n}"
            try:
                update_customer(
                    database, customer_id, _input(details, notes), expected_version=details.version
                )
                break
            except ConflictError:
                conflicts += 1
    database.dispose()
    report.send((writer, conflicts))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> AppPaths:
    name = "db_paths" if request.param == "sqlite" else "pg_paths"
    paths: AppPaths = request.getfixturevalue(name)
    return paths


def test_two_processes_appending_to_one_customer_lose_no_line(backend: AppPaths) -> None:
    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        customer = create_customer(opened.database, CustomerInput(name="Shared Customer"))
    finally:
        opened.close()
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    receiver, sender = context.Pipe(duplex=False)
    writers = [
        context.Process(target=_append_notes, args=(backend.url, customer.id, name, start, sender))
        for name in ("counter", "office")
    ]
    for process in writers:
        process.start()
    start.set()
    results = dict(receiver.recv() for _ in writers)
    for process in writers:
        process.join(timeout=120)
        assert process.exitcode == 0
    opened = open_database(backend, lock=False, daily_backup=False)
    try:
        final = get_customer(opened.database, customer.id)
    finally:
        opened.close()
    lines = (final.notes or "").splitlines()
    expected = {f"{writer}-{n}" for writer in ("counter", "office") for n in range(EDITS)}
    assert len(lines) == 2 * EDITS and set(lines) == expected, "no line lost, none written twice"
    assert final.version == 1 + 2 * EDITS, "every save counted once"
    assert sum(results.values()) > 0, "the two writers did meet; each meeting was reported as a conflict"


def test_a_save_from_a_form_read_before_someone_elses_is_refused_in_one_line(db_paths: AppPaths) -> None:
    from crm_desktop.services.staff import start_shop

    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        db = opened.database
        olga = start_shop(db, {"shop.country": "BE"}, "Olga Owner").id
        shown = create_customer(db, CustomerInput(name="Ann Lee"), staff_id=olga)
        update_customer(db, shown.id, CustomerInput(name="Ann Lee", notes="VIP"), staff_id=olga,
                        expected_version=shown.version)  # fmt: skip
        with pytest.raises(ConflictError) as caught:
            update_customer(db, shown.id, CustomerInput(name="Ann Leigh"), expected_version=shown.version)
        message = str(caught.value)
        assert "\n" not in message
        assert message == (
            "Ann Lee was changed by Olga Owner since you opened it (name, notes): nothing of yours was "
            "saved. Open it again to see their change."
        )
        assert get_customer(db, shown.id).name == "Ann Lee"
        # Without a version (a command that reads and writes at once) the save is not refused.
        assert update_customer(db, shown.id, CustomerInput(name="Ann Leigh", notes="VIP")).version == 3
    finally:
        opened.close()
