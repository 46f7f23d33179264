"""Create or edit a customer: required fields marked, each problem shown beside its field, and a
warning with a link when the phone or email already belongs to someone else."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import i18n
from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.validation import CustomerInput, FieldErrors, PhoneInput
from crm_desktop.errors import ConflictError, UserFacingError
from crm_desktop.services.customers import (
    CustomerDetails,
    create_customer,
    customer_saved,
    find_duplicates,
    get_customer,
    update_customer,
)
from crm_desktop.ui.conflict_dialog import ConflictChoice, ConflictDialog
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.theme import banner_style
from crm_desktop.ui.widgets import GuardedDialog, announce_their_save, error_label, notice_label, save_cancel


def consent_choices() -> tuple[tuple[str, bool | None], ...]:
    return (
        (tr("Not asked yet"), None),
        (tr("Yes, agrees to be contacted"), True),
        (tr("No contact, please"), False),
    )


def kinds() -> tuple[tuple[str, str], ...]:
    return ((tr("Person"), "person"), (tr("Business"), "business"))


class CustomerDialog(GuardedDialog):
    open_other = Signal(int)

    def __init__(
        self, context: AppContext, existing: CustomerDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._database = context.database
        self._existing = existing
        self.saved: CustomerDetails | None = None
        self.setWindowTitle(tr("Edit customer") if existing else tr("New customer"))
        # English, translated by confirm_discard
        self.discard_what = cast(str, QT_TR_NOOP("changes") if existing else QT_TR_NOOP("customer details"))
        self.setMinimumWidth(560)

        self.kind = QComboBox(self)
        for label, value in kinds():
            self.kind.addItem(label, value)
        self.name = QLineEdit(self)
        self.company = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(tr("as the customer says it, e.g. 06 12 34 56 78 or +44 20 7946 0958"))
        self.phone2 = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setFixedHeight(60)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(tr("comma separated, e.g. vip, business"))
        self.consent = QComboBox(self)
        for label, answer in consent_choices():
            self.consent.addItem(label, answer)
        self.language = QComboBox(self)
        self.language.addItem(tr("The shop's language"), None)
        for code, name in i18n.language_choices():
            self.language.addItem(name, code)
        self.language.setToolTip(tr("The language of this customer's printed documents and messages"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(80)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("kind", tr("Kind"), self.kind),
            ("name", tr("Name *"), self.name),
            ("company", tr("Company"), self.company),
            ("phones", tr("Phone"), self.phone),
            ("phone2", tr("Second phone"), self.phone2),
            ("email", tr("Email"), self.email),
            ("address", tr("Address"), self.address),
            ("tags", tr("Tags"), self.tags),
            ("contact_consent", tr("Contact consent"), self.consent),
            ("language", tr("Documents in"), self.language),
            ("notes", tr("Notes"), self.notes),
        ):
            form.addRow(label, widget)
            error = error_label(self, f"error_{key}")
            self.errors[key] = error
            form.addRow("", error)
        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.setStyleSheet(banner_style("warning"))
        self.duplicates.linkActivated.connect(self._open_duplicate)
        self.duplicates.hide()
        self.general_error = error_label(self)
        self.notice = notice_label(self)  # not an error: "reloaded", "changed elsewhere"
        buttons = save_cancel(self, self.save, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Fields marked * are required."), self))
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.notice)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        for field in (self.phone, self.phone2, self.email):
            field.editingFinished.connect(self.check_duplicates)
        if existing is not None:
            self._fill(existing)
            context.changes.subscribe(self._look_for_their_save)

    # -- values ----------------------------------------------------------------------------------
    def _fill(self, c: CustomerDetails) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(c.kind))))
        self.name.setText(c.name)
        self.company.setText(c.company or "")
        phones = [p.raw for p in c.phones]
        self.phone.setText(phones[0] if phones else "")
        self.phone2.setText(phones[1] if len(phones) > 1 else "")
        self._extra_phones = c.phones[2:]
        self.email.setText(c.email or "")
        self.address.setPlainText(c.address or "")
        self.tags.setText(", ".join(c.tags))
        self.consent.setCurrentIndex(max(0, self.consent.findData(c.contact_consent)))
        self.language.setCurrentIndex(max(0, self.language.findData(c.language)) if c.language else 0)
        self.notes.setPlainText(c.notes or "")

    def value(self) -> CustomerInput:
        phones = []
        labels = [p.label for p in self._existing.phones] if self._existing else []
        for position, field in enumerate((self.phone, self.phone2)):
            if field.text().strip():
                label = labels[position] if position < len(labels) else "mobile"
                phones.append(PhoneInput(label=label, raw=field.text()))
        phones.extend(PhoneInput(label=p.label, raw=p.raw) for p in getattr(self, "_extra_phones", ()))
        return CustomerInput(
            kind=self.kind.currentData(),
            name=self.name.text(),
            company=self.company.text() or None,
            email=self.email.text() or None,
            phones=tuple(phones),
            address=self.address.toPlainText() or None,
            notes=self.notes.toPlainText() or None,
            tags=tuple(t for t in (part.strip() for part in self.tags.text().split(",")) if t),
            contact_consent=self.consent.currentData(),
            language=self.language.currentData(),
        )

    # -- checks ----------------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        try:
            hints = find_duplicates(
                self._database, self.value(), exclude_id=self._existing.id if self._existing else None
            )
        except UserFacingError:
            hints = ()  # the field error is shown on save; a half-typed number is not a duplicate
        if not hints:
            self.duplicates.hide()
            return
        lines = [
            tr("<a href='{customer_id}'>{name}</a> already has this {reason}.").format(
                customer_id=h.customer_id, name=_escape(h.name), reason=_escape(h.reason)
            )
            for h in hints
        ]
        self.duplicates.setText(
            tr("Possible duplicate: {matches} Save anyway, or open them.").format(matches=" ".join(lines))
        )
        self.duplicates.show()

    def _open_duplicate(self, link: str) -> None:
        if self.may_discard():  # opening the other customer ends this dialog
            self.open_other.emit(int(link))
            self.discard()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        unknown = [m for k, m in errors.items() if k not in self.errors]
        self.general_error.setText(" ".join(unknown))
        self.general_error.setVisible(bool(unknown))
        self.adjustSize()  # make room for the messages instead of squeezing the fields

    def save(self, *, keep_mine: int | None = None) -> None:
        """Read the form here, save the customer off the GUI thread (``operations.perform``): the dialog
        closes once saved, or shows each problem beside its field and keeps what was typed. The save
        sends the version the form shows; ``keep_mine``: the version a conflict showed, saved over."""
        from crm_desktop.ui.operations import perform
        from crm_desktop.ui.people import ensure_person

        try:
            me = ensure_person(self, self._context)
            data = self.value()
        except UserFacingError as exc:
            self._failed(exc)
            return
        database, existing = self._database, self._existing
        if existing is None:

            def work() -> CustomerDetails:
                return create_customer(database, data, staff_id=me)

        else:
            customer_id = existing.id
            version = existing.version if keep_mine is None else keep_mine

            def work() -> CustomerDetails:
                return update_customer(
                    database, customer_id, data, staff_id=me, expected_version=version,
                    keep_mine=keep_mine is not None,
                )  # fmt: skip

        perform(
            self,
            self._context,
            work,
            lambda saved: Changes.of(Change.CUSTOMER, customers=(saved.id,)),
            done=self._saved,
            failed=self._failed,
        )

    def _saved(self, saved: CustomerDetails) -> None:
        self.saved = saved
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        if isinstance(error, ConflictError) and self._existing is not None:
            self._conflict(error)
        elif isinstance(error, FieldErrors):
            self._show_errors(error.errors)
        else:
            self._show_errors({"_": str(error)})

    def _conflict(self, error: ConflictError) -> None:
        """Someone else saved this customer meanwhile: show what, and do what the person chooses."""
        assert self._existing is not None
        customer_id = self._existing.id
        choice = ConflictDialog.ask(self, error)
        if choice is ConflictChoice.RELOAD:
            try:
                self._existing = get_customer(self._database, customer_id)
            except UserFacingError as exc:
                self._show_errors({"_": str(exc)})
                return
            self._fill(self._existing)
            self.mark_clean()
            self._show_errors({})
            self._say(tr("Reloaded: this is their version now. Change it and save, or close."))
        elif choice is ConflictChoice.KEEP_MINE:
            self.save(keep_mine=error.version)
        else:
            self._show_errors(
                {"_": tr("Not saved: someone else changed this customer. Save again to choose.")}
            )

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _look_for_their_save(self, changes: Changes) -> None:
        """Something was saved (here or on another workstation): when it is this customer, say so, and
        leave what is typed alone (saving then shows what they changed, field by field)."""
        if self._existing is None or not changes.concerns(self._existing.id):
            return
        try:
            if not self.isVisible() or self.saved is not None:
                return
        except RuntimeError:  # the dialog was closed and deleted meanwhile
            return
        database, customer_id, shown = self._database, self._existing.id, self._existing.version
        announce_their_save(
            self, self.notice, lambda: customer_saved(database, customer_id), lambda: shown,
            tr("Save shows their change beside yours, and lets you choose."),
        )  # fmt: skip

    # -- entry points (patched in tests of callers) ----------------------------------------------
    @classmethod
    def ask_new(cls, parent: QWidget | None, context: AppContext) -> int | None:
        dialog = cls(context, None, parent)
        _connect_open_other(dialog, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            return dialog.saved.id
        return None

    @classmethod
    def edit(cls, parent: QWidget | None, context: AppContext, customer_id: int) -> bool:
        dialog = cls(context, get_customer(context.database, customer_id), parent)
        _connect_open_other(dialog, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _connect_open_other(dialog: CustomerDialog, parent: QWidget | None) -> None:
    window = parent.window() if parent is not None else None
    opener = getattr(window, "open_customer", None)
    if opener is not None:
        dialog.open_other.connect(opener)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
