"""SQL expressions that read the same on SQLite and PostgreSQL, for services that count in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class days_after(GenericFunction[Any]):
    """``days_after(date_column, n)``: the calendar date ``n`` days after a DATE column (``n`` may be
    negative), compared with other dates as a date on both backends."""

    type = Date()
    inherit_cache = True
    name = "days_after"


@compiles(days_after, "sqlite")
def _days_after_sqlite(element: days_after, compiler: Any, **kw: Any) -> str:
    column, days = list(element.clauses)
    return f"date({compiler.process(column, **kw)}, {compiler.process(days, **kw)} || ' days')"


@compiles(days_after, "postgresql")
def _days_after_postgresql(element: days_after, compiler: Any, **kw: Any) -> str:
    column, days = list(element.clauses)
    return f"({compiler.process(column, **kw)} + CAST({compiler.process(days, **kw)} AS INTEGER))"


__all__ = ["days_after"]
