"""`crm-desktop sales [--from DATE] [--to DATE] [--json]`: the Sales page's rows and totals on the
command line, run in-process through ``main`` as the user types them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.paths import AppPaths
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.startup import open_database
from tests.support import database_option, raw_sql

TODAY = date(2026, 11, 1)


def _run(paths: AppPaths, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main([*args, *database_option(paths)])
    except SystemExit as usage_error:  # argparse refuses the arguments before main's try
        code = int(usage_error.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def shop(db_paths: AppPaths) -> AppPaths:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    fill_demo(opened.database, customers=40, seed=4, today=TODAY)
    opened.close()
    return db_paths


def _sql(paths: AppPaths, query: str, **params: object) -> list[tuple[object, ...]]:
    return raw_sql(paths, query, **params)


def test_lists_every_active_sale_newest_first_with_totals(
    shop: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(shop, capsys, "sales", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    expected = _sql(shop, "SELECT number FROM sale WHERE status = 'active' ORDER BY sale_date DESC, id DESC")
    assert [s["number"] for s in data["sales"]] == [f"S-{n:04d}" for (n,) in expected]
    ((total,),) = _sql(
        shop,
        "SELECT sum(i.quantity * i.unit_price_minor) FROM sale_item i JOIN sale s ON s.id = i.sale_id "
        "WHERE s.status = 'active'",
    )
    assert data["count"] == len(expected) and data["total"] == f"{total / 100:.2f}"
    assert data["currency"] == "EUR"
    first = data["sales"][0]
    assert set(first) == {
        "id",
        "number",
        "date",
        "customer_id",
        "customer",
        "seller",
        "items",
        "total",
        "status",
    }

    code, out, err = _run(shop, capsys, "sales")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Number", "Date", "Customer"]
    assert lines[1].startswith(first["number"]) and first["customer"] in lines[1]
    assert lines[-1].startswith(f"{len(expected):,} sales, total ")


def test_a_period(shop: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    start, end = "2026-05-01", "2026-08-31"
    code, out, _err = _run(shop, capsys, "sales", "--from", start, "--to", end, "--json")
    assert code == 0
    dates = [s["date"] for s in json.loads(out)["sales"]]
    ((count,),) = _sql(
        shop,
        "SELECT count(*) FROM sale WHERE status = 'active' AND sale_date BETWEEN :lo AND :hi",
        lo=start,
        hi=end,
    )
    assert len(dates) == count > 0 and all(start <= d <= end for d in dates)
    assert dates == sorted(dates, reverse=True)

    code, out, _err = _run(shop, capsys, "sales", "--from", "2030-01-01")
    assert (code, out) == (0, "No sales in this period.\n")


def test_bad_input_is_one_clear_line(
    shop: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(shop, capsys, "sales", "--from", "2026-13-01")
    assert code == 2 and out == "" and "'2026-13-01' is not a date like 2026-03-31" in err
    code, out, err = _run(shop, capsys, "sales", "--from", "2026-09-01", "--to", "2026-08-01")
    assert code != 0 and out == "" and "ends (2026-08-01) before it starts (2026-09-01)" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    try:
        code = main(["sales", "--db", str(tmp_path / "missing.sqlite3")])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code != 0 and "There is no database" in capsys.readouterr().err
