"""Developer tool: screenshot the main window on a database, for looking at it and for the README.

    python -m tests.tools.screenshot --db sample.sqlite3 -o docs/screenshot.png

Runs with whatever Qt platform is set (offscreen by default; under Xvfb for a real window manager).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tests.support import context_of


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--size", default="1100x700")
    parser.add_argument("--language", default="en", help="the window's language (fr, de, es, nl)")
    parser.add_argument("--screen", action="store_true", help="grab the screen (needs a real display)")
    parser.add_argument(
        "--show",
        default="",
        help="customers | customer:ID | richest | search:TEXT | page:KEY | job:J-0007 | intake:CUSTOMER_ID "
        "| sale:CUSTOMER_ID | person-menu | first-start | person:NAME (empty: a new person) "
        "(default: the start page)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from crm_desktop import i18n
    from crm_desktop.app import AppContext, Clock
    from crm_desktop.paths import resolve
    from crm_desktop.services.settings import shop_money
    from crm_desktop.services.staff import list_staff
    from crm_desktop.storage.startup import open_database
    from crm_desktop.ui import i18n as ui_i18n
    from crm_desktop.ui.app import ensure_app
    from crm_desktop.ui.main_window import MainWindow

    i18n.use_language(args.language)
    app = ensure_app()
    opened = open_database(resolve(db=args.db), daily_backup=False)
    i18n.use_shop_locale(shop_money(opened.database).locale)
    ui_i18n.follow_shop_locale()
    empty = not list_staff(opened.database)
    window = MainWindow(AppContext(opened) if empty else context_of(opened, clock=Clock()))  # the real day
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    target = _show(window, opened, args.show) or window

    def grab() -> None:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        if args.screen:  # includes floating windows such as the search results
            from PySide6.QtGui import QGuiApplication

            geometry = target.frameGeometry()
            QGuiApplication.primaryScreen().grabWindow(
                0, geometry.x(), geometry.y(), geometry.width(), geometry.height() + 40
            ).save(args.output)
        else:
            target.grab().save(args.output)
        window.close()
        QApplication.quit()

    QTimer.singleShot(500, grab)
    app.exec()
    opened.close()
    print(args.output)
    return 0


def _show(window: object, opened: object, what: str) -> object:
    from sqlalchemy import func, select

    from crm_desktop.storage.models import Interaction

    if what == "customers":
        window.show_page("customers")  # type: ignore[attr-defined]
    elif what.startswith("customer:"):
        window.open_customer(int(what.split(":", 1)[1]))  # type: ignore[attr-defined]
    elif what == "richest":
        with opened.database.reading() as uow:  # type: ignore[attr-defined]
            richest = uow.session.execute(
                select(Interaction.customer_id)
                .group_by(Interaction.customer_id)
                .order_by(func.count().desc())
            ).scalar()
        window.open_customer(richest)  # type: ignore[attr-defined]
    elif what.startswith("page:"):
        window.show_page(what.split(":", 1)[1])  # type: ignore[attr-defined]
    elif what.startswith("job:"):
        from crm_desktop.services.jobs import find_job_by_number
        from crm_desktop.ui.job_dialogs import JobWindow

        job = find_job_by_number(opened.database, what.split(":", 1)[1])  # type: ignore[attr-defined]
        assert job is not None, what
        dialog = JobWindow(context_of(opened), job.id, window)  # type: ignore[arg-type,attr-defined]
        dialog.resize(1000, 720)
        dialog.show()
        return dialog
    elif what.startswith("intake:"):
        from crm_desktop.ui.job_dialogs import JobIntakeDialog

        intake = JobIntakeDialog(context_of(opened), int(what.split(":", 1)[1]), window)  # type: ignore[arg-type,attr-defined]
        intake.show()
        return intake
    elif what.startswith("sale:"):  # the sale dialog for a customer, with a line typed in
        from crm_desktop.ui.sale_dialog import SaleDialog

        sale = SaleDialog(context_of(opened), int(what.split(":", 1)[1]), window)  # type: ignore[arg-type]
        sale.show()
        return sale
    elif what.startswith("today:"):  # Today, scrolled to one section (e.g. today:slipping)
        page = window.today_page  # type: ignore[attr-defined]
        key = what.split(":", 1)[1]
        for row, value in enumerate(page.model.rows):
            if getattr(value, "key", None) == key:
                page.table.scrollTo(page.model.index(row, 0), page.table.ScrollHint.PositionAtTop)
    elif what == "person-menu":  # the status bar's switcher, opened
        button = window.person_button  # type: ignore[attr-defined]
        button._fill()
        button.menu_.popup(button.mapToGlobal(button.rect().topLeft()))
        return button.menu_
    elif what == "first-start":  # the shop details dialog of a shop without staff
        from crm_desktop.ui.shop_dialog import ShopDetailsDialog

        dialog = ShopDetailsDialog(window.context, window)  # type: ignore[attr-defined]
        dialog.show()
        return dialog
    elif what.startswith("person:"):  # a person's details, as Settings → Staff shows them
        from crm_desktop.services.staff import list_staff
        from crm_desktop.ui.staff_page import StaffDialog

        name = what.split(":", 1)[1]
        member = next((m for m in list_staff(opened.database) if m.name == name), None)  # type: ignore[attr-defined]
        dialog = StaffDialog(window.context, member, window)  # type: ignore[attr-defined]
        dialog.show()
        return dialog
    elif what.startswith("search:"):
        box = window.search_box  # type: ignore[attr-defined]
        box.setText(what.split(":", 1)[1])
        box.run_search()
    return None


if __name__ == "__main__":
    sys.exit(main())
