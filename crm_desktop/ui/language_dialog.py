"""Settings → Language: the language of the window, the printed documents and the command line on this
computer (kept in the data folder's ``preferences.json``; ``--language`` overrides it for one run).

The choice takes effect when crm_desktop starts again; the dialog offers to restart at once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop import i18n
from crm_desktop.ui.i18n import tr


@dataclass(frozen=True)
class LanguageChoice:
    code: str | None  # None: as the computer


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None, saved: str | None, system: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Language"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            tr(
                "The language of the window, of the printed documents and of the command line on this "
                "computer. A customer whose record names a language gets their documents in it."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Language"))
        self.choice.addItem(tr("As the computer ({language})").format(language=i18n.LANGUAGES[system]), None)
        for code, name in i18n.language_choices():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(saved)) if saved else 0)
        layout.addWidget(self.choice)
        note = QLabel(tr("It takes effect when crm_desktop starts again."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> LanguageChoice:
        data = self.choice.currentData()
        return LanguageChoice(data if isinstance(data, str) else None)

    @classmethod
    def ask(cls, parent: QWidget | None, saved: str | None, system: str) -> LanguageChoice | None:
        dialog = cls(parent, saved, system)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["LanguageChoice", "LanguageDialog"]
