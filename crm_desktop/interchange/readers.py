"""Reading the files a shop brings from its old system into rows of plain cells.

One shape for every format: a :class:`Table` with the header as written, the line (or spreadsheet row)
number of the header, and the data rows read lazily, each with its own line number, so a file of any
size is read in constant memory, except a spreadsheet: python-calamine reads a whole sheet into memory
(it has no lazy reader: python-calamine#42, calamine#27), once for the header, the count and the rows.
openpyxl's streaming reader keeps memory flat but reads 300,000 rows in 24 s instead of 1.9 s.

* CSV: the encoding is detected (UTF-8 with or without BOM first, as most files are; otherwise
  charset-normalizer on the first megabyte, single-byte Western encodings read as Windows-1252, which
  is Latin-1 plus the printable characters Excel writes in 0x80-0x9F); the delimiter is sniffed among
  comma, semicolon and tab. Quoted newlines stay inside their cell; a row's line number is the line
  it starts on.
* .xlsx, .xls, .ods: python-calamine; cells keep their type (numbers, dates, booleans, text).
  A title row above the header is skipped: the header is the row among the first ten whose cells look
  most like column names.
* .vcf: vobject; one row per contact with fixed columns (:data:`VCARD_COLUMNS`), photos ignored.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final, TextIO

from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _
from crm_desktop.interchange.csv_safe import unguard_cell

Cell = str | int | float | bool | date | datetime | time | timedelta | None

SPREADSHEET_SUFFIXES: Final = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CSV_SUFFIXES: Final = (".csv", ".txt", ".tsv")
VCARD_SUFFIXES: Final = (".vcf", ".vcard")
DETECT_BYTES: Final = 1 << 20
HEADER_SEARCH_ROWS: Final = 10
VCARD_COLUMNS: Final = ("Name", "Company", "Email", "Mobile", "Phone", "Other phone", "Address", "Notes")


class ReadError(UserFacingError):
    """The file cannot be read as a table: said in one sentence."""


@dataclass(frozen=True)
class Table:
    """A sheet of a file: its header (as written) and its rows, read when iterated."""

    path: Path
    kind: str  # "csv", "spreadsheet", "vcard"
    sheet: str | None
    sheets: tuple[str, ...]
    header: tuple[str, ...]
    header_line: int  # 1-based
    encoding: str | None = None
    delimiter: str | None = None
    _rows: Callable[[], Iterator[tuple[int, tuple[Cell, ...]]]] = field(repr=False, default=lambda: iter(()))

    def rows(self) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        """(line number, cells) for each non-blank row below the header, padded to the header's width."""
        width = len(self.header)
        for line, cells in self._rows():
            if (not cells or _blank(cells[0])) and all(_blank(c) for c in cells):
                continue
            if len(cells) < width:
                cells = (*cells, *([None] * (width - len(cells))))
            yield line, cells

    def describe(self) -> str:
        parts = [self.path.name]
        if self.sheet is not None and len(self.sheets) > 1:
            parts.append(_("sheet {name}").format(name=self.sheet))
        if self.encoding:
            parts.append(self.encoding)
        if self.delimiter:
            names = {",": _("comma"), ";": _("semicolon"), "\t": _("tab")}
            parts.append(names.get(self.delimiter, self.delimiter))
        return ", ".join(parts)


def open_table(path: Path | str, sheet: str | None = None, *, header_words: Iterable[str] = ()) -> Table:
    """The table in ``path`` (``sheet``: a spreadsheet's sheet by name, default the first).

    ``header_words``: normalised column names (see :func:`crm_desktop.interchange.mapping.folded`) that
    help find the header below a title row. :class:`ReadError` when the file cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise ReadError(_("There is no file {path}.").format(path=path))
    suffix = path.suffix.lower()
    words = frozenset(header_words)
    try:
        if suffix in SPREADSHEET_SUFFIXES:
            return _spreadsheet(path, sheet, words)
        if suffix in VCARD_SUFFIXES:
            return _vcard(path)
        head = path.read_bytes()[:5]
        if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
            return _spreadsheet(path, sheet, words)
        if head.upper().startswith(b"BEGIN"):
            return _vcard(path)
        return _csv(path, words)
    except OSError as exc:
        raise ReadError(
            _("{file} cannot be read: {why}.").format(file=path.name, why=exc.strerror or exc)
        ) from None


# ----------------------------------------------------------------------------------------------- CSV


def detect_encoding(sample: bytes) -> str:
    """The encoding of a CSV file whose first bytes are ``sample`` (a Python codec name)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and len(sample) >= DETECT_BYTES:
            return "utf-8"  # a character cut by the end of the sample
    import charset_normalizer  # only for files that are not UTF-8

    best = charset_normalizer.from_bytes(sample).best()
    name = codecs.lookup(best.encoding).name if best is not None else "cp1252"
    if name in {"latin-1", "iso8859-1", "iso8859-15", "cp1252", "iso8859-2", "cp1250", "mac-roman"}:
        return "cp1252" if _fits("cp1252", sample) else "latin-1"
    return name


def _fits(encoding: str, sample: bytes) -> bool:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: what the first lines of ``text`` are split by."""
    try:
        return csv.Sniffer().sniff(text, delimiters=",;\t").delimiter
    except csv.Error:
        first = next((line for line in text.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv(path: Path, words: frozenset[str]) -> Table:
    with path.open("rb") as handle:
        sample = handle.read(DETECT_BYTES)
    if b"\x00" in sample[:4096] and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError(
            _("{file} is not a text file (CSV), a spreadsheet or a vCard file.").format(file=path.name)
        )
    encoding = detect_encoding(sample)
    text = sample.decode(encoding, errors="ignore")
    lines = text.splitlines()
    delimiter = sniff_delimiter("\n".join(lines[:50]))
    shown = "UTF-8" if encoding.startswith("utf-8") else {"cp1252": "Windows-1252"}.get(encoding, encoding)

    def reader() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        with path.open(encoding=encoding, newline="") as handle:
            yield from _csv_rows(handle, delimiter, path.name)

    header_line, header, body = _find_header(reader, words)
    return Table(path, "csv", None, (), header, header_line, shown, delimiter, body)


def _csv_rows(handle: TextIO, delimiter: str, name: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    rows = csv.reader(handle, delimiter=delimiter)
    line = 1
    try:
        for cells in rows:
            # A spreadsheet-safe CSV (ours, per OWASP) put an apostrophe before text that looks like a
            # formula, "+44 ..." included: it comes off again here, so an export imports back unchanged.
            joined = "".join(cells)  # one look at the whole row: most rows have neither
            if "'" in joined or "\r" in joined:
                yield line, tuple(unguard_cell(c.replace("\r\n", "\n") if "\r" in c else c) for c in cells)
            else:
                yield line, tuple(cells)
            line = rows.line_num + 1
    except UnicodeDecodeError:
        raise ReadError(
            _(
                "{file}: line {line} has characters in another encoding than the lines before it; "
                "save the file again as UTF-8 CSV."
            ).format(file=name, line=line)
        ) from None
    except csv.Error as exc:
        raise ReadError(
            _("{file}: line {line} cannot be read as CSV ({why}).").format(file=name, line=line, why=exc)
        ) from None


# --------------------------------------------------------------------------------------- spreadsheets


def _spreadsheet(path: Path, sheet: str | None, words: frozenset[str]) -> Table:
    from python_calamine import CalamineWorkbook  # imported only when a spreadsheet is opened

    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's own errors: the file is damaged or of another kind
        raise ReadError(
            _("{file} cannot be read as a spreadsheet ({why}).").format(file=path.name, why=exc)
        ) from None
    names = tuple(book.sheet_names)
    if not names:
        raise ReadError(_("{file} has no sheets.").format(file=path.name))
    chosen = sheet if sheet is not None else names[0]
    if chosen not in names:
        raise ReadError(
            _("{file} has no sheet {sheet}; its sheets are {sheets}.").format(
                file=path.name, sheet=repr(chosen), sheets=", ".join(names)
            )
        )

    loaded: list[Any] = []  # the sheet, read once for the header, the count and the import

    def reader() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        if not loaded:
            loaded.append(book.get_sheet_by_name(chosen))
        data = loaded[0]
        first = data.start[0] if data.start else 0
        for offset, cells in enumerate(data.iter_rows()):
            yield first + offset + 1, tuple(None if c == "" else c for c in cells)

    header_line, header, body = _find_header(reader, words)
    return Table(path, "spreadsheet", chosen, names, header, header_line, None, None, body)


# ---------------------------------------------------------------------------------------------- header


def _find_header(
    reader: Callable[[], Iterator[tuple[int, tuple[Cell, ...]]]], words: frozenset[str]
) -> tuple[int, tuple[str, ...], Callable[[], Iterator[tuple[int, tuple[Cell, ...]]]]]:
    """The header row (the first of the first ten rows with the most known column names, else the first
    row with at least two filled cells) and a reader of the rows below it."""
    from crm_desktop.interchange.mapping import folded

    first: list[tuple[int, tuple[Cell, ...]]] = []
    for item in reader():
        first.append(item)
        if len(first) >= HEADER_SEARCH_ROWS:
            break
    if not first:
        raise ReadError(_("The file is empty: there is no header row with column names."))
    best_index, best_score = -1, 0
    for index, (_line, cells) in enumerate(first):
        score = sum(1 for c in cells if isinstance(c, str) and folded(c) in words)
        if score > best_score:
            best_index, best_score = index, score
    if best_index < 0:
        best_index = next(
            (i for i, (_l, cells) in enumerate(first) if sum(not _blank(c) for c in cells) >= 2), 0
        )
    header_line, cells = first[best_index]
    header = _names(cells)

    def body() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        rows = reader()
        for line, _cells in rows:
            if line == header_line:
                break
        for line, cells in rows:
            yield line, cells[: max(len(header), 1)] if len(cells) > len(header) else cells

    return header_line, header, body


def _names(cells: Sequence[Cell]) -> tuple[str, ...]:
    """Column names as written; blank ones become "Column 3", repeated ones get " (2)"."""
    names: list[str] = []
    seen: set[str] = set()
    last = max((i for i, c in enumerate(cells) if not _blank(c)), default=-1)
    for index, cell in enumerate(cells[: last + 1], 1):
        name = _text(cell).strip() or f"Column {index}"  # untranslated: a column's name, as mappings save it
        unique, n = name, 2
        while unique.casefold() in seen:
            unique, n = f"{name} ({n})", n + 1
        seen.add(unique.casefold())
        names.append(unique)
    return tuple(names)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# ---------------------------------------------------------------------------------------------- vCard


def _vcard(path: Path) -> Table:
    raw = path.read_bytes()
    encoding = detect_encoding(raw[:DETECT_BYTES])
    text = raw.decode(encoding, errors="replace")
    return Table(path, "vcard", None, (), VCARD_COLUMNS, 1, None, None, lambda: _vcards(text, path.name))


def _vcards(text: str, name: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """One row per card; the line number is the card's BEGIN:VCARD line."""
    import vobject  # imported only when a vCard file is opened

    starts = [i + 1 for i, line in enumerate(text.splitlines()) if line.strip().upper() == "BEGIN:VCARD"]
    if not starts:
        raise ReadError(_("{file} has no contacts (no BEGIN:VCARD).").format(file=name))
    try:
        for line, card in zip(
            starts, vobject.readComponents(io.StringIO(text), ignoreUnreadable=True), strict=False
        ):
            yield line, _card_row(card)
    except Exception as exc:  # vobject's parse errors have no common base class worth naming
        raise ReadError(_("{file} cannot be read as vCard ({why}).").format(file=name, why=exc)) from None


def _card_row(card: object) -> tuple[Cell, ...]:
    contents: dict[str, list[object]] = getattr(card, "contents", {})

    def values(key: str) -> list[object]:
        return list(contents.get(key, []))

    name = ""
    for entry in values("fn"):
        name = str(getattr(entry, "value", "")).strip()
        if name:
            break
    if not name:
        for entry in values("n"):
            value = getattr(entry, "value", None)
            parts = [getattr(value, a, "") for a in ("prefix", "given", "additional", "family", "suffix")]
            name = " ".join(_joined(p) for p in parts if _joined(p)).strip()
    company = ""
    for entry in values("org"):
        value = getattr(entry, "value", "")
        company = _joined(value)
        if company:
            break
    emails = [str(getattr(e, "value", "")).strip() for e in values("email")]
    mobile: list[str] = []
    other: list[str] = []
    for entry in values("tel"):
        number = str(getattr(entry, "value", "")).strip()
        if not number:
            continue
        types = {t.upper() for t in _types(entry)}
        (mobile if "CELL" in types or "IPHONE" in types else other).append(number)
    phones = mobile + other
    first_mobile = phones[0] if mobile else ""
    rest = phones[1:] if mobile else phones
    address = ""
    for entry in values("adr"):
        value = getattr(entry, "value", None)
        parts = [
            _joined(getattr(value, a, ""))
            for a in ("box", "extended", "street", "code", "city", "region", "country")
        ]
        street = ", ".join(p for p in parts[:3] if p)
        town = " ".join(p for p in parts[3:5] if p)
        address = "\n".join(p for p in (street, town, ", ".join(x for x in parts[5:] if x)) if p)
        if address:
            break
    notes = "\n".join(str(getattr(n, "value", "")).strip() for n in values("note")).strip()
    return (
        name or None,
        company or None,
        next((e for e in emails if e), None),
        first_mobile or None,
        rest[0] if rest else None,
        rest[1] if len(rest) > 1 else None,
        address or None,
        notes or None,
    )


def _types(entry: object) -> list[str]:
    """TYPE=CELL,VOICE (vCard 3.0 and 4.0) and the bare ;CELL of vCard 2.1 (vobject's singletonparams)."""
    params: dict[str, list[str]] = getattr(entry, "params", {})
    found: list[str] = [str(p) for p in getattr(entry, "singletonparams", [])]
    for key, values in params.items():
        if key.upper() == "TYPE":
            for value in values:
                found.extend(part.strip() for part in str(value).split(","))
    return found


def _joined(value: object) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


__all__ = [
    "VCARD_COLUMNS",
    "Cell",
    "ReadError",
    "Table",
    "detect_encoding",
    "open_table",
    "sniff_delimiter",
]
