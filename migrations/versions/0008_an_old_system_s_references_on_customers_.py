"""an old system's references on customers and sales; erasures of customers' personal data

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 21:36:57.765687

Imports match what they bring on the old system's reference of a customer or a sale (``external_ref``);
an erased customer leaves one ``erasure`` row (when, by whom, never what), so that restoring an older
backup erases them again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.storage.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_erasure_staff_id_staff"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    with op.batch_alter_table("erasure", schema=None) as batch_op:
        batch_op.create_index("ix_erasure_customer_id", ["customer_id"], unique=False)

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_ref", sa.String(length=120), nullable=True))
        batch_op.create_index("ix_customer_external_ref", ["external_ref"], unique=False)

    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_ref", sa.String(length=120), nullable=True))
        batch_op.create_index("ix_sale_external_ref", ["external_ref"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index("ix_sale_external_ref")
        batch_op.drop_column("external_ref")

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_external_ref")
        batch_op.drop_column("external_ref")

    with op.batch_alter_table("erasure", schema=None) as batch_op:
        batch_op.drop_index("ix_erasure_customer_id")

    op.drop_table("erasure")
