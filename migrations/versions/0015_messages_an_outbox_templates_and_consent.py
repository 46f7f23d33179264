"""messages: an outbox, the shop's templates, and consent per channel with its history

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 11:00:00.000000

* ``outbox_message``: every e-mail and SMS to a customer from the moment it is queued until the server
  took it or it failed, with the server's answer or the reason; ``key`` (unique) is the message's identity
  however often it is tried;
* ``message_template``: the shop's own wording of a message per event and channel, and whether it is sent
  by itself, after asking, or not at all (no row: the built-in wording, after asking);
* ``customer.email_consent`` and ``customer.sms_consent``: the customer's answer for one channel (None:
  the general answer stands), and ``consent_change``: every answer as it changed, with its source. The
  general answers already given are written into it, dated as they were recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.storage.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("email_consent", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("sms_consent", sa.Boolean(), nullable=True))
    op.create_table(
        "consent_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("answer", sa.Boolean(), nullable=True),
        sa.Column("at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('any', 'email', 'sms')", name=op.f("ck_consent_change_consent_channel_known")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_consent_change_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_consent_change_staff_id_staff"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_change")),
    )
    op.create_index("ix_consent_change_customer_id", "consent_change", ["customer_id", "at"])
    # The general answers given so far, as the first entries of their history.
    op.execute(
        "INSERT INTO consent_change (customer_id, channel, answer, at, source) "
        "SELECT id, 'any', contact_consent, consent_recorded_at, 'recorded before messages' "
        "FROM customer WHERE contact_consent IS NOT NULL"
    )
    op.create_table(
        "message_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email", "sms", name="message_channel", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=300), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "sending",
            sa.Enum(
                "ask",
                "auto",
                "off",
                name="sending_mode",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("updated_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
    )
    op.create_index("ix_message_template_event", "message_template", ["event", "channel"], unique=True)
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email", "sms", name="outbox_channel", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "queued",
                "sending",
                "sent",
                "failed",
                "cancelled",
                name="outbox_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("claimed_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("failure_seen_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", crm_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_outbox_message_attempts_not_negative")),
        sa.CheckConstraint(
            "(status = 'sent') = (sent_at IS NOT NULL)", name=op.f("ck_outbox_message_sent_dated")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_outbox_message_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff.id"],
            name=op.f("fk_outbox_message_created_by_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_outbox_message_sale_id_sale"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["service_job.id"],
            name=op.f("fk_outbox_message_job_id_service_job"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promise.id"],
            name=op.f("fk_outbox_message_promise_id_promise"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["customer_request.id"],
            name=op.f("fk_outbox_message_request_id_customer_request"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_up.id"],
            name=op.f("fk_outbox_message_follow_up_id_follow_up"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_outbox_message_interaction_id_interaction"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_message")),
        sa.UniqueConstraint("key", name=op.f("uq_outbox_message_key")),
    )
    op.create_index("ix_outbox_message_due", "outbox_message", ["status", "next_attempt_at"])
    op.create_index("ix_outbox_message_customer_id", "outbox_message", ["customer_id", "created_at"])
    op.create_index("ix_outbox_message_interaction_id", "outbox_message", ["interaction_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_message_interaction_id", table_name="outbox_message")
    op.drop_index("ix_outbox_message_customer_id", table_name="outbox_message")
    op.drop_index("ix_outbox_message_due", table_name="outbox_message")
    op.drop_table("outbox_message")
    op.drop_index("ix_message_template_event", table_name="message_template")
    op.drop_table("message_template")
    op.drop_index("ix_consent_change_customer_id", table_name="consent_change")
    op.drop_table("consent_change")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("sms_consent")
        batch.drop_column("email_consent")
