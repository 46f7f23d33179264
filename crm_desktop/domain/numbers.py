"""Human-friendly document numbers that staff can read out on the phone: S-0042, J-0042."""

from __future__ import annotations

import re

from crm_desktop.errors import ValidationError

SALE_PREFIX = "S"
JOB_PREFIX = "J"

_PATTERN = re.compile(r"^\s*([A-Za-z])\s*-?\s*0*(\d{1,9})\s*$")


def format_number(prefix: str, number: int) -> str:
    """``format_number("S", 42)`` -> ``"S-0042"``; numbers past 9999 simply grow wider."""
    if number < 1:
        raise ValueError("document numbers start at 1")
    return f"{prefix}-{number:04d}"


def parse_number(prefix: str, text: str) -> int:
    """Read a number as staff type it: ``J-0042``, ``j42``, ``J 42``; the prefix must match."""
    match = _PATTERN.match(text)
    if match is None or match.group(1).upper() != prefix or int(match.group(2)) < 1:
        raise ValidationError(f"{text!r} is not a {prefix}-number such as {format_number(prefix, 42)}")
    return int(match.group(2))


_NO_DECIMALS = frozenset({"JPY", "KRW", "VND", "CLP", "ISK"})
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def currency_digits(currency: str) -> int:
    """How many decimals the currency's amounts have (0 for yen, won...; else 2)."""
    return 0 if currency in _NO_DECIMALS else 2


def format_minor(minor: int, currency: str) -> str:
    """``1,234.50 €``: an amount for paper and the command line (the screen uses the user's locale)."""
    from decimal import Decimal

    digits = currency_digits(currency)
    amount = Decimal(minor) / (10**digits)
    return f"{amount:,.{digits}f} {_SYMBOLS.get(currency, currency)}"
