"""Small pages of the main window: the welcome page and the clear empty states of pages to come."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.ui.i18n import tr
from crm_desktop.ui.theme import tone


def _text(html: str, parent: QWidget, *, size: int | None = None) -> QLabel:
    label = QLabel(html, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setMaximumWidth(760)
    if size:
        label.setStyleSheet(f"font-size:{size}pt")
    return label


class EmptyStatePage(QWidget):
    """What a page will hold, in words, instead of a blank."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        self.title = _text(f"<h2>{title}</h2>", self)
        self.explanation = _text(explanation, self, size=12)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        layout.addStretch(1)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(36)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        return button


class WelcomePage(QWidget):
    """First start on an empty database: two sentences and the three ways to begin."""

    enter_shop_details = Signal()
    import_customers = Signal()
    explore_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        welcome = tr("Welcome to crm_desktop")  # outside the f-string: lupdate does not look inside one
        layout.addWidget(_text(f"<h1>{welcome}</h1>", self))
        layout.addWidget(
            _text(
                tr(
                    "crm_desktop links every sale to what must happen after it: the thank-you call, the "
                    "satisfaction check, warranty dates, service jobs and the promises made to the customer. "
                    "Nothing depends on someone remembering, and the whole history of a customer is one "
                    "search away."
                ),
                self,
                size=13,
            )
        )
        buttons = QHBoxLayout()
        self.shop_button = QPushButton(tr("Enter my shop details"), self)
        self.import_button = QPushButton(tr("Import customers from a spreadsheet"), self)
        self.import_button.setToolTip(
            tr("CSV, Excel, LibreOffice or vCard: check everything before it is saved.")
        )
        self.sample_button = QPushButton(tr("Explore a sample shop"), self)
        self.sample_button.setToolTip(
            tr(
                "Opens a separate database filled with made-up customers, sales and repairs. "
                "Your own database is not touched."
            )
        )
        for button in (self.shop_button, self.import_button, self.sample_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint = tr("Or start right away: <b>Ctrl+N</b> adds a customer, <b>Ctrl+K</b> searches.")
        self.hint = _text(f"<span style='color:{tone('muted')}'>{hint}</span>", self)  # untranslated: markup
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.shop_button.clicked.connect(self.enter_shop_details)
        self.import_button.clicked.connect(self.import_customers)
        self.sample_button.clicked.connect(self.explore_sample)


class LazyPage(QWidget):
    """A page built the first time it is shown, so start-up does not pay for its libraries."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            self._layout.addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)
