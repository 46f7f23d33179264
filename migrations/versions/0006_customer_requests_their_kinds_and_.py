"""customer requests, their kinds and checklists; promises and contacts about a request

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 20:12:38.487960

Requests (R-0042) are problems a customer brings that are not repairs: an activation, a duplicate SIM, a
complaint. Promises and contacts can now be about a request. The search index learns the kind
``request`` (its CHECK constraint is widened); on SQLite that rebuilds ``search_entry``, which drops its
full-text triggers, so they are read before and put back after, and the FTS5 index is rebuilt. No request
exists yet, so no entry is added here. The shop's default request kinds are created at start-up
(:func:`crm_desktop.services.requests.ensure_default_request_kinds`), next to the default procedures.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.storage.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "request_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedure.id"],
            name=op.f("fk_request_kind_procedure_id_procedure"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_kind")),
        sa.UniqueConstraint("name", name=op.f("uq_request_kind_name")),
    )
    op.create_table(
        "customer_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column(
            "priority",
            sa.Enum(
                "low",
                "normal",
                "high",
                "urgent",
                name="request_priority",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "waiting_us",
                "waiting_customer",
                "waiting_third_party",
                "resolved",
                "cancelled",
                name="request_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("sale_item_id", sa.Integer(), nullable=True),
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("opened_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("last_action_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status IN ('resolved', 'cancelled')) = (closed_at IS NOT NULL)",
            name=op.f("ck_customer_request_closed_when_finished"),
        ),
        sa.CheckConstraint("length(trim(summary)) > 0", name=op.f("ck_customer_request_summary_not_blank")),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["staff.id"],
            name=op.f("fk_customer_request_closed_by_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_request_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["service_job.id"],
            name=op.f("fk_customer_request_job_id_service_job"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["request_kind.id"],
            name=op.f("fk_customer_request_kind_id_request_kind"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"],
            ["staff.id"],
            name=op.f("fk_customer_request_opened_by_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_customer_request_owner_id_staff"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_customer_request_sale_id_sale"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["sale_item_id"],
            ["sale_item.id"],
            name=op.f("fk_customer_request_sale_item_id_sale_item"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_request")),
        sa.UniqueConstraint("number", name=op.f("uq_customer_request_number")),
    )
    with op.batch_alter_table("customer_request", schema=None) as batch_op:
        batch_op.create_index("ix_customer_request_customer_id", ["customer_id"], unique=False)
        batch_op.create_index("ix_customer_request_owner_id", ["owner_id"], unique=False)
        batch_op.create_index("ix_customer_request_status", ["status"], unique=False)

    op.create_table(
        "request_checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("done_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["done_by_id"],
            ["staff.id"],
            name=op.f("fk_request_checklist_item_done_by_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedure.id"],
            name=op.f("fk_request_checklist_item_procedure_id_procedure"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["customer_request.id"],
            name=op.f("fk_request_checklist_item_request_id_customer_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_checklist_item")),
    )
    with op.batch_alter_table("request_checklist_item", schema=None) as batch_op:
        batch_op.create_index("ix_request_checklist_item_request_id", ["request_id"], unique=False)

    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_interaction_request_id", ["request_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_interaction_request_id_customer_request"),
            "customer_request",
            ["request_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_promise_request_id", ["request_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_promise_request_id_customer_request"),
            "customer_request",
            ["request_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    _search_kinds(_KINDS_0005 + ", 'request'")


def downgrade() -> None:
    op.execute("DELETE FROM search_entry WHERE kind = 'request'")
    _search_kinds(_KINDS_0005)
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_promise_request_id_customer_request"), type_="foreignkey")
        batch_op.drop_index("ix_promise_request_id")
        batch_op.drop_column("request_id")

    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_interaction_request_id_customer_request"), type_="foreignkey")
        batch_op.drop_index("ix_interaction_request_id")
        batch_op.drop_column("request_id")

    with op.batch_alter_table("request_checklist_item", schema=None) as batch_op:
        batch_op.drop_index("ix_request_checklist_item_request_id")

    op.drop_table("request_checklist_item")
    with op.batch_alter_table("customer_request", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_request_status")
        batch_op.drop_index("ix_customer_request_owner_id")
        batch_op.drop_index("ix_customer_request_customer_id")

    op.drop_table("customer_request")
    op.drop_table("request_kind")


_KINDS_0005 = "'customer', 'company', 'email', 'phone', 'serial', 'sale', 'job', 'job_serial'"


def _search_kinds(kinds: str) -> None:
    """Replace the search index's ``kind_known`` constraint. SQLite rebuilds the table to do so, and a
    dropped table takes its triggers with it: they are put back and the external-content FTS5 index is
    rebuilt (https://www.sqlite.org/fts5.html#the_rebuild_command)."""
    bind = op.get_bind()
    triggers: list[str] = []
    if bind.dialect.name == "sqlite":
        rows = bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_entry'"
        ).all()
        for name, _sql in rows:
            bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
        triggers = [sql for _name, sql in rows]
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_search_entry_kind_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_search_entry_kind_known"), f"kind IN ({kinds})")
    for sql in triggers:
        bind.exec_driver_sql(sql)
    if triggers:
        bind.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
