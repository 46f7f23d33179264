"""Creating, editing, archiving and merging customers, as the counter does it, on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, timedelta

import pytest
from sqlalchemy import func, select, text

from crm_desktop.domain.enums import CustomerKind
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.services import customers as customers_module
from crm_desktop.services.customers import (
    CustomerInput,
    FieldErrors,
    PhoneInput,
    archive_customer,
    create_customer,
    find_duplicates,
    get_customer,
    merge_customers,
    update_customer,
)
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.settings import (
    country_from_locale,
    default_country,
    get_settings,
    set_setting,
    set_settings,
)
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, Customer, CustomerPhone
from crm_desktop.storage.startup import OpenedDatabase, open_database

TODAY = date(2026, 11, 1)
HISTORY_TABLES = ("sale", "service_job", "promise", "follow_up", "interaction")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The shop's database on SQLite, and (marked ``postgres``) on a PostgreSQL server."""
    if request.param == "sqlite":
        opened: OpenedDatabase = request.getfixturevalue("opened")
        set_setting(opened.database, "shop.country", "BE")
        yield opened.database
        return
    paths: AppPaths = request.getfixturevalue("pg_paths")
    server = open_database(paths)
    set_setting(server.database, "shop.country", "BE")
    try:
        yield server.database
    finally:
        server.close()


def _ana(**changes: object) -> CustomerInput:
    values: dict[str, object] = {
        "kind": "person",
        "name": "Ana Lima",
        "email": "ana.lima@mail.example",
        "phones": (PhoneInput("mobile", "0470 12 34 56"),),
        "tags": ("vip",),
        "contact_consent": True,
    }
    values.update(changes)
    return CustomerInput(**values)  # type: ignore[arg-type]


def _count(database: Database, table: str, where: str = "", **params: object) -> int:
    with database.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}"), params).scalar_one())


# ------------------------------------------------------------------------------------ create / edit


def test_a_new_customer_is_saved_and_read_back(database: Database) -> None:
    created = create_customer(
        database,
        _ana(
            company="Lima & Filhos <Lda>",
            email="Ana.Lima@MAIL.example",
            phones=(PhoneInput("mobile", "0470/12.34.56"), PhoneInput("work", "+44 20 7946 0958")),
            address="Rue Haute 54\n1000 Bruxelles",
            notes='=HYPERLINK("http://x")',
            tags=("vip", " VIP ", "newsletter"),
        ),
    )
    assert created == get_customer(database, created.id)
    assert created.kind is CustomerKind.PERSON
    assert created.company == "Lima & Filhos <Lda>"
    assert created.email == "Ana.Lima@mail.example"
    assert [(p.label, p.raw, p.e164, p.display) for p in created.phones] == [
        ("mobile", "0470/12.34.56", "+32470123456", "0470 12 34 56"),
        ("work", "+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
    ]
    assert created.tags == ("newsletter", "vip")
    assert created.notes == '=HYPERLINK("http://x")'
    assert created.contact_consent is True and created.consent_recorded_at is not None
    assert created.archived is False and created.archived_at is None
    assert created.created_at.tzinfo == UTC and created.updated_at == created.created_at


def test_a_form_with_problems_saves_nothing_and_names_each_field(database: Database) -> None:
    with pytest.raises(FieldErrors) as caught:
        create_customer(database, _ana(name=" ", email="ana@", phones=(PhoneInput("mobile", "12"),)))
    assert caught.value.errors == {
        "name": "Name is required.",
        "email": "'ana@' is not an email address. There must be something after the @-sign.",
        "phones": "'12' is not a phone number: too short.",
    }
    assert _count(database, "customer") == 0


def test_phones_are_read_with_the_shops_country(opened: OpenedDatabase) -> None:
    database = opened.database
    set_setting(database, "shop.country", "fr")
    assert default_country(database) == "FR"
    created = create_customer(database, _ana(phones=(PhoneInput("mobile", "06 12 34 56 78"),)))
    assert (created.phones[0].e164, created.phones[0].display) == ("+33612345678", "06 12 34 56 78")
    set_setting(database, "shop.country", "GB")
    created = create_customer(database, _ana(phones=(PhoneInput("work", "020 7946 0958"),)))
    assert created.phones[0].e164 == "+442079460958"


def test_hostile_text_is_stored_exactly_or_refused_clearly(
    database: Database, hostile_lines: list[str]
) -> None:
    for line in (line for line in hostile_lines if line.strip()):
        form = CustomerInput(name=line, company=line, address=line, notes=line, tags=(line,))
        if len(line) <= 60 and "\t" not in line and "\x07" not in line:
            saved = get_customer(database, create_customer(database, form).id)
            assert (saved.name, saved.company, saved.address, saved.notes, saved.tags) == (
                line,
                line,
                line,
                line,
                (line,),
            )
            continue
        with pytest.raises(FieldErrors) as caught:
            create_customer(database, form)
        assert set(caught.value.errors) <= {"name", "company", "address", "tags"}
        assert all("too long" in m or "control characters" in m for m in caught.value.errors.values())
        fitting = CustomerInput(
            name=line if len(line) <= 200 else "Long word",
            address=line if len(line) <= 2_000 else None,
            notes=line,
        )
        saved = get_customer(database, create_customer(database, fitting).id)
        assert saved.notes == line  # a 10,000-character word fits in the notes
        if len(line) <= 200:
            assert saved.name == line


def test_editing_changes_the_details_and_records_when(database: Database) -> None:
    created = create_customer(database, _ana(phones=(PhoneInput("mobile", "0470 12 34 56"),)))
    unchanged = update_customer(database, created.id, _ana(phones=(PhoneInput("mobile", "0470 12 34 56"),)))
    assert unchanged.updated_at == created.updated_at  # saving an untouched form changes nothing

    edited = update_customer(
        database,
        created.id,
        _ana(
            kind=CustomerKind.BUSINESS,
            name="Ana Lima-Santos",
            company="Lima Lda",
            phones=(PhoneInput("work", "+32 2 555 01 23"),),
            tags=("business",),
            contact_consent=False,
        ),
    )
    assert edited.created_at == created.created_at
    assert edited.updated_at > created.updated_at
    assert (edited.kind, edited.name, edited.company) == (
        CustomerKind.BUSINESS,
        "Ana Lima-Santos",
        "Lima Lda",
    )
    assert [(p.label, p.e164) for p in edited.phones] == [("work", "+3225550123")]
    assert edited.tags == ("business",)
    assert edited.contact_consent is False and edited.consent_recorded_at is not None
    assert _count(database, "customer_phone") == 1
    assert _count(database, "customer_tag") == 1

    cleared = update_customer(database, created.id, CustomerInput(name="Ana", contact_consent=None))
    assert cleared.phones == () and cleared.tags == () and cleared.email is None
    assert cleared.contact_consent is None and cleared.consent_recorded_at is None
    assert _count(database, "customer_phone") == 0


def test_a_tag_is_spelled_as_the_shop_already_spells_it(database: Database) -> None:
    create_customer(database, _ana(tags=("VIP",)))
    other = create_customer(database, _ana(name="Bea", tags=("vip", "Prefers-Email")))
    assert other.tags == ("Prefers-Email", "VIP")


def test_an_invalid_edit_changes_nothing(database: Database) -> None:
    created = create_customer(database, _ana())
    with pytest.raises(FieldErrors):
        update_customer(database, created.id, _ana(name="", phones=()))
    assert get_customer(database, created.id) == created


def test_an_unknown_customer_is_a_clear_error(database: Database) -> None:
    with pytest.raises(ValidationError, match=r"^There is no customer #999\.$"):
        get_customer(database, 999)
    with pytest.raises(ValidationError, match="no customer #999"):
        update_customer(database, 999, _ana())


# ------------------------------------------------------------------------------------- duplicates


def test_duplicates_by_phone_in_another_format_and_by_email_in_another_case(database: Database) -> None:
    ana = create_customer(database, _ana())
    bea = create_customer(
        database, _ana(name="Bea", email="BEA@Mail.Example", phones=(PhoneInput("home", "02 555 01 23"),))
    )
    hints = find_duplicates(
        database, CustomerInput(name="A. Lima", phones=(PhoneInput("m", "+32 470 123 456"),))
    )
    assert [(h.customer_id, h.name, h.reason, h.fields) for h in hints] == [
        (ana.id, "Ana Lima", "phone number 0470 12 34 56", ("phones",))
    ]
    hints = find_duplicates(
        database,
        CustomerInput(name="B", email="bea@mail.example", phones=(PhoneInput("w", "0032 2 555 01 23"),)),
    )
    assert [(h.customer_id, h.reason, h.fields) for h in hints] == [
        (bea.id, "phone number 02 555 01 23 and email address bea@mail.example", ("phones", "email"))
    ]
    # editing Ana does not warn about Ana herself; half-typed values are no duplicates and no errors
    assert find_duplicates(database, _ana(), exclude_id=ana.id) == ()
    assert (
        find_duplicates(database, CustomerInput(name="x", email="ana@", phones=(PhoneInput("m", "12"),)))
        == ()
    )


def test_archived_customers_are_only_hinted_at_on_request(database: Database) -> None:
    ana = create_customer(database, _ana())
    archive_customer(database, ana.id, True)
    assert find_duplicates(database, _ana(name="New Ana")) == ()
    assert [h.customer_id for h in find_duplicates(database, _ana(), include_archived=True)] == [ana.id]


def test_numbers_stored_by_older_entries_are_found(opened: OpenedDatabase) -> None:
    database = opened.database
    set_setting(database, "shop.country", "BE")
    with database.writing() as uow:
        for raw, stored in (("0470 11 22 33", "0470112233"), ("0032 470 44 55 66", "0032470445566")):
            uow.session.add(
                Customer(
                    name=raw, phones=[CustomerPhone(label="mobile", number_raw=raw, number_normalized=stored)]
                )
            )
        uow.commit()
    for typed in ("+32 470 11 22 33", "+32 470 44 55 66"):
        assert len(find_duplicates(database, CustomerInput(name="x", phones=(PhoneInput("m", typed),)))) == 1
    legacy = get_customer(database, 1)
    assert (legacy.phones[0].e164, legacy.phones[0].display) == ("+32470112233", "0470 11 22 33")


# ---------------------------------------------------------------------------------------- archive


def test_archive_and_restore(database: Database) -> None:
    created = create_customer(database, _ana())
    archived = archive_customer(database, created.id, True)
    assert archived.archived is True and archived.archived_at is not None
    assert archived.archived_at.tzinfo == UTC and archived.updated_at == archived.archived_at
    assert archive_customer(database, created.id, True) == archived  # twice is once
    restored = archive_customer(database, created.id, False)
    assert restored.archived is False and restored.archived_at is None
    assert restored.updated_at >= archived.updated_at
    with database.reading() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "customer").order_by(AuditEntry.id)
        ).all()
    assert actions == ["created", "archived", "restored"]  # adding the customer is audited too
    assert _count(database, "customer") == 1  # never deleted


# ------------------------------------------------------------------------------------------ merge


def _history_counts(database: Database, customer_id: int) -> dict[str, int]:
    return {t: _count(database, t, "WHERE customer_id = :c", c=customer_id) for t in HISTORY_TABLES}


def _busy_pair(database: Database) -> tuple[int, int]:
    """Two customers with plenty of history of every kind between them."""
    with database.connect() as conn:
        ids = [
            row[0]
            for row in conn.execute(
                text(
                    "SELECT c.id FROM customer c WHERE c.archived = :f ORDER BY "
                    "(SELECT count(*) FROM interaction i WHERE i.customer_id = c.id) DESC, c.id LIMIT 2"
                ),
                {"f": False},
            )
        ]
    return ids[0], ids[1]


def test_merge_moves_every_kind_of_history_and_archives_the_duplicate(database: Database) -> None:
    fill_demo(database, customers=40, seed=3, today=TODAY)
    keep_id, merge_id = _busy_pair(database)
    with database.writing() as uow:  # give the pair something to reconcile
        keep = uow.session.get(Customer, keep_id)
        dupe = uow.session.get(Customer, merge_id)
        assert keep is not None and dupe is not None
        keep.email = None
        dupe.email = "dupe@mail.example"
        keep.notes = "Keeps the receipts."
        dupe.notes = "Has a dog called <Biscuit>."
        dupe.phones.append(
            CustomerPhone(label="home", number_raw="+32 2 555 77 88", number_normalized="+3225557788")
        )
        keep.phones.append(
            CustomerPhone(label="home", number_raw="02 555 77 88", number_normalized="+3225557788")
        )
        uow.commit()
    keep_before, dupe_before = get_customer(database, keep_id), get_customer(database, merge_id)
    counts_keep, counts_dupe = _history_counts(database, keep_id), _history_counts(database, merge_id)
    assert all(counts_dupe.values()), counts_dupe  # the test means something only if there is history
    totals = {t: _count(database, t) for t in (*HISTORY_TABLES, "sale_item", "visit", "promise_change")}
    active_before = _count(database, "customer", "WHERE archived = :f", f=False)

    merged = merge_customers(database, keep_id, merge_id)

    assert _history_counts(database, keep_id) == {t: counts_keep[t] + counts_dupe[t] for t in HISTORY_TABLES}
    assert _history_counts(database, merge_id) == dict.fromkeys(HISTORY_TABLES, 0)
    assert {t: _count(database, t) for t in totals} == totals  # moved, nothing lost or copied
    assert merged.tags == tuple(sorted(set(keep_before.tags) | set(dupe_before.tags), key=str.casefold))
    assert merged.email == "dupe@mail.example"  # keep had none
    assert merged.notes is not None
    assert merged.notes.startswith("Keeps the receipts.\n\n")
    assert merged.notes.endswith(
        f"From {dupe_before.name} (#{merge_id}), merged here:\nHas a dog called <Biscuit>."
    )
    kept_numbers = [p.e164 for p in merged.phones]
    assert kept_numbers.count("+3225557788") == 1  # a number both had is not doubled
    assert set(kept_numbers) == {p.e164 for p in (*keep_before.phones, *dupe_before.phones)}
    assert merged.updated_at > keep_before.updated_at

    gone = get_customer(database, merge_id)
    assert gone.archived and gone.archived_at is not None
    assert gone.notes is not None and gone.notes.endswith(f"Merged into {keep_before.name} (#{keep_id}).")
    assert _count(database, "customer", "WHERE archived = :f", f=False) == active_before - 1
    assert _count(database, "customer", "WHERE id = :c", c=merge_id) == 1  # archived, not deleted
    assert merge_id not in {h.customer_id for h in find_duplicates(database, _ana(email="dupe@mail.example"))}
    with database.reading() as uow:
        audit = uow.session.execute(
            select(AuditEntry.entity_id, AuditEntry.old_value, AuditEntry.new_value, AuditEntry.reason).where(
                AuditEntry.entity == "customer", AuditEntry.action == "merged"
            )
        ).one()
    assert tuple(audit[:3]) == (keep_id, str(merge_id), str(keep_id))
    assert audit.reason is not None
    assert (
        f"{counts_dupe['sale']} sale" in audit.reason
        and f"{counts_dupe['interaction']} contact" in audit.reason
    )


def test_merge_is_all_or_nothing(opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    database = opened.database
    fill_demo(database, customers=40, seed=3, today=TODAY)
    keep_id, merge_id = _busy_pair(database)
    before = (
        _history_counts(database, keep_id),
        get_customer(database, keep_id),
        get_customer(database, merge_id),
    )

    def broken_audit(*_args: object, **_values: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(customers_module, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        merge_customers(database, keep_id, merge_id)
    after = (
        _history_counts(database, keep_id),
        get_customer(database, keep_id),
        get_customer(database, merge_id),
    )
    assert after == before


def test_merge_refuses_itself_unknown_ids_and_an_archived_target(database: Database) -> None:
    ana = create_customer(database, _ana())
    bea = create_customer(database, _ana(name="Bea"))
    with pytest.raises(ValidationError, match="cannot be merged into itself"):
        merge_customers(database, ana.id, ana.id)
    with pytest.raises(ValidationError, match="There is no customer #404"):
        merge_customers(database, ana.id, 404)
    with pytest.raises(ValidationError, match="There is no customer #404"):
        merge_customers(database, 404, ana.id)
    archive_customer(database, ana.id, True)
    with pytest.raises(ValidationError, match=r"Ana Lima \(#\d+\) is archived; restore them"):
        merge_customers(database, ana.id, bea.id)
    assert not get_customer(database, bea.id).archived


def test_merge_consent_respects_a_refusal(database: Database) -> None:
    yes = create_customer(database, _ana(contact_consent=True))
    no = create_customer(database, _ana(name="Ana L.", contact_consent=False))
    assert merge_customers(database, yes.id, no.id).contact_consent is False
    never = create_customer(database, _ana(name="Ana", contact_consent=None))
    other = create_customer(database, _ana(name="A.", contact_consent=True))
    assert merge_customers(database, never.id, other.id).contact_consent is True


# --------------------------------------------------------------------------------------- settings


def test_settings_are_checked_and_saved_together(opened: OpenedDatabase) -> None:
    database = opened.database
    set_settings(
        database,
        {
            "business.name": "  Vélo & Co <Lyon> ",
            "business.email": "Hello@Velo.EXAMPLE",
            "currency": "eur",
            "cost_per_contact_minor": "0450",
            "shop.country": "be",
            "business.phone": "",
        },
    )
    assert get_settings(database) == {
        "business.name": "Vélo & Co <Lyon>",
        "business.email": "Hello@velo.example",
        "currency": "EUR",
        "cost_per_contact_minor": "450",
        "shop.country": "BE",
    }
    with pytest.raises(FieldErrors) as caught:
        set_settings(database, {"shop.country": "Belgium", "currency": "euro", "business.name": "New name"})
    assert caught.value.errors == {
        "shop.country": "'Belgium' is not a country code such as BE, FR, GB or US.",
        "currency": "'euro' is not a currency code such as EUR, GBP or USD.",
    }
    assert get_settings(database)["business.name"] == "Vélo & Co <Lyon>"  # all or nothing
    set_setting(database, "business.name", "  ")
    assert "business.name" not in get_settings(database)


def test_default_country_falls_back_to_the_locale_then_us(
    opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda *_a: ("de_CH", "UTF-8"))
    assert default_country(opened.database) == "CH"
    monkeypatch.setattr("locale.getlocale", lambda *_a: ("C", None))
    assert default_country(opened.database) == "US"
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert default_country(opened.database) == "BE"
    set_setting(opened.database, "shop.country", "gb")
    assert default_country(opened.database) == "GB"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("en_GB", "GB"),
        ("fr-BE", "BE"),
        ("de_CH.UTF-8", "CH"),
        ("C", None),
        ("POSIX", None),
        ("en", None),
        (None, None),
    ],
)
def test_country_from_locale(name: str | None, country: str | None) -> None:
    assert country_from_locale(name) == country


def test_timestamps_are_aware_utc_and_recent(database: Database) -> None:
    created = create_customer(database, _ana())
    with database.reading() as uow:
        stored = uow.session.scalar(select(func.max(Customer.updated_at)))
    assert stored is not None and stored.tzinfo == UTC
    assert abs(stored - created.updated_at) < timedelta(seconds=1)
