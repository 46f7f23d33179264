"""Every script on paper: one chain of fonts picked per run of characters, HarfBuzz shaping for the
scripts that need it, and the Unicode bidirectional algorithm for right-to-left text.

* **The chain.** A character is printed in the first font of the chain that has it: the Noto font of
  its script for Arabic, Hebrew, Thai, the Indic scripts, Khmer, Lao and Myanmar; DejaVu Sans for
  Latin, Greek, Cyrillic and most symbols; Droid Sans Fallback for Chinese and Japanese; NanumGothic
  for Korean; Symbola for emoji (in black and white). Spaces, punctuation and combining marks stay in
  the font of the run they sit in, so a word is not cut into fonts.
* **Shaping.** Only runs in the fonts of scripts that need it go through HarfBuzz (joined Arabic
  letters, Indic conjuncts, Thai marks stacked). Latin is never shaped: "history" prints as eight
  letters, never with a ligature, and a paragraph with nothing to shape is an ordinary ReportLab
  paragraph, as fast as before.
* **Direction.** A paragraph with right-to-left letters is broken into lines in reading order, then each
  line is reordered for display (Unicode bidirectional algorithm, python-bidi), so Arabic reads from
  the right and a phone number inside it still reads left to right.
* **Text that reads back.** A glyph HarfBuzz made from several characters (a ligature, a conjunct, a
  joined form) is written with a private code whose ToUnicode entry is the characters it stands for,
  so ``pdftotext``, search and copy give back what was typed.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont
from reportlab.platypus.flowables import Flowable

from crm_desktop.bundled import package_resource

FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"


@dataclass(frozen=True)
class _Face:
    name: str
    filename: str
    shaped: bool  # its script needs HarfBuzz (joining, reordering, mark stacking)
    own_script: bool  # claims only the letters of its script, not the Latin and punctuation it also has


_SCRIPT_FACES: Final = tuple(
    _Face(f"CRM-{script}", f"NotoSans{script}-Regular.ttf", True, True)
    for script in (
        "Arabic",
        "Hebrew",
        "Thai",
        "Devanagari",
        "Bengali",
        "Gurmukhi",
        "Gujarati",
        "Oriya",
        "Tamil",
        "Telugu",
        "Kannada",
        "Malayalam",
        "Sinhala",
        "Khmer",
        "Lao",
        "Myanmar",
    )
)
_MAIN_FACES: Final = (
    _Face(FONT, "DejaVuSans.ttf", False, False),
    _Face(FONT_BOLD, "DejaVuSans-Bold.ttf", False, False),
)
_LATE_FACES: Final = (
    _Face("CRM-Fallback", "DroidSansFallbackFull.ttf", False, False),  # Chinese and Japanese
    _Face("CRM-Korean", "NanumGothic.ttf", False, False),  # Hangul, which Droid Sans Fallback lacks
    _Face("CRM-Symbols", "Symbola.ttf", False, False),  # emoji and symbols, monochrome
)
FACES: Final = (*_MAIN_FACES, *_SCRIPT_FACES, *_LATE_FACES)
SHAPED: Final = frozenset(face.name for face in FACES if face.shaped)

_PRIVATE_START: Final = 0xF0000  # Supplementary Private Use Area-A: no bundled font uses it
# Characters drawn as nothing: direction marks and embeddings, which the layout has already obeyed.
_BIDI_CONTROLS: Final = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_STICKY: Final = frozenset({"Zs", "Mn", "Me", "Cf", "Pd", "Po", "Ps", "Pe", "Pi", "Pf", "Nd"})

_lock = threading.RLock()
_fonts: dict[str, _Font] = {}


class _Font(TTFont):  # type: ignore[misc]
    """A bundled TrueType font whose printed text reads back as typed.

    ReportLab writes each character of a font subset into the PDF's ToUnicode map; this keeps that
    map right for what it does not know: glyphs made by shaping get private codes mapped to the
    characters they stand for, and characters beyond U+FFFF (emoji) are written as UTF-16."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        self.coverage: frozenset[int] = frozenset(self.face.charToGlyph)
        self.texts: dict[int, str] = {}  # private code -> the text it stands for
        self._codes: dict[tuple[int, str, int], str] = {}
        self._next = _PRIVATE_START
        self._hb_font: Any = None
        self.upem = 1000.0

    def hb(self) -> Any:
        """The HarfBuzz font, scaled in font units."""
        if self._hb_font is None:
            face = hb.Face(hb.Blob(self.face._ttf_data))
            self.upem = float(face.upem)
            self._hb_font = hb.Font(face)
        return self._hb_font

    def code(self, gid: int, text: str, advance: int) -> str:
        """The character to write for glyph ``gid`` standing for ``text`` and ``advance`` wide (in
        thousandths of the size): its own character when the font maps that character to this glyph
        with that width, else a private code kept for the three."""
        natural = len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid
        if natural and self.face.charWidths.get(ord(text)) == advance:
            return text
        key = (gid, text, advance)
        with _lock:
            found = self._codes.get(key)
            if found is None:
                code = self._next
                self._next += 1
                face = self.face
                face.charToGlyph[code] = gid
                face.charWidths[code] = advance
                self.texts[code] = text
                found = self._codes[key] = chr(code)
            return found

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, [self.texts.get(c, chr(c)) for c in subset])


def _to_unicode_cmap(name: str, texts: Sequence[str]) -> str:
    entries = []
    for index, text in enumerate(texts):
        if text:  # a glyph that stands for nothing more (the second part of a cluster) maps to nothing
            entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{max(len(texts) - 1, 0):02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process (later calls return at once)."""
    with _lock:
        if _fonts:
            return
        folder = package_resource("resources") / "fonts"
        loaded = {}
        for face in FACES:
            path = folder / face.filename
            if not path.is_file():
                raise RuntimeError(f"crm_desktop is installed without its font {path}")
            font = _Font(face.name, str(path))
            pdfmetrics.registerFont(font)
            loaded[face.name] = font
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        # Drawings (barcodes, charts) start in this font instead of Helvetica, which a PDF does not embed.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = FONT
        for face in (*_SCRIPT_FACES, *_LATE_FACES):  # no bold of their own: <b> keeps the regular weight
            pdfmetrics.registerFontFamily(face.name, normal=face.name, bold=face.name, italic=face.name)
        _fonts.update(loaded)


def font(name: str) -> _Font:
    register_fonts()
    return _fonts[name]


# --------------------------------------------------------------------------------------- the chain


def _own_script(code: int) -> bool:
    """Not a character every script shares (Latin, general punctuation, symbols, arrows)."""
    return code >= 0x0370 and not 0x2000 <= code <= 0x2BFF and not 0xFE00 <= code <= 0xFE0F


@lru_cache(maxsize=65_536)
def _first_font(char: str, bold: bool) -> str | None:
    """The first font of the chain that has ``char`` (None: no bundled font has it)."""
    register_fonts()
    code = ord(char)
    for face in _SCRIPT_FACES:
        if code in _fonts[face.name].coverage and _own_script(code):
            return face.name
    main = FONT_BOLD if bold else FONT
    if code in _fonts[main].coverage:
        return main
    for face in _LATE_FACES:
        if code in _fonts[face.name].coverage:
            return face.name
    return None


@lru_cache(maxsize=65_536)
def _sticky(char: str) -> bool:
    """Spaces, marks and joiners; punctuation and digits every script shares (a script's own digits,
    like Arabic-Indic ones, go to its font)."""
    category = unicodedata.category(char)
    if category in ("Zs", "Mn", "Me", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F:
        return True
    return category in _STICKY and not _own_script(ord(char))


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into runs of one font each, in reading order: ``[(font name, text), ...]``.
    Direction marks and control characters are left out; a character no bundled font has stays in the
    main font (a box on paper says something is missing rather than hiding it), unless it is an
    invisible format character."""
    register_fonts()
    main = FONT_BOLD if bold else FONT
    runs: list[tuple[str, str]] = []
    current: str | None = None
    chars: list[str] = []
    for char in text:
        if char in _BIDI_CONTROLS or (char < " " and char not in "\n\t") or "\x7f" <= char <= "\x9f":
            continue  # invisible: direction marks (obeyed by the layout) and control characters
        if char in "\n\t":  # line breaks and tabs become layout, never a glyph
            chosen: str | None = current or main
        elif current is not None and _sticky(char) and ord(char) in _fonts[current].coverage:
            chosen = current
        else:
            chosen = _first_font(char, bold)
            if chosen is None:
                if unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F:
                    continue
                chosen = main
        if chosen != current and chars:
            runs.append((current or main, "".join(chars)))
            chars = []
        current = chosen
        chars.append(char)
    if chars:
        runs.append((current or main, "".join(chars)))
    return runs


_RTL_CLASSES: Final = frozenset({"R", "AL", "RLE", "RLO", "RLI"})


@lru_cache(maxsize=65_536)
def _rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


@lru_cache(maxsize=65_536)
def _needs_layout(char: str) -> bool:
    return _rtl(char) or _first_font(char, False) in SHAPED


def needs_layout(text: str) -> bool:
    """Whether ``text`` has characters an ordinary ReportLab paragraph cannot print: a script that
    must be shaped, or right-to-left letters."""
    return any(_needs_layout(char) for char in text if ord(char) >= 0x0370)


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads from the right (its first strong letter is Arabic or Hebrew, say)."""
    return bool(bidi_algorithm.get_base_level(text)) if any(_rtl(c) for c in text) else False


# ------------------------------------------------------------------------------------------ lines


@dataclass(frozen=True)
class Glyph:
    """One glyph on a line: its font, the character written for it, where it starts (points from the
    line's left end) and how far it is raised."""

    font: str
    code: str
    x: float
    dy: float = 0.0


@dataclass(frozen=True)
class Line:
    """A line laid out for display, left to right."""

    glyphs: tuple[Glyph, ...]
    width: float
    size: float
    bold: bool = False
    rtl: bool = False


def _levels(text: str, base: int) -> list[int]:
    """The bidirectional embedding level of each character of ``text`` (rules up to I2)."""
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage, False, False)
    for index, entry in enumerate(storage["chars"]):
        entry["at"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage, False)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [base] * len(text)
    for entry in storage["chars"]:
        levels[entry["at"]] = entry["level"]
    # L1: spaces at the end of the line take the paragraph's level.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        levels[end] = base
    return levels


@dataclass
class _Piece:
    font: str
    text: str
    level: int
    glyphs: list[tuple[str, float, float, float]] = field(default_factory=list)  # code, advance, dx, dy


def _shape(piece: _Piece, size: float) -> None:
    """Fill ``piece.glyphs`` in display order (left to right)."""
    ttf = _fonts[piece.font]
    rtl = piece.level % 2 == 1
    if piece.font not in SHAPED:
        chars = [MIRRORED.get(c, c) for c in reversed(piece.text)] if rtl else list(piece.text)
        for char in chars:
            if char in "\u200c\u200d" and ord(char) not in ttf.coverage:  # joiners only matter to shaping
                continue
            piece.glyphs.append((char, pdfmetrics.stringWidth(char, piece.font, size), 0.0, 0.0))
        return
    hb_font = ttf.hb()
    buffer = hb.Buffer()
    buffer.add_str(piece.text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buffer, {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    scale = size / ttf.upem
    # The characters each cluster stands for: from its start to the next cluster's start.
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(piece.text)], strict=True))
    # pdftotext reads a right-to-left run from its right end: the first glyph of a cluster in reading
    # order (the rightmost there) carries the cluster's text, the others carry nothing. Its width in
    # the PDF is the whole cluster's, so that text extraction sees no gap inside the word (the glyphs
    # are placed one by one; the widths only guide extraction).
    cluster_units: dict[int, int] = {}
    for info, position in zip(infos, positions, strict=True):
        cluster_units[info.cluster] = cluster_units.get(info.cluster, 0) + position.x_advance
    given: set[int] = set()
    order = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    texts = [""] * len(infos)
    for n in order:
        cluster = infos[n].cluster
        if cluster not in given:
            given.add(cluster)
            texts[n] = piece.text[cluster : ends[cluster]]
    for info, position, text in zip(infos, positions, texts, strict=True):
        units = cluster_units[info.cluster] if text else hb_font.get_glyph_h_advance(info.codepoint)
        code = ttf.code(info.codepoint, text, round(units * 1000 / ttf.upem))
        piece.glyphs.append(
            (code, position.x_advance * scale, position.x_offset * scale, position.y_offset * scale)
        )


def _pieces(text: str, bold: bool, base: int) -> list[_Piece]:
    """Runs of one font and one direction level, in reading order."""
    runs = font_runs(text, bold)
    joined = "".join(run for _, run in runs)
    mixed = base or any(_rtl(c) for c in joined)
    levels = _levels(joined, base) if mixed else [0] * len(joined)
    pieces: list[_Piece] = []
    at = 0
    for name, run in runs:
        start = at
        for index in range(at, at + len(run)):
            if index > start and levels[index] != levels[index - 1]:
                pieces.append(_Piece(name, joined[start:index], levels[start]))
                start = index
        pieces.append(_Piece(name, joined[start : at + len(run)], levels[start]))
        at += len(run)
    return pieces


def _display_order(pieces: list[_Piece]) -> list[_Piece]:
    """Rule L2 of the bidirectional algorithm on whole pieces (each has one level)."""
    order = list(pieces)
    levels = [p.level for p in order]
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        n = 0
        while n < len(order):
            if order[n].level >= level:
                end = n
                while end < len(order) and order[end].level >= level:
                    end += 1
                order[n:end] = order[n:end][::-1]
                n = end
            else:
                n += 1
    return order


def layout_line(text: str, size: float, bold: bool = False, rtl: bool | None = None) -> Line:
    """``text`` (one line, in reading order) laid out for display at ``size`` points. ``rtl`` is the
    paragraph's direction (by default, that of the text's first strong letter)."""
    register_fonts()
    base_rtl = is_rtl(text) if rtl is None else rtl
    pieces = _pieces(text, bold, 1 if base_rtl else 0)
    x = 0.0
    glyphs: list[Glyph] = []
    for piece in _display_order(pieces):
        _shape(piece, size)
        for code, advance, dx, dy in piece.glyphs:
            glyphs.append(Glyph(piece.font, code, x + dx, dy))
            x += advance
    return Line(tuple(glyphs), x, size, bold, base_rtl)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """How wide ``text`` prints on one line, in points."""
    if not needs_layout(text):
        return float(sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, bold)))
    return layout_line(text, size, bold).width


def clusters(text: str) -> Iterator[str]:
    """``text`` in pieces that must not be cut: a letter with its marks and joiners."""
    cluster = ""
    for char in text:
        mark = unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d\ufe0f"
        joined = cluster[-1:] in ("\u200d", "\u094d")  # after a joiner or a virama the next letter joins
        if cluster and (mark or joined):
            cluster += char
        else:
            if cluster:
                yield cluster
            cluster = char
    if cluster:
        yield cluster


def fit_line(text: str, size: float, room: float, bold: bool = False) -> str:
    """``text`` on one line, cut with "…" where it would run past ``room`` points (a footer beside the
    page number: a 200-character name must not run over it)."""
    line = " ".join(text.split())
    if text_width(line, size, bold) <= room:
        return line
    parts = list(clusters(line))
    low, high = 0, len(parts)  # the most clusters that fit with their "…"
    while low < high:
        middle = (low + high + 1) // 2
        if text_width("".join(parts[:middle]).rstrip() + "…", size, bold) <= room:
            low = middle
        else:
            high = middle - 1
    return "".join(parts[:low]).rstrip() + "…"


def draw_line(canvas: Any, line: Line, x: float, y: float) -> None:
    """Draw a laid-out line with its left end at ``x`` and its baseline at ``y`` (fill colour as set).
    Bold in a font with no bold face is drawn filled and outlined, a little heavier."""
    if not line.glyphs:
        return
    text = canvas.beginText()
    current = ""
    for glyph in line.glyphs:
        if glyph.font != current:
            current = glyph.font
            text.setFont(current, line.size)
            heavier = line.bold and current != FONT_BOLD
            text.setTextRenderMode(2 if heavier else 0)
        text.setTextOrigin(x + glyph.x, y + glyph.dy)
        text.textOut(glyph.code)
    canvas.saveState()
    if line.bold:
        canvas.setLineWidth(line.size * 0.03)
        canvas.setStrokeColor(canvas._fillColorObj)
    canvas.drawText(text)
    canvas.restoreState()


def draw_text(
    canvas: Any, text: str, x: float, y: float, size: float, *, bold: bool = False, anchor: str = "start"
) -> float:
    """Draw one line of user text in the chain's fonts, shaped and in display order, with its start
    (``anchor="start"``), end (``"end"``) or middle (``"middle"``) at ``x``; returns its width."""
    line = layout_line(text, size, bold)
    left = {"start": x, "end": x - line.width, "middle": x - line.width / 2}[anchor]
    draw_line(canvas, line, left, y)
    return line.width


# ------------------------------------------------------------------------------------- paragraphs

_SPACES: Final = re.compile(r"(\s+)")


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of user text in scripts an ordinary ReportLab paragraph cannot print (shaped or
    right to left): broken into lines in reading order, each line shaped and put in display order.

    Takes the paragraph style's font size, leading, colour, alignment and spacing; a right-to-left
    paragraph aligned left is aligned right, as its reader expects. Splits across pages between lines."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.style = style
        self.bold = style.fontName == FONT_BOLD
        self.rtl = is_rtl(self.text)
        self._lines = lines
        self._fixed = lines is not None  # the part of a split paragraph: its lines are already broken
        self._width_for = -1.0

    def __repr__(self) -> str:
        return f"ScriptParagraph({self.text[:40]!r})"

    # Flowable interface -----------------------------------------------------------------
    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def minWidth(self) -> float:
        size = self.style.fontSize
        return max((text_width(word, size, self.bold) for word in self.text.split()), default=0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._fixed and (self._lines is None or self._width_for != availWidth):
            self._lines = self._break(availWidth)
            self._width_for = availWidth
        assert self._lines is not None
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        head = ScriptParagraph(self.text, self.style, self._lines[:fit])
        tail = ScriptParagraph(self.text, self.style, self._lines[fit:])
        return [head, tail]

    def draw(self) -> None:
        assert self._lines is not None
        style = self.style
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        alignment = style.alignment
        if alignment in (TA_LEFT, TA_JUSTIFY) and self.rtl:
            alignment = TA_RIGHT
        for line in self._lines:
            if alignment == TA_RIGHT:
                x = self.width - line.width
            elif alignment == TA_CENTER:
                x = (self.width - line.width) / 2
            else:
                x = 0.0
            draw_line(canvas, line, x, y)
            y -= style.leading
        canvas.restoreState()

    # Line breaking ------------------------------------------------------------------------
    def _break(self, width: float) -> list[Line]:
        size = self.style.fontSize
        lines: list[Line] = []
        for hard in self.text.split("\n"):
            for text in self._logical_lines(hard, width, size):
                lines.append(layout_line(text, size, self.bold, self.rtl))
        return lines

    def _logical_lines(self, text: str, width: float, size: float) -> list[str]:
        """Greedy breaking in reading order, at spaces; a word longer than the line is cut between
        letters (with their marks)."""
        measure = _Measure(size, self.bold)
        room = max(width, size)  # at least one letter per line
        out: list[str] = []
        line = ""
        for token in _SPACES.split(text):
            if not token:
                continue
            candidate = line + token
            if token.isspace() or measure(candidate.rstrip()) <= room:
                line = candidate
                continue
            if line.strip():
                out.append(line.rstrip())
            line = ""
            if measure(token) <= room:
                line = token
                continue
            for cluster in clusters(token):  # a word wider than the line
                if line and measure(line + cluster) > room:
                    out.append(line)
                    line = ""
                line += cluster
        if line.strip() or not out:
            out.append(line.rstrip())
        return out


class _Measure:
    """Widths of candidate lines, memoised per word so a long paragraph is not reshaped for each."""

    def __init__(self, size: float, bold: bool) -> None:
        self.size, self.bold = size, bold
        self._words: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        total = 0.0
        for token in _SPACES.split(text):
            if not token:
                continue
            width = self._words.get(token)
            if width is None:
                width = self._words[token] = text_width(token, self.size, self.bold)
            total += width
        return total


__all__ = [
    "FACES",
    "FONT",
    "FONT_BOLD",
    "SHAPED",
    "Glyph",
    "Line",
    "ScriptParagraph",
    "clusters",
    "draw_line",
    "draw_text",
    "fit_line",
    "font",
    "font_runs",
    "is_rtl",
    "layout_line",
    "needs_layout",
    "register_fonts",
    "text_width",
]
