"""The headless command line, run as a user runs it: a separate process, one clear line on error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import crm_desktop
from crm_desktop.paths import AppPaths
from crm_desktop.storage import migrate


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
    option = ["--db", str(db_paths.db_file)]
    result = crm(*([*option, "check"] if before else ["check", *option]))
    assert result.returncode == 0, result.stderr
    assert f"revision:  {migrate.head_revision()}" in result.stdout
    assert "integrity: ok" in result.stdout


def test_check_as_json(db_paths: AppPaths) -> None:
    result = crm("check", "--json", "--db", str(db_paths.db_file))
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["revision"] == report["head"] == migrate.head_revision()


def test_environment_variables_choose_the_database(db_paths: AppPaths, tmp_path: Path) -> None:
    result = crm("check", env={"CRM_DESKTOP_DATABASE_URL": f"sqlite:///{db_paths.db_file}"}, cwd=tmp_path)
    assert result.returncode == 0 and str(db_paths.db_file) in result.stdout


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
    result = crm("check", "--db", str(db_paths.db_file))
    assert result.returncode == 1
    assert "links:     BROKEN" in result.stdout and "sale_item" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--db", "/nonexistent-folder/x.sqlite3"], "There is no database"),
        (["backup", "--db", "/nonexistent-folder/x.sqlite3"], "nothing to back up"),
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


def test_a_newer_database_is_refused_by_every_command(db_paths: AppPaths) -> None:
    import sqlite3

    with sqlite3.connect(db_paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.close()
    result = crm("check", "--db", str(db_paths.db_file))
    assert result.returncode == 1 and "newer version of crm_desktop" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_does_not_load_qt() -> None:
    code = (
        "import sys; import crm_desktop.cli, crm_desktop.storage.startup, crm_desktop.services.maintenance; "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
