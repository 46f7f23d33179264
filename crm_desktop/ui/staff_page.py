"""Settings: the shop's details and its people (Settings → Staff).

People are added, edited, given a PIN and retired here, never deleted: history keeps their names.
Retiring someone who still holds work lists it and hands all of it to one colleague in the same step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import i18n
from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import AFTER_SALES, Change, Changes
from crm_desktop.domain.enums import StaffRole
from crm_desktop.domain.staff import PIN_MAX, ROLE_ORDER, ROLE_WORDS
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _
from crm_desktop.services.staff import (
    StaffInput,
    StaffMember,
    add_staff,
    get_staff,
    list_staff,
    open_work,
    reinstate_staff,
    retire_staff,
    set_pin,
    update_staff,
)
from crm_desktop.ui.conflict_dialog import answer_edit_conflict, edit_until_settled
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import Watch
from crm_desktop.ui.table_model import ColumnsModel
from crm_desktop.ui.theme import tone_color, tone_style
from crm_desktop.ui.widgets import FormDialog

Index = QModelIndex | QPersistentModelIndex


class StaffModel(ColumnsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (tr("Name"), tr("Initials"), tr("Roles"), tr("PIN"), tr("Status"))
        self.people: tuple[StaffMember, ...] = ()

    def set_people(self, people: tuple[StaffMember, ...]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.people):
            return None
        member = self.people[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return tone_color("muted")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        retired = dates.medium_date(member.retired_at.astimezone().date()) if member.retired_at else ""
        return (
            member.name,
            member.initials,
            member.roles_text,
            tr("set", "a PIN is set") if member.has_pin else "—",
            tr("working", "a person's status")
            if member.active
            else tr("retired {date}").format(date=retired),
        )[index.column()]


class StaffDialog(FormDialog):
    """Add a person, or edit one: name, initials, roles, and (when adding) a PIN."""

    discard_what = cast(str, QT_TR_NOOP("person's details"))
    changes = (Change.STAFF,)

    def __init__(
        self, context: AppContext, existing: StaffMember | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.existing = context, existing
        # The first person of a shop is added by nobody: there is nobody yet to ask "who are you?".
        self.writes = bool(list_staff(context.database))
        self.setWindowTitle(tr("Edit a person") if existing else tr("Add a person"))
        self.name = QLineEdit(existing.name if existing else "", self)
        self.name.setObjectName("staffName")
        self.name.setPlaceholderText(tr("e.g. Tomás Ferreira"))
        self.initials = QLineEdit(existing.initials if existing else "", self)
        self.initials.setObjectName("staffInitials")
        self.initials.setPlaceholderText(tr("from the name when left blank"))
        self.initials.setMaxLength(8)
        self.roles: dict[StaffRole, QCheckBox] = {}
        row = QHBoxLayout()
        for role in ROLE_ORDER:
            box = QCheckBox(_(ROLE_WORDS[role]), self)  # marked where written (domain.staff)
            box.setChecked(existing is not None and existing.holds(role))
            self.roles[role] = box
            row.addWidget(box)
        row.addStretch(1)
        self.form.addRow(tr("Name *"), self.name)
        self.form.addRow(tr("Initials"), self.initials)
        self.form.addRow(tr("Roles *"), row)
        hint = QLabel(
            tr(
                "A one-person shop is owner, sales and technician. Follow-ups “for a technician” go to the "
                "technician with the least open work; with nobody in a role, they go to the owner."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(tone_style("muted"))
        self.form.addRow("", hint)
        self.pin: QLineEdit | None = None
        if existing is None:
            self.pin = QLineEdit(self)
            self.pin.setObjectName("staffPin")
            self.pin.setEchoMode(QLineEdit.EchoMode.Password)
            self.pin.setMaxLength(PIN_MAX)
            self.pin.setPlaceholderText(tr("optional: 4 to 8 digits, asked when switching to this person"))
            self.form.addRow(tr("PIN"), self.pin)
        self.saved: StaffMember | None = None

    def value(self) -> StaffInput:
        roles = tuple(role for role, box in self.roles.items() if box.isChecked())
        return StaffInput(self.name.text(), roles, initials=self.initials.text() or None)

    def work(self) -> Callable[[], object]:
        """Read the form here; adding a person with a PIN is one piece of work (both, or neither shown
        as saved), made off the GUI thread in the name of the person at the keyboard."""
        database, me, data = self.context.database, self.context.person_id, self.value()
        if self.existing is not None:
            member_id, version = self.existing.id, self.existing.version
            keep_mine = getattr(self, "keep_mine", False)  # after a conflict, on purpose
            return lambda: update_staff(
                database, member_id, data, staff_id=me, expected_version=version, keep_mine=keep_mine
            )
        from crm_desktop.domain.staff import pin_problem

        pin = self.pin.text().strip() if self.pin is not None else ""
        if pin and (problem := pin_problem(pin)) is not None:
            raise UserFacingError(problem)

        def add() -> StaffMember:
            added = add_staff(database, data, staff_id=me)
            return set_pin(database, added.id, pin, staff_id=me) if pin else added

        return add

    def _done(self, result: object) -> None:
        assert isinstance(result, StaffMember)
        self.saved = result
        super()._done(result)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, existing: StaffMember | None
    ) -> StaffMember | None:
        first = [existing]

        def form() -> QDialog:  # after Reload: the person as saved now
            if first:
                return cls(context, first.pop(), parent)
            assert existing is not None  # only an edit meets a conflict
            return cls(context, get_staff(context.database, existing.id), parent)

        dialog = edit_until_settled(form)
        saved: StaffMember | None = getattr(dialog, "saved", None)
        return saved if dialog.result() == QDialog.DialogCode.Accepted else None

    def _failed(self, error: UserFacingError) -> None:
        if answer_edit_conflict(self, error, self._save):
            return
        super()._failed(error)


class RetireDialog(FormDialog):
    """Retire a person: what they still hold, and who takes it over."""

    title = cast(str, QT_TR_NOOP("Retire"))
    discard_what = None  # one choice from a list
    changes = (Change.STAFF, *AFTER_SALES)  # their open work goes to a colleague

    def __init__(self, context: AppContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.member = context, member
        self.setWindowTitle(tr("Retire {name}").format(name=member.name))
        work = open_work(context.database, member.id)
        self.held = work
        text = (
            tr("{name} still has {work}. All of it goes to the colleague chosen here.").format(
                name=member.name, work=work.describe()
            )
            if work.total
            else tr("{name} has no open work. Their name stays on everything they did.").format(
                name=member.name
            )
        )
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("openWork")
        self.form.addRow(label)
        self.heir = QComboBox(self)
        self.heir.setObjectName("heir")
        self.heir.addItem(tr("— nobody —") if not work.total else tr("— choose a colleague —"), None)
        for other in list_staff(context.database):
            if other.id != member.id:
                self.heir.addItem(f"{other.name} ({other.roles_text})", other.id)
        self.form.addRow(tr("Hand the work to"), self.heir)
        self.result_: object = None

    def work(self) -> Callable[[], object]:
        heir = self.heir.currentData()
        database, member_id, me, now = (
            self.context.database,
            self.member.id,
            self.context.person_id,
            self.context.clock.now(),
        )
        reassign_to = int(heir) if heir is not None else None
        return lambda: retire_staff(database, member_id, reassign_to=reassign_to, staff_id=me, now=now)

    def _done(self, result: object) -> None:
        self.result_ = result
        super()._done(result)


def ask_to_restart(parent: QWidget, language: str) -> bool:
    """Whether to restart now, so that ``language`` (its name) is spoken at once."""
    ask = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Language"),
        tr("crm_desktop will speak {language} from its next start. Restart it now?").format(
            language=language
        ),
        parent=parent,
    )
    restart = ask.addButton(tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
    ask.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    ask.exec()
    return ask.clickedButton() is restart


class SettingsPage(QWidget):
    """The Settings page: shop details, the kinds of request, and the staff list with its actions."""

    edit_shop_details = Signal()
    edit_server = Signal()
    restart_requested = Signal()
    staff_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        heading = tr("Settings")
        title = QLabel(f"<h2>{heading}</h2>", self)  # untranslated: heading markup
        layout.addWidget(title)
        shop_row = QHBoxLayout()
        shop_row.addWidget(
            QLabel(tr("Your shop's name, address, currency, money format, logo and paper."), self)
        )
        shop_button = QPushButton(tr("Edit shop details…"), self)
        shop_button.clicked.connect(self.edit_shop_details.emit)
        shop_row.addWidget(shop_button)
        shop_row.addStretch(1)
        layout.addLayout(shop_row)
        language_row = QHBoxLayout()
        self.language_label = QLabel(self)
        language_row.addWidget(self.language_label)
        self.language_button = QPushButton(tr("Language…"), self)
        self.language_button.clicked.connect(self.choose_language)
        language_row.addWidget(self.language_button)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        self._show_language()
        kinds_row = QHBoxLayout()
        kinds_row.addWidget(
            QLabel(tr("What customers ask that is not a repair, and the checklist each kind applies."), self)
        )
        kinds_button = QPushButton(tr("Kinds of request…"), self)
        kinds_button.clicked.connect(self.edit_request_kinds)
        kinds_row.addWidget(kinds_button)
        kinds_row.addStretch(1)
        layout.addLayout(kinds_row)
        messages_row = QHBoxLayout()
        messages_row.addWidget(
            QLabel(tr("E-mail and SMS to customers: the mail server, the SMS provider, the outbox."), self)
        )
        self.messages_button = QPushButton(tr("Messages…"), self)
        self.messages_button.clicked.connect(self.open_messages)
        self.outbox_button = QPushButton(tr("Outbox…"), self)
        self.outbox_button.clicked.connect(self.open_outbox)
        self.templates_button = QPushButton(tr("Templates…"), self)
        self.templates_button.setToolTip(
            tr("What each message says, and whether it goes by itself or after asking")
        )
        self.templates_button.clicked.connect(self.open_templates)
        messages_row.addWidget(self.messages_button)
        messages_row.addWidget(self.templates_button)
        messages_row.addWidget(self.outbox_button)
        messages_row.addStretch(1)
        layout.addLayout(messages_row)
        backups_row = QHBoxLayout()
        backups_row.addWidget(
            QLabel(tr("The automatic backups, Back up now, a second folder, Restore."), self)
        )
        self.backups_button = QPushButton(tr("Backups…"), self)
        self.backups_button.clicked.connect(self.open_backups)
        backups_row.addWidget(self.backups_button)
        backups_row.addStretch(1)
        layout.addLayout(backups_row)
        server_row = QHBoxLayout()
        self.server_label = QLabel(self)
        server_row.addWidget(self.server_label)
        self.server_button = QPushButton(tr("Shop server…"), self)
        self.server_button.setToolTip(tr("Share the shop between several computers on a PostgreSQL server"))
        self.server_button.clicked.connect(self.edit_server.emit)
        server_row.addWidget(self.server_button)
        server_row.addStretch(1)
        layout.addLayout(server_row)
        self.server_label.setText(
            tr("Several computers share this shop on a PostgreSQL server: {server}.").format(
                server=context.paths.describe()
            )
            if not context.paths.is_sqlite
            else tr(
                "One computer: the shop is a file on this computer. Share it between several on a server."
            )
        )

        staff_heading = tr("Staff")
        layout.addWidget(QLabel(f"<h3>{staff_heading}</h3>", self))  # untranslated: heading markup
        explain = QLabel(
            tr(
                "Everyone who serves customers or repairs units. Every change in crm_desktop is saved in the "
                "name of the person at the keyboard (bottom right of the window). People are retired, never "
                "deleted: their names stay on what they did."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.show_retired = QCheckBox(tr("Show retired people"), self)
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.show_retired)
        self.model = StaffModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Staff"))
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add a person…"), self)
        self.add_button.clicked.connect(lambda: self.add_person())
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.pin_button = QPushButton(tr("Set or remove PIN…"), self)
        self.pin_button.clicked.connect(lambda: self.change_pin())
        self.retire_button = QPushButton(tr("Retire…"), self)
        self.retire_button.clicked.connect(lambda: self.retire())
        self.back_button = QPushButton(tr("Bring back"), self)
        self.back_button.clicked.connect(lambda: self.bring_back())
        for button in (
            self.add_button,
            self.edit_button,
            self.pin_button,
            self.retire_button,
            self.back_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()
        self.watch = Watch(self, context, (Change.STAFF,), self.refresh)

    def open_messages(self) -> None:
        from crm_desktop.ui.messages_dialogs import MessagesSetupDialog

        MessagesSetupDialog.edit(self, self.context)

    def open_templates(self) -> None:
        from crm_desktop.ui.messages_dialogs import TemplatesDialog

        TemplatesDialog.edit(self, self.context)

    def open_outbox(self) -> None:
        from crm_desktop.ui.messages_dialogs import OutboxDialog

        OutboxDialog.show_outbox(self, self.context)

    def open_backups(self) -> None:
        from crm_desktop.ui.backups_page import BackupsDialog

        BackupsDialog.show_backups(self, self.context)

    # ---------------------------------------------------------------------------------- state

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_people(
            list_staff(self.context.database, include_inactive=self.show_retired.isChecked())
        )
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def _show_language(self) -> None:
        saved = i18n.saved_language(self.context.paths.data_dir)
        speaking = i18n.LANGUAGES[i18n.current_language()]
        if saved is not None and saved != i18n.current_language():
            text = tr("This computer speaks {now}; {next} from the next start.").format(
                now=speaking, next=i18n.LANGUAGES[saved]
            )
        else:
            text = tr("This computer speaks {language}: the window, the documents, the command line.").format(
                language=speaking
            )
        self.language_label.setText(text)

    def choose_language(self) -> None:
        """Settings → Language…: kept for this computer, in effect from the next start (offered now)."""
        from crm_desktop.ui.language_dialog import LanguageDialog

        data_dir = self.context.paths.data_dir
        choice = LanguageDialog.ask(self, i18n.saved_language(data_dir), i18n.system_language())
        if choice is None:
            return
        try:
            i18n.save_language(data_dir, choice.code)
        except UserFacingError as exc:
            QMessageBox.warning(self, tr("Language"), str(exc))
            return
        self._show_language()
        wanted = choice.code or i18n.system_language()
        if wanted == i18n.current_language():
            return
        if ask_to_restart(self, i18n.LANGUAGES[wanted]):
            self.restart_requested.emit()

    def edit_request_kinds(self) -> None:
        from crm_desktop.ui.request_dialogs import RequestKindsDialog

        RequestKindsDialog(self.context, self).exec()

    def select(self, staff_id: int) -> None:
        for row, member in enumerate(self.model.people):
            if member.id == staff_id:
                self.table.selectRow(row)

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.people[rows[0].row()] if rows else None

    def _enable(self) -> None:
        member = self.selected()
        for button in (self.edit_button, self.pin_button):
            button.setEnabled(member is not None)
        self.retire_button.setEnabled(member is not None and member.active)
        self.back_button.setEnabled(member is not None and not member.active)

    def _changed(self, member: StaffMember | None) -> None:
        self.refresh()
        if member is not None:
            self.select(member.id)
            if self.context.person is not None and self.context.person.id == member.id:
                self.context.person = member if member.active else None
        self.staff_changed.emit()

    # -------------------------------------------------------------------------------- actions

    def add_person(self) -> StaffMember | None:
        added = StaffDialog.ask(self, self.context, None)
        if added is not None:
            self._changed(added)
        return added

    def edit_person(self) -> StaffMember | None:
        member = self.selected()
        if member is None:
            return None
        edited = StaffDialog.ask(self, self.context, member)
        if edited is not None:
            self._changed(edited)
        return edited

    def change_pin(self, pin: str | None = None) -> bool:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        member = self.selected()
        if member is None:
            return False
        if pin is None:
            pin, ok = QInputDialog.getText(
                self,
                tr("PIN"),
                tr("New PIN for {name} (4 to 8 digits; leave empty to remove the PIN):").format(
                    name=member.name
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False
        database, member_id = self.context.database, member.id
        return self._write(lambda me: set_pin(database, member_id, pin or None, staff_id=me), tr("PIN"))

    def retire(self) -> bool:
        member = self.selected()
        if member is None or not member.active:
            return False
        dialog = RetireDialog(self.context, member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._changed(dialog.result_.member)  # type: ignore[attr-defined]
        return True

    def bring_back(self) -> bool:
        member = self.selected()
        if member is None or member.active:
            return False
        database, member_id = self.context.database, member.id
        return self._write(lambda me: reinstate_staff(database, member_id, staff_id=me), tr("Bring back"))

    def _write(self, action: Callable[[int], StaffMember], title: str) -> bool:
        """One change of a person, off the GUI thread, in the name of the person at the keyboard; the
        list shows it when it is back, or a message says why it was refused. False when nothing was
        started (nobody chosen)."""
        from crm_desktop.ui.operations import perform
        from crm_desktop.ui.people import ensure_person

        try:
            me = ensure_person(self, self.context)
        except UserFacingError as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        perform(
            self,
            self.context,
            lambda: action(me),
            Changes.of(Change.STAFF),
            done=self._changed,
            failed=lambda exc: QMessageBox.warning(self, title, str(exc)),
        )
        return True


__all__ = ["RetireDialog", "SettingsPage", "StaffDialog", "StaffModel"]
