"""Pure rules on plain values: no SQLAlchemy, no Qt."""
