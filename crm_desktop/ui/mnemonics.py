"""Keyboard mnemonics for every button, tick box, labelled field and menu entry (Alt + a letter), given
when a window or a menu is first shown, the way KDE's accelerator manager does it for its apps; and an
accessible name for every field and list, for screen readers (:func:`name_fields`).

A text that already has one (``&Save``) keeps it and its letter is reserved first; the others get the
first free letter of a word start, then of any letter or digit; ``&&`` is a literal ampersand. A window
with more controls than letters leaves the last ones without (Qt would otherwise cycle between two
controls sharing a letter, which is worse than none).
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

_MARK: Final = re.compile(r"&(?!&)(.)")  # one mnemonic: "&" before a character that is not "&"


def mnemonic_of(text: str) -> str | None:
    """The letter a text's mnemonic names (lower case), or None."""
    found = _MARK.search(text.replace("&&", "\0\0"))
    return found.group(1).lower() if found else None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a mnemonic on its first free letter (a word's first letter preferred); ``taken``
    gets that letter. The text as it was when it has one, or when no letter is free."""
    if not text or mnemonic_of(text) is not None:
        return text
    plain = text.replace("&&", "\0\0")
    starts = [i for i, ch in enumerate(plain) if ch.isalpha() and (i == 0 or not plain[i - 1].isalnum())]
    others = [i for i, ch in enumerate(plain) if ch.isalpha() and i not in starts]
    for i in starts + others:
        letter = plain[i].lower()
        if letter.isascii() and letter not in taken:
            taken.add(letter)
            return (plain[:i] + "&" + plain[i:]).replace("\0\0", "&&")
    return text


def _controls(window: QWidget) -> list[QWidget]:
    """The window's own buttons, tick boxes and labels that name a field, in the order they were made."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or _on_a_page_not_shown(widget, window):
            continue  # another dialog's or a popup's; a page not shown now shares its letters freely
        if isinstance(widget, QAbstractButton) and widget.text():
            own = widget.shortcut()
            if own.isEmpty() or mnemonic_of(widget.text()) is not None:
                found.append(widget)  # not one with a shortcut of its own: a new text would replace it
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.text():
            found.extend([widget] if "<" not in widget.text() else [])  # rich text: "&" would be markup
    return found


def _on_a_page_not_shown(widget: QWidget, window: QWidget) -> bool:
    """Whether the widget is on a page of a stack (the main window's pages, a dialog's steps) that is
    not the page shown: two pages are never seen together, so their letters need not differ."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return True
        child, parent = parent, parent.parentWidget()
    return False


_FIELDS: Final = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def name_fields(window: QWidget) -> None:
    """Give every field and list of the window an accessible name, for screen readers, when it has none:
    the text of the label that names it (its form row, its buddy), else its placeholder, else its tip."""
    labels: dict[QWidget, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and "<" not in label.text():
            labels[buddy] = label.text()
    for field in window.findChildren(QWidget):
        if not isinstance(field, _FIELDS) or field.accessibleName() or field.window() is not window:
            continue
        if isinstance(field.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line inside an editable list or a number box: its owner is named
        if isinstance(field, QHeaderView):
            continue  # a table's header: read with its table
        name = labels.get(field) or _form_label(field) or _label_before(field)
        if not name and isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit):
            name = field.placeholderText()
        name = name or field.toolTip()
        if name:
            field.setAccessibleName(
                " ".join(name.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").split())
            )


def _label_before(field: QWidget) -> str:
    """The text of a plain label (or tick box) just before the field in its row ("Show: [list]")."""
    parent = field.parentWidget()
    if parent is None:
        return ""
    for layout in [parent.layout(), *parent.findChildren(QBoxLayout)]:
        if not isinstance(layout, QBoxLayout):
            continue
        index = layout.indexOf(field)
        if index > 0:
            item = layout.itemAt(index - 1)
            before = item.widget() if item is not None else None
            if isinstance(before, QLabel | QAbstractButton) and before.text() and "<" not in before.text():
                return before.text()  # a label, or the tick box that opens the field ("Promise a date")
    return ""


def _form_label(field: QWidget) -> str:
    """The label of the form row the field is in (QFormLayout makes one for ``addRow("Name", field)``)."""
    parent = field.parentWidget()
    if parent is None:
        return ""
    for form in parent.findChildren(QFormLayout):
        label = form.labelForField(field)
        if isinstance(label, QLabel) and label.text() and "<" not in label.text():
            return label.text()
    own = parent.layout()
    named = own.labelForField(field) if isinstance(own, QFormLayout) else None
    return named.text() if isinstance(named, QLabel) and "<" not in named.text() else ""


def assign(window: QWidget) -> None:
    """Give the window's controls their mnemonics (see the module's docstring), and its fields their
    accessible names (:func:`name_fields`)."""
    name_fields(window)
    # The controls shown now first: they all get a letter before the hidden ones (buttons that appear
    # in some states only) share what is left.
    controls = sorted(_controls(window), key=lambda w: not w.isVisibleTo(window))
    texts = [_text(w) for w in controls]
    # The menu bar's letters (Alt+F opens File) are the window's too.
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    menus = {m for m in (mnemonic_of(a.text()) for a in (bar.actions() if bar is not None else [])) if m}
    for widget, text in zip(controls, spread(texts, menus), strict=True):
        if text != _text(widget):
            _set_text(widget, text)


def assign_menu(menu: QMenu) -> None:
    actions: list[QAction] = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    for action, text in zip(actions, spread([a.text() for a in actions]), strict=True):
        if text != action.text():
            action.setText(text)


def spread(texts: list[str], reserved: set[str] | None = None) -> list[str]:
    """The texts with a mnemonic each where one can be found, no letter twice: those that have one keep
    it; the others get letters by a maximum matching (a text whose letters are all taken by others can
    make one of them move to another of its letters), each preferring its words' first letters."""
    taken = {m for m in map(mnemonic_of, texts) if m is not None} | (reserved or set())
    wanting = [i for i, t in enumerate(texts) if t and mnemonic_of(t) is None]
    choices = {i: _candidates(texts[i], taken) for i in wanting}
    owner: dict[str, int] = {}  # letter -> text index

    def place(i: int, tried: set[str]) -> bool:  # Kuhn's augmenting path
        for letter, _at in choices[i]:
            if letter in tried:
                continue
            tried.add(letter)
            if letter not in owner or place(owner[letter], tried):
                owner[letter] = i
                return True
        return False

    for i in wanting:
        place(i, set())
    out = list(texts)
    for letter, i in owner.items():
        at = dict(choices[i])[letter]
        plain = texts[i].replace("&&", "\0\0")
        out[i] = (plain[:at] + "&" + plain[at:]).replace("\0\0", "&&")
    return out


def _candidates(text: str, taken: set[str]) -> list[tuple[str, int]]:
    """(letter, position) a text could take, word starts first, each letter once, none already taken."""
    plain = text.replace("&&", "\0\0")
    starts = [i for i, ch in enumerate(plain) if ch.isalpha() and (i == 0 or not plain[i - 1].isalnum())]
    others = [i for i, ch in enumerate(plain) if ch.isalpha() and i not in starts]
    found: dict[str, int] = {}
    for i in starts + others:  # letters only: a phone number's digit is no key to press
        letter = plain[i].lower()
        if letter.isascii() and letter not in taken and letter not in found:
            found[letter] = i
    return list(found.items())


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QAbstractButton | QLabel):
        widget.setText(text)


class _Mnemonics(QObject):
    """Watches every window and menu being shown (an application-wide event filter)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            if isinstance(watched, QMenu):
                assign_menu(watched)
            elif isinstance(watched, QWidget) and watched.isWindow():
                assign(watched)
            elif isinstance(watched, QWidget) and (
                isinstance(watched.parentWidget(), QStackedWidget)
                or isinstance(watched, QWizardPage | QAbstractButton)
            ):
                # A page of the window (built the first time it is shown), a wizard's next step, or a
                # button that appears in some states only: once the event loop is back, the window's
                # controls get their letters again (those with one keep it), once for all of them.
                self._later(watched.window())
        return False

    def _later(self, window: QWidget) -> None:
        if window in self._pending:
            return
        self._pending.add(window)

        def run() -> None:
            self._pending.discard(window)
            assign(window)

        QTimer.singleShot(0, window, run)  # owned by the window: nothing runs once it is gone

    def __init__(self) -> None:
        super().__init__()
        self._pending: set[QWidget] = set()


_FILTER: _Mnemonics | None = None


def install(app: QApplication) -> None:
    """From now on every window and menu of ``app`` gets its mnemonics when it is shown."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _Mnemonics()
        app.installEventFilter(_FILTER)


__all__ = ["assign", "assign_menu", "install", "mnemonic_of", "name_fields", "spread", "with_mnemonic"]
