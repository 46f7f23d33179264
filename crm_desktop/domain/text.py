"""Folding text for search, so that what staff type finds what was saved, whatever its accents or case.

``fold("Zoë ØSTER")`` and ``fold("zoe oster")`` are both ``"zoe oster"``: compatibility decomposition
(NFKD: "ﬁ" -> "fi", "²" -> "2", "é" -> "e" + accent), combining marks dropped, Unicode case folding
("ß" -> "ss", final "ς" -> "σ"), then the Latin letters that have no decomposition mapped by hand
("ø" -> "o", "ł" -> "l", "æ" -> "ae"...), and control characters and runs of whitespace made one
space. Greek, Cyrillic, Arabic, CJK and other scripts are kept, only case-folded and stripped of their
diacritics, so "Ελένη" finds "ΕΛΕΝΗ" (and, like any diacritic, the breve: "й" is folded to "и").

The same function folds what is indexed and what is typed; if it ever changes, the search index has to
be rebuilt (a migration that calls the rebuild).
"""

from __future__ import annotations

import unicodedata

# Letters that NFKD leaves whole, in the spelling a keyboard without them would use (as ICU's
# Latin-ASCII transliterator does). Keys are already case-folded: the table is applied after casefold().
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ŋ": "n",
        "ƒ": "f",
        "ɨ": "i",
        "ʉ": "u",
        "ĸ": "k",
    }
)


# Control characters (NUL, bell, C1 controls...) are never what someone means to find; they become spaces.
# (NUL would also end an FTS5 query string early, and PostgreSQL refuses it in text.)
_CONTROLS = str.maketrans({code: " " for code in (*range(0x20), *range(0x7F, 0xA0))})


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """The form in which text is searched: no accents, no case, single spaces, trimmed."""
    text = text.translate(_CONTROLS)
    if text.isascii():
        # The common case (phone numbers, e-mails, serials, most names), 20 times faster.
        return " ".join(text.lower().split())
    folded = _strip_marks(_strip_marks(text).casefold().translate(_LETTERS))
    # NFC puts back what NFKD split without a mark: Hangul syllables, some Indic vowel signs.
    return " ".join(unicodedata.normalize("NFC", folded).split())


def digits(text: str) -> str:
    """The decimal digits of ``text`` as ASCII, in order: ``"+33 (0)6 12-34"`` -> ``"33061234"``.

    Digits of other scripts count too: Arabic-Indic "٠٦١٢" -> "0612".
    """
    if text.isascii():
        return "".join(filter(str.isdigit, text))
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() else ch for ch in text if ch.isdecimal())


def compact(text: str) -> str:
    """``fold(text)`` without anything but letters and digits: how serials and typed numbers are
    compared, so that "35-693803-564380-9", "3569 3803 5643 809" and "356938035643809" are one."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


__all__ = ["compact", "digits", "fold"]
