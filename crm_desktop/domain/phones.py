"""Phone numbers as customers say them, read with the shop's country in mind.

A number is kept twice: exactly as it was typed (``raw``: what the customer recognises, what staff
dial) and in E.164 (``+32470123456``: what duplicate checks and search compare). Reading is done by
Google's libphonenumber (the ``phonenumbers`` port): ``020 7946 0958`` typed in a British shop and
``+44 20 7946 0958`` typed anywhere are the same number.

A number is accepted when it has a possible length for its country, not only when it is assigned in
the numbering plan: fictional and brand-new ranges (``(555) 010-4477``) are real enough at a counter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType, ValidationResult

from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _, ngettext

RAW_MAX: Final = 64  # matches customer_phone.number_raw

# Why a text is not a number, in English (the cache below keeps them so): translated when raised.
_UNKNOWN_COUNTRY: Final = N_("unknown country code")
_NOT_A_NUMBER: Final = N_("not a number")
_PARSE_PROBLEMS: Final = {
    NumberParseException.INVALID_COUNTRY_CODE: _UNKNOWN_COUNTRY,
    NumberParseException.NOT_A_NUMBER: _NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_AFTER_IDD: N_("too short"),
    NumberParseException.TOO_SHORT_NSN: N_("too short"),
    NumberParseException.TOO_LONG: N_("too long"),
}
_POSSIBILITY_PROBLEMS: Final = {
    ValidationResult.INVALID_COUNTRY_CODE: _UNKNOWN_COUNTRY,
    ValidationResult.TOO_SHORT: N_("too short"),
    ValidationResult.TOO_LONG: N_("too long"),
    ValidationResult.INVALID_LENGTH: N_("wrong number of digits"),
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: N_("the area code is missing"),
}
_DIGITS: Final = re.compile(r"\d")


@dataclass(frozen=True)
class PhoneNumber:
    """A number as typed (``raw``), its E.164 form and the way the shop would write it (``display``,
    worked out when first asked for: formatting costs as much as reading, and an import of 100,000
    numbers shows a few)."""

    raw: str
    e164: str
    parsed: phonenumbers.PhoneNumber = field(repr=False, compare=False)
    region: str | None = field(default=None, repr=False, compare=False)  # the shop's, as read

    @cached_property
    def display(self) -> str:
        """National format for numbers of the shop's country, international otherwise."""
        return _display(self.parsed, self.region)


def is_supported_country(code: str) -> bool:
    """Whether ``code`` (ISO 3166 alpha-2, any case) is a country whose numbers can be read."""
    return code.strip().upper() in phonenumbers.SUPPORTED_REGIONS


def normalize_phone(raw: str, default_country: str | None) -> PhoneNumber:
    """Read ``raw`` as a phone number; numbers without ``+`` belong to ``default_country``.

    ``00`` followed by a country code is understood even where the exit code is another one (a US shop
    is given ``0032 470 12 34 56`` by a Belgian visitor). Raises :class:`ValidationError` with a sentence
    such as ``'12' is not a phone number: too short``.
    """
    shown = raw.strip()
    if not shown:
        raise ValidationError(_("The phone number is empty."))
    if len(raw) > RAW_MAX:
        raise ValidationError(
            ngettext(
                "'{start}…' is not a phone number: too long ({count} character; at most {most}).",
                "'{start}…' is not a phone number: too long ({count} characters; at most {most}).",
                len(raw),
            ).format(start=shown[:20], count=f"{len(raw):,}", most=RAW_MAX)
        )
    if not _DIGITS.search(shown):
        raise ValidationError(_("'{text}' is not a phone number: it has no digits.").format(text=shown))
    region = default_country.strip().upper() if default_country else None
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = None
    read = _READ_CACHE.get((shown, region))
    if read is None:
        read = _read_number(shown, region)
        if len(_READ_CACHE) >= _CACHE_MAX:
            _READ_CACHE.clear()
        _READ_CACHE[(shown, region)] = read
    if isinstance(read, str):
        raise ValidationError(_("'{text}' is not a phone number: {why}.").format(text=shown, why=_(read)))
    e164, number = read
    return PhoneNumber(raw=raw, e164=e164, parsed=number, region=region)


# phonenumbers takes ~20 µs a number: a file names the same customer's number on many lines, so what a
# (text, region) reads as is kept (bounded; emptied when full). The parsed numbers are never changed.
_CACHE_MAX: Final = 20_000  # entries: a few MB a cache, so memory stays flat in a big file
_READ_CACHE: dict[tuple[str, str | None], str | tuple[str, phonenumbers.PhoneNumber]] = {}
_KEYS_CACHE: dict[tuple[str, str | None], tuple[str, ...]] = {}


def _read_number(shown: str, region: str | None) -> str | tuple[str, phonenumbers.PhoneNumber]:
    """(E.164, the parsed number) of ``shown``, or why it is not a number (in English: the words are
    translated when the error is raised, in the language of that moment)."""
    problem, number = _read(shown, region)
    if number is None and shown.startswith("00"):
        number = _read("+" + shown[2:], region)[1]
    if number is None:
        if problem == _UNKNOWN_COUNTRY and region is None and not shown.startswith(("+", "00")):
            problem = N_("start it with + and the country code (the shop's country is not set)")
        return problem
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), number


def _read(text: str, region: str | None) -> tuple[str, phonenumbers.PhoneNumber | None]:
    """(problem, None) or ("", number) for a number that is at least possible."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        return _PARSE_PROBLEMS.get(exc.error_type, _NOT_A_NUMBER), None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != ValidationResult.IS_POSSIBLE:
        return _POSSIBILITY_PROBLEMS.get(reason, _NOT_A_NUMBER), None
    return "", number


def _display(number: phonenumbers.PhoneNumber, region: str | None) -> str:
    home = region is not None and number.country_code == phonenumbers.country_code_for_region(region)
    return phonenumbers.format_number(
        number, PhoneNumberFormat.NATIONAL if home else PhoneNumberFormat.INTERNATIONAL
    )


def display_e164(e164: str, default_country: str | None) -> str | None:
    """How the shop writes a stored E.164 number, or None if ``e164`` is not one."""
    if not e164.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return None
    region = default_country.strip().upper() if default_country else None
    return _display(number, region if region in phonenumbers.SUPPORTED_REGIONS else None)


def is_mobile(e164: str) -> bool:
    """Whether a number in E.164 can receive a text message: a mobile number (or one of the countries
    where mobile and fixed numbers cannot be told apart, such as the US)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _TEXTABLE


_TEXTABLE: Final = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


def phone_match_keys(number: PhoneNumber, default_country: str | None) -> tuple[str, ...]:
    """Every stored form that means the same number: E.164, and the digit-only forms older imports and
    the sample shop wrote (``0032470123456``, ``0470123456`` for a number of the shop's country)."""
    region = default_country.strip().upper() if default_country else None
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = None
    cached = _KEYS_CACHE.get((number.e164, region))
    if cached is not None:
        return cached
    keys = [number.e164, "00" + number.e164[1:]]
    if region is not None:
        parsed = number.parsed
        if parsed.extension:  # the national form without it, as the E.164 form reads
            parsed = phonenumbers.parse(number.e164, None)
        if parsed.country_code == phonenumbers.country_code_for_region(region):
            national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
            keys.append("".join(ch for ch in national if ch.isdigit()))
    found = tuple(dict.fromkeys(keys))
    if len(_KEYS_CACHE) >= _CACHE_MAX:
        _KEYS_CACHE.clear()
    _KEYS_CACHE[(number.e164, region)] = found
    return found


def phone_search_digits(text: str, default_country: str | None) -> str:
    """The digits to look for inside stored E.164 numbers when someone types (part of) a number.

    ``+32 470 12`` -> ``3247012``; ``0032 470`` -> ``32470``; ``0470 12 34`` in a Belgian shop -> ``4701234``
    (the national trunk prefix is not part of E.164). Empty when ``text`` has no digits.
    """
    stripped = text.strip()
    digits = "".join(ch for ch in stripped if ch.isdigit())
    if not digits or stripped.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    region = default_country.strip().upper() if default_country else None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    trunk = metadata.national_prefix if metadata is not None else None
    if trunk and digits.startswith(trunk) and len(digits) > len(trunk):
        return digits[len(trunk) :]
    return digits


# The phone labels the app itself writes (the form's default, the import's columns), in words; a label
# the shop typed is shown as typed.
LABEL_WORDS: Final = {
    "mobile": N_("mobile"),
    "cell": N_("mobile"),
    "home": N_("home"),
    "work": N_("work"),
    "office": N_("work"),
    "fax": N_("fax"),
}


def label_text(label: str) -> str:
    """A stored phone label as the reader's language says it (``mobile`` -> ``portable``)."""
    words = LABEL_WORDS.get(label.strip().lower())
    return _(words) if words else label
