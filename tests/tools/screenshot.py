"""Developer tool: screenshot the main window on a database, for looking at it and for the README.

    python -m tests.tools.screenshot --db sample.sqlite3 -o docs/screenshot.png

Runs with whatever Qt platform is set (offscreen by default; under Xvfb for a real window manager).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--size", default="1100x700")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from crm_desktop.paths import resolve
    from crm_desktop.storage.startup import open_database
    from crm_desktop.ui.app import ensure_app
    from crm_desktop.ui.main_window import MainWindow

    app = ensure_app()
    opened = open_database(resolve(db=args.db), daily_backup=False)
    window = MainWindow(opened)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def grab() -> None:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(args.output)
        window.close()
        QApplication.quit()

    QTimer.singleShot(500, grab)
    app.exec()
    opened.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
