"""indexes the metrics read: a year of figures from indexes rather than tables

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 08:10:00.000000

The metrics for a year read, at 100,000 customers, every follow-up due in the period (170,000), every
score given, every active sale with its items per customer and per day. With these indexes each of those
reads the index alone:

* ``ix_follow_up_due`` (due date, status, completed at, by whom): the follow-ups due in the period;
* ``ix_follow_up_scored`` (completed at, score, customer, item), only for follow-ups with a score: the
  scores of a period are a few percent of the follow-ups;
* ``ix_sale_customer_active`` (customer, status, date) replaces the index on the customer alone;
* ``ix_sale_item_amounts`` (sale, quantity, price, product) replaces the index on the sale alone;
* ``ix_sale_day`` (date, id, status, seller) replaces the index on the date alone: the sales list still
  reads its order (date, then id) off the index, and the metrics' sales by day, seller and category no
  longer read the sales themselves.

The replaced indexes had the same first column, so every query they served is served as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SCORED = sa.text("satisfaction IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_follow_up_due", "follow_up", ["due_date", "status", "completed_at", "completed_by_id"]
    )
    op.create_index(
        "ix_follow_up_scored",
        "follow_up",
        ["completed_at", "satisfaction", "customer_id", "sale_item_id"],
        sqlite_where=_SCORED,
        postgresql_where=_SCORED,
    )
    op.create_index("ix_sale_customer_active", "sale", ["customer_id", "status", "sale_date"])
    op.drop_index("ix_sale_customer_id", table_name="sale")
    op.create_index(
        "ix_sale_item_amounts", "sale_item", ["sale_id", "quantity", "unit_price_minor", "product_id"]
    )
    op.drop_index("ix_sale_item_sale_id", table_name="sale_item")
    op.create_index("ix_sale_day", "sale", ["sale_date", "id", "status", "staff_id"])
    op.drop_index("ix_sale_sale_date", table_name="sale")


def downgrade() -> None:
    op.create_index("ix_sale_sale_date", "sale", ["sale_date"])
    op.drop_index("ix_sale_day", table_name="sale")
    op.create_index("ix_sale_item_sale_id", "sale_item", ["sale_id"])
    op.drop_index("ix_sale_item_amounts", table_name="sale_item")
    op.create_index("ix_sale_customer_id", "sale", ["customer_id"])
    op.drop_index("ix_sale_customer_active", table_name="sale")
    op.drop_index("ix_follow_up_scored", table_name="follow_up")
    op.drop_index("ix_follow_up_due", table_name="follow_up")
