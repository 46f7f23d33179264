"""The Today page: sections against an independent count on the sample shop, exact hand-made cases,
filters, a bounded number of queries, and the `today` command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    JobStatus,
    PromiseStatus,
    StaffRole,
)
from crm_desktop.paths import AppPaths
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.today import due_counts, today_view
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    FollowUp,
    Interaction,
    Promise,
    ServiceJob,
    Staff,
    StaffRoleGrant,
)
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.integration.test_cli import crm
from tests.support import database_option

TODAY = date(2026, 11, 1)  # a Sunday
IDLE = 14


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _day(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def demo(opened: OpenedDatabase) -> Database:
    fill_demo(opened.database, customers=120, seed=5, today=TODAY)
    return opened.database


# ------------------------------------------------------------------------ sample shop vs. plain SQL


def _expected(database: Database, assignee: int | None = None) -> dict[str, set[tuple[str, int]]]:
    """Each section's rows, worked out in Python from plain SQL rows (not the service's queries)."""
    with database.connect() as conn:
        follow_ups = conn.execute(
            text("SELECT id, status, due_date, updated_at, assignee_id FROM follow_up")
        ).all()
        promises = conn.execute(
            text("SELECT id, status, due_date, updated_at, resolved_at, promised_by_id FROM promise")
        ).all()
        moved = dict(
            conn.execute(text("SELECT promise_id, count(*) FROM promise_change GROUP BY promise_id")).all()
        )
        first = dict(conn.execute(text("SELECT id, original_due_date FROM promise")).all())
        promised = dict(conn.execute(text("SELECT id, promised_at FROM promise")).all())
        received = dict(conn.execute(text("SELECT id, received_at FROM service_job")).all())
        told = conn.execute(
            text(
                "SELECT occurred_at, promise_id, job_id, request_id FROM interaction "
                "WHERE direction = 'outbound'"
            )
        ).all()
        jobs = conn.execute(text("SELECT id, status, last_action_at, technician_id FROM service_job")).all()
        requests = conn.execute(
            text("SELECT id, status, last_action_at, owner_id, opened_at FROM customer_request")
        ).all()
        contacts = conn.execute(
            text("SELECT occurred_at, follow_up_id, promise_id, job_id, request_id FROM interaction")
        ).all()

    def day(value: Any) -> date:
        return value if isinstance(value, date) and not isinstance(value, datetime) else _parse(value)

    def stamp(value: Any) -> date:
        if isinstance(value, datetime):
            return value.astimezone(UTC).date()
        return datetime.fromisoformat(str(value)).date()

    last_news: dict[tuple[str, int], date] = {}
    for occurred, pid, jid, rid in told:
        for kind, ref in (("promise", pid), ("job", jid), ("request", rid)):
            if ref is not None:
                last_news[(kind, ref)] = max(last_news.get((kind, ref), date.min), stamp(occurred))
    recent: dict[str, set[int]] = {"f": set(), "p": set(), "j": set(), "r": set()}
    for occurred, fid, pid, jid, rid in contacts:
        if (TODAY - stamp(occurred)).days < IDLE:
            for key, ref in (("f", fid), ("p", pid), ("j", jid), ("r", rid)):
                if ref is not None:
                    recent[key].add(ref)
    out: dict[str, set[tuple[str, int]]] = {
        k: set()
        for k in (
            "overdue",
            "due_today",
            "next_days",
            "promises_due",
            "promises_broken",
            "slipping",
            "waiting_for_news",
            "no_action",
            "long_overdue",
        )
    }
    for fid, status, due, _updated, who in follow_ups:
        due = day(due)
        if status != "open" or (assignee is not None and who != assignee):
            continue
        if due < TODAY:
            out["overdue" if (TODAY - due).days <= 90 else "long_overdue"].add(("follow_up", fid))
        elif due == TODAY:
            out["due_today"].add(("follow_up", fid))
        elif due <= _day(7):
            out["next_days"].add(("follow_up", fid))
    for pid, status, due, updated, resolved, who in promises:
        due = day(due)
        if assignee is not None and who != assignee:
            continue
        if status == "open" and TODAY <= due <= _day(7):
            out["promises_due"].add(("promise", pid))
        if (status == "open" and due < TODAY) or (status == "broken" and (TODAY - stamp(resolved)).days < 7):
            out["promises_broken"].add(("promise", pid))
        if status == "open" and (TODAY - stamp(updated)).days >= IDLE and pid not in recent["p"]:
            out["no_action"].add(("promise", pid))
        if status == "open" and due > day(first[pid]) and moved.get(pid, 0) >= 1:  # the default rule
            out["slipping"].add(("promise", pid))
        news = last_news.get(("promise", pid), stamp(promised[pid]))
        if status == "open" and (TODAY - news).days >= 3:  # no news for the default 3 days
            out["waiting_for_news"].add(("promise", pid))
    for jid, status, last, who in jobs:
        if assignee is not None and who != assignee:
            continue
        still_open = status not in ("collected", "cancelled")
        if still_open and (TODAY - stamp(last)).days >= IDLE and jid not in recent["j"]:
            out["no_action"].add(("job", jid))
        news = last_news.get(("job", jid), stamp(received[jid]))
        if still_open and (TODAY - news).days >= 3:
            out["waiting_for_news"].add(("job", jid))
    for rid, status, last, who, opened in requests:
        if (assignee is not None and who != assignee) or status in ("resolved", "cancelled"):
            continue
        if (TODAY - stamp(last)).days >= IDLE and rid not in recent["r"]:
            out["no_action"].add(("request", rid))
        if (TODAY - last_news.get(("request", rid), stamp(opened))).days >= 3:
            out["waiting_for_news"].add(("request", rid))
    # An item is shown once, in the most urgent section it belongs to.
    urgency = ("promises_broken", "slipping", "no_action", "waiting_for_news", "promises_due")
    for position, key in enumerate(urgency):
        for later in urgency[position + 1 :]:
            out[later] -= out[key]
    return out


def _parse(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


def test_sections_match_an_independent_count_on_the_sample_shop(demo: Database) -> None:
    view = today_view(demo, TODAY, limit=None, tz=UTC)
    expected = _expected(demo)
    for section in view.sections:
        got = {(item.kind, item.id) for item in section.items}
        assert section.count == len(section.items) == len(expected[section.key]), section.key
        assert got == expected[section.key], section.key
    assert view.overdue.count > 0 and view.no_action.count > 0  # the sample shop has work to do
    assert due_counts(demo, TODAY) == (view.overdue.count, view.due_today.count)
    assert all(item.days_overdue > 0 and item.tone == "danger" for item in view.overdue.items)
    dues = [item.due_date or date.min for item in view.overdue.items]
    assert dues == sorted(dues)  # oldest first


def test_my_follow_ups_and_kind_filters(demo: Database) -> None:
    with demo.reading() as uow:
        staff = uow.session.execute(
            text(
                "SELECT assignee_id FROM follow_up WHERE status = 'open' AND assignee_id IS NOT NULL "
                "GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
        name = uow.session.get(Staff, staff).name  # type: ignore[union-attr]
    mine = today_view(demo, TODAY, assignee_id=staff, limit=None, tz=UTC)
    expected = _expected(demo, assignee=staff)
    for section in mine.sections:
        assert {(i.kind, i.id) for i in section.items} == expected[section.key], section.key
    assert all(i.assignee_name == name for s in mine.sections for i in s.items)

    promises_only = today_view(demo, TODAY, kinds={"promise"}, limit=None, tz=UTC)
    everything = today_view(demo, TODAY, limit=None, tz=UTC)
    assert promises_only.overdue.count == promises_only.due_today.count == promises_only.next_days.count == 0
    assert promises_only.promises_due == everything.promises_due
    assert {i.kind for i in promises_only.no_action.items} <= {"promise"}
    assert promises_only.no_action.count == sum(i.kind == "promise" for i in everything.no_action.items)

    calls = today_view(demo, TODAY, follow_up_kinds={FollowUpKind.CALL}, limit=None, tz=UTC)
    assert {i.id for i in calls.overdue.items} == {
        i.id for i in everything.overdue.items if i.detail.startswith("call ·")
    }
    with pytest.raises(ValueError, match="unknown Today kinds"):
        today_view(demo, TODAY, kinds={"sale"})


# ------------------------------------------------------------------------------- exact hand-made rows


@pytest.fixture
def shop(opened: OpenedDatabase) -> Iterator[tuple[Database, dict[str, int]]]:
    database = opened.database
    ids: dict[str, int] = {}
    with database.writing() as uow:
        s = uow.session
        anna = Staff(name="Anna", roles=[StaffRoleGrant(role=StaffRole.SALES)])
        tom = Staff(name="Tom", roles=[StaffRoleGrant(role=StaffRole.TECHNICIAN)])
        zoe = Customer(name="Zoë <b>Øster</b>")
        s.add_all([anna, tom, zoe])
        s.flush()
        old = _at(_day(-60))

        def follow_up(key: str, due: int, **kw: Any) -> None:
            row = FollowUp(
                customer_id=zoe.id,
                kind=kw.pop("kind", FollowUpKind.CALL),
                title=key,
                due_date=_day(due),
                assignee_id=kw.pop("assignee_id", anna.id),
                created_at=old,
                updated_at=kw.pop("updated_at", old),
                **kw,
            )
            s.add(row)
            s.flush()
            ids[key] = row.id

        follow_up("late", -1)
        follow_up("late_idle", -20)
        follow_up("late_but_called", -20)
        follow_up("late_but_moved", -20, updated_at=_at(_day(-3)))
        follow_up("today", 0, assignee_id=tom.id)
        follow_up("in_a_week", 7)
        follow_up("in_eight_days", 8)
        follow_up("done_late", -5, status="done", completed_at=old)

        def promise(key: str, due: int, status: PromiseStatus = PromiseStatus.OPEN, **kw: Any) -> None:
            row = Promise(
                customer_id=zoe.id,
                description=key,
                promised_by_id=anna.id,
                promised_at=old,
                original_due_date=_day(kw.pop("original", due)),
                due_date=_day(due),
                status=status,
                created_at=old,
                updated_at=kw.pop("updated_at", _at(_day(-1))),
                **kw,
            )
            s.add(row)
            s.flush()
            ids[key] = row.id

        promise("promise_soon", 3, original=1)
        promise("promise_late", -2)
        promise("promise_broken_recently", -10, PromiseStatus.BROKEN, resolved_at=_at(_day(-2)))
        promise("promise_broken_long_ago", -40, PromiseStatus.BROKEN, resolved_at=_at(_day(-30)))
        promise("promise_forgotten", 30, updated_at=old)
        promise("promise_told", 2)  # the customer was called about it yesterday (below)

        def job(key: str, number: int, status: JobStatus, last: int) -> None:
            row = ServiceJob(
                number=number,
                customer_id=zoe.id,
                unit_description="Phone",
                status=status,
                technician_id=tom.id,
                received_at=old,
                last_action_at=_at(_day(last)),
                closed_at=old if status in (JobStatus.COLLECTED, JobStatus.CANCELLED) else None,
            )
            s.add(row)
            s.flush()
            ids[key] = row.id

        job("job_idle", 1, JobStatus.WAITING_PARTS, -20)
        job("job_called", 2, JobStatus.WAITING_PARTS, -20)
        job("job_busy", 3, JobStatus.REPAIRING, -2)
        job("job_collected", 4, JobStatus.COLLECTED, -50)
        for ref, ago in (
            ({"follow_up_id": ids["late_but_called"]}, 3),
            ({"job_id": ids["job_called"]}, 3),
            ({"promise_id": ids["promise_told"]}, 1),
        ):
            s.add(
                Interaction(
                    customer_id=zoe.id,
                    channel=Channel.CALL,
                    direction=Direction.OUTBOUND,
                    occurred_at=_at(_day(-ago)),
                    summary="Called",
                    **ref,
                )
            )
        uow.commit()
        ids["anna"], ids["tom"], ids["zoe"] = anna.id, tom.id, zoe.id
    yield database, ids


def _kind_of(key: str) -> str:
    """The fixture names its rows by kind: promise_..., job_..., the rest are follow-ups."""
    if key in ("anna", "tom", "zoe"):
        return "other"
    return "promise" if key.startswith("promise") else "job" if key.startswith("job") else "follow_up"


def _keys(view: Any, ids: dict[str, int]) -> dict[str, list[str]]:
    names = {(_kind_of(key), value): key for key, value in ids.items()}
    return {s.key: [names[(i.kind, i.id)] for i in s.items] for s in view.sections}


def test_exact_sections_on_hand_made_rows(shop: tuple[Database, dict[str, int]]) -> None:
    database, ids = shop
    view = today_view(database, TODAY, tz=UTC)
    keys = _keys(view, ids)
    assert keys["overdue"] == ["late_idle", "late_but_called", "late_but_moved", "late"]
    assert keys["due_today"] == ["today"]
    assert keys["next_days"] == ["in_a_week"]
    # Each item is in one section, its most urgent: promise_soon is due in 3 days, but its customer has
    # heard nothing for 60; promise_told's customer was called yesterday.
    assert keys["promises_due"] == ["promise_told"]
    assert keys["promises_broken"] == ["promise_broken_recently", "promise_late"]
    assert keys["slipping"] == []  # promise_soon is later than first promised, but was never moved
    assert keys["waiting_for_news"] == ["job_busy", "promise_soon", "job_called"]
    # late_idle is untouched for 20 days, and shown once, as overdue
    assert keys["no_action"] == ["promise_forgotten", "job_idle"]  # longest untouched first (60 days)
    assert keys["long_overdue"] == []

    late = view.overdue.items[-1]
    assert (late.customer_id, late.customer_name, late.days_overdue, late.assignee_name) == (
        ids["zoe"],
        "Zoë <b>Øster</b>",
        1,
        "Anna",
    )
    assert late.detail == "call · 1 day overdue" and late.tone == "danger"
    told = view.promises_due.items[0]
    assert told.detail == "promised 3 Nov" and told.tone == "neutral"
    idle_job = next(i for i in view.no_action.items if i.kind == "job")
    assert idle_job.title == "J-0001 · Phone" and idle_job.days_idle == 20 and idle_job.due_date is None
    assert idle_job.detail == "waiting for parts · last action 20 days ago"
    assert due_counts(database, TODAY) == (4, 1)

    toms = _keys(today_view(database, TODAY, assignee_id=ids["tom"], tz=UTC), ids)
    assert toms == {
        "overdue": [],
        "due_today": ["today"],
        "next_days": [],
        "promises_due": [],
        "promises_broken": [],
        "slipping": [],
        # his open jobs, none told anything for 3 days (job_called's call was exactly 3 days ago), but
        # job_idle is shown as idle
        "waiting_for_news": ["job_busy", "job_called"],
        "no_action": ["job_idle"],
        "long_overdue": [],
    }
    shorter = today_view(database, TODAY, idle_days=2, tz=UTC)
    assert "job_busy" in _keys(shorter, ids)["no_action"]


def test_counts_stay_exact_when_rows_are_capped(shop: tuple[Database, dict[str, int]]) -> None:
    database, _ = shop
    view = today_view(database, TODAY, limit=2, tz=UTC)
    assert view.overdue.count == 4 and len(view.overdue.items) == 2
    assert view.no_action.count == 2 and len(view.no_action.items) == 2
    assert [i.days_idle for i in view.no_action.items] == [60, 20]
    capped = today_view(database, TODAY, limit=1, tz=UTC)
    assert capped.waiting_for_news.count == 3 and len(capped.waiting_for_news.items) == 1


def test_a_big_day_loads_in_a_fixed_number_of_queries(shop: tuple[Database, dict[str, int]]) -> None:
    database, ids = shop
    with database.writing() as uow:
        for n in range(300):
            uow.session.add(
                FollowUp(
                    customer_id=ids["zoe"],
                    kind=FollowUpKind.CALL,
                    title=f"Call {n}",
                    due_date=_day(n % 30 - 15),
                    assignee_id=ids["anna"] if n % 2 else None,
                )
            )
        uow.commit()
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        view = today_view(database, TODAY, limit=None, tz=UTC)
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
    assert view.overdue.count == 4 + 150
    # the settings; one for the counts; the rows of overdue, today and next days (nothing is long overdue:
    # an empty section is not read); the open promises, jobs and requests, each placed, counted and listed
    # by one statement; the promises marked broken, counted then listed; the phones; the reasons of the
    # moved promises shown
    assert len(statements) == 1 + 1 + 3 + 3 + 2 + 1 + 1


@pytest.mark.postgres
def test_today_on_postgres(pg_paths: AppPaths) -> None:
    opened = open_database(pg_paths)
    try:
        fill_demo(opened.database, customers=40, seed=2, today=TODAY)
        view = today_view(opened.database, TODAY, limit=None, tz=UTC)
        expected = _expected(opened.database)
        for section in view.sections:
            assert {(i.kind, i.id) for i in section.items} == expected[section.key], section.key
            assert section.count == len(expected[section.key])
    finally:
        opened.close()


# ------------------------------------------------------------------------------------ command line


def test_today_command(demo: Database, db_paths: AppPaths) -> None:
    view = today_view(demo, TODAY)
    demo.dispose()
    result = crm("today", "--date", TODAY.isoformat(), "--json", *database_option(db_paths))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["today"] == "2026-11-01" and data["idle_days"] == 14
    assert [s["key"] for s in data["sections"]] == [s.key for s in view.sections]
    assert [s["count"] for s in data["sections"]] == [s.count for s in view.sections]
    first = data["sections"][0]["items"][0]
    assert first == view.overdue.items[0].as_dict()

    plain = crm(*database_option(db_paths), "today", "--date", TODAY.isoformat())
    assert plain.returncode == 0, plain.stderr
    assert f"Overdue follow-ups ({view.overdue.count})" in plain.stdout
    assert view.overdue.items[0].customer_name in plain.stdout
