"""staff: several roles, retirement date, PIN hash; who received a job, booked a visit, added a line

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 17:33:40.477221

A person's single ``staff.role`` becomes one ``staff_role`` row per role (a one-person shop holds all
three). Retired people (``active`` false) get ``retired_at`` = their ``created_at``, the only date known.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.storage.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROLE = sa.Enum(
    "owner", "sales", "technician", name="staff_role", native_enum=False, create_constraint=True, length=24
)


def upgrade() -> None:
    op.create_table(
        "staff_role",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("role", _ROLE, nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_role_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("staff_id", "role", name=op.f("pk_staff_role")),
    )
    with op.batch_alter_table("staff_role", schema=None) as batch_op:
        batch_op.create_index("ix_staff_role_role", ["role"], unique=False)
    op.execute("INSERT INTO staff_role (staff_id, role) SELECT id, role FROM staff")

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("initials", sa.String(length=8), nullable=True))
        batch_op.add_column(
            sa.Column("retired_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
    op.execute("UPDATE staff SET retired_at = created_at WHERE NOT active")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_staff_staff_role"), type_="check")
        batch_op.drop_column("role")
        batch_op.create_check_constraint(op.f("ck_staff_retired_dated"), "active = (retired_at IS NULL)")

    with op.batch_alter_table("job_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("added_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_job_line_added_by_id_staff"), "staff", ["added_by_id"], ["id"], ondelete="RESTRICT"
        )
    with op.batch_alter_table("service_job", schema=None) as batch_op:
        batch_op.add_column(sa.Column("received_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_service_job_received_by_id_staff"),
            "staff",
            ["received_by_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("booked_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_booked_by_id_staff"), "staff", ["booked_by_id"], ["id"], ondelete="RESTRICT"
        )


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_visit_booked_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("booked_by_id")
    with op.batch_alter_table("service_job", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_service_job_received_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("received_by_id")
    with op.batch_alter_table("job_line", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_job_line_added_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("added_by_id")

    # The first role (owner, then sales, then technician) becomes the one role of the old schema.
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=24), nullable=True))
    op.execute(
        "UPDATE staff SET role = COALESCE((SELECT MIN(r.role) FROM staff_role r WHERE r.staff_id = staff.id),"
        " 'sales')"
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_staff_retired_dated"), type_="check")
        batch_op.alter_column("role", existing_type=sa.String(length=24), nullable=False)
        batch_op.create_check_constraint(
            op.f("ck_staff_staff_role"), "role IN ('owner', 'sales', 'technician')"
        )
        batch_op.drop_column("pin_hash")
        batch_op.drop_column("retired_at")
        batch_op.drop_column("initials")
    with op.batch_alter_table("staff_role", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_role_role")
    op.drop_table("staff_role")
