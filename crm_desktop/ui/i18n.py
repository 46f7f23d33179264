"""The window's words, through Qt's translation: ``tr("Save")``, ``tr("%n day(s) late", None, n)``.

Every call site writes ``tr("...")`` with the English text as a literal, so ``pyside6-lupdate`` (``make
translations``) finds it; all of them share one context, so a word is translated once for the whole
window. Where one English word means two things, the second argument tells them apart for the
translator (``tr("Open", "a job still being worked on")``). ``%n`` is replaced by the number, in the
plural form the language needs. Words that come from the services arrive translated already (gettext,
:mod:`crm_desktop.i18n`), in the same language.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop import i18n

CONTEXT: Final = "QCoreApplication"  # the context lupdate gives a bare tr() call


_ENGLISH_FORMS: Final = re.compile(r"\((\w*)\|(\w*)\)|\((s|es)\)")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``n``: the number a plural form is chosen by, for ``%n``).

    English needs no catalogue: where no translation is found, ``(s)`` and ``(a|b)`` give the singular
    and the plural (``%n day(s)`` -> ``1 day``, ``2 days``; ``%n entr(y|ies)``)."""
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n < 0 or not _ENGLISH_FORMS.search(text):
        return translated
    untouched = QCoreApplication.translate("", text, disambiguation, n)  # no catalogue has context ""
    if translated != untouched:
        return translated
    return _ENGLISH_FORMS.sub(lambda m: _english_form(m, n == 1), untouched)


def _english_form(match: re.Match[str], singular: bool) -> str:
    if match.group(3):
        return "" if singular else match.group(3)
    return match.group(1) if singular else match.group(2)


_installed: list[QTranslator] = []


def install(app: QCoreApplication, code: str) -> None:
    """Speak ``code`` in the window: crm_desktop's catalogue and Qt's own (the Cancel, Yes, No of
    standard dialogs, the file dialog); also in the Qt-free layers (:func:`crm_desktop.i18n.use_language`).
    Installing again replaces what was installed before."""
    i18n.use_language(code)
    QLocale.setDefault(QLocale(code))  # until the shop's country is known (follow_shop_locale)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != i18n.ENGLISH:
        for name, folder in (
            (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (f"window_{code}", str(i18n.translations_dir())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)


def follow_shop_locale() -> None:
    """Numbers Qt writes (``%Ln``, spin boxes, date fields) as the language and the shop's country write
    them, like the dates of :mod:`crm_desktop.domain.dates`."""
    from crm_desktop.domain.dates import date_locale

    QLocale.setDefault(QLocale(date_locale()))


__all__ = ["follow_shop_locale", "install", "tr"]
