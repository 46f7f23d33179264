"""Dates and times as people read them, in the language words are in now and the shop's country.

One rule for the screen, the paper and the command line: the patterns of CLDR (through babel) for the
locale :func:`date_locale` names — the current language (:mod:`crm_desktop.i18n`: the window's, or the
customer's while their document is made) written as in the shop's country. A Belgian shop (``fr_BE``)
shows "3 mars 2026" in French, "3 maart 2026" in Dutch, "3 March 2026" in English; a German one
"3. März 2026". English with no country of its own keeps the day first ("3 Mar 2026"), as crm_desktop
always wrote it; a shop whose locale is ``en_US`` gets "Mar 3, 2026".

babel is imported inside the functions (the window paints before it loads), and each text is cached:
a list of a thousand rows formats its dates once.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import Final

from crm_desktop import i18n

ENGLISH_DEFAULT: Final = "en_GB"  # English without a country of its own: day first, 24-hour clock
# CLDR skeletons: which fields, in the order and words each locale gives them
DAY_MONTH_YEAR: Final = "yMMMd"  # untranslated: a CLDR skeleton
DAY_MONTH: Final = "MMMd"  # untranslated: a CLDR skeleton
WEEKDAY_DAY_MONTH: Final = "MMMEd"  # untranslated: a CLDR skeleton
WEEKDAY_DAY_MONTH_YEAR: Final = "yMMMEd"  # untranslated: a CLDR skeleton
DAY_FULL_MONTH: Final = "MMMMd"  # untranslated: a CLDR skeleton
MONTH: Final = "MMM"  # untranslated: a CLDR skeleton (the month alone, as a heading: "Dec", "déc.")


def date_locale() -> str:
    """The locale dates are written in now: ``fr_BE``, ``nl_BE``, ``en_BE``, ``de_DE``..."""
    return _date_locale(i18n.current_language(), i18n.shop_locale())


@lru_cache(maxsize=64)
def _date_locale(language: str, shop: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        where = Locale.parse(shop)
    except (UnknownLocaleError, ValueError):
        where = None
    if where is not None and where.language == language:
        return shop
    if where is not None and where.territory:
        try:
            return str(Locale.parse(f"{language}_{where.territory}"))
        except (UnknownLocaleError, ValueError):
            pass
    return ENGLISH_DEFAULT if language == i18n.ENGLISH else language


@lru_cache(maxsize=4096)
def _skeleton(skeleton: str, day: date | time, where: str) -> str:
    from babel.dates import format_skeleton

    return str(format_skeleton(skeleton, day, locale=where))


@lru_cache(maxsize=4096)
def _format(style: str, day: date, where: str) -> str:
    from babel.dates import format_date

    return str(format_date(day, style, locale=where))


def long_date(day: date) -> str:
    """``3 March 2026``, ``3 mars 2026``, ``3. März 2026``: a date in words, as documents write it."""
    return _format("long", day, date_locale())


def full_date(day: date) -> str:
    """``Tuesday, 3 March 2026``, ``mardi 3 mars 2026``: with the day of the week."""
    return _format("full", day, date_locale())


def medium_date(day: date) -> str:
    """``3 Mar 2026``, ``3 mars 2026``, ``3. März 2026``."""
    return _skeleton(DAY_MONTH_YEAR, day, date_locale())


def day_month(day: date) -> str:
    """``3 Mar``, ``3 mars``, ``3. März``."""
    return _skeleton(DAY_MONTH, day, date_locale())


def day_full_month(day: date) -> str:
    """``3 March``, ``3 mars``, ``3. März``: a day of this year in words."""
    return _skeleton(DAY_FULL_MONTH, day, date_locale())


def month_abbreviation(day: date) -> str:
    """``Dec``, ``déc.``, ``Dez.``: the month alone, as a chart or a column names it."""
    return _skeleton(MONTH, day, date_locale())


def short_date(day: date, today: date) -> str:
    """``3 Mar`` in ``today``'s year, ``3 Mar 2025`` otherwise."""
    return day_month(day) if day.year == today.year else medium_date(day)


def weekday_date(day: date, *, with_year: bool = False) -> str:
    """``Tue 3 Mar``, ``mar. 3 mars`` (``Tue, 3 Mar 2026`` with the year): a day of a week's plan."""
    return _skeleton(WEEKDAY_DAY_MONTH_YEAR if with_year else WEEKDAY_DAY_MONTH, day, date_locale())


def clock_time(moment: time | datetime) -> str:
    """``14:05`` (``2:05 PM`` where the shop's locale writes the time so), in local time."""
    if isinstance(moment, datetime):
        moment = _local(moment).time()
    return _time_short(moment.replace(second=0, microsecond=0), date_locale())


@lru_cache(maxsize=4096)
def _time_short(moment: time, where: str) -> str:
    from babel.dates import format_time

    return str(format_time(moment, "short", locale=where))


def date_time(moment: datetime, *, weekday: bool = False) -> str:
    """``3 Mar 2026, 14:05``: a moment in local time (``Tue, 3 Mar 2026, 14:05`` with the weekday)."""
    local = _local(moment)
    day = weekday_date(local.date(), with_year=True) if weekday else medium_date(local.date())
    return _joined(day, clock_time(local), date_locale())


def day_time(moment: datetime, *, weekday: bool = False) -> str:
    """``3 Mar, 14:05``: a moment of this year, in local time (``Tue 3 Mar, 14:05`` with the weekday)."""
    local = _local(moment)
    day = weekday_date(local.date()) if weekday else day_month(local.date())
    return _joined(day, clock_time(local), date_locale())


def _joined(day: str, clock: str, where: str) -> str:
    from babel import Locale

    pattern = str(Locale.parse(where).datetime_formats["medium"]).replace("'", "")
    return pattern.replace("{1}", day).replace("{0}", clock)


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


__all__ = [
    "clock_time",
    "date_locale",
    "date_time",
    "day_full_month",
    "day_month",
    "day_time",
    "full_date",
    "long_date",
    "medium_date",
    "month_abbreviation",
    "short_date",
    "weekday_date",
]
