"""The import wizard: file and sheet → columns → check (a dry run: preview, problems, "already here")
→ import, off the GUI thread with a progress bar and Cancel. Nothing is saved before "Import".

The mapping chosen is remembered per kind of import (QSettings, as UI state) and can be saved to a
JSON file for ``crm-desktop import --mapping FILE.json``.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _
from crm_desktop.interchange.mapping import (
    DATE_ORDER_TEXT,
    FIELDS,
    ColumnMapping,
    DateOrder,
    ImportKind,
    MappingError,
    check_mapping,
    guess_mapping,
    header_words,
)
from crm_desktop.interchange.readers import Table, open_table
from crm_desktop.services.imports import (
    DuplicateChoice,
    ImportCancelled,
    ImportOptions,
    ImportReport,
    import_table,
)
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import tone


def _kind_text() -> dict[ImportKind, str]:
    """What a file can hold, in the window's language (chosen after imports)."""
    return {
        ImportKind.CUSTOMERS: tr("Customers"),
        ImportKind.PRODUCTS: tr("Products"),
        ImportKind.SALES: tr("Sales"),
    }


def _status_text(status: str) -> str:
    """A preview row's status (a code of the import service) as the preview column shows it."""
    shown = {
        "new": tr("new", "an import row's status"),
        "already here": tr("already here", "an import row's status"),
        "update": tr("update", "an import row's status"),
        "error": tr("error", "an import row's status"),
    }
    return shown.get(status, status)


def _in_red(text: object) -> str:
    return f"<span style='color:{tone('danger')}'>{text}</span>"  # untranslated: markup around a message


class _Progress(QObject):
    moved = Signal(int, int)  # emitted on the worker thread, delivered on the GUI thread


class ImportWizard(QWizard):
    """``ImportWizard.run(parent, context, kind)``: the whole import, from choosing the file on."""

    def __init__(self, context: AppContext, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Import", "the button that starts it"))
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.saved: ImportReport | None = None
        self.file_page = _FilePage(self, kind)
        self.columns_page = _ColumnsPage(self)
        self.check_page = _CheckPage(self)
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        self.resize(860, 620)

    @classmethod
    def run(cls, parent: QWidget | None, context: AppContext, kind: ImportKind) -> ImportReport | None:
        wizard = cls(context, kind, parent)
        wizard.exec()
        return wizard.saved

    @property
    def kind(self) -> ImportKind:
        return self.file_page.kind()

    def mapping(self) -> ColumnMapping:
        return self.columns_page.mapping()

    def import_options(self) -> ImportOptions:
        return self.check_page.options()

    def accept(self) -> None:
        """ "Import": the real run, with a progress bar and Cancel; the wizard closes when it is saved."""
        if self.table is None or self.report is None:
            return
        if self.report.bad and not self.import_options().skip_bad_rows:
            QMessageBox.warning(
                self,
                tr("Import"),
                tr("Some rows have problems: correct the file, or tick 'Skip the rows with problems'."),
            )
            return
        from crm_desktop.ui.people import ensure_person

        try:
            me = ensure_person(self, self.context)
        except UserFacingError as exc:
            QMessageBox.warning(self, tr("Import"), str(exc))
            return
        self.check_page.start_saving()
        table, mapping, options = self.table, self.mapping(), self.import_options()
        stop = self.check_page.stop
        progress = self.check_page.progress_signal
        today = self.context.clock.today()

        def work() -> ImportReport:
            return import_table(
                self.context.database, table, mapping, staff_id=me, today=today, options=options,
                progress=progress.moved.emit, cancelled=stop.is_set,
            )  # fmt: skip

        def done(report: ImportReport) -> None:
            self.saved = report
            self.check_page.finish_saving(None)
            self.context.changes.publish(
                Changes.of(Change.CUSTOMER, Change.SALE, Change.CATALOGUE, Change.FOLLOW_UP)
            )
            QMessageBox.information(self, tr("Import"), report.summary())
            super(ImportWizard, self).accept()

        def failed(error: BaseException) -> None:
            self.check_page.finish_saving(error)

        run_in_background(work, done, failed)

    def reject(self) -> None:
        """Cancel, Esc or the window's close box: a check under way stops; an import under way is
        cancelled (nothing saved) and the wizard stays open to say so."""
        page = self.check_page
        page.stop.set()
        if page.saving:
            page.summary.setText(tr("Cancelling… nothing will be saved."))
            return
        super().reject()

    def remember(self) -> None:
        QSettings().setValue(f"import/mapping/{self.kind.value}", self.mapping().to_json())


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: ImportKind) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Choose the file"))
        self.setSubTitle(
            tr("CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or contacts exported as vCard (.vcf).")
        )
        form = QFormLayout(self)
        self.kind_box = QComboBox(self)
        kinds = _kind_text()
        for value, text in kinds.items():
            self.kind_box.addItem(text, value.value)
        self.kind_box.setCurrentIndex(list(kinds).index(kind))
        form.addRow(tr("What it holds"), self.kind_box)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(tr("The file to import"))
        self.browse = QPushButton(tr("Browse…"), self)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(tr("File"), row)
        self.sheet = QComboBox(self)
        self.sheet.setEnabled(False)
        form.addRow(tr("Sheet"), self.sheet)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        form.addRow("", self.found)
        self.browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(lambda: self.open_file(self.path.text()))
        self.sheet.activated.connect(lambda _i: self.open_file(self.path.text(), self.sheet.currentText()))
        self.kind_box.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.reading = 0  # >0 while a file is being read (the number of the latest read)

    def kind(self) -> ImportKind:
        return ImportKind(self.kind_box.currentData())

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Import"),
            str(Path.home()),
            tr("Customer files (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self.open_file(name)

    def open_file(self, name: str, sheet: str | None = None) -> None:
        """Read the header off the GUI thread (a big spreadsheet takes seconds); the rows are read
        later, also off the GUI thread. A file chosen meanwhile supersedes this one."""
        if not name.strip():
            return
        self.reading += 1
        ticket = self.reading
        self.wizard_.table = None
        self.found.setText(tr("Reading {file}…").format(file=Path(name.strip()).name))
        self.completeChanged.emit()

        def done(table: Table) -> None:
            if ticket != self.reading:
                return
            self.reading = 0
            self._opened(table)

        def failed(error: BaseException) -> None:
            if ticket != self.reading:
                return
            self.reading = 0
            if not isinstance(error, UserFacingError):
                sys.excepthook(type(error), error, error.__traceback__)
                error = UserFacingError(tr("The file cannot be read."))
            self.found.setText(_in_red(error))
            self.completeChanged.emit()

        path = name.strip()
        run_in_background(lambda: open_table(path, sheet, header_words=header_words()), done, failed)

    def _opened(self, table: Table) -> None:
        self.wizard_.table = table
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        self.sheet.setEnabled(len(table.sheets) > 1)
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.found.setText(
            tr("{file}. Column names found on line {line}: {columns}").format(
                file=table.describe(), line=table.header_line, columns=", ".join(table.header)
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.table is not None and not self.reading


class _ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Which column holds what"))
        self.setSubTitle(tr("Guessed from the column names; the choice is remembered for next time."))
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.boxes: dict[str, QComboBox] = {}
        self.order = QComboBox()  # placeholders: the real ones are made with the rows, for each file
        self.decimal = QComboBox()
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save the mapping…"), self)
        self.load_button = QPushButton(tr("Load a mapping…"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.load_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self.problems)
        self.save_button.clicked.connect(self._save)
        self.load_button.clicked.connect(self._load)

    def initializePage(self) -> None:
        table = self.wizard_.table
        assert table is not None
        kind = self.wizard_.kind
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        mapping = guess_mapping(kind, table.header)
        stored = QSettings().value(f"import/mapping/{kind.value}")
        if isinstance(stored, str):
            try:
                remembered = ColumnMapping.from_json(stored)
            except MappingError:
                remembered = None
            if remembered is not None and not check_mapping(remembered, table.header):
                mapping = remembered
        for spec in FIELDS[kind]:
            box = QComboBox(self)
            box.addItem(tr("(not imported)"), "")
            for column in table.header:
                box.addItem(column, column)
            chosen = mapping.columns.get(spec.key)
            if chosen:
                box.setCurrentIndex(box.findData(chosen))
            box.currentIndexChanged.connect(lambda _i: self._changed())
            self.boxes[spec.key] = box
            label = _(spec.label)  # marked where the fields are listed (interchange.mapping)
            self.form.addRow(tr("{field} *").format(field=label) if spec.required else label, box)
        self.order = QComboBox(self)
        self.order.addItem(tr("Choose when the file needs it"), "")
        for order, text in DATE_ORDER_TEXT.items():
            self.order.addItem(_(text), order.value)
        if mapping.date_order is not None:
            self.order.setCurrentIndex(self.order.findData(mapping.date_order.value))
        self.decimal = QComboBox(self)
        self.decimal.addItem(tr("Point: 1234.50"), ".")
        self.decimal.addItem(tr("Comma: 1234,50"), ",")
        default = mapping.decimal or ("," if table.delimiter == ";" else ".")
        self.decimal.setCurrentIndex(self.decimal.findData(default))
        self.form.addRow(tr("Dates"), self.order)
        self.form.addRow(tr("Decimal separator"), self.decimal)
        self._changed()

    def mapping(self) -> ColumnMapping:
        order = self.order.currentData()
        return ColumnMapping(
            self.wizard_.kind,
            {key: box.currentData() for key, box in self.boxes.items() if box.currentData()},
            DateOrder(order) if order else None,
            self.decimal.currentData(),
        )

    def _changed(self) -> None:
        table = self.wizard_.table
        problems = check_mapping(self.mapping(), table.header) if table is not None else []
        self.problems.setText("<br>".join(_in_red(p) for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        table = self.wizard_.table
        return table is not None and not check_mapping(self.mapping(), table.header)

    def validatePage(self) -> bool:
        self.wizard_.remember()
        return True

    def _save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the mapping"), "mapping.json", tr("Mapping (*.json)")
        )
        if name:
            try:
                Path(name).write_text(self.mapping().to_json() + "\n", encoding="utf-8")
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    tr("Import"),
                    tr("The mapping cannot be saved: {reason}.").format(reason=exc.strerror or exc),
                )

    def _load(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, tr("Load a mapping"), "", tr("Mapping (*.json)"))
        if not name:
            return
        try:
            mapping = ColumnMapping.load(name)
        except MappingError as exc:
            QMessageBox.warning(self, tr("Import"), str(exc))
            return
        for key, box in self.boxes.items():
            index = box.findData(mapping.columns.get(key, ""))
            box.setCurrentIndex(max(index, 0))
        if mapping.date_order is not None:
            self.order.setCurrentIndex(self.order.findData(mapping.date_order.value))
        if mapping.decimal is not None:
            self.decimal.setCurrentIndex(self.decimal.findData(mapping.decimal))


class _CheckPage(QWizardPage):
    """A dry run of the whole file: what will be saved, what is already here, which rows have problems."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Check before importing"))
        self.setSubTitle(tr("Nothing is saved until you click Import."))
        self.stop = threading.Event()
        self.progress_signal = _Progress(self)
        self.checking = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(tr("Reading the file…"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar(self)
        layout.addWidget(self.progress)
        self.preview = QTableWidget(self)
        self.preview.verticalHeader().setVisible(False)
        layout.addWidget(self.preview, 2)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        choices = QHBoxLayout()
        self.skip_duplicates = QRadioButton(tr("Leave what is already here as it is"), self)
        self.update_duplicates = QRadioButton(tr("Update it from the file"), self)
        self.skip_duplicates.setChecked(True)
        self.skip_bad = QCheckBox(tr("Skip the rows with problems"), self)
        self.future_only = QCheckBox(tr("Sales: only schedule follow-ups still ahead"), self)
        self.future_only.setChecked(True)
        for widget in (self.skip_duplicates, self.update_duplicates, self.skip_bad, self.future_only):
            choices.addWidget(widget)
        layout.addLayout(choices)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(tr("&Cancel the import"), self)
        self.cancel_button.setVisible(False)
        self.again_button = QPushButton(tr("Check again"), self)
        self.again_button.setVisible(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.saving = False
        self.cancel_button.clicked.connect(self.stop.set)
        self.again_button.clicked.connect(self.check)
        self.progress_signal.moved.connect(self._moved)
        for widget in (self.skip_duplicates, self.skip_bad, self.future_only):
            widget.toggled.connect(lambda _on: self.check())

    def initializePage(self) -> None:
        self.future_only.setVisible(self.wizard_.kind is ImportKind.SALES)
        self.check()

    def options(self) -> ImportOptions:
        return ImportOptions(
            on_duplicate=DuplicateChoice.UPDATE
            if self.update_duplicates.isChecked()
            else DuplicateChoice.SKIP,
            skip_bad_rows=self.skip_bad.isChecked(),
            future_follow_ups_only=self.future_only.isChecked(),
        )

    def check(self) -> None:
        table = self.wizard_.table
        if table is None or self.checking:
            return
        self.checking = True
        self.stop.clear()
        self.wizard_.report = None
        self.completeChanged.emit()
        self.summary.setText(tr("Checking every row…"))
        self.cancel_button.setText(tr("Stop &checking"))
        self.cancel_button.setVisible(True)
        self.again_button.setVisible(False)
        mapping, options = self.wizard_.mapping(), self.options()
        database, today = self.wizard_.context.database, self.wizard_.context.clock.today()
        signal, stop = self.progress_signal, self.stop

        def work() -> ImportReport:
            return import_table(
                database, table, mapping, staff_id=None, today=today, options=options, dry_run=True,
                progress=signal.moved.emit, cancelled=stop.is_set,
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            self.checking = False
            self.cancel_button.setVisible(False)
            self.again_button.setVisible(True)
            if isinstance(error, ImportCancelled):
                self.summary.setText(
                    tr("Checking stopped. Nothing was saved; click Check again to see the rows.")
                )
            elif isinstance(error, UserFacingError):
                self.summary.setText(_in_red(error))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(work, self._show, failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _show(self, report: ImportReport) -> None:
        self.checking = False
        self.cancel_button.setVisible(False)
        self.wizard_.report = report
        self.progress.setValue(self.progress.maximum())
        # The service's own sentence (gettext), left out here: the page says so already.
        dry_run_note = " " + _("Dry run: nothing was saved.")
        self.summary.setText(report.summary().replace(dry_run_note, ""))
        self.preview.clear()
        self.preview.setColumnCount(len(report.preview_columns) + 2)
        self.preview.setHorizontalHeaderLabels([tr("Line"), tr("Status"), *report.preview_columns])
        self.preview.setRowCount(len(report.preview))
        for r, row in enumerate(report.preview):
            for c, value in enumerate((str(row.line), _status_text(row.status), *row.cells)):
                self.preview.setItem(r, c, QTableWidgetItem(value.replace("\n", " ⏎ ")))
        self.preview.resizeColumnsToContents()
        lines = [*report.notes]
        lines += [f"⚠ {p}" for p in report.problems]
        lines += [tr("Already here — {duplicate}").format(duplicate=d) for d in report.duplicates]
        self.details.setPlainText("\n".join(lines) or tr("No problems, nothing already here."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.report is not None and not self.checking

    def start_saving(self) -> None:
        self.stop.clear()
        self.saving = True
        self.cancel_button.setText(tr("&Cancel the import"))
        self.cancel_button.setVisible(True)
        self.summary.setText(tr("Importing…"))
        self.progress.setValue(0)
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.wizard_.button(button).setEnabled(False)

    def finish_saving(self, error: BaseException | None) -> None:
        self.saving = False
        self.cancel_button.setVisible(False)
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.wizard_.button(button).setEnabled(True)
        if error is None:
            return
        if isinstance(error, UserFacingError):
            self.summary.setText(_in_red(error))
            return
        sys.excepthook(type(error), error, error.__traceback__)


__all__ = ["ImportWizard"]
