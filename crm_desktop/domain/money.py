"""Money as people type it and as screens, paper and the command line show it.

Amounts are kept as whole minor units (cents, fils, yen). How many decimals a currency has comes from
babel's copy of the CLDR currency data: ISO 4217's minor units (JPY 0, EUR 2, KWD 3), except where the
minor unit is out of use and CLDR says so (HUF, IDR, COP: 0). So ``"1000"`` in a yen shop is ¥1,000, and
``"1.5"`` in a dinar shop is 1500 fils.

The shop's locale (``en_US``, ``de_DE``, ``fr_BE``...) decides the decimal mark, the grouping and where
the symbol goes: ``€9,199.70``, ``9.199,70 €``, ``9 199,70 €``. Everything that shows an amount goes
through :func:`format_money`, so the screen, the PDFs and the CLI agree; :func:`parse_money` reads what
shop people type in the same locale (and the usual other ways: ``1.000,50`` and ``1,000.50`` alike).

babel is imported inside the functions: the main window opens without paying for it (about 45 ms) and
loads it with the first amount it shows.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from babel import Locale

DEFAULT_CURRENCY: Final = "EUR"  # untranslated: a currency code
DEFAULT_LOCALE: Final = "en_US"
# Amounts stop below ten thousand million units of any currency: nothing a small shop sells, and a line
# of 10,000 (the most a line holds) at the largest price stays within 10^17 minor units for currencies
# of up to three decimals, well inside a 64-bit integer column (9.2 × 10^18).
MAX_UNITS: Final = 10**10

_NBSP: Final = "\u00a0"
_MINUS: Final = ("-", "\u2212")  # hyphen-minus, and the minus sign some locales print
_GROUP_ONLY: Final = frozenset(" '\u2019\u066c")  # spaces, apostrophes, the Arabic thousands mark
_ARABIC_DECIMAL: Final = "\u066b"
_LOCALE_SHAPE: Final = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class ShopMoney:
    """The shop's currency and locale: all that reading and showing its amounts takes, as plain values
    that screens, reports and the CLI are handed."""

    currency: str = DEFAULT_CURRENCY
    locale: str = DEFAULT_LOCALE

    @property
    def digits(self) -> int:
        return minor_digits(self.currency)

    def format(self, minor: int) -> str:
        """``€9,199.70``: see :func:`format_money`."""
        return format_money(minor, self.currency, self.locale)

    def amount(self, minor: int) -> str:
        """``9,199.70``, for a field that is typed into: see :func:`format_amount`."""
        return format_amount(minor, self.currency, self.locale)

    @property
    def example(self) -> str:
        """An amount as it is typed here, for hints: ``1,299.50``, ``1.299,50``, ``1,299`` (yen)."""
        return example_amount(self.currency, self.locale)

    def minor_of(self, units: str) -> int:
        """``units`` of the currency in minor units, rounded half-up to its decimals, for hints and
        previews: ``minor_of("4.50")`` -> 450 (EUR), 5 (JPY), 4500 (KWD)."""
        return int(Decimal(units).scaleb(self.digits).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def sample(self, units: str) -> str:
        """``units`` as typed here: ``sample("4.50")`` -> ``4.50``, ``4,50`` (de_DE), ``5`` (yen)."""
        return self.amount(self.minor_of(units))

    def parse(self, text: str, *, allow_negative: bool = False) -> int:
        """What was typed, in minor units: see :func:`parse_money`."""
        return parse_money(text, self.currency, self.locale, allow_negative=allow_negative)


# ------------------------------------------------------------------------------------ currencies


def minor_digits(currency: str) -> int:
    """How many decimals ``currency`` has: JPY 0, EUR 2, KWD 3 (unknown codes: 2)."""
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency.upper()))


def is_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code that babel knows (``EUR``, ``jpy``)."""
    from babel.numbers import list_currencies

    return code.upper() in list_currencies()


def major(minor: int, currency: str) -> Decimal:
    """The exact amount in major units: ``major(919970, "EUR")`` -> ``Decimal("9199.70")``."""
    return Decimal(minor).scaleb(-minor_digits(currency))


def plain_amount(minor: int, currency: str) -> str:
    """The amount for a spreadsheet cell: no grouping, a dot, the currency's decimals (``9199.70``)."""
    digits = minor_digits(currency)
    return f"{major(minor, currency):.{digits}f}"


# --------------------------------------------------------------------------------------- locales


def locale_name(text: str | None) -> str | None:
    """A locale name as babel writes it (``de-de``, ``de_DE.UTF-8`` -> ``de_DE``), or None when
    babel has no such locale (``C``, ``POSIX``, ``xx_YY``)."""
    from babel import Locale, UnknownLocaleError

    if not text:
        return None
    name = text.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not _LOCALE_SHAPE.match(name) or name.upper() in ("C", "POSIX"):
        return None
    try:
        return str(Locale.parse(name))
    except (UnknownLocaleError, ValueError):
        return None


def default_locale(country: str | None, system: Iterable[str | None] = ()) -> str:
    """The locale money is written in when the shop has not chosen one.

    ``system`` is the computer's locale names, best first. The first of them that is in the shop's
    ``country`` wins (``fr_BE`` on a Belgian shop's computer); then the computer's language as written
    in that country (``fr_FR`` computer, Belgian shop: ``fr_BE``); then the country's most likely locale
    in CLDR (BE: ``nl_BE``, JP: ``ja_JP``); then ``en_US``.
    """
    from babel import Locale

    names = [name for name in (locale_name(s) for s in system) if name is not None]
    code = (country or "").strip().upper()
    for name in names:
        if not code or Locale.parse(name).territory == code:
            return name
    if code:
        for name in names:
            same_language = locale_name(f"{Locale.parse(name).language}_{code}")
            if same_language is not None:
                return same_language
        likely = locale_name(f"und_{code}")
        if likely is not None:
            return likely
    return DEFAULT_LOCALE


def locale_choices(country: str, current: str) -> list[tuple[str, str]]:
    """(English name, locale name) of every locale with a country, for a list to choose from: the
    ``current`` one first, then those of the shop's ``country``, then the others, by name."""
    from babel import Locale, localedata

    english = Locale.parse("en")
    named: dict[str, str] = {}
    territory: dict[str, str] = {}
    for name in localedata.locale_identifiers():
        where = Locale.parse(name)
        display = where.get_display_name(english)
        if where.territory and display:
            named[name] = f"{display} — {name}"
            territory[name] = where.territory
    here = sorted(
        (n for n in named if territory[n] == country.upper() and n != current), key=named.__getitem__
    )
    first = [current, *here]
    rest = sorted((n for n in named if n not in first), key=named.__getitem__)
    return [(named.get(name, name), name) for name in first + rest]


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


# ------------------------------------------------------------------------------------ formatting


def format_money(minor: int, currency: str, locale: str) -> str:
    """``919970`` EUR -> ``€9,199.70`` (en_US), ``9.199,70 €`` (de_DE), ``9 199,70 €`` (fr_FR):
    the currency's decimals, the locale's grouping, decimal mark and symbol."""
    from babel.numbers import format_currency, get_currency_symbol

    code = currency.upper()
    where = _locale(locale)
    apostrophe = _apostrophe_groups(where)
    text = format_currency(
        major(minor, code), code, locale=where, currency_digits=True, group_separator=not apostrophe
    )
    if apostrophe:
        text = _grouped(text, where.currency_formats["standard"].grouping, where)
    return _spaced(text, get_currency_symbol(code, where))


def format_amount(minor: int, currency: str, locale: str) -> str:
    """The number alone, for a field that is typed into and for table cells under a heading that names
    the currency: ``1,299.50`` / ``1.299,50`` / ``1,000`` (JPY). :func:`parse_money` reads it back."""
    return _number(major(minor, currency), minor_digits(currency), _locale(locale))


def format_units(units: float | Decimal, locale: str) -> str:
    """Whole currency units, grouped, for chart axes and bar labels: ``12,000`` / ``12.000``."""
    return _number(Decimal(str(units)), 0, _locale(locale))


def format_figure(value: float | Decimal, locale: str) -> str:
    """A figure as the locale writes it, with the decimals it has: ``4.09`` -> ``4,09`` (fr_BE),
    ``50.0`` -> ``50,0``, ``1234.5`` -> ``1.234,5`` (de_DE); ``50.0`` stays ``50.0`` in English."""
    text = str(value)
    digits = len(text.split(".", 1)[1]) if "." in text and "e" not in text.lower() else 0
    return _number(Decimal(text), digits, _locale(locale))


def _number(value: Decimal, digits: int, where: Locale) -> str:
    pattern = copy.copy(where.decimal_formats[None])
    pattern.frac_prec = (digits, digits)
    apostrophe = _apostrophe_groups(where)
    text = str(pattern.apply(value, where, group_separator=not apostrophe))
    return _grouped(text, pattern.grouping, where) if apostrophe else text


def _apostrophe_groups(where: Locale) -> bool:
    """Whether the locale groups digits with an ASCII apostrophe (Swiss locales since CLDR 48): babel
    2.19 then drops every other separator (``1234567`` for 1'234'567), because it strips the '...' it
    takes for quoted pattern text. Such locales are grouped here instead."""
    from babel.numbers import get_group_symbol

    return "'" in get_group_symbol(where)


def _grouped(text: str, grouping: tuple[int, int], where: Locale) -> str:
    """``text`` with its first run of digits (the whole part) grouped with the locale's mark."""
    from babel.numbers import get_group_symbol

    mark = get_group_symbol(where)

    def group(match: re.Match[str]) -> str:
        digits, size, tail = match.group(), grouping[0], ""
        while len(digits) > size:
            digits, tail = digits[:-size], mark + digits[-size:] + tail
            size = grouping[1]
        return digits + tail

    return re.sub(r"\d+", group, text, count=1)


def _spaced(text: str, symbol: str) -> str:
    """A letter symbol set apart from the digits, as CLDR's currency spacing asks (``KWD 1,000.000``,
    not ``KWD1,000.000``); babel leaves that out. Symbols such as € and $ stay close."""
    at = text.find(symbol)
    if not symbol or at < 0:
        return text
    end = at + len(symbol)
    if end < len(text) and text[end].isdigit() and not unicodedata.category(symbol[-1]).startswith("S"):
        return text[:end] + _NBSP + text[end:]
    if at > 0 and text[at - 1].isdigit() and not unicodedata.category(symbol[0]).startswith("S"):
        return text[:at] + _NBSP + text[at:]
    return text


# --------------------------------------------------------------------------------------- reading


def parse_money(text: str, currency: str, locale: str, *, allow_negative: bool = False) -> int:
    """What shop people type, in minor units of ``currency``, or :class:`ValidationError` with a sentence.

    Accepted: ``1000``, ``1,000.50``, ``1.000,50``, ``1 000,50``, ``4,50``, ``.5``, with or without the
    currency's symbol or code, before or after. A lone ``,`` or ``.`` is the locale's decimal mark; when
    it is the locale's grouping mark it groups only if three digits follow (``1,000`` in English,
    ``1.000`` in German), and is a decimal mark otherwise (``4,50``). Refused: anything else, more
    decimals than the currency has (``1.999`` euros, ``1.5`` yen), a minus sign unless
    ``allow_negative``, and amounts of ten thousand million units or more.
    """
    code = currency.upper()
    digits = minor_digits(code)
    typed = text.strip()
    if not typed:
        raise ValidationError(
            _("No amount was typed; type one such as {example}.").format(example=example_amount(code, locale))
        )
    shown = typed if len(typed) <= 40 else typed[:39] + "…"  # a pasted page is not quoted back whole
    body = _without_symbols(unicodedata.normalize("NFKC", typed), code, locale)  # untranslated: Unicode form
    negative = body[:1] in _MINUS
    if negative or body[:1] == "+":
        body = body[1:].strip()
    number = _digits_and_marks(body)
    split = _split(number, code, locale) if number else None
    if split is None:
        raise ValidationError(
            _("'{text}' is not an amount in {currency} such as {example}.").format(
                text=shown, currency=code, example=example_amount(code, locale)
            )
        )
    whole, fraction = split
    if len(fraction) > digits:
        if digits == 0:
            raise ValidationError(
                _("'{text}' has decimals, but {currency} amounts are whole numbers.").format(
                    text=shown, currency=code
                )
            )
        raise ValidationError(
            ngettext(
                "'{text}' has {count} decimal, but {currency} amounts have {most} at most.",
                "'{text}' has {count} decimals, but {currency} amounts have {most} at most.",
                len(fraction),
            ).format(text=shown, count=len(fraction), currency=code, most=digits)
        )
    scale: int = 10**digits
    # A run of digits longer than the limit is refused before it becomes an integer (Python refuses
    # to convert more than 4,300 digits, and there is no point in trying).
    huge = len(whole.lstrip("0")) > len(str(MAX_UNITS))
    minor = 0 if huge else int(whole or "0") * scale + int(fraction.ljust(digits, "0") or "0")
    if huge or minor >= MAX_UNITS * scale:
        largest = format_money(MAX_UNITS * scale - 1, code, locale)
        raise ValidationError(
            _("'{text}' is too large: amounts go up to {largest}.").format(text=shown, largest=largest)
        )
    if negative and minor:
        if not allow_negative:
            raise ValidationError(
                _("'{text}' is below zero; type the amount without a minus sign.").format(text=shown)
            )
        return -minor
    return minor


def example_amount(currency: str, locale: str) -> str:
    """1299.50 as typed in ``locale`` with the currency's decimals: ``1,299.50``, ``1.299,50``, ``1,299``."""
    digits = minor_digits(currency)
    return format_amount(129950 * 10**digits // 100, currency, locale)


@lru_cache(maxsize=64)
def _symbols(currency: str, locale: str) -> tuple[str, ...]:
    """The ways ``currency`` is written: its code, its symbol in the shop's locale, in English, in CLDR's
    root (``US$``) and in its own country (``kr`` for SEK, ``zł`` for PLN), longest first."""
    from babel.numbers import get_currency_symbol

    found = {currency, *(get_currency_symbol(currency, where) for where in (_locale(locale), "en", "root"))}
    home = locale_name(f"und_{currency[:2]}")
    if home is not None:
        found.add(get_currency_symbol(currency, home))
    # "$" alone stands for CA$, US$, A$; "¥" for JP¥: the sign inside a symbol is accepted alone.
    found |= {ch for symbol in found for ch in symbol if unicodedata.category(ch) == "Sc"}
    marks = {unicodedata.normalize("NFKC", s).strip("\u200e\u200f\u061c").casefold() for s in found}
    return tuple(sorted((m for m in marks if m), key=len, reverse=True))


def _without_symbols(text: str, currency: str, locale: str) -> str:
    cleaned = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # bidi marks
    folded = cleaned.casefold()
    for symbol in _symbols(currency, locale):
        at = folded.find(symbol)
        if at >= 0 and len(folded) == len(cleaned):  # casefold kept the positions
            cleaned = cleaned[:at] + " " + cleaned[at + len(symbol) :]
            folded = cleaned.casefold()
            break
    return cleaned.strip()


def _digits_and_marks(body: str) -> str | None:
    """``body`` with every digit in ASCII, ``.``/``,`` kept, spaces and apostrophes as ``" "`` and the
    Arabic decimal mark as ``D``; None if anything else is in it."""
    out = []
    for ch in body:
        value = unicodedata.decimal(ch, None)
        if value is not None:
            out.append(str(value))
        elif ch in ".,":
            out.append(ch)
        elif ch in _GROUP_ONLY:
            out.append(" ")
        elif ch == _ARABIC_DECIMAL:
            out.append("D")
        else:
            return None
    number = "".join(out)
    return number if any(c.isdigit() for c in number) else None


def _split(number: str, currency: str, locale: str) -> tuple[str, str] | None:
    """The whole and the decimal digits of ``number`` (from :func:`_digits_and_marks`), or None."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    where = _locale(locale)
    decimal_mark = get_decimal_symbol(where)
    group_mark = get_group_symbol(where)
    mark: str | None = None
    if "D" in number:
        mark = "D"
    elif "." in number and "," in number:
        mark = max(".", ",", key=number.rfind)
    else:
        lone = "." if "." in number else "," if "," in number else None
        if lone is not None and number.count(lone) == 1:
            after = len(number) - number.index(lone) - 1
            if lone == decimal_mark:
                mark = lone
            elif lone == group_mark or minor_digits(currency) != 3:
                mark = None if after == 3 else lone
            else:
                mark = lone
    whole, fraction = number, ""
    if mark is not None:
        if number.count(mark) != 1:
            return None
        whole, fraction = number.split(mark)
        if fraction and not fraction.isdigit():
            return None
    plain = _ungrouped(whole, where.decimal_formats[None].grouping)
    return None if plain is None else (plain, fraction)


def _ungrouped(whole: str, grouping: tuple[int, int]) -> str | None:
    """``1,234,567`` -> ``1234567`` when the groups are well formed: threes, or the locale's own
    (India's ``1,00,000``). A slip such as ``1,00`` or ``10 00`` is refused rather than guessed."""
    if not whole or whole.isdigit():
        return whole
    marks = {ch for ch in whole if not ch.isdigit()}
    if len(marks) != 1:
        return None
    groups = whole.split(marks.pop())
    first, *middle, last = groups
    if not all(group.isdigit() for group in groups):
        return None
    for primary, secondary in {(3, 3), grouping}:
        if 1 <= len(first) <= secondary and len(last) == primary and all(len(g) == secondary for g in middle):
            return "".join(groups)
    return None
