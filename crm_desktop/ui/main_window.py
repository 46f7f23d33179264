"""The main window: one search box always on top, navigation on the left, one page at a time.

Pages: Today, Customers, Sales, Service, Warranties, Reports, Settings, plus the welcome page on an empty
database and the customer page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import crm_desktop
from crm_desktop.app import AppContext, start
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import AppPaths
from crm_desktop.services.overview import ShopOverview, shop_overview
from crm_desktop.ui.customers_page import CustomersPage
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.pages import EmptyStatePage, LazyPage, WelcomePage
from crm_desktop.ui.people import PersonButton, PersonSignals, restore_person, switch_person
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import banner_style, tone

if TYPE_CHECKING:  # imported when first used, so start-up does not pay for them
    from crm_desktop.ui.customer_page import CustomerPage
    from crm_desktop.ui.search_box import SearchBox


def navigation() -> tuple[tuple[str, str], ...]:
    """The navigation's pages: key and label, in the window's language (chosen after imports)."""
    return (
        ("today", tr("Today")),
        ("customers", tr("Customers")),
        ("sales", tr("Sales")),
        ("catalogue", tr("Catalogue")),
        ("service", tr("Service")),
        ("warranties", tr("Warranties")),
        ("reports", tr("Reports")),
        ("settings", tr("Settings")),
    )


# Pages that are not in the navigation belong to a section: the list highlights that section while they
# are shown (None: no section, nothing highlighted).
SECTION_OF: dict[str, str | None] = {"customer": "customers", "welcome": None}

EMPTY_STATES: dict[str, tuple[str, str]] = {}  # pages still to come: their title and what they will hold


log = logging.getLogger(__name__)
LIVE_INTERVAL_MS: Final = 1000  # how often the window looks for what other workstations saved


RESTART_PROPERTY = "crmRestart"  # untranslated: a property name


class SalesSlot(LazyPage):
    """The Sales page, built the first time it is shown (its list loads then, not at start-up)."""

    @property
    def explanation(self) -> QLabel:
        """What the page says it holds and how to record a sale (the page is built to answer)."""
        from crm_desktop.ui.sales_page import SalesPage

        page = self.ensure_built()
        assert isinstance(page, SalesPage)
        return page.explanation


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, home_paths: AppPaths | None = None) -> None:
        super().__init__()
        self.context = context
        self._home_paths = home_paths or context.paths  # the shop's own database, when a sample is open
        self._page_keys: list[str] = []
        self.person_signals = PersonSignals(self)
        if context.person is None:
            restore_person(context)  # remembered on this computer, or the shop's only person
        self.setWindowTitle("crm_desktop")
        self.resize(1180, 760)
        self._build_actions()
        self._build_menus()
        self._build_body()
        self._restore_geometry()
        self.person_signals.changed.connect(self._person_changed)
        context.changes.subscribe(self._on_changes)
        self._keep_calendar()
        self._person_changed(context.person)
        self.refresh()
        self.today_page.release()  # Today's rows are read on a worker thread, once, after all of the above

    # -- construction ----------------------------------------------------------------------------
    @property
    def database(self) -> Any:
        return self.context.database

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_customer_action = self._action(
            tr("&New customer…"), QKeySequence.StandardKey.New, self.new_customer
        )
        self.new_sale_action = self._action(tr("New &sale…"), "Ctrl+Shift+S", self.new_sale)
        self.new_job_action = self._action(tr("New service &job…"), "Ctrl+J", self.new_job)
        self.new_job_action.setToolTip(tr("On a customer's page: take a unit in; elsewhere: scan its serial"))
        self.new_request_action = self._action(tr("New &request…"), "Ctrl+R", self.new_request)
        self.new_request_action.setToolTip(
            tr(
                "On a customer's page: something they ask the shop to do or solve (an activation, a "
                "duplicate SIM, a complaint…); elsewhere: find the customer first"
            )
        )
        self.find_action = self._action(tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_search)
        self.find_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
        self.print_action = self._action(tr("&Print…"), QKeySequence.StandardKey.Print, self.print_current)
        self.export_action = self._action(tr("&Export…"), "Ctrl+E", self.export)
        self.export_action.setToolTip(
            tr("Customers, sales, follow-ups, jobs, requests, contacts (CSV, Excel); the calendar; vCards")
        )
        self.print_action.setToolTip(
            tr("The customer's history, the day's job sheets on the Service page, or the metrics on Reports")
        )
        self.quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.about_action = self._action(tr("&About crm_desktop"), None, self.show_about)
        self.shop_action = self._action(tr("Shop &details…"), None, self.edit_shop_details)
        self.server_action = self._action(tr("Shop ser&ver…"), None, self.edit_server)
        self.server_action.setToolTip(tr("Share the shop between several computers on a PostgreSQL server"))
        self.import_action = self._action(tr("&Import…"), None, lambda: self.import_file("customers"))
        self.sample_action = self._action(tr("Explore a sample s&hop"), None, self.explore_sample)
        self.home_action = self._action(tr("Back to &my shop's database"), None, self.back_home)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        for action in (
            self.new_customer_action,
            self.new_sale_action,
            self.new_job_action,
            self.new_request_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.shop_action)
        file_menu.addAction(self.server_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sample_action)
        file_menu.addAction(self.home_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addAction(self.find_action)
        self.go_menu = self.menuBar().addMenu(tr("&Go"))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_body(self) -> None:
        self.toolbar = QToolBar(tr("Search"), self)
        self.toolbar.setObjectName("searchBar")
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.search_box = self._make_search_box()
        self.toolbar.addWidget(self.search_box)
        self.search_archive = QCheckBox(tr("Include the archive"), self)
        self.search_archive.setObjectName("searchArchive")
        self.search_archive.setToolTip(tr("Also find archived customers (merged duplicates, old accounts)"))
        self.search_archive.toggled.connect(self._search_archive_toggled)
        self.toolbar.addWidget(self.search_archive)

        self.sample_banner = QLabel(self)  # its text names the way back, when there is one (refresh)
        self.sample_banner.setObjectName("sampleBanner")
        self.sample_banner.setWordWrap(True)
        self.sample_banner.setStyleSheet(banner_style("warning", padding="8px"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("Pages"))
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}

        self.welcome = WelcomePage(self)
        self.welcome.enter_shop_details.connect(self.edit_shop_details)
        self.welcome.explore_sample.connect(self.explore_sample)
        self.welcome.import_customers.connect(lambda: self.import_file("customers"))
        self._add_page("welcome", self.welcome)
        self.customers_page = CustomersPage(self.context, self)
        self.customers_page.new_customer.connect(self.new_customer)
        self.customers_page.open_customer.connect(self.open_customer)
        from crm_desktop.ui.today_page import TodayPage

        # Painted first, loaded after: the page reads nothing until the window is built (see __init__).
        self.today_page = TodayPage(self.context, self, load=False)
        self.today_page.open_customer.connect(self.open_customer)
        self.today_page.counts_changed.connect(self._show_due_counts)
        self.today_page.copied.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.today_page.open_outbox.connect(self.open_outbox)
        for key, label in navigation():
            page: QWidget
            if key == "customers":
                page = self.customers_page
            elif key == "today":
                page = self.today_page
            elif key == "sales":
                page = SalesSlot(self._build_sales, self)
            elif key == "catalogue":
                page = LazyPage(self._build_catalogue, self)
            elif key == "warranties":
                page = LazyPage(self._build_warranties, self)
            elif key == "service":
                page = LazyPage(self._build_service, self)
            elif key == "reports":
                page = LazyPage(self._build_reports, self)
            elif key == "settings":
                page = LazyPage(self._build_settings, self)
            else:
                title, text = EMPTY_STATES[key]
                page = EmptyStatePage(title, text, self)
            self._add_page(key, page)
            item = QListWidgetItem(label, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            shortcut = f"Ctrl+{len(self.go_menu.actions()) + 1}"  # untranslated: a key sequence
            self.go_menu.addAction(self._action(label, shortcut, self._go(key)))
        self.nav.currentItemChanged.connect(self._nav_changed)
        # On a customer's page "Customers" is already highlighted, so a click on it changes no current
        # item: go back to the list all the same.
        self.nav.itemClicked.connect(lambda item: self.show_page(item.data(Qt.ItemDataRole.UserRole)))

        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.sample_banner)
        read_only = self.context.database.read_only
        self.read_only_banner = QLabel(
            tr(
                "This copy can't be changed: {reason}. You can look customers up and print; saving is "
                "refused. To work in it, copy it to a folder you can write in, or ask for write access."
            ).format(reason=read_only),
            self,
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(banner_style("error", padding="6px 10px"))
        self.read_only_banner.setVisible(read_only is not None)
        outer.addWidget(self.read_only_banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(tr("Database: {database}").format(database=self.context.description))
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueBanner")
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.statusBar().addPermanentWidget(self.due_label)
        self.person_button = PersonButton(self.context, self.person_signals, self)
        self.person_button.manage_staff.connect(lambda: self.show_page("settings"))
        self.statusBar().addPermanentWidget(self.person_button)
        view = self.today_page.view
        if view is not None:
            self._show_due_counts(view.overdue.count, view.due_today.count)
        # While the window stays open over days, keep the banner true (a few cheap count queries).
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(5 * 60 * 1000)
        self.due_timer.timeout.connect(self._refresh_due_counts)
        self.due_timer.start()
        # Messages to customers go while the window is open: what is due, every minute, off the GUI thread.
        from crm_desktop.ui.outbox_sender import OutboxSender

        self.outbox_sender = OutboxSender(self.context, self)
        # What other workstations save shows here within a second or two (storage.watch).
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_INTERVAL_MS)
        self.live_timer.timeout.connect(self._look_for_others)
        self.live_timer.start()

    def _build_catalogue(self) -> QWidget:
        from crm_desktop.ui.catalogue_page import CataloguePage  # validation libraries load here

        return CataloguePage(self.context, self)

    def _build_sales(self) -> QWidget:
        from crm_desktop.ui.sales_page import SalesPage

        page = SalesPage(self.context, self)
        page.open_customer.connect(self.open_customer)
        return page

    def _build_warranties(self) -> QWidget:
        from crm_desktop.ui.warranties_page import WarrantiesPage

        page = WarrantiesPage(self.context, self)
        page.open_item.connect(lambda customer, item: self.open_customer(customer, ("sale_item", item)))
        return page

    def open_outbox(self) -> None:
        from crm_desktop.ui.messages_dialogs import OutboxDialog

        OutboxDialog.show_outbox(self, self.context, failed_only=True)

    def _build_settings(self) -> QWidget:
        from crm_desktop.ui.staff_page import SettingsPage

        page = SettingsPage(self.context, self)
        page.edit_shop_details.connect(self.edit_shop_details)
        page.edit_server.connect(self.edit_server)
        page.restart_requested.connect(self.restart)
        page.staff_changed.connect(self._staff_changed)
        return page

    def _on_changes(self, changes: Changes) -> None:
        """The status bar's counts follow every write that can change them."""
        if changes.touches(Change.FOLLOW_UP, Change.SALE, Change.STAFF):
            self._refresh_due_counts()

    def _look_for_others(self) -> None:
        """Another workstation saved something: every page refreshes what it shows (forms being typed
        in are dialogs of their own and are left alone)."""
        try:
            changed = self.context.others_saved()
        except Exception as exc:  # the server went away, the file was moved: say so once, stop looking
            self.live_timer.stop()
            log.warning(
                "stopped watching for other workstations' changes: %s",  # untranslated: a log line
                exc,
            )
            self.statusBar().showMessage(
                tr("Changes made on other workstations no longer appear by themselves: reopen the app."),
                15000,
            )
            return
        if changed:
            self.context.changes.publish(Changes.of(*Change))
            self.statusBar().showMessage(tr("Updated with what another workstation saved."), 4000)

    def _staff_changed(self) -> None:
        """People were added, edited or retired: the switcher and the pages' staff lists follow."""
        self.person_button.show_person()
        self.person_signals.changed.emit(self.context.person)

    def _person_changed(self, _member: object) -> None:
        """Another person at the keyboard: Today and Service show their work (owners see everyone)."""
        self.today_page.show_work_of(self.context.person)
        service = self.pages.get("service")
        if isinstance(service, LazyPage) and service.content is not None:
            service.content.show_work_of(self.context.person)  # type: ignore[attr-defined]

    def _build_reports(self) -> QWidget:
        from crm_desktop.ui.reports_page import ReportsPage

        return ReportsPage(self.context, self)

    def _build_service(self) -> QWidget:
        from crm_desktop.ui.service_page import ServicePage

        return ServicePage(self.context, self)

    def _make_search_box(self) -> SearchBox:
        from crm_desktop.ui.search_box import SearchBox

        box = SearchBox(self.context, self)
        box.open_customer.connect(self.open_customer)
        box.open_ref.connect(lambda customer, kind, ref: self.open_customer(customer, (kind, ref)))
        return box

    def _show_due_counts(self, overdue: int, due_today: int) -> None:
        if overdue == 0 and due_today == 0:
            self.due_label.setText(tr("Nothing due today"))
            return
        if overdue:
            text = tr(
                "<b style='color:{color}'>{overdue} overdue</b> · <b>{due_today} due today</b> — see Today "
                "(Ctrl+1)"
            ).format(color=tone("danger"), overdue=overdue, due_today=due_today)
        else:
            text = tr("<b>{due_today} due today</b> — see Today (Ctrl+1)").format(due_today=due_today)
        self.due_label.setText(text)

    def back_up_daily(self) -> None:
        """Today's automatic backup, once the window is painted, on a worker thread; the status bar says
        when it is made, or why not (the shop goes on either way)."""
        from crm_desktop.services.backups import back_up_daily

        database, paths, now = self.database, self.context.paths, self.context.clock.now()

        def made(result: Any) -> None:
            if result is None:
                return
            if result.second_problem:
                text = tr("Today's automatic backup is made: {file}. {problem}").format(
                    file=result.path.name, problem=result.second_problem
                )
            else:
                text = tr("Today's automatic backup is made: {file}").format(file=result.path.name)
            self.statusBar().showMessage(text, 15000)

        def failed(error: BaseException) -> None:
            reason = str(error) if isinstance(error, UserFacingError) else type(error).__name__
            self.statusBar().showMessage(
                tr("Today's automatic backup could not be made: {reason}").format(reason=reason), 60000
            )

        run_in_background(lambda: back_up_daily(database, paths, now), made, failed)

    def _refresh_due_counts(self) -> None:
        """A few count queries, on a worker thread: the window never waits for the status bar."""

        from crm_desktop.services.today import due_counts

        database, today = self.database, self.context.clock.today()
        run_in_background(lambda: due_counts(database, today), lambda counts: self._show_due_counts(*counts))

    def _search_archive_toggled(self, on: bool) -> None:
        self.search_box.include_archived = on
        if self.search_box.text().strip():
            self.search_box.run_search()

    def _go(self, key: str) -> Callable[[], None]:
        return lambda: self.show_page(key)

    def _nav_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _customer_page(self) -> CustomerPage | None:
        from crm_desktop.ui.customer_page import CustomerPage

        page = self.pages.get("customer")
        return page if isinstance(page, CustomerPage) else None

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)

    # -- navigation ------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        if key == "today" and self.stack.currentWidget() is not self.pages[key]:
            self.today_page.refresh()  # others may have completed things meanwhile
        self.stack.setCurrentWidget(self.pages[key])
        section = SECTION_OF.get(key, key)
        keys = [self.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.nav.count())]
        row = keys.index(section) if section in keys else -1
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            if row < 0:
                self.nav.clearSelection()
            self.nav.blockSignals(False)

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(key for key, page in self.pages.items() if page is current)

    def _content(self, key: str) -> QWidget:
        page = self.pages[key]
        return page.ensure_built() if isinstance(page, LazyPage) else page

    def new_job(self) -> None:
        """On a customer's page, take one of their units in; elsewhere, the Service page's serial box."""
        page = self._customer_page()
        if self.current_page() == "customer" and page is not None and page.customer_id is not None:
            page.new_job()
            return
        self.show_page("service")
        service = self._content("service")
        service.serial.setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[attr-defined]
        self.statusBar().showMessage(
            tr("Scan or type the unit's serial, or open the customer's page first."), 8000
        )

    def new_request(self) -> None:
        """On a customer's page, open a request for them; elsewhere, the search box finds them first."""
        page = self._customer_page()
        if self.current_page() == "customer" and page is not None and page.customer_id is not None:
            page.new_request()
            return
        self.focus_search()
        self.statusBar().showMessage(
            tr("Find the customer (name, phone…) and open them, then New request… (Ctrl+R)."), 8000
        )

    def print_current(self) -> None:
        """Print what the page shows (the print preview, where Save as PDF is too): a customer's history,
        the day's job sheets, or the metrics."""
        key = self.current_page()
        page = self._customer_page()
        if key == "customer" and page is not None:
            page.print_history()
        elif key == "service":
            self._content("service").print_day()  # type: ignore[attr-defined]
        elif key == "reports":
            self._content("reports").print_metrics()  # type: ignore[attr-defined]
        else:
            self.statusBar().showMessage(
                tr(
                    "To print, open a customer's page (their history), Service (the day's job sheets) "
                    "or Reports (the metrics)."
                ),
                8000,
            )

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def refresh(self) -> None:
        overview = shop_overview(self.database)
        self.overview = overview
        self.sample_banner.setVisible(overview.is_sample)
        away_from_home = self.context.paths != self._home_paths
        self.home_action.setVisible(away_from_home)
        self.sample_banner.setText(
            tr(
                "Sample shop: these customers and sales are made up, for looking around. Your own data is in "
                "its own database (File → Back to my shop's database)."
            )
            if away_from_home
            else tr(
                "Sample shop: these customers and sales are made up, for looking around. Keep your own "
                "shop's records in a database of their own, not in this one."
            )
        )
        self.sample_action.setVisible(not overview.is_sample)
        self.setWindowTitle(
            tr("{shop} — crm_desktop").format(shop=overview.business_name)
            if overview.business_name
            else "crm_desktop"
        )
        if overview.is_empty and overview.business_name is None:
            self.show_page("welcome")
        elif self.current_page() == "welcome":
            self.show_page("today")  # the app's home: what needs doing

    def show_overview(self, overview: ShopOverview) -> None:  # kept for callers that have one already
        self.overview = overview

    # -- actions ---------------------------------------------------------------------------------
    def new_customer(self) -> None:
        from crm_desktop.ui.customer_dialog import CustomerDialog

        created = CustomerDialog.ask_new(self, self.context)
        if created is not None:
            self.customers_page.refresh_tags()
            self.customers_page.refresh_list()
            self.open_customer(created)
            self.refresh()

    def new_sale(self) -> None:
        page = self.pages.get("customer")
        if self.current_page() == "customer" and page is not None:
            page.new_sale()  # type: ignore[attr-defined]
            return
        QMessageBox.information(
            self,
            tr("New sale"),
            tr(
                "Open the customer first (search with Ctrl+K, or Ctrl+N for a new one), then choose New sale."
            ),
        )

    def open_customer(self, customer_id: int, focus: tuple[str, int] | None = None) -> None:
        from crm_desktop.ui.customer_page import CustomerPage

        page = self.pages.get("customer")
        if not isinstance(page, CustomerPage):
            page = CustomerPage(self.context, self)
            page.changed.connect(self._customer_changed)
            page.open_customer.connect(self.open_customer)
            self._add_page("customer", page)
        page.show_customer(customer_id, focus)
        self.show_page("customer")
        self.customers_page.select_customer(customer_id)

    def export(self) -> None:
        from crm_desktop.ui.export_dialog import ExportDialog

        ExportDialog.show_for(self, self.context)

    def _keep_calendar(self) -> None:
        """The calendar kept in a folder (File → Export…) follows the changes made in this window."""
        from crm_desktop.ui.calendar_keeper import CalendarKeeper

        self.calendar_keeper = CalendarKeeper(self.context, self)
        self.calendar_keeper.message.connect(lambda text: self.statusBar().showMessage(text, 15000))

    def _customer_changed(self) -> None:
        self.customers_page.refresh_tags()
        self.customers_page.refresh_list()

    def import_file(self, kind: str) -> None:
        """File → Import… and the welcome page's button: the import wizard (loaded only when asked)."""
        from crm_desktop.interchange.mapping import ImportKind
        from crm_desktop.ui.import_wizard import ImportWizard

        ImportWizard.run(self, self.context, ImportKind(kind))

    def edit_shop_details(self) -> None:
        from crm_desktop.ui.shop_dialog import ShopDetailsDialog

        had = self.context.person
        if ShopDetailsDialog.edit(self, self.context):
            if self.context.person is not None and self.context.person != had:  # the owner, at first start
                switch_person(self, self.context, self.context.person, self.person_signals)
            self.refresh()

    def edit_server(self) -> None:
        """File → Shop server…: connect this computer to a shop server, or move the shop onto one; the
        window then reopens on the server."""
        from crm_desktop.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self.context, self._home_paths, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened is not None:
            self._home_paths = dialog.opened.paths
            self._switch_to(dialog.opened)

    def explore_sample(self) -> None:
        """Fill (once) and open a separate sample database, clearly marked as such."""
        from crm_desktop.paths import resolve

        sample = resolve(db=str(self._home_paths.data_dir / "sample-shop.sqlite3"))
        self.statusBar().showMessage(tr("Preparing the sample shop…"))
        self.setEnabled(False)

        def prepare() -> AppContext:
            from crm_desktop.app import start_sample

            return start_sample(sample)

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            self.statusBar().showMessage(tr("Database: {database}").format(database=self.context.description))
            if isinstance(error, UserFacingError):
                QMessageBox.warning(self, tr("Sample shop"), str(error))
            else:
                raise error

        run_in_background(prepare, self._switch_to, failed)

    def back_home(self) -> None:
        try:
            context = start(self._home_paths)
        except UserFacingError as exc:
            QMessageBox.warning(self, "crm_desktop", str(exc))
            return
        self._switch_to(context)

    def _switch_to(self, context: AppContext) -> None:
        """Show another database in a fresh window; this one closes and releases its database."""
        self.save_state()
        self.replacement = MainWindow(context, self._home_paths)
        self.replacement.show()
        self.close()

    def show_about(self) -> None:
        paths = self.context.paths
        QMessageBox.about(
            self,
            tr("About crm_desktop"),
            tr(
                "<b>crm_desktop {version}</b><br>After-sales service for small shops.<br><br>"
                "Database: {database}<br>Data folder: {data_folder}<br>Backups: {backups}<br>"
                "Schema revision: {revision}"
            ).format(
                version=escape(crm_desktop.__version__),
                database=escape(paths.describe()),
                data_folder=escape(str(paths.data_dir)),
                backups=escape(str(paths.backup_dir)),
                revision=escape(self.context.revision),
            ),
        )

    # -- state -----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save_state(self) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        self.customers_page.save_state()

    def restart(self) -> None:
        """Close, then start crm_desktop again (a new language is read at start): see ``run_gui``."""
        app = QApplication.instance()
        if app is not None:
            app.setProperty(RESTART_PROPERTY, True)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from crm_desktop.ui.tasks import finish_all

        self.save_state()
        self.live_timer.stop()  # before the database closes
        super().closeEvent(event)
        finish_all()  # a save still running completes before its database closes
        self.context.close()  # releases the lock at once (closing twice is harmless)
