"""a version on every editable record, so that a save meeting someone else's change is refused

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 23:56:00.000000

Each editable table gets ``version`` (1 for every row already there). SQLAlchemy's ``version_id_col``
adds ``WHERE version = <the one read>`` to each UPDATE and counts it up; a form sends the version it
showed, and a save made after someone else's is refused instead of silently undoing theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "customer",
    "sale",
    "sale_item",
    "follow_up",
    "promise",
    "service_job",
    "job_line",
    "visit",
    "customer_request",
    "product",
    "product_category",
    "follow_up_plan",
    "staff",
    "setting",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
