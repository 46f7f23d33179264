"""SQL expressions that read the same on SQLite and PostgreSQL, for services that count in SQL."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import BindTyping, Date, Dialect, Integer, TextualSelect, bindparam, column, text
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


class days_until(GenericFunction[Any]):
    """``days_until(date_expression, day)``: the whole days from a DATE to ``day`` (a ``date``), as an
    integer on both backends (SQLite's dates are text; reading them back into Python costs more)."""

    type = Integer()
    inherit_cache = True
    name = "days_until"


@compiles(days_until, "sqlite")
def _days_until_sqlite(element: days_until, compiler: Any, **kw: Any) -> str:
    start, day = list(element.clauses)
    end, begin = compiler.process(day, **kw), compiler.process(start, **kw)
    return f"CAST(julianday({end}) - julianday({begin}) AS INTEGER)"


@compiles(days_until, "postgresql")
def _days_until_postgresql(element: days_until, compiler: Any, **kw: Any) -> str:
    start, day = list(element.clauses)
    return f"(CAST({compiler.process(day, **kw)} AS DATE) - {compiler.process(start, **kw)})"


_TEXTS: dict[tuple[Any, type[Dialect]], TextualSelect] = {}


def as_text(key: Hashable, build: Callable[[], Any], dialect: Dialect) -> TextualSelect:
    """The statement ``build()`` makes, compiled once per kind of backend (``key`` names it), as a
    textual SELECT with the same typed columns and parameters.

    Executing a big statement makes SQLAlchemy rebuild and hash its cache key every time: for the
    customer page's union that cost more than SQLite's answer. A text's key is its string. Only for
    statements whose constants are written into the SQL (their parameters are named bindparams)."""
    cache_key = (key, type(dialect))
    found = _TEXTS.get(cache_key)
    if found is None:
        statement = build()
        factory: Any = type(dialect)
        named = factory(paramstyle="named")  # :name parameters, as text() takes them,
        named.bind_typing = BindTyping.NONE  # without casts (psycopg's; added again when the text runs)
        compiled = statement.compile(dialect=named)
        # The statement's own parameters keep their names; its constants (a 0 in coalesce) their values.
        binds = [
            bindparam(name, bind.value, type_=bind.type)
            if not bind.required
            else bindparam(name, type_=bind.type)
            for bind, name in compiled.bind_names.items()
        ]
        columns = [column(c.key, c.type) for c in statement.selected_columns]
        found = _TEXTS[cache_key] = text(str(compiled)).bindparams(*binds).columns(*columns)
    return found


__all__ = ["as_text", "days_after", "days_until"]
