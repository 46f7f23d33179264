"""One search box for everything: names, companies, phones in any formatting, e-mails, serials/IMEIs,
sale, job and request numbers; and "Enter opens it" for a job number or a serial a barcode scanner typed.

What is typed is folded like the index (:mod:`crm_desktop.domain.text`), so accents and case never
matter. Three looks, each bounded, so a query stays a few milliseconds at 100,000 customers:

1. exact: a sale, job or request number in any typed form ("J-0042", "j42", "R 42"), or a whole serial;
2. names that start with the text, in alphabetical order (the index on ``(kind, folded)``);
3. anything containing the text: FTS5 ``MATCH`` on SQLite, ``LIKE '%...%'`` (pg_trgm) on PostgreSQL,
   also with the separators dropped, so "06 12 34 56 78" finds "0612345678" and "35-6938" a serial.
   Below three characters (what a trigram index can look up) this is a prefix look-up instead.

Hits are ranked (exact, name prefix, bare number, word start, anywhere), one per thing opened, so a
customer whose name and e-mail both match appears once, with the best reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    column,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import Session

from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, parse_number
from crm_desktop.domain.text import compact, fold
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone, SearchEntry
from crm_desktop.storage.search_index import KINDS, MAX_FOLDED, number_folded

TRIGRAM: Final = 3  # shortest text the substring index can look up
CANDIDATES_PER_HIT: Final = 4  # matches fetched per hit shown, ranked, the rest left: bounds common texts
_TOP: Final = "\U0010ffff"  # above every character: folded >= p AND folded < p + _TOP is "starts with p"
_BARE_NUMBER = re.compile(r"^\s*0*(\d{1,9})\s*$")

# what a hit opens, by the kind of entry that matched
TARGETS: Final = {
    "customer": "customer",
    "company": "customer",
    "email": "customer",
    "phone": "customer",
    "serial": "item",
    "sale": "sale",
    "job": "job",
    "job_serial": "job",
    "request": "request",
    "product": "item",
}
# why a hit is listed, by the kind of entry that matched ("phone +33 6 12 34 56 78")
_WHY: Final = {
    "customer": N_("name {detail}"),
    "company": N_("company {detail}"),
    "email": N_("email {detail}"),
    "phone": N_("phone {detail}"),
    "serial": N_("serial {detail}"),
    "sale": N_("sale {detail}"),
    "job": N_("job {detail}"),
    "job_serial": N_("serial {detail}"),
    "request": N_("request {detail}"),
    "product": N_("owns {detail}"),
}
# what a hit opens, in words (the command line's list)
TARGET_TEXT: Final = {
    "customer": N_("customer"),
    "item": N_("item"),
    "sale": N_("sale"),
    "job": N_("job"),
    "request": N_("request"),
}
_KIND_ORDER: Final = {kind: position for position, kind in enumerate(KINDS)}

# ranks, best first
EXACT, NAME_PREFIX, NUMBER, WORD_START, ANYWHERE = range(5)


@dataclass(frozen=True)
class SearchHit:
    """One thing to open. ``kind``: customer, item (a sale item), sale, job or request; ``ref_id`` its id."""

    kind: str
    customer_id: int
    ref_id: int
    label: str
    why: str
    exact: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.ref_id,
            "customer_id": self.customer_id,
            "label": self.label,
            "why": self.why,
            "exact": self.exact,
        }


@dataclass(frozen=True)
class _Query:
    """What was typed, in the forms it is looked up by."""

    folded: str
    compact: str
    exact: frozenset[tuple[str, str]]  # (kind, folded) pairs that are an exact hit
    numbers: frozenset[tuple[str, str]]  # a bare number: S- and J- forms, shown high but not exact
    word_start: str  # " " + folded: the text at the start of a later word

    @classmethod
    def of(cls, text: str) -> _Query:
        folded = fold(text)[: MAX_FOLDED + 1]  # longer than any entry: cannot match, need not be longer
        packed = compact(folded)
        exact: set[tuple[str, str]] = set()
        for kind, prefix in (("sale", SALE_PREFIX), ("job", JOB_PREFIX), ("request", REQUEST_PREFIX)):
            with suppress(ValidationError):
                exact.add((kind, number_folded(prefix, parse_number(prefix, folded))))
        if packed:
            exact.update((("serial", packed), ("job_serial", packed)))
        numbers: set[tuple[str, str]] = set()
        bare = _BARE_NUMBER.match(folded)
        if bare is not None and int(bare.group(1)) >= 1:
            n = int(bare.group(1))
            numbers = {
                (kind, number_folded(prefix, n))
                for kind, prefix in (("sale", SALE_PREFIX), ("job", JOB_PREFIX), ("request", REQUEST_PREFIX))
            }
        return cls(folded, packed, frozenset(exact), frozenset(numbers), f" {folded}")

    def rank(self, row: _Row) -> int:
        kind, folded = row.kind, row.folded
        if (kind, folded) in self.exact:
            return EXACT
        starts = folded.startswith(self.folded)
        if starts and kind == "customer":
            return NAME_PREFIX
        if (kind, folded) in self.numbers:
            return NUMBER
        if starts or self.word_start in folded:
            return WORD_START
        return ANYWHERE


def search(
    database: Database, text: str, *, limit: int = 50, include_archived: bool = False
) -> tuple[SearchHit, ...]:
    """The hits for ``text`` as the search box shows them, best first; archived customers on request."""
    query = _Query.of(text)
    if not query.folded or limit < 1:
        return ()
    with database.reading() as uow:
        rows = _look_up(uow.session, query, limit=limit, include_archived=include_archived)
        return _told_apart(uow.session, _ranked(query, rows, limit))


def resolve_exact(database: Database, text: str) -> SearchHit | None:
    """The one job (by its number) or sold item (by its whole serial) that ``text`` names, for "Enter
    opens it" and barcode scanners; a sale or a request by its number too. None when nothing, or more than one
    thing, is named. Archived customers count: a job sheet scanned at the counter must open."""
    query = _Query.of(text)
    if not query.exact:
        return None
    with database.reading() as uow:
        statements = _statements(uow.session.get_bind().dialect.name, include_archived=True)
        rows = uow.session.connection().execute(statements.exact, _exact_parameters(query.exact))
        found = [row for row in map(_Row._make, rows) if (row.kind, row.folded) in query.exact]
    for kinds in (("job", "sale", "request"), ("serial",), ("job_serial",)):
        targets = {(TARGETS[row.kind], row.ref_id): row for row in found if row.kind in kinds}
        if len(targets) == 1:
            (row,) = targets.values()
            return _hit(row, EXACT)
        if targets:
            return None
    return None


# ------------------------------------------------------------------------------------------ queries


class _Row(NamedTuple):
    """An entry as fetched (a plain tuple: attribute access is cheap while ranking hundreds)."""

    customer_id: int
    kind: str
    ref_id: int
    label: str
    detail: str
    folded: str


_Entries = Select[int, str, int, str, str, str]


@dataclass(frozen=True)
class _Statements:
    """The three looks as statements with bound parameters, built once per dialect and archive choice
    (SQLAlchemy then also reuses their compiled form)."""

    exact: _Entries  # :kinds, :values
    names: _Entries  # :prefix (and :prefix_top on SQLite), :limit
    containing: _Entries  # SQLite :match; PostgreSQL :a, :b (LIKE patterns); :cap
    starting: _Entries  # :p, :q (prefixes; :p_top, :q_top on SQLite); :cap


@functools.cache
def _statements(dialect: str, *, include_archived: bool) -> _Statements:
    def entries() -> _Entries:
        statement = select(
            SearchEntry.customer_id,
            SearchEntry.kind,
            SearchEntry.ref_id,
            SearchEntry.label,
            SearchEntry.detail,
            SearchEntry.folded,
        )
        return statement if include_archived else statement.where(SearchEntry.archived.is_(False))

    # A range in code point order, which an index on (kind, folded) serves: SQLite compares that way
    # already (its LIKE folds ASCII case and would not use the index); PostgreSQL is told to, and has an
    # index in the "C" collation for it (migration 0011; its LIKE cannot use a plain index).
    folded = SearchEntry.folded if dialect == "sqlite" else SearchEntry.folded.collate("C")

    def starts_with(name: str) -> ColumnElement[bool]:
        return and_(folded >= bindparam(name), folded < bindparam(f"{name}_top"))

    # (kind IN ...) AND (folded IN ...): a handful of look-ups in the (kind, folded) index; pairs that
    # do not belong together are dropped afterwards.
    exact = entries().where(
        SearchEntry.kind.in_(bindparam("kinds", expanding=True)),
        SearchEntry.folded.in_(bindparam("values", expanding=True)),
    )
    names = (
        entries()
        .where(SearchEntry.kind == "customer", starts_with("prefix"))
        .order_by(folded)
        .limit(bindparam("limit"))
    )
    if dialect == "sqlite":
        # The external-content FTS5 table of migration 0002 (trigram tokenizer: a quoted string matches
        # as a substring, https://www.sqlite.org/fts5.html#the_trigram_tokenizer).
        fts = table("search_fts", column("rowid"))
        containing = (
            entries()
            .join_from(fts, SearchEntry, SearchEntry.id == fts.c.rowid)
            .where(literal_column("search_fts").op("MATCH")(bindparam("match")))
        )
    else:
        containing = entries().where(
            or_(
                SearchEntry.folded.like(bindparam("a"), escape="\\"),
                SearchEntry.folded.like(bindparam("b"), escape="\\"),
            )
        )
    starting = entries().where(SearchEntry.kind.in_(KINDS), or_(starts_with("p"), starts_with("q")))
    return _Statements(
        exact=exact,
        names=names,
        containing=containing.limit(bindparam("cap")),
        starting=starting.limit(bindparam("cap")),
    )


# Which look a row came from (the first column of the combined statement).
_EXACT_LOOK, _NAMES_LOOK, _TEXT_LOOK = range(3)


@functools.cache
def _looks(
    dialect: str, *, include_archived: bool, named: bool, short: bool
) -> tuple[tuple[int, _Entries], ...]:
    """The looks a text needs, each with the number it is told by. ``named``: the text may be a number
    or a serial (the exact look); ``short``: below :data:`TRIGRAM` characters (a prefix look instead of
    the substring one)."""
    statements = _statements(dialect, include_archived=include_archived)
    looks = ((_EXACT_LOOK, statements.exact),) if named else ()
    return (
        *looks,
        (_NAMES_LOOK, statements.names),
        (_TEXT_LOOK, statements.starting if short else statements.containing),
    )


@functools.cache
def _combined(dialect: str, *, include_archived: bool, named: bool, short: bool) -> Select[Any]:
    """The looks as one statement (UNION ALL of each look, bounded on its own), the look's number first:
    on a shop server, one round trip instead of three halves a search (2.5 instead of 5 ms at 10,000
    customers). SQLite, in the same process, runs the looks one by one a little faster."""
    parts = []
    for look, statement in _looks(dialect, include_archived=include_archived, named=named, short=short):
        rows = statement.subquery()
        parts.append(select(literal_column(str(look)).label("look"), *rows.c))
    return union_all(*parts)  # type: ignore[return-value]


def _look_up(session: Session, query: _Query, *, limit: int, include_archived: bool) -> list[_Row]:
    dialect = session.get_bind().dialect.name
    named = query.exact | query.numbers
    short = len(query.folded) < TRIGRAM
    parameters: dict[str, Any] = {
        **_prefix_parameters(dialect, "prefix", query.folded),
        "limit": limit,
        "cap": limit * CANDIDATES_PER_HIT,
    }
    if named:
        parameters.update(_exact_parameters(named))
    # The text as typed, and without its separators: "06 12 34" also finds "0612345678".
    texts = [query.folded]
    if query.compact != query.folded and len(query.compact) >= min(TRIGRAM, len(query.folded)):
        texts.append(query.compact)
    if short:
        parameters.update(_prefix_parameters(dialect, "p", texts[0]))
        parameters.update(_prefix_parameters(dialect, "q", texts[-1]))
    elif dialect == "sqlite":
        # Each text is one quoted FTS5 string (quotes doubled): nothing typed is read as FTS5 syntax.
        parameters["match"] = " OR ".join('"' + text.replace('"', '""') + '"' for text in texts)
    else:
        parameters["a"], parameters["b"] = (f"%{_escape_like(text)}%" for text in (texts[0], texts[-1]))
    connection = session.connection()
    choice = {"include_archived": include_archived, "named": bool(named), "short": short}
    found: list[tuple[int, _Row]]
    if dialect == "postgresql":
        combined = connection.execute(_combined(dialect, **choice), parameters).all()
        found = [(look, _Row._make(entry)) for look, *entry in combined]
    else:
        found = [
            (look, _Row._make(entry))
            for look, statement in _looks(dialect, **choice)
            for entry in connection.execute(statement, parameters).all()
        ]
    # the exact look's kinds and values are paired again here
    return [row for look, row in found if look != _EXACT_LOOK or (row.kind, row.folded) in named]


def _exact_parameters(pairs: frozenset[tuple[str, str]]) -> dict[str, list[str]]:
    return {
        "kinds": sorted({kind for kind, _value in pairs}),
        "values": sorted({value for _kind, value in pairs}),
    }


def _prefix_parameters(dialect: str, name: str, prefix: str) -> dict[str, str]:
    return {name: prefix, f"{name}_top": prefix + _TOP}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ------------------------------------------------------------------------------------------ ranking


def _hit(row: _Row, rank: int, why: dict[str, str] | None = None) -> SearchHit:
    """``why``: the reasons already translated, by kind (a list of hits translates each once)."""
    if row.kind not in _WHY:
        reason = f"{row.kind} {row.detail}"
    else:
        reason = (why[row.kind] if why is not None else _(_WHY[row.kind])).format(detail=row.detail)
    return SearchHit(
        kind=TARGETS[row.kind],
        customer_id=row.customer_id,
        ref_id=row.ref_id,
        label=row.label,
        why=reason,
        exact=rank == EXACT,
    )


def _ranked(query: _Query, rows: Iterable[_Row], limit: int) -> tuple[SearchHit, ...]:
    best: dict[tuple[str, int], tuple[tuple[int, int, str, int], _Row]] = {}
    rank, order, targets = query.rank, _KIND_ORDER, TARGETS  # looked up once: hundreds of rows
    for row in rows:
        key = (rank(row), order[row.kind], row.folded, row.ref_id)
        target = (targets[row.kind], row.ref_id)
        kept = best.get(target)
        if kept is None or key < kept[0]:
            best[target] = (key, row)
    ordered = sorted(best.values(), key=lambda pair: pair[0])[:limit]
    why = {kind: _(_WHY[kind]) for kind in {row.kind for _key, row in ordered} if kind in _WHY}
    return tuple(_hit(row, key[0], why) for key, row in ordered)


# The customers listed under the same name: address and first phone, in one statement built once.
_TWINS: Final = select(
    Customer.id,
    Customer.address,
    select(CustomerPhone.number_raw)
    .where(CustomerPhone.customer_id == Customer.id)
    .order_by(CustomerPhone.position, CustomerPhone.id)
    .limit(1)
    .scalar_subquery(),
).where(Customer.id.in_(bindparam("ids", expanding=True)))


def _told_apart(session: Session, hits: tuple[SearchHit, ...]) -> tuple[SearchHit, ...]:
    """Two customers listed under the same name say how they differ: their first phone and their town
    (the last line of the address, or what follows its last comma), else the record's number (#42). One
    query, only when it happens."""
    seen: dict[str, set[int]] = {}
    for hit in hits:
        if hit.kind == "customer":
            seen.setdefault(hit.label, set()).add(hit.customer_id)
    twins = {cid for ids in seen.values() if len(ids) > 1 for cid in ids}
    if not twins:
        return hits
    phones: dict[int, str | None] = {}
    towns: dict[int, str | None] = {}
    for customer_id, address, number in session.connection().execute(_TWINS, {"ids": sorted(twins)}):
        towns[customer_id], phones[customer_id] = _town(address), number

    def told(hit: SearchHit) -> SearchHit:
        if hit.kind != "customer" or hit.customer_id not in twins:
            return hit
        marks = [m for m in (phones.get(hit.customer_id), towns.get(hit.customer_id)) if m]
        label = " · ".join([hit.label, *marks]) if marks else f"{hit.label} · #{hit.customer_id}"
        return SearchHit(hit.kind, hit.customer_id, hit.ref_id, label, hit.why, hit.exact)

    return tuple(map(told, hits))


def _town(address: str | None) -> str | None:
    lines = [line.strip() for line in (address or "").splitlines() if line.strip()]
    if not lines:
        return None
    last = lines[-1] if len(lines) > 1 else lines[0].rsplit(",", 1)[-1].strip()
    return last[:60] or None


def target_text(kind: str) -> str:
    """What a hit opens (its ``kind``), in words."""
    return _(TARGET_TEXT[kind]) if kind in TARGET_TEXT else kind


__all__ = ["SearchHit", "resolve_exact", "search", "target_text"]
