"""Small widget helpers shared by the dialogs, so every dialog speaks in the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TR_NOOP, QDate, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import dates
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.theme import banner_style, tone_style

if TYPE_CHECKING:
    from crm_desktop.services.common import SavedStamp


def error_label(parent: QWidget, name: str = "error") -> QLabel:
    """A red, wrapping message line, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(tone_style("danger"))
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel(
    parent: QWidget, on_save: Callable[[], object], on_cancel: Callable[[], object]
) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(on_cancel)
    return buttons


def date_field(parent: QWidget, initial: date) -> QDateEdit:
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")  # untranslated: typed dates are ISO, unambiguous
    field.setDate(QDate(initial.year, initial.month, initial.day))
    return field


def ask_date(parent: QWidget, title: str, prompt: str, initial: date) -> date | None:
    """A date typed as YYYY-MM-DD; None when cancelled, :class:`ValidationError` when not a date."""
    text, ok = QInputDialog.getText(parent, title, prompt, text=initial.isoformat())
    if not ok:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            tr("“{text}” is not a date like {example}.").format(text=text, example=initial.isoformat())
        ) from None


def ask_new_date(parent: QWidget, title: str, what: str, initial: date) -> tuple[date, str] | None:
    """A promise's new date and the reason for it (told to the customer, kept in the history), in one
    dialog (:class:`MoveDateDialog`); None when cancelled."""
    return MoveDateDialog.ask(parent, title, what, initial)


def confirm_discard(parent: QWidget, what: str) -> bool:
    """Ask before typed data is thrown away: "Discard the typed {what}?" True to discard, False to keep
    editing (also what Esc and Enter answer: the safe choice). ``what`` comes translated. Tests patch
    this function."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle() or "crm_desktop",
        tr("Discard the typed {what}?").format(what=what),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("confirmDiscard")
    box.setInformativeText(tr("It has not been saved."))
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def _field_value(widget: QWidget) -> object:
    """What an input field holds, for comparing; ``...`` for widgets that hold nothing typed."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):  # numbers, dates, times
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return ...


class GuardedDialog(QDialog):
    """A dialog that asks before Esc, Cancel or the window's close button throws typed data away.

    The fields are compared with what they held when the dialog was first shown (or last marked clean):
    an edit dialog that opens filled in closes at once when nothing was changed, and so does a field
    typed in and emptied again. Every input field of the dialog counts (text, choices, ticks, numbers,
    dates, and the fields of table lines added or removed); a dialog narrows that by overriding
    :meth:`form_values`. ``discard_what`` names the data in the question: English, marked with
    ``QT_TR_NOOP`` where written, translated when asking; None never asks."""

    discard_what: str | None = cast(str, QT_TR_NOOP("details"))
    _clean: tuple[object, ...] | None = None

    def form_values(self) -> tuple[object, ...]:
        fields = (w for w in self.findChildren(QWidget) if w.window() is self)  # not popups or other dialogs
        return tuple(v for v in map(_field_value, fields) if v is not ...)

    def mark_clean(self) -> None:
        """What the fields hold now is what there is to lose nothing of (after loading or saving)."""
        self._clean = self.form_values()

    def is_modified(self) -> bool:
        return self._clean is not None and self.form_values() != self._clean

    def may_discard(self) -> bool:
        """True when nothing was typed, or the user agreed to throw it away."""
        if self.discard_what is None or not self.is_modified():
            return True
        return confirm_discard(self, tr(self.discard_what))  # marked with QT_TR_NOOP where written

    def discard(self) -> None:
        """Close without saving and without asking (the caller asked already)."""
        QDialog.reject(self)

    def showEvent(self, event: QShowEvent) -> None:
        if self._clean is None:
            self.mark_clean()
        super().showEvent(event)

    def reject(self) -> None:  # Esc, Cancel and the close button all come here
        if self.may_discard():
            super().reject()


def notice_label(parent: QWidget) -> QLabel:
    """A blue, wrapping line for news that is not a fault ("changed elsewhere", "reloaded"); hidden."""
    label = QLabel(parent)
    label.setObjectName("notice")
    label.setWordWrap(True)
    label.setStyleSheet(banner_style("notice"))  # news, not a fault
    label.hide()
    return label


def announce_their_save(
    window: QWidget,
    notice: QLabel,
    read: Callable[[], SavedStamp],
    shown_version: Callable[[], int | None],
    what: str,
) -> None:
    """Read off the GUI thread who saved an open form's record last (``read``); when its version is not
    the one the form shows (``shown_version()``, asked once the answer is back, after the form's own
    saves have reloaded it), say so in ``notice``, ending with ``what`` saving does (a sentence, translated
    by the caller). Nothing typed is touched."""
    from crm_desktop.ui.tasks import run_in_background

    def done(now: SavedStamp) -> None:
        try:
            if now.version == shown_version() or not window.isVisible():
                return
        except RuntimeError:  # the form was closed and deleted meanwhile
            return
        who = now.by or tr("someone else")
        if now.at is not None:
            text = tr("Changed elsewhere by {who} at {time}. What you typed is kept: {what}").format(
                who=who, time=dates.clock_time(now.at), what=what
            )
        else:
            text = tr("Changed elsewhere by {who}. What you typed is kept: {what}").format(who=who, what=what)
        notice.setText(text)
        notice.show()

    run_in_background(read, done, lambda _error: None)


class FormDialog(GuardedDialog):
    """A small form with Save/Cancel; a user-facing error is shown in the dialog, which stays open with
    what was typed.

    A dialog either implements ``work()`` — read the fields (here, on the GUI thread) and return the
    service call to make, which then runs off the GUI thread through
    :func:`crm_desktop.ui.operations.perform` and publishes ``changes`` — or, for the simplest forms,
    ``save()``, which saves at once."""

    title = ""
    writes = True  # saving names the person at the keyboard; False for forms that only read or print
    changes: tuple[Change, ...] = ()  # what saving changes, for the pages that show it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(self.title))
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self._save, self.reject))
        self.result_value: object = None

    def work(self) -> Callable[[], object] | None:
        return None

    def save(self) -> object:
        raise NotImplementedError

    def _changes(self) -> Changes:
        return Changes.of(*self.changes, customers=(getattr(self, "customer_id", None),))

    def _save(self) -> None:
        context = getattr(self, "context", None)
        try:
            if context is not None and self.writes:  # a write names the person (asked once)
                from crm_desktop.ui.people import ensure_person

                ensure_person(self, context)
            work = self.work()
            if work is None:
                self.result_value = self.save()
                if context is not None and self.changes:
                    context.changes.publish(self._changes())
        except UserFacingError as exc:
            self._failed(exc)
            return
        if work is None:
            self.accept()
            return
        from crm_desktop.ui.operations import perform

        bug = "a form that works off the GUI thread has a context"  # untranslated: a bug's message
        assert context is not None, bug
        perform(self, context, work, self._changes(), done=self._done, failed=self._failed)

    def _done(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()
        self.adjustSize()


class MoveDateDialog(GuardedDialog):
    """A promise's new date (a calendar) and why it moves, together. An empty reason keeps the dialog
    open with the date as chosen: the customer is told the reason, and it stays in the history. ``title``
    and ``what`` (what moves, e.g. "the job's ready-by") come translated from the caller."""

    discard_what = cast(str, QT_TR_NOOP("new date and reason"))

    def __init__(self, parent: QWidget | None, title: str, what: str, initial: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.initial = initial
        form = QFormLayout()
        label = QLabel(tr("New date for {what}:").format(what=what), self)
        label.setWordWrap(True)
        form.addRow(label)
        self.new_date = date_field(self, initial)
        self.new_date.setObjectName("newDate")
        form.addRow(tr("New date"), self.new_date)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(tr("Why the date moves — told to the customer, kept in the history"))
        self.reason.setFixedHeight(70)
        form.addRow(tr("Reason *"), self.reason)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self._save, self.reject))
        self.answer: tuple[date, str] | None = None

    def _save(self) -> None:
        chosen = self.new_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        reason = self.reason.toPlainText()
        if day == self.initial:
            problem = tr("It is already due on {date}: pick the new date.").format(
                date=dates.medium_date(day)
            )
        elif not reason.strip():
            problem = tr("Say why the date moves: the customer is told, and it is kept with the promise.")
        else:
            self.answer = (day, reason)
            self.accept()
            return
        self.error.setText(problem)
        self.error.show()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, what: str, initial: date) -> tuple[date, str] | None:
        dialog = cls(parent, title, what, initial)
        return dialog.answer if dialog.exec() == QDialog.DialogCode.Accepted else None


def fill_checklist(
    widget: QListWidget,
    steps: Iterable[tuple[int, str, bool, str | None]],
    *,
    tickable: bool,
    empty: str,
) -> None:
    """Show a checklist's steps — (id, text, done, "ticked by … when" or None) — as tick boxes that can
    be ticked while ``tickable``; ``empty`` says what to do when there is none. Filling sends no
    ``itemChanged``: only a user's tick does."""
    widget.blockSignals(True)
    widget.clear()
    for step_id, text, done, ticked in steps:
        row = QListWidgetItem(text, widget)
        row.setData(Qt.ItemDataRole.UserRole, step_id)
        checkable = Qt.ItemFlag.ItemIsUserCheckable if tickable else Qt.ItemFlag.NoItemFlags
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | checkable)
        row.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        if ticked:
            row.setToolTip(ticked)
    if widget.count() == 0:
        QListWidgetItem(empty, widget).setFlags(Qt.ItemFlag.NoItemFlags)
    widget.blockSignals(False)


class FlowLayout(QLayout):
    """Widgets side by side that wrap onto another line when the width runs out (after Qt's Flow Layout
    example): a row of buttons that a longer language makes wider (French, German) does not widen the
    window past the screen. Hidden widgets take no room."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()
