"""The search index: what the search box looks in, derived from customers, phones, sales and jobs.

``search_entry`` holds one row per searchable thing (a name, a company, an e-mail, a phone, a serial, a
sale or job number) in folded form (:func:`crm_desktop.domain.text.fold`). On SQLite the FTS5 table
``search_fts`` (trigram tokenizer, https://www.sqlite.org/fts5.html#the_trigram_tokenizer) indexes it
through triggers; on PostgreSQL a pg_trgm GIN index does (both made by migration 0002).

Kept in step without the services knowing: importing this module registers an ``after_flush`` hook on
SQLAlchemy's :class:`~sqlalchemy.orm.Session` that re-indexes, in the same transaction, every customer
whose name, phones, sales, sale items or jobs a flush changed. So a rolled-back action leaves the index
as it was, and a committed one is searchable at once. Bulk statements (``session.execute(insert(...))``,
``update(...)``) bypass the ORM's flush: code that writes that way calls :func:`reindex_customers`,
:func:`index_new_sales` or :func:`rebuild` itself, as the demo filler, a sale recorded at the counter and
an import do.

What an entry says:
* ``kind`` what matched: ``customer`` (the name), ``company``, ``email``, ``phone``, ``serial`` (of an
  item sold), ``sale``, ``job`` and ``request`` (their numbers), ``job_serial`` (of a unit in for service),
  ``product`` (the name of a product a customer bought, once per name);
* ``ref_id`` what a hit opens: the customer for the first four, the sale item (serial, product), the
  sale, the job, the request;
* ``label`` the line shown for the hit, ``detail`` the matched value as written (for "why").

Numbers are indexed in the forms staff type ("s-0042 s0042 s42"), phones as the digits of their
international, national and typed forms ("0033612345678 0612345678"), serials without separators.
Migration 0002 holds a frozen copy of these rules for the data it indexes; a change to them (or to
:func:`~crm_desktop.domain.text.fold`) comes with a migration that calls :func:`rebuild`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    bindparam,
    delete,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Session, UOWTransaction

from crm_desktop.domain.enums import RequestStatus, SaleStatus
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, format_number
from crm_desktop.domain.requests import STATUS_TEXT as REQUEST_STATUS_TEXT
from crm_desktop.domain.text import compact, digits, fold
from crm_desktop.storage.bulk import insert_many
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    CustomerRequest,
    RequestKind,
    Sale,
    SaleItem,
    SearchEntry,
    ServiceJob,
)

CUSTOMER_KINDS: Final = ("customer", "company", "email", "phone")
KINDS: Final = (*CUSTOMER_KINDS, "serial", "sale", "job", "job_serial", "request", "product")
MAX_FOLDED: Final = 320  # characters; keeps every value within PostgreSQL's B-tree row limit
_CHUNK: Final = 500  # customers per query when re-indexing a set (bound parameters stay few)
_WINDOW: Final = 5000  # customer ids per step of a full rebuild (bounds the memory used)

Entry = dict[str, Any]

# What a flush must change for a customer's entries to change (new and deleted rows always count).
_WATCHED: Final[dict[type[Any], tuple[str, ...]]] = {
    Customer: ("name", "company", "email", "archived"),
    CustomerPhone: ("customer_id", "number_raw", "number_normalized"),
    Sale: ("customer_id", "number", "status"),
    SaleItem: ("sale_id", "serial", "description"),
    ServiceJob: ("customer_id", "number", "unit_description", "unit_serial", "replacement_serial", "status"),
    CustomerRequest: ("customer_id", "number", "kind_id", "status"),
}


# ------------------------------------------------------------------------------------------ the forms


def document_number(prefix: str, number: int) -> str:
    """``S-0042``; a number below 1 (never allocated, only possible half-way through an import) as is."""
    return format_number(prefix, number) if number >= 1 else f"{prefix}-{number}"


def number_folded(prefix: str, number: int) -> str:
    """The folded forms of a document number staff may type: ``"s-0042 s0042 s42"``."""
    forms = (document_number(prefix, number), f"{prefix}{number:04d}", f"{prefix}{number}")
    return " ".join(dict.fromkeys(fold(form) for form in forms))


def phone_folded(raw: str, normalized: str) -> str:
    """The digits of every way the number may be typed, so that any of them, or a piece, finds it.

    For ``+33612345678`` typed as ``06 12 34 56 78``: ``"0033612345678 0612345678"``, the
    international form with its ``00`` (which holds ``33612345678``), the national form with the trunk
    prefix (which holds ``612345678``), and the digits as typed when they are none of these.
    """
    forms = [digits(normalized), digits(raw)]
    if normalized.startswith("+") and forms[0]:
        forms[:1] = [f"00{forms[0]}", _national_digits(forms[0])]
    kept = [f for f in dict.fromkeys(forms) if f]
    kept = [f for f in kept if not any(f != other and f in other for other in kept)]
    return " ".join(kept) or fold(raw)


def _national_digits(international: str) -> str:
    """``33612345678`` -> ``0612345678``: the national number with the country's trunk prefix."""
    for length in (1, 2, 3):  # country calling codes are prefix-free: the first known one is it
        prefix = _trunk_prefix(int(international[:length]))
        if prefix is not None:
            return prefix + international[length:]
    return ""


@functools.cache
def _trunk_prefix(country_code: int) -> str | None:
    """The national (trunk) prefix of a country calling code, "" if it has none, None if unknown."""
    import phonenumbers  # only when a phone is indexed: the window's start does not pay for it

    if country_code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    return (metadata.national_prefix or "") if metadata is not None else ""


def customer_label(name: str, company: str | None, archived: bool) -> str:
    label = name if not company or fold(company) == fold(name) else f"{name} · {company}"
    return f"{label} · archived" if archived else label


def job_status_text(status: str) -> str:
    return str(status).replace("_", " ").capitalize()


def _entry(
    customer_id: int, kind: str, ref_id: int, label: str, detail: str, folded: str, archived: bool
) -> Entry | None:
    folded = folded[:MAX_FOLDED]
    if not folded:
        return None
    return {
        "customer_id": customer_id,
        "kind": kind,
        "ref_id": ref_id,
        "label": label,
        "detail": detail,
        "folded": folded,
        "archived": archived,
    }


# ------------------------------------------------------------------------------------- building rows


class _Queries(NamedTuple):
    """The seven reads an index is made from, for one way of choosing customers (built once: SQLAlchemy
    then reuses their compiled form, which matters for a re-index on every save)."""

    customers: Select[*tuple[Any, ...]]
    phones: Select[*tuple[Any, ...]]
    sales: Select[*tuple[Any, ...]]
    items: Select[*tuple[Any, ...]]
    jobs: Select[*tuple[Any, ...]]
    requests: Select[*tuple[Any, ...]]
    products: Select[*tuple[Any, ...]]


def _queries(chosen: Callable[[Any], ColumnElement[bool]]) -> _Queries:
    return _Queries(
        customers=select(Customer.id, Customer.name, Customer.company, Customer.email, Customer.archived)
        .where(chosen(Customer.id))
        .order_by(Customer.id),
        phones=select(CustomerPhone.customer_id, CustomerPhone.number_raw, CustomerPhone.number_normalized)
        .where(chosen(CustomerPhone.customer_id))
        .order_by(CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.id),
        sales=select(Sale.id, Sale.customer_id, Sale.number, Sale.status)
        .where(chosen(Sale.customer_id))
        .order_by(Sale.id),
        items=select(SaleItem.id, Sale.customer_id, Sale.number, SaleItem.description, SaleItem.serial)
        .join(Sale, Sale.id == SaleItem.sale_id)
        .where(chosen(Sale.customer_id), SaleItem.serial.is_not(None))
        .order_by(SaleItem.id),
        jobs=select(
            ServiceJob.id,
            ServiceJob.customer_id,
            ServiceJob.number,
            ServiceJob.unit_description,
            ServiceJob.unit_serial,
            ServiceJob.replacement_serial,
            ServiceJob.status,
        )
        .where(chosen(ServiceJob.customer_id))
        .order_by(ServiceJob.id),
        requests=select(
            CustomerRequest.id,
            CustomerRequest.customer_id,
            CustomerRequest.number,
            RequestKind.name,
            CustomerRequest.status,
        )
        .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
        .where(chosen(CustomerRequest.customer_id))
        .order_by(CustomerRequest.id),
        products=select(SaleItem.id, Sale.customer_id, Sale.number, SaleItem.description)
        .join(Sale, Sale.id == SaleItem.sale_id)
        .where(chosen(Sale.customer_id), Sale.status == SaleStatus.ACTIVE)
        .order_by(SaleItem.id),
    )


_ENTRY_TABLE: Final = cast(Table, SearchEntry.__table__)
_AMONG: Final = _queries(lambda column: column.in_(bindparam("ids", expanding=True)))
_BETWEEN: Final = _queries(lambda column: column.between(bindparam("low"), bindparam("high")))
_DELETE_AMONG: Final = delete(SearchEntry).where(
    SearchEntry.customer_id.in_(bindparam("ids", expanding=True))
)
_FTS_DELETE_AMONG: Final = text(
    "INSERT INTO search_fts(search_fts, rowid, folded) "
    "SELECT 'delete', id, folded FROM search_entry WHERE customer_id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_CUSTOMERS_OF_SALES: Final = select(Sale.customer_id).where(Sale.id.in_(bindparam("ids", expanding=True)))
# The entries of these customers with one of these folded values: SQLite walks the customers' entries
# (a "kind = 'product'" here would lead it to the (kind, folded) index, every product entry of the shop
# read for each batch), the kind is looked at by the caller.
_ENTRIES_AMONG: Final = select(
    SearchEntry.id, SearchEntry.customer_id, SearchEntry.kind, SearchEntry.folded, SearchEntry.detail
).where(
    SearchEntry.customer_id.in_(bindparam("ids", expanding=True)),
    SearchEntry.folded.in_(bindparam("folded", expanding=True)),
)
_DELETE_IDS: Final = delete(SearchEntry).where(SearchEntry.id.in_(bindparam("ids", expanding=True)))
_FTS_DELETE_ONE: Final = text(
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', :id, :folded)"
)
_FTS_INSERT_AFTER: Final = text(
    "INSERT INTO search_fts(rowid, folded) SELECT id, folded FROM search_entry WHERE id > :after"
)
_LOCK_AMONG: Final = (
    select(Customer.id)
    .where(Customer.id.in_(bindparam("ids", expanding=True)))
    .order_by(Customer.id)
    .with_for_update()
)


def _entries(conn: Connection, queries: _Queries, chosen: dict[str, Any]) -> list[Entry]:
    """Every entry of the customers ``chosen`` (the parameters of ``queries``)."""
    out: list[Entry | None] = []
    people: _People = {}
    for cid, name, company, email, archived in conn.execute(queries.customers, chosen):
        archived = bool(archived)
        label = customer_label(name, company, archived)
        people[cid] = (name, label, archived)
        out.extend(_person_entries(cid, label, name, company, email, archived))
    if not people:
        return []
    for cid, raw, normalized in conn.execute(queries.phones, chosen):
        _name, label, archived = people[cid]
        out.append(_phone_entry(cid, label, raw, normalized, archived))
    out.extend(_sale_entries(conn.execute(queries.sales, chosen), people))
    out.extend(_serial_entries(conn.execute(queries.items, chosen), people))
    for jid, cid, number, unit, unit_serial, replacement_serial, job_status in conn.execute(
        queries.jobs, chosen
    ):
        name, _label, archived = people[cid]
        shown = document_number(JOB_PREFIX, number)
        label = f"{shown} · {unit or 'unit'} · {job_status_text(job_status)} · {name}"
        out.append(_entry(cid, "job", jid, label, shown, number_folded(JOB_PREFIX, number), archived))
        serials = {compact(s): s for s in (unit_serial, replacement_serial) if s}
        for folded, serial in serials.items():
            out.append(_entry(cid, "job_serial", jid, label, serial, folded, archived))
    for rid, cid, number, kind_name, request_status in conn.execute(queries.requests, chosen):
        name, _label, archived = people[cid]
        shown = document_number(REQUEST_PREFIX, number)
        state = REQUEST_STATUS_TEXT[RequestStatus(request_status)].capitalize()  # "Waiting for us"
        label = f"{shown} · {kind_name} · {state} · {name}"
        folded = number_folded(REQUEST_PREFIX, number)
        out.append(_entry(cid, "request", rid, label, shown, folded, archived))
    out.extend(_product_entries(conn.execute(queries.products, chosen), people))
    return [entry for entry in out if entry is not None]


def _person_entries(
    cid: int, label: str, name: str, company: str | None, email: str | None, archived: bool
) -> list[Entry | None]:
    out = [_entry(cid, "customer", cid, label, name, fold(name), archived)]
    if company:
        out.append(_entry(cid, "company", cid, label, company, fold(company), archived))
    if email:
        out.append(_entry(cid, "email", cid, label, email, fold(email), archived))
    return out


def _phone_entry(cid: int, label: str, raw: str, normalized: str, archived: bool) -> Entry | None:
    return _entry(cid, "phone", cid, label, raw, phone_folded(raw, normalized), archived)


_People = dict[int, tuple[str, str, bool]]  # customer id -> (name, label, archived)


def _sale_entries(rows: Iterable[Any], people: _People) -> Iterator[Entry | None]:
    for sid, cid, number, sale_status in rows:
        name, _label, archived = people[cid]
        shown = document_number(SALE_PREFIX, number)
        label = f"{shown} · {name}"
        if sale_status == SaleStatus.VOID:
            label += " · void"
        yield _entry(cid, "sale", sid, label, shown, number_folded(SALE_PREFIX, number), archived)


def _serial_entries(rows: Iterable[Any], people: _People) -> Iterator[Entry | None]:
    for iid, cid, number, description, serial in rows:
        if serial is None:
            continue
        name, _label, archived = people[cid]
        label = f"{description} · {document_number(SALE_PREFIX, number)} · {name}"
        yield _entry(cid, "serial", iid, label, serial, compact(serial), archived)


def _product_entries(rows: Iterable[Any], people: _People) -> Iterator[Entry | None]:
    """What a customer owns, once per product name (the newest item of that name is what a hit opens):
    a product typed in the search box lists the customers who own one. ``rows`` in item order."""
    owned: dict[tuple[int, str], tuple[int, int, str]] = {}
    for iid, cid, number, description in rows:
        owned[(cid, fold(description))] = (iid, number, description)
    for (cid, folded), (iid, number, description) in owned.items():
        name, _label, archived = people[cid]
        label = f"{description} · {document_number(SALE_PREFIX, number)} · {name}"
        yield _entry(cid, "product", iid, label, description, folded, archived)


class NewCustomer(NamedTuple):
    """What the index needs of a customer just inserted: (raw, normalized) for each phone."""

    id: int
    name: str
    company: str | None
    email: str | None
    phones: tuple[tuple[str, str], ...]


def index_new_customers(session: Session, customers: Sequence[NewCustomer]) -> None:
    """Entries of customers this transaction has just inserted (so with nothing else yet: no sales,
    jobs or requests), made from the values in hand instead of read back: an import's batches. On
    SQLite the full-text rows are written with one statement for the batch, as ``bulk`` re-indexing
    does."""
    rows: list[Entry] = []
    for c in customers:
        label = customer_label(c.name, c.company, False)
        made = _person_entries(c.id, label, c.name, c.company, c.email, False)
        made.extend(_phone_entry(c.id, label, raw, normalized, False) for raw, normalized in c.phones)
        rows.extend(entry for entry in made if entry is not None)
    if not rows:
        return
    conn = session.connection()
    triggers = _set_triggers_aside(conn)
    if triggers is None:
        insert_many(conn, _ENTRY_TABLE, rows)
        return
    try:
        _insert_with_fts(conn, rows)
    finally:
        for sql in triggers:
            conn.exec_driver_sql(sql)


class NewSale(NamedTuple):
    """What the index needs of a sale just inserted (active, for a customer already indexed): its
    items as ``(id, description, serial)``, in the order they were inserted."""

    id: int
    customer_id: int
    number: int
    items: Sequence[tuple[int, str, str | None]]


def index_new_sales(session: Session, sales: Sequence[NewSale], *, bulk: bool = True) -> None:
    """Entries of sales (with their items) this transaction has just inserted, made from the values in
    hand: the sale and serial entries are added, and for each product name sold the customer's entry of
    that name now opens the new item (the newest item of a name is what a hit opens; the other names'
    entries stay as they are). The same entries re-indexing those customers gives, without reading
    their history: a sale recorded at the counter, and an import's batches (``bulk``: on SQLite the
    full-text rows are written with one statement, the triggers set aside).

    The new items are taken to be the newest of their customers. That holds because every writer of
    sales holds the sale-number lock from :func:`crm_desktop.storage.sequences.next_number` until it
    commits (SQLite: the write lock), so no other transaction inserts items meanwhile; a writer of
    items that does not must re-index its customers instead."""
    conn = session.connection()
    triggers = _set_triggers_aside(conn) if bulk else None
    try:
        by_customer: dict[int, list[NewSale]] = {}
        for sale in sales:
            by_customer.setdefault(sale.customer_id, []).append(sale)
        for chunk in _chunks(by_customer, _CHUNK):
            chosen = {"ids": chunk}
            if conn.dialect.name == "postgresql":
                conn.execute(_LOCK_AMONG, chosen)  # as _reindex does
            people: _People = {}
            for cid, name, company, _email, archived in conn.execute(_AMONG.customers, chosen):
                people[cid] = (name, customer_label(name, company, bool(archived)), bool(archived))
            made_sales = sorted((s for cid in chunk for s in by_customer[cid]), key=lambda s: s.id)
            items = sorted(
                (iid, s.customer_id, s.number, description, serial)
                for s in made_sales
                for iid, description, serial in s.items
            )
            rows = [
                *_sale_entries(
                    ((s.id, s.customer_id, s.number, SaleStatus.ACTIVE) for s in made_sales), people
                ),
                *_serial_entries(items, people),
                *_product_entries((item[:4] for item in items), people),
            ]
            # A name is told by its whole folded form (two long names may share the stored, shortened
            # one); the entries are looked up by the stored form.
            sold = {(item[1], fold(item[3])) for item in items}
            stored = sorted({folded[:MAX_FOLDED] for _cid, folded in sold})
            gone = [
                (eid, folded)
                for eid, cid, kind, folded, detail in conn.execute(
                    _ENTRIES_AMONG, {**chosen, "folded": stored}
                )
                if kind == "product" and (cid, fold(detail)) in sold
            ]
            if gone and triggers is not None:
                conn.execute(_FTS_DELETE_ONE, [{"id": eid, "folded": folded} for eid, folded in gone])
            if gone:
                conn.execute(_DELETE_IDS, {"ids": [eid for eid, _folded in gone]})
            made = [entry for entry in rows if entry is not None]
            if made and triggers is not None:
                _insert_with_fts(conn, made)
            elif made:
                insert_many(conn, _ENTRY_TABLE, made)
    finally:
        for sql in triggers or ():
            conn.exec_driver_sql(sql)


def _insert_with_fts(conn: Connection, rows: list[Entry]) -> None:
    """Insert entries while the triggers are aside, then their full-text rows in one statement (the new
    entries are numbered after every one there: INTEGER PRIMARY KEY)."""
    before = conn.execute(select(func.coalesce(func.max(SearchEntry.id), 0))).scalar_one()
    insert_many(conn, _ENTRY_TABLE, rows)
    conn.execute(_FTS_INSERT_AFTER, {"after": before})


def _chunks(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def reindex_customers(session: Session, customer_ids: Iterable[int], *, bulk: bool = False) -> None:
    """Replace the entries of these customers by entries made from their current rows.

    Runs in the session's transaction, through its connection (no flush, no ORM objects), so it may be
    called from inside a flush hook. ``bulk`` (an import, thousands of customers at a time): on SQLite
    the full-text index is kept in step with one statement per chunk instead of a trigger per entry
    (five times faster); the triggers are set aside meanwhile and put back before returning, in the
    same transaction, so a failure part-way rolls everything back.
    """
    conn = session.connection()
    triggers = _set_triggers_aside(conn) if bulk else None
    if triggers is None:
        _reindex(conn, customer_ids, fts=False)
        return
    try:
        _reindex(conn, customer_ids, fts=True)
    finally:
        for sql in triggers:
            conn.exec_driver_sql(sql)


def _reindex(conn: Connection, customer_ids: Iterable[int], *, fts: bool) -> None:
    """``fts``: the triggers are aside; write the full-text rows here."""
    for chunk in _chunks(customer_ids, _CHUNK):
        chosen = {"ids": chunk}
        if conn.dialect.name == "postgresql":
            # Two workstations changing one customer at once: the second waits here for the first to
            # commit, then (READ COMMITTED: a fresh snapshot per statement) replaces the first one's
            # entries with entries that see both changes, instead of adding its own beside them.
            # SQLite needs nothing: its writers take turns (BEGIN IMMEDIATE).
            conn.execute(_LOCK_AMONG, chosen)
        if fts:  # https://www.sqlite.org/fts5.html#the_delete_command
            conn.execute(_FTS_DELETE_AMONG, chosen)
        conn.execute(_DELETE_AMONG, chosen)
        rows = _entries(conn, _AMONG, chosen)
        if rows and fts:
            _insert_with_fts(conn, rows)
        elif rows:
            insert_many(conn, _ENTRY_TABLE, rows)


def rebuild(session: Session) -> int:
    """Make the whole index again from the tables, in the session's transaction; returns the entry count.

    For after bulk writes (demo data, imports) and for a migration that changes what is indexed. On
    SQLite the FTS5 triggers are set aside meanwhile and the full-text index is rebuilt in one pass at
    the end: three times faster than row by row (100,000 customers: about 20 s instead of 70 s). Their
    definitions are read back from the schema, so whatever the migrations made is what is put back.
    A failure part-way must roll the transaction back, as a unit of work does.
    """
    conn = session.connection()
    triggers = _set_triggers_aside(conn)
    conn.execute(delete(SearchEntry))
    low, high = conn.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
    total = 0
    if low is not None:
        for start in range(low, high + 1, _WINDOW):
            rows = _entries(conn, _BETWEEN, {"low": start, "high": start + _WINDOW - 1})
            if rows:
                insert_many(conn, _ENTRY_TABLE, rows)
                total += len(rows)
    if triggers is not None:
        # https://www.sqlite.org/fts5.html#the_rebuild_command
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for sql in triggers:
            conn.exec_driver_sql(sql)
    return total


def _set_triggers_aside(conn: Connection) -> list[str] | None:
    """SQLite with the FTS5 table: drop search_entry's triggers and return their SQL; else None."""
    if conn.dialect.name != "sqlite":
        return None
    has_fts = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'"
    ).first()
    if has_fts is None:
        return None
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_entry'"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in triggers]


# ---------------------------------------------------------------------------------- keeping in step


def _values(state: Any, key: str) -> list[int]:
    """Current and previous values of ``key`` without loading anything from the database."""
    history = state.attrs[key].history
    return [v for v in (*history.added, *history.unchanged, *history.deleted) if v is not None]


def _flushed(session: Session, flush_context: UOWTransaction) -> Iterator[tuple[Any, bool]]:
    """(instance state, deleted?) of every row the flush wrote.

    The unit-of-work's own list is used because it also holds the orphans a ``delete-orphan`` cascade
    removed (``customer.phones.clear()``), which never appear in ``session.deleted``.
    """
    states: dict[Any, tuple[bool, bool]] | None = getattr(flush_context, "states", None)
    if states is None:  # not expected; the public lists miss only cascaded orphans
        yield from ((inspect(o), False) for o in (*session.new, *session.dirty))
        yield from ((inspect(o), True) for o in session.deleted)
        return
    for state, (is_delete, list_only) in states.items():
        if not list_only:
            yield state, is_delete


def _touched(session: Session, flush_context: UOWTransaction) -> tuple[set[int], set[int]]:
    """(customer ids, sale ids) whose entries the flush in progress may have changed."""
    customers: set[int] = set()
    sales: set[int] = set()
    unknown: dict[type[Any], set[int]] = {}
    for state, deleted in _flushed(session, flush_context):
        cls = state.mapper.class_
        watched = _WATCHED.get(cls)
        if watched is None:
            continue
        if not deleted and not any(state.attrs[key].history.has_changes() for key in watched):
            continue
        if cls is Customer:
            customers.update(_values(state, "id"))
            continue
        key = "sale_id" if cls is SaleItem else "customer_id"
        found = _values(state, key)
        (sales if cls is SaleItem else customers).update(found)
        if not found:  # expired or never loaded: ask the database by primary key
            unknown.setdefault(cls, set()).update(_values(state, "id"))
    for cls, ids in unknown.items():
        column = cls.sale_id if cls is SaleItem else cls.customer_id
        found_ids = session.connection().execute(select(column).where(cls.id.in_(ids))).scalars()
        (sales if cls is SaleItem else customers).update(found_ids)
    return customers, sales


@event.listens_for(Session, "after_flush")
def _keep_index_in_step(session: Session, flush_context: UOWTransaction) -> None:
    customers, sales = _touched(session, flush_context)
    if sales:
        conn = session.connection()
        for chunk in _chunks(sales, _CHUNK):
            customers.update(conn.execute(_CUSTOMERS_OF_SALES, {"ids": chunk}).scalars())
    if customers:
        reindex_customers(session, customers)


__all__ = [
    "CUSTOMER_KINDS",
    "KINDS",
    "NewSale",
    "customer_label",
    "document_number",
    "index_new_sales",
    "number_folded",
    "phone_folded",
    "rebuild",
    "reindex_customers",
]
