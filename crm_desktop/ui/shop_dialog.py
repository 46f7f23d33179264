"""The shop's details: printed on job sheets and histories, the country used to read phone numbers, and
the currency and money format every screen and document shows amounts in."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.money import ShopMoney, is_currency, locale_choices, locale_name
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import ConflictError, UserFacingError, ValidationError
from crm_desktop.services.settings import default_country, get_settings, set_settings, shop_money
from crm_desktop.services.staff import StaffMember, list_staff, start_shop
from crm_desktop.ui.conflict_dialog import answer_conflict, edit_until_settled
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.theme import tone_style
from crm_desktop.ui.widgets import GuardedDialog, error_label, save_cancel

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "SEK", "JPY")  # untranslated: ISO 4217 codes
SAMPLE = "9199.70"  # the preview's amount, in units of the currency


class ShopDetailsDialog(GuardedDialog):
    discard_what = cast(str, QT_TR_NOOP("shop details"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.setWindowTitle(tr("Shop details"))
        self.setMinimumWidth(520)
        values = get_settings(context.database)
        self.shown: dict[str, str] | None = values  # None once "Keep mine" was chosen
        self.reload_asked = False
        # First start: the shop has nobody yet, so the owner's name comes with the shop's details.
        self.owner: QLineEdit | None = None
        if not list_staff(context.database, include_inactive=True):
            self.owner = QLineEdit(self)
            self.owner.setObjectName("ownerName")
            self.owner.setPlaceholderText(tr("e.g. Hélène Marchand"))
        self.name = QLineEdit(values.get("business.name") or "", self)
        self.address = QPlainTextEdit(values.get("business.address") or "", self)
        self.address.setFixedHeight(64)
        self.phone = QLineEdit(values.get("business.phone") or "", self)
        self.email = QLineEdit(values.get("business.email") or "", self)
        self.country = QLineEdit(values.get("shop.country") or default_country(context.database), self)
        self.country.setMaxLength(2)
        self.country.setToolTip(
            tr("Two letters, e.g. FR, GB, US: phone numbers typed without +country use it")
        )
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(values.get("currency") or "EUR")  # untranslated: a currency code
        money = shop_money(context.database)
        # Until the shop picks a format, none is saved: the default keeps following the country typed here.
        self.locale_chosen = bool(values.get("shop.locale"))
        self.money_format = QComboBox(self)
        self.money_format.setObjectName("money_format")
        for label, name in locale_choices(self.country.text(), money.locale):
            self.money_format.addItem(label, name)
        self.money_format.setToolTip(
            tr(
                "How amounts are written on screen and on paper: grouping, decimal mark, "
                "where the symbol goes"
            )
        )
        self.money_preview = QLabel(self)
        self.money_preview.setObjectName("money_preview")
        self.terms = QPlainTextEdit(values.get("warranty.terms") or "", self)
        self.terms.setPlaceholderText(
            tr("Printed on warranty certificates; leave empty for the standard text")
        )
        self.terms.setFixedHeight(90)
        self.logo = QLineEdit(values.get("business.logo") or "", self)
        self.logo.setPlaceholderText(tr("A PNG or JPEG printed at the top of job sheets (optional)"))
        self.logo.setClearButtonEnabled(True)
        choose = QPushButton(tr("Choose…"), self)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        self.paper = QComboBox(self)
        self.paper.addItem(tr("As usual in the shop's country"), "")
        self.paper.addItem("A4", "a4")
        self.paper.addItem(tr("Letter", "paper size"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(values.get("print.paper") or "")))
        self.receipt_terms = QPlainTextEdit(values.get("receipt.terms") or "", self)
        self.receipt_terms.setObjectName("receipt_terms")
        self.receipt_terms.setPlaceholderText(
            tr("Printed on intake receipts; leave empty for the standard text")
        )
        self.receipt_terms.setFixedHeight(70)
        self.receipt_format = QComboBox(self)
        self.receipt_format.setObjectName("receipt_format")
        self.receipt_format.addItem(tr("Half a page (the paper above)"), "a4")
        self.receipt_format.addItem(tr("80 mm thermal roll"), "thermal")
        self.receipt_format.setCurrentIndex(
            max(0, self.receipt_format.findData(values.get("print.receipt_format") or "a4"))
        )
        self.receipt_at_intake = QComboBox(self)
        self.receipt_at_intake.setObjectName("receipt_at_intake")
        self.receipt_at_intake.addItem(tr("No (print it from the job when wanted)"), "off")
        self.receipt_at_intake.addItem(tr("Ask each time"), "ask")
        self.receipt_at_intake.addItem(tr("Always"), "always")
        self.receipt_at_intake.setCurrentIndex(
            max(0, self.receipt_at_intake.findData(values.get("print.receipt_at_intake") or "off"))
        )
        self.label_size = QComboBox(self)
        self.label_size.setObjectName("label_size")
        self.label_size.setEditable(True)  # another size can be typed, e.g. 50x25
        sizes = (  # the label stock each size is for: the item's data, not shown
            ("62x29", "Brother DK-11209"),  # untranslated: a product name
            ("57x32", "Dymo 11354"),  # untranslated: a product name
            ("102x51", "4 × 2 in"),  # untranslated: item data, not shown
        )
        for size, what in sizes:
            self.label_size.addItem(size, what)
        self.label_size.setCurrentText(values.get("print.label_size") or "62x29")
        self.label_size.setToolTip(tr("Width x height of the labels in millimetres, e.g. 62x29"))
        cost = values.get("cost_per_contact_minor")
        self.cost = QLineEdit(money.amount(int(cost)) if cost and cost.isdigit() else "", self)
        self.cost.setPlaceholderText(
            tr("What one call or message costs you, e.g. {example} (for the Reports page)").format(
                example=money.sample("4.50")
            )
        )
        self.error = error_label(self)
        form = QFormLayout()
        if self.owner is not None:
            form.addRow(tr("Your name (owner) *"), self.owner)
            hint = QLabel(
                tr(
                    "You are the shop's first person: owner, sales and technician until colleagues join "
                    "(Settings → Staff). Everything is saved in the name of the person at the keyboard."
                ),
                self,
            )
            hint.setWordWrap(True)
            hint.setStyleSheet(tone_style("muted"))
            form.addRow("", hint)
        form.addRow(tr("Shop name *"), self.name)
        form.addRow(tr("Address"), self.address)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Email"), self.email)
        form.addRow(tr("Country"), self.country)
        form.addRow(tr("Currency"), self.currency)
        form.addRow(tr("Money format"), self.money_format)
        form.addRow("", self.money_preview)
        form.addRow(tr("Warranty terms"), self.terms)
        form.addRow(tr("Logo"), logo_row)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(tr("Receipt terms"), self.receipt_terms)
        form.addRow(tr("Receipt format"), self.receipt_format)
        form.addRow(tr("Receipt at intake"), self.receipt_at_intake)
        form.addRow(tr("Label size (mm)"), self.label_size)
        form.addRow(tr("Cost per contact"), self.cost)
        buttons = save_cancel(self, self.save, self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.currency.currentTextChanged.connect(lambda _text: self._preview())
        self.money_format.currentIndexChanged.connect(lambda _index: self._format_chosen())
        self._preview()

    def _format_chosen(self) -> None:
        self.locale_chosen = True
        self._preview()

    def _money(self) -> ShopMoney | None:
        """The currency and format as chosen in the dialog, or None while the currency is not a code."""
        code = self.currency.currentText().strip().upper()
        chosen = locale_name(self.money_format.currentData())
        if not is_currency(code) or chosen is None:
            return None
        return ShopMoney(code, chosen)

    def _preview(self) -> None:
        money = self._money()
        if money is None:
            self.money_preview.setText(tr("Type a currency code such as EUR, GBP or USD."))
            return
        sample = money.minor_of(SAMPLE)
        self.money_preview.setText(
            tr("Amounts look like {formatted}; typed as {typed}").format(
                formatted=money.format(sample), typed=money.amount(sample)
            )
        )

    def save(self) -> None:
        try:
            cost = self._cost()
            values = {
                "business.name": self.name.text(),
                "business.address": self.address.toPlainText(),
                "business.phone": self.phone.text(),
                "business.email": self.email.text(),
                "shop.country": self.country.text(),
                "currency": self.currency.currentText(),
                "shop.locale": self.money_format.currentData() if self.locale_chosen else None,
                "warranty.terms": self.terms.toPlainText(),
                "business.logo": self.logo.text(),
                "print.paper": self.paper.currentData(),
                "receipt.terms": self.receipt_terms.toPlainText(),
                "print.receipt_format": self.receipt_format.currentData(),
                "print.receipt_at_intake": self.receipt_at_intake.currentData(),
                "print.label_size": self.label_size.currentText(),
                "cost_per_contact_minor": cost,
            }
        except UserFacingError as exc:
            self._failed(exc)
            return
        from crm_desktop.ui.operations import perform

        database = self.database
        if self.owner is None:
            shown = self.shown

            def work() -> StaffMember | None:
                set_settings(database, values, shown=shown)
                return None

            changes = Changes.of(Change.SETTINGS)
        else:
            owner = self.owner.text()

            def work() -> StaffMember | None:
                return start_shop(database, values, owner)

            changes = Changes.of(Change.SETTINGS, Change.STAFF)  # the shop's first person, too
        perform(self, self.context, work, changes, done=self._saved, failed=self._failed)

    def _saved(self, owner: StaffMember | None) -> None:
        if owner is not None:  # the first start: the owner is at the keyboard
            self.context.person = owner
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        if isinstance(error, ConflictError) and answer_conflict(self, error, self._keep_mine):
            return  # Reload reopens the form on what is saved now (see edit); Keep mine saves again
        text = " ".join(error.errors.values()) if isinstance(error, FieldErrors) else str(error)
        self.error.setText(text)
        self.error.show()

    def _keep_mine(self, _their_version: int) -> None:
        self.shown = None  # saved over whatever is there, on purpose
        self.save()

    def _cost(self) -> str | None:
        """The cost per contact in minor units of the currency chosen here (checked with it)."""
        text = self.cost.text().strip()
        money = self._money()
        if not text or money is None:  # no currency code: the currency's own message says what to do
            return text or None
        try:
            return str(money.parse(text))
        except ValidationError as exc:
            raise ValidationError(tr("Cost per contact: {problem}").format(problem=exc)) from None

    def _choose_logo(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the shop's logo"), "", tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    @classmethod
    def edit(cls, parent: QWidget | None, context: AppContext) -> bool:
        return edit_until_settled(lambda: cls(context, parent)).result() == QDialog.DialogCode.Accepted
