"""Editing what a sale schedules: follow-up plans (their steps) and product categories (their default
warranty and plan). A plan describes future sales; follow-ups already scheduled are not changed."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StepAnchor
from crm_desktop.domain.plans import PlanStep
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import UserFacingError
from crm_desktop.services.catalogue import (
    CategoryDetails,
    CategoryInput,
    PlanDetails,
    PlanInput,
    create_category,
    create_plan,
    list_plans,
    update_category,
    update_plan,
)
from crm_desktop.ui.conflict_dialog import answer_edit_conflict
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.theme import tone_style
from crm_desktop.ui.widgets import GuardedDialog, error_label, save_cancel


def step_columns() -> list[str]:
    """The headers of the steps table."""
    return [
        tr("What"),
        tr("Title"),
        tr("Days"),
        tr("Counted from"),
        tr("Repeat every (months)"),
        tr("Times in all"),
        tr("Assigned to"),
    ]


def kinds() -> tuple[tuple[str, FollowUpKind], ...]:
    """The kinds of follow-up a step schedules, with their names in the window's language."""
    return (
        (tr("Call", "kind of follow-up"), FollowUpKind.CALL),
        (tr("Message", "kind of follow-up"), FollowUpKind.MESSAGE),
        (tr("Visit", "kind of follow-up"), FollowUpKind.VISIT),
        (tr("Satisfaction check"), FollowUpKind.SATISFACTION),
        (tr("Warranty notice"), FollowUpKind.WARRANTY_NOTICE),
        (tr("Service reminder"), FollowUpKind.SERVICE_REMINDER),
    )


def anchors() -> tuple[tuple[str, StepAnchor], ...]:
    return (
        (tr("days after the sale"), StepAnchor.SALE),
        (tr("days from the warranty end"), StepAnchor.WARRANTY_END),
    )


def assignees() -> tuple[tuple[str, AssigneeRule], ...]:
    return (
        (tr("the seller"), AssigneeRule.SELLER),
        (tr("the owner"), AssigneeRule.OWNER),
        (tr("sales staff"), AssigneeRule.SALES),
        (tr("a technician"), AssigneeRule.TECHNICIAN),
    )


def _combo(parent: QWidget, choices: tuple[tuple[str, object], ...], current: object) -> QComboBox:
    combo = QComboBox(parent)
    for label, value in choices:
        combo.addItem(label, str(value))
    combo.setCurrentIndex(max(0, combo.findData(str(current))))
    return combo


def _spin(parent: QWidget, low: int, high: int, value: int, special: str | None = None) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    if special is not None:
        spin.setSpecialValueText(special)
    spin.setValue(value)
    return spin


class PlanDialog(GuardedDialog):
    """One plan: its name and the steps a sale of its products schedules."""

    def __init__(
        self, context: AppContext, existing: PlanDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.existing = existing
        self.saved: PlanDetails | None = None
        self.setWindowTitle(tr("Edit follow-up plan") if existing else tr("New follow-up plan"))
        self.discard_what = cast(str, QT_TR_NOOP("changes") if existing else QT_TR_NOOP("plan"))
        self.setMinimumWidth(1160)  # every column visible without scrolling
        self.name = QLineEdit(existing.name if existing else "", self)
        self.active = QCheckBox(tr("Used for new sales"), self)
        self.active.setChecked(existing.active if existing else True)
        form = QFormLayout()
        form.addRow(tr("Name *"), self.name)
        form.addRow("", self.active)
        self.steps = QTableWidget(0, len(step_columns()), self)
        self.steps.setObjectName("planSteps")
        self.steps.setAccessibleName(tr("Steps"))
        self.steps.setHorizontalHeaderLabels(step_columns())
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 230, 70, 190, 150, 100)):
            self.steps.setColumnWidth(column, width)
        self._step_ids: list[int | None] = []
        for step in existing.steps if existing else ():
            self.add_step(step)
        add = QPushButton(tr("Add step"), self)
        remove = QPushButton(tr("Remove step"), self)
        add.clicked.connect(lambda: self.add_step())
        remove.clicked.connect(self.remove_step)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        hint = QLabel(
            tr(
                "Example: a call 3 days after the sale; a warranty notice −30 days from the warranty end; "
                "a service reminder 365 days after the sale, repeated every 12 months, 5 times in all. "
                "Changes apply to sales recorded from now on."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(tone_style("muted"))
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save, self.reject))

    def add_step(self, step: PlanStep | None = None) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self._step_ids.append(step.step_id if step else None)
        self.steps.setCellWidget(row, 0, _combo(self, kinds(), step.kind if step else FollowUpKind.CALL))
        self.steps.setCellWidget(row, 1, QLineEdit(step.title if step else "", self))
        self.steps.setCellWidget(row, 2, _spin(self, -3650, 3650, step.offset_days if step else 3))
        self.steps.setCellWidget(row, 3, _combo(self, anchors(), step.anchor if step else StepAnchor.SALE))
        every = step.repeat_every_months if step and step.repeat_every_months else 0
        self.steps.setCellWidget(row, 4, _spin(self, 0, 120, every, tr("no repeat")))
        limit = step.repeat_limit if step and step.repeat_limit else 0
        self.steps.setCellWidget(
            row,
            5,
            _spin(self, 0, 100, limit, tr("default", "times in all: as many as the plan usually repeats")),
        )
        self.steps.setCellWidget(
            row, 6, _combo(self, assignees(), step.assignee_rule if step else AssigneeRule.SELLER)
        )

    def remove_step(self) -> None:
        rows = sorted({index.row() for index in self.steps.selectedIndexes()}, reverse=True)
        for row in rows or [self.steps.rowCount() - 1]:
            if row >= 0:
                self.steps.removeRow(row)
                del self._step_ids[row]

    def value(self) -> PlanInput:
        steps = []
        for row in range(self.steps.rowCount()):
            cell = self.steps.cellWidget
            every = cell(row, 4).value()  # type: ignore[attr-defined]
            limit = cell(row, 5).value()  # type: ignore[attr-defined]
            steps.append(
                PlanStep(
                    step_id=self._step_ids[row],
                    kind=FollowUpKind(cell(row, 0).currentData()),  # type: ignore[attr-defined]
                    title=cell(row, 1).text(),  # type: ignore[attr-defined]
                    offset_days=cell(row, 2).value(),  # type: ignore[attr-defined]
                    anchor=StepAnchor(cell(row, 3).currentData()),  # type: ignore[attr-defined]
                    repeat_every_months=every or None,
                    repeat_limit=(limit or None) if every else None,
                    assignee_rule=AssigneeRule(cell(row, 6).currentData()),  # type: ignore[attr-defined]
                )
            )
        return PlanInput(name=self.name.text(), active=self.active.isChecked(), steps=tuple(steps))

    def save(self) -> None:
        """Read the steps here, save the plan off the GUI thread (``operations.perform``)."""
        from crm_desktop.ui.operations import perform

        try:
            data = self.value()
        except UserFacingError as exc:
            self._failed(exc)
            return
        database, existing = self.database, self.existing
        if existing is None:

            def work() -> PlanDetails:
                return create_plan(database, data)

        else:
            plan_id, version = existing.id, existing.version

            def work() -> PlanDetails:  # saved by someone else meanwhile: ConflictError, shown below
                return update_plan(database, plan_id, data, expected_version=version)

        perform(self, self.context, work, Changes.of(Change.CATALOGUE), done=self._saved, failed=self._failed)

    def _saved(self, saved: PlanDetails) -> None:
        self.saved = saved
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        if answer_edit_conflict(self, error, self.save):
            return
        self._show(" ".join(error.errors.values()) if isinstance(error, FieldErrors) else str(error))

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class CategoryDialog(GuardedDialog):
    """A category's defaults: the warranty and after-sales plan its products get unless they say otherwise."""

    def __init__(
        self, context: AppContext, existing: CategoryDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.existing = existing
        self.saved: CategoryDetails | None = None
        self.setWindowTitle(tr("Edit category") if existing else tr("New category"))
        self.discard_what = cast(str, QT_TR_NOOP("changes") if existing else QT_TR_NOOP("category"))
        self.name = QLineEdit(existing.name if existing else "", self)
        months = existing.default_warranty_months if existing and existing.default_warranty_months else 0
        self.warranty = _spin(self, 0, 240, months, tr("no warranty"))
        self.warranty.setSuffix(tr(" months"))
        self.plan = QComboBox(self)
        self.plan.addItem(tr("no follow-ups"), None)
        for plan in list_plans(context.database, include_inactive=False):
            self.plan.addItem(plan.name, plan.id)
        if existing is not None:
            self.plan.setCurrentIndex(max(0, self.plan.findData(existing.default_plan_id)))
        elif self.plan.count() > 1:
            self.plan.setCurrentIndex(1)  # the shop's plan, as most categories want one
        form = QFormLayout()
        form.addRow(tr("Name *"), self.name)
        form.addRow(tr("Default warranty"), self.warranty)
        form.addRow(tr("Default after-sales plan"), self.plan)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save, self.reject))

    def save(self) -> None:
        data = CategoryInput(
            name=self.name.text(),
            default_warranty_months=self.warranty.value() or None,
            default_plan_id=self.plan.currentData(),
        )
        from crm_desktop.ui.operations import perform

        database, existing = self.database, self.existing
        if existing is None:

            def work() -> CategoryDetails:
                return create_category(database, data)

        else:
            category_id, version = existing.id, existing.version

            def work() -> CategoryDetails:  # saved by someone else meanwhile: ConflictError, shown below
                return update_category(database, category_id, data, expected_version=version)

        perform(self, self.context, work, Changes.of(Change.CATALOGUE), done=self._saved, failed=self._failed)

    def _saved(self, saved: CategoryDetails) -> None:
        self.saved = saved
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        if answer_edit_conflict(self, error, self.save):
            return
        text = " ".join(error.errors.values()) if isinstance(error, FieldErrors) else str(error)
        self.error.setText(text)
        self.error.show()
