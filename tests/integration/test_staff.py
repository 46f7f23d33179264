"""The shop's people as services: adding, editing, PINs, retiring with reassignment, who gets work by role."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import FollowUpKind, StaffRole
from crm_desktop.domain.staff import hash_pin, initials_of, pin_matches, pin_problem
from crm_desktop.errors import ValidationError
from crm_desktop.services import contacts, staff
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.settings import get_settings
from crm_desktop.services.staff import StaffInput
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import AuditEntry, FollowUp, Staff
from crm_desktop.storage.startup import OpenedDatabase

TODAY = date.today()
OWNER, SALES, TECH = StaffRole.OWNER, StaffRole.SALES, StaffRole.TECHNICIAN


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    return opened.database


def _add(db: Database, name: str, *roles: StaffRole) -> int:
    return staff.add_staff(db, StaffInput(name, roles), staff_id=None).id


def test_a_person_has_initials_and_several_roles_in_reading_order(db: Database) -> None:
    member = staff.add_staff(db, StaffInput("  Ana   Lima ", (TECH, OWNER, SALES)), staff_id=None)
    assert member.name == "Ana Lima" and member.initials == "AL"
    assert member.roles == (OWNER, SALES, TECH) and member.roles_text == "owner, sales, technician"
    assert initials_of("李小龍") == "李" and initials_of("Cher") == "CH"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (StaffInput(" ", (SALES,)), "name cannot be empty"),
        (StaffInput("Ana", ()), "at least one role"),
        (StaffInput("Ana", ("boss",)), "Unknown role"),  # type: ignore[arg-type]
        (StaffInput("x" * 121, (SALES,)), "too long"),
        (StaffInput("Ana\x00", (SALES,)), "NUL"),
    ],
)
def test_bad_input_is_refused_with_a_sentence(db: Database, data: StaffInput, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        staff.add_staff(db, data, staff_id=None)
    assert staff.list_staff(db, include_inactive=True) == ()


def test_two_people_cannot_share_a_name_whatever_the_case(db: Database) -> None:
    _add(db, "Ana Lima", SALES)
    with pytest.raises(ValidationError, match="already a staff member called Ana Lima"):
        _add(db, "ana  LIMA", TECH)


def test_a_pin_is_kept_only_as_a_salted_hash(db: Database) -> None:
    ana = _add(db, "Ana", OWNER)
    with pytest.raises(ValidationError, match="digits only"):
        staff.set_pin(db, ana, "12ab", staff_id=ana)
    with pytest.raises(ValidationError, match="4 to 8 digits"):
        staff.set_pin(db, ana, "123", staff_id=ana)
    staff.set_pin(db, ana, "4821", staff_id=ana)
    with db.reading() as uow:
        stored = uow.session.get(Staff, ana)
        assert stored is not None and stored.pin_hash is not None
        assert "4821" not in stored.pin_hash and stored.pin_hash.startswith("scrypt$")
        audit_values = uow.session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.entity == "staff")
        ).all()
    assert not any("4821" in (v or "") for v in audit_values)
    assert staff.verify_pin(db, ana, "4821") and not staff.verify_pin(db, ana, "4822")
    assert hash_pin("4821") != hash_pin("4821")  # salted
    assert not pin_matches("4821", "md5$nonsense") and pin_problem("١٢٣٤") is not None
    staff.set_pin(db, ana, None, staff_id=ana)
    assert staff.verify_pin(db, ana, "") and not staff.get_staff(db, ana).has_pin


def test_retiring_with_open_work_needs_someone_to_take_it(db: Database) -> None:
    owner = _add(db, "Olga", OWNER)
    seller = _add(db, "Sam", SALES)
    customer = create_customer(db, CustomerInput(name="Zoë")).id
    for title in ("Call", "Check"):
        contacts.schedule_follow_up(
            db, customer, contacts.FollowUpInput(FollowUpKind.CALL, title, TODAY), TODAY, staff_id=seller
        )
    with pytest.raises(ValidationError, match="still has 2 open follow-ups"):
        staff.retire_staff(db, seller, reassign_to=None, staff_id=owner)
    assert staff.get_staff(db, seller).active  # nothing changed
    with pytest.raises(ValidationError, match="not the person retiring"):
        staff.retire_staff(db, seller, reassign_to=seller, staff_id=owner)
    result = staff.retire_staff(db, seller, reassign_to=owner, staff_id=owner)
    assert result.moved.follow_ups == 2 and result.reassigned_to is not None
    assert not result.member.active and result.member.retired_at is not None
    with db.reading() as uow:
        assignees = set(uow.session.scalars(select(FollowUp.assignee_id)).all())
        moves = uow.session.execute(
            select(AuditEntry.old_value, AuditEntry.staff_id).where(AuditEntry.action == "reassigned")
        ).all()
    assert assignees == {owner}
    assert moves == [(str(seller), owner), (str(seller), owner)]
    with pytest.raises(ValidationError, match="retired"):  # a retired person cannot act
        contacts.schedule_follow_up(
            db, customer, contacts.FollowUpInput(FollowUpKind.CALL, "x", TODAY), TODAY, staff_id=seller
        )
    back = staff.reinstate_staff(db, seller, staff_id=owner)
    assert back.active and back.retired_at is None


def test_the_shop_keeps_an_owner(db: Database) -> None:
    owner = _add(db, "Olga", OWNER)
    _add(db, "Sam", SALES)
    with pytest.raises(ValidationError, match="needs an owner"):
        staff.retire_staff(db, owner, reassign_to=None, staff_id=owner)
    with pytest.raises(ValidationError, match="needs an owner"):
        staff.update_staff(db, owner, StaffInput("Olga", (SALES,)), staff_id=owner)


def test_follow_ups_by_role_go_to_a_real_person(db: Database) -> None:
    owner = _add(db, "Olga", OWNER)
    with db.reading() as uow:
        held = staff.staff_by_role(uow.session)
    assert held == {OWNER: [owner]}
    assert staff.role_gaps(db) == (
        "Nobody is sales or technician: follow-ups meant for a sales or technician go to Olga (owner). "
        "Give someone the role in Settings → Staff."
    )
    busy = _add(db, "Tom", TECH)
    idle = _add(db, "Tia", TECH)
    customer = create_customer(db, CustomerInput(name="Zoë")).id
    contacts.schedule_follow_up(
        db,
        customer,
        contacts.FollowUpInput(FollowUpKind.CALL, "Visit", TODAY + timedelta(days=1), assignee_id=busy),
        TODAY,
        staff_id=owner,
    )
    with db.reading() as uow:
        held = staff.staff_by_role(uow.session)
    assert held[TECH] == [idle, busy]  # the least open work first
    _add(db, "Sam", SALES)
    assert staff.role_gaps(db) is None


def test_first_start_saves_the_shop_and_its_owner_together(db: Database) -> None:
    with pytest.raises(ValidationError, match="Give your name"):
        staff.start_shop(db, {"business.name": "Vélo & Co"}, "  ")
    assert "business.name" not in get_settings(db)
    owner = staff.start_shop(db, {"business.name": "Vélo & Co"}, "Hélène Marchand")
    assert owner.roles == (OWNER, SALES, TECH)
    assert get_settings(db)["business.name"] == "Vélo & Co"
    with pytest.raises(ValidationError, match="has staff already"):
        staff.start_shop(db, {"business.name": "Other"}, "Someone")
    assert get_settings(db)["business.name"] == "Vélo & Co"


def test_names_typed_on_a_command_line_find_one_person(db: Database) -> None:
    _add(db, "Karim Haddad", TECH)
    _add(db, "Karen Smith", SALES)
    assert staff.find_staff(db, "karim").name == "Karim Haddad"
    assert staff.find_staff(db, "smith").name == "Karen Smith"
    with pytest.raises(ValidationError, match="could be"):
        staff.find_staff(db, "kar")
    with pytest.raises(ValidationError, match="no staff member called"):
        staff.find_staff(db, "Zed")


def test_hostile_names_are_kept_as_written_or_refused_with_a_sentence(
    db: Database, hostile_lines: list[str]
) -> None:
    kept = 0
    for n, line in enumerate(hostile_lines):
        name = f"{line} {n}"  # unique, so that two equal lines are not refused as the same person
        try:
            member = staff.add_staff(db, StaffInput(name, (SALES,)), staff_id=None)
        except ValidationError as exc:
            assert str(exc).endswith(".") and "\n" not in str(exc)
            continue
        kept += 1
        assert member.name == " ".join(name.split())  # as typed, runs of spaces made one
        assert staff.get_staff(db, member.id).name == member.name
    assert kept >= len(hostile_lines) - 3  # only the unstorable and the over-long are refused


def test_a_retiring_persons_open_requests_go_to_their_heir(db: Database) -> None:
    from datetime import UTC, datetime

    from crm_desktop.domain.enums import RequestStatus
    from crm_desktop.services import requests

    owner = _add(db, "Olga", OWNER)
    seller = _add(db, "Sam", SALES)
    customer = create_customer(db, CustomerInput(name="Zoë")).id
    requests.ensure_default_request_kinds(db)
    kind = requests.list_request_kinds(db)[0].id
    now = datetime.now(UTC)
    live, done = (
        requests.open_request(
            db, requests.RequestInput(customer_id=customer, kind_id=kind, summary=what), today=TODAY, now=now,
            staff_id=seller,
        ).id
        for what in ("Activate the line", "Port the number")
    )  # fmt: skip
    requests.move_request(db, done, RequestStatus.RESOLVED, now=now, staff_id=seller)
    with pytest.raises(ValidationError, match="1 open request"):
        staff.retire_staff(db, seller, reassign_to=None, staff_id=owner)
    result = staff.retire_staff(db, seller, reassign_to=owner, staff_id=owner)
    assert result.moved.requests == 1
    assert requests.get_request(db, live, TODAY).owner_name == "Olga"
    assert requests.get_request(db, done, TODAY).owner_name == "Sam"  # history keeps who had it
