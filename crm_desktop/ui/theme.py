"""The window's colours that say something (late, good, archived, a warning banner, a chart's bars), for
the light theme and the dark one, picked from the application's palette: lists and charts ask when they
draw, labels and banners when they are made — a system theme switched while the app runs shows fully
after a restart. A dark system theme gets colours that read on a dark background.

Light colours are the ones the app always had; their dark counterparts keep the same meaning with a
contrast of at least 4.5:1 (WCAG AA) against the dark window. ``tests/gui/test_theme.py`` measures both.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# name: (light, dark)
TONES: Final[dict[str, tuple[str, str]]] = {
    "danger": ("#b00020", "#ff8a95"),
    "warning": ("#8a5a00", "#f0b35a"),
    "good": ("#1e6b30", "#7fd98f"),
    "muted": ("#6b6b6b", "#a8a8a8"),
    "void": ("#8a8a8a", "#8f8f8f"),
    "accent": ("#2e7dbe", "#6fb0ea"),
    "notice": ("#084298", "#9ec5fe"),
}
# A banner: (background, text, border), light and dark.
BANNERS: Final[dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]]] = {
    "warning": (("#fff3cd", "#664d03", "#ffe69c"), ("#3d3000", "#ffe69c", "#665100")),
    "error": (("#f8d7da", "#58151c", "#f1aeb5"), ("#43121a", "#f5c2c7", "#842029")),
    "notice": (("#e7f1ff", "#084298", "#b6d4fe"), ("#0b2545", "#9ec5fe", "#084298")),
}
SECTION: Final = ("#e9edf2", "#2f353c")  # a section title's row (Today)
TAG: Final = ("#e7eef6", "#2c3a4a")  # a customer's tag
GRID: Final = ("#cccccc", "#555555")  # a chart's axis


def is_dark() -> bool:
    """Whether the window is drawn light on dark (a dark system theme, or one chosen)."""
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if is_dark() else pair[0]


def tone(name: str) -> str:
    """The colour of a tone (danger, warning, good, muted, void, accent, notice), as ``#rrggbb``; an
    unknown one (neutral): the empty string, which leaves the text as the palette draws it."""
    pair = TONES.get(name)
    return _pick(pair) if pair is not None else ""


def tone_color(name: str) -> QColor:
    return QColor(tone(name))


def tone_style(name: str) -> str:
    """A style sheet that draws a label's text in that tone: ``color:#b00020``."""
    return f"color:{tone(name)}"


def banner_style(kind: str, *, padding: str = "6px") -> str:
    """A banner's style sheet: a tinted background, readable text, a border (warning, error, notice)."""
    background, text, border = BANNERS[kind][1 if is_dark() else 0]
    return (
        f"background:{background}; color:{text}; border:1px solid {border}; border-radius:4px; "
        f"padding:{padding};"
    )


def section_color() -> QColor:
    return QColor(_pick(SECTION))


def tag_background() -> str:
    return _pick(TAG)


def grid_color() -> QColor:
    return QColor(_pick(GRID))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


__all__ = [
    "BANNERS",
    "TONES",
    "banner_style",
    "contrast",
    "grid_color",
    "is_dark",
    "section_color",
    "tag_background",
    "tone",
    "tone_color",
    "tone_style",
]
