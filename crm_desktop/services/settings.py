"""The shop's profile and shop-wide choices, stored one row per key in ``setting``.

Known keys are checked before they are saved (a country code phone numbers can be read with, an email
address, an ISO 4217 currency code, a locale babel knows, a whole amount); other keys of the same dotted
shape are kept as plain text for features that need a setting of their own. An empty value removes
the setting.

The phone, e-mail and locale libraries are imported inside the functions that check values: the main
window reads settings while it opens, and start-up does not pay for libraries it does not use (about 70 ms).
"""

from __future__ import annotations

import contextlib
import locale
import os
import re
from collections.abc import Mapping
from typing import Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_desktop.domain.money import DEFAULT_CURRENCY, ShopMoney, default_locale, is_currency, locale_name
from crm_desktop.domain.slipping import MAX_DAYS as MAX_SLIP_DAYS
from crm_desktop.domain.slipping import SlipRule
from crm_desktop.errors import ConflictError, FieldChange, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Setting

SHOP_COUNTRY: Final = "shop.country"
SHOP_LOCALE: Final = "shop.locale"  # how amounts are written (en_US, de_DE, fr_BE); blank: see shop_money
FALLBACK_COUNTRY: Final = "US"  # libphonenumber's own default when nothing else is known

SLIPPING_RULE: Final = "promises.slipping_rule"  # see crm_desktop.domain.slipping
SLIPPING_DAYS: Final = "promises.slipping_days"
NEWS_EVERY_DAYS: Final = "news.every_days"  # Today's "Customers waiting for news" (default 3)
DEFAULT_NEWS_DAYS: Final = 3
RECEIPT_TERMS: Final = "receipt.terms"  # printed on intake receipts; blank: services.receipts.DEFAULT_TERMS
RECEIPT_AT_INTAKE: Final = "print.receipt_at_intake"  # off (default), ask, always
RECEIPT_AT_INTAKE_CHOICES: Final = ("off", "ask", "always")
RECEIPT_FORMAT: Final = "print.receipt_format"  # "a4" (half a page of the shop's paper) or "thermal"
RECEIPT_FORMATS: Final = ("a4", "thermal")
BACKUP_SECOND_FOLDER: Final = "backup.second_folder"  # a folder (USB stick, share) that gets a copy
LABEL_SIZE: Final = "print.label_size"  # "62x29": width x height in millimetres
LABEL_SIZES: Final = ("62x29", "57x32", "102x51")  # Brother DK-11209, Dymo 11354, 4 x 2 in shipping
LABEL_MM: Final = (15, 200)  # the smallest and largest side of a label this app will lay out
CALENDAR_FOLDER: Final = "calendar.folder"  # where the .ics is kept up to date (blank: not kept)
CALENDAR_STAFF: Final = "calendar.staff"  # whose calendar is kept there (blank: everyone's)
BUSINESS_KEYS: Final = (
    "business.name",
    "business.address",
    "business.phone",
    "business.email",
    "currency",
    "cost_per_contact_minor",
    SHOP_COUNTRY,
    SHOP_LOCALE,
)
SETTING_LABELS: Final = {  # as the shop details form names them (marked: translated where shown)
    "business.name": N_("Shop name"),
    "business.address": N_("Address"),
    "business.phone": N_("Phone"),
    "business.email": N_("E-mail"),
    SHOP_COUNTRY: N_("Country"),
    "currency": N_("Currency"),
    SHOP_LOCALE: N_("Money format"),
    "warranty.terms": N_("Warranty terms"),
    "business.logo": N_("Logo"),
    "print.paper": N_("Paper"),
    RECEIPT_TERMS: N_("Receipt terms"),
    RECEIPT_FORMAT: N_("Receipt format"),
    RECEIPT_AT_INTAKE: N_("Receipt at intake"),
    LABEL_SIZE: N_("Label size"),
    "cost_per_contact_minor": N_("Cost per contact"),
}
_TEXT_LIMITS: Final = {
    "business.name": 200,
    "business.address": 2_000,
    "business.phone": 64,
    "warranty.terms": 10_000,
    RECEIPT_TERMS: 10_000,
}
_KEY_SHAPE: Final = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_KEY_MAX: Final = 80  # setting.key
_LOCALE_COUNTRY: Final = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])")


def get_settings(database: Database) -> dict[str, str]:
    """Every setting that has a text value, by key (business profile, currency, ``shop.country``...)."""
    with database.reading() as uow:
        rows = uow.session.execute(select(Setting.key, Setting.value).where(Setting.value.is_not(None)))
        return {key: value for key, value in rows if value is not None}


def set_setting(database: Database, key: str, value: str | None) -> None:
    """Save one setting (``None`` or blank removes it); :class:`ValidationError` if the value is not
    one the key can take."""
    set_settings(database, {key: value})


def set_settings(
    database: Database, values: Mapping[str, str | None], *, shown: Mapping[str, str] | None = None
) -> None:
    """Save several settings in one transaction, all or none.

    Problems are raised together as :class:`FieldErrors` keyed by setting key, each with a sentence.
    ``shown``: the settings as the form read them (:func:`get_settings`). When someone else has changed
    one of ``values``' keys since, to something other than mine, :class:`ConflictError` lists them and
    nothing is saved; ``None`` saves over whatever is there (a command, or "Keep mine").
    """
    cleaned = clean_settings(values)
    with database.writing() as uow:
        if shown is not None:
            _check_unchanged(uow.session, cleaned, shown)
        write_settings(uow.session, cleaned)
        uow.commit()


def _check_unchanged(session: Session, cleaned: Mapping[str, str | None], shown: Mapping[str, str]) -> None:
    rows = session.scalars(select(Setting).where(Setting.key.in_(cleaned)).with_for_update())
    now = {row.key: row.value for row in rows}
    changes = tuple(
        FieldChange(
            _(SETTING_LABELS[key]) if key in SETTING_LABELS else key,
            now.get(key) or _("(none)"),
            mine or _("(none)"),
        )
        for key, mine in cleaned.items()
        if now.get(key) != shown.get(key) and now.get(key) != mine
    )
    if changes:  # settings are not in the audit trail: who is not known
        raise ConflictError(_("The shop profile"), version=0, changes=changes)


def clean_settings(values: Mapping[str, str | None]) -> dict[str, str | None]:
    """The values as stored, or :class:`FieldErrors` with every problem keyed by setting key."""
    from crm_desktop.domain.validation import FieldErrors

    cleaned: dict[str, str | None] = {}
    problems: dict[str, str] = {}
    for key, value in values.items():
        try:
            cleaned[key] = clean_setting(key, value)
        except ValidationError as exc:
            problems[key] = str(exc)
    if problems:
        raise FieldErrors(problems)
    return cleaned


def write_settings(session: Session, cleaned: Mapping[str, str | None]) -> None:
    """Write already cleaned settings in the caller's unit of work (None removes a setting)."""
    existing = {row.key: row for row in session.scalars(select(Setting).where(Setting.key.in_(cleaned)))}
    for key, value in cleaned.items():
        row = existing.get(key)
        if value is None:
            if row is not None:
                session.execute(delete(Setting).where(Setting.key == key))
        elif row is None:
            session.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value


def clean_setting(key: str, value: str | None) -> str | None:
    """The value as it is stored for ``key``, None for "not set", or :class:`ValidationError`."""
    from crm_desktop.domain.phones import is_supported_country
    from crm_desktop.domain.validation import normalize_email, unstorable

    if len(key) > _KEY_MAX or not _KEY_SHAPE.match(key):
        raise ValidationError(
            _("'{key}' is not a setting name (lowercase words joined by dots).").format(key=key)
        )
    text = (value or "").strip()
    if not text:
        return None
    problem = unstorable(_("The value"), text)
    if problem is not None:
        raise ValidationError(problem)
    if key == SHOP_COUNTRY:
        code = text.upper()
        if not is_supported_country(code):
            raise ValidationError(
                _("'{text}' is not a country code such as BE, FR, GB or US.").format(text=text)
            )
        return code
    if key == "business.email":
        return normalize_email(text)
    if key == "currency":
        if not re.fullmatch(r"[A-Za-z]{3}", text) or not is_currency(text):
            raise ValidationError(
                _("'{text}' is not a currency code such as EUR, GBP or USD.").format(text=text)
            )
        return text.upper()
    if key == SHOP_LOCALE:
        name = locale_name(text)
        if name is None:
            raise ValidationError(
                _("'{text}' is not a locale such as en_GB, fr_BE or de_DE.").format(text=text)
            )
        return name
    if key == "print.paper":
        if text.lower() not in ("a4", "letter"):
            raise ValidationError(_("'{text}' is not a paper size: choose A4 or Letter.").format(text=text))
        return text.lower()
    if key in (RECEIPT_AT_INTAKE, RECEIPT_FORMAT):
        choices = RECEIPT_AT_INTAKE_CHOICES if key == RECEIPT_AT_INTAKE else RECEIPT_FORMATS
        if text.lower() not in choices:
            raise ValidationError(
                _("'{text}' is not a choice for {key}: choose {choices}.").format(
                    text=text, key=key, choices=_(" or ").join(choices)
                )
            )
        return text.lower()
    if key == LABEL_SIZE:
        size = label_size_of(text)
        if size is None:
            low, high = LABEL_MM
            raise ValidationError(
                _(
                    "'{text}' is not a label size: give width x height in millimetres, e.g. 62x29 "
                    "(each side from {low} to {high} mm)."
                ).format(text=text, low=low, high=high)
            )
        return f"{size[0]:g}x{size[1]:g}"
    if key == "business.logo":
        from pathlib import Path

        logo = Path(text).expanduser()
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise ValidationError(
                _("The logo must be a PNG or JPEG picture, not {name}.").format(name=logo.name)
            )
        if not logo.is_file():
            raise ValidationError(
                _("There is no picture at {path}; choose the logo file again.").format(path=logo)
            )
        return str(logo)
    if key == SLIPPING_RULE:
        if text.lower() not in {str(rule) for rule in SlipRule}:
            raise ValidationError(
                _("'{text}' is not a slipping rule: choose once, twice or days.").format(text=text)
            )
        return text.lower()
    if key == SLIPPING_DAYS:
        if not re.fullmatch(r"\d{1,3}", text) or not 1 <= int(text) <= MAX_SLIP_DAYS:
            raise ValidationError(
                _("'{text}' is not a number of days from 1 to {most}.").format(text=text, most=MAX_SLIP_DAYS)
            )
        return str(int(text))
    if key == NEWS_EVERY_DAYS:
        if not re.fullmatch(r"\d{1,2}", text) or not 1 <= int(text) <= 60:
            raise ValidationError(_("'{text}' is not a number of days from 1 to 60.").format(text=text))
        return str(int(text))
    if key == "cost_per_contact_minor":
        if not re.fullmatch(r"\d{1,12}", text):
            raise ValidationError(
                _(
                    "'{text}' is not a cost per contact: give a whole number of cents (e.g. 450 for 4.50)."
                ).format(text=text)
            )
        return str(int(text))
    limit = _TEXT_LIMITS.get(key)
    if limit is not None and len(text) > limit:
        raise ValidationError(
            _("The value of {key} is too long: {length} characters, at most {most}.").format(
                key=key, length=f"{len(text):,}", most=f"{limit:,}"
            )
        )
    return text


def label_size_of(text: str | None) -> tuple[float, float] | None:
    """``"62x29"`` / ``"62 × 29 mm"`` -> (62.0, 29.0) millimetres; None when it is not a size we print."""
    match = re.fullmatch(r"\s*(\d{1,3}(?:\.\d)?)\s*[x×X*]\s*(\d{1,3}(?:\.\d)?)\s*(?:mm)?\s*", text or "")
    if match is None:
        return None
    width, height = float(match.group(1)), float(match.group(2))
    low, high = LABEL_MM
    if not (low <= width <= high and low <= height <= high):
        return None
    return width, height


def default_country(database: Database) -> str:
    """The country whose numbers need no ``+``: the shop's setting, else the computer's locale, else US."""
    with database.reading() as uow:
        return shop_country(uow.session)


def shop_country(session: Session) -> str:
    """:func:`default_country` inside a unit of work that is already open."""
    return country_or_default(session.scalar(select(Setting.value).where(Setting.key == SHOP_COUNTRY)))


def country_or_default(stored: str | None) -> str:
    """The shop's country from the stored ``shop.country`` setting (None when unset): the computer's
    country, else the fallback, when it is unset or not one the phone numbers know."""
    from crm_desktop.domain.phones import is_supported_country

    if stored and is_supported_country(stored):
        return stored.strip().upper()
    return system_country() or FALLBACK_COUNTRY


def shop_money(database: Database) -> ShopMoney:
    """The shop's currency and the locale its amounts are read and written in."""
    with database.reading() as uow:
        return money_of(uow.session)


def money_of(session: Session) -> ShopMoney:
    """:func:`shop_money` inside a unit of work that is already open.

    The locale is the ``shop.locale`` setting (Shop details → Money format), so that every computer of
    the shop prints amounts alike. Until it is chosen: the computer's locale when it is in the shop's
    country, else the computer's language in that country, else the country's usual locale
    (:func:`crm_desktop.domain.money.default_locale`).
    """
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_(("currency", SHOP_LOCALE, SHOP_COUNTRY)))
    )
    return money_from(dict(rows.all()))


def money_from(settings: Mapping[str, str | None]) -> ShopMoney:
    """:func:`shop_money` from the shop's settings already read (key → stored value)."""
    currency = (settings.get("currency") or "").strip().upper() or DEFAULT_CURRENCY
    chosen = locale_name((settings.get(SHOP_LOCALE) or "").strip())
    country = country_or_default(settings.get(SHOP_COUNTRY))
    return ShopMoney(currency, chosen or default_locale(country, system_locales()))


def system_locales() -> list[str | None]:
    """The computer's locale names for money, best first (LC_ALL, LC_MONETARY, LANG, then Python's)."""
    names = [os.environ.get(name) for name in ("LC_ALL", "LC_MONETARY", "LANG")]
    with contextlib.suppress(ValueError):  # a locale name Python does not know
        names.append(locale.getlocale()[0])
    return names


def system_country() -> str | None:
    """The country of the computer's locale (``fr_BE.UTF-8`` -> ``BE``), or None if it names none."""
    try:
        candidates = [locale.getlocale()[0]]
    except ValueError:  # a locale name Python does not know
        candidates = []
    candidates += [os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")]
    for candidate in candidates:
        country = country_from_locale(candidate)
        if country is not None:
            return country
    return None


def country_from_locale(name: str | None) -> str | None:
    """``en_GB`` / ``fr-BE`` / ``de_CH.UTF-8`` -> the country; ``C``, ``POSIX`` and bare languages -> None."""
    from crm_desktop.domain.phones import is_supported_country

    if not name:
        return None
    match = _LOCALE_COUNTRY.match(name)
    if match is None:
        return None
    code = match.group(1).upper()
    return code if is_supported_country(code) else None
