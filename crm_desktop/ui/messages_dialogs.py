"""Settings → Messages: how the shop sends e-mail and SMS (with a test message), and the outbox: every
message with its state, sent now, sent again or withdrawn. The window's quiet sender is
:mod:`crm_desktop.ui.outbox_sender`.

Passwords are typed into password fields and go to the system keyring through the service; a field left
empty keeps the password already kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.enums import MessageChannel, MessageStatus, SendingMode
from crm_desktop.errors import UserFacingError
from crm_desktop.messaging.templates import EVENTS, built_in
from crm_desktop.services import messages
from crm_desktop.ui.operations import perform
from crm_desktop.ui.table_model import Index, ListModel
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.widgets import GuardedDialog, confirm_discard, error_label

SECURITY_CHOICES = (
    ("STARTTLS (port 587, the usual)", "starttls"),
    ("TLS from the start (port 465)", "tls"),
    ("None: a server on the shop's own network only", "none"),
)
STATUS_TEXT = {
    MessageStatus.QUEUED: "Waiting",
    MessageStatus.SENDING: "Sending",
    MessageStatus.SENT: "Sent",
    MessageStatus.FAILED: "Failed",
    MessageStatus.CANCELLED: "Withdrawn",
}


class MessagesSetupDialog(GuardedDialog):
    """E-mail and SMS settings, each with what a small shop usually has to type. Closing with settings
    typed and not saved asks first (the test message's address does not count)."""

    discard_what = "message settings"

    def form_values(self) -> tuple[object, ...]:
        everything = super().form_values()
        return tuple(v for v in everything if v != self.test_to.text()) if self.test_to.text() else everything

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Messages")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "crm_desktop can tell customers that their job is ready, that a promised date moved, or ask how "
            "their product works — by e-mail through your own mail server, and by SMS through your SMS "
            "provider. Passwords are kept in this computer's keyring, never in the shop's file.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._email_tab(), "&E-mail")
        self.tabs.addTab(self._sms_tab(), "&SMS")
        layout.addWidget(self.tabs, 1)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.notice = QLabel("", self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    # -- e-mail ----------------------------------------------------------------------------------
    def _email_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.host = QLineEdit(tab)
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.example.com (your e-mail provider tells you)")
        self.security = QComboBox(tab)
        for label, value in SECURITY_CHOICES:
            self.security.addItem(label, value)
        self.port = QSpinBox(tab)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText("the usual one")
        self.user = QLineEdit(tab)
        self.user.setPlaceholderText("usually the shop's e-mail address")
        self.password = QLineEdit(tab)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("smtpPassword")
        self.from_address = QLineEdit(tab)
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText("shop@example.com: customers see it and can reply to it")
        self.from_name = QLineEdit(tab)
        self.from_name.setPlaceholderText("default: the shop's name")
        form.addRow("Mail &server", self.host)
        form.addRow("Se&curity", self.security)
        form.addRow("&Port", self.port)
        form.addRow("&User name", self.user)
        form.addRow("Pass&word", self.password)
        form.addRow("&From address", self.from_address)
        form.addRow("From &name", self.from_name)
        row = QHBoxLayout()
        self.save_email_button = QPushButton("Save e-mail settings", tab)
        self.save_email_button.clicked.connect(self.save_email)
        self.test_to = QLineEdit(tab)
        self.test_to.setObjectName("testTo")
        self.test_to.setPlaceholderText("your own address")
        self.test_to.setMinimumWidth(220)
        self.test_button = QPushButton("Send a &test message", tab)
        self.test_button.clicked.connect(self.send_test)
        row.addWidget(self.save_email_button)
        row.addStretch(1)
        row.addWidget(QLabel("To:", tab))
        row.addWidget(self.test_to)
        row.addWidget(self.test_button)
        form.addRow(row)
        return tab

    # -- SMS ---------------------------------------------------------------------------------------
    def _sms_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        explain = QLabel(
            "Your SMS provider's documentation gives its web address and the names of its fields. "
            "Write each field as name=value; {to} is the customer's mobile number, {text} the message, "
            "{sender} the sender name.",
            tab,
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.sms_url = QLineEdit(tab)
        self.sms_url.setObjectName("smsUrl")
        self.sms_url.setPlaceholderText("https://api.example.com/v1/sms")
        self.sms_method = QComboBox(tab)
        for label, value in (
            ("POST as a form", "POST form"),
            ("POST as JSON", "POST json"),
            ("GET", "GET form"),
        ):
            self.sms_method.addItem(label, value)
        self.sms_fields = QPlainTextEdit(tab)
        self.sms_fields.setObjectName("smsFields")
        self.sms_fields.setPlaceholderText("to={to}\ntext={text}\nfrom={sender}")
        self.sms_fields.setFixedHeight(90)
        self.sms_sender = QLineEdit(tab)
        self.sms_sender.setPlaceholderText("up to 11 letters, e.g. VeloCo")
        self.sms_header = QLineEdit(tab)
        self.sms_header.setPlaceholderText("Authorization")
        self.sms_secret = QLineEdit(tab)
        self.sms_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_secret.setPlaceholderText("e.g. Bearer 1234abcd (kept in the keyring)")
        form.addRow("&Address", self.sms_url)
        form.addRow("&Method", self.sms_method)
        form.addRow("&Fields", self.sms_fields)
        form.addRow("Sender &name", self.sms_sender)
        form.addRow("Authentication &header", self.sms_header)
        form.addRow("Its &value", self.sms_secret)
        self.save_sms_button = QPushButton("Save SMS settings", tab)
        self.save_sms_button.clicked.connect(self.save_sms)
        form.addRow(self.save_sms_button)
        return tab

    def _load(self) -> None:
        email = messages.email_setup(self.context.database)
        if email is not None:
            self.host.setText(email.host)
            self.security.setCurrentIndex(max(0, self.security.findData(email.security)))
            self.port.setValue(email.port)
            self.user.setText(email.user or "")
            self.from_address.setText(email.from_address)
            self.from_name.setText(email.from_name)
            if email.has_password:
                self.password.setPlaceholderText("kept in the keyring: leave empty to keep it")
        sms = messages.sms_setup(self.context.database)
        if sms is not None:
            self.sms_url.setText(sms.url)
            self.sms_method.setCurrentIndex(max(0, self.sms_method.findData(f"{sms.method} {sms.body}")))
            self.sms_fields.setPlainText(sms.fields)
            self.sms_sender.setText(sms.sender)
            self.sms_header.setText(sms.header_name or "")
            if sms.has_secret:
                self.sms_secret.setPlaceholderText("kept in the keyring: leave empty to keep it")

    def _say(self, text: str) -> None:
        self.error.hide()
        self.notice.setText(text)

    def _failed(self, error: UserFacingError) -> None:
        self.notice.setText("")
        self.error.setText(str(error))
        self.error.show()

    def save_email(self) -> None:
        database, person = self.context.database, self.context.person_id
        values: dict[str, Any] = {
            "host": self.host.text(),
            "port": self.port.value() or None,
            "security": self.security.currentData(),
            "user": self.user.text(),
            "from_address": self.from_address.text(),
            "from_name": self.from_name.text(),
            "password": self.password.text() or None,
        }
        perform(
            self,
            self.context,
            lambda: messages.save_email_setup(database, staff_id=person, **values),
            Changes.of(Change.SETTINGS),
            done=lambda setup: self._email_saved(setup),
            failed=self._failed,
        )

    def _email_saved(self, setup: messages.EmailSetup) -> None:
        self.password.clear()
        self.port.setValue(setup.port)
        if setup.has_password:
            self.password.setPlaceholderText("kept in the keyring: leave empty to keep it")
        self.mark_clean()
        self._say(f"Saved: e-mail goes through {setup.host}:{setup.port}. Send a test message to check it.")

    def send_test(self) -> None:
        database, to, now = self.context.database, self.test_to.text(), self.context.clock.now()
        self._say("Sending…")
        perform(
            self,
            self.context,
            lambda: messages.send_test_email(database, to, now),
            Changes.of(),
            done=lambda answer: self._say(f"Sent to {to}. The server said: {answer}"),
            failed=self._failed,
        )

    def save_sms(self) -> None:
        database, person = self.context.database, self.context.person_id
        method, body = str(self.sms_method.currentData()).split()
        values: dict[str, Any] = {
            "url": self.sms_url.text(),
            "method": method,
            "body": body,
            "fields": self.sms_fields.toPlainText(),
            "sender": self.sms_sender.text(),
            "header_name": self.sms_header.text() or None,
            "secret": self.sms_secret.text() or None,
        }
        perform(
            self,
            self.context,
            lambda: messages.save_sms_setup(database, staff_id=person, **values),
            Changes.of(Change.SETTINGS),
            done=lambda setup: self._sms_saved(setup),
            failed=self._failed,
        )

    def _sms_saved(self, setup: messages.SmsSetup) -> None:
        self.sms_secret.clear()
        self.mark_clean()
        self._say(f"Saved: text messages go through {setup.url}.")

    @classmethod
    def edit(cls, parent: QWidget, context: AppContext) -> None:
        cls(context, parent).exec()


class OutboxModel(ListModel):
    columns = ("State", "When", "How", "To", "Customer", "Message")
    rows: tuple[messages.OutboxRow, ...]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or row.answer or row.body
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return STATUS_TEXT[row.status] + (f" ({row.attempts} tries)" if row.attempts > 1 else "")
        if column == 1:
            when = row.sent_at or (row.next_attempt_at if row.status is MessageStatus.QUEUED else None)
            return (when or row.created_at).astimezone().strftime("%a %d %b, %H:%M")
        if column == 2:
            return "E-mail" if row.channel.value == "email" else "SMS"
        if column == 3:
            return row.recipient
        if column == 4:
            return row.customer_name
        what = row.subject or " ".join(row.body.split())
        return f"{what} — {row.error}" if row.error and row.status is not MessageStatus.SENT else what


def _detail(row: messages.OutboxRow) -> str:
    """What the outbox says about one message, under the list."""
    if row.status is MessageStatus.FAILED:
        head = f"Failed: {row.error}"
    elif row.status is MessageStatus.SENT:
        head = f"Sent to {row.recipient}. The server said: {row.answer}"
    elif row.status is MessageStatus.QUEUED and row.error:
        head = f"Waiting to be tried again ({row.attempts} tries so far): {row.error}"
    else:
        head = f"{STATUS_TEXT[row.status]}: to {row.recipient}"
    text = " ".join(row.body.split())
    return f"{head}\n{row.subject + ' — ' if row.subject else ''}{text[:300]}{'…' if len(text) > 300 else ''}"


class OutboxDialog(QDialog):
    """Every message, newest first; failures are marked seen once shown here."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, failed_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Outbox")
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.show_failed = QPushButton("Only the &failed ones", self)
        self.show_failed.setCheckable(True)
        self.show_failed.setChecked(failed_only)
        self.show_failed.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.show_failed, 0, Qt.AlignmentFlag.AlignLeft)
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((80, 140, 60, 200, 150)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        self.detail = QLabel(
            self
        )  # the selected message: why it failed, or what the server said, and its text
        self.detail.setObjectName("messageDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.send_now_button = QPushButton("Send &now", self)
        self.send_now_button.setToolTip("Send what is waiting now, instead of within the minute")
        self.send_now_button.clicked.connect(self.send_now)
        self.again_button = QPushButton("Send &again", self)
        self.again_button.setToolTip("Queue a failed message again (check first whether it arrived)")
        self.again_button.clicked.connect(self.send_again)
        self.withdraw_button = QPushButton("&Withdraw", self)
        self.withdraw_button.setToolTip("Do not send this message")
        self.withdraw_button.clicked.connect(self.withdraw)
        close = QPushButton("Close", self)
        close.clicked.connect(self.accept)
        for button in (self.send_now_button, self.again_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        context.changes.subscribe(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Change.MESSAGE, Change.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        database = self.context.database
        rows = messages.list_outbox(database, failed_only=self.show_failed.isChecked())
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.status is MessageStatus.QUEUED)
        failed = sum(1 for r in rows if r.status is MessageStatus.FAILED)
        self.explain.setText(
            "Every message to a customer, newest first. A message waits its turn, is sent within the minute "
            "while crm_desktop is open, and is tried again for half a day if the server does not answer."
            + (f" <b>{failed} failed</b>: select one to read why." if failed else "")
            + (f" {waiting} waiting." if waiting else "")
        )
        if failed and messages.unseen_failures(database):  # seen now: Today stops showing them
            now, person = self.context.clock.now(), self.context.person_id
            run_in_background(
                lambda: messages.mark_failures_seen(database, now, staff_id=person),
                lambda _count: self.context.changes.publish(Changes.of(Change.MESSAGE)),
            )
        self._enable()

    def selected(self) -> messages.OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        row = self.selected()
        self.detail.setText(_detail(row) if row is not None else "")
        self.again_button.setEnabled(row is not None and row.status is MessageStatus.FAILED)
        self.withdraw_button.setEnabled(
            row is not None and row.status in (MessageStatus.QUEUED, MessageStatus.FAILED)
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()

    def send_now(self) -> None:
        database, now = self.context.database, self.context.clock.now()
        self.error.hide()
        perform(
            self,
            self.context,
            lambda: messages.send_queued(database, now),
            lambda report: (
                Changes.of(Change.MESSAGE, Change.CONTACT) if report.sent else Changes.of(Change.MESSAGE)
            ),
            done=lambda report: self.explain.setText(report.describe() + " " + self.explain.text()),
            failed=self._failed,
        )

    def send_again(self) -> None:
        row = self.selected()
        if row is None:
            return
        database, now, person = self.context.database, self.context.clock.now(), self.context.person_id
        perform(
            self,
            self.context,
            lambda: messages.send_again(database, row.id, now, staff_id=person),
            Changes.of(Change.MESSAGE),
            failed=self._failed,
        )

    def withdraw(self) -> None:
        row = self.selected()
        if row is None:
            return
        database, person = self.context.database, self.context.person_id
        perform(
            self,
            self.context,
            lambda: messages.cancel_message(database, row.id, staff_id=person),
            Changes.of(Change.MESSAGE),
            failed=self._failed,
        )

    @classmethod
    def show_outbox(cls, parent: QWidget, context: AppContext, *, failed_only: bool = False) -> None:
        cls(context, parent, failed_only=failed_only).exec()


SENDING_CHOICES = (
    ("Ask before sending", SendingMode.ASK),
    ("Send by itself", SendingMode.AUTO),
    ("Never offer it", SendingMode.OFF),
)


class TemplatesDialog(GuardedDialog):
    """The wording of each message, with its placeholders, whether it is sent by itself or after asking,
    and a preview as a real customer of the shop would read it. A changed template is not thrown away
    without asking: not by closing, nor by choosing another message."""

    discard_what = "template"

    def form_values(
        self,
    ) -> tuple[object, ...]:  # the message being edited, not which one or the preview's customer
        return (self.subject.text(), self.body.toPlainText(), self.sending.currentIndex())

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Message templates")
        self.resize(900, 560)
        self.templates = {(t.event, t.channel): t for t in messages.list_templates(context.database)}
        self.customer_id: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.which = QComboBox(self)
        self.which.setObjectName("templateEvent")
        for event in EVENTS.values():
            self.which.addItem(event.label, event.key)
        self.channel = QComboBox(self)
        self.channel.addItem("E-mail", MessageChannel.EMAIL)
        self.channel.addItem("SMS", MessageChannel.SMS)
        self.sending = QComboBox(self)
        for label, mode in SENDING_CHOICES:
            self.sending.addItem(label, mode)
        for label, widget in (
            ("&Message:", self.which),
            ("&By:", self.channel),
            ("&When it happens:", self.sending),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        columns = QHBoxLayout()
        edit = QVBoxLayout()
        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubject")
        self.subject_label = QLabel("&Subject", self)
        self.subject_label.setBuddy(self.subject)
        edit.addWidget(self.subject_label)
        edit.addWidget(self.subject)
        body_label = QLabel("&Text", self)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        body_label.setBuddy(self.body)
        edit.addWidget(body_label)
        edit.addWidget(self.body, 1)
        self.placeholders = QLabel(self)
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit.addWidget(self.placeholders)
        columns.addLayout(edit, 1)
        look = QVBoxLayout()
        who = QHBoxLayout()
        self.customer = QLineEdit(self)
        self.customer.setObjectName("previewCustomer")
        self.customer.setPlaceholderText("a customer's name, phone or e-mail")
        who_label = QLabel("&Preview for", self)
        who_label.setBuddy(self.customer)
        who.addWidget(who_label)
        who.addWidget(self.customer, 1)
        look.addLayout(who)
        self.preview = QLabel(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("background: palette(base); border: 1px solid palette(mid); padding: 8px;")
        look.addWidget(self.preview, 1)
        self.size_label = QLabel(self)
        look.addWidget(self.size_label)
        columns.addLayout(look, 1)
        layout.addLayout(columns, 1)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.built_in_button = QPushButton("Back to the built-in te&xt", self)
        self.built_in_button.clicked.connect(self.use_built_in)
        self.save_button = QPushButton("Sa&ve", self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton("Close", self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.built_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._shown = (0, 0)  # the message and channel whose template the fields hold
        self.which.currentIndexChanged.connect(lambda _i: self._switch())
        self.channel.currentIndexChanged.connect(lambda _i: self._switch())
        self.subject.textChanged.connect(lambda _t: self._preview())
        self.body.textChanged.connect(self._preview)
        self.customer.textChanged.connect(lambda _t: self._find_customer())
        self._find_customer(first=True)
        self._show()

    def _key(self) -> tuple[str, MessageChannel]:
        return str(self.which.currentData()), MessageChannel(self.channel.currentData())

    def _switch(self) -> None:
        """Another message or channel: its template, after asking when the one shown was changed."""
        if self.is_modified() and not confirm_discard(self, self.discard_what or "template"):
            for box, index in ((self.which, self._shown[0]), (self.channel, self._shown[1])):
                box.blockSignals(True)
                box.setCurrentIndex(index)
                box.blockSignals(False)
            return
        self._show()

    def _show(self) -> None:
        self._shown = (self.which.currentIndex(), self.channel.currentIndex())
        template = self.templates[self._key()]
        email = template.channel is MessageChannel.EMAIL
        self.subject_label.setVisible(email)
        self.subject.setVisible(email)
        self.subject.setText(template.subject or "")
        self.body.setPlainText(template.body)
        self.sending.setCurrentIndex(max(0, self.sending.findData(template.sending)))
        self.placeholders.setText("It can use: " + " ".join(f"{{{name}}}" for name in template.placeholders))
        self._preview()
        if self._clean is not None:
            self.mark_clean()

    def _find_customer(self, *, first: bool = False) -> None:
        """The customer the preview is for: the first the search finds, else the newest customer."""
        from crm_desktop.services.search import search

        text = self.customer.text().strip()
        hits = search(self.context.database, text, limit=5) if text else ()
        found = next((hit.customer_id for hit in hits), None)
        if found is None and (first or not text):
            found = messages.preview_customer(self.context.database)
        if found is not None or text:
            self.customer_id = found
        self._preview()

    def _preview(self) -> None:
        event, channel = self._key()
        subject = self.subject.text() if channel is MessageChannel.EMAIL else None
        if self.customer_id is None:
            self.preview.setText("No customer found to show it for.")
            self.size_label.setText("")
            return
        try:
            shown = messages.preview_template(
                self.context.database, event, channel, subject, self.body.toPlainText(), self.customer_id,
                self.context.clock.today(),
            )  # fmt: skip
        except UserFacingError as error:
            self.preview.setText("")
            self.error.setText(str(error))
            self.error.show()
            self.size_label.setText("")
            return
        self.error.hide()
        head = f"Subject: {shown.subject}\n\n" if shown.subject else ""
        self.preview.setText(f"To {shown.customer_name}\n\n{head}{shown.body}")
        self.size_label.setText(f"SMS: {shown.size.describe()}" if shown.size is not None else "")

    def use_built_in(self) -> None:
        subject, body = built_in(*self._key())
        self.subject.setText(subject or "")
        self.body.setPlainText(body)

    def save(self) -> None:
        event, channel = self._key()
        database, person = self.context.database, self.context.person_id
        subject = self.subject.text() if channel is MessageChannel.EMAIL else None
        body, sending = self.body.toPlainText(), SendingMode(self.sending.currentData())
        self.error.hide()

        def saved(template: messages.TemplateDetails) -> None:
            self.templates[(template.event, template.channel)] = template
            self.mark_clean()

        perform(
            self,
            self.context,
            lambda: messages.save_template(
                database, event, channel, subject=subject, body=body, sending=sending, staff_id=person
            ),
            Changes.of(Change.SETTINGS),
            done=saved,
            failed=self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()

    @classmethod
    def edit(cls, parent: QWidget, context: AppContext) -> None:
        cls(context, parent).exec()


class AskToSendDialog(QDialog):
    """Right after an event (a job ready, a unit taken in): the customer's message on each channel the
    shop's template asks before sending, ticked, with its text; Send queues and sends them now."""

    def __init__(
        self, context: AppContext, drafts: tuple[messages.Draft, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.drafts = drafts
        self.sent_count = 0
        first = drafts[0]
        self.setWindowTitle("Tell the customer?")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Tell {first.customer_name}? The message goes from the shop now.", self))
        self.choices: list[tuple[QCheckBox, messages.Draft]] = []
        for draft in drafts:
            how = "E-mail" if draft.channel is MessageChannel.EMAIL else "SMS"
            box = QCheckBox(f"{how} to {draft.recipient}", self)
            box.setChecked(True)
            layout.addWidget(box)
            text = QLabel((f"{draft.subject}\n\n" if draft.subject else "") + draft.body, self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setStyleSheet("background: palette(base); border: 1px solid palette(mid); padding: 6px;")
            layout.addWidget(text)
            self.choices.append((box, draft))
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton("&Send", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("&Not now", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def send(self) -> None:
        chosen = [draft for box, draft in self.choices if box.isChecked()]
        if not chosen:
            self.reject()
            return
        database, now, person = self.context.database, self.context.clock.now(), self.context.person_id

        def done(rows: tuple[messages.OutboxRow, ...]) -> None:
            self.sent_count = sum(1 for row in rows if row.status is MessageStatus.SENT)
            self.accept()  # queued in any case: what did not go yet is in the outbox, tried again

        perform(
            self,
            self.context,
            lambda: messages.send_now(database, chosen, now, staff_id=person),
            Changes.of(Change.MESSAGE, Change.CONTACT, customers=(chosen[0].customer_id,)),
            done=done,
            failed=self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()


def offer_to_send(parent: QWidget, context: AppContext, drafts: tuple[messages.Draft, ...]) -> None:
    """Ask to send the event's messages, when there are any to ask about (none: nothing is shown)."""
    if drafts:
        AskToSendDialog(context, drafts, parent).exec()


def offer_event_message(
    parent: QWidget,
    context: AppContext,
    event: str,
    customer_id: int,
    values: dict[str, str],
    links: messages.Links,
) -> None:
    """Right after ``event`` (a promise moved, a request resolved): its message, when the shop's template
    asks before sending and the customer can receive it."""
    offer_to_send(parent, context, messages.event_drafts(context.database, event, customer_id, values, links))


CHANNEL_ANSWERS = (
    ("As the general answer", None),
    ("Yes", True),
    ("No", False),
)
ANSWER_TEXT = {None: "withdrawn", True: "yes", False: "no"}
CHANNEL_TEXT = {"any": "Contact in general", "email": "E-mails", "sms": "Text messages"}


class ConsentDialog(GuardedDialog):
    """A customer's answers about messages per channel, where each came from, and their history."""

    discard_what = "consent answers"

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        consent = messages.consent_of(context.database, customer_id)
        self.setWindowTitle(f"Contact consent · {consent.customer_name}")
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        general = {None: "not asked yet", True: "agrees to be contacted", False: "no contact, please"}
        self.general = QLabel(
            f"In general (the customer's form): <b>{general[consent.general]}</b>. An answer for one channel "
            "overrides it for that channel: a customer who said no is never sent a message there.",
            self,
        )
        self.general.setWordWrap(True)
        layout.addWidget(self.general)
        form = QFormLayout()
        self.email = QComboBox(self)
        self.sms = QComboBox(self)
        for box, answer in ((self.email, consent.email), (self.sms, consent.sms)):
            for label, value in CHANNEL_ANSWERS:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(answer)))
        self.initial = (consent.email, consent.sms)
        self.source = QLineEdit("asked at the counter", self)
        self.source.setObjectName("consentSource")
        form.addRow("&E-mails", self.email)
        form.addRow("&Text messages", self.sms)
        form.addRow("&Where the answer comes from", self.source)
        layout.addLayout(form)
        self.history = QLabel(self)
        self.history.setObjectName("consentHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setText(
            "\n".join(
                f"{entry.at.astimezone():%d %b %Y %H:%M} · {CHANNEL_TEXT.get(entry.channel, entry.channel)}: "
                f"{ANSWER_TEXT[entry.answer]} · {entry.source}"
                + (f" · {entry.staff_name}" if entry.staff_name else "")
                for entry in consent.history
            )
            or "No answer recorded yet."
        )
        layout.addWidget(QLabel("<b>History</b>", self))
        layout.addWidget(self.history)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        wanted = (self.email.currentData(), self.sms.currentData())
        changed = [
            (channel, answer)
            for channel, answer, before in zip(
                (MessageChannel.EMAIL, MessageChannel.SMS), wanted, self.initial, strict=True
            )
            if answer != before
        ]
        if not changed:
            self.accept()
            return
        database, customer, source = self.context.database, self.customer_id, self.source.text()
        now, person = self.context.clock.now(), self.context.person_id

        def work() -> None:
            for channel, answer in changed:
                messages.set_channel_consent(
                    database, customer, channel, answer, source, now, staff_id=person
                )

        perform(
            self,
            self.context,
            work,
            Changes.of(Change.CUSTOMER, customers=(customer,)),
            done=lambda _r: self.accept(),
            failed=self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()

    @classmethod
    def edit(cls, parent: QWidget, context: AppContext, customer_id: int) -> None:
        cls(context, customer_id, parent).exec()


__all__ = [
    "AskToSendDialog",
    "ConsentDialog",
    "MessagesSetupDialog",
    "OutboxDialog",
    "TemplatesDialog",
    "offer_event_message",
    "offer_to_send",
]
