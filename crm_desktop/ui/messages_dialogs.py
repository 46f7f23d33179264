"""Settings → Messages: how the shop sends e-mail and SMS (with a test message), and the outbox: every
message with its state, sent now, sent again or withdrawn. The window's quiet sender is
:mod:`crm_desktop.ui.outbox_sender`.

Passwords are typed into password fields and go to the system keyring through the service; a field left
empty keeps the password already kept.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, Qt
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
from crm_desktop.domain import dates
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.enums import MessageChannel, MessageStatus, SendingMode
from crm_desktop.errors import UserFacingError
from crm_desktop.messaging.templates import EVENTS, built_in
from crm_desktop.services import messages
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import perform
from crm_desktop.ui.table_model import Index, ListModel
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.widgets import GuardedDialog, confirm_discard, error_label


def security_choices() -> tuple[tuple[str, str], ...]:
    """How the mail server is reached: (label in the window's language, the stored value)."""
    return (
        (tr("STARTTLS (port 587, the usual)"), "starttls"),
        (tr("TLS from the start (port 465)"), "tls"),
        (tr("None: a server on the shop's own network only"), "none"),
    )


def status_text(status: MessageStatus) -> str:
    """A message's state, as the outbox shows it."""
    return {
        MessageStatus.QUEUED: tr("Waiting", "state of a message"),
        MessageStatus.SENDING: tr("Sending", "state of a message"),
        MessageStatus.SENT: tr("Sent", "state of a message"),
        MessageStatus.FAILED: tr("Failed", "state of a message"),
        MessageStatus.CANCELLED: tr("Withdrawn", "state of a message"),
    }[status]


class MessagesSetupDialog(GuardedDialog):
    """E-mail and SMS settings, each with what a small shop usually has to type. Closing with settings
    typed and not saved asks first (the test message's address does not count)."""

    discard_what = cast(str, QT_TR_NOOP("message settings"))

    def form_values(self) -> tuple[object, ...]:
        everything = super().form_values()
        return tuple(v for v in everything if v != self.test_to.text()) if self.test_to.text() else everything

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Messages"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "crm_desktop can tell customers that their job is ready, that a promised date moved, or ask "
                "how their product works — by e-mail through your own mail server, and by SMS through your "
                "SMS provider. Passwords are kept in this computer's keyring, never in the shop's file."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._email_tab(), tr("&E-mail"))
        self.tabs.addTab(self._sms_tab(), tr("&SMS"))
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
        self.host.setPlaceholderText(tr("smtp.example.com (your e-mail provider tells you)"))
        self.security = QComboBox(tab)
        for label, value in security_choices():
            self.security.addItem(label, value)
        self.port = QSpinBox(tab)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(tr("the usual one"))
        self.user = QLineEdit(tab)
        self.user.setPlaceholderText(tr("usually the shop's e-mail address"))
        self.password = QLineEdit(tab)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("smtpPassword")
        self.from_address = QLineEdit(tab)
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText(tr("shop@example.com: customers see it and can reply to it"))
        self.from_name = QLineEdit(tab)
        self.from_name.setPlaceholderText(tr("default: the shop's name"))
        form.addRow(tr("Mail &server"), self.host)
        form.addRow(tr("Se&curity"), self.security)
        form.addRow(tr("&Port"), self.port)
        form.addRow(tr("&User name"), self.user)
        form.addRow(tr("Pass&word"), self.password)
        form.addRow(tr("&From address"), self.from_address)
        form.addRow(tr("From &name"), self.from_name)
        row = QHBoxLayout()
        self.save_email_button = QPushButton(tr("Save e-mail settings"), tab)
        self.save_email_button.clicked.connect(self.save_email)
        self.test_to = QLineEdit(tab)
        self.test_to.setObjectName("testTo")
        self.test_to.setPlaceholderText(tr("your own address"))
        self.test_to.setMinimumWidth(220)
        self.test_button = QPushButton(tr("Send a &test message"), tab)
        self.test_button.clicked.connect(self.send_test)
        row.addWidget(self.save_email_button)
        row.addStretch(1)
        row.addWidget(QLabel(tr("To:"), tab))
        row.addWidget(self.test_to)
        row.addWidget(self.test_button)
        form.addRow(row)
        return tab

    # -- SMS ---------------------------------------------------------------------------------------
    def _sms_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        explain = QLabel(
            tr(
                "Your SMS provider's documentation gives its web address and the names of its fields. "
                "Write each field as name=value; {to} is the customer's mobile number, {text} the message, "
                "{sender} the sender name."
            ),
            tab,
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.sms_url = QLineEdit(tab)
        self.sms_url.setObjectName("smsUrl")
        self.sms_url.setPlaceholderText("https://api.example.com/v1/sms")
        self.sms_method = QComboBox(tab)
        for label, value in (
            (tr("POST as a form"), "POST form"),  # untranslated: the value is the method and body
            (tr("POST as JSON"), "POST json"),  # untranslated: the value is the method and body
            ("GET", "GET form"),  # untranslated: the HTTP method's name, and the method and body
        ):
            self.sms_method.addItem(label, value)
        self.sms_fields = QPlainTextEdit(tab)
        self.sms_fields.setObjectName("smsFields")
        fields = "to={to}\ntext={text}\nfrom={sender}"  # untranslated: the provider's field names
        self.sms_fields.setPlaceholderText(fields)
        self.sms_fields.setFixedHeight(90)
        self.sms_sender = QLineEdit(tab)
        self.sms_sender.setPlaceholderText(tr("up to 11 letters, e.g. VeloCo"))
        self.sms_header = QLineEdit(tab)
        self.sms_header.setPlaceholderText("Authorization")  # untranslated: the HTTP header's name
        self.sms_secret = QLineEdit(tab)
        self.sms_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_secret.setPlaceholderText(tr("e.g. Bearer 1234abcd (kept in the keyring)"))
        form.addRow(tr("&Address"), self.sms_url)
        form.addRow(tr("&Method"), self.sms_method)
        form.addRow(tr("&Fields"), self.sms_fields)
        form.addRow(tr("Sender &name"), self.sms_sender)
        form.addRow(tr("Authentication &header"), self.sms_header)
        form.addRow(tr("Its &value"), self.sms_secret)
        self.save_sms_button = QPushButton(tr("Save SMS settings"), tab)
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
                self.password.setPlaceholderText(tr("kept in the keyring: leave empty to keep it"))
        sms = messages.sms_setup(self.context.database)
        if sms is not None:
            self.sms_url.setText(sms.url)
            self.sms_method.setCurrentIndex(max(0, self.sms_method.findData(f"{sms.method} {sms.body}")))
            self.sms_fields.setPlainText(sms.fields)
            self.sms_sender.setText(sms.sender)
            self.sms_header.setText(sms.header_name or "")
            if sms.has_secret:
                self.sms_secret.setPlaceholderText(tr("kept in the keyring: leave empty to keep it"))

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
            self.password.setPlaceholderText(tr("kept in the keyring: leave empty to keep it"))
        self.mark_clean()
        self._say(
            tr("Saved: e-mail goes through {host}:{port}. Send a test message to check it.").format(
                host=setup.host, port=setup.port
            )
        )

    def send_test(self) -> None:
        database, to, now = self.context.database, self.test_to.text(), self.context.clock.now()
        self._say(tr("Sending…"))
        perform(
            self,
            self.context,
            lambda: messages.send_test_email(database, to, now),
            Changes.of(),
            done=lambda answer: self._say(
                tr("Sent to {recipient}. The server said: {answer}").format(recipient=to, answer=answer)
            ),
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
        self._say(tr("Saved: text messages go through {address}.").format(address=setup.url))

    @classmethod
    def edit(cls, parent: QWidget, context: AppContext) -> None:
        cls(context, parent).exec()


class OutboxModel(ListModel):
    rows: tuple[messages.OutboxRow, ...]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            tr("State"), tr("When"), tr("How"), tr("To", "whom a message goes to"),
            tr("Customer"), tr("Message"),
        )  # fmt: skip

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
            if row.attempts > 1:
                return tr("{state} (%n tr(y|ies))", None, row.attempts).format(state=status_text(row.status))
            return status_text(row.status)
        if column == 1:
            when = row.sent_at or (row.next_attempt_at if row.status is MessageStatus.QUEUED else None)
            return dates.day_time(when or row.created_at, weekday=True)
        if column == 2:
            return tr("E-mail") if row.channel.value == "email" else tr("SMS")
        if column == 3:
            return row.recipient
        if column == 4:
            return row.customer_name
        what = row.subject or " ".join(row.body.split())
        return f"{what} — {row.error}" if row.error and row.status is not MessageStatus.SENT else what


def _detail(row: messages.OutboxRow) -> str:
    """What the outbox says about one message, under the list."""
    if row.status is MessageStatus.FAILED:
        head = tr("Failed: {error}").format(error=row.error)
    elif row.status is MessageStatus.SENT:
        head = tr("Sent to {recipient}. The server said: {answer}").format(
            recipient=row.recipient, answer=row.answer
        )
    elif row.status is MessageStatus.QUEUED and row.error:
        head = tr("Waiting to be tried again (%n tr(y|ies) so far): {error}", None, row.attempts).format(
            error=row.error
        )
    else:
        head = tr("{state}: to {recipient}").format(state=status_text(row.status), recipient=row.recipient)
    text = " ".join(row.body.split())
    return f"{head}\n{row.subject + ' — ' if row.subject else ''}{text[:300]}{'…' if len(text) > 300 else ''}"


class OutboxDialog(QDialog):
    """Every message, newest first; failures are marked seen once shown here."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, failed_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Outbox"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.show_failed = QPushButton(tr("Only the &failed ones"), self)
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
        self.send_now_button = QPushButton(tr("Send &now"), self)
        self.send_now_button.setToolTip(tr("Send what is waiting now, instead of within the minute"))
        self.send_now_button.clicked.connect(self.send_now)
        self.again_button = QPushButton(tr("Send &again"), self)
        self.again_button.setToolTip(tr("Queue a failed message again (check first whether it arrived)"))
        self.again_button.clicked.connect(self.send_again)
        self.withdraw_button = QPushButton(tr("&Withdraw"), self)
        self.withdraw_button.setToolTip(tr("Do not send this message"))
        self.withdraw_button.clicked.connect(self.withdraw)
        close = QPushButton(tr("Close"), self)
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
        sentences = [
            tr(
                "Every message to a customer, newest first. A message waits its turn, is sent within the "
                "minute while crm_desktop is open, and is tried again for half a day if the server does not "
                "answer."
            )
        ]
        if failed:
            sentences.append(tr("<b>%n failed</b>: select one to read why.", None, failed))
        if waiting:
            sentences.append(tr("%n waiting.", None, waiting))
        self.explain.setText(" ".join(sentences))
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


def sending_choices() -> tuple[tuple[str, SendingMode], ...]:
    """Whether a message is sent by itself, after asking, or never: (label, mode)."""
    return (
        (tr("Ask before sending"), SendingMode.ASK),
        (tr("Send by itself"), SendingMode.AUTO),
        (tr("Never offer it"), SendingMode.OFF),
    )


class TemplatesDialog(GuardedDialog):
    """The wording of each message, with its placeholders, whether it is sent by itself or after asking,
    and a preview as a real customer of the shop would read it. A changed template is not thrown away
    without asking: not by closing, nor by choosing another message."""

    discard_what = cast(str, QT_TR_NOOP("template"))

    def form_values(
        self,
    ) -> tuple[object, ...]:  # the message being edited, not which one or the preview's customer
        return (self.subject.text(), self.body.toPlainText(), self.sending.currentIndex())

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Message templates"))
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
        self.channel.addItem(tr("E-mail"), MessageChannel.EMAIL)
        self.channel.addItem(tr("SMS"), MessageChannel.SMS)
        self.sending = QComboBox(self)
        for label, mode in sending_choices():
            self.sending.addItem(label, mode)
        for label, widget in (
            (tr("&Message:"), self.which),
            (tr("&By:"), self.channel),
            (tr("&When it happens:"), self.sending),
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
        self.subject_label = QLabel(tr("&Subject"), self)
        self.subject_label.setBuddy(self.subject)
        edit.addWidget(self.subject_label)
        edit.addWidget(self.subject)
        body_label = QLabel(tr("&Text"), self)
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
        self.customer.setPlaceholderText(tr("a customer's name, phone or e-mail"))
        who_label = QLabel(tr("&Preview for"), self)
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
        self.built_in_button = QPushButton(tr("Back to the built-in te&xt"), self)
        self.built_in_button.clicked.connect(self.use_built_in)
        self.save_button = QPushButton(tr("Sa&ve"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("Close"), self)
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
        if self.is_modified() and not confirm_discard(self, tr(self.discard_what or "template")):
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
        names = " ".join(f"{{{name}}}" for name in template.placeholders)
        self.placeholders.setText(tr("It can use: {placeholders}").format(placeholders=names))
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
            self.preview.setText(tr("No customer found to show it for."))
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
        head = tr("Subject: {subject}").format(subject=shown.subject) + "\n\n" if shown.subject else ""
        to = tr("To {customer}").format(customer=shown.customer_name)
        self.preview.setText(f"{to}\n\n{head}{shown.body}")
        size = tr("SMS: {size}").format(size=shown.size.describe()) if shown.size is not None else ""
        self.size_label.setText(size)

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
        self.setWindowTitle(tr("Tell the customer?"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("Tell {customer}? The message goes from the shop now.").format(
                    customer=first.customer_name
                ),
                self,
            )
        )
        self.choices: list[tuple[QCheckBox, messages.Draft]] = []
        for draft in drafts:
            if draft.channel is MessageChannel.EMAIL:
                how = tr("E-mail to {recipient}").format(recipient=draft.recipient)
            else:
                how = tr("SMS to {recipient}").format(recipient=draft.recipient)
            box = QCheckBox(how, self)
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
        self.send_button = buttons.addButton(tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
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


def channel_answers() -> tuple[tuple[str, bool | None], ...]:
    """The answers one channel can have: (label, answer; None follows the general answer)."""
    return ((tr("As the general answer"), None), (tr("Yes"), True), (tr("No"), False))


def answer_text(answer: bool | None) -> str:
    """An answer in the consent history."""
    return {None: tr("withdrawn"), True: tr("yes"), False: tr("no")}[answer]


def channel_text(channel: str) -> str:
    """A channel (its stored key) in the consent history; an unknown key as it is."""
    texts = {"any": tr("Contact in general"), "email": tr("E-mails"), "sms": tr("Text messages")}
    return texts.get(channel, channel)


class ConsentDialog(GuardedDialog):
    """A customer's answers about messages per channel, where each came from, and their history."""

    discard_what = cast(str, QT_TR_NOOP("consent answers"))

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        consent = messages.consent_of(context.database, customer_id)
        self.setWindowTitle(tr("Contact consent · {customer}").format(customer=consent.customer_name))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        general = {
            None: tr("not asked yet"),
            True: tr("agrees to be contacted"),
            False: tr("no contact, please"),
        }
        self.general = QLabel(
            tr(
                "In general (the customer's form): <b>{answer}</b>. An answer for one channel "
                "overrides it for that channel: a customer who said no is never sent a message there."
            ).format(answer=general[consent.general]),
            self,
        )
        self.general.setWordWrap(True)
        layout.addWidget(self.general)
        form = QFormLayout()
        self.email = QComboBox(self)
        self.sms = QComboBox(self)
        for box, answer in ((self.email, consent.email), (self.sms, consent.sms)):
            for label, value in channel_answers():
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(answer)))
        self.initial = (consent.email, consent.sms)
        self.source = QLineEdit(tr("asked at the counter"), self)
        self.source.setObjectName("consentSource")
        form.addRow(tr("&E-mails"), self.email)
        form.addRow(tr("&Text messages"), self.sms)
        form.addRow(tr("&Where the answer comes from"), self.source)
        layout.addLayout(form)
        self.history = QLabel(self)
        self.history.setObjectName("consentHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setText(
            "\n".join(
                f"{dates.date_time(entry.at)} · {channel_text(entry.channel)}: "
                f"{answer_text(entry.answer)} · {entry.source}"
                + (f" · {entry.staff_name}" if entry.staff_name else "")
                for entry in consent.history
            )
            or tr("No answer recorded yet.")
        )
        layout.addWidget(QLabel(tr("<b>History</b>"), self))
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
