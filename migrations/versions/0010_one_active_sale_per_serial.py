"""one active sale per serial, kept by a unique index on the serial of active sales' items

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 00:40:00.000000

``sale_item.active_serial`` is the item's serial, case-folded, while its sale is active (NULL otherwise);
a unique index over the non-NULL values refuses a second active sale of a serial on both backends, also
when two workstations save at the same moment. Filled here from the rows already there: if a shop's file
already holds one serial on two active sales (possible before the services checked it), the oldest item
keeps it and the others are left out of the index, so the upgrade never fails on old data.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sale_item", sa.Column("active_serial", sa.String(length=128), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT sale_item.id, sale_item.serial FROM sale_item JOIN sale ON sale.id = sale_item.sale_id "
            "WHERE sale.status = 'active' AND sale_item.serial IS NOT NULL ORDER BY sale_item.id"
        )
    ).all()
    taken: set[str] = set()
    values = []
    for item_id, serial in rows:
        key = serial.strip().casefold()
        if key and key not in taken:
            taken.add(key)
            values.append({"id": item_id, "key": key})
    if values:
        conn.execute(sa.text("UPDATE sale_item SET active_serial = :key WHERE id = :id"), values)
    op.create_index(
        "uq_sale_item_active_serial",
        "sale_item",
        ["active_serial"],
        unique=True,
        sqlite_where=sa.text("active_serial IS NOT NULL"),
        postgresql_where=sa.text("active_serial IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_sale_item_active_serial", table_name="sale_item")
    with op.batch_alter_table("sale_item", schema=None) as batch_op:
        batch_op.drop_column("active_serial")
