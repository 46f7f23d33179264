"""Excel workbooks (.xlsx) through XlsxWriter: plain values in, bytes out.

Text is always written as a text cell, never read as a number or a formula: a phone number keeps its
``+`` and its leading zeros, and ``=HYPERLINK(...)`` stays words (a text cell is never calculated, so
it needs no apostrophe). Amounts are numbers with two decimals, dates are dates, instants are the shop's
local time: a spreadsheet can sort and sum them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Final

import xlsxwriter

from crm_desktop.interchange.csv_write import Cell

MAX_WIDTH: Final = 60  # characters: a long note does not make a column wider than a screen
SHEET_NAME_MAX: Final = 31  # Excel's limit


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]], *, sheet: str = "Export") -> bytes:
    """One sheet: the header in bold and frozen, then the rows."""
    out = io.BytesIO()
    # in_memory: XlsxWriter builds the workbook without temporary files (a read-only temp folder cannot
    # break an export); strings_to_numbers off: text stays text.
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    try:
        title = "".join(ch for ch in sheet if ch not in "[]:*?/\\")[:SHEET_NAME_MAX] or "Export"
        ws = book.add_worksheet(title)
        bold = book.add_format({"bold": True})
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        amount = book.add_format({"num_format": "0.00"})
        widths = [len(name) for name in header]
        for column, name in enumerate(header):
            ws.write_string(0, column, name, bold)
        for r, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                width = _write(ws, r, column, value, day, moment, amount)
                if column < len(widths):
                    widths[column] = max(widths[column], width)
        for column, width in enumerate(widths):
            ws.set_column(column, column, min(width + 2, MAX_WIDTH))
        ws.freeze_panes(1, 0)
    finally:
        book.close()
    return out.getvalue()


def _write(
    ws: object, row: int, column: int, value: Cell, day: object, moment: object, amount: object
) -> int:
    """Write one cell as its type; return its width in characters."""
    w = ws  # xlsxwriter's worksheet (untyped)
    if value is None:
        return 0
    if isinstance(value, datetime):
        w.write_datetime(row, column, value.astimezone().replace(tzinfo=None), moment)  # type: ignore[attr-defined]
        return 16
    if isinstance(value, date):
        w.write_datetime(row, column, datetime(value.year, value.month, value.day), day)  # type: ignore[attr-defined]
        return 10
    if isinstance(value, Decimal):
        w.write_number(row, column, float(value), amount)  # type: ignore[attr-defined]
        return len(str(value))
    if isinstance(value, int):
        w.write_number(row, column, value)  # type: ignore[attr-defined]
        return len(str(value))
    w.write_string(row, column, value)  # type: ignore[attr-defined]
    return max((len(line) for line in value.splitlines()), default=0)


__all__ = ["xlsx_bytes"]
