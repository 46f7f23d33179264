"""The customer page's privacy actions: export a customer's data, and erase a customer.

Erasing asks for the customer's name to be typed (it cannot be undone) and says what stays: the sales
and service jobs, for the books, under "Erased customer".
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import AFTER_SALES, Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.services.privacy import erase_customer, export_customer_data
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import perform


def erase_text() -> str:
    """What erasing does and keeps, with a ``{name}`` to fill in (HTML)."""
    return tr(
        "<p>Erasing removes <b>{name}</b>'s personal data everywhere: name, company, e-mail, phones, "
        "address, notes and tags; what they said in contacts, requests, follow-ups and promises; the "
        "problem, accessories and condition written on their jobs; visit addresses; and their entries in "
        "search and in the audit trail.</p>"
        "<p><b>What stays, for the books:</b> their sales (items, serials, amounts) and service jobs (the "
        "work done, parts and labour), under the name <i>Erased customer</i>.</p>"
        "<p>This cannot be undone. Older backups still hold the data; restoring one erases them again.</p>"
        "<p>Type the customer's name to confirm:</p>"
    )


class EraseDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(tr("Erase this customer"))
        layout = QVBoxLayout(self)
        from html import escape

        text = QLabel(erase_text().format(name=escape(name)), self)
        text.setWordWrap(True)
        text.setFixedWidth(500)  # a fixed width lets the wrapped text take the height it needs
        layout.addWidget(text)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(name)
        self.typed.setAccessibleName(tr("Type the customer's name to confirm"))
        layout.addWidget(self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(lambda _t: self.erase_button.setEnabled(self.matches()))
        self.adjustSize()

    def matches(self) -> bool:
        return " ".join(self.typed.text().split()).casefold() == " ".join(self.name.split()).casefold()

    @classmethod
    def ask(cls, parent: QWidget, name: str) -> bool:
        dialog = cls(name, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.matches()


def erase(parent: QWidget, context: AppContext, customer_id: int, name: str) -> bool:
    """Ask, then erase off the GUI thread in the name of the person at the keyboard."""
    from crm_desktop.ui.people import ensure_person

    if not EraseDialog.ask(parent, name):
        return False
    try:
        me = ensure_person(parent, context)
    except UserFacingError as exc:
        QMessageBox.warning(parent, "crm_desktop", str(exc))
        return False
    perform(
        parent,
        context,
        lambda: erase_customer(context.database, customer_id, staff_id=me),
        Changes.of(Change.CUSTOMER, Change.SALE, *AFTER_SALES, customers=(customer_id,)),
        done=lambda result: QMessageBox.information(
            parent,
            tr("Customer erased"),
            tr(
                "{name}'s personal data is erased. {sales} and {jobs} stay for the books under "
                "'Erased customer'."
            ).format(
                name=name,
                sales=tr("%n sale(s)", None, result.sales_kept),
                jobs=tr("%n job(s)", None, result.jobs_kept),
            ),
        ),
    )
    return True


def choose_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, tr("Where to save the customer's data"))
    return Path(chosen) if chosen else None


def export(parent: QWidget, context: AppContext, customer_id: int, folder: Path | None = None) -> bool:
    """Write ``customer-data-<name>.json`` and ``customer-data-<name>-history.pdf`` into a chosen folder."""
    folder = folder or choose_folder(parent)
    if folder is None:
        return False
    today = context.clock.today()

    def work() -> tuple[Path, Path]:
        exported = export_customer_data(context.database, customer_id, today)
        stem = exported.file_stem
        data = json.dumps(exported.data, ensure_ascii=False, indent=2).encode()
        return _write(folder / f"{stem}.json", data), _write(
            folder / f"{stem}-history.pdf", exported.history_pdf
        )

    perform(
        parent,
        context,
        work,
        Changes.of(),
        done=lambda written: QMessageBox.information(
            parent,
            tr("Customer's data"),
            tr("Written to {data} and {history}.").format(data=written[0], history=written[1].name),
        ),
    )
    return True


def _write(target: Path, content: bytes) -> Path:
    """Temp file beside ``target``, fsync, rename: a reader sees no file or the whole file."""
    temp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", delete=False
        ) as handle:
            temp = Path(handle.name)
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        if exc.errno == 28:
            raise UserFacingError(
                tr("Could not write {path}: the disk is full.").format(path=target)
            ) from None
        raise UserFacingError(
            tr("Could not write {path}: {reason}.").format(path=target, reason=exc.strerror or exc)
        ) from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    return target


__all__ = ["EraseDialog", "choose_folder", "erase", "export"]
