"""Customers: who they are (a name as they write it, a company, an e-mail address, a Brussels address),
how they can be reached (phones typed every way people type them, stored as the app stores them) and
their consent and tags."""

from __future__ import annotations

from typing import Final

from crm_desktop.domain.enums import CustomerKind
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.text import fold
from crm_desktop.errors import ValidationError
from crm_desktop.sample.clock import DAY
from crm_desktop.sample.names import (
    BUSINESS_KINDS,
    LEGAL_FORMS,
    LOCAL_PHONES,
    LOCALE_WEIGHTS,
    LOCALES,
    MAIL_DOMAINS,
    PLACES,
    STREETS,
    Locale,
)
from crm_desktop.sample.state import CustomerMemo, Sample
from crm_desktop.sample.tables import DEMO_COUNTRY

_CUSTOMER_NOTES: Final = (
    "Prefers calls after 17:00",
    "Hard of hearing: speak slowly and clearly",
    "Pays by bank transfer",
    "Speaks little French; English is fine",
    "Daughter handles the repairs; ask for her",
    "Regular since the shop opened",
    "Always asks for the invoice by e-mail",
)
_ARCHIVE_NOTES: Final = ("Moved abroad", "Moved to another city", "Business closed", "Asked to be archived")


def rich_customers(customers: int) -> set[int]:
    """The indexes of the long-standing customers (one in 60), among the older half of the file so that
    they have years of history."""
    rich_count = max(2, round(customers / 60)) if customers >= 10 else 1
    return {(k * customers * 3) // (5 * rich_count) for k in range(rich_count)}


def customer(sample: Sample, index: int, *, rich: bool) -> CustomerMemo:
    """Customer number ``index`` (from 0) with their phones and tags; they came in in the order of ``index``
    over the last three years."""
    rng = sample.rng
    rows = sample.rows
    clock = sample.clock
    cid = rows.next_id("customer")
    since = -1095 + (index * 1094) // sample.customers  # ids follow the order customers first came in
    t0 = sample.shop_t(since)
    archived_t: int | None = None
    if not rich and since < -200 and rng.random() < 0.025:
        archived_t = sample.shop_t(rng.randint(since + 60, -1))
    last_day = -1 if archived_t is None else archived_t // DAY
    business = rng.random() < (0.3 if rich else 0.11)
    locale = rng.choices(LOCALES, weights=LOCALE_WEIGHTS)[0]
    name, first_ascii, last_ascii, last_roman = _person_name(sample, locale)
    company: str | None = None
    if business:
        company = f"{rng.choice(BUSINESS_KINDS)} {last_roman} {rng.choice(LEGAL_FORMS)}".strip()
    email: str | None = None
    if rng.random() < (0.92 if business else 0.75):
        if business and company is not None:
            slug = "".join(ch for ch in fold(company.split()[0] + last_roman) if ch.isalnum())
            email = f"{rng.choice(('contact', 'info', first_ascii))}@{slug}.example"
        else:
            local = rng.choice(
                (
                    f"{first_ascii}.{last_ascii}",
                    f"{first_ascii}{last_ascii}{rng.randint(1, 99)}",
                    f"{first_ascii[:1]}{last_ascii}",
                    f"{last_ascii}.{first_ascii}{rng.randint(70, 99)}",
                )
            )
            local = "".join(ch for ch in local if ch.isalnum() or ch in ".-")
            email = f"{local}@{rng.choice(MAIL_DOMAINS)}"
    home = address(sample) if business or rng.random() < 0.85 else None
    consent = rng.random() < (0.8 if business else 0.65)
    notes: str | None = rng.choice(_CUSTOMER_NOTES) if rng.random() < 0.06 or rich else None
    if archived_t is not None:
        notes = rng.choice(_ARCHIVE_NOTES)
    created = clock.dt(t0)
    consent_asked = consent or rng.random() < 0.5
    rows.add(
        "customer",
        {
            "id": cid,
            "kind": CustomerKind.BUSINESS if business else CustomerKind.PERSON,
            "name": name,
            "company": company,
            "email": email,
            "address": home,
            "notes": notes,
            "contact_consent": consent if consent_asked else None,
            "consent_recorded_at": created if consent_asked else None,
            "archived": archived_t is not None,
            "archived_at": clock.dt(archived_t) if archived_t is not None else None,
            "created_at": created,
            "updated_at": clock.dt(archived_t) if archived_t is not None else created,
        },
    )
    _phones(sample, cid, locale)
    _tags(sample, cid, rich=rich, business=business, consent=consent, email=email)
    return CustomerMemo(cid, name, t0, since, last_day, archived_t, rich, business, email, home, consent)


def _phones(sample: Sample, customer_id: int, locale: Locale) -> None:
    rng = sample.rng
    phone_count = rng.choices((0, 1, 2, 3), weights=(5, 78, 15, 2))[0]
    for position in range(phone_count):
        pattern = rng.choice(locale.phones if rng.random() < 0.15 else LOCAL_PHONES)
        raw = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)
        label = "mobile" if position == 0 else rng.choice(("work", "home", "mobile"))
        sample.rows.add(
            "customer_phone",
            {
                "id": sample.rows.next_id("customer_phone"),
                "customer_id": customer_id,
                "label": label,
                "number_raw": raw,
                "number_normalized": _normalize(raw),
                "position": position,
            },
        )


def _tags(
    sample: Sample, customer_id: int, *, rich: bool, business: bool, consent: bool, email: str | None
) -> None:
    rng = sample.rng
    tags = []
    if rich or rng.random() < 0.03:
        tags.append("vip")
    if business:
        tags.append("business")
    if consent and rng.random() < 0.4:
        tags.append("newsletter")
    if not business and rng.random() < 0.04:
        tags.append("student")
    if email and rng.random() < 0.08:
        tags.append("prefers-email")
    for tag in tags:
        sample.rows.add("customer_tag", {"customer_id": customer_id, "tag": tag})


def _person_name(sample: Sample, locale: Locale) -> tuple[str, str, str, str]:
    """The name as the customer wrote it; first and last name in ASCII; the last name in Latin letters."""
    rng = sample.rng
    first, first_ascii, female = rng.choice(locale.firsts)
    male_form, female_form = rng.choice(locale.lasts)
    last, last_roman = female_form if female else male_form
    last_ascii = fold(last_roman).replace(" ", "").replace("'", "")
    if locale.native and rng.random() < 0.35:  # typed in Latin letters
        name = f"{first_ascii.title()} {last_roman}"
    elif locale.order == "cjk":
        name = f"{last}{first}"
    elif locale.order == "ja":
        name = f"{last} {first}"
    elif locale.order == "vi":
        name = f"{last} {'Thị' if female else 'Văn'} {first}"
    else:
        name = f"{first} {last}"
    return name, first_ascii, last_ascii, last_roman


def address(sample: Sample) -> str:
    """A street address in Brussels."""
    rng = sample.rng
    postcode, city = rng.choice(PLACES)
    number = str(rng.randint(1, 250))
    if rng.random() < 0.2:
        number += f" bte {rng.randint(1, 30)}"
    return f"{rng.choice(STREETS)} {number}, {postcode} {city}"


def _normalize(raw: str) -> str:
    """E.164 as the app stores it, read with the sample shop's country (Belgium); digits if unreadable."""
    try:
        return normalize_phone(raw, DEMO_COUNTRY).e164
    except ValidationError:
        digits = "".join(ch for ch in raw if ch.isdigit())
        return "+" + digits if raw.startswith("+") else digits
