"""A customer's data: the copy they are given, and erasure that leaves their name nowhere in the file.

The erasure tests read the database file and its write-ahead log as bytes, as someone with the disk in
hand would, and look for the name (UTF-8 and UTF-16), the e-mail and the phone digits.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, MessageChannel, StaffRole
from crm_desktop.domain.validation import PhoneInput
from crm_desktop.errors import ValidationError
from crm_desktop.paths import AppPaths
from crm_desktop.services import (
    contacts,
    customers,
    jobs,
    messages,
    privacy,
    promises,
    requests,
    sales,
    staff,
    visits,
)
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.sales import SaleInput, SaleLineInput
from crm_desktop.services.search import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, Erasure, Sale, ServiceJob
from crm_desktop.storage.startup import OpenedDatabase, open_database

TODAY = date.today()
NOW = datetime.now(UTC)
NAME = "Quixotlbxq Zzyzvaegh"
EMAIL = "quixotlbxq@zzyzvaegh.example"
PHONE = "+33 6 71 82 93 04"
PHONE_DIGITS = "671829304"
ADDRESS = "17 Rue Vqxplomb, Lyon"


def _fill(db: Database) -> tuple[int, int, int]:
    """The distinctive customer with all a shop writes about someone; returns (owner, customer, job)."""
    owner = staff.add_staff(db, staff.StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    data = CustomerInput(
        name="Quixotlbxq Zzyzvaeg",  # a typo first: the first spelling must go as well
        email=EMAIL,
        phones=(PhoneInput("mobile", PHONE),),
        address=ADDRESS,
        notes=f"Prefers {NAME} on letters",
        company="Zzyzvaegh Holdings",
        tags=("vip",),
    )
    cid = customers.create_customer(db, data, staff_id=owner).id
    customers.update_customer(
        db, cid, CustomerInput(**{**data.__dict__, "name": NAME}), staff_id=owner
    )  # the audit row holds the old and new name
    line = SaleLineInput(description="Phone X", serial="SNQX1", unit_price_minor=19900)
    sold = sales.record_sale(
        db, SaleInput(customer_id=cid, sale_date=TODAY, lines=(line,)), TODAY, staff_id=owner
    )
    contacts.log_contact(
        db,
        cid,
        contacts.ContactInput(Channel.CALL, Direction.INBOUND, f"{NAME} called from {PHONE}"),
        staff_id=owner,
    )
    jobs.ensure_default_procedures(db)
    job = jobs.open_job(
        db,
        jobs.JobInput(
            customer_id=cid,
            unit_serial="SNQX1",
            reported_problem=f"Screen cracked, says {NAME}",
            accessories="Charger with Zzyzvaegh sticker",
            staff_id=owner,
        ),
        TODAY,
        NOW,
    ).id
    jobs.update_notes(db, job, NOW, diagnosis="Display", work_done=None, technician_id=None, staff_id=owner)
    tomorrow = TODAY + timedelta(days=1)
    window = visits.VisitInput(
        job_id=job,
        technician_id=owner,
        day=tomorrow,
        start=time(9),
        end=time(10),
        on_site=True,
        address=ADDRESS,
    )
    visits.schedule_visit(db, window, NOW, staff_id=owner)
    requests.ensure_default_request_kinds(db)
    kind = requests.list_request_kinds(db)[0].id
    requests.open_request(
        db,
        requests.RequestInput(customer_id=cid, kind_id=kind, summary=f"{NAME} lost the SIM", notes=EMAIL),
        today=TODAY,
        now=NOW,
        staff_id=owner,
    )
    promises.record_promise(db, cid, f"Call {NAME} back", TODAY + timedelta(days=2), TODAY, staff_id=owner)
    contacts.schedule_follow_up(
        db, cid, contacts.FollowUpInput(FollowUpKind.CALL, "How is the phone?", TODAY), TODAY, staff_id=owner
    )
    # A message in the outbox (their address, their name in it) and an answer about being contacted.
    messages.save_email_setup(db, host="127.0.0.1", port=2525, security="none", user=None,
                              from_address="shop@example.com", from_name="Shop")  # fmt: skip
    draft = messages.draft_message(
        db, cid, MessageChannel.EMAIL, "satisfaction_question", {"product": "Phone X"}
    )
    messages.queue_message(db, draft, NOW, staff_id=owner)
    messages.set_channel_consent(db, cid, MessageChannel.SMS, False, f"{NAME} said no at the counter", NOW)
    assert sold.id
    return owner, cid, job


def _bytes_of(file: Path) -> bytes:
    found = file.read_bytes()
    wal = Path(f"{file}-wal")
    return found + (wal.read_bytes() if wal.exists() else b"")


def _traces(blob: bytes) -> list[str]:
    forms = {
        "name (UTF-8)": NAME.encode(),
        "name (UTF-16)": NAME.encode("utf-16-le"),
        "surname": b"Zzyzvaegh",
        "surname (folded)": b"zzyzvaegh",
        "first name": b"Quixotlbxq",
        "first name (folded)": b"quixotlbxq",
        "e-mail": EMAIL.encode(),
        "phone digits": PHONE_DIGITS.encode(),
        "address": b"Vqxplomb",
    }
    return [what for what, form in forms.items() if form in blob]


@pytest.mark.sqlite_only  # reads the file's bytes
def test_an_erased_customer_is_found_nowhere_in_the_file_or_its_log(db_paths: AppPaths) -> None:
    assert db_paths.db_file is not None
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        owner, cid, job = _fill(opened.database)
        assert "name (UTF-8)" in _traces(_bytes_of(db_paths.db_file))  # the search below is not blind
        result = privacy.erase_customer(opened.database, cid, staff_id=owner)
        assert (result.sales_kept, result.jobs_kept) == (1, 1)
        assert search(opened.database, "Zzyzvaegh", include_archived=True) == ()
        assert search(opened.database, PHONE_DIGITS, include_archived=True) == ()
    finally:
        opened.close()

    assert _traces(_bytes_of(db_paths.db_file)) == []

    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        with opened.database.reading() as uow:
            customer = uow.session.get(Customer, cid)
            assert customer is not None and customer.name == privacy.ERASED_NAME and customer.archived
            assert customer.email is None and customer.phones == [] and customer.address is None
            sale = uow.session.scalars(select(Sale).where(Sale.customer_id == cid)).one()
            assert sale.items[0].serial == "SNQX1"  # the books keep the sale and what was sold
            kept_job = uow.session.get(ServiceJob, job)
            assert kept_job is not None and kept_job.diagnosis == "Display"  # the shop's work stays
            erasure = uow.session.scalars(select(Erasure)).one()
            assert (erasure.customer_id, erasure.staff_id) == (cid, owner)
        listed = privacy.list_erasures(opened.database)
        assert [(e.customer_id, e.staff_name) for e in listed] == [(cid, "Olga Owner")]
    finally:
        opened.close()


def test_the_export_holds_everything_linked_to_them_and_their_copy_of_the_history(
    opened: OpenedDatabase,
) -> None:
    _owner, cid, _job = _fill(opened.database)
    exported = privacy.export_customer_data(opened.database, cid, TODAY)
    text = json.dumps(exported.data, ensure_ascii=False)  # JSON as it will be written
    assert exported.data["customer"]["name"] == NAME
    assert exported.data["phones"][0]["number_raw"] == PHONE
    assert len(exported.data["sales"]) == 1 and len(exported.data["service_jobs"]) == 1
    assert len(exported.data["requests"]) == 1 and len(exported.data["contacts"]) == 1
    assert len(exported.data["visits"]) == 1 and len(exported.data["promises"]) == 1
    assert exported.data["messages"][0]["recipient"] == EMAIL
    assert [c["channel"] for c in exported.data["consent_history"]] == ["sms"]
    assert ADDRESS in text and EMAIL in text
    assert exported.history_pdf.startswith(b"%PDF")


def test_erasing_someone_who_does_not_exist_says_so(opened: OpenedDatabase) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        privacy.erase_customer(opened.database, 999, staff_id=None)


def test_other_customers_keep_their_data(opened: OpenedDatabase) -> None:
    owner, cid, _job = _fill(opened.database)
    other = customers.create_customer(
        opened.database, CustomerInput(name="Ana Keeper", email="ana@example.com"), staff_id=owner
    ).id
    privacy.erase_customer(opened.database, cid, staff_id=owner)
    kept = customers.get_customer(opened.database, other)
    assert (kept.name, kept.email) == ("Ana Keeper", "ana@example.com")
    assert [hit.customer_id for hit in search(opened.database, "Ana Keeper")] == [other]
