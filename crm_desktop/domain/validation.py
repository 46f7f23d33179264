"""The customer form's rules, on plain values: what can be saved, and a sentence for each field that
cannot.

Text is stored exactly as written — markup, formulas, SQL, every script, emoji, tabs — because the
screens, the PDFs and the exports escape it where they show it. Only what no database can hold is
refused: the NUL character (PostgreSQL rejects it) and unpaired surrogates (not encodable as UTF-8).
Single-line fields (name, company, email, tags, phone labels) lose surrounding spaces; address and
notes keep every character, and are empty only when they hold nothing but white space.

Limits: name and company 200 characters, address 2,000, notes 20,000, a tag 60, a phone label 40. A
10,000-character word is accepted in the notes and refused, with the count, everywhere else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from email_validator import EmailNotValidError, validate_email

from crm_desktop import i18n
from crm_desktop.domain.enums import CustomerKind
from crm_desktop.domain.phones import PhoneNumber, normalize_phone
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _, ngettext

NAME_MAX: Final = 200
COMPANY_MAX: Final = 200
EMAIL_MAX: Final = 320
ADDRESS_MAX: Final = 2_000
NOTES_MAX: Final = 20_000
TAG_MAX: Final = 60
PHONE_LABEL_MAX: Final = 40
DEFAULT_PHONE_LABEL: Final = "mobile"


@dataclass(frozen=True)
class PhoneInput:
    """One phone row of the form: its label (mobile, work...) and the number as typed."""

    label: str
    raw: str


@dataclass(frozen=True, kw_only=True)
class CustomerInput:
    """The customer form as typed. Blank phone rows and blank tags are ignored."""

    kind: CustomerKind | str = CustomerKind.PERSON
    name: str
    company: str | None = None
    email: str | None = None
    phones: tuple[PhoneInput, ...] = ()
    address: str | None = None
    notes: str | None = None
    tags: tuple[str, ...] = ()
    contact_consent: bool | None = None  # True: agreed; False: said no; None: never asked
    language: str | None = None  # the customer's documents and messages (``fr``); None: the shop's


@dataclass(frozen=True)
class ValidPhone:
    label: str
    number: PhoneNumber


@dataclass(frozen=True)
class ValidCustomer:
    """A customer form that can be saved, in the form it is saved in."""

    kind: CustomerKind
    name: str
    company: str | None
    email: str | None
    phones: tuple[ValidPhone, ...]
    address: str | None
    notes: str | None
    tags: tuple[str, ...]
    contact_consent: bool | None
    language: str | None = None


class FieldErrors(ValidationError):
    """Several fields cannot be saved: ``errors`` maps each field name to its sentence.

    Field names are those of :class:`CustomerInput` (all phone problems are under ``phones``, each
    sentence quoting the number it is about). ``str(exc)`` joins the sentences, for a message box.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__(" ".join(self.errors.values()))


@dataclass
class _Collector:
    errors: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, message: str) -> None:
        self.errors[key] = f"{self.errors[key]} {message}" if key in self.errors else message


def validate_customer(
    data: CustomerInput, default_country: str | None, *, stored_notes: str | None = None
) -> ValidCustomer:
    """Check every field of ``data`` and return the values to save, or raise :class:`FieldErrors`
    listing every problem at once (not only the first one).

    ``default_country`` reads phone numbers typed without ``+``. ``stored_notes``: the notes already on
    file; when they come back unchanged they are not held to the length limit (merging two customers
    joins their notes, and that must not block editing the phone number later).
    """
    found = _Collector()
    kind = _kind(data.kind, found)
    name = _line("name", _("Name"), data.name, NAME_MAX, found, required=True)
    company = _line("company", _("Company"), data.company, COMPANY_MAX, found)
    email = _email(data.email, found)
    address = _text("address", _("Address"), data.address, ADDRESS_MAX, found)
    notes_limit = None if data.notes is not None and data.notes == stored_notes else NOTES_MAX
    notes = _text("notes", _("Notes"), data.notes, notes_limit, found, plural=True)
    tags = _tags(data.tags, found)
    phones = _phones(data.phones, default_country, found)
    consent = data.contact_consent
    if consent is not None and not isinstance(consent, bool):
        found.add("contact_consent", _("Contact consent must be yes, no or never asked."))
    language = i18n.known_language(data.language) if data.language else None
    if data.language and language is None:
        found.add(
            "language",
            _("'{text}' is not a language crm_desktop prints in; leave it empty for the shop's.").format(
                text=data.language
            ),
        )
    if found.errors:
        raise FieldErrors(found.errors)
    assert kind is not None and name is not None
    return ValidCustomer(
        kind=kind,
        name=name,
        company=company,
        email=email,
        phones=phones,
        address=address,
        notes=notes,
        tags=tags,
        contact_consent=consent,
        language=language,
    )


def normalize_email(text: str) -> str:
    """An email address in the form it is stored in (domain in lowercase), or :class:`ValidationError`.

    Syntax only: the domain is not looked up, so the counter works offline.
    """
    shown = text.strip()
    if len(shown) > EMAIL_MAX:
        raise ValidationError(
            ngettext(
                "The email address is too long: {count} character, at most {most}.",
                "The email address is too long: {count} characters, at most {most}.",
                len(shown),
            ).format(count=f"{len(shown):,}", most=EMAIL_MAX)
        )
    local, at, domain = shown.partition("@")
    if at and len(shown) <= _FAST_MAX and len(local) <= _LOCAL_MAX and _PLAIN_LOCAL.fullmatch(local):
        known = _DOMAINS.get(domain)
        if known is not None:
            return f"{local}@{known}"
    try:
        valid = validate_email(shown, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(
            _("'{text}' is not an email address. {why}").format(text=shown, why=exc)
        ) from None
    plain = at and domain.isascii() and valid.domain == domain.lower() and _PLAIN_LOCAL.fullmatch(local)
    if plain and valid.normalized == f"{local}@{valid.domain}":
        if len(_DOMAINS) >= 10_000:
            _DOMAINS.clear()
        _DOMAINS[domain] = valid.domain
    return valid.normalized


# email_validator takes ~150 µs an address, most of it on the domain. An address whose local part is
# plain (letters, digits, _ + - and single dots inside; email_validator keeps such a part as it is) and
# whose ASCII domain (as typed) was already accepted is that local part and the domain's stored form. The
# domain's checks do not depend on the local part; the length limits are checked here as it does.
_PLAIN_LOCAL: Final = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*")
_LOCAL_MAX: Final = 64
_FAST_MAX: Final = 254
_DOMAINS: dict[str, str] = {}  # domain as typed -> as stored


def unstorable(label: str, text: str) -> str | None:
    """Why ``text`` cannot be stored by any database, or None when it can. ``label`` names the field at
    the start of the sentence, in the current language (``_("The notes")``)."""
    if "\x00" in text:
        return _("{field} contains a NUL character, which cannot be saved; remove it.").format(field=label)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _(
            "{field} contains a broken character (an unpaired surrogate), which cannot be saved."
        ).format(field=label)
    return None


def _too_long(label: str, length: int, limit: int, *, plural: bool = False) -> str:
    if plural:  # "Notes are too long"
        text = ngettext(
            "{field} are too long: {count} character, at most {most}.",
            "{field} are too long: {count} characters, at most {most}.",
            length,
        )
    else:
        text = ngettext(
            "{field} is too long: {count} character, at most {most}.",
            "{field} is too long: {count} characters, at most {most}.",
            length,
        )
    return text.format(field=label, count=f"{length:,}", most=f"{limit:,}")


def _kind(value: CustomerKind | str, found: _Collector) -> CustomerKind | None:
    text = str(value or "").strip().lower()
    try:
        return CustomerKind(text)
    except ValueError:
        found.add("kind", _("Kind must be person or business, not '{kind}'.").format(kind=value))
        return None


def _line(
    key: str, label: str, value: str | None, limit: int, found: _Collector, *, required: bool = False
) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            found.add(key, _("{field} is required.").format(field=label))
        return None
    problem = unstorable(label, text)
    if problem is None and len(text) > limit:
        problem = _too_long(label, len(text), limit)
    if problem is not None:
        found.add(key, problem)
        return None
    return text


def _text(
    key: str,
    label: str,
    value: str | None,
    limit: int | None,
    found: _Collector,
    *,
    plural: bool = False,
) -> str | None:
    if value is None or not value.strip():
        return None
    problem = unstorable(label, value)
    if problem is None and limit is not None and len(value) > limit:
        problem = _too_long(label, len(value), limit, plural=plural)
    if problem is not None:
        found.add(key, problem)
        return None
    return value


def _email(value: str | None, found: _Collector) -> str | None:
    if value is None or not value.strip():
        return None
    problem = unstorable(_("The email address"), value)
    if problem is not None:
        found.add("email", problem)
        return None
    try:
        return normalize_email(value)
    except ValidationError as exc:
        found.add("email", str(exc))
        return None


def _tags(values: tuple[str, ...], found: _Collector) -> tuple[str, ...]:
    kept: dict[str, str] = {}  # casefolded -> as first typed
    for value in values:
        tag = (value or "").strip()
        if not tag:
            continue
        shown = tag if len(tag) <= 30 else tag[:30] + "…"
        label = _("Tag '{tag}'").format(tag=shown)
        problem = unstorable(label, tag)
        if problem is None and any(unicodedata.category(ch) == "Cc" for ch in tag):
            problem = _("Tag '{tag}' cannot contain line breaks, tabs or other control characters.").format(
                tag=shown
            )
        if problem is None and len(tag) > TAG_MAX:
            problem = _too_long(label, len(tag), TAG_MAX)
        if problem is not None:
            found.add("tags", problem)
            continue
        kept.setdefault(tag.casefold(), tag)  # "VIP" after "vip" is the same tag
    return tuple(kept.values())


def _phones(
    rows: tuple[PhoneInput, ...], default_country: str | None, found: _Collector
) -> tuple[ValidPhone, ...]:
    kept: list[ValidPhone] = []
    for row in rows:
        raw = (row.raw or "").strip()
        if not raw:
            continue
        problem = unstorable(_("The phone number"), raw)
        label = (row.label or "").strip() or DEFAULT_PHONE_LABEL
        if problem is None and len(label) > PHONE_LABEL_MAX:
            problem = _too_long(_("The label of '{number}'").format(number=raw), len(label), PHONE_LABEL_MAX)
        if problem is None:
            problem = unstorable(_("The phone label"), label)
        if problem is not None:
            found.add("phones", problem)
            continue
        try:
            number = normalize_phone(raw, default_country)
        except ValidationError as exc:
            found.add("phones", str(exc))
            continue
        twin = next((p for p in kept if p.number.e164 == number.e164), None)
        if twin is not None:
            found.add(
                "phones",
                _("'{number}' is the same number as '{other}'; keep it once.").format(
                    number=raw, other=twin.number.raw
                ),
            )
            continue
        kept.append(ValidPhone(label=label, number=number))
    return tuple(kept)
