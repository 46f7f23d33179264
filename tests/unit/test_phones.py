"""Phone numbers as people type them, read with the shop's country."""

from __future__ import annotations

import pytest

from crm_desktop.domain.phones import (
    display_e164,
    is_supported_country,
    normalize_phone,
    phone_match_keys,
    phone_search_digits,
)
from crm_desktop.errors import UserFacingError, ValidationError


@pytest.mark.parametrize(
    ("raw", "country", "e164", "display"),
    [
        ("+44 20 7946 0958", "BE", "+442079460958", "+44 20 7946 0958"),
        ("+44 20 7946 0958", "GB", "+442079460958", "020 7946 0958"),
        ("020 7946 0958", "GB", "+442079460958", "020 7946 0958"),
        ("06 12 34 56 78", "FR", "+33612345678", "06 12 34 56 78"),
        ("(555) 010-4477", "US", "+15550104477", "(555) 010-4477"),
        ("0032 470 12 34 56", "BE", "+32470123456", "0470 12 34 56"),
        ("0032 470 12 34 56", "FR", "+32470123456", "+32 470 12 34 56"),
        ("0032 470 12 34 56", "US", "+32470123456", "+32 470 12 34 56"),  # 00 understood where 011 is usual
        ("048 1/23.45.67", "BE", "+32481234567", "0481 23 45 67"),
        ("1-800-FLOWERS", "US", "+18003569377", "(800) 356-9377"),
        ("+44 20 7946 0958", None, "+442079460958", "+44 20 7946 0958"),
    ],
)
def test_numbers_are_read_in_the_shops_country(
    raw: str, country: str | None, e164: str, display: str
) -> None:
    number = normalize_phone(raw, country)
    assert (number.raw, number.e164, number.display) == (raw, e164, display)


def test_the_same_number_typed_differently_gives_the_same_e164() -> None:
    typed = ["+32 470 12 34 56", "0470 12 34 56", "0470/12.34.56", "0032470123456", "+32 (0)470 123 456"]
    assert {normalize_phone(raw, "BE").e164 for raw in typed} == {"+32470123456"}


def test_the_raw_text_is_kept_as_typed() -> None:
    assert normalize_phone("0470/12.34.56", "be").raw == "0470/12.34.56"


def test_country_codes_are_accepted_in_any_case() -> None:
    assert normalize_phone("020 7946 0958", "gb").e164 == "+442079460958"


@pytest.mark.parametrize(
    ("raw", "country", "message"),
    [
        ("12", "BE", "'12' is not a phone number: too short."),
        ("abc", "BE", "'abc' is not a phone number: it has no digits."),
        ("+999 1234", "BE", "'+999 1234' is not a phone number: unknown country code."),
        ("+32 470 12 34 56 78 90 12", "BE", "'+32 470 12 34 56 78 90 12' is not a phone number: too long."),
        ("555 0123", "US", "'555 0123' is not a phone number: the area code is missing."),
        ("  ", "BE", "The phone number is empty."),
        (
            "0470 12 34 56",
            None,
            "'0470 12 34 56' is not a phone number: start it with + and the country code "
            "(the shop's country is not set).",
        ),
        (
            "0470 12 34 56",
            "ZZ",
            "'0470 12 34 56' is not a phone number: start it with + and the country code "
            "(the shop's country is not set).",
        ),
    ],
)
def test_impossible_numbers_are_refused_with_a_sentence(raw: str, country: str | None, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(raw, country)
    assert str(caught.value) == message
    assert isinstance(caught.value, UserFacingError)


def test_a_pasted_paragraph_is_refused_with_its_length() -> None:
    with pytest.raises(ValidationError, match=r"too long \(100 characters; at most 64\)"):
        normalize_phone("1" * 100, "BE")


def test_display_of_a_stored_number_depends_on_the_shops_country() -> None:
    assert display_e164("+32470123456", "BE") == "0470 12 34 56"
    assert display_e164("+32470123456", "GB") == "+32 470 12 34 56"
    assert display_e164("0470123456", "BE") is None  # not E.164


def test_match_keys_cover_the_digit_forms_older_entries_used() -> None:
    number = normalize_phone("+32 470 12 34 56", "BE")
    assert phone_match_keys(number, "BE") == ("+32470123456", "0032470123456", "0470123456")
    # a foreign number has no national form in this shop
    assert phone_match_keys(number, "FR") == ("+32470123456", "0032470123456")


@pytest.mark.parametrize(
    ("text", "country", "digits"),
    [
        ("+32 470 12", "BE", "3247012"),
        ("0032 470", "BE", "32470"),
        ("0470 12 34", "BE", "4701234"),
        ("06 12", "FR", "612"),
        ("555-01", "US", "55501"),
        ("1 555", "US", "555"),
        ("0", "BE", "0"),
        ("Smith", "BE", ""),
        ("470", None, "470"),
    ],
)
def test_search_digits_match_inside_e164(text: str, country: str | None, digits: str) -> None:
    assert phone_search_digits(text, country) == digits


def test_supported_countries() -> None:
    assert is_supported_country("be") and is_supported_country(" GB ")
    assert not is_supported_country("ZZ") and not is_supported_country("")
