"""a customer's language: the one their documents and messages are written in

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 14:10:00.000000

* ``customer.language``: a language code (``fr``, ``nl``); None (every customer so far): the shop's
  language, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("language")
