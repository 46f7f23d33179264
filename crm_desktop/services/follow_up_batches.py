"""Several follow-ups at once: what Today's *Long overdue* fold offers for the calls nobody made for more
than 90 days — move them all to a new date, skip them all, or hand them all to a colleague.

One unit of work for the whole batch: all of them change, or none does (a follow-up someone closed
meanwhile refuses the batch with a sentence naming it). Each follow-up gets its own audit row, as if it
had been moved, skipped or reassigned alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import FollowUpStatus
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.common import acting, audit, checked_text, require_aware
from crm_desktop.services.follow_ups import _audit_status, open_follow_up
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Staff

REASON_MAX: Final = 2_000
BATCH_MAX: Final = 10_000


class BatchAction(StrEnum):
    RESCHEDULE = "reschedule"
    SKIP = "skip"
    HAND_OVER = "hand_over"


def settle_follow_ups(
    database: Database,
    follow_up_ids: Sequence[int],
    action: BatchAction,
    *,
    staff_id: int | None,
    today: date,
    now: datetime,
    reason: str | None = None,
    new_date: date | None = None,
    assignee_id: int | None = None,
) -> int:
    """Reschedule (to ``new_date``, with ``reason``), skip (``reason``) or hand over (to
    ``assignee_id``) every follow-up of ``follow_up_ids``; returns how many changed."""
    require_aware(now)
    action = BatchAction(action)
    ids = list(dict.fromkeys(follow_up_ids))
    if not ids:
        raise ValidationError(_("Select the follow-ups first."))
    if len(ids) > BATCH_MAX:
        raise ValidationError(
            _("At most {count} follow-ups at once; select fewer.").format(count=f"{BATCH_MAX:,}")
        )
    required = action is not BatchAction.HAND_OVER
    why = checked_text(reason, _("The reason"), REASON_MAX, required=required)
    if action is BatchAction.RESCHEDULE and (new_date is None or new_date < today):
        raise ValidationError(_("Pick the new date: today or later."))
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        heir: Staff | None = None
        if action is BatchAction.HAND_OVER:
            heir = session.get(Staff, assignee_id) if assignee_id is not None else None
            if heir is None or not heir.active:
                raise ValidationError(_("Choose a colleague still working here to hand them to."))
        verb = {
            BatchAction.RESCHEDULE: _("reschedule"),
            BatchAction.SKIP: _("skip"),
            BatchAction.HAND_OVER: _("hand over"),
        }[action]
        for follow_up_id in ids:
            item = open_follow_up(session, follow_up_id, verb)
            if action is BatchAction.RESCHEDULE:
                assert new_date is not None
                if item.due_date == new_date:
                    continue
                old = item.due_date
                item.due_date = new_date
                audit(session, staff_id, AuditEntity.FOLLOW_UP, item.id, AuditAction.RESCHEDULED,
                      at=now, field="due_date", old=old.isoformat(), new=new_date.isoformat(),
                      reason=why)  # fmt: skip
            elif action is BatchAction.SKIP:
                item.status = FollowUpStatus.SKIPPED
                item.outcome = why
                item.completed_at = now
                item.completed_by_id = staff_id
                _audit_status(session, item, staff_id, now, reason=why)
            else:
                assert heir is not None
                if item.assignee_id == heir.id:
                    continue
                audit(session, staff_id, AuditEntity.FOLLOW_UP, item.id, AuditAction.REASSIGNED, at=now,
                      field="assignee_id", old=item.assignee_id, new=heir.id, reason=why)  # fmt: skip
                item.assignee_id = heir.id
        uow.commit()
    return len(ids)


__all__ = ["BatchAction", "settle_follow_ups"]
