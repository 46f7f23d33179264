"""The fixed vocabularies of the after-sales picture, shared by storage, services and screens."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    BUSINESS = "business"


class StaffRole(StrEnum):
    OWNER = "owner"
    SALES = "sales"
    TECHNICIAN = "technician"


class SaleStatus(StrEnum):
    ACTIVE = "active"
    VOID = "void"


class FollowUpKind(StrEnum):
    CALL = "call"
    MESSAGE = "message"
    VISIT = "visit"
    SATISFACTION = "satisfaction"
    WARRANTY_NOTICE = "warranty_notice"
    SERVICE_REMINDER = "service_reminder"
    RECOVERY = "recovery"


class StepAnchor(StrEnum):
    """What a follow-up plan step counts its days from."""

    SALE = "sale"
    WARRANTY_END = "warranty_end"


class AssigneeRule(StrEnum):
    SELLER = "seller"
    OWNER = "owner"
    SALES = "sales"
    TECHNICIAN = "technician"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class PromiseKind(StrEnum):
    GENERAL = "general"
    JOB_READY = "job_ready"


class RequestStatus(StrEnum):
    """Where a customer's request stands: live (open or waiting on someone) until resolved or cancelled."""

    OPEN = "open"
    WAITING_US = "waiting_us"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_THIRD_PARTY = "waiting_third_party"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"


class JobStatus(StrEnum):
    RECEIVED = "received"
    DIAGNOSING = "diagnosing"
    WAITING_PARTS = "waiting_parts"
    WAITING_CUSTOMER = "waiting_customer"
    REPAIRING = "repairing"
    READY = "ready"
    COLLECTED = "collected"
    CANCELLED = "cancelled"


class JobPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class WarrantyStatus(StrEnum):
    """What the warranty of a unit was found to be at intake."""

    COVERED = "covered"
    EXPIRED = "expired"
    NOT_SOLD_HERE = "not_sold_here"
    UNKNOWN = "unknown"


class WarrantyDecision(StrEnum):
    """Who pays for the job: decided at intake from the status, or overridden with a reason."""

    COVERED = "covered"
    BILLABLE = "billable"
    GOODWILL = "goodwill"


class JobLineKind(StrEnum):
    PART = "part"
    LABOUR = "labour"


class VisitStatus(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"


class Channel(StrEnum):
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"
    IN_STORE = "in_store"
    MESSAGE = "message"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class MessageChannel(StrEnum):
    """How a message reaches the customer."""

    EMAIL = "email"
    SMS = "sms"


class MessageStatus(StrEnum):
    """Where a message of the outbox is: waiting its turn, being handed to the server, gone, failed
    (with the reason) or withdrawn before it went."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class SendingMode(StrEnum):
    """What happens when the event of a template occurs: someone is asked first (the default), the
    message goes by itself, or nothing is offered."""

    ASK = "ask"
    AUTO = "auto"
    OFF = "off"
