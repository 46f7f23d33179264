"""What the window shows about the outbox without loading the messaging code: how many failed messages
nobody has looked at yet (Today's notice). The rest is :mod:`crm_desktop.services.messages`."""

from __future__ import annotations

from sqlalchemy import func, select

from crm_desktop.domain.enums import MessageStatus
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import OutboxMessage


def unseen_failures(database: Database) -> int:
    """How many failed messages nobody has looked at yet (Today shows them until someone does)."""
    with database.reading() as uow:
        found = uow.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == MessageStatus.FAILED, OutboxMessage.failure_seen_at.is_(None))
        )
    return int(found or 0)


__all__ = ["unseen_failures"]
