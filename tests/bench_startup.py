"""Cold start (run by `make bench`): a new Python process opening the big shop until its window is first
painted, and until the Today page's rows are painted, against bare baselines started the same way.

Each process prints the wall-clock time of its moments; the parent subtracts the time it started the
process, so interpreter start-up and imports count on both sides."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from tests.bench import _report

# A bare window: PySide6, a main window with a label, shown; the time of its first paint.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Today"))
window.resize(1180, 760)

class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.time(), flush=True)
            {after_paint}
            app.quit()
        return False

first = First()
window.installEventFilter(first)
window.show()
app.exec()
"""

# The Today baseline: the bare window, then SQLAlchemy imported and Today's rows read by raw SQL.
TODAY_RAW = """
import datetime, sqlite3, sqlalchemy
from tests.bench_today_raw import raw_today
raw_today(sqlite3.connect({path!r}), datetime.date.today())
print("today", time.time(), flush=True)
"""

# Ours: the app's own start (`run_gui`), stopped once Today's rows are painted.
OURS = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from crm_desktop.paths import resolve
from crm_desktop.ui.app import ensure_app, run_gui

app = ensure_app()

class Watch(QObject):
    window_painted = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            window = watched.window()
            if not self.window_painted and type(window).__name__ in ("StartingWindow", "MainWindow"):
                self.window_painted = True
                print("painted", time.time(), flush=True)
            if type(window).__name__ == "MainWindow":
                page = getattr(window, "today_page", None)
                if page is not None and page.view is not None and watched is page.table.viewport():
                    print("today", time.time(), flush=True)
                    app.quit()
        return False

watch = Watch()
app.installEventFilter(watch)
sys.exit(run_gui(resolve(db={path!r})))
"""


def _moments(script: str, env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env, check=False
    )
    moments = {}
    for line in out.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("painted", "today"):
            moments.setdefault(name, float(stamp) - started)
    if "painted" not in moments:
        raise RuntimeError(f"the process never painted: {out.stderr[-2000:]}")
    return moments


def bench_cold_start(shop: Path, repeat: int = 5) -> None:
    """Cold start to the first painted window (goal: 2x a bare window) and to Today's rows painted (goal:
    1.3x the bare window plus SQLAlchemy's import and Today's queries run raw)."""
    # As installed: Python keeps its compiled modules (this machine's environment may say not to), and a
    # first run, not counted, writes them for both sides.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    ours: dict[str, list[float]] = {"painted": [], "today": []}
    bare: list[float] = []
    raw_today: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(-1, repeat):  # run -1 warms the compiled modules and the file cache
            folder = Path(tmp) / f"run-{n}"  # a fresh copy in its own folder: its first start backs it up
            folder.mkdir()
            copy = folder / "shop.sqlite3"
            shutil.copyfile(shop, copy)
            found = _moments(textwrap.dedent(OURS).format(path=str(copy)), env)
            if n < 0:
                _moments(BARE_WINDOW.format(after_paint="pass"), env)
                continue
            ours["painted"].append(found["painted"])
            ours["today"].append(found.get("today", float("nan")))
            bare.append(_moments(BARE_WINDOW.format(after_paint="pass"), env)["painted"])
            script = BARE_WINDOW.format(
                after_paint=textwrap.indent(TODAY_RAW.format(path=str(copy)), " " * 12).strip()
            )
            raw_today.append(_moments(script, env).get("today", float("nan")))
    _report(
        f"cold start to the first painted window ({shop.stem.split('-')[1]} customers)",
        statistics.median(ours["painted"]),
        statistics.median(bare),
        goal=2,
    )
    _report(
        "cold start until Today's rows are painted",
        statistics.median(ours["today"]),
        statistics.median(raw_today),
        goal=1.3,
    )


__all__ = ["bench_cold_start"]
