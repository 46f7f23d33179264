"""`crm-desktop staff list | add | retire`, run in-process through ``main`` as the user types them."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.domain.validation import CustomerInput
from crm_desktop.paths import AppPaths, resolve
from crm_desktop.services.customers import create_customer
from crm_desktop.services.jobs import JobInput, get_job, open_job
from crm_desktop.services.staff import StaffMember, find_staff, list_staff, open_work, set_pin
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import open_database
from tests.support import database_option

TODAY = date(2026, 3, 16)
NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)


class Shop:
    """The command line on one database, and a look at that database between commands."""

    def __init__(self, paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
        self.paths = paths
        self.capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        try:
            code = main([*args, *database_option(self.paths)])
        except SystemExit as usage_error:  # argparse refuses the arguments before main's try
            code = int(usage_error.code or 0)
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert (code, err) == (0, "")
        return out

    def refused(self, *args: str) -> str:
        """The one line a refused command prints (and checks it is one line, without a traceback)."""
        code, out, err = self.run(*args)
        assert code != 0 and out == ""
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        return err.strip()

    def read(self) -> Database:
        opened = open_database(self.paths, lock=False, daily_backup=False)
        self._opened = opened
        return opened.database

    def close(self) -> None:
        self._opened.close()

    def staff(self, *, everyone: bool = True) -> tuple[StaffMember, ...]:
        database = self.read()
        try:
            return list_staff(database, include_inactive=everyone)
        finally:
            self.close()


@pytest.fixture
def shop(db_paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> Shop:
    return Shop(db_paths, capsys)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample shop, written once for this module (each test works on a copy)."""
    from crm_desktop.services.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "crm.sqlite3"
    opened = open_database(resolve(db=str(path)), lock=False, daily_backup=False)
    try:
        fill_demo(opened.database, customers=40, seed=3, today=TODAY)
    finally:
        opened.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Shop:
    target = tmp_path / "demo" / "crm.sqlite3"
    target.parent.mkdir()
    shutil.copy2(demo_template, target)
    return Shop(resolve(db=str(target)), capsys)


# ------------------------------------------------------------------------------------ empty database


def test_list_and_add_on_an_empty_database(shop: Shop) -> None:
    assert shop.ok("staff", "list") == (
        "Nobody works here yet: add someone with `crm-desktop staff add NAME --role owner`.\n"
    )
    assert json.loads(shop.ok("staff", "list", "--json")) == []

    assert shop.ok("staff", "add", "Ana Silva", "--role", "sales", "--role", "Owner") == (
        "Added Ana Silva (AS): owner, sales.\n"
    )
    assert shop.ok("staff", "add", "Bo  Lund", "--role", "technician", "--initials", "bl") == (
        "Added Bo Lund (BL): technician.\n"
    )
    database = shop.read()
    try:
        set_pin(database, find_staff(database, "Bo").id, "2468", staff_id=None)
    finally:
        shop.close()

    assert shop.ok("staff", "list").splitlines() == [
        "Ana Silva  AS  owner, sales  active  no PIN",
        "Bo Lund    BL  technician    active  PIN",
    ]
    listed = shop.ok("staff", "list", "--json")
    assert json.loads(listed) == [
        {
            "name": "Ana Silva",
            "initials": "AS",
            "roles": ["owner", "sales"],
            "active": True,
            "retired_at": None,
            "has_pin": False,
        },
        {
            "name": "Bo Lund",
            "initials": "BL",
            "roles": ["technician"],
            "active": True,
            "retired_at": None,
            "has_pin": True,
        },
    ]
    assert "scrypt" not in listed and "2468" not in listed


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["add", "Cy", "--role", "boss"], "'boss' is not a role; the roles are owner, sales, technician", 2),
        (["add", "Cy"], "the following arguments are required: --role", 2),
        (["add", "   ", "--role", "sales"], "The name cannot be empty.", 1),
        (["add", "ana  SILVA", "--role", "sales"], "There is already a staff member called Ana Silva", 1),
        (
            ["add", "Cy", "--role", "sales", "--initials", "ABCDEFGHIJ"],
            "too long: 10 characters, at most 8",
            1,
        ),
        (["retire", "Nobody"], "There is no staff member called “Nobody”. Staff: Ana Silva, Bo Lund.", 1),
        (["retire", "l"], "“l” could be Ana Silva, Bo Lund; give more of the name.", 1),
        (["retire", "Bo", "--reassign-to", "Nobody"], "There is no staff member called “Nobody”", 1),
        (["retire", "Bo", "--reassign-to", "Bo Lund"], "Choose a colleague to take the work", 1),
        (["retire", "Ana"], "The shop needs an owner", 1),
        ([], "the following arguments are required: ACTION", 2),
    ],
)
def test_each_mistake_is_one_clear_line(shop: Shop, args: list[str], message: str, code: int) -> None:
    shop.ok("staff", "add", "Ana Silva", "--role", "owner")
    shop.ok("staff", "add", "Bo Lund", "--role", "technician")
    before = shop.staff()
    exit_code, out, err = shop.run("staff", *args)
    assert (exit_code, out) == (code, "")
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert shop.staff() == before  # nothing was written


@pytest.mark.parametrize("action", [["list"], ["retire", "Bo"]])
def test_commands_that_read_need_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], action: list[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["staff", *action, "--db", str(missing)]) == 1
    assert f"There is no database at {missing} yet" in capsys.readouterr().err
    assert not missing.exists()


def test_retire_refuses_while_work_is_open_then_moves_it(shop: Shop) -> None:
    shop.ok("staff", "add", "Ana Silva", "--role", "owner", "--role", "sales")
    shop.ok("staff", "add", "Bo Lund", "--role", "technician")
    database = shop.read()
    try:
        bo = find_staff(database, "Bo")
        customer = create_customer(database, CustomerInput(name="Zoë Øster"))
        job = open_job(
            database,
            JobInput(customer_id=customer.id, unit_description="Radio", reported_problem="No sound",
                     technician_id=bo.id),
            TODAY,
            NOW,
        )  # fmt: skip
    finally:
        shop.close()

    assert shop.refused("staff", "retire", "bo") == (
        "crm-desktop: Bo Lund still has 1 service job: give --reassign-to NAME to move it to a colleague. "
        "Nothing was changed."
    )
    assert all(member.active for member in shop.staff())

    out = shop.ok("staff", "retire", "bo", "--reassign-to", "ana")
    assert out.startswith("Bo Lund retired on ")
    assert out.endswith("; moved to Ana Silva: 1 service job.\n")
    database = shop.read()
    try:
        ana = find_staff(database, "Ana")
        assert get_job(database, job.id).technician_id == ana.id
        assert open_work(database, bo.id).total == 0
    finally:
        shop.close()
    assert shop.ok("staff", "list") == "Ana Silva  AS  owner, sales  active  no PIN\n"
    retired = shop.ok("staff", "list", "--all").splitlines()[1]
    assert retired.startswith("Bo Lund    BL  technician    retired 20") and retired.endswith("  no PIN")
    assert "already retired" in shop.refused("staff", "retire", "Bo", "--reassign-to", "Ana")


def test_retire_someone_without_open_work(shop: Shop) -> None:
    shop.ok("staff", "add", "Ana Silva", "--role", "owner")
    shop.ok("staff", "add", "Bo Lund", "--role", "sales")
    assert shop.ok("staff", "retire", "Bo Lund").endswith("; they had no open work, so nothing moved.\n")
    assert [(m.name, m.active) for m in shop.staff()] == [("Ana Silva", True), ("Bo Lund", False)]


# ---------------------------------------------------------------------------------------- sample shop


def test_list_a_sample_shop(demo: Shop) -> None:
    everyone = demo.staff()
    working = [m for m in everyone if m.active]
    assert len(working) < len(everyone)  # the sample shop has someone who left

    lines = demo.ok("staff", "list").splitlines()
    assert [line.split("  ")[0] for line in lines] == [m.name for m in working]
    assert all(line.endswith("  active  no PIN") for line in lines)

    listed = json.loads(demo.ok("staff", "list", "--all", "--json"))
    assert [entry["name"] for entry in listed] == [m.name for m in everyone]
    gone = [entry for entry in listed if not entry["active"]]
    assert gone and all(datetime.fromisoformat(entry["retired_at"]).tzinfo is not None for entry in gone)
    text = demo.ok("staff", "list", "--all")
    assert all(
        f"retired {datetime.fromisoformat(e['retired_at']).astimezone():%Y-%m-%d}" in text for e in gone
    )


def test_retire_a_technician_of_the_sample_shop(demo: Shop) -> None:
    database = demo.read()
    try:
        technicians = [m for m in list_staff(database) if m.roles == ("technician",)]
        work = {m.name: open_work(database, m.id) for m in technicians}
    finally:
        demo.close()
    leaving, staying = sorted(technicians, key=lambda m: (-work[m.name].jobs, -work[m.name].total))[:2]
    moved = work[leaving.name]
    assert moved.follow_ups and moved.jobs

    assert demo.refused("staff", "retire", leaving.name) == (
        f"crm-desktop: {leaving.name} still has {moved.describe()}: give --reassign-to NAME to move it to a "
        "colleague. Nothing was changed."
    )
    first_name = staying.name.split()[0]
    out = demo.ok("staff", "retire", leaving.name.upper(), "--reassign-to", first_name)
    assert out.endswith(f"; moved to {staying.name}: {moved.describe()}.\n")

    database = demo.read()
    try:
        assert open_work(database, leaving.id).total == 0
        after = open_work(database, staying.id)
        before = work[staying.name]
        assert (after.follow_ups, after.jobs, after.visits, after.promises) == (
            before.follow_ups + moved.follow_ups,
            before.jobs + moved.jobs,
            before.visits + moved.visits,
            before.promises + moved.promises,
        )
        assert not find_staff(database, leaving.name).active
    finally:
        demo.close()
