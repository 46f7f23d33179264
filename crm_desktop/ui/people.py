"""Who is at the keyboard: one notion of the current person for the whole window.

* shown at all times in the status bar (:class:`PersonButton`): one click opens the list of colleagues,
  a second picks one; a person with a PIN is asked for it;
* remembered per workstation (QSettings, keyed by the database, stored and read back as an ``int``);
* a write made while nobody is chosen asks once (:func:`ensure_person`) instead of saving anonymously;
* a shop with a single active person has them chosen without asking.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.enums import StaffRole
from crm_desktop.errors import UserFacingError
from crm_desktop.services.staff import StaffMember, list_staff, verify_pin
from crm_desktop.ui.i18n import tr


def _settings_key(context: AppContext) -> str:
    """One remembered person per database on this computer (the sample shop has its own people)."""
    digest = hashlib.sha1(context.description.encode(), usedforsecurity=False).hexdigest()[:12]
    return f"people/current/{digest}"


def remembered_id(context: AppContext) -> int | None:
    value = QSettings().value(_settings_key(context))
    try:
        return int(value) if value is not None else None  # QSettings (INI) hands back '3'
    except (TypeError, ValueError):
        return None


def restore_person(context: AppContext) -> StaffMember | None:
    """The person remembered on this computer if still active; else the only active person, if one."""
    people = list_staff(context.database)
    wanted = remembered_id(context)
    member = next((m for m in people if m.id == wanted), None)
    if member is None and len(people) == 1:
        member = people[0]
    context.person = member
    return member


class PinDialog(QDialog):
    def __init__(self, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("PIN of {person}:").format(person=member.name), self))
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        layout.addWidget(self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, member: StaffMember) -> str | None:
        dialog = cls(member, parent)
        return dialog.pin.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PersonDialog(QDialog):
    """ "Who is at the keyboard?" — the active colleagues, or a first name when the shop has nobody."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Who is at the keyboard?"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Choose yourself, so the shop knows who did what. You can switch at any time from the "
                      "bottom right of the window."), self)
        )  # fmt: skip
        layout.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        self.people = QListWidget(self)
        self.people.setObjectName("people")
        for member in list_staff(context.database):
            item = QListWidgetItem(f"{member.name} ({member.initials}) — {member.roles_text}", self.people)
            item.setData(0x0100, member)
        self.people.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.people.count():
            self.people.setCurrentRow(0)
        layout.addWidget(self.people)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> StaffMember | None:
        item = self.people.currentItem()
        return item.data(0x0100) if item is not None else None  # type: ignore[no-any-return]

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> StaffMember | None:
        dialog = cls(context, parent)
        if not dialog.people.count():
            QMessageBox.information(
                parent,
                tr("Who is at the keyboard?"),
                tr("The shop has no staff yet. Add yourself in Settings → Staff first."),
            )
            return None
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PersonSignals(QObject):
    """Tells the window that the person at the keyboard changed (pages then show "my work")."""

    changed = Signal(object)  # StaffMember | None


def switch_person(
    parent: QWidget | None, context: AppContext, member: StaffMember, signals: PersonSignals | None = None
) -> bool:
    """Make ``member`` the person at the keyboard, asking for their PIN when they have one."""
    if member.has_pin and (context.person is None or context.person.id != member.id):
        pin = PinDialog.ask(parent, member)
        if pin is None:
            return False
        if not verify_pin(context.database, member.id, pin):
            QMessageBox.warning(
                parent,
                tr("Wrong PIN"),
                tr("That is not {person}'s PIN. Nothing changed.").format(person=member.name),
            )
            return False
    context.person = member
    QSettings().setValue(_settings_key(context), int(member.id))
    if signals is not None:
        signals.changed.emit(member)
    return True


def ensure_person(parent: QWidget | None, context: AppContext, signals: PersonSignals | None = None) -> int:
    """The id of the person at the keyboard, asking once when nobody is chosen. Raises a user-facing
    error when the question is cancelled, so nothing is saved without a name."""
    if context.person is not None:
        return context.person.id
    member = PersonDialog.ask(parent, context)
    if member is None or not switch_person(parent, context, member, signals):
        raise UserFacingError(tr("Choose who is at the keyboard first: nothing was saved."))
    return member.id


class PersonButton(QToolButton):
    """The status bar's "At the keyboard: Tomás Ferreira (TF) ▾"; its menu lists the colleagues."""

    manage_staff = Signal()

    def __init__(self, context: AppContext, signals: PersonSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personButton")
        self.context = context
        self.signals = signals
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(tr("Who is at the keyboard: every change is saved in their name. Click to switch."))
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        signals.changed.connect(lambda _member: self.show_person())
        self.show_person()

    def show_person(self) -> None:
        member = self.context.person
        self.setText(
            tr("At the &keyboard: {person}").format(person=member.label)
            if member
            else tr("At the &keyboard: choose…")
        )

    def _fill(self) -> None:
        self.menu_.clear()
        current = self.context.person_id
        for member in list_staff(self.context.database):
            action = QAction(f"{member.name} ({member.initials})" + (" 🔒" if member.has_pin else ""), self)
            action.setCheckable(True)
            action.setChecked(member.id == current)
            action.triggered.connect(lambda _on=False, m=member: self.choose(m))
            self.menu_.addAction(action)
        if not self.menu_.actions():
            self.menu_.addAction(tr("Nobody yet")).setEnabled(False)
        self.menu_.addSeparator()
        self.menu_.addAction(tr("Staff…"), self.manage_staff.emit)

    def choose(self, member: StaffMember) -> bool:
        return switch_person(self.window(), self.context, member, self.signals)


def is_owner(context: AppContext) -> bool:
    return context.person is not None and context.person.holds(StaffRole.OWNER)


__all__ = [
    "PersonButton",
    "PersonDialog",
    "PersonSignals",
    "PinDialog",
    "ensure_person",
    "is_owner",
    "restore_person",
    "switch_person",
]
