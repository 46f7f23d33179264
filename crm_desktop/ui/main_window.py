"""The main window. For now it proves the app starts on a database and shows what the shop holds;
the counter, Today and service pages arrive with their issues."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

import crm_desktop
from crm_desktop.services.overview import ShopOverview, shop_overview
from crm_desktop.storage.startup import OpenedDatabase


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedDatabase) -> None:
        super().__init__()
        self._opened = opened
        self.setWindowTitle("crm_desktop")
        self.resize(960, 640)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(48, 40, 48, 40)
        self.heading = QLabel(central)
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(central)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.sample_banner = QLabel(
            "Sample shop: these customers and sales are made up, for looking around. "
            "Your own data goes into its own database.",
            central,
        )
        self.sample_banner.setObjectName("sampleBanner")
        self.sample_banner.setWordWrap(True)
        self.sample_banner.setStyleSheet(
            "background:#fff3cd; color:#664d03; border:1px solid #ffe69c; border-radius:4px; padding:8px;"
        )
        self.sample_banner.hide()
        layout.addWidget(self.sample_banner)
        for label in (self.heading, self.summary):
            label.setMaximumWidth(820)  # long lines are hard to read on a wide counter screen
            layout.addWidget(label)
        layout.addStretch(1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About crm_desktop", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        self.statusBar().showMessage(f"Database: {opened.database.description}")
        self.refresh()

    def refresh(self) -> None:
        self.show_overview(shop_overview(self._opened.database))

    def show_overview(self, overview: ShopOverview) -> None:
        name = overview.business_name or "Your shop"
        self.heading.setText(f"<h1>{escape(name)}</h1>")
        self.sample_banner.setVisible(overview.is_sample)
        if overview.is_empty:
            self.summary.setText(
                "<p style='font-size:14pt'>Welcome. crm_desktop links every sale to what must happen "
                "after it: follow-up calls, warranty dates, service jobs and the promises made to "
                "customers.</p>"
                "<p>This database is empty. To look around first, fill a separate sample shop with "
                "<code>crm-desktop demo --db sample.sqlite3</code> and open it with "
                "<code>crm-desktop --db sample.sqlite3</code>.</p>"
            )
            return
        rows = [
            ("Customers", overview.customers),
            ("Sales", overview.sales),
            ("Open service jobs", overview.open_jobs),
            ("Open follow-ups", overview.open_follow_ups),
            ("Open promises", overview.open_promises),
        ]
        cell = "font-size:14pt; padding:6px 32px 6px 0"
        table = "".join(
            f"<tr><td style='{cell}'>{label}</td>"
            f"<td align='right' style='{cell}; font-weight:bold'>{value:,}</td></tr>"
            for label, value in rows
        )
        self.summary.setText(f"<table cellspacing='0'>{table}</table>")

    def show_about(self) -> None:
        paths = self._opened.paths
        QMessageBox.about(
            self,
            "About crm_desktop",
            f"<b>crm_desktop {escape(crm_desktop.__version__)}</b><br>"
            f"Database: {escape(paths.describe())}<br>Data folder: {escape(str(paths.data_dir))}<br>"
            f"Schema revision: {escape(self._opened.revision)}",
        )
