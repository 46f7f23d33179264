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
from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont
from reportlab.platypus.flowables import Flowable

from crm_desktop.bundled import package_resource

FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"  # untranslated: font name


@dataclass(frozen=True)
class _Face:
    name: str
    filename: str
    shaped: bool  # its script needs HarfBuzz (joining, reordering, mark stacking)
    own_script: bool  # claims only the letters of its script, not the Latin and punctuation it also has


_SCRIPT_FACES: Final = tuple(
    _Face(f"CRM-{script}", f"NotoSans{script}-Regular.ttf", True, True)  # untranslated: font names
    for script in (
        "Arabic",  # untranslated: font file name
        "Hebrew",  # untranslated: font file name
        "Thai",  # untranslated: font file name
        "Devanagari",  # untranslated: font file name
        "Bengali",  # untranslated: font file name
        "Gurmukhi",  # untranslated: font file name
        "Gujarati",  # untranslated: font file name
        "Oriya",  # untranslated: font file name
        "Tamil",  # untranslated: font file name
        "Telugu",  # untranslated: font file name
        "Kannada",  # untranslated: font file name
        "Malayalam",  # untranslated: font file name
        "Sinhala",  # untranslated: font file name
        "Khmer",  # untranslated: font file name
        "Lao",  # untranslated: font file name
        "Myanmar",  # untranslated: font file name
    )
)
_MAIN_FACES: Final = (
    _Face(FONT, "DejaVuSans.ttf", False, False),  # untranslated: font file
    _Face(FONT_BOLD, "DejaVuSans-Bold.ttf", False, False),  # untranslated: font file
)
_LATE_FACES: Final = (
    # Chinese and Japanese; Hangul, which Droid Sans Fallback lacks; emoji and symbols, monochrome
    _Face("CRM-Fallback", "DroidSansFallbackFull.ttf", False, False),  # untranslated: font
    _Face("CRM-Korean", "NanumGothic.ttf", False, False),  # untranslated: font
    _Face("CRM-Symbols", "Symbola.ttf", False, False),  # untranslated: font
)
FACES: Final = (*_MAIN_FACES, *_SCRIPT_FACES, *_LATE_FACES)
SHAPED: Final = frozenset(face.name for face in FACES if face.shaped)

_PRIVATE_START: Final = 0xF0000  # Supplementary Private Use Area-A: no bundled font uses it
# Characters drawn as nothing: direction marks and embeddings, which the layout has already obeyed.
_BIDI_CONTROLS: Final = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_STICKY: Final = frozenset(
    {"Zs", "Mn", "Me", "Cf", "Pd", "Po", "Ps", "Pe", "Pi", "Pf", "Nd"}  # untranslated: Unicode categories
)

_lock = threading.RLock()
_fonts: dict[str, _Font] = {}
_MAIN_ONLY: dict[str, frozenset[str]] = {}  # per main font: text made only of these is one run of it


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
        for name in (FONT, FONT_BOLD):  # the characters that print in the main font, whatever surrounds them
            _MAIN_ONLY[name] = frozenset(
                {"\n", "\t"}
                | {
                    chr(code)
                    for code in loaded[name].coverage
                    if code >= 0x20
                    and not 0x7F <= code <= 0x9F
                    and chr(code) not in _BIDI_CONTROLS
                    and not any(
                        code in loaded[face.name].coverage and _own_script(code) for face in _SCRIPT_FACES
                    )
                }
            )


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
def _joins_any_run(char: str) -> bool:
    """Spaces, marks, joiners and variation selectors: they stay in the font of the run they sit in."""
    return unicodedata.category(char) in ("Zs", "Mn", "Me", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F


@lru_cache(maxsize=65_536)
def _joins_script_run(char: str) -> bool:
    """Punctuation and digits every script shares: they stay inside an Arabic, Thai or Indic run (so
    the run is shaped whole), but not in the Chinese, Korean or emoji fonts, whose Latin differs."""
    return unicodedata.category(char) in _STICKY and not _own_script(ord(char))


def _spans(text: str, bold: bool) -> list[tuple[str, list[int]]]:
    """The runs of :func:`font_runs`, as the positions in ``text`` of the characters they print."""
    register_fonts()
    main = FONT_BOLD if bold else FONT
    if _MAIN_ONLY[main].issuperset(text):  # most text: Latin, Greek, Cyrillic (one check, in C)
        return [(main, list(range(len(text))))] if text else []
    runs: list[tuple[str, list[int]]] = []
    current: str | None = None
    at: list[int] = []
    for index, char in enumerate(text):
        if char in _BIDI_CONTROLS or (char < " " and char not in "\n\t") or "\x7f" <= char <= "\x9f":
            continue  # invisible: direction marks (obeyed by the layout) and control characters
        if char in "\n\t":  # line breaks and tabs become layout, never a glyph
            chosen: str | None = current or main
        elif (
            current is not None
            and ord(char) in _fonts[current].coverage
            and (_joins_any_run(char) or (current in SHAPED and _joins_script_run(char)))
        ):
            chosen = current
        else:
            chosen = _first_font(char, bold)
            if chosen is None:
                if unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F:
                    continue
                chosen = main
        if chosen != current and at:
            runs.append((current or main, at))
            at = []
        current = chosen
        at.append(index)
    if at:
        runs.append((current or main, at))
    return runs


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into runs of one font each, in reading order: ``[(font name, text), ...]``.
    Direction marks and control characters are left out; a character no bundled font has stays in the
    main font (a box on paper says something is missing rather than hiding it), unless it is an
    invisible format character."""
    register_fonts()
    main = FONT_BOLD if bold else FONT
    if _MAIN_ONLY[main].issuperset(text):
        return [(main, text)] if text else []
    return [(name, "".join(text[i] for i in at)) for name, at in _spans(text, bold)]


# Characters that make the bidirectional algorithm matter: right-to-left letters, Arabic digits (which
# group right to left even in a left-to-right line) and explicit embeddings, overrides and isolates.
_BIDI_CLASSES: Final = frozenset(
    {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"}  # untranslated: bidi
)


@lru_cache(maxsize=65_536)
def _bidi(char: str) -> bool:
    return unicodedata.bidirectional(char) in _BIDI_CLASSES or char == "\u200f"


@lru_cache(maxsize=65_536)
def _needs_layout(char: str) -> bool:
    return _bidi(char) or _first_font(char, False) in SHAPED


def needs_layout(text: str) -> bool:
    """Whether ``text`` has characters an ordinary ReportLab paragraph cannot print: a script that
    must be shaped, right-to-left letters, Arabic digits or direction marks."""
    register_fonts()
    if _MAIN_ONLY[FONT].issuperset(text):
        return False
    return any(_needs_layout(char) for char in text if ord(char) >= 0x0370)


def _first_strong(text: str) -> bool | None:
    """Rules P2 and P3: True when the first strong letter (outside isolates) reads from the right,
    False when it reads from the left, None when there is none (digits and punctuation only)."""
    isolated = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            isolated += 1
        elif kind == "PDI":
            isolated = max(0, isolated - 1)
        elif isolated == 0 and kind in ("L", "R", "AL"):
            return kind != "L"
    return None


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads from the right (its first strong letter is Arabic or Hebrew, say)."""
    return bool(_first_strong(text))


# ------------------------------------------------------------------------------------------ lines


@dataclass(frozen=True)
class Glyph:
    """One glyph on a line: its font, the character written for it, where it starts (points from the
    line's left end) and how far it is raised. ``actual`` opens a marked span with the text a reader
    should take for the glyphs up to the one with ``closes`` (a cluster HarfBuzz drew differently from
    its characters: a ligature, a conjunct, a reordered vowel)."""

    font: str
    code: str
    x: float
    dy: float = 0.0
    actual: str | None = None
    closes: bool = False
    advance: float = 0.0


@dataclass(frozen=True)
class Line:
    """A line laid out for display, left to right."""

    glyphs: tuple[Glyph, ...]
    width: float
    size: float
    bold: bool = False
    rtl: bool = False


_LEVEL: Final = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(text: str, base: int) -> list[int]:
    """The resolved bidirectional level of each character of ``text`` (one line), from the Unicode
    Bidirectional Algorithm as the unicode-bidi crate implements it inside python-bidi (bracket pairs,
    isolates and a newer Unicode than this Python's). python-bidi gives its levels, per UTF-8 byte, only
    in its debug description; a description it no longer writes that way is an error, not a guess."""
    if not text:
        return []
    described = get_display_inner(text, "R" if base else "L", True)
    start, end = described.find("levels: ["), described.find("paragraphs: [")
    per_byte = [int(level) for level in _LEVEL.findall(described[start:end])] if 0 <= start < end else []
    encoded = [len(char.encode("utf-8")) for char in text]
    if len(per_byte) != sum(encoded):
        raise RuntimeError("python-bidi no longer describes its levels as crm_desktop reads them")
    levels, at = [], 0
    for size in encoded:
        levels.append(per_byte[at])
        at += size
    # L1: spaces and direction marks at the end of the line take the paragraph's level.
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _BIDI_CONTROLS):
        end -= 1
        levels[end] = base
    return levels


@dataclass
class _Piece:
    font: str
    text: str
    level: int
    glyphs: list[tuple[str, float, float, float, str | None, bool]] = field(default_factory=list)


def _shape(piece: _Piece, size: float) -> None:
    """Fill ``piece.glyphs`` in display order (left to right): code, advance, x and y offsets, and the
    marked span's text to open (or None) and whether to close it after the glyph."""
    ttf = _fonts[piece.font]
    rtl = piece.level % 2 == 1
    if piece.font not in SHAPED:
        chars = [MIRRORED.get(c, c) for c in reversed(piece.text)] if rtl else list(piece.text)
        for char in chars:
            if char in "\u200c\u200d" and ord(char) not in ttf.coverage:  # joiners only matter to shaping
                continue
            piece.glyphs.append((char, pdfmetrics.stringWidth(char, piece.font, size), 0.0, 0.0, None, False))
        return
    hb_font = ttf.hb()
    buffer = hb.Buffer()
    buffer.add_str(piece.text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buffer, {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    scale = size / ttf.upem
    # The characters each cluster stands for: from its start to the next cluster's start. A cluster's
    # glyphs are side by side in HarfBuzz's output.
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(piece.text)], strict=True))
    groups: list[list[int]] = []
    for n, info in enumerate(infos):
        if groups and infos[groups[-1][0]].cluster == info.cluster:
            groups[-1].append(n)
        else:
            groups.append([n])
    # One glyph of a cluster carries its text and width (the glyphs are placed one by one; the widths
    # only guide text extraction, which then sees no gap inside a word). Left to right, each word is
    # also a marked span whose ActualText is the word as typed, which poppler and PDFium both read back
    # (a reordered Indic vowel, a Thai mark). Right to left, readers disagree on a span's order but
    # agree on a glyph's text read from its right end: the rightmost glyph of a cluster carries the
    # text reversed, and the others are empty spans, so that no reader takes their codes for letters.
    out: list[tuple[str, float, float, float, str | None, bool]] = []
    word_start = -1
    for g, group in enumerate(groups):
        cluster = infos[group[0]].cluster
        text = piece.text[cluster : ends[cluster]]
        units = sum(positions[n].x_advance for n in group)
        simple = len(group) == 1 and len(text) == 1
        carrier = group[-1] if rtl else group[0]
        for n in group:
            info, position = infos[n], positions[n]
            carries = n == carrier
            own = (text[::-1] if rtl else text) if carries else ""
            width = units if carries else hb_font.get_glyph_h_advance(info.codepoint)
            code = ttf.code(info.codepoint, own, round(width * 1000 / ttf.upem))
            empty = rtl and not simple and not carries
            out.append(
                (
                    code,
                    position.x_advance * scale,
                    position.x_offset * scale,
                    position.y_offset * scale,
                    "" if empty else None,
                    empty,
                )
            )
        if rtl:
            continue
        space = text.isspace()
        if not space and word_start < 0:
            word_start = len(out) - len(group)
        last = g == len(groups) - 1 or piece.text[ends[cluster] : ends[cluster] + 1].isspace()
        if not space and last and word_start >= 0:
            word = "".join(
                piece.text[infos[h[0]].cluster : ends[infos[h[0]].cluster]]
                for h in groups[_group_of(groups, word_start) : g + 1]
            )
            code, advance, dx, dy, _, _ = out[word_start]
            out[word_start] = (code, advance, dx, dy, word, False)
            code, advance, dx, dy, _, _ = out[-1]
            out[-1] = (code, advance, dx, dy, out[-1][4], True)
            word_start = -1
    piece.glyphs.extend(out)


def _group_of(groups: list[list[int]], glyph: int) -> int:
    """The index of the cluster that holds output glyph number ``glyph``."""
    for index, group in enumerate(groups):
        if glyph in group:
            return index
    raise ValueError(glyph)


def _pieces(text: str, bold: bool, base: int) -> list[_Piece]:
    """Runs of one font and one direction level, in reading order."""
    spans = _spans(text, bold)
    levels = _levels(text, base) if base or any(_bidi(c) for c in text) else [0] * len(text)
    pieces: list[_Piece] = []
    for name, at in spans:
        start = 0
        for k in range(1, len(at) + 1):
            if k == len(at) or levels[at[k]] != levels[at[start]]:
                pieces.append(_Piece(name, "".join(text[i] for i in at[start:k]), levels[at[start]]))
                start = k
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
    text = text.replace("\t", "    ")
    base_rtl = is_rtl(text) if rtl is None else rtl
    pieces = _pieces(text, bold, 1 if base_rtl else 0)
    x = 0.0
    glyphs: list[Glyph] = []
    for piece in _display_order(pieces):
        _shape(piece, size)
        for code, advance, dx, dy, actual, closes in piece.glyphs:
            glyphs.append(Glyph(piece.font, code, x + dx, dy, actual, closes, advance))
            x += advance
    return Line(tuple(glyphs), x, size, bold, base_rtl)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """How wide ``text`` prints on one line, in points."""
    if not needs_layout(text):
        return float(sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, bold)))
    return layout_line(text, size, bold).width


def clusters(text: str) -> Iterator[str]:
    """``text`` in pieces that must not be cut: a letter with its marks and joiners, and the letters a
    virama joins."""
    cluster = ""
    for char in text:
        mark = unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d\ufe0f"
        joined = cluster[-1:] == "\u200d" or (cluster and unicodedata.combining(cluster[-1]) == 9)
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


def _utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"  # untranslated: PDF syntax


def draw_line(canvas: Any, line: Line, x: float, y: float) -> None:
    """Draw a laid-out line with its left end at ``x`` and its baseline at ``y`` (fill colour as set).
    Bold in a font with no bold face is drawn filled and outlined, a little heavier. A shaped cluster is
    a marked span whose ActualText is what was typed, for search, copy and pdftotext."""
    if not line.glyphs:
        return
    text = canvas.beginText()
    current = ""
    follows = float("nan")  # where the text drawn so far ends, when the next glyph may simply follow it
    for glyph in line.glyphs:
        if glyph.font != current:
            current = glyph.font
            text.setFont(current, line.size)
            heavier = line.bold and current != FONT_BOLD
            text.setTextRenderMode(2 if heavier else 0)
            follows = float("nan")
        plain = current not in SHAPED and glyph.actual is None and not glyph.closes and not glyph.dy
        if not (plain and abs(glyph.x - follows) < 1e-6):  # unshaped text runs on by its own widths
            text.setTextOrigin(x + glyph.x, y + glyph.dy)
        if glyph.actual is not None:
            actual = _utf16(glyph.actual) if glyph.actual else "()"
            text._code.append(f"/Span <</ActualText {actual}>> BDC")  # untranslated: PDF syntax
        text.textOut(glyph.code)
        if glyph.closes:
            text._code.append("EMC")  # untranslated: PDF syntax
        follows = glyph.x + glyph.advance if plain else float("nan")
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

_SPACES: Final = re.compile(r"([^\S\u00a0\u2007\u202f]+)")  # where a line may break: not at a no-break space


_TRAILING: Final = re.compile(r"[^\S\u00a0\u2007\u202f]+$")


def _trim(text: str) -> str:
    """``text`` without the breakable spaces at its end (no-break spaces stay)."""
    return _TRAILING.sub("", text)


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of user text in scripts an ordinary ReportLab paragraph cannot print (shaped or
    right to left): broken into lines in reading order, each line shaped and put in display order.

    Takes the paragraph style's font size, leading, colour, alignment and spacing. Each line typed
    (between line breaks) takes the direction of its first strong letter: a right-to-left line aligned
    left is aligned right, as its reader expects. Splits across pages between lines."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        self.style = style
        self.bold = style.fontName == FONT_BOLD
        self.rtl = is_rtl(self.text)
        self._lines = lines
        self._fixed = lines is not None  # the part of a split paragraph: its lines are already broken
        self._width_for = -1.0

    def __repr__(self) -> str:
        return f"ScriptParagraph({self.text[:40]!r})"  # untranslated: repr

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
        for line in self._lines:
            alignment = style.alignment
            if alignment in (TA_LEFT, TA_JUSTIFY) and line.rtl:
                alignment = TA_RIGHT
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
            strong = _first_strong(hard)
            rtl = self.rtl if strong is None else strong  # a line of digits keeps the paragraph's way
            for text in self._logical_lines(hard, width, size):
                lines.append(layout_line(text, size, self.bold, rtl))
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
            if _SPACES.fullmatch(token) or measure(_trim(candidate)) <= room:
                line = candidate
                continue
            if line.strip():
                out.append(_trim(line))
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
            out.append(_trim(line))
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
