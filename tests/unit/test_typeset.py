"""The fonts chain, shaping and direction that put every customer's name on paper
(:mod:`crm_desktop.reports.typeset`), checked on the laid-out glyphs; the documents themselves are read
back with pdftotext in ``tests/integration/test_scripts_on_paper.py``."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle

from crm_desktop.reports.typeset import (
    FONT,
    FONT_BOLD,
    Line,
    ScriptParagraph,
    clusters,
    fit_line,
    font,
    font_runs,
    layout_line,
    needs_layout,
    text_width,
)

# A name in each script a shop's customers write, and the bundled font that must print it.
SAMPLES = {
    "Latin": ("Zoë Øster-Łukasiewicz", FONT),
    "Greek": ("Γιώργος Παπαδόπουλος", FONT),
    "Cyrillic": ("Дмитрий Иванов", FONT),
    "Chinese": ("李小龍", "CRM-Fallback"),
    "Japanese": ("田中さくら", "CRM-Fallback"),
    "Full-width": ("ＡＢＣ１２３ ﾃｽﾄ", "CRM-Fallback"),
    "Korean": ("김민준", "CRM-Korean"),
    "Thai": ("สมชาย ใจดี", "CRM-Thai"),
    "Arabic": ("محمد العربي", "CRM-Arabic"),
    "Hebrew": ("שלום כהן", "CRM-Hebrew"),
    "Devanagari": ("अर्जुन क्षत्रिय", "CRM-Devanagari"),
    "Bengali": ("সৌরভ গাঙ্গুলী", "CRM-Bengali"),
    "Tamil": ("முத்துலட்சுமி", "CRM-Tamil"),
    "Telugu": ("శ్రీనివాస్", "CRM-Telugu"),
    "Kannada": ("ಕೃಷ್ಣ", "CRM-Kannada"),
    "Malayalam": ("മലയാളം", "CRM-Malayalam"),
    "Gujarati": ("ગુજરાતી", "CRM-Gujarati"),
    "Gurmukhi": ("ਪੰਜਾਬੀ", "CRM-Gurmukhi"),
    "Emoji": ("🙂🎉🚲", "CRM-Symbols"),
}


def _text_of(line: Line) -> str:
    """What a PDF reader gets back from a line, glyph by glyph, in display order."""
    return "".join(font(g.font).texts.get(ord(g.code), g.code) for g in line.glyphs)


@pytest.mark.parametrize("script", SAMPLES)
def test_every_script_has_a_font_with_its_letters(script: str) -> None:
    sample, expected = SAMPLES[script]
    runs = font_runs(sample)
    letters = [(name, run) for name, run in runs if run.strip()]
    assert {name for name, _ in letters} == {expected}, runs
    for name, run in letters:
        missing = [c for c in run if not c.isspace() and ord(c) not in font(name).coverage]
        assert missing == [], f"{script}: {name} has no glyph for {missing}"


def test_spaces_punctuation_and_marks_stay_in_the_run_they_sit_in() -> None:
    assert font_runs("محمد، علي ٣") == [("CRM-Arabic", "محمد، علي ٣")]
    assert font_runs("علي (٣)") == [("CRM-Arabic", "علي "), (FONT, "("), ("CRM-Arabic", "٣"), (FONT, ")")]
    assert font_runs("Zoë 李小龍 ok") == [(FONT, "Zoë "), ("CRM-Fallback", "李小龍 "), (FONT, "ok")]
    assert font_runs("Bold", bold=True) == [(FONT_BOLD, "Bold")]
    # Control characters and direction marks print as nothing; a letter no font has stays visible (a box).
    assert font_runs("a\x07b\u200fc") == [(FONT, "abc")]
    assert font_runs("x\U0010fffd") == [(FONT, "x\U0010fffd")]


def test_latin_is_never_shaped_so_it_gains_no_ligatures() -> None:
    line = layout_line("history office fifty", 10)
    assert "".join(g.code for g in line.glyphs) == "history office fifty"
    assert not needs_layout("Zoë Øster · 李小龍 · 김민준 · 🙂")  # an ordinary paragraph prints these


@pytest.mark.parametrize("script", ["Arabic", "Devanagari", "Thai", "Bengali", "Tamil"])
def test_scripts_that_need_it_are_shaped_and_read_back_as_typed(script: str) -> None:
    sample, _ = SAMPLES[script]
    assert needs_layout(sample)
    line = layout_line(sample, 10)
    assert _text_of(line) != "" and len(line.glyphs) > 0
    if script != "Thai":  # Thai's marks keep their code points; the others join or reorder
        assert "".join(g.code for g in line.glyphs) != sample, "HarfBuzz changed nothing"
    words = sample.split()
    read = _text_of(line)
    for word in words:  # each word reads back whole (an RTL line reads from its right end)
        assert word in read or word[::-1] in read[::-1] or word in read[::-1], (word, read)


def test_arabic_reads_from_the_right_and_numbers_inside_it_from_the_left() -> None:
    line = layout_line("محمد العربي 0612", 10)
    assert line.rtl

    def where(letters: str) -> list[float]:
        return [g.x for g in line.glyphs if set(font(g.font).texts.get(ord(g.code), g.code)) & set(letters)]

    first, second = where("محد"), where("عب")
    assert first and second and min(first) > max(second), "the first word is not on the right"
    digits = [(g.code, g.x) for g in line.glyphs if g.code.isdigit()]
    assert [code for code, _ in sorted(digits, key=lambda d: d[1])] == list("0612")
    assert max(x for _, x in digits) < min(second), "the number is not at the left end"
    latin = layout_line("Call محمد at 10", 10)
    assert not latin.rtl and latin.glyphs[0].code == "C"


def test_a_right_to_left_paragraph_breaks_in_reading_order_and_aligns_right() -> None:
    words = [f"كلمة{n}" for n in ("١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩")]
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, leading=13)
    paragraph = ScriptParagraph(" ".join(words * 6), style)
    _, height = paragraph.wrap(150, 1000)
    lines = paragraph._lines
    assert lines is not None and len(lines) > 3 and height == len(lines) * 13
    assert all(line.width <= 150 for line in lines)
    assert words[0][-1] in _text_of(lines[0]) and words[2][-1] in _text_of(lines[0])
    head, tail = paragraph.split(150, 13 * 2 + 1)
    assert len(head._lines) == 2 and len(tail._lines) == len(lines) - 2


def test_a_word_longer_than_the_line_is_cut_between_letters_not_inside_one() -> None:
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, leading=13)
    paragraph = ScriptParagraph("क्षत्रिय" * 20, style)
    paragraph.wrap(60, 1000)
    assert paragraph._lines is not None and len(paragraph._lines) > 2
    joined = "".join(_text_of(line) for line in paragraph._lines)
    assert joined == "क्षत्रिय" * 20


@pytest.mark.parametrize("script", ["Latin", "Thai", "Arabic", "Devanagari", "Chinese"])
def test_a_footer_is_cut_to_its_room_with_an_ellipsis(script: str) -> None:
    sample, _ = SAMPLES[script]
    cut = fit_line(" ".join([sample] * 20), 8, 120)
    assert cut.endswith("…") and text_width(cut, 8) <= 120 and len(cut) > 3
    assert fit_line(sample, 8, 500) == sample


def _shown(text: str, rtl: bool | None = None) -> str:
    """The characters of a line left to right as printed (Hebrew, Latin and digits print as their own
    glyphs, so this is the display order the bidirectional algorithm gives)."""
    return "".join(font(g.font).texts.get(ord(g.code), g.code) for g in layout_line(text, 10, rtl=rtl).glyphs)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("שלום (abc) 12", "12 (abc) םולש"),  # brackets pair up around the Latin (rule N0)
        ("אני אוהב C++\u200e", "C++ בהוא ינא"),  # a left-to-right mark keeps "++" after the C
        ("מחיר: 100\u200e$", "$100 :ריחמ"),
        ("Call דוד at 10:30", "Call דוד at 10:30"),
        ("דוד ab\u200bcd ef", "ab\u200bcd ef דוד"),  # a zero-width space does not split the word
    ],
)
def test_the_bidirectional_algorithm_orders_what_the_reader_expects(typed: str, shown: str) -> None:
    assert _shown(typed).replace("\u200e", "") == shown


def test_arabic_digits_group_right_to_left_even_in_a_latin_line() -> None:
    assert _shown("Phone: ٠٥٠ ١٢٣ ٤٥٦٧") == "Phone: ٤٥٦٧ ١٢٣ ٠٥٠"


def test_a_persian_word_with_a_zero_width_non_joiner_stays_whole() -> None:
    line = layout_line("Customer: می\u200cخواهم", 10)
    persian = [g.x for g in line.glyphs if not g.code.isascii()]
    latin_end = max(g.x for g in line.glyphs if g.code.isascii() and g.code != " ")
    assert persian and min(persian) > latin_end  # the whole word after "Customer:", in one piece


def test_an_emoji_newer_than_this_python_does_not_stop_the_printing() -> None:
    for text in ("שלום 🩷", "مرحبا 🫨 شكرا"):
        assert layout_line(text, 10).rtl


def test_digits_and_punctuation_next_to_an_emoji_or_korean_stay_in_the_main_font() -> None:
    assert font_runs("Rating 👍 5/5, 10 stars") == [
        (FONT, "Rating "),
        ("CRM-Symbols", "👍 "),
        (FONT, "5/5, 10 stars"),
    ]
    assert [name for name, run in font_runs("김철수 010-1234-5678 (VIP)") if "(" in run or ")" in run] == [
        FONT
    ]


def test_each_typed_line_of_a_paragraph_takes_its_own_direction() -> None:
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, leading=13)
    paragraph = ScriptParagraph("Customer says:\nالشاشة مكسورة.\n12345", style)
    paragraph.wrap(400, 1000)
    assert paragraph._lines is not None
    assert [line.rtl for line in paragraph._lines] == [False, True, False]
    arabic = paragraph._lines[1]
    assert arabic.glyphs[0].code == "."  # the full stop ends the sentence, on its left


def test_tabs_and_no_break_spaces_in_a_shaped_paragraph() -> None:
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, leading=13)
    paragraph = ScriptParagraph("नमस्ते\tदुनिया", style)
    paragraph.wrap(400, 1000)
    assert paragraph._lines is not None and "\t" not in [g.code for g in paragraph._lines[0].glyphs]
    kept = ScriptParagraph("अर्जुन\u00a0क्षत्रिय " * 8, style)
    kept.wrap(70, 1000)  # room for one name a line: never cut at the no-break space
    assert kept._lines is not None
    assert all(_text_of(line).count("\u00a0") == 1 for line in kept._lines)


def test_clusters_keep_letters_joined_by_any_virama() -> None:
    assert list(clusters("ক্ষমা")) == ["ক্ষ", "মা"]
    assert list(clusters("க்ஷ")) == ["க்ஷ"]
