"""contacts about a promise, job or request by time: Today reads them from the index alone

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 07:30:00.000000

For every open promise, job and request, the Today page asks when a contact about it was last logged (an
action within the idle window) and when the customer was last told (``direction = 'outbound'``). With
indexes on the foreign key alone, each answer read every such contact from the table. An index on (the
foreign key, ``occurred_at``, ``direction``) answers both from the index, and serves the foreign key as
the old one did (its first column is the same), so it replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LINKS = (("promise", "promise_id"), ("job", "job_id"), ("request", "request_id"))


def upgrade() -> None:
    for name, column in _LINKS:
        op.create_index(f"ix_interaction_{name}_news", "interaction", [column, "occurred_at", "direction"])
        op.drop_index(f"ix_interaction_{column}", table_name="interaction")


def downgrade() -> None:
    for name, column in _LINKS:
        op.create_index(f"ix_interaction_{column}", "interaction", [column])
        op.drop_index(f"ix_interaction_{name}_news", table_name="interaction")
