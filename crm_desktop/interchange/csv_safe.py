"""Spreadsheet-safe CSV cells, after OWASP's CSV-injection guidance
(https://owasp.org/www-community/attacks/CSV_Injection).

A spreadsheet reads a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a
formula, so a customer called ``=HYPERLINK(...)`` could run something on the computer that opens the file.
:func:`guard_cell` prefixes such text with an apostrophe, which spreadsheets take to mean "this is text".
A cell that already starts with an apostrophe gets one more, so that :func:`unguard_cell` (what an
importer applies) gives back exactly what was written: the guard is reversible for every text.

Only text is guarded: numbers the app writes itself (amounts, counts) are safe as they are.
"""

from __future__ import annotations

from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
GUARD: Final = "'"


def guard_cell(value: object) -> object:
    """``value`` as a CSV cell no spreadsheet runs: text starting like a formula (or with the guard
    itself) gets an apostrophe in front; anything else is returned as it is."""
    if isinstance(value, str) and value[:1] in (*FORMULA_STARTS, GUARD):
        return GUARD + value
    return value


def unguard_cell(text: str) -> str:
    """The text :func:`guard_cell` was given: one leading apostrophe goes when what follows it starts
    like a formula or is itself an apostrophe (``'+44 20 7946 0958`` -> ``+44 20 7946 0958``)."""
    if text[:1] == GUARD and text[1:2] in (*FORMULA_STARTS, GUARD):
        return text[1:]
    return text


__all__ = ["FORMULA_STARTS", "GUARD", "guard_cell", "unguard_cell"]
