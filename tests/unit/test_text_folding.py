"""Folding for search: accents and case never matter, other scripts pass through, nothing crashes."""

from __future__ import annotations

import pytest

from crm_desktop.domain.text import compact, digits, fold


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("Zoe", "Zoë"),
        ("ZOE", "zoë"),
        ("zoe oster-lukasiewicz", "Zoë Øster-Łukasiewicz"),
        ("OSTER-LUKASIEWICZ", "Øster-Łukasiewicz"),
        ("strasse", "Straße"),
        ("aesir oeuvre thor", "Æsir Œuvre Þór"),
        ("dang", "Đặng"),
        ("istanbul", "İstanbul"),
        ("francois", "François"),
        ("sao paulo", "São Paulo"),
        ("file 2", "ﬁle ²"),  # compatibility forms: ligature, superscript
    ],
)
def test_what_is_typed_folds_like_what_was_saved(typed: str, saved: str) -> None:
    assert fold(typed) == fold(saved)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ελένη ΠΑΠΑΔΟΠΟΎΛΟΥ", "ελενη παπαδοπουλου"),  # Greek: case and tonos, final sigma
        ("Дмитрий ИВАНОВ", "дмитрии иванов"),  # Cyrillic: case folded
        ("李小龍", "李小龍"),  # CJK unchanged
        ("한국어", "한국어"),  # Hangul recomposed after decomposition
        ("مُحَمَّد", "محمد"),  # Arabic: vowel marks dropped
    ],
)
def test_other_scripts_pass_through_case_folded(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_whitespace_and_control_characters_are_collapsed_and_trimmed() -> None:
    assert fold("  Jean \t\n  Dupont  ") == "jean dupont"
    assert fold("") == "" and fold(" \t ") == ""
    assert fold("bell\x07 and\x00NUL") == "bell and nul"


def test_digits_keeps_only_digits_in_order() -> None:
    assert digits("+33 (0)6 12-34.56/78") == "330612345678"
    assert digits("٠٦ ١٢") == "0612"  # Arabic-Indic digits read as digits
    assert digits("no digits") == ""


def test_compact_drops_separators_but_not_letters() -> None:
    assert compact("35-693803 564380/9") == "356938035643809"
    assert compact("SN: C02X-K1AB") == "snc02xk1ab"


def test_hostile_text_folds_without_crashing(hostile_lines: list[str]) -> None:
    for line in hostile_lines:
        folded = fold(line)
        assert fold(folded) == folded  # idempotent: folding what is typed twice changes nothing
        assert "  " not in folded and folded == folded.strip()
        digits(line)
        compact(line)
