"""Storage: SQLAlchemy models, the engine and its SQLite settings, unit of work, migrations, backups."""
