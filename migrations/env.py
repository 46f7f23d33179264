"""Alembic environment for crm_desktop.

Migrations are run from code (:mod:`crm_desktop.storage.migrate`), which hands over a connection that
is already inside one transaction: the whole upgrade commits or rolls back as one, on SQLite too.
``render_as_batch`` lets SQLite alter tables by copy-and-move (it has no real ALTER TABLE).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crm_desktop.storage.models import Base

# Search index structures made by hand in migration 0002, outside the models: the SQLite FTS5 table with
# its shadow tables, and PostgreSQL's trigram index. Autogenerate and `alembic check` leave them alone.
_UNMODELLED_TABLES = ("search_fts",)
_UNMODELLED_INDEXES = {"ix_search_entry_folded_trgm", "ix_search_entry_kind_folded_c"}


def _include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    if type_ == "table" and name is not None:
        return not name.startswith(_UNMODELLED_TABLES)
    if type_ == "index":
        return name not in _UNMODELLED_INDEXES
    return True


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_name=_include_name,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    # Plain `alembic -x`-style use by a developer: make our own connection from sqlalchemy.url.
    from crm_desktop.storage.engine import create_app_engine

    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url, or run migrations through crm_desktop.storage.migrate")
    with create_app_engine(url, foreign_keys=False).connect() as own:
        run(own)
