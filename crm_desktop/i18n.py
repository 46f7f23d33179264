"""The language crm_desktop speaks, for the layers without Qt: services, reports, the command line.

Words go through gettext: ``_("Saved.")``, ``ngettext("%(n)d day late", "%(n)d days late", n) % {"n": n}``,
``N_("Open")`` to mark a constant that is translated where it is shown (``_(LABELS[status])``). The
catalogues are ``resources/translations/messages_<language>.po``, compiled to ``.mo`` by ``make
translations``. The window's own words go through Qt's ``tr()`` and ``window_<language>.ts`` (see
:mod:`crm_desktop.ui.i18n`); both follow the one language chosen here.

Which language (first wins): ``--language fr`` on any command; Settings → Language, kept in the data
folder's ``preferences.json``; the computer's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English.

A document can be printed in another language than the window's (the customer's): :func:`language` sets
it for the code inside a ``with`` block only, per thread (a context variable), so the window's worker
threads keep theirs.
"""

from __future__ import annotations

import contextlib
import gettext
import json
import locale
import os
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Final

from crm_desktop.bundled import package_resource
from crm_desktop.errors import UserFacingError

ENGLISH: Final = "en"
# The languages shipped with a complete catalogue, each named in itself (as a language list shows them).
LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "nl": "Nederlands",
}
PREFERENCES_FILE: Final = "preferences.json"  # in the data folder, beside server.json
SYSTEM: Final = "system"  # the saved choice that means "as the computer"

_default: gettext.NullTranslations = gettext.NullTranslations()
_default_code: str = ENGLISH
_shop_locale: str | Callable[[], str] = "en_GB"  # the shop's locale (Shop details → Money format)
_override: ContextVar[tuple[str, gettext.NullTranslations] | None] = ContextVar("language", default=None)


# --------------------------------------------------------------------------------------- marking


def _(message: str) -> str:
    """``message`` in the current language."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` in the current language (French says "1 jour", "0 jour"; Polish has three)."""
    return _translations().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` where the same English word means two things ("Open" a job / "Open" the file)."""
    return _translations().pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue without translating it yet (a constant translated where it is
    shown, in the language of that moment)."""
    return message


def _translations() -> gettext.NullTranslations:
    chosen = _override.get()
    return _default if chosen is None else chosen[1]


# ------------------------------------------------------------------------------------ choosing


def current_language() -> str:
    """The code of the language words are in now (``fr``)."""
    chosen = _override.get()
    return _default_code if chosen is None else chosen[0]


def use_language(code: str) -> None:
    """Speak ``code`` from now on, in every thread (at start-up, once the choice is known)."""
    global _default, _default_code
    _default, _default_code = catalogue(code), code


def use_shop_locale(name: str | Callable[[], str]) -> None:
    """The shop's locale (``fr_BE``): dates are written as in its country. A function is called when a
    date is first written (reading the shop's settings loads babel: not before the window is painted)."""
    global _shop_locale
    _shop_locale = name


def shop_locale() -> str:
    global _shop_locale
    if callable(_shop_locale):
        try:
            _shop_locale = _shop_locale()
        except UserFacingError:  # settings that cannot be read now: the default stands
            _shop_locale = "en_GB"
    return _shop_locale


@contextlib.contextmanager
def language(code: str | None) -> Iterator[None]:
    """Speak ``code`` inside the block, in this thread only (None: leave the language as it is)."""
    if not code or code == current_language():
        yield
        return
    token = _override.set((code, catalogue(code)))
    try:
        yield
    finally:
        _override.reset(token)


def translations_dir() -> Path:
    return package_resource("resources") / "translations"


@lru_cache(maxsize=8)
def catalogue(code: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``code`` (English: the words as written)."""
    if code == ENGLISH:
        return gettext.NullTranslations()
    path = translations_dir() / f"messages_{code}.mo"
    try:
        with path.open("rb") as file:
            return gettext.GNUTranslations(file)
    except FileNotFoundError:
        raise UserFacingError(
            f"The {code} translation is missing from this installation ({path})."  # untranslated: none here
        ) from None


def known_language(text: str) -> str | None:
    """The shipped language ``text`` names (``fr``, ``fr_BE.UTF-8``, ``de-AT``, ``NL``), or None."""
    code = text.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def parse_language(text: str) -> str:
    """``--language``'s value as a shipped language code, or a clear error that lists them."""
    code = known_language(text)
    if code is None:
        offered = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise UserFacingError(
            _("'{text}' is not a language crm_desktop speaks; it speaks {languages}.").format(
                text=text, languages=offered
            )
        )
    return code


def system_language(environ: dict[str, str] | None = None) -> str:
    """The computer's language if crm_desktop speaks it, else English. Read as gettext does: the
    ``LANGUAGE`` list, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; then Python's idea of the locale."""
    env = os.environ if environ is None else environ
    names = [name for name in env.get("LANGUAGE", "").split(":") if name]
    names += [next((env[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(key)), "")]
    if environ is None:
        with contextlib.suppress(ValueError):  # a locale name Python does not know
            names.append(locale.getlocale()[0] or "")
    for name in names:
        code = known_language(name)
        if code is not None:
            return code
    return ENGLISH


def saved_language(data_dir: Path) -> str | None:
    """Settings → Language as saved in the data folder: a code, or None for "as the computer"."""
    try:
        raw = json.loads((data_dir / PREFERENCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none saved yet, or unreadable: the computer's language
        return None
    value = raw.get("language") if isinstance(raw, dict) else None
    return known_language(value) if isinstance(value, str) else None


def save_language(data_dir: Path, code: str | None) -> None:
    """Keep Settings → Language (None: as the computer). Written whole then renamed, so a crash leaves
    the old choice or the new."""
    path = data_dir / PREFERENCES_FILE
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
        values = current if isinstance(current, dict) else {}
    except (OSError, ValueError):
        values = {}
    values["language"] = code or SYSTEM
    try:
        data_dir.mkdir(parents=True, exist_ok=True)  # as the data folder is made: see crm_desktop.paths
        temporary = path.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise UserFacingError(
            _("The language cannot be saved in {path} ({why}).").format(path=path, why=exc.strerror or exc)
        ) from None


def choose_language(option: str | None, data_dir: Path | None, environ: dict[str, str] | None = None) -> str:
    """The language to speak: ``--language``, else the saved choice, else the computer's."""
    if option:
        return parse_language(option)
    saved = saved_language(data_dir) if data_dir is not None else None
    return saved or system_language(environ)


def language_choices() -> Sequence[tuple[str, str]]:
    """(code, name in itself) of every shipped language, English first."""
    return list(LANGUAGES.items())


__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "N_",
    "_",
    "catalogue",
    "choose_language",
    "current_language",
    "language",
    "language_choices",
    "ngettext",
    "parse_language",
    "pgettext",
    "save_language",
    "saved_language",
    "shop_locale",
    "system_language",
    "use_language",
    "use_shop_locale",
]
