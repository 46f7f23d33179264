"""The shop's details: printed on job sheets and histories, and the country used to read phone numbers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import UserFacingError
from crm_desktop.services.settings import default_country, get_settings, set_settings
from crm_desktop.storage.engine import Database
from crm_desktop.ui.widgets import GuardedDialog, error_label, save_cancel

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "SEK", "JPY")


class ShopDetailsDialog(GuardedDialog):
    discard_what = "shop details"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle("Shop details")
        self.setMinimumWidth(520)
        values = get_settings(database)
        self.name = QLineEdit(values.get("business.name") or "", self)
        self.address = QPlainTextEdit(values.get("business.address") or "", self)
        self.address.setFixedHeight(64)
        self.phone = QLineEdit(values.get("business.phone") or "", self)
        self.email = QLineEdit(values.get("business.email") or "", self)
        self.country = QLineEdit(values.get("shop.country") or default_country(database), self)
        self.country.setMaxLength(2)
        self.country.setToolTip("Two letters, e.g. FR, GB, US: phone numbers typed without +country use it")
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(values.get("currency") or "EUR")
        self.terms = QPlainTextEdit(values.get("warranty.terms") or "", self)
        self.terms.setPlaceholderText("Printed on warranty certificates; leave empty for the standard text")
        self.terms.setFixedHeight(90)
        self.logo = QLineEdit(values.get("business.logo") or "", self)
        self.logo.setPlaceholderText("A PNG or JPEG printed at the top of job sheets (optional)")
        self.logo.setClearButtonEnabled(True)
        choose = QPushButton("Choose…", self)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        self.paper = QComboBox(self)
        self.paper.addItem("As usual in the shop's country", "")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(values.get("print.paper") or "")))
        cost = values.get("cost_per_contact_minor")
        self.cost = QLineEdit(f"{int(cost) / 100:.2f}" if cost and cost.isdigit() else "", self)
        self.cost.setPlaceholderText("What one call or message costs you, e.g. 4.50 (for the Reports page)")
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow("Shop name *", self.name)
        form.addRow("Address", self.address)
        form.addRow("Phone", self.phone)
        form.addRow("Email", self.email)
        form.addRow("Country", self.country)
        form.addRow("Currency", self.currency)
        form.addRow("Warranty terms", self.terms)
        form.addRow("Logo", logo_row)
        form.addRow("Paper", self.paper)
        form.addRow("Cost per contact", self.cost)
        buttons = save_cancel(self, self.save, self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            cost = self._cost()
            set_settings(
                self.database,
                {
                    "business.name": self.name.text(),
                    "business.address": self.address.toPlainText(),
                    "business.phone": self.phone.text(),
                    "business.email": self.email.text(),
                    "shop.country": self.country.text(),
                    "currency": self.currency.currentText(),
                    "warranty.terms": self.terms.toPlainText(),
                    "business.logo": self.logo.text(),
                    "print.paper": self.paper.currentData(),
                    "cost_per_contact_minor": cost,
                },
            )
        except FieldErrors as exc:
            self.error.setText(" ".join(exc.errors.values()))
            self.error.show()
            return
        except UserFacingError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def _cost(self) -> str | None:
        from crm_desktop.errors import ValidationError
        from crm_desktop.ui.sale_dialog import parse_price

        text = self.cost.text().strip()
        if not text:
            return None
        try:
            return str(parse_price(text))
        except ValidationError:
            raise ValidationError(f"Cost per contact: “{text}” is not an amount like 4.50.") from None

    def _choose_logo(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, "Choose the shop's logo", "", "Pictures (*.png *.jpg *.jpeg)"
        )
        if path:
            self.logo.setText(path)

    @classmethod
    def edit(cls, parent: QWidget | None, database: Database) -> bool:
        return cls(database, parent).exec() == QDialog.DialogCode.Accepted
