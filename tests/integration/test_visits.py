"""Visits, the technician's day and week, job notes and assignment, "tell the customer" logging,
and editable procedures."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import Channel, Direction, JobStatus, VisitStatus
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.services.jobs import apply_procedure, move_job, open_job, update_notes
from crm_desktop.services.procedures import list_procedures, save_procedure
from crm_desktop.services.promises import log_message_sent, status_message
from crm_desktop.services.visits import (
    VisitInput,
    close_visit,
    job_visits,
    schedule_visit,
    technician_day,
    technician_week,
)
from crm_desktop.storage.models import AuditEntry, Customer, Interaction, ServiceJob, Staff, StaffRoleGrant
from crm_desktop.storage.startup import OpenedDatabase
from tests.integration.test_jobs import NOW, TODAY, _intake, _shop, at


def _visit(job_id: int, tech: int | None, day: date, start: int, end: int, **kw: object) -> VisitInput:
    return VisitInput(job_id=job_id, technician_id=tech, day=day, start=time(start), end=time(end), **kw)  # type: ignore[arg-type]


def test_the_technicians_day_lists_visits_in_time_order_and_open_jobs(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    with db.writing() as uow:
        other = Staff(name="Olga Other", roles=[StaffRoleGrant(role="technician")])
        uow.session.add(other)
        uow.session.get(Customer, shop.customer).address = "4 Mill Lane, Leeds"  # type: ignore[union-attr]
        uow.session.flush()
        other_id = other.id
        uow.commit()
    first = open_job(db, _intake(shop, unit_description="Washer"), TODAY, NOW)
    second = open_job(db, _intake(shop, unit_description="Dryer"), TODAY, at(TODAY, 13))
    unassigned = open_job(db, _intake(shop, unit_description="Fridge", technician_id=None), TODAY, NOW)
    late = schedule_visit(db, _visit(second.id, shop.tech, TODAY, 15, 17, on_site=True), NOW)
    early = schedule_visit(db, _visit(first.id, shop.tech, TODAY, 9, 10), NOW)
    schedule_visit(db, _visit(unassigned.id, other_id, TODAY, 11, 12), NOW)
    schedule_visit(db, _visit(first.id, shop.tech, date(2026, 3, 18), 9, 10), NOW)

    assert late.address == "4 Mill Lane, Leeds" and late.place_text.startswith("On site: 4 Mill")
    assert early.place_text == "In the shop" and early.window_text == "09:00–10:00"
    day = technician_day(db, shop.tech, TODAY)
    assert day.technician_name == "Tim Tech"
    assert [v.unit_description for v in day.visits] == ["Washer", "Dryer"]
    assert {j.unit_description for j in day.jobs} == {"Washer", "Dryer"}
    assert day.job_ids == (first.id, second.id)
    everyone = technician_day(db, None, TODAY)
    assert len(everyone.visits) == 3 and len(everyone.jobs) == 3
    week = technician_week(db, shop.tech, date(2026, 3, 19))
    assert week[0][0] == date(2026, 3, 16) and len(week) == 7
    assert [len(v) for _, v in week] == [2, 0, 1, 0, 0, 0, 0]
    # the visit made the unassigned job Olga's
    assert technician_day(db, other_id, TODAY).jobs[0].unit_description == "Fridge"


def test_visits_refuse_bad_windows_and_closed_jobs(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Washer"), TODAY, NOW)
    with pytest.raises(ValidationError, match="before it starts"):
        schedule_visit(db, _visit(job.id, shop.tech, TODAY, 14, 9), NOW)
    visit = schedule_visit(db, _visit(job.id, shop.tech, TODAY, 9, 10), NOW)
    done = close_visit(db, visit.id, VisitStatus.DONE, NOW, outcome="Replaced the pump")
    assert done.status is VisitStatus.DONE and done.outcome == "Replaced the pump"
    with pytest.raises(
        ConflictError, match=r"The visit for job J-0001 was changed by .* since you opened it"
    ) as seen:
        close_visit(db, visit.id, VisitStatus.CANCELLED, NOW)  # closed already (by another workstation)
    assert [(c.field, c.theirs, c.mine) for c in seen.value.changes] == [("Visit", "done", "cancelled")]
    move_job(db, job.id, JobStatus.CANCELLED, NOW)
    with pytest.raises(ValidationError, match="has been cancelled; visits are booked on open jobs only"):
        schedule_visit(db, _visit(job.id, shop.tech, TODAY, 9, 10), NOW)
    assert len(job_visits(db, job.id)) == 1
    assert technician_day(db, shop.tech, TODAY).jobs == ()  # cancelled jobs leave the list


def test_notes_and_reassignment_are_kept_and_audited(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Washer", technician_id=None), TODAY, NOW)
    later = at(date(2026, 3, 20))
    saved = update_notes(
        db, job.id, later, diagnosis="Pump blocked by a coin", work_done=None, technician_id=shop.tech
    )
    assert saved.diagnosis == "Pump blocked by a coin" and saved.technician_name == "Tim Tech"
    assert saved.last_action_at == later
    with db.reading() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity_id == job.id, AuditEntry.entity == "service_job"
            )
        ).all()
    assert "assigned" in actions
    with pytest.raises(ValidationError, match=r"too long|characters"):
        update_notes(db, job.id, later, diagnosis="x" * 10_001, work_done=None, technician_id=shop.tech)
    assert (
        update_notes(
            db,
            job.id,
            later,
            diagnosis="Pump blocked by a coin",
            work_done="Coin removed",
            technician_id=shop.tech,
        ).work_done
        == "Coin removed"
    )


def test_a_sent_status_message_lands_on_the_history(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Washer", ready_by=date(2026, 3, 20)), TODAY, NOW)
    text = status_message(db, TODAY, job_id=job.id)
    assert "J-0001" in text and "20 March 2026" in text
    log_message_sent(db, text, Channel.EMAIL, NOW, job_id=job.id)
    with db.reading() as uow:
        row = uow.session.scalars(select(Interaction)).one()
        assert (row.customer_id, row.job_id, row.channel, row.direction) == (
            shop.customer,
            job.id,
            Channel.EMAIL,
            Direction.OUTBOUND,
        )
        assert row.summary == text
    with pytest.raises(ValidationError, match="empty"):
        log_message_sent(db, "   ", Channel.EMAIL, NOW, job_id=job.id)


# Each state, the way there from "received", and how the message to the customer says it.
SAID_TO_THE_CUSTOMER = {
    JobStatus.RECEIVED: ((), "Your Washer (job J-0001) has been received and is waiting for a technician."),
    JobStatus.DIAGNOSING: ((JobStatus.DIAGNOSING,), "Your Washer (job J-0001) is being diagnosed."),
    JobStatus.WAITING_PARTS: ((JobStatus.WAITING_PARTS,), "Your Washer (job J-0001) is waiting for parts."),
    JobStatus.WAITING_CUSTOMER: (
        (JobStatus.WAITING_CUSTOMER,),
        "Your Washer (job J-0001) is waiting for your reply.",
    ),
    JobStatus.REPAIRING: ((JobStatus.REPAIRING,), "Your Washer (job J-0001) is being repaired."),
    JobStatus.READY: (
        (JobStatus.REPAIRING, JobStatus.READY),
        "Your Washer (job J-0001) is ready to collect.",
    ),
    JobStatus.COLLECTED: (
        (JobStatus.REPAIRING, JobStatus.READY, JobStatus.COLLECTED),
        "Your Washer (job J-0001) has been collected. Thank you for your visit.",
    ),
    JobStatus.CANCELLED: (
        (JobStatus.CANCELLED,),
        "The repair of your Washer (job J-0001) has been cancelled.",
    ),
}


@pytest.mark.parametrize("status", list(JobStatus), ids=str)
def test_the_message_to_the_customer_says_each_state_in_plain_words(
    opened: OpenedDatabase, status: JobStatus
) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Washer", ready_by=date(2026, 3, 20)), TODAY, NOW)
    path, sentence = SAID_TO_THE_CUSTOMER[status]
    for step in path:
        move_job(
            db, job.id, step, NOW, note="Customer changed their mind" if step is JobStatus.CANCELLED else None
        )
    text = status_message(db, TODAY, job_id=job.id)
    body = text.split("\n")[2]
    assert body.startswith(sentence), body
    still_to_come = status not in (JobStatus.READY, JobStatus.COLLECTED, JobStatus.CANCELLED)
    assert ("It is expected on Friday, 20 March 2026." in body) is still_to_come, body


def test_a_job_without_a_unit_name_still_reads_well(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    job = open_job(db, _intake(shop, unit_description="Washer"), TODAY, NOW)
    with db.writing() as uow:
        uow.session.get(ServiceJob, job.id).unit_description = " "  # type: ignore[union-attr]
        uow.commit()
    move_job(db, job.id, JobStatus.REPAIRING, NOW)
    assert "Your unit (job J-0001) is being repaired." in status_message(db, TODAY, job_id=job.id)


def test_procedures_are_editable_and_jobs_keep_their_copies(opened: OpenedDatabase) -> None:
    shop = _shop(opened.database)
    db = opened.database
    created = save_procedure(db, None, name="Screen replacement", steps=["Back up", "", "  Replace screen "])
    assert created.steps == ("Back up", "Replace screen")
    with pytest.raises(ValidationError, match="already a procedure"):
        save_procedure(db, None, name="screen REPLACEMENT", steps=["x"])
    with pytest.raises(ValidationError, match="at least one step"):
        save_procedure(db, None, name="Empty", steps=["  "])
    job = open_job(db, _intake(shop, unit_description="Phone"), TODAY, NOW)
    apply_procedure(db, job.id, created.id)
    edited = save_procedure(db, created.id, name="Screen replacement", steps=["Test touch"], active=False)
    assert edited.steps == ("Test touch",) and not edited.active
    assert [p.name for p in list_procedures(db)] == []
    assert [p.name for p in list_procedures(db, include_retired=True)] == ["Screen replacement"]
    from crm_desktop.services.jobs import get_job

    assert [c.text for c in get_job(db, job.id, TODAY).checklist] == ["Back up", "Replace screen"]
