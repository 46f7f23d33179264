"""Every write names the person who did it: each use case, given a person, leaves a record with their id.

One case per write service. Each runs the action as "Tariq" (a technician, not the owner, so a default
to the owner would show) and reads back the record a user would look at for "who did this": the
record's own column where it has one (seller, received by, ticked by, completed by...), else the audit
row the action wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    JobLineKind,
    JobPriority,
    JobStatus,
    RequestStatus,
    StaffRole,
    VisitStatus,
)
from crm_desktop.services import (
    call_list,
    contacts,
    customers,
    follow_up_batches,
    follow_ups,
    imports,
    jobs,
    privacy,
    promises,
    requests,
    sales,
    staff,
    visits,
)
from crm_desktop.services.catalogue import CategoryInput, ProductInput, create_category, create_product
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.sales import SaleInput, SaleLineInput
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    CustomerRequest,
    Erasure,
    FollowUp,
    Interaction,
    JobChecklistItem,
    JobLine,
    Procedure,
    PromiseChange,
    RequestChecklistItem,
    Sale,
    ServiceJob,
    Visit,
)
from crm_desktop.storage.startup import OpenedDatabase

TODAY = date.today()
NOW = datetime.now(UTC)


@dataclass
class Shop:
    db: Database
    owner: int
    tariq: int
    other: int
    customer: int
    second: int
    product: int
    job: int
    promise: int
    follow_up: int
    sale: int


@pytest.fixture
def shop(opened: OpenedDatabase) -> Shop:
    db = opened.database
    owner = staff.add_staff(db, staff.StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    tariq = staff.add_staff(db, staff.StaffInput("Tariq Tech", (StaffRole.TECHNICIAN,)), staff_id=None).id
    other = staff.add_staff(db, staff.StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    customer = customers.create_customer(db, CustomerInput(name="Zoë Øster"), staff_id=owner).id
    second = customers.create_customer(db, CustomerInput(name="Zoe Oster"), staff_id=owner).id
    category = create_category(db, CategoryInput(name="Phones", default_warranty_months=24))
    product = create_product(
        db, ProductInput(sku="PH-1", name="Phone", category_id=category.id, price_minor=50000)
    ).id
    sold = sales.record_sale(
        db,
        SaleInput(
            customer_id=customer, sale_date=TODAY, lines=(SaleLineInput(product_id=product, serial="SN-1"),)
        ),
        TODAY,
        staff_id=owner,
    )
    jobs.ensure_default_procedures(db)
    job = jobs.open_job(
        db, jobs.JobInput(customer_id=customer, unit_serial="SN-1", reported_problem="No sound"), TODAY, NOW
    ).id
    promise = promises.record_promise(db, customer, "Call back", TODAY + timedelta(days=3), TODAY).id
    follow_up = contacts.schedule_follow_up(
        db, customer, contacts.FollowUpInput(FollowUpKind.CALL, "How is it?", TODAY), TODAY, staff_id=owner
    )
    return Shop(db, owner, tariq, other, customer, second, product, job, promise, follow_up, sold.id)


def _last_audit(db: Database, entity: str, entity_id: int) -> int | None:
    with db.reading() as uow:
        return uow.session.scalars(
            select(AuditEntry.staff_id)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id.desc())
        ).first()


def _column(db: Database, column: object, where: object) -> int | None:
    with db.reading() as uow:
        return uow.session.scalars(select(column).where(where).order_by(column)).first()  # type: ignore[arg-type]


def _procedure(db: Database) -> int:
    with db.reading() as uow:
        found = uow.session.scalars(select(Procedure.id).order_by(Procedure.id)).first()
    assert found is not None
    return found


def _line(shop: Shop, me: int | None) -> int:
    added = jobs.add_line(
        shop.db, shop.job, jobs.LineInput(kind=JobLineKind.PART, description="Speaker"), NOW, staff_id=me
    )
    return added.lines[-1].id


def _checklist_item(shop: Shop) -> int:
    details = jobs.apply_procedure(shop.db, shop.job, _procedure(shop.db), now=NOW, staff_id=shop.owner)
    return details.checklist[0].id


def _visit(shop: Shop, me: int | None) -> int:
    window = visits.VisitInput(
        job_id=shop.job, technician_id=shop.tariq, day=TODAY + timedelta(days=1), start=time(9), end=time(10)
    )
    return visits.schedule_visit(shop.db, window, NOW, staff_id=me).id


# Each case: what the user does (as the person), then where the app keeps who did it.
Case = Callable[[Shop, int], int | None]


def _customer_created(s: Shop, me: int) -> int | None:
    made = customers.create_customer(s.db, CustomerInput(name="Ana"), staff_id=me)
    return _last_audit(s.db, "customer", made.id)


def _customer_edited(s: Shop, me: int) -> int | None:
    customers.update_customer(s.db, s.customer, CustomerInput(name="Zoë Øster-Ł"), staff_id=me)
    return _last_audit(s.db, "customer", s.customer)


def _customer_archived(s: Shop, me: int) -> int | None:
    customers.archive_customer(s.db, s.second, True, staff_id=me)
    return _last_audit(s.db, "customer", s.second)


def _customers_merged(s: Shop, me: int) -> int | None:
    customers.merge_customers(s.db, s.customer, s.second, staff_id=me)
    return _last_audit(s.db, "customer", s.customer)


def _contact_logged(s: Shop, me: int) -> int | None:
    made = contacts.log_contact(
        s.db,
        s.customer,
        contacts.ContactInput(Channel.CALL, Direction.INBOUND, "Asked about SIM"),
        staff_id=me,
    )
    return _column(s.db, Interaction.staff_id, Interaction.id == made)


def _follow_up_scheduled(s: Shop, me: int) -> int | None:
    made = contacts.schedule_follow_up(
        s.db, s.customer, contacts.FollowUpInput(FollowUpKind.CALL, "Ask", TODAY), TODAY, staff_id=me
    )
    assert _column(s.db, FollowUp.assignee_id, FollowUp.id == made) == me  # theirs unless given away
    return _last_audit(s.db, "follow_up", made)


def _follow_up_completed(s: Shop, me: int) -> int | None:
    done = follow_ups.complete_follow_up(
        s.db, s.follow_up, follow_ups.CompletionInput("Fine", Channel.CALL, staff_id=me), TODAY, NOW
    )
    assert _column(s.db, Interaction.staff_id, Interaction.id == done.interaction_id) == me
    assert _last_audit(s.db, "follow_up", s.follow_up) == me
    return _column(s.db, FollowUp.completed_by_id, FollowUp.id == s.follow_up)


def _follow_up_rescheduled(s: Shop, me: int) -> int | None:
    follow_ups.reschedule_follow_up(s.db, s.follow_up, TODAY + timedelta(days=2), "Away", me, TODAY)
    return _last_audit(s.db, "follow_up", s.follow_up)


def _follow_up_skipped(s: Shop, me: int) -> int | None:
    follow_ups.skip_follow_up(s.db, s.follow_up, "Not needed", me, TODAY)
    return _column(s.db, FollowUp.completed_by_id, FollowUp.id == s.follow_up)


def _promise_recorded(s: Shop, me: int) -> int | None:
    made = promises.record_promise(s.db, s.customer, "SIM by Friday", TODAY, TODAY, staff_id=me)
    assert made.promised_by_id == me
    return _last_audit(s.db, "promise", made.id)


def _promise_moved(s: Shop, me: int) -> int | None:
    promises.change_promise_date(s.db, s.promise, TODAY + timedelta(days=9), "Part late", TODAY, staff_id=me)
    return _column(s.db, PromiseChange.changed_by_id, PromiseChange.promise_id == s.promise)


def _promise_kept(s: Shop, me: int) -> int | None:
    promises.keep_promise(s.db, s.promise, NOW, staff_id=me)
    return _last_audit(s.db, "promise", s.promise)


def _promise_broken(s: Shop, me: int) -> int | None:
    promises.break_promise(s.db, s.promise, "Supplier gone", NOW, staff_id=me)
    return _last_audit(s.db, "promise", s.promise)


def _promise_cancelled(s: Shop, me: int) -> int | None:
    promises.cancel_promise(s.db, s.promise, "Customer changed mind", NOW, staff_id=me)
    return _last_audit(s.db, "promise", s.promise)


def _message_sent(s: Shop, me: int) -> int | None:
    made = promises.log_message_sent(s.db, "Ready", Channel.EMAIL, NOW, job_id=s.job, staff_id=me)
    return _column(s.db, Interaction.staff_id, Interaction.id == made)


def _call_recorded(s: Shop, me: int) -> int | None:
    call = call_list.CallKey("follow_up", s.follow_up)
    tried = call_list.record_call(
        s.db, call, call_list.CallOutcome.NO_ANSWER, now=NOW, today=TODAY, staff_id=me
    )
    assert _column(s.db, Interaction.staff_id, Interaction.id == tried.interaction_id) == me
    assert _last_audit(s.db, "follow_up", s.follow_up) == me  # the new date
    news = call_list.CallKey("job", s.job)
    wrong = call_list.record_call(
        s.db, news, call_list.CallOutcome.WRONG_NUMBER, now=NOW, today=TODAY, staff_id=me
    )
    assert _column(s.db, Interaction.staff_id, Interaction.id == wrong.interaction_id) == me
    assert _last_audit(s.db, "customer", s.customer) == me  # the "wrong number" tag
    call_list.record_call(
        s.db, call, call_list.CallOutcome.REACHED, satisfaction=5, now=NOW, today=TODAY, staff_id=me
    )
    return _column(s.db, FollowUp.completed_by_id, FollowUp.id == s.follow_up)


def _sale_recorded(s: Shop, me: int) -> int | None:
    made = sales.record_sale(
        s.db,
        SaleInput(
            customer_id=s.customer,
            sale_date=TODAY,
            lines=(SaleLineInput(product_id=s.product, serial="SN-2"),),
        ),
        TODAY,
        staff_id=me,
    )
    assert _column(s.db, Sale.staff_id, Sale.id == made.id) == me  # the seller, unless told otherwise
    return _last_audit(s.db, "sale", made.id)


def _sale_voided(s: Shop, me: int) -> int | None:
    sales.void_sale(s.db, s.sale, "Typed twice", TODAY, staff_id=me)
    return _last_audit(s.db, "sale", s.sale)


def _sale_redated(s: Shop, me: int) -> int | None:
    sales.update_sale_date(s.db, s.sale, TODAY - timedelta(days=1), TODAY, staff_id=me)
    return _last_audit(s.db, "sale", s.sale)


def _job_opened(s: Shop, me: int) -> int | None:
    made = jobs.open_job(
        s.db,
        jobs.JobInput(
            customer_id=s.customer, unit_description="Tablet", reported_problem="Cracked", staff_id=me
        ),
        TODAY,
        NOW,
    )
    assert _last_audit(s.db, "service_job", made.id) == me
    return _column(s.db, ServiceJob.received_by_id, ServiceJob.id == made.id)


def _job_moved(s: Shop, me: int) -> int | None:
    jobs.move_job(s.db, s.job, JobStatus.DIAGNOSING, NOW, staff_id=me)
    return _last_audit(s.db, "service_job", s.job)


def _line_added(s: Shop, me: int) -> int | None:
    line = _line(s, me)
    assert _last_audit(s.db, "service_job", s.job) == me
    return _column(s.db, JobLine.added_by_id, JobLine.id == line)


def _line_removed(s: Shop, me: int) -> int | None:
    jobs.remove_line(s.db, _line(s, s.owner), NOW, staff_id=me)
    return _last_audit(s.db, "service_job", s.job)


def _unit_exchanged(s: Shop, me: int) -> int | None:
    jobs.record_exchange(s.db, s.job, "SN-NEW", NOW, staff_id=me)
    return _last_audit(s.db, "service_job", s.job)


def _procedure_applied(s: Shop, me: int) -> int | None:
    jobs.apply_procedure(s.db, s.job, _procedure(s.db), now=NOW, staff_id=me)
    return _last_audit(s.db, "service_job", s.job)


def _checklist_ticked(s: Shop, me: int) -> int | None:
    item = _checklist_item(s)
    jobs.tick(s.db, item, True, me, NOW)
    assert _last_audit(s.db, "job_checklist_item", item) == me
    return _column(s.db, JobChecklistItem.done_by_id, JobChecklistItem.id == item)


def _notes_written(s: Shop, me: int) -> int | None:
    jobs.update_notes(
        s.db, s.job, NOW, diagnosis="Loose cable", work_done=None, technician_id=None, staff_id=me
    )
    return _last_audit(s.db, "service_job", s.job)


def _visit_booked(s: Shop, me: int) -> int | None:
    return _column(s.db, Visit.booked_by_id, Visit.id == _visit(s, me))


def _visit_closed(s: Shop, me: int) -> int | None:
    visits.close_visit(s.db, _visit(s, s.owner), VisitStatus.DONE, NOW, outcome="Fixed", staff_id=me)
    return _last_audit(s.db, "service_job", s.job)


def _person_added(s: Shop, me: int) -> int | None:
    made = staff.add_staff(s.db, staff.StaffInput("Nina New", (StaffRole.SALES,)), staff_id=me)
    return _last_audit(s.db, "staff", made.id)


def _person_edited(s: Shop, me: int) -> int | None:
    staff.update_staff(s.db, s.other, staff.StaffInput("Sam Seller", (StaffRole.SALES, StaffRole.TECHNICIAN)),
                       staff_id=me)  # fmt: skip
    return _last_audit(s.db, "staff", s.other)


def _pin_set(s: Shop, me: int) -> int | None:
    staff.set_pin(s.db, s.other, "4321", staff_id=me)
    return _last_audit(s.db, "staff", s.other)


def _person_retired(s: Shop, me: int) -> int | None:
    staff.retire_staff(s.db, s.other, reassign_to=s.owner, staff_id=me)
    return _last_audit(s.db, "staff", s.other)


def _person_reinstated(s: Shop, me: int) -> int | None:
    staff.retire_staff(s.db, s.other, reassign_to=s.owner, staff_id=s.owner)
    staff.reinstate_staff(s.db, s.other, staff_id=me)
    return _last_audit(s.db, "staff", s.other)


def _new_request(s: Shop, person: int) -> int:
    jobs.ensure_default_procedures(s.db)
    requests.ensure_default_request_kinds(s.db)
    requests_kinds = requests.list_request_kinds(s.db)
    kind = next(k.id for k in requests_kinds if k.name == "Lost or stolen device")
    data = requests.RequestInput(customer_id=s.customer, kind_id=kind, summary="Lost phone")
    return requests.open_request(s.db, data, today=TODAY, now=NOW, staff_id=person).id


def _request_opened(s: Shop, me: int) -> int | None:
    request = _new_request(s, me)
    assert _column(s.db, CustomerRequest.owner_id, CustomerRequest.id == request) == me  # owns it by default
    return _column(s.db, CustomerRequest.opened_by_id, CustomerRequest.id == request)


def _request_moved(s: Shop, me: int) -> int | None:
    request = _new_request(s, s.owner)
    requests.move_request(s.db, request, RequestStatus.RESOLVED, now=NOW, staff_id=me)
    assert _column(s.db, CustomerRequest.closed_by_id, CustomerRequest.id == request) == me
    return _last_audit(s.db, "customer_request", request)


def _request_edited(s: Shop, me: int) -> int | None:
    request = _new_request(s, s.owner)
    requests.update_request(
        s.db, request, now=NOW, staff_id=me, owner_id=s.other, priority=JobPriority.HIGH, notes="Call back"
    )
    return _last_audit(s.db, "customer_request", request)


def _request_ticked(s: Shop, me: int) -> int | None:
    request = requests.get_request(s.db, _new_request(s, s.owner), TODAY)
    requests.tick_request_item(s.db, request.checklist[0].id, True, now=NOW, staff_id=me)
    return _column(s.db, RequestChecklistItem.done_by_id, RequestChecklistItem.id == request.checklist[0].id)


def _request_taken_in(s: Shop, me: int) -> int | None:
    request = _new_request(s, s.owner)
    data = jobs.JobInput(customer_id=s.customer, unit_description="Phone", reported_problem="x", staff_id=me)
    job = requests.request_to_job(s.db, request, data, today=TODAY, now=NOW)
    assert _column(s.db, ServiceJob.received_by_id, ServiceJob.id == job.id) == me
    return _last_audit(s.db, "customer_request", request)


def _request_kind_saved(s: Shop, me: int) -> int | None:
    kind = requests.save_request_kind(s.db, None, name="Trade-in", staff_id=me)
    return _last_audit(s.db, "request_kind", kind.id)


def _follow_ups_settled(s: Shop, me: int) -> int | None:
    follow_up_batches.settle_follow_ups(
        s.db, [s.follow_up], follow_up_batches.BatchAction.HAND_OVER, staff_id=me, today=TODAY, now=NOW,
        assignee_id=s.other,
    )  # fmt: skip
    return _last_audit(s.db, "follow_up", s.follow_up)


def _customer_erased(s: Shop, me: int) -> int | None:
    privacy.erase_customer(s.db, s.second, staff_id=me)
    return _column(s.db, Erasure.staff_id, Erasure.customer_id == s.second)


def _erasures_reapplied(s: Shop, me: int) -> int | None:
    privacy.erase_customer(s.db, s.second, staff_id=me)
    with s.db.writing() as uow:  # as in a restored older copy: the erasure is not recorded there yet
        uow.session.query(Erasure).delete()
        uow.commit()
    privacy.reapply_erasures(s.db, [privacy.ErasureRecord(1, s.second, NOW, me, None)])
    return _column(s.db, Erasure.staff_id, Erasure.customer_id == s.second)  # who erased them, kept


def _customers_imported(s: Shop, me: int) -> int | None:
    import tempfile
    from pathlib import Path

    from crm_desktop.interchange.mapping import ImportKind, guess_mapping
    from crm_desktop.interchange.readers import open_table

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.csv"
        path.write_text("Name,Email\nIngrid Import,ingrid@example.com\n", encoding="utf-8")
        table = open_table(path)
        imports.import_table(
            s.db, table, guess_mapping(ImportKind.CUSTOMERS, table.header), staff_id=me, today=TODAY
        )
    found = _column(s.db, Customer.id, Customer.name == "Ingrid Import")
    assert found is not None
    return _last_audit(s.db, "customer", found)


CASES: dict[str, Case] = {
    name.removeprefix("_"): case
    for name, case in list(globals().items())
    if name.startswith("_") and callable(case) and getattr(case, "__annotations__", {}).get("me") == "int"
}


# Which case exercises which writing service.
COVERS = {
    "customers.create_customer": "customer_created",
    "customers.update_customer": "customer_edited",
    "customers.archive_customer": "customer_archived",
    "customers.merge_customers": "customers_merged",
    "contacts.log_contact": "contact_logged",
    "contacts.schedule_follow_up": "follow_up_scheduled",
    "follow_ups.complete_follow_up": "follow_up_completed",
    "follow_ups.reschedule_follow_up": "follow_up_rescheduled",
    "follow_ups.skip_follow_up": "follow_up_skipped",
    "promises.record_promise": "promise_recorded",
    "promises.change_promise_date": "promise_moved",
    "promises.keep_promise": "promise_kept",
    "promises.break_promise": "promise_broken",
    "promises.cancel_promise": "promise_cancelled",
    "promises.log_message_sent": "message_sent",
    "call_list.record_call": "call_recorded",
    "requests.open_request": "request_opened",
    "requests.move_request": "request_moved",
    "requests.update_request": "request_edited",
    "requests.tick_request_item": "request_ticked",
    "requests.request_to_job": "request_taken_in",
    "requests.save_request_kind": "request_kind_saved",
    "follow_up_batches.settle_follow_ups": "follow_ups_settled",
    "sales.record_sale": "sale_recorded",
    "sales.void_sale": "sale_voided",
    "sales.update_sale_date": "sale_redated",
    "jobs.open_job": "job_opened",
    "jobs.move_job": "job_moved",
    "jobs.add_line": "line_added",
    "jobs.remove_line": "line_removed",
    "jobs.record_exchange": "unit_exchanged",
    "jobs.apply_procedure": "procedure_applied",
    "jobs.tick": "checklist_ticked",
    "jobs.update_notes": "notes_written",
    "visits.schedule_visit": "visit_booked",
    "visits.close_visit": "visit_closed",
    "staff.add_staff": "person_added",
    "staff.update_staff": "person_edited",
    "staff.set_pin": "pin_set",
    "staff.retire_staff": "person_retired",
    "staff.reinstate_staff": "person_reinstated",
    "privacy.erase_customer": "customer_erased",
    "privacy.reapply_erasures": "erasures_reapplied",
    "imports.import_table": "customers_imported",
}


def test_every_write_service_is_covered() -> None:
    """A new writing use case must join the cases above (so it cannot forget the person)."""
    import inspect

    writers = {
        f"{module.__name__.rsplit('.', 1)[1]}.{name}"
        for module in (
            call_list,
            contacts,
            customers,
            follow_up_batches,
            follow_ups,
            imports,
            jobs,
            privacy,
            promises,
            requests,
            sales,
            staff,
            visits,
        )
        for name in module.__all__
        if inspect.isfunction(getattr(module, name)) and _writes(getattr(module, name))
    }
    exempt = {  # the shop's own setup, nobody acting
        "jobs.ensure_default_procedures",
        "requests.ensure_default_request_kinds",
        "staff.start_shop",
    }
    assert set(COVERS) == writers - exempt
    assert set(COVERS.values()) == set(CASES)


def _writes(function: object) -> bool:
    """A use case that writes: it opens a writing unit of work, or takes the acting person."""
    import inspect

    try:
        source = inspect.getsource(function)  # type: ignore[arg-type]
        parameters = inspect.signature(function).parameters  # type: ignore[arg-type]
    except (TypeError, OSError, ValueError):
        return False
    return ".writing()" in source or "staff_id" in parameters


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_record_names_the_person_who_did_it(shop: Shop, case: str) -> None:
    assert CASES[case](shop, shop.tariq) == shop.tariq


def test_a_retired_person_cannot_act_any_more(shop: Shop) -> None:
    from crm_desktop.errors import ValidationError

    staff.retire_staff(shop.db, shop.tariq, reassign_to=shop.owner, staff_id=shop.owner)
    with pytest.raises(ValidationError, match="retired"):
        contacts.log_contact(
            shop.db,
            shop.customer,
            contacts.ContactInput(Channel.CALL, Direction.INBOUND, "Hi"),
            staff_id=shop.tariq,
        )


def test_labour_quantities_stay_exact(shop: Shop) -> None:
    line = jobs.LineInput(kind=JobLineKind.LABOUR, description="Work", quantity=Decimal("0.25"))
    added = jobs.add_line(shop.db, shop.job, line, NOW, staff_id=shop.tariq)
    assert added.lines[-1].quantity == Decimal("0.25")
