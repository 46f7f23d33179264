"""search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 21:23:13.480267

``search_entry`` (one row per searchable name, company, e-mail, phone, serial, sale or job number, in
folded form) and the index that makes substring search instant: on SQLite an external-content FTS5
table with the trigram tokenizer kept in step by triggers; on PostgreSQL a pg_trgm GIN index (skipped,
not failed, where the extension cannot be created). The entries of existing data are made here, with the
0002 schema's own queries: this file must keep working on old databases whatever the models become.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator, Sequence
from typing import Any

import phonenumbers
import sqlalchemy as sa
from alembic import op

from crm_desktop.domain.text import compact, digits, fold

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

MAX_FOLDED = 320
WINDOW = 5000

FTS_DDL = (
    # https://www.sqlite.org/fts5.html#external_content_tables: the index only, the text stays in
    # search_entry; columnsize=0 because results are never ranked by bm25.
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entry', content_rowid='id', "
    "tokenize='trigram', columnsize=0)",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
)
PG_TRGM_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_search_entry_folded_trgm ON search_entry USING gin (folded gin_trgm_ops)",
)

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
    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('customer', 'company', 'email', 'phone', 'serial', 'sale', 'job', 'job_serial')",
            name=op.f("ck_search_entry_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_search_entry_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
    )
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.create_index("ix_search_entry_customer_id", ["customer_id"], unique=False)
        batch_op.create_index("ix_search_entry_kind_folded", ["kind", "folded"], unique=False)

    bind = op.get_bind()
    _fill(bind)
    # The full-text index is built once over the filled table, which is faster than row by row.
    if bind.dialect.name == "sqlite":
        for statement in FTS_DDL:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        _try_trigram_index(bind)


def _try_trigram_index(bind: sa.Connection) -> None:
    """pg_trgm is a trusted extension (PostgreSQL 13+), but a server may lack contrib or the user the
    right to create it: then search still works, by a scan, and the upgrade does not fail."""
    try:
        with bind.begin_nested():  # a SAVEPOINT: a failure here leaves the upgrade's transaction usable
            for statement in PG_TRGM_DDL:
                bind.execute(sa.text(statement))
    except sa.exc.DBAPIError as exc:
        log.warning("search: no trigram index (%s); searching will scan the table", exc.orig)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_entry_ai", "search_entry_ad", "search_entry_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_entry_folded_trgm")
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_search_entry_kind_folded")
        batch_op.drop_index("ix_search_entry_customer_id")
    op.drop_table("search_entry")


# ------------------------------------------------------------------------ entries of existing data
# A frozen copy of what crm_desktop.storage.search_index makes (tests check that both agree at head).


def _number(prefix: str, number: int) -> str:
    return f"{prefix}-{number:04d}" if number >= 1 else f"{prefix}-{number}"


def _number_folded(prefix: str, number: int) -> str:
    forms = (_number(prefix, number), f"{prefix}{number:04d}", f"{prefix}{number}")
    return " ".join(dict.fromkeys(fold(form) for form in forms))


def _phone_folded(raw: str, normalized: str) -> str:
    forms = [digits(normalized), digits(raw)]
    if normalized.startswith("+") and forms[0]:
        forms[:1] = [f"00{forms[0]}", _national_digits(forms[0])]
    kept = [f for f in dict.fromkeys(forms) if f]
    kept = [f for f in kept if not any(f != other and f in other for other in kept)]
    return " ".join(kept) or fold(raw)


def _national_digits(international: str) -> str:
    for length in (1, 2, 3):
        prefix = _trunk_prefix(int(international[:length]))
        if prefix is not None:
            return prefix + international[length:]
    return ""


@functools.cache
def _trunk_prefix(country_code: int) -> str | None:
    if country_code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    return (metadata.national_prefix or "") if metadata is not None else ""


def _customer_label(name: str, company: str | None, archived: bool) -> str:
    label = name if not company or fold(company) == fold(name) else f"{name} · {company}"
    return f"{label} · archived" if archived else label


def _entry(
    cid: int, kind: str, ref: int, label: str, detail: str, folded: str, archived: bool
) -> dict[str, Any] | None:
    folded = folded[:MAX_FOLDED]
    if not folded:
        return None
    return {
        "customer_id": cid,
        "kind": kind,
        "ref_id": ref,
        "label": label,
        "detail": detail,
        "folded": folded,
        "archived": archived,
    }


def _window(bind: sa.Connection, low: int, high: int) -> Iterator[dict[str, Any] | None]:
    bounds = {"low": low, "high": high}

    def rows(sql: str) -> sa.CursorResult[Any]:
        return bind.execute(sa.text(sql), bounds)

    people: dict[int, tuple[str, str, bool]] = {}
    for cid, name, company, email, archived in rows(
        "SELECT id, name, company, email, archived FROM customer WHERE id BETWEEN :low AND :high ORDER BY id"
    ):
        archived = bool(archived)
        label = _customer_label(name, company, archived)
        people[cid] = (name, label, archived)
        yield _entry(cid, "customer", cid, label, name, fold(name), archived)
        if company:
            yield _entry(cid, "company", cid, label, company, fold(company), archived)
        if email:
            yield _entry(cid, "email", cid, label, email, fold(email), archived)
    if not people:
        return
    for cid, raw, normalized in rows(
        "SELECT customer_id, number_raw, number_normalized FROM customer_phone "
        "WHERE customer_id BETWEEN :low AND :high ORDER BY customer_id, position, id"
    ):
        _name, label, archived = people[cid]
        yield _entry(cid, "phone", cid, label, raw, _phone_folded(raw, normalized), archived)
    for sid, cid, number, status in rows(
        "SELECT id, customer_id, number, status FROM sale "
        "WHERE customer_id BETWEEN :low AND :high ORDER BY id"
    ):
        name, _label, archived = people[cid]
        shown = _number("S", number)
        label = f"{shown} · {name}" + (" · void" if status == "void" else "")
        yield _entry(cid, "sale", sid, label, shown, _number_folded("S", number), archived)
    for iid, cid, number, description, serial in rows(
        "SELECT sale_item.id, sale.customer_id, sale.number, sale_item.description, sale_item.serial "
        "FROM sale_item JOIN sale ON sale.id = sale_item.sale_id "
        "WHERE sale.customer_id BETWEEN :low AND :high AND sale_item.serial IS NOT NULL "
        "ORDER BY sale_item.id"
    ):
        name, _label, archived = people[cid]
        label = f"{description} · {_number('S', number)} · {name}"
        yield _entry(cid, "serial", iid, label, serial, compact(serial), archived)
    for jid, cid, number, unit, unit_serial, replacement_serial, status in rows(
        "SELECT id, customer_id, number, unit_description, unit_serial, replacement_serial, status "
        "FROM service_job WHERE customer_id BETWEEN :low AND :high ORDER BY id"
    ):
        name, _label, archived = people[cid]
        shown = _number("J", number)
        label = f"{shown} · {unit or 'unit'} · {status.replace('_', ' ').capitalize()} · {name}"
        yield _entry(cid, "job", jid, label, shown, _number_folded("J", number), archived)
        serials = {compact(s): s for s in (unit_serial, replacement_serial) if s}
        for folded, serial in serials.items():
            yield _entry(cid, "job_serial", jid, label, serial, folded, archived)


def _fill(bind: sa.Connection) -> None:
    low, high = bind.execute(sa.text("SELECT min(id), max(id) FROM customer")).one()
    if low is None:
        return
    for start in range(low, high + 1, WINDOW):
        entries = [e for e in _window(bind, start, start + WINDOW - 1) if e is not None]
        if entries:
            bind.execute(ENTRY.insert(), entries)
