"""The one search box: as-you-type results under the box, arrows to choose, Enter to open.

A barcode scanner types a job number or serial and presses Enter faster than the results refresh, so
Enter first asks for the exact match (job number, full serial) and opens it directly; opening anything
also drops the search the typing had scheduled, which would otherwise pop the results up again over the
record just opened.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from crm_desktop.app import AppContext
from crm_desktop.ui.i18n import tr

DEBOUNCE_MS = 120
OPENS_REF = {"item": "sale_item", "job": "job", "sale": "sale", "request": "request"}


class SearchBox(QLineEdit):
    open_customer = Signal(int)
    open_ref = Signal(int, str, int)  # customer id, what (sale_item / job / sale / request), its id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._database = context.database
        self.setObjectName("searchBox")
        self.setPlaceholderText(
            tr("Search: name, company, phone, email, serial/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(560)
        self.include_archived = False
        self.results = QListWidget(self.window())
        self.results.setObjectName("searchResults")
        self.results.setWindowFlags(Qt.WindowType.ToolTip)  # floats over the window, never takes focus
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setMinimumWidth(560)
        self.results.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 4px; }")
        self.results.itemClicked.connect(self._open_item)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.open_current)

    # -- searching -------------------------------------------------------------------------------
    def run_search(self) -> None:
        from crm_desktop.services.search import search

        self._timer.stop()
        text = self.text().strip()
        self.results.clear()
        if not text:
            self.results.hide()
            return
        hits = search(self._database, text, limit=30, include_archived=self.include_archived)
        for hit in hits:
            item = QListWidgetItem(f"{hit.label}    —  {hit.why}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(hit.why)
        if not hits:
            item = QListWidgetItem(
                tr("No customer, phone, serial or number matches “{text}”.").format(text=text), self.results
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.setCurrentRow(0 if hits else -1)
        self._place_results()

    def _place_results(self) -> None:
        rows = min(self.results.count(), 12)
        height = max(rows, 1) * (self.results.sizeHintForRow(0) if self.results.count() else 24) + 6
        self.results.resize(max(self.width(), 560), height)
        self.results.move(self.mapToGlobal(QPoint(0, self.height())))
        self.results.show()

    # -- opening ---------------------------------------------------------------------------------
    def open_current(self) -> None:
        from crm_desktop.services.search import resolve_exact

        text = self.text().strip()
        if not text:
            return
        exact = resolve_exact(self._database, text)
        if exact is not None:
            self._open_hit(exact)
            return
        if self._timer.isActive() or self.results.count() == 0:
            self.run_search()
        item = self.results.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if hit is not None:
            self._open_hit(hit)

    def _open_hit(self, hit: object) -> None:
        self._timer.stop()
        self.results.hide()
        kind = getattr(hit, "kind")  # noqa: B009 - a SearchHit
        customer_id = getattr(hit, "customer_id")  # noqa: B009
        ref_id = getattr(hit, "ref_id")  # noqa: B009
        if kind in OPENS_REF:
            self.open_ref.emit(customer_id, OPENS_REF[kind], ref_id)
        else:
            self.open_customer.emit(customer_id)

    # -- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        if key == Qt.Key.Key_Escape:
            self.results.hide()
            if not self.results.isVisible() and self.text():
                self.clear()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QTimer.singleShot(150, self._hide_unless_focused)
        super().focusOutEvent(event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.results.hide()
