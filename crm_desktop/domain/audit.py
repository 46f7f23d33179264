"""The audit trail's closed vocabulary: which kinds of record are audited and what can happen to them.

Every audit row is written by :func:`crm_desktop.services.common.audit` with one of these words, so the
history screens and the metrics read one language ("rescheduled" is never also "date_changed").
The values are what the ``audit_entry`` table stores.
"""

from __future__ import annotations

from enum import StrEnum


class AuditEntity(StrEnum):
    CUSTOMER = "customer"
    SALE = "sale"
    SALE_ITEM = "sale_item"
    SERVICE_JOB = "service_job"
    REQUEST = "customer_request"
    REQUEST_KIND = "request_kind"
    REQUEST_CHECKLIST_ITEM = "request_checklist_item"
    JOB_LINE = "job_line"
    CHECKLIST_ITEM = "job_checklist_item"
    VISIT = "visit"
    FOLLOW_UP = "follow_up"
    PROMISE = "promise"
    INTERACTION = "interaction"
    STAFF = "staff"
    PRODUCT = "product"
    CATEGORY = "product_category"
    PLAN = "follow_up_plan"
    PROCEDURE = "procedure"
    SETTING = "setting"
    MESSAGE = "outbox_message"
    MESSAGE_TEMPLATE = "message_template"


class AuditAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    STATUS_CHANGED = "status_changed"
    DATE_CHANGED = "date_changed"
    RESCHEDULED = "rescheduled"
    VOIDED = "voided"
    ARCHIVED = "archived"
    RESTORED = "restored"
    MERGED = "merged"
    WARRANTY_OVERRIDE = "warranty_override"
    EXCHANGED = "exchanged"
    LINE_ADDED = "line_added"
    LINE_REMOVED = "line_removed"
    PROCEDURE_APPLIED = "procedure_applied"
    CHECKED = "checked"
    UNCHECKED = "unchecked"
    ASSIGNED = "assigned"
    REASSIGNED = "reassigned"
    NOTES_CHANGED = "notes_changed"
    VISIT_SCHEDULED = "visit_scheduled"
    VISIT_DONE = "visit_done"
    VISIT_CANCELLED = "visit_cancelled"
    PROMISED = "promised"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"
    DONE = "done"
    SKIPPED = "skipped"
    SCHEDULED = "scheduled"
    CONTACT_LOGGED = "contact_logged"
    MESSAGE_SENT = "message_sent"
    RETIRED = "retired"
    REINSTATED = "reinstated"
    PIN_CHANGED = "pin_changed"
    TAKEN_IN = "taken_in"
    KEPT_MINE = "kept_mine"  # saved over someone else's change, on purpose


__all__ = ["AuditAction", "AuditEntity"]
