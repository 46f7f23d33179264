"""The catalogue: products with their price, warranty and after-sales plan; create, edit, retire."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.money import ShopMoney
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.services.catalogue import (
    ProductDetails,
    ProductInput,
    create_product,
    get_product,
    list_categories,
    list_plans,
    list_products,
    retire_product,
    update_product,
)
from crm_desktop.services.settings import shop_money
from crm_desktop.ui.conflict_dialog import answer_edit_conflict, edit_until_settled
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.table_model import ColumnsModel
from crm_desktop.ui.widgets import GuardedDialog, error_label, save_cancel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = cast(  # English, marked for translation; translated in ProductModel
    tuple[str, ...],
    (
        QT_TR_NOOP("SKU"),
        QT_TR_NOOP("Product"),
        QT_TR_NOOP("Category"),
        QT_TR_NOOP("Price"),
        QT_TR_NOOP("Warranty"),
        QT_TR_NOOP("Serial needed"),
        QT_TR_NOOP("Status"),
    ),
)


class ProductModel(ColumnsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(tr(title) for title in COLUMNS)
        self.products: tuple[ProductDetails, ...] = ()
        self.money = ShopMoney()

    def set_products(self, products: tuple[ProductDetails, ...], money: ShopMoney) -> None:
        self.beginResetModel()
        self.products = products
        self.money = money
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.products)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.products[index.row()]
        return (
            p.sku,
            p.name,
            p.category_name or "",
            self.money.format(p.price_minor),
            tr("%n month(s)", None, p.warranty_months) if p.warranty_months else tr("none", "no warranty"),
            tr("yes", "a serial number is needed") if p.serial_required else "",
            tr("retired", "a product no longer sold") if p.retired else tr("on sale"),
        )[index.column()]


class ProductDialog(GuardedDialog):
    def __init__(
        self, context: AppContext, existing: ProductDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.existing = existing
        self.saved: ProductDetails | None = None
        self.setWindowTitle(tr("Edit product") if existing else tr("New product"))
        self.discard_what = cast(str, QT_TR_NOOP("changes") if existing else QT_TR_NOOP("product"))
        self.setMinimumWidth(480)
        self.sku = QLineEdit(existing.sku if existing else "", self)
        self.name = QLineEdit(existing.name if existing else "", self)
        self.category = QComboBox(self)
        self.category.setAccessibleName(tr("Category"))
        self.new_category = QPushButton(tr("New category…"), self)
        self.money = shop_money(context.database)
        self.price = QLineEdit(self.money.amount(existing.price_minor if existing else 0), self)
        self.price.setToolTip(
            tr("In {currency}, e.g. {example}").format(
                currency=self.money.currency, example=self.money.example
            )
        )
        self.warranty = QSpinBox(self)
        self.warranty.setRange(-1, 240)
        self.warranty.setSpecialValueText(tr("as its category"))
        self.warranty.setSuffix(tr(" months"))
        self.warranty.setValue(
            -1
            if existing is None or existing.default_warranty_months is None
            else existing.default_warranty_months
        )
        self.plan = QComboBox(self)
        self.plan.addItem(tr("as its category"), None)
        for plan in list_plans(context.database, include_inactive=False):
            self.plan.addItem(plan.name, plan.id)
        if existing is not None:
            self.plan.setCurrentIndex(max(0, self.plan.findData(existing.default_plan_id)))
        self.serial = QCheckBox(tr("Each unit has a serial number or IMEI, asked at the sale"), self)
        self.serial.setChecked(bool(existing and existing.serial_required))
        self._fill_categories(existing.category_id if existing else None)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.new_category)
        form = QFormLayout()
        form.addRow(tr("SKU *"), self.sku)
        form.addRow(tr("Name *"), self.name)
        form.addRow(tr("Category"), category_row)
        form.addRow(tr("Price"), self.price)
        form.addRow(tr("Warranty"), self.warranty)
        form.addRow(tr("After-sales plan"), self.plan)
        form.addRow("", self.serial)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save, self.reject))
        self.new_category.clicked.connect(self.add_category)

    def _fill_categories(self, selected: int | None) -> None:
        self.category.clear()
        self.category.addItem("—", None)
        for category in list_categories(self.database):
            months = category.default_warranty_months
            self.category.addItem(
                tr("{category} (%n month(s))", None, months).format(category=category.name)
                if months
                else category.name,
                category.id,
            )
        self.category.setCurrentIndex(max(0, self.category.findData(selected)))

    def add_category(self) -> None:
        from crm_desktop.ui.plan_dialogs import CategoryDialog

        dialog = CategoryDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._fill_categories(dialog.saved.id)

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

    def value(self) -> ProductInput:
        try:
            price = self.money.parse(self.price.text())
        except ValidationError as exc:
            raise FieldErrors({"price_minor": str(exc)}) from None
        return ProductInput(
            sku=self.sku.text(),
            name=self.name.text(),
            category_id=self.category.currentData(),
            price_minor=price,
            default_warranty_months=None if self.warranty.value() < 0 else self.warranty.value(),
            default_plan_id=self.plan.currentData(),
            serial_required=self.serial.isChecked(),
        )

    def save(self) -> None:
        """Read the form here, save the product off the GUI thread (``operations.perform``)."""
        from crm_desktop.ui.operations import perform

        try:
            data = self.value()
        except UserFacingError as exc:
            self._failed(exc)
            return
        database, existing = self.database, self.existing
        if existing is None:

            def work() -> ProductDetails:
                return create_product(database, data)

        else:
            product_id, version = existing.id, existing.version

            def work() -> ProductDetails:  # saved by someone else meanwhile: ConflictError, shown below
                return update_product(database, product_id, data, expected_version=version)

        perform(self, self.context, work, Changes.of(Change.CATALOGUE), done=self._saved, failed=self._failed)

    def _saved(self, saved: ProductDetails) -> None:
        self.saved = saved
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        if answer_edit_conflict(self, error, self.save):
            return
        self._show(" ".join(error.errors.values()) if isinstance(error, FieldErrors) else str(error))


class CataloguePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        heading = tr("Catalogue")
        title = QLabel(f"<h2 style='margin:0'>{heading}</h2>", self)  # untranslated: layout markup
        intro = QLabel(
            tr(
                "What the shop sells. A product's warranty and after-sales plan are used when it is sold: "
                "the follow-ups are scheduled from the plan. To record a sale, open the customer and choose "
                "<b>New sale…</b>."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.show_retired = QCheckBox(tr("Show retired products"), self)
        self.new_button = QPushButton(tr("New product…"), self)
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.retire_button = QPushButton(tr("Retire"), self)
        self.categories_button = QPushButton(tr("Categories…"), self)
        self.categories_button.setToolTip(tr("A category's default warranty and after-sales plan"))
        self.plans_button = QPushButton(tr("Follow-up plans…"), self)
        self.plans_button.setToolTip(
            tr("What a sale schedules: thank-you call, satisfaction check, reminders…")
        )
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.show_retired)
        for button in (
            self.new_button,
            self.edit_button,
            self.retire_button,
            self.categories_button,
            self.plans_button,
        ):
            bar.addWidget(button)
        self.model = ProductModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("products")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.categories_button.clicked.connect(self.edit_categories)
        self.plans_button.clicked.connect(self.edit_plans)
        self.table.activated.connect(lambda _i: self.edit_product())
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_products(
            list_products(self.database, include_retired=self.show_retired.isChecked()),
            shop_money(self.database),
        )
        self._update_buttons()

    def selected(self) -> ProductDetails | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.products[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        product = self.selected()
        self.edit_button.setEnabled(product is not None)
        self.retire_button.setEnabled(product is not None)
        self.retire_button.setText(
            tr("Pu&t back on sale") if product is not None and product.retired else tr("Re&tire")
        )

    def new_product(self) -> None:
        if ProductDialog(self.context, None, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_product(self) -> None:
        product = self.selected()
        if product is None:
            return
        product_id, first = product.id, [product]

        def form() -> QDialog:  # the first time as listed; after Reload, as saved now
            shown = first.pop() if first else get_product(self.database, product_id)
            return ProductDialog(self.context, shown, self)

        if edit_until_settled(form).result() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_retired(self) -> None:
        product = self.selected()
        if product is None:
            return
        from crm_desktop.ui.operations import perform

        database, product_id, retired = self.database, product.id, not product.retired
        perform(
            self,
            self.context,
            lambda: retire_product(database, product_id, retired=retired),
            Changes.of(Change.CATALOGUE),
            done=lambda _product: self.refresh(),
            failed=lambda exc: QMessageBox.warning(self, tr("Catalogue"), str(exc)),
        )

    def _choose(self, title: str, label: str, names: list[str]) -> int | None:
        """Index in ``names`` of the user's choice; the last entry is "New …"."""
        choice, ok = QInputDialog.getItem(self, title, label, names, 0, False)
        return names.index(choice) if ok else None

    def edit_categories(self) -> None:
        from crm_desktop.ui.plan_dialogs import CategoryDialog

        categories = list_categories(self.database)
        index = self._choose(
            tr("Categories"), tr("Category to edit:"), [c.name for c in categories] + [tr("New category…")]
        )
        if index is None:
            return
        first = [categories[index] if index < len(categories) else None]
        category_id = first[0].id if first[0] is not None else None

        def form() -> QDialog:  # after Reload: the category as saved now
            if first:
                return CategoryDialog(self.context, first.pop(), self)
            saved = {c.id: c for c in list_categories(self.database)}
            return CategoryDialog(self.context, saved.get(category_id or 0), self)

        if edit_until_settled(form).result() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_plans(self) -> None:
        from crm_desktop.services.catalogue import get_plan
        from crm_desktop.ui.plan_dialogs import PlanDialog

        plans = list_plans(self.database)
        index = self._choose(
            tr("Follow-up plans"), tr("Plan to edit:"), [p.name for p in plans] + [tr("New plan…")]
        )
        if index is None:
            return
        plan_id = plans[index].id if index < len(plans) else None
        edit_until_settled(  # after Reload: the plan as saved now
            lambda: PlanDialog(self.context, get_plan(self.database, plan_id) if plan_id else None, self)
        )
