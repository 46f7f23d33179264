"""The customer form's rules: what is saved, and the sentence shown beside each field that is not."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import CustomerKind
from crm_desktop.domain.validation import (
    CustomerInput,
    FieldErrors,
    PhoneInput,
    ValidCustomer,
    normalize_email,
    validate_customer,
)
from crm_desktop.errors import UserFacingError, ValidationError


def _errors(data: CustomerInput, country: str = "BE", **kwargs: str | None) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        validate_customer(data, country, **kwargs)
    return caught.value.errors


def test_a_complete_form_is_cleaned_for_saving() -> None:
    valid = validate_customer(
        CustomerInput(
            kind="Business",
            name="  Vélo & Co <Lyon>  ",
            company=" Vélo & Co SARL ",
            email="  Contact@Velo-Co.EXAMPLE ",
            phones=(
                PhoneInput("work", "0470/12.34.56"),
                PhoneInput("", "+44 20 7946 0958"),
                PhoneInput("home", " "),
            ),
            address="Rue Haute 54\n1000 Bruxelles\n",
            notes="  Prefers calls after 6 pm  ",
            tags=(" vip ", "VIP", "business", ""),
            contact_consent=True,
        ),
        "BE",
    )
    assert isinstance(valid, ValidCustomer)
    assert valid.kind is CustomerKind.BUSINESS
    assert valid.name == "Vélo & Co <Lyon>"
    assert valid.company == "Vélo & Co SARL"
    assert valid.email == "Contact@velo-co.example"  # domain in lowercase, mailbox as typed
    assert [(p.label, p.number.raw, p.number.e164) for p in valid.phones] == [
        ("work", "0470/12.34.56", "+32470123456"),
        ("mobile", "+44 20 7946 0958", "+442079460958"),  # a blank label is "mobile"
    ]
    assert valid.address == "Rue Haute 54\n1000 Bruxelles\n"  # multi-line text keeps every character
    assert valid.notes == "  Prefers calls after 6 pm  "
    assert valid.tags == ("vip", "business")  # trimmed, the same tag once whatever its case
    assert valid.contact_consent is True


def test_blank_optional_fields_are_empty() -> None:
    valid = validate_customer(
        CustomerInput(name="Ana", company="  ", email=" ", address="\n\n", notes="   "), None
    )
    assert (valid.company, valid.email, valid.address, valid.notes) == (None, None, None, None)
    assert valid.phones == () and valid.tags == () and valid.contact_consent is None


def test_the_name_is_required() -> None:
    assert _errors(CustomerInput(name="   ")) == {"name": "Name is required."}


def test_a_name_over_200_characters_is_refused_with_the_limit() -> None:
    assert _errors(CustomerInput(name="x" * 201)) == {
        "name": "Name is too long: 201 characters, at most 200."
    }
    assert validate_customer(CustomerInput(name="x" * 200), "BE").name == "x" * 200


def test_each_field_gets_its_own_sentence_and_all_come_at_once() -> None:
    errors = _errors(
        CustomerInput(
            kind="robot",
            name="",
            company="c" * 201,
            email="not-an-email",
            phones=(PhoneInput("mobile", "12"),),
            address="a" * 2_001,
            notes="n" * 20_001,
            tags=("t" * 61,),
            contact_consent="yes",  # type: ignore[arg-type]
        )
    )
    assert errors == {
        "kind": "Kind must be person or business, not 'robot'.",
        "name": "Name is required.",
        "company": "Company is too long: 201 characters, at most 200.",
        "email": "'not-an-email' is not an email address. An email address must have an @-sign.",
        "phones": "'12' is not a phone number: too short.",
        "address": "Address is too long: 2,001 characters, at most 2,000.",
        "notes": "Notes are too long: 20,001 characters, at most 20,000.",
        "tags": f"Tag '{'t' * 30}…' is too long: 61 characters, at most 60.",
        "contact_consent": "Contact consent must be yes, no or never asked.",
    }


def test_field_errors_read_as_one_message_too() -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_customer(CustomerInput(name="", email="a@"), "BE")
    exc = caught.value
    assert isinstance(exc, ValidationError) and isinstance(exc, UserFacingError)
    assert str(exc).startswith("Name is required. 'a@' is not an email address.")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ZOE@EXAMPLE.COM", "ZOE@example.com"),
        ("zoë.øster@exämple.be", "zoë.øster@exämple.be"),
        (" a.b+shop@mail.example ", "a.b+shop@mail.example"),
    ],
)
def test_email_addresses_are_normalised(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize("typed", ["a@b", "two@@signs.be", "space in@mail.be", "@mail.be", "a@localhost"])
def test_impossible_email_addresses_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"is not an email address\. "):
        normalize_email(typed)


def test_a_10000_character_word_fits_in_the_notes_and_nowhere_else() -> None:
    word = "x" * 10_000
    assert validate_customer(CustomerInput(name="Ana", notes=word), "BE").notes == word
    errors = _errors(CustomerInput(name=word, company=word, address=word, tags=(word,)))
    assert errors["name"] == "Name is too long: 10,000 characters, at most 200."
    assert errors["company"] == "Company is too long: 10,000 characters, at most 200."
    assert errors["address"] == "Address is too long: 10,000 characters, at most 2,000."
    assert errors["tags"].endswith("is too long: 10,000 characters, at most 60.")


def test_notes_already_on_file_are_not_held_to_the_limit() -> None:
    merged = "n" * 30_000  # two customers' notes joined by a merge
    same = CustomerInput(name="Ana", notes=merged)
    assert validate_customer(same, "BE", stored_notes=merged).notes == merged
    assert "notes" in _errors(CustomerInput(name="Ana", notes=merged + "!"), stored_notes=merged)


def test_hostile_text_is_kept_exactly(hostile_lines: list[str]) -> None:
    for line in hostile_lines:
        if not line.strip():
            continue
        valid = validate_customer(
            CustomerInput(
                name=line if len(line) <= 200 else "Ana",
                company=line if len(line) <= 200 else None,
                notes=line,
                address=line if len(line) <= 2_000 else None,
            ),
            "BE",
        )
        assert valid.notes == line
        if len(line) <= 200:
            assert valid.name == line.strip() == line
            assert valid.company == line


def test_text_no_database_can_hold_is_refused_clearly() -> None:
    errors = _errors(CustomerInput(name="Ana\x00Bel", notes="half an emoji \ud83d"))
    assert errors == {
        "name": "Name contains a NUL character, which cannot be saved; remove it.",
        "notes": "Notes contains a broken character (an unpaired surrogate), which cannot be saved.",
    }


def test_tags_are_single_words_or_phrases() -> None:
    errors = _errors(CustomerInput(name="Ana", tags=("two\nlines",)))
    assert errors == {
        "tags": "Tag 'two\nlines' cannot contain line breaks, tabs or other control characters."
    }
    assert validate_customer(CustomerInput(name="Ana", tags=("prefers email", "🙂", "Ελένη")), "BE").tags == (
        "prefers email",
        "🙂",
        "Ελένη",
    )


def test_the_same_number_twice_is_refused() -> None:
    errors = _errors(
        CustomerInput(
            name="Ana", phones=(PhoneInput("mobile", "0470 12 34 56"), PhoneInput("work", "+32470123456"))
        )
    )
    assert errors == {"phones": "'+32470123456' is the same number as '0470 12 34 56'; keep it once."}


def test_every_bad_phone_is_named() -> None:
    errors = _errors(
        CustomerInput(name="Ana", phones=(PhoneInput("mobile", "12"), PhoneInput("work", "abc")))
    )
    assert errors == {
        "phones": "'12' is not a phone number: too short. 'abc' is not a phone number: it has no digits."
    }


def test_a_long_phone_label_is_refused() -> None:
    errors = _errors(CustomerInput(name="Ana", phones=(PhoneInput("l" * 41, "0470 12 34 56"),)))
    assert errors == {"phones": "The label of '0470 12 34 56' is too long: 41 characters, at most 40."}


@pytest.mark.parametrize(("consent", "stored"), [(True, True), (False, False), (None, None)])
def test_consent_is_yes_no_or_never_asked(consent: bool | None, stored: bool | None) -> None:
    assert (
        validate_customer(CustomerInput(name="Ana", contact_consent=consent), "BE").contact_consent is stored
    )


def test_kind_accepts_the_enum_and_its_words() -> None:
    assert (
        validate_customer(CustomerInput(name="Ana", kind=CustomerKind.BUSINESS), "BE").kind
        is CustomerKind.BUSINESS
    )
    assert validate_customer(CustomerInput(name="Ana", kind=" person "), "BE").kind is CustomerKind.PERSON
