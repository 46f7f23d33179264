"""Money as shop people type it and as every screen and document shows it: the currency's own decimals
(yen none, dinars three), the shop's locale for grouping and the decimal mark."""

from __future__ import annotations

import pytest

from crm_desktop.domain.money import (
    MAX_UNITS,
    ShopMoney,
    default_locale,
    format_amount,
    format_money,
    format_units,
    locale_name,
    minor_digits,
    parse_money,
)
from crm_desktop.errors import ValidationError

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("currency", "digits"), [("JPY", 0), ("EUR", 2), ("USD", 2), ("KWD", 3), ("jpy", 0)])
def test_each_currency_has_its_own_number_of_decimals(currency: str, digits: int) -> None:
    assert minor_digits(currency) == digits


@pytest.mark.parametrize(
    ("typed", "currency", "locale", "minor"),
    [
        # yen have no decimals: 1000 typed is a thousand yen, not ten
        ("1000", "JPY", "en_US", 1000),
        ("¥1,000", "JPY", "en_US", 1000),
        ("￥1,000", "JPY", "ja_JP", 1000),
        ("1.000", "JPY", "de_DE", 1000),
        # dinars have three
        ("1000", "KWD", "en_US", 1_000_000),
        ("1.5", "KWD", "en_US", 1500),
        ("1,5", "KWD", "de_DE", 1500),
        ("KWD 1,000.000", "KWD", "en_US", 1_000_000),
        ("١٬٠٠٠٫٥٠٠", "KWD", "ar_KW", 1_000_500),  # Arabic-Indic digits and marks
        # euros, as typed in English, German and French
        ("12", "EUR", "en_US", 1200),
        ("1,000.50", "EUR", "en_US", 100050),
        ("1 299.50", "EUR", "en_US", 129950),
        ("4,50", "EUR", "en_US", 450),  # a comma followed by two digits is a decimal comma
        (".5", "EUR", "en_US", 50),
        ("1.000,50", "EUR", "de_DE", 100050),
        ("1.000", "EUR", "de_DE", 100000),
        ("4,50", "EUR", "de_DE", 450),
        ("9.199,70 €", "EUR", "de_DE", 919970),
        (f"9{NNBSP}199,70{NBSP}€", "EUR", "fr_FR", 919970),  # as the screen shows it, pasted back
        ("1 000", "EUR", "fr_FR", 100000),
        ("4,50", "EUR", "fr_FR", 450),
        ("12,50 eur", "EUR", "fr_FR", 1250),
        # dollars
        ("$1,234.56", "USD", "en_US", 123456),
        ("US$ 5", "USD", "en_US", 500),
        ("$5", "CAD", "en_CA", 500),
        # other groupings
        ("1,00,000.50", "INR", "en_IN", 10_000_050),
        ("1'234.50", "CHF", "de_CH", 123450),
        ("100 kr", "SEK", "en_US", 10000),
    ],
)
def test_amounts_are_read_as_shop_people_type_them(
    typed: str, currency: str, locale: str, minor: int
) -> None:
    assert parse_money(typed, currency, locale) == minor


@pytest.mark.parametrize(
    ("typed", "currency", "locale", "sentence"),
    [
        ("abc", "EUR", "en_US", "'abc' is not an amount in EUR such as 1,299.50."),
        ("abc", "EUR", "de_DE", "'abc' is not an amount in EUR such as 1.299,50."),
        ("1e5", "EUR", "en_US", "'1e5' is not an amount in EUR such as 1,299.50."),
        ("NaN", "USD", "en_US", "'NaN' is not an amount in USD such as 1,299.50."),
        ("1,2,3", "EUR", "en_US", "'1,2,3' is not an amount in EUR such as 1,299.50."),
        ("12..5", "EUR", "en_US", "'12..5' is not an amount in EUR such as 1,299.50."),
        ("1000 000", "EUR", "fr_FR", f"'1000 000' is not an amount in EUR such as 1{NNBSP}299,50."),
        ("$100", "EUR", "en_US", "'$100' is not an amount in EUR such as 1,299.50."),  # another currency
        ("abc", "JPY", "en_US", "'abc' is not an amount in JPY such as 1,299."),
        ("   ", "EUR", "en_US", "No amount was typed; type one such as 1,299.50."),
        ("1.999", "EUR", "en_US", "'1.999' has 3 decimals, but EUR amounts have 2 at most."),
        ("1,0001", "KWD", "de_DE", "'1,0001' has 4 decimals, but KWD amounts have 3 at most."),
        ("1.5", "JPY", "en_US", "'1.5' has decimals, but JPY amounts are whole numbers."),
        ("1.000", "JPY", "en_US", "'1.000' has decimals, but JPY amounts are whole numbers."),
        ("-5", "EUR", "en_US", "'-5' is below zero; type the amount without a minus sign."),
        ("−5 €", "EUR", "fr_FR", "'−5 €' is below zero; type the amount without a minus sign."),
        ("99999999999", "EUR", "en_US", "'99999999999' is too large: amounts go up to €9,999,999,999.99."),
        ("10000000000", "JPY", "en_US", "'10000000000' is too large: amounts go up to ¥9,999,999,999."),
        ("9" * 5000, "EUR", "en_US", f"'{'9' * 39}…' is too large: amounts go up to €9,999,999,999.99."),
    ],
)
def test_what_is_not_an_amount_is_refused_with_a_sentence(
    typed: str, currency: str, locale: str, sentence: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(typed, currency, locale)
    assert str(caught.value) == sentence


def test_a_refund_may_be_negative_when_the_caller_allows_it() -> None:
    assert parse_money("-5", "EUR", "en_US", allow_negative=True) == -500
    assert parse_money("-$1,000.00", "USD", "en_US", allow_negative=True) == -100000


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "shown"),
    [
        (919970, "EUR", "en_US", "€9,199.70"),
        (919970, "EUR", "de_DE", f"9.199,70{NBSP}€"),
        (919970, "EUR", "fr_FR", f"9{NNBSP}199,70{NBSP}€"),
        (919970, "EUR", "fr_BE", f"9{NNBSP}199,70{NBSP}€"),
        (919970, "EUR", "nl_BE", f"€{NBSP}9.199,70"),
        (1000, "JPY", "en_US", "¥1,000"),
        (1000, "JPY", "ja_JP", "￥1,000"),
        (1_000_000, "KWD", "en_US", f"KWD{NBSP}1,000.000"),  # a letter symbol is set apart
        (1500, "KWD", "en_US", f"KWD{NBSP}1.500"),
        (123456, "USD", "en_US", "$1,234.56"),
        (-500, "USD", "en_US", "-$5.00"),
        (0, "EUR", "en_US", "€0.00"),
        (12_345_678, "INR", "en_IN", "₹1,23,456.78"),
        (987_654_321_012, "CHF", "de_CH", f"CHF{NBSP}9'876'543'210.12"),  # every group, whatever babel does
        (123_456_789, "EUR", "fr_CH", f"1'234'567,89{NBSP}€"),
    ],
)
def test_amounts_are_shown_grouped_as_the_locale_writes_them(
    minor: int, currency: str, locale: str, shown: str
) -> None:
    assert format_money(minor, currency, locale) == shown


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "typed"),
    [
        (129950, "EUR", "en_US", "1,299.50"),
        (129950, "EUR", "de_DE", "1.299,50"),
        (0, "EUR", "en_US", "0.00"),
        (1000, "JPY", "en_US", "1,000"),
        (1500, "KWD", "en_US", "1.500"),
        (123_456_789, "CHF", "de_CH", "1'234'567.89"),
    ],
)
def test_fields_are_filled_with_the_number_alone(minor: int, currency: str, locale: str, typed: str) -> None:
    assert format_amount(minor, currency, locale) == typed


@pytest.mark.parametrize(
    ("currency", "locale"),
    [
        ("EUR", "en_US"),
        ("EUR", "de_DE"),
        ("EUR", "fr_FR"),
        ("EUR", "de_CH"),
        ("EUR", "nl_BE"),
        ("JPY", "ja_JP"),
        ("JPY", "en_US"),
        ("KWD", "ar_KW"),
        ("KWD", "de_DE"),
        ("USD", "en_US"),
        ("INR", "en_IN"),
        ("CHF", "de_CH"),
    ],
)
def test_what_is_shown_reads_back_to_the_same_amount(currency: str, locale: str) -> None:
    largest = MAX_UNITS * 10 ** minor_digits(currency) - 1
    for minor in (0, 1, 7, 99, 100, 1000, 123456, 919970, 100_000_000, 987_654_321, largest):
        assert parse_money(format_money(minor, currency, locale), currency, locale) == minor
        assert parse_money(format_amount(minor, currency, locale), currency, locale) == minor
        negative = format_money(-minor, currency, locale)
        assert parse_money(negative, currency, locale, allow_negative=True) == -minor


def test_the_shops_money_bundles_currency_and_locale() -> None:
    yen = ShopMoney("JPY", "en_US")
    assert yen.parse("1000") == 1000 and yen.format(1000) == "¥1,000" and yen.amount(1000) == "1,000"
    assert yen.example == "1,299" and yen.digits == 0
    assert ShopMoney("KWD", "en_US").parse("1.5") == 1500
    assert (
        ShopMoney("EUR", "de_DE").sample("4.50") == "4,50"
        and ShopMoney("KWD", "en_US").minor_of("4.5") == 4500
    )
    assert yen.sample("4.50") == "5"  # hints round to what the currency can hold


@pytest.mark.parametrize(
    ("typed", "name"),
    [("de_DE", "de_DE"), ("de-de", "de_DE"), ("fr_BE.UTF-8", "fr_BE"), ("en_US.UTF-8@euro", "en_US")],
)
def test_locale_names_are_read_as_babel_writes_them(typed: str, name: str) -> None:
    assert locale_name(typed) == name


@pytest.mark.parametrize("typed", ["", None, "C", "C.UTF-8", "POSIX", "xx_YY", "English_United States"])
def test_what_babel_does_not_know_is_not_a_locale(typed: str | None) -> None:
    assert locale_name(typed) is None


@pytest.mark.parametrize(
    ("country", "system", "chosen"),
    [
        ("BE", ["fr_BE.UTF-8"], "fr_BE"),  # the computer's own locale, in the shop's country
        ("BE", ["fr_FR.UTF-8"], "fr_BE"),  # the computer's language, as written in the shop's country
        ("BE", ["C.UTF-8"], "nl_BE"),  # nothing from the computer: the country's usual locale
        ("JP", [None, "C"], "ja_JP"),
        ("US", ["en_US"], "en_US"),
        (None, ["de_CH.UTF-8"], "de_CH"),
        (None, [], "en_US"),
    ],
)
def test_the_default_locale_follows_the_computer_then_the_country(
    country: str | None, system: list[str | None], chosen: str
) -> None:
    assert default_locale(country, system) == chosen


@pytest.mark.parametrize(("currency", "locale"), [("EUR", "en_US"), ("JPY", "ja_JP"), ("KWD", "ar_KW")])
def test_hostile_text_is_an_amount_or_a_sentence_never_a_crash(
    hostile_lines: list[str], currency: str, locale: str
) -> None:
    for line in [*hostile_lines, "9" * 5000, "0." + "1" * 5000, "\x00", "１２３", "٣٫٥"]:
        try:
            minor = parse_money(line, currency, locale)
        except ValidationError as exc:
            assert str(exc).endswith("."), line
        else:
            assert 0 <= minor < MAX_UNITS * 10 ** minor_digits(currency), line


def test_chart_axes_show_whole_units_grouped() -> None:
    assert format_units(12000.0, "en_US") == "12,000" and format_units(12000, "de_DE") == "12.000"
    assert format_units(1234567.4, "de_CH") == "1'234'567"
