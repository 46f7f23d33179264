"""Alembic environment for crm_desktop.

Migrations are run from code (:mod:`crm_desktop.storage.migrate`), which hands over a connection that
is already inside one transaction: the whole upgrade commits or rolls back as one, on SQLite too.
``render_as_batch`` lets SQLite alter tables by copy-and-move (it has no real ALTER TABLE).
"""

from __future__ import annotations

from alembic import context

from crm_desktop.storage.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    # Plain `alembic` command line use (e.g. `alembic revision --autogenerate` by a developer).
    from crm_desktop.storage.engine import create_app_engine

    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url, e.g. alembic -x ... or use crm_desktop.storage.migrate")
    engine = create_app_engine(url, foreign_keys=False)
    with engine.connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=Base.metadata,
            render_as_batch=True,
            compare_type=True,
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
