"""`make bench` runs: a few of its measurements on a tiny shop, and its table and JSON file. Only that it
runs and reports; the speed goals are ratios it prints, never assertions here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # the benchmark measures the embedded database


def test_the_benchmark_runs_and_writes_its_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import bench, bench_ui

    monkeypatch.setattr(bench, "RESULTS", [])
    monkeypatch.setattr(bench, "SEARCH_CACHE", tmp_path / "cache")
    bench.bench_commit(tmp_path, n=3)
    shop = bench._search_shop(40)
    bench_ui.bench_today(shop)  # as on the big shop, with its goal
    bench_ui.bench_today(shop, label="smoke")  # as in the scaling table: no goal
    bench_ui.bench_customer_page(shop, label="smoke")
    from tests.bench_memory import bench_memory

    bench_memory(shop)  # two processes, each printing its peak memory
    table = bench.summary(target=tmp_path / "results.json")
    names = [r.name for r in bench.RESULTS]
    assert names[0].startswith("save one customer x3") and any(
        n.startswith("Today page smoke") for n in names
    )
    scaled = next(r for r in bench.RESULTS if r.name.startswith("Today page smoke"))
    assert scaled.goal is None and scaled.verdict == ""
    assert sum(n.startswith("customer page smoke") for n in names) == 2  # typical and richest
    saved = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in saved["results"]] == names and saved["machine"]["cores"]
    today = next(r for r in saved["results"] if r["name"].startswith("Today"))
    assert today["goal"] == 2 and today["verdict"] in ("pass", "FAIL") and today["ratio"] > 0
    assert "| operation" in table and f"{len(names)} measurements" in table
    memory = next(r for r in bench.RESULTS if r.name.startswith("peak memory"))
    assert memory.unit == "MB" and memory.ours > 10e6 and memory.baseline > 10e6 and " MB |" in table
