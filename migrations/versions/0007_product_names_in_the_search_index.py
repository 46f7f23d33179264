"""product names in the search index

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:10:00

A product's name typed in the search box lists the customers who own one: the index learns the kind
``product`` (its CHECK is widened, as in 0006, keeping SQLite's full-text triggers) and gets one entry per
customer and product name bought in an active sale, pointing at the newest such item. The entries of
existing data are made here with this revision's own frozen rules, so this file keeps working whatever
the models become.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from crm_desktop.domain.text import fold

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_FOLDED = 320
WINDOW = 5000
_KINDS_0006 = "'customer', 'company', 'email', 'phone', 'serial', 'sale', 'job', 'job_serial', 'request'"

ENTRY = sa.table(
    "search_entry",
    sa.column("customer_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("ref_id", sa.Integer),
    sa.column("label", sa.Text),
    sa.column("detail", sa.Text),
    sa.column("folded", sa.Text),
    sa.column("archived", sa.Boolean),
)


def upgrade() -> None:
    _search_kinds(_KINDS_0006 + ", 'product'", fill=True)


def downgrade() -> None:
    op.execute("DELETE FROM search_entry WHERE kind = 'product'")
    _search_kinds(_KINDS_0006, fill=False)


def _search_kinds(kinds: str, *, fill: bool) -> None:
    """Replace the ``kind_known`` constraint (SQLite rebuilds the table, and its triggers go with it:
    they are read first and put back), add the product entries, then rebuild the FTS5 index once
    (https://www.sqlite.org/fts5.html#the_rebuild_command)."""
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
    if fill:
        _fill(bind)
    for sql in triggers:
        bind.exec_driver_sql(sql)
    if triggers:
        bind.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def _fill(bind: sa.Connection) -> None:
    low, high = bind.execute(sa.text("SELECT min(id), max(id) FROM customer")).one()
    if low is None:
        return
    for start in range(low, high + 1, WINDOW):
        entries = _window(bind, start, start + WINDOW - 1)
        if entries:
            bind.execute(ENTRY.insert(), entries)


def _window(bind: sa.Connection, low: int, high: int) -> list[dict[str, Any]]:
    rows = bind.execute(
        sa.text(
            "SELECT i.id, s.customer_id, s.number, i.description, c.name, c.archived "
            "FROM sale_item i JOIN sale s ON s.id = i.sale_id JOIN customer c ON c.id = s.customer_id "
            "WHERE s.customer_id BETWEEN :low AND :high AND s.status = 'active' ORDER BY i.id"
        ),
        {"low": low, "high": high},
    ).all()
    owned: dict[tuple[int, str], tuple[int, int, str, str, bool]] = {}
    for item_id, customer_id, number, description, name, archived in rows:
        owned[(customer_id, fold(description))] = (item_id, number, description, name, bool(archived))
    entries = []
    for (customer_id, folded), (item_id, number, description, name, archived) in owned.items():
        folded = folded[:MAX_FOLDED]
        if not folded:
            continue
        shown = f"S-{number:04d}" if number >= 1 else f"S-{number}"
        entries.append(
            {
                "customer_id": customer_id,
                "kind": "product",
                "ref_id": item_id,
                "label": f"{description} · {shown} · {name}",
                "detail": description,
                "folded": folded,
                "archived": archived,
            }
        )
    return entries
