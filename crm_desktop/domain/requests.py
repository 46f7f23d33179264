"""Rules of a customer's request (R-0042): its states, the moves between them, and the shop's starting
list of kinds.

A request is *live* while it is open or waiting on someone (the shop, the customer, a third party such as
a supplier or the network operator) and *closed* once resolved or cancelled. A live request may move to
any other state but "open" (where it starts: "waiting for us" is the way back to the shop's desk); a
closed one can only be reopened. Cancelling and reopening need a reason, which is kept
with the move; resolving takes an optional note of what was done.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from crm_desktop.domain.enums import RequestStatus
from crm_desktop.domain.timeline import State, Tone
from crm_desktop.i18n import N_, _

LIVE: Final = frozenset(
    {
        RequestStatus.OPEN,
        RequestStatus.WAITING_US,
        RequestStatus.WAITING_CUSTOMER,
        RequestStatus.WAITING_THIRD_PARTY,
    }
)
CLOSED: Final = frozenset({RequestStatus.RESOLVED, RequestStatus.CANCELLED})

# The words of these three tables are marked for the catalogue, in English: translate them where they
# are shown, ``_(STATUS_TEXT[status])``.
STATUS_TEXT: Final = {
    RequestStatus.OPEN: N_("open"),
    RequestStatus.WAITING_US: N_("waiting for us"),
    RequestStatus.WAITING_CUSTOMER: N_("waiting for the customer"),
    RequestStatus.WAITING_THIRD_PARTY: N_("waiting for a third party"),
    RequestStatus.RESOLVED: N_("resolved"),
    RequestStatus.CANCELLED: N_("cancelled"),
}
# The state as the end of a sentence to the customer ("About your request R-0042 (activation): ...").
CUSTOMER_SENTENCE: Final = {
    RequestStatus.OPEN: N_("we have it and are working on it"),
    RequestStatus.WAITING_US: N_("we are working on it"),
    RequestStatus.WAITING_CUSTOMER: N_("we are waiting for your reply before we can go on"),
    RequestStatus.WAITING_THIRD_PARTY: N_("we are waiting for our supplier or the operator to answer"),
    RequestStatus.RESOLVED: N_("it is done"),
    RequestStatus.CANCELLED: N_("it has been cancelled"),
}
# The verb on the button that makes the move.
MOVE_TEXT: Final = {
    RequestStatus.OPEN: N_("Reopen"),
    RequestStatus.WAITING_US: N_("Waiting for us"),
    RequestStatus.WAITING_CUSTOMER: N_("Waiting for the customer"),
    RequestStatus.WAITING_THIRD_PARTY: N_("Waiting for a third party"),
    RequestStatus.RESOLVED: N_("Resolved"),
    RequestStatus.CANCELLED: N_("Cancel request"),
}

IDLE_WARNING_DAYS: Final = 7
IDLE_DANGER_DAYS: Final = 14

# (name, procedure applied when a request of this kind opens): the list a new shop starts with. Saved in
# the database as the shop's own kinds (and matched by name to the sample shop's procedures).
DEFAULT_KINDS: Final = (
    (N_("Activation"), None),
    (N_("SIM or number"), None),
    (N_("Account or billing"), None),
    (N_("Complaint"), None),
    (N_("Lost or stolen device"), N_("Lost phone / duplicate SIM")),
    (N_("Delivery or installation"), None),
    (N_("Question"), None),
    (N_("Other"), None),
)


def is_live(status: RequestStatus) -> bool:
    return status in LIVE


def allowed_moves(status: RequestStatus) -> tuple[RequestStatus, ...]:
    """The states a request can move to from ``status``, in the order the buttons show them."""
    if status in CLOSED:
        return (RequestStatus.OPEN,)  # reopened, with a reason
    # "open" is where a request starts; once someone waits on it, "waiting for us" is the way back.
    return tuple(s for s in RequestStatus if s is not status and s is not RequestStatus.OPEN)


def needs_reason(old: RequestStatus, new: RequestStatus) -> bool:
    """Cancelling says why; so does reopening something that was closed."""
    return new is RequestStatus.CANCELLED or (old in CLOSED and new in LIVE)


def request_state(status: RequestStatus, last_action: date, today: date) -> tuple[State, int | None]:
    """How a request looks today, and the days since anything was done on it (None once closed)."""
    text = _(STATUS_TEXT[status])
    if status is RequestStatus.RESOLVED:
        return State(text, Tone.GOOD), None
    if status is RequestStatus.CANCELLED:
        return State(text, Tone.MUTED), None
    idle = max(0, (today - last_action).days)
    if idle >= IDLE_DANGER_DAYS:
        tone = Tone.DANGER
    elif idle >= IDLE_WARNING_DAYS:
        tone = Tone.WARNING
    else:
        tone = Tone.NEUTRAL
    return State(text, tone), idle


__all__ = [
    "CLOSED",
    "CUSTOMER_SENTENCE",
    "DEFAULT_KINDS",
    "LIVE",
    "MOVE_TEXT",
    "STATUS_TEXT",
    "allowed_moves",
    "is_live",
    "needs_reason",
    "request_state",
]
