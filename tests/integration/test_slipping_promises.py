"""Today's "Slipping promises": a promise moved past its first date is shown with every reason, to its
owner and to the shop's owner, under the rule chosen in the settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.domain.enums import StaffRole
from crm_desktop.errors import ValidationError
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.promises import change_promise_date, keep_promise, record_promise
from crm_desktop.services.settings import set_settings
from crm_desktop.services.staff import StaffInput, add_staff
from crm_desktop.services.today import today_view
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.storage.types import utcnow
from tests.support import database_option

TODAY = date(2026, 3, 2)


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    return opened.database


def _activation(db: Database) -> tuple[int, int, int]:
    owner = add_staff(db, StaffInput("Olga Owner", (StaffRole.OWNER,)), staff_id=None).id
    seller = add_staff(db, StaffInput("Sam Seller", (StaffRole.SALES,)), staff_id=None).id
    zoe = create_customer(db, CustomerInput(name="Zoë Øster")).id
    promise = record_promise(db, zoe, "SIM activated", TODAY + timedelta(days=3), TODAY, staff_id=seller).id
    return owner, seller, promise


def _customer_of(db: Database, promise_id: int) -> int:
    from crm_desktop.services.promises import promise_chain

    return promise_chain(db, promise_id, TODAY).customer_id


def _slipping(db: Database, **filters: object) -> list[str]:
    return [item.detail for item in today_view(db, TODAY, **filters).slipping.items]  # type: ignore[arg-type]


def test_an_activation_that_slips_is_shown_with_every_reason(db: Database) -> None:
    owner, seller, promise = _activation(db)
    assert _slipping(db) == []  # as promised: nothing to notice
    change_promise_date(
        db, promise, TODAY + timedelta(days=7), "Network operator backlog", TODAY, staff_id=seller
    )
    (detail,) = _slipping(db)
    assert "first promised 5 Mar, now 9 Mar (4 days later)" in detail
    assert "moved 1×: Network operator backlog" in detail and "owner" not in detail
    change_promise_date(db, promise, TODAY + timedelta(days=30), "SIM out of stock", TODAY, staff_id=seller)
    change_promise_date(db, promise, TODAY + timedelta(days=40), "Wrong SIM sent", TODAY, staff_id=seller)
    view = today_view(db, TODAY)
    (item,) = view.slipping.items
    assert view.slipping.count == 1 and item.assignee_name == "Sam Seller" and item.tone == "danger"
    assert "moved 3×: Network operator backlog; SIM out of stock; Wrong SIM sent" in item.detail
    assert "needs the owner's attention (Olga Owner)" in item.detail
    # The seller sees their own; another person's list does not show it; everyone's does.
    assert len(_slipping(db, assignee_id=seller)) == 1 and _slipping(db, assignee_id=owner) == []
    keep_promise(db, promise, utcnow(), staff_id=seller)
    assert _slipping(db) == []  # kept: no longer slipping


def test_the_shop_chooses_how_soon(db: Database) -> None:
    _owner, seller, promise = _activation(db)
    change_promise_date(db, promise, TODAY + timedelta(days=9), "Backlog", TODAY, staff_id=seller)
    set_settings(db, {"promises.slipping_rule": "twice"})
    assert _slipping(db) == []
    # moved once: not slipping under this rule, but its move shows with its reason where it is listed
    zoe = record_promise(db, _customer_of(db, promise), "Case ordered", TODAY + timedelta(days=2), TODAY).id
    change_promise_date(db, zoe, TODAY + timedelta(days=4), "Courier late", TODAY, staff_id=seller)
    (due,) = [i for i in today_view(db, TODAY).promises_due.items if i.id == zoe]
    assert due.detail.endswith("moved 1×: Courier late")
    set_settings(db, {"promises.slipping_rule": "days", "promises.slipping_days": "5"})
    assert len(_slipping(db)) == 1  # 6 days later than first promised, more than 5
    set_settings(db, {"promises.slipping_days": "6"})
    assert _slipping(db) == []
    with pytest.raises(ValidationError):
        set_settings(db, {"promises.slipping_rule": "sometimes"})
    with pytest.raises(ValidationError):
        set_settings(db, {"promises.slipping_days": "0"})


def test_moved_earlier_is_not_slipping(db: Database) -> None:
    _owner, seller, promise = _activation(db)
    change_promise_date(db, promise, TODAY + timedelta(days=1), "Came in early", TODAY, staff_id=seller)
    assert _slipping(db) == []


def test_a_broken_promise_books_a_recovery_call_for_the_owner(db: Database) -> None:
    from sqlalchemy import select

    from crm_desktop.domain.enums import FollowUpKind, PromiseStatus
    from crm_desktop.services.promises import break_promise, cancel_promise
    from crm_desktop.storage.models import FollowUp

    owner, seller, promise = _activation(db)
    with pytest.raises(ValidationError, match="What the shop will do"):
        break_promise(db, promise, "  ", utcnow(), staff_id=seller)
    broken = break_promise(db, promise, "Refund the activation fee and call back", utcnow(), staff_id=seller)
    assert broken.status is PromiseStatus.BROKEN
    with db.reading() as uow:
        (call,) = uow.session.scalars(select(FollowUp).where(FollowUp.kind == FollowUpKind.RECOVERY)).all()
        assert call.assignee_id == owner and call.customer_id == broken.customer_id
        assert call.title == "Recovery call: promise broken — SIM activated"
        assert call.due_date > utcnow().astimezone().date()  # the next working day
    other = record_promise(db, broken.customer_id, "Call back", TODAY, TODAY, staff_id=seller).id
    with pytest.raises(ValidationError, match="reason for cancelling"):
        cancel_promise(db, other, "", utcnow(), staff_id=seller)
    cancel_promise(db, other, "Customer bought elsewhere", utcnow(), staff_id=seller)
    with db.reading() as uow:  # cancelling books nothing
        assert len(uow.session.scalars(select(FollowUp.id)).all()) == 1


def test_the_promises_command_lists_every_move_with_its_reason(
    opened: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from crm_desktop.cli import main

    db = opened.database
    _owner, seller, promise = _activation(db)
    record_promise(db, 1, "Call back with a quote", TODAY + timedelta(days=2), TODAY, staff_id=seller)
    change_promise_date(
        db, promise, TODAY + timedelta(days=7), "Network operator backlog", TODAY, staff_id=seller
    )
    assert main(["promises", *database_option(opened.paths)]) == 0
    text = capsys.readouterr().out
    assert "Zoë Øster: SIM activated [Sam Seller]" in text and "Call back with a quote" in text
    assert "first promised 2026-03-05, now 2026-03-09 · SLIPPING" in text
    assert "moved 2026-03-05 → 2026-03-09: Network operator backlog" in text
    assert main(["promises", "--slipping", "--json", *database_option(opened.paths)]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["promise"] == "SIM activated" and only["slipping"] is True and not only["needs_owner"]
    assert only["moves"] == [{"from": "2026-03-05", "to": "2026-03-09", "reason": "Network operator backlog"}]
    keep_promise(db, promise, utcnow(), staff_id=seller)
    assert main(["promises", "--slipping", *database_option(opened.paths)]) == 0
    assert capsys.readouterr().out.strip() == "No slipping promises."
    assert main(["promises", "--all", "--json", *database_option(opened.paths)]) == 0
    assert {p["status"] for p in json.loads(capsys.readouterr().out)} == {"kept", "open"}
