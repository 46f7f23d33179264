"""The headless command line, run as a user runs it: a separate process, one clear line on error."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import crm_desktop
from crm_desktop.domain.enums import RequestStatus, StaffRole
from crm_desktop.domain.requests import DEFAULT_KINDS
from crm_desktop.domain.timeline import promise_chain
from crm_desktop.paths import AppPaths
from crm_desktop.services import requests as rq
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.jobs import ensure_default_procedures
from crm_desktop.services.promises import change_promise_date
from crm_desktop.services.staff import StaffInput, add_staff
from crm_desktop.storage import migrate
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.storage.types import utcnow
from tests.support import database_option


def crm(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = crm("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"crm-desktop {crm_desktop.__version__}"


@pytest.mark.parametrize("before", [True, False])
def test_database_option_before_or_after_the_command(db_paths: AppPaths, before: bool) -> None:
    option = database_option(db_paths)
    result = crm(*([*option, "check"] if before else ["check", *option]))
    assert result.returncode == 0, result.stderr
    assert f"revision:  {migrate.head_revision()}" in result.stdout
    assert "integrity: ok" in result.stdout


def test_check_as_json(db_paths: AppPaths) -> None:
    result = crm("check", "--json", *database_option(db_paths))
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["revision"] == report["head"] == migrate.head_revision()


@pytest.mark.sqlite_only
def test_environment_variables_choose_the_database(db_paths: AppPaths, tmp_path: Path) -> None:
    result = crm("check", env={"CRM_DESKTOP_DATABASE_URL": f"sqlite:///{db_paths.db_file}"}, cwd=tmp_path)
    assert result.returncode == 0 and str(db_paths.db_file) in result.stdout


@pytest.mark.sqlite_only
def test_check_finds_a_damaged_database(db_paths: AppPaths) -> None:
    assert db_paths.db_file is not None
    import sqlite3

    with sqlite3.connect(db_paths.db_file) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO sale_item (sale_id, position, description, quantity, unit_price_minor) "
            "VALUES (77, 0, 'orphan', 1, 0)"
        )
    conn.close()
    result = crm("check", *database_option(db_paths))
    assert result.returncode == 1
    assert "links:     BROKEN" in result.stdout and "sale_item" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--db", "/nonexistent-folder/x.sqlite3"], "There is no database"),
        (["backup", "--db", "/nonexistent-folder/x.sqlite3"], "nothing to back up"),
        (["requests", "--db", "/nonexistent-folder/x.sqlite3"], "nothing to show"),
        (["check", "--database-url", "mysql://a@b/c"], "Only SQLite files and PostgreSQL"),
        (["demo", "--customers", "0", "--db", "/tmp/x.sqlite3"], "must be at least 1"),
    ],
)
def test_errors_are_one_clear_line_without_traceback(args: list[str], message: str) -> None:
    result = crm(*args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.sqlite_only
def test_a_newer_database_is_refused_by_every_command(db_paths: AppPaths) -> None:
    import sqlite3

    with sqlite3.connect(db_paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.close()
    result = crm("check", *database_option(db_paths))
    assert result.returncode == 1 and "newer version of crm_desktop" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_does_not_load_qt() -> None:
    code = (
        "import sys; import crm_desktop.cli, crm_desktop.storage.startup, crm_desktop.services.maintenance; "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ------------------------------------------------------------------------------------------- requests


def _cells(line: str) -> list[str]:
    """A line of a table printed with two spaces or more between its columns."""
    return re.split(r"\s{2,}", line.strip())


def test_the_requests_command_lists_each_request_with_its_promise_and_every_move(
    opened: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.cli import main

    db = opened.database
    ensure_default_procedures(db)
    rq.ensure_default_request_kinds(db)
    kinds = {kind.name: kind.id for kind in rq.list_request_kinds(db)}
    seller = add_staff(db, StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    owner = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    zoe = create_customer(db, CustomerInput(name="Zoë Øster"), staff_id=owner).id
    today, now = date.today(), utcnow()
    lost = rq.open_request(
        db,
        rq.RequestInput(
            customer_id=zoe,
            kind_id=kinds["Lost or stolen device"],
            summary="Phone stolen on the tram; block the line",
            promise_date=today + timedelta(days=2),
            promise_text="Duplicate SIM active",
        ),
        today=today,
        now=now,
        staff_id=seller,
    )
    assert lost.open_promise is not None
    change_promise_date(
        db, lost.open_promise.id, today + timedelta(days=5), "The operator sent the wrong SIM size", today
    )
    rq.move_request(
        db, lost.id, RequestStatus.WAITING_THIRD_PARTY, now=now, staff_id=seller, note="SIM ordered"
    )
    question = rq.open_request(
        db,
        rq.RequestInput(customer_id=zoe, kind_id=kinds["Question"], summary="Is water damage covered?"),
        today=today,
        now=now,
        staff_id=owner,
    )
    rq.move_request(db, question.id, RequestStatus.RESOLVED, now=now, staff_id=owner, note="Answered: no")
    assert main(["requests", *database_option(opened.paths)]) == 0
    header, first, promise, moved, second = capsys.readouterr().out.splitlines()
    assert _cells(header) == [
        "Number", "Kind", "Customer", "Status", "Owner", "Opened", "Last action", "Promised for"
    ]  # fmt: skip
    # live ones first: the lost phone, waiting on the operator, promised for its new date
    assert _cells(first) == [
        "R-0001",
        "Lost or stolen device",
        "Zoë Øster",
        "waiting for a third party",
        "Sam Seller",
        today.isoformat(),
        "today",
        (today + timedelta(days=5)).isoformat(),
    ]
    assert first.index("Zoë Øster") == header.index("Customer")  # the columns line up
    chain = promise_chain(today + timedelta(days=2), [today + timedelta(days=5)], today)
    assert promise.strip() == f"promise: Duplicate SIM active ({chain})"
    assert moved.strip() == (
        f"moved {(today + timedelta(days=2)).isoformat()} → {(today + timedelta(days=5)).isoformat()}: "
        "The operator sent the wrong SIM size"
    )
    assert promise.index("promise") == header.index("Kind")  # under the request it belongs to
    assert _cells(second) == ["R-0002", "Question", "Zoë Øster", "resolved", "Olga Owner", today.isoformat()]

    assert main(["requests", "--open", *database_option(opened.paths)]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [
        "Number", "R-0001", "promise:", "moved"
    ]  # fmt: skip
    assert main(["requests", "--json", *database_option(opened.paths)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in listed] == ["R-0001", "R-0002"]
    assert listed[0]["kind"] == "Lost or stolen device" and listed[0]["status"] == "waiting_third_party"
    assert listed[0]["owner"] == "Sam Seller" and listed[0]["days_without_action"] == 0
    assert listed[0]["promise"] == {
        "promise": "Duplicate SIM active",
        "first_date": (today + timedelta(days=2)).isoformat(),
        "due_date": (today + timedelta(days=5)).isoformat(),
        "chain": chain,
        "moves": [
            {
                "from": (today + timedelta(days=2)).isoformat(),
                "to": (today + timedelta(days=5)).isoformat(),
                "reason": "The operator sent the wrong SIM size",
            }
        ],
    }
    assert listed[1]["status_text"] == "resolved" and listed[1]["closed"] == today.isoformat()
    assert listed[1]["days_without_action"] is None and listed[1]["promise"] is None
    rq.move_request(db, lost.id, RequestStatus.RESOLVED, now=now, staff_id=seller, note="SIM handed over")
    assert main(["requests", "--open", *database_option(opened.paths)]) == 0
    assert capsys.readouterr().out.strip() == "No open requests."


def test_requests_and_today_on_the_sample_shop(tmp_path: Path) -> None:
    """The sample shop's requests, as a user lists them: the support call left for weeks, the promise
    moved three times with its reasons, every kind; Today shows the open ones, longest idle first."""
    import sqlite3

    path = tmp_path / "demo.sqlite3"
    made = crm("demo", "--customers", "30", "--db", str(path))
    assert made.returncode == 0, made.stderr
    assert re.search(r"\b\d+ requests\b", made.stdout)
    today = date.today()
    with sqlite3.connect(path) as con:
        total = con.execute("SELECT count(*) FROM customer_request").fetchone()[0]
        live = con.execute(
            "SELECT number, last_action_at FROM customer_request WHERE closed_at IS NULL ORDER BY number DESC"
        ).fetchall()
        slipped, *_others = con.execute(
            "SELECT r.number, p.id FROM customer_request r JOIN promise p ON p.request_id = r.id "
            "WHERE p.status = 'open' "
            "AND (SELECT count(*) FROM promise_change c WHERE c.promise_id = p.id) = 3"
        ).fetchall()
        reasons = [
            reason
            for (reason,) in con.execute(
                "SELECT reason FROM promise_change WHERE promise_id = ? ORDER BY changed_at", (slipped[1],)
            )
        ]
    con.close()
    idle = {
        f"R-{number:04d}": (today - datetime.fromisoformat(at).replace(tzinfo=UTC).astimezone().date()).days
        for number, at in live
    }

    shown = crm("requests", "--db", str(path))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    rows = [line for line in lines if line.startswith("R-")]
    assert len(rows) == total
    kinds = {_cells(row)[1] for row in rows}
    assert kinds == {name for name, _procedure in DEFAULT_KINDS}
    forgotten = [number for number, days in idle.items() if days >= 15]
    assert forgotten  # the support call that sits
    for number in forgotten:
        (row,) = [row for row in rows if row.startswith(number)]
        assert f"{idle[number]} days ago" in _cells(row)
    number = f"R-{slipped[0]:04d}"
    at = next(n for n, line in enumerate(lines) if line.startswith(number))
    assert lines[at + 1].strip().startswith("promise: ") and lines[at + 1].count("→") == 3
    assert [line.split(": ", 1)[1] for line in lines[at + 2 : at + 5]] == reasons

    listed = json.loads(crm("requests", "--open", "--json", "--db", str(path)).stdout)
    assert [r["number"] for r in listed] == list(idle)
    assert {r["number"]: r["days_without_action"] for r in listed} == idle

    plain = crm("today", "--db", str(path)).stdout
    section = plain.split(f"\nOpen requests ({len(live)})\n", 1)[1].splitlines()
    longest = max(idle.values())
    assert f"last action {longest} days ago" in section[0]
    data = json.loads(crm("today", "--json", "--db", str(path)).stdout)
    assert sorted(r["number"] for r in data["open_requests"]) == sorted(idle)


@pytest.fixture
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample shop, made once for the bad-input cases below (they must not change it)."""
    path = tmp_path_factory.mktemp("bad-input") / "shop.sqlite3"
    assert crm("demo", "--customers", "20", "--today", "2026-11-02", "--db", str(path)).returncode == 0
    return path


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["metrics", "--to", "0001-01-01"], "0001-01-01 is too far from today: give a day from 1900-01-01"),
        (["metrics", "--to", "9999-12-31"], "9999-12-31 is too far from today"),
        (["today", "--date", "9999-12-31"], "9999-12-31 is too far from today"),
        (["today", "--date", "0001-01-01"], "0001-01-01 is too far from today"),
        (["demo", "--today", "9999-12-31"], "9999-12-31 is too far from today"),
        (["sales", "--from", "0001-01-01"], "0001-01-01 is too far from today"),
        (["print", "day", "--technician", "", "-o", "{out}"], "Give a staff member's name"),
        (["print", "history", "1000000000000000000000000000000", "-o", "{out}"], "No customer matches"),
        (["print", "warranty", "9223372036854775808", "-o", "{out}"], "No item sold here has the serial"),
        (["print", "job-sheet", "J-99999999999999999999", "-o", "{out}"], "is not a J-number"),
        (["print", "label", "J351602330204197", "-o", "{out}"], "print label --serial J351602330204197"),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(
    demo_file: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    before = _digest(demo_file)
    out = tmp_path / "never.pdf"
    result = crm(*(a.replace("{out}", str(out)) for a in args), "--db", str(demo_file))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr
    assert _digest(demo_file) == before and not out.exists()


def test_a_day_at_the_ends_of_the_range_still_works(demo_file: Path) -> None:
    for args in (["metrics", "--to", "1900-01-01"], ["today", "--date", "2199-12-31"]):
        result = crm(*args, "--db", str(demo_file))
        assert result.returncode == 0 and result.stderr == "", result.stderr


def test_a_search_for_text_starting_with_a_dash(demo_file: Path) -> None:
    """A phone typed "-45 67" or a reference "-ma…": the text, as typed, before or after the options, or
    after ``--``; each finds what the search box finds."""
    expected = crm("search", "--db", str(demo_file), "--json", "--", "-ma")
    assert expected.returncode == 0 and json.loads(expected.stdout), expected.stderr
    for args in (["-ma", "--json"], ["--json", "-ma"]):
        result = crm("search", *args, "--db", str(demo_file))
        assert (result.returncode, result.stderr, result.stdout) == (0, "", expected.stdout)


def test_an_empty_file_is_not_taken_for_a_new_shop(tmp_path: Path) -> None:
    empty = tmp_path / "shop.sqlite3"
    empty.write_bytes(b"")
    for args in (["search", "ma"], ["today"], ["check"]):
        result = crm(*args, "--db", str(empty))
        assert result.returncode != 0 and "is an empty file, not a shop database" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert empty.stat().st_size == 0, "left as it was"


def test_a_bug_in_a_command_is_one_line_and_its_traceback_goes_to_the_log(
    db_paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop import cli

    def broken(_args: object, _paths: object) -> int:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(cli, "_cmd_today", broken)  # the parser binds the handler when main builds it
    code = cli.main(["today", *database_option(db_paths)])
    err = capsys.readouterr().err
    assert code == 70 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "something went wrong that should not have (OverflowError: date value out of range)" in err
    log = db_paths.log_dir / "crm.log"
    assert "OverflowError: date value out of range" in log.read_text(encoding="utf-8")
