"""Human-friendly document numbers that staff can read out on the phone: S-0042, J-0042, R-0042."""

from __future__ import annotations

import re

from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _

SALE_PREFIX = "S"
JOB_PREFIX = "J"
REQUEST_PREFIX = "R"

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
        raise ValidationError(
            _("{text} is not a {prefix}-number such as {example}").format(
                text=repr(text), prefix=prefix, example=format_number(prefix, 42)
            )
        )
    return int(match.group(2))
