"""The job workflow: which status moves are allowed and what a refused move says."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import JobStatus as S
from crm_desktop.domain.job_workflow import ALLOWED_MOVES, FINAL_STATES, allowed_moves, check_move
from crm_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (S.RECEIVED, S.DIAGNOSING),
        (S.DIAGNOSING, S.WAITING_PARTS),
        (S.DIAGNOSING, S.WAITING_CUSTOMER),
        (S.WAITING_PARTS, S.REPAIRING),
        (S.WAITING_CUSTOMER, S.REPAIRING),
        (S.WAITING_CUSTOMER, S.DIAGNOSING),
        (S.REPAIRING, S.WAITING_PARTS),
        (S.REPAIRING, S.READY),
        (S.READY, S.COLLECTED),
        (S.DIAGNOSING, S.READY),
    ],
)
def test_normal_moves_are_allowed(current: S, new: S) -> None:
    check_move(current, new)


def test_every_open_state_can_be_cancelled_and_final_states_go_nowhere() -> None:
    assert {S.COLLECTED, S.CANCELLED} == FINAL_STATES
    for state in S:
        if state in FINAL_STATES:
            assert allowed_moves(state) == ()
        else:
            check_move(state, S.CANCELLED)
    assert set(ALLOWED_MOVES) == set(S)


def test_a_skipped_step_names_both_states_and_the_allowed_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        check_move(S.RECEIVED, S.COLLECTED)
    assert str(caught.value) == (
        "A job that is “received” cannot move to “collected”; it can move to “diagnosing”, "
        "“waiting for parts”, “waiting for the customer”, “repairing” or “cancelled”."
    )


def test_final_states_are_final() -> None:
    with pytest.raises(ValidationError, match="“collected”, which is final: it cannot move to “repairing”"):
        check_move(S.COLLECTED, S.REPAIRING)
    with pytest.raises(ValidationError, match="“cancelled”, which is final"):
        check_move(S.CANCELLED, S.RECEIVED)


def test_staying_put_and_unknown_states_are_refused() -> None:
    with pytest.raises(ValidationError, match="already “ready to collect”"):
        check_move(S.READY, S.READY)
    with pytest.raises(ValidationError, match="'lost' is not a job status"):
        check_move(S.READY, "lost")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="“ready to collect” cannot move to “diagnosing”"):
        check_move(S.READY, S.DIAGNOSING)
