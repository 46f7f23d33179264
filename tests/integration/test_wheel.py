"""The built wheel carries its migrations and resources: installed into a fresh environment, run from
outside the repository, it creates and migrates a database."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="the test extras install hatchling to build the wheel offline")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("crm_desktop-*.whl")
    return found


def test_wheel_contains_migrations_and_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "crm_desktop/migrations/env.py" in names
    assert any(n.startswith("crm_desktop/migrations/versions/0001_") for n in names)
    assert any(n.startswith("crm_desktop/resources/") for n in names)


def test_installed_wheel_runs_from_outside_the_repo(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # The dependencies come from the test environment (no network needed); crm_desktop itself only from
    # the wheel: a .pth line adds the folder but not the editable-install hook inside it.
    site = Path(
        subprocess.run(
            [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRM_DESKTOP")}
    outside = tmp_path / "elsewhere"
    outside.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "crm-desktop"), *args],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    location = subprocess.run(
        [str(bin_dir / "python"), "-c", "import crm_desktop; print(crm_desktop.__file__)"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(venv) in location and str(REPO) not in location

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("crm-desktop ")
    data = tmp_path / "shop-data"
    filled = run("demo", "--customers", "5", "--data-dir", str(data))
    assert filled.returncode == 0, filled.stderr
    checked = run("check", "--data-dir", str(data))
    assert checked.returncode == 0 and "integrity: ok" in checked.stdout
