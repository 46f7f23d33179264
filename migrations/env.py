"""Alembic environment for crm_desktop.

Migrations are run from code (:mod:`crm_desktop.storage.migrate`), which hands over a connection that
is already inside one transaction: the whole upgrade commits or rolls back as one, on SQLite too.
``render_as_batch`` lets SQLite alter tables by copy-and-move (it has no real ALTER TABLE).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crm_desktop.storage.models import Base


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
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
