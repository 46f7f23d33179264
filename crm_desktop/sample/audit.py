"""The audit trail rows the sample shop's history leaves, in the app's closed vocabulary
(:mod:`crm_desktop.domain.audit`), as its actions write them."""

from __future__ import annotations

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.sample.state import Sample


def audit(
    sample: Sample,
    t: int,
    staff_id: int,
    entity: AuditEntity,
    entity_id: int,
    action: AuditAction,
    field_name: str,
    old: str | None,
    new: str | None,
    reason: str | None,
) -> None:
    sample.rows.add(
        "audit_entry",
        {
            "id": sample.rows.next_id("audit_entry"),
            "at": sample.clock.dt(t),
            "staff_id": staff_id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "field": field_name,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new),
            "reason": reason,
        },
    )
