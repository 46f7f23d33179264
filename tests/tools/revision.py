"""Developer tool: autogenerate the next Alembic revision from the models (`make revision MESSAGE=...`).

Revisions are numbered 0001, 0002... so their order is plain to read. The database they are compared
against is a throwaway SQLite file upgraded to the current head.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from crm_desktop.paths import resolve
from crm_desktop.storage.engine import create_app_engine
from crm_desktop.storage.migrate import alembic_config, script_directory, upgrade


def main(message: str) -> None:
    if not message.strip():
        raise SystemExit('usage: make revision MESSAGE="what changed"')
    script = script_directory()
    heads = script.get_heads()
    next_id = f"{len(list(script.walk_revisions())) + 1:04d}" if heads else "0001"
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve(db=str(Path(tmp) / "head.sqlite3"))
        if heads:
            upgrade(paths)
        engine = create_app_engine(paths.url, foreign_keys=False)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]))
