"""CSV files as spreadsheets open them: UTF-8 with a byte-order mark (so Excel reads accents), CRLF line
ends (RFC 4180), every text cell guarded against formulas (:mod:`crm_desktop.interchange.csv_safe`).

Plain values in, bytes out. A cell is text, a whole number, a :class:`~decimal.Decimal` amount, a date,
an aware instant (written as the shop's local time, to the minute) or None (an empty cell).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Final, TypeAlias

from crm_desktop.interchange.csv_safe import guard_cell

Cell: TypeAlias = str | int | Decimal | date | datetime | None

BOM: Final = "\ufeff"


def cell_text(value: Cell) -> str:
    """How a cell is written: dates as 2026-03-31, instants as local 2026-03-31 14:05, None as blank."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int):
        return str(value)
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The table as CSV text (no BOM: :func:`csv_bytes` adds it); text cells are guarded. Cells of
    other types (a float of the metrics) are written as ``str()`` writes them."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([guard_cell(name) for name in header])
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str):
        return guard_cell(value)
    if value is None or isinstance(value, date | Decimal | int):
        return cell_text(value)
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The table as the bytes of a .csv file: UTF-8 with a BOM."""
    return (BOM + csv_text(header, rows)).encode("utf-8")


__all__ = ["BOM", "Cell", "cell_text", "csv_bytes", "csv_text"]
