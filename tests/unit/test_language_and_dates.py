"""Which language crm_desktop speaks, and dates and money in the shop's locale (no Qt, no database)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from crm_desktop import i18n
from crm_desktop.domain import dates
from crm_desktop.domain.money import format_figure, format_money
from crm_desktop.errors import UserFacingError


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "de_AT.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "nl"),  # LC_MESSAGES before LANG
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "fr_FR.UTF-8"}, "es"),
        ({"LANGUAGE": "pt_BR:de", "LANG": "pt_BR.UTF-8"}, "de"),  # the first of the list it speaks
        ({"LANG": "pt_BR.UTF-8"}, "en"),  # not shipped: English
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_computers_language_is_followed_when_crm_desktop_speaks_it(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.system_language(environ) == expected


def test_language_option_beats_the_saved_choice_which_beats_the_computer(tmp_path: Path) -> None:
    environ = {"LANG": "de_DE.UTF-8"}
    assert i18n.choose_language(None, tmp_path, environ) == "de"
    i18n.save_language(tmp_path, "nl")
    assert json.loads((tmp_path / i18n.PREFERENCES_FILE).read_text())["language"] == "nl"
    assert i18n.choose_language(None, tmp_path, environ) == "nl"
    assert i18n.choose_language("fr", tmp_path, environ) == "fr"
    i18n.save_language(tmp_path, None)  # back to "as the computer"
    assert i18n.choose_language(None, tmp_path, environ) == "de"


def test_an_unknown_language_is_refused_with_the_list_of_those_spoken() -> None:
    with pytest.raises(UserFacingError, match=r"'klingon' is not a language .* fr \(Français\)"):
        i18n.parse_language("klingon")
    assert i18n.parse_language("fr_CA") == "fr"
    assert i18n.parse_language("DE") == "de"


def test_a_damaged_preferences_file_means_the_computers_language(tmp_path: Path) -> None:
    (tmp_path / i18n.PREFERENCES_FILE).write_text("{not json", encoding="utf-8")
    assert i18n.choose_language(None, tmp_path, {"LANG": "es_ES.UTF-8"}) == "es"


def test_a_document_language_holds_only_inside_its_block() -> None:
    i18n.use_language("en")
    with i18n.language("de"):
        assert i18n.current_language() == "de"
        with i18n.language("fr"):
            assert i18n.current_language() == "fr"
        assert i18n.current_language() == "de"
    assert i18n.current_language() == "en"


DAY = date(2026, 3, 3)


@pytest.mark.parametrize(
    ("language", "shop", "long", "short", "weekday"),
    [
        ("en", "en_GB", "3 March 2026", "3 Mar", "Tue 3 Mar"),
        ("en", "en_US", "March 3, 2026", "Mar 3", "Tue, Mar 3"),
        ("fr", "fr_BE", "3 mars 2026", "3 mars", "mar. 3 mars"),
        ("nl", "fr_BE", "3 maart 2026", "3 mrt", "di 3 mrt"),  # a Dutch customer of a Belgian shop
        ("de", "de_DE", "3. März 2026", "3. März", "Di., 3. März"),
        ("es", "es_ES", "3 de marzo de 2026", "3 mar", "mar, 3 mar"),
    ],
)
def test_dates_are_written_in_the_language_as_the_shops_country_writes_them(
    language: str, shop: str, long: str, short: str, weekday: str
) -> None:
    i18n.use_shop_locale(shop)
    with i18n.language(language):
        assert dates.long_date(DAY) == long
        assert dates.short_date(DAY, date(2026, 1, 1)) == short
        assert dates.weekday_date(DAY) == weekday
        assert dates.short_date(DAY, date(2027, 1, 1)) == dates.medium_date(DAY)  # another year: with it
        assert "2026" in dates.medium_date(DAY)


def test_times_follow_the_shops_clock() -> None:
    moment = datetime(2026, 3, 3, 14, 5)
    i18n.use_shop_locale("en_US")
    assert dates.date_time(moment) == "Mar 3, 2026, 2:05\u202fPM"
    i18n.use_shop_locale("de_DE")
    with i18n.language("de"):
        assert dates.date_time(moment) == "3. März 2026, 14:05"


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (123450, "EUR", "de_DE", "1.234,50\u00a0€"),
        (123450, "EUR", "fr_FR", "1\u202f234,50\u00a0€"),
        (123450, "EUR", "nl_BE", "€\u00a01.234,50"),
        (123450, "EUR", "es_ES", "1.234,50\u00a0€"),
        (1234, "JPY", "ja_JP", "￥1,234"),  # no decimals
        (1234500, "KWD", "en_GB", "KWD\u00a01,234.500"),
    ],
)
def test_money_follows_the_shops_locale_with_the_currencys_decimals(
    minor: int, currency: str, locale: str, expected: str
) -> None:
    assert format_money(minor, currency, locale) == expected


def test_figures_keep_their_decimals_with_the_locales_mark() -> None:
    assert format_figure(4.09, "fr_BE") == "4,09"
    assert format_figure(50.0, "de_DE") == "50,0"  # the decimal the figure has is kept
    assert format_figure(50.0, "en_GB") == "50.0"
    assert format_figure(1234.5, "de_DE") == "1.234,5"
