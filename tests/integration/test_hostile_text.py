"""Hostile text (markup, formulas, SQL, every script, emoji, 10,000-character words) is stored and read
back exactly as written, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.paths import AppPaths
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import OpenedDatabase, open_database


def _round_trip(paths: AppPaths, lines: list[str]) -> None:
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        with opened.database.writing() as uow:
            for line in lines:
                if line.strip():
                    uow.session.add(Customer(name=line[:200], notes=line, address=line))
            uow.commit()
        with opened.database.reading() as uow:
            stored = uow.session.query(Customer).order_by(Customer.id).all()
            expected = [line for line in lines if line.strip()]
            assert [c.notes for c in stored] == expected
            assert [c.address for c in stored] == expected
            assert [c.name for c in stored] == [line[:200] for line in expected]
    finally:
        opened.close()


def test_hostile_text_round_trips_on_sqlite(db_paths: AppPaths, hostile_lines: list[str]) -> None:
    assert any(len(line) >= 10_000 for line in hostile_lines)
    _round_trip(db_paths, hostile_lines)


@pytest.mark.postgres
def test_hostile_text_round_trips_on_postgresql(pg_paths: AppPaths, hostile_lines: list[str]) -> None:
    _round_trip(pg_paths, hostile_lines)


def test_a_nul_character_is_refused_in_a_sentence_by_every_service_that_keeps_text(
    opened: OpenedDatabase,
) -> None:
    """PostgreSQL keeps no NUL in text and SQLite keeps it only to trip every reader: each service that
    saves typed text refuses it in a sentence, on both databases, and saves nothing."""
    from datetime import UTC, datetime, time

    from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, VisitStatus
    from crm_desktop.errors import ValidationError
    from crm_desktop.services.contacts import ContactInput, FollowUpInput, log_contact, schedule_follow_up
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.services.jobs import JobInput, open_job
    from crm_desktop.services.procedures import list_procedures, save_procedure
    from crm_desktop.services.visits import VisitInput, close_visit, job_visits, schedule_visit

    db = opened.database
    day = date(2026, 11, 2)
    now = datetime(2026, 11, 2, 10, tzinfo=UTC)
    zoe = create_customer(db, CustomerInput(name="Zoë Øster"))
    job = open_job(
        db, JobInput(customer_id=zoe.id, unit_description="Washer", reported_problem="Leaks"), day, now
    )
    nul = "Pump\x00 blocked"
    attempts = {
        "procedure name": lambda: save_procedure(db, None, name=nul, steps=["Open it"]),
        "procedure step": lambda: save_procedure(db, None, name="Screen", steps=[nul]),
        "contact": lambda: log_contact(db, zoe.id, ContactInput(Channel.CALL, Direction.INBOUND, nul)),
        "follow-up": lambda: schedule_follow_up(db, zoe.id, FollowUpInput(FollowUpKind.CALL, nul, day), day),
        "visit address": lambda: schedule_visit(
            db,
            VisitInput(
                job_id=job.id,
                technician_id=None,
                day=day,
                start=time(9),
                end=time(10),
                on_site=True,
                address=nul,
            ),
            now,
        ),
    }
    for what, attempt in attempts.items():
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert str(refused.value) and "\x00" not in str(refused.value), what
    visit = schedule_visit(
        db, VisitInput(job_id=job.id, technician_id=None, day=day, start=time(9), end=time(10)), now
    )
    with pytest.raises(ValidationError):
        close_visit(db, visit.id, VisitStatus.DONE, now, outcome=nul)
    assert all("\x00" not in p.name and "\x00" not in "".join(p.steps) for p in list_procedures(db))
    assert all(v.outcome is None for v in job_visits(db, job.id))
