"""The moves a service job may make between its states, and the sentence shown when one is refused.

The normal path is received → diagnosing → repairing → ready → collected. A job can wait for parts or
for the customer (approval of a quote, a missing PIN) at any point of the work and come back to
diagnosing or repairing; a unit that needs no repair (no fault found, an exchange, a duplicate SIM)
can go to ready straight from diagnosing or waiting. Any open job can be cancelled. Collected and
cancelled are final: a unit that comes back is a new job.

Pure rules on :class:`~crm_desktop.domain.enums.JobStatus` values, without storage.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from crm_desktop.domain.enums import JobStatus
from crm_desktop.domain.timeline import JOB_STATUS_TEXT
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _

__all__ = ["ALLOWED_MOVES", "FINAL_STATES", "allowed_moves", "check_move", "is_final"]

_S = JobStatus

ALLOWED_MOVES: Final[Mapping[JobStatus, tuple[JobStatus, ...]]] = {
    _S.RECEIVED: (_S.DIAGNOSING, _S.WAITING_PARTS, _S.WAITING_CUSTOMER, _S.REPAIRING, _S.CANCELLED),
    _S.DIAGNOSING: (_S.WAITING_PARTS, _S.WAITING_CUSTOMER, _S.REPAIRING, _S.READY, _S.CANCELLED),
    _S.WAITING_PARTS: (_S.DIAGNOSING, _S.WAITING_CUSTOMER, _S.REPAIRING, _S.READY, _S.CANCELLED),
    _S.WAITING_CUSTOMER: (_S.DIAGNOSING, _S.WAITING_PARTS, _S.REPAIRING, _S.READY, _S.CANCELLED),
    _S.REPAIRING: (_S.WAITING_PARTS, _S.WAITING_CUSTOMER, _S.READY, _S.CANCELLED),
    # Tested again at the counter and still faulty: back to the bench.
    _S.READY: (_S.COLLECTED, _S.REPAIRING, _S.CANCELLED),
    _S.COLLECTED: (),
    _S.CANCELLED: (),
}
FINAL_STATES: Final = frozenset(s for s, moves in ALLOWED_MOVES.items() if not moves)


def allowed_moves(current: JobStatus) -> tuple[JobStatus, ...]:
    """The states a job in ``current`` may move to, in workflow order (empty once final)."""
    return ALLOWED_MOVES[JobStatus(current)]


def is_final(status: JobStatus) -> bool:
    return JobStatus(status) in FINAL_STATES


def _quoted(status: JobStatus) -> str:
    return _("“{status}”").format(status=_(JOB_STATUS_TEXT[status]))


def check_move(current: JobStatus, new: JobStatus) -> None:
    """Nothing if a job may go from ``current`` to ``new``; else :class:`ValidationError` with a
    sentence naming both states and the ones it can go to."""
    try:
        target = JobStatus(new)
    except ValueError:
        raise ValidationError(_("'{status}' is not a job status.").format(status=new)) from None
    here = JobStatus(current)
    if target in ALLOWED_MOVES[here]:
        return
    if target is here:
        raise ValidationError(_("The job is already {status}.").format(status=_quoted(here)))
    if here in FINAL_STATES:
        raise ValidationError(
            _(
                "The job is {status}, which is final: it cannot move to {target}. "
                "Open a new job if the unit is back."
            ).format(status=_quoted(here), target=_quoted(target))
        )
    allowed = [_quoted(s) for s in ALLOWED_MOVES[here]]
    if len(allowed) > 1:
        options = _("{some} or {last}").format(some=", ".join(allowed[:-1]), last=allowed[-1])
    else:
        options = allowed[0]
    raise ValidationError(
        _("A job that is {status} cannot move to {target}; it can move to {options}.").format(
            status=_quoted(here), target=_quoted(target), options=options
        )
    )
