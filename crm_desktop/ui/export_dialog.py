"""File → Export…: the shop's records as CSV or Excel, its dated work as a calendar (.ics), customers as
vCards; and the calendar kept up to date in a folder the user picks, for calendar apps to subscribe to.

Reading and writing happen off the GUI thread (:func:`crm_desktop.ui.tasks.run_in_background`); files are
written whole or not at all (:func:`crm_desktop.services.exports.write_atomically`). The folder is a shop
setting (``calendar.folder``, with ``calendar.staff`` for one person's calendar); while it is set, the
:class:`CalendarKeeper` of the main window rewrites the calendar after every change that touches
follow-ups, visits or promises.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.services.exports import (
    CALENDAR_FILE,
    ExportFormat,
    ExportKind,
    ExportResult,
    export_to_file,
    formats_of,
    suggested_name,
)
from crm_desktop.services.settings import CALENDAR_FOLDER, CALENDAR_STAFF, get_settings, set_settings
from crm_desktop.services.staff import StaffMember, list_staff
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import perform
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import tone_style
from crm_desktop.ui.widgets import error_label


def kind_choices() -> tuple[tuple[str, ExportKind], ...]:
    """What can be exported, as the dialog's list names it."""
    return (
        (tr("Customers"), ExportKind.CUSTOMERS),
        (tr("Sales, one line per item"), ExportKind.SALES),
        (tr("Follow-ups"), ExportKind.FOLLOW_UPS),
        (tr("Service jobs"), ExportKind.JOBS),
        (tr("Requests"), ExportKind.REQUESTS),
        (tr("Contacts with customers"), ExportKind.CONTACTS),
        (tr("Calendar: follow-ups, visits, promises (.ics)"), ExportKind.CALENDAR),
        (tr("Every customer as a vCard (.vcf)"), ExportKind.VCARD),
    )


def format_label(fmt: ExportFormat) -> str:
    return {
        ExportFormat.CSV: tr("CSV (any spreadsheet, UTF-8)"),
        ExportFormat.XLSX: tr("Excel workbook (.xlsx)"),
        ExportFormat.ICS: tr("iCalendar (.ics)"),
        ExportFormat.VCF: tr("vCard (.vcf)"),
    }[fmt]


def file_filter(fmt: ExportFormat) -> str:
    """The file dialog's filter for ``fmt`` (the words before the brackets are translated)."""
    return {
        ExportFormat.CSV: tr("CSV (*.csv)"),
        ExportFormat.XLSX: tr("Excel (*.xlsx)"),
        ExportFormat.ICS: tr("iCalendar (*.ics)"),
        ExportFormat.VCF: tr("vCard (*.vcf)"),
    }[fmt]


def _export_title(kind: ExportKind) -> str:
    """The title of the file dialog that asks where to write ``kind``."""
    return {
        ExportKind.CUSTOMERS: tr("Export customers"),
        ExportKind.SALES: tr("Export sales with items"),
        ExportKind.FOLLOW_UPS: tr("Export follow-ups"),
        ExportKind.JOBS: tr("Export service jobs"),
        ExportKind.REQUESTS: tr("Export requests"),
        ExportKind.CONTACTS: tr("Export contacts"),
        ExportKind.CALENDAR: tr("Export calendar"),
        ExportKind.VCARD: tr("Export vcards"),
    }[kind]


def _written(kind: ExportKind, what: str, path: Path) -> str:
    """What the status line says once ``kind`` is written (``what``: "57 customers", from the service)."""
    sentence = {
        ExportKind.CUSTOMERS: tr("Customers ({what}) written to {path}"),
        ExportKind.SALES: tr("Sales with items ({what}) written to {path}"),
        ExportKind.FOLLOW_UPS: tr("Follow-ups ({what}) written to {path}"),
        ExportKind.JOBS: tr("Service jobs ({what}) written to {path}"),
        ExportKind.REQUESTS: tr("Requests ({what}) written to {path}"),
        ExportKind.CONTACTS: tr("Contacts ({what}) written to {path}"),
        ExportKind.CALENDAR: tr("Calendar ({what}) written to {path}"),
        ExportKind.VCARD: tr("vCards ({what}) written to {path}"),
    }[kind]
    return sentence.format(what=what, path=path)


def ask_target(parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
    """Where to write (tests patch this)."""
    target, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return target or None


def ask_folder(parent: QWidget, start: str) -> str | None:
    """The folder to keep the calendar in (tests patch this)."""
    return QFileDialog.getExistingDirectory(parent, tr("Keep the calendar in this folder"), start) or None


def _with_suffix(target: str, fmt: ExportFormat) -> Path:
    path = Path(target)
    return path if path.suffix.lower() == f".{fmt.value}" else path.with_name(f"{path.name}.{fmt.value}")


class ExportDialog(QDialog):
    """Choose what to export and in which format; for the calendar, whose, and whether to keep it up to
    date in a folder."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(tr("Export"))
        self.setMinimumWidth(520)
        self.kind = QComboBox(self)
        self.kind.setObjectName("exportKind")
        for label, kind in kind_choices():
            self.kind.addItem(label, kind.value)
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.whose = QComboBox(self)
        self.whose.setObjectName("calendarWhose")
        self.whose.addItem(tr("Everyone"), None)
        self.whose_label = QLabel(tr("Whose:"), self)
        self.keep = QCheckBox(tr("Keep it up to date in a folder, for a calendar app to subscribe to"), self)
        self.keep.setObjectName("keepCalendar")
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("calendarFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet(tone_style("muted"))
        self.folder_button = QPushButton(tr("Choose folder…"), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(tone_style("muted"))
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.error = error_label(self)

        form = QFormLayout()
        form.addRow(tr("What:"), self.kind)
        form.addRow(tr("Format:"), self.format)
        form.addRow(self.whose_label, self.whose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.keep)
        layout.addLayout(folder_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._folder: str | None = None
        self._staff_choice: str | None = None
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self.choose_folder)
        self.keep.toggled.connect(self._keep_toggled)
        self.whose.currentIndexChanged.connect(lambda _i: self._whose_changed())
        self._kind_changed()
        self._load()

    @classmethod
    def show_for(cls, parent: QWidget, context: AppContext) -> None:
        cls(context, parent).exec()

    # -- reading ---------------------------------------------------------------------------------
    def _load(self) -> None:
        database = self._context.database

        def read() -> tuple[tuple[StaffMember, ...], dict[str, str]]:
            return list_staff(database), get_settings(database)

        self.setEnabled(False)
        run_in_background(read, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[tuple[StaffMember, ...], dict[str, str]]) -> None:
        people, settings = loaded
        self.setEnabled(True)
        self.whose.blockSignals(True)
        for member in people:
            self.whose.addItem(member.name, member.id)
        chosen = settings.get(CALENDAR_STAFF)
        if chosen and chosen.isdigit():
            index = self.whose.findData(int(chosen))
            if index >= 0:
                self.whose.setCurrentIndex(index)
        self.whose.blockSignals(False)
        self._folder = settings.get(CALENDAR_FOLDER)
        self.keep.blockSignals(True)
        self.keep.setChecked(self._folder is not None)
        self.keep.blockSignals(False)
        self._show_folder()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, UserFacingError):
            raise error
        self.error.setText(str(error))
        self.error.show()

    # -- choices ---------------------------------------------------------------------------------
    def selected_kind(self) -> ExportKind:
        return ExportKind(self.kind.currentData())  # Qt hands the enum back as its text

    def selected_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def selected_staff(self) -> int | None:
        staff = self.whose.currentData()
        return staff if isinstance(staff, int) else None

    def _kind_changed(self) -> None:
        kind = self.selected_kind()
        self.format.clear()
        for fmt in formats_of(kind):
            self.format.addItem(format_label(fmt), fmt.value)
        self.format.setEnabled(self.format.count() > 1)
        calendar = kind is ExportKind.CALENDAR
        for widget in (self.whose, self.whose_label, self.keep, self.folder_label, self.folder_button):
            widget.setVisible(calendar)
        self.note.setText(
            {
                ExportKind.CUSTOMERS: tr(
                    "Name, company, e-mail, phones as typed, address, tags, notes: the columns "
                    "an import reads back. Archived customers are left out."
                ),
                ExportKind.SALES: tr("Sale numbers, items with serials, prices and warranty dates."),
                ExportKind.CALENDAR: tr(
                    "Open follow-ups and promises on their day, visits at their hours. "
                    "A calendar that imports the file again updates its events instead of doubling them."
                ),
                ExportKind.VCARD: tr(
                    "Phones (mobile, home, work), e-mail, address and company, for a phone's "
                    "address book; the shop's notes stay here."
                ),
            }.get(kind, tr("The numbers people see (S-0042, J-0042, R-0042), names and dates."))
        )
        self.error.hide()
        self.status.setText("")
        self.adjustSize()  # the calendar's rows appear or go: the dialog grows or shrinks with them

    def _show_folder(self) -> None:
        if self._folder:
            self.folder_label.setText(
                tr("Kept up to date: {path}").format(path=Path(self._folder) / CALENDAR_FILE)
            )
        else:
            self.folder_label.setText(tr("No folder: the calendar is written only when you export it."))

    def _whose_changed(self) -> None:
        if self.keep.isChecked() and self._folder:
            self._save_folder(self._folder)

    def _keep_toggled(self, on: bool) -> None:
        if on and not self._folder:
            if self.choose_folder() is None:
                self.keep.blockSignals(True)
                self.keep.setChecked(False)
                self.keep.blockSignals(False)
            return
        self._save_folder(self._folder if on else None)

    def choose_folder(self) -> str | None:
        """Ask for the folder; when one is chosen, keep the calendar there. The folder, or None."""
        folder = ask_folder(self, self._folder or str(Path.home()))
        if folder:
            self.keep.blockSignals(True)
            self.keep.setChecked(True)
            self.keep.blockSignals(False)
            self._save_folder(folder)
        return folder

    def _save_folder(self, folder: str | None) -> None:
        """Save the choice (a shop setting) off the GUI thread; the keeper writes the calendar at once."""
        database, staff = self._context.database, self.selected_staff()
        values = {CALENDAR_FOLDER: folder, CALENDAR_STAFF: str(staff) if folder and staff else None}

        def saved(_result: object) -> None:
            self._folder = folder
            self._show_folder()
            self.status.setText(
                tr("The calendar will be kept in {folder}.").format(folder=folder)
                if folder
                else tr("The calendar is no longer kept.")
            )

        perform(
            self,
            self._context,
            lambda: set_settings(database, values),
            Changes.of(Change.SETTINGS),
            done=saved,
            failed=self._show_error,
        )

    def _show_error(self, error: UserFacingError) -> None:
        self.status.setText("")
        self.error.setText(str(error))
        self.error.show()

    # -- export ----------------------------------------------------------------------------------
    def export(self) -> None:
        kind, fmt, staff = self.selected_kind(), self.selected_format(), self.selected_staff()
        today = self._context.clock.today()
        target = ask_target(self, _export_title(kind), suggested_name(kind, fmt, today), file_filter(fmt))
        if not target:
            return
        path = _with_suffix(target, fmt)
        database = self._context.database
        self.error.hide()
        self.status.setText(tr("Writing {file}…").format(file=path.name))
        self.export_button.setEnabled(False)

        def work() -> ExportResult:
            return export_to_file(database, path, kind, fmt, today=today, staff_id=staff)

        def done(result: ExportResult) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(_written(kind, result.what, result.path))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            if not isinstance(error, UserFacingError):
                raise error
            self._show_error(error)

        run_in_background(work, done, failed)


def export_vcard(parent: QWidget, context: AppContext, customer_id: int, name: str) -> None:
    """The customer page's Export vCard…: ask where, write the card off the GUI thread, say where it went
    (the main window's status bar) or what went wrong."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "customer"
    target = ask_target(
        parent, tr("vCard of {name}").format(name=name), f"{safe}.vcf", file_filter(ExportFormat.VCF)
    )
    if not target:
        return
    path = _with_suffix(target, ExportFormat.VCF)
    database, today = context.database, context.clock.today()

    def work() -> ExportResult:
        return export_to_file(database, path, ExportKind.VCARD, today=today, customer_ids=[customer_id])

    def done(result: ExportResult) -> None:
        _tell(parent, tr("vCard of {name} written to {path}").format(name=name, path=result.path))

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        QMessageBox.warning(parent, tr("Export vCard"), str(error))

    run_in_background(work, done, failed)


def _tell(widget: QWidget, text: str) -> None:
    window = widget.window()
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(text, 8000)


__all__ = ["ExportDialog", "ask_folder", "ask_target", "export_vcard"]
