"""Importing customers, products and sales from a file: the whole file in one transaction.

One call, one unit of work: every row is checked, the ones already on file are matched (customers on
the old system's reference, phone and e-mail; products on the SKU; sales on the old system's reference
or the serial), and the rest is written; the transaction commits only at the end, so a crash, a cancel
(``cancelled`` returns True) or a bad row (unless ``skip_bad_rows``) leaves nothing half-imported.
``dry_run`` does all of it and rolls back: the report is exactly what a real run would do, and the
window's preview is a dry run.

Sales are checked by :func:`crm_desktop.services.sales.check_sale`, the checks of a sale recorded by
hand, and written by :func:`crm_desktop.services.sales.insert_sales`, as a sale recorded at the counter
is (warranty dates, audit rows, plan follow-ups, search entries); they are read ahead ``SALES_BATCH`` at
a time, their serials looked up on the other sales in one query, and each batch written with a few Core
inserts. By default only the follow-ups still due are scheduled (``future_follow_ups_only``). A sale
without a reference in the file is remembered by a fingerprint of its customer, date and lines
(``file:`` + 16 hex digits in ``sale.external_ref``), so importing the same file twice adds nothing the
second time.

New customers are inserted in batches without the ORM (the speed of a 100,000-row import depends on
it) and their search entries made once per batch (:func:`crm_desktop.storage.search_index
.index_new_customers`); updates go through the ORM like an edit in the window.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final, TypeVarTuple, cast

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy import Table as SqlTable
from sqlalchemy.orm import InstrumentedAttribute, Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import CustomerKind, SaleStatus, StaffRole
from crm_desktop.domain.money import minor_digits
from crm_desktop.domain.numbers import SALE_PREFIX, format_number
from crm_desktop.domain.phones import PhoneNumber, normalize_phone, phone_match_keys
from crm_desktop.domain.plans import PlanStep
from crm_desktop.domain.validation import (
    CustomerInput,
    FieldErrors,
    PhoneInput,
    ValidCustomer,
    normalize_email,
    unstorable,
    validate_customer,
)
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.interchange.mapping import (
    FIELDS,
    ColumnMapping,
    DateOrder,
    ImportKind,
    MappingError,
    ValueProblem,
    check_mapping,
    needs_date_order,
    parse_date,
    parse_decimal,
    parse_whole,
    parse_yes_no,
    records,
    settle_date_order,
    text_of,
)
from crm_desktop.interchange.readers import Cell, Table
from crm_desktop.services.catalogue import ProductInput
from crm_desktop.services.common import acting, audit
from crm_desktop.services.customers import record_consent
from crm_desktop.services.sales import (
    SaleInput,
    SaleLineInput,
    SaleToWrite,
    active_plan_steps,
    check_sale,
    insert_sales,
)
from crm_desktop.services.settings import money_of, shop_country
from crm_desktop.services.staff import staff_by_role
from crm_desktop.storage import search_index
from crm_desktop.storage.bulk import insert_many, insert_with_ids
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Base,
    ConsentChange,
    Customer,
    CustomerPhone,
    CustomerTag,
    Product,
    ProductCategory,
    Sale,
    SaleItem,
)
from crm_desktop.storage.sequences import SALE, next_number, set_last_number
from crm_desktop.storage.types import utcnow

BATCH: Final = 2_000  # new customers inserted (and indexed) at a time
SALES_BATCH: Final = 500  # sales read ahead, their serials looked up at once, written together
PREVIEW_ROWS: Final = 20
REF_MAX: Final = 120
MAX_LISTED: Final = 1_000  # problems and duplicates listed in a report; the counts go on
EARLIEST: Final = date(1900, 1, 1)


class DuplicateChoice(StrEnum):
    SKIP = "skip"  # leave what is on file as it is
    UPDATE = "update"  # fill in what the file says


class ImportCancelled(UserFacingError):
    """The person cancelled the import; nothing was saved."""


@dataclass(frozen=True, kw_only=True)
class ImportOptions:
    on_duplicate: DuplicateChoice = DuplicateChoice.SKIP
    skip_bad_rows: bool = False  # False: one bad row and nothing is saved
    future_follow_ups_only: bool = True  # sales: only the follow-ups due today or later


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str  # "the e-mail 'x@' is not an email address"

    def __str__(self) -> str:
        return _("Line {line}: {problem}").format(line=self.line, problem=self.message)


@dataclass(frozen=True)
class AlreadyHere:
    line: int
    row: str  # what the row is: "Anna Smith", "PH-1 Phone", "sale INV-7"
    existing: str  # what is on file: "Anna Smith (#12)", "S-0042"
    reason: str  # "same phone number +32470123456"

    def __str__(self) -> str:
        return _("Line {line}: {row} is already here as {existing} ({reason})").format(
            line=self.line, row=self.row, existing=self.existing, reason=self.reason
        )


@dataclass(frozen=True)
class PreviewRow:
    line: int
    status: str  # "new", "already here", "update", "error"
    cells: tuple[str, ...]  # as they will be saved, one per preview column


@dataclass(frozen=True)
class ImportReport:
    kind: ImportKind
    source: str
    rows: int  # rows read (not counting blank ones)
    added: int
    updated: int
    already_here: int  # duplicates left as they were
    bad: int  # rows with a problem
    warranties: int  # sales: items with a warranty end
    follow_ups: int  # sales: follow-ups scheduled
    customers_added: int  # sales: customers the file named who were not on file yet
    problems: tuple[RowProblem, ...]
    duplicates: tuple[AlreadyHere, ...]
    preview_columns: tuple[str, ...]
    preview: tuple[PreviewRow, ...]
    notes: tuple[str, ...]
    saved: bool
    dry_run: bool

    def summary(self) -> str:
        """One paragraph a shopkeeper reads after an import."""
        parts = [
            ngettext("{count} row read from {source}", "{count} rows read from {source}", self.rows).format(
                count=f"{self.rows:,}", source=self.source
            ),
            self._added().format(count=f"{self.added:,}"),
        ]
        if self.updated:
            parts.append(
                ngettext("{count} updated", "{count} updated", self.updated).format(count=f"{self.updated:,}")
            )
        if self.already_here:
            parts.append(
                ngettext(  # English says "they" for one too: "1 already here, left as they were"
                    "{count} already here, left as they were",
                    "{count} already here, left as they were",
                    self.already_here,
                ).format(count=f"{self.already_here:,}")
            )
        if self.customers_added:
            parts.append(
                ngettext("{count} new customer", "{count} new customers", self.customers_added).format(
                    count=f"{self.customers_added:,}"
                )
            )
        if self.kind is ImportKind.SALES:
            parts.append(
                ngettext("{count} warranty", "{count} warranties", self.warranties).format(
                    count=f"{self.warranties:,}"
                )
            )
            parts.append(
                ngettext("{count} follow-up", "{count} follow-ups", self.follow_ups).format(
                    count=f"{self.follow_ups:,}"
                )
            )
        if self.bad:
            parts.append(
                ngettext("{count} row with problems", "{count} rows with problems", self.bad).format(
                    count=f"{self.bad:,}"
                )
            )
        text = "; ".join(parts) + "."
        if self.dry_run:
            return text + " " + _("Dry run: nothing was saved.")
        if not self.saved:
            return text + " " + _("Nothing was saved: correct the rows listed, or choose to skip bad rows.")
        return text

    def _added(self) -> str:
        """ "{count} customers added" (or would be, or could be), not yet formatted."""
        n = self.added
        if self.kind is ImportKind.CUSTOMERS:
            if self.saved:
                return ngettext("{count} customer added", "{count} customers added", n)
            if self.dry_run:
                return ngettext("{count} customer would be added", "{count} customers would be added", n)
            return ngettext("{count} customer could be added", "{count} customers could be added", n)
        if self.kind is ImportKind.PRODUCTS:
            if self.saved:
                return ngettext("{count} product added", "{count} products added", n)
            if self.dry_run:
                return ngettext("{count} product would be added", "{count} products would be added", n)
            return ngettext("{count} product could be added", "{count} products could be added", n)
        if self.saved:
            return ngettext("{count} sale added", "{count} sales added", n)
        if self.dry_run:
            return ngettext("{count} sale would be added", "{count} sales would be added", n)
        return ngettext("{count} sale could be added", "{count} sales could be added", n)


ProgressCallback = Callable[[int, int], None]  # (rows done, rows in all)


def import_table(
    database: Database,
    table: Table,
    mapping: ColumnMapping,
    *,
    staff_id: int | None,
    today: date,
    options: ImportOptions | None = None,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import ``table`` read with ``mapping``; see the module docstring. :class:`MappingError` when the
    mapping does not fit the file, :class:`ImportCancelled` when cancelled (nothing saved)."""
    options = options or ImportOptions()
    problems = check_mapping(mapping, table.header)
    if problems:
        raise MappingError(" ".join(problems))
    decimal = mapping.decimal or ("," if table.delimiter == ";" else ".")
    total, order, notes = _survey(table, mapping)
    run = _Run(
        kind=mapping.kind,
        table=table,
        mapping=replace(mapping, date_order=order),
        decimal=decimal,
        options=options,
        today=today,
        staff_id=staff_id,
        total=total,
        notes=notes,
        progress=progress,
        cancelled=cancelled,
    )
    with _fewer_collections(), database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        run.session = session
        run.country = shop_country(session)
        run.digits = minor_digits(money_of(session).currency)
        writer = {
            ImportKind.CUSTOMERS: _import_customers,
            ImportKind.PRODUCTS: _import_products,
            ImportKind.SALES: _import_sales,
        }[mapping.kind]
        writer(run)
        run.tick(force=True)
        saved = not dry_run and (run.bad == 0 or options.skip_bad_rows)
        if saved:
            uow.commit()
    return run.report(saved=saved, dry_run=dry_run)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """While an import runs, Python's cycle collector runs less often: an import makes millions of
    short-lived objects and no cycles, and a full collection every few thousand rows was an eighth of
    its time. The thresholds are put back afterwards."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 50_000), thresholds[1], thresholds[2])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


# --------------------------------------------------------------------------------------------- the run


class _Row(dict[str, Cell]):
    """A row's cells by field, with the text of each kept once worked out (a sale line's fields are
    read as text a dozen times: grouping, fingerprint, checks, preview)."""

    __slots__ = ("texts",)

    def __init__(self, cells: dict[str, Cell]) -> None:
        super().__init__(cells)
        self.texts: dict[str, str] = {}


@dataclass
class _Run:
    kind: ImportKind
    table: Table
    mapping: ColumnMapping
    decimal: str
    options: ImportOptions
    today: date
    staff_id: int | None
    total: int
    notes: list[str]
    progress: ProgressCallback | None
    cancelled: Callable[[], bool] | None
    session: Session = field(init=False)
    country: str = "US"
    digits: int = 2
    done: int = 0
    added: int = 0
    updated: int = 0
    already: int = 0
    bad: int = 0
    warranties: int = 0
    follow_ups: int = 0
    customers_added: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[AlreadyHere] = field(default_factory=list)
    preview_columns: tuple[str, ...] = ()
    preview: list[PreviewRow] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[int, _Row]]:
        for line, row in records(self.table, self.mapping):
            self.done += 1
            if self.done % 500 == 0:
                self.tick()
            yield line, _Row(row)

    def tick(self, *, force: bool = False) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(_("The import was cancelled; nothing was saved."))
        if self.progress is not None and (force or self.done % 500 == 0):
            self.progress(self.done, max(self.total, self.done))

    def problem(self, line: int, message: str, cells: tuple[str, ...] = ()) -> None:
        self.bad += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(RowProblem(line, message))
        self.show(line, "error", cells)

    def duplicate(self, item: AlreadyHere, cells: tuple[str, ...]) -> None:
        if self.options.on_duplicate is DuplicateChoice.UPDATE:
            self.updated += 1
        else:
            self.already += 1
        if len(self.duplicates) < MAX_LISTED:
            self.duplicates.append(item)
        self.show(
            item.line,
            "update" if self.options.on_duplicate is DuplicateChoice.UPDATE else "already here",
            cells,
        )

    @property
    def showing(self) -> bool:
        """Whether the preview still takes rows (its cells are made only then)."""
        return len(self.preview) < PREVIEW_ROWS

    def show(self, line: int, status: str, cells: tuple[str, ...]) -> None:
        if self.showing:
            self.preview.append(PreviewRow(line, status, cells))

    def report(self, *, saved: bool, dry_run: bool) -> ImportReport:
        return ImportReport(
            kind=self.kind,
            source=self.table.describe(),
            rows=self.done,
            added=self.added,
            updated=self.updated,
            already_here=self.already,
            bad=self.bad,
            warranties=self.warranties,
            follow_ups=self.follow_ups,
            customers_added=self.customers_added,
            problems=tuple(self.problems),
            duplicates=tuple(self.duplicates),
            preview_columns=self.preview_columns,
            preview=tuple(self.preview),
            notes=tuple(self.notes),
            saved=saved,
            dry_run=dry_run,
        )

    def text(self, row: dict[str, Cell], key: str) -> str:
        if not isinstance(row, _Row):
            return text_of(row.get(key))
        found = row.texts.get(key)
        if found is None:
            found = row.texts[key] = text_of(row.get(key))
        return found

    def date(self, row: dict[str, Cell], key: str) -> date | None:
        return parse_date(row.get(key), self.mapping.date_order)

    def money(self, row: dict[str, Cell], key: str, what: str) -> int | None:
        """``what``: the amount in words, translated, with its article ("the price")."""
        value = parse_decimal(row.get(key), self.decimal)
        if value is None:
            return None
        shown = text_of(row.get(key))
        if value < 0:
            # Translators: {what} is an amount with its article, e.g. "the price".
            raise ValueProblem(_("{what} '{value}' is below zero").format(what=what, value=shown))
        minor = value * (10**self.digits)
        if minor != minor.to_integral_value():
            raise ValueProblem(_("{what} '{value}' has too many decimals").format(what=what, value=shown))
        if minor >= Decimal(10) ** 15:
            raise ValueProblem(_("{what} '{value}' is too large").format(what=what, value=shown))
        return int(minor)


def _survey(table: Table, mapping: ColumnMapping) -> tuple[int, DateOrder | None, list[str]]:
    """A first pass: how many rows, and the date order (chosen, else settled by a date of the file)."""
    date_keys = [spec.key for spec in FIELDS[mapping.kind] if spec.key in ("date", "warranty_end")]
    columns = [mapping.columns[k] for k in date_keys if k in mapping.columns]
    index = [table.header.index(c) for c in columns if c in table.header]
    total = 0
    settled: tuple[DateOrder | None, str | None] = (None, None)
    ambiguous: str | None = None
    for _line, cells in table.rows():
        total += 1
        if mapping.date_order is None and settled[0] is None and index:
            values = [cells[i] for i in index if i < len(cells)]
            settled = settle_date_order(values)
            if ambiguous is None:
                ambiguous = next((str(v).strip() for v in values if needs_date_order(v)), None)
    notes: list[str] = []
    if mapping.date_order is not None:
        return total, mapping.date_order, notes
    order, example = settled
    if order is DateOrder.DMY:
        notes.append(
            _("Dates are read day/month/year, as '{example}' in the file shows.").format(example=example)
        )
    elif order is not None:
        notes.append(
            _("Dates are read month/day/year, as '{example}' in the file shows.").format(example=example)
        )
    elif ambiguous is not None:
        notes.append(
            _(
                "Dates such as '{example}' read two ways (day first or month first) and no date in the file "
                "settles it: choose the date order."
            ).format(example=ambiguous)
        )
    return total, order, notes


def _field_errors(exc: FieldErrors) -> str:
    return " ".join(exc.errors.values())


# ------------------------------------------------------------------------------------------- customers

_CUSTOMER_PREVIEW: Final = (
    N_("Name"),
    N_("Company"),
    N_("E-mail"),
    N_("Phones"),
    N_("Address"),
    N_("Reference"),
)


def _forms(text: str) -> tuple[str, ...]:
    """The exact forms a value compared without case is looked up in (as written, upper, lower), so
    that an index answers; a value on file in another mix of cases is not found."""
    return tuple(dict.fromkeys((text, text.upper(), text.lower())))


def _name_forms(name: str) -> tuple[str, ...]:
    spaced = " ".join(name.split())
    return tuple(dict.fromkeys((name.strip(), spaced, spaced.lower(), spaced.upper(), spaced.title())))


def _folded_name(name: str) -> str:
    return " ".join(name.casefold().split())


_LOOKUP_CHUNK: Final = 900  # values per IN (...) when looking a batch up
_Ts = TypeVarTuple("_Ts")


def _among(session: Session, statement: Select[*_Ts], values: Iterable[str]) -> Iterator[Row[*_Ts]]:
    """The rows of ``statement`` (whose ``values`` parameter is an expanding IN) for ``values``, a
    chunk at a time. The statements are built once: one built per query with its values inside would
    make reference cycles that keep every batch's values until a full garbage collection."""
    ordered = sorted(values)
    for start in range(0, len(ordered), _LOOKUP_CHUNK):
        yield from session.execute(statement, {"values": ordered[start : start + _LOOKUP_CHUNK]})


def _customers_where(
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
) -> Select[int, str, str | None, str | None, bool]:
    return (
        select(Customer.id, Customer.name, Customer.email, Customer.external_ref, Customer.archived)
        .where(column.in_(bindparam("values", expanding=True)))
        .order_by(Customer.id)
    )


_CUSTOMERS_BY_REF: Final = _customers_where(Customer.external_ref)
_CUSTOMERS_BY_EMAIL: Final = _customers_where(Customer.email)
_CUSTOMERS_BY_NAME: Final = _customers_where(Customer.name)
_CUSTOMERS_BY_PHONE: Final = (
    select(CustomerPhone.customer_id, Customer.name, CustomerPhone.number_normalized, Customer.archived)
    .join(Customer, Customer.id == CustomerPhone.customer_id)
    .where(CustomerPhone.number_normalized.in_(bindparam("values", expanding=True)))
    .order_by(CustomerPhone.customer_id)
)
_SALES_BY_REF: Final = (
    select(Sale.id, Sale.external_ref, Sale.number)
    .where(Sale.external_ref.in_(bindparam("values", expanding=True)))
    .order_by(Sale.id)
)
_SOLD_SERIALS: Final = (
    select(Sale.number, SaleItem.serial)
    .join(SaleItem, SaleItem.sale_id == Sale.id)
    .where(SaleItem.serial.in_(bindparam("values", expanding=True)), Sale.status == SaleStatus.ACTIVE)
)


@dataclass(frozen=True)
class _Shop:
    """What an import knows of the shop once, whatever the file's size."""

    first_new: int  # customers from this id on were added by this import (earlier batches)
    legacy_phones: bool  # numbers on file stored as digits only, not E.164 (older versions)
    tags: dict[str, str]  # folded -> the shop's spelling

    @classmethod
    def load(cls, session: Session) -> _Shop:
        highest = session.scalar(select(func.max(Customer.id))) or 0
        legacy = session.scalar(
            select(CustomerPhone.id).where(~CustomerPhone.number_normalized.startswith("+")).limit(1)
        )
        tags: dict[str, str] = {}
        for tag in session.scalars(select(CustomerTag.tag).distinct()):
            tags.setdefault(tag.casefold(), tag)
        return cls(highest + 1, legacy is not None, tags)

    def phone_keys(self, number: PhoneNumber, country: str) -> tuple[str, ...]:
        """The stored forms ``number`` may be on file as."""
        return phone_match_keys(number, country) if self.legacy_phones else (number.e164,)


@dataclass
class _Known:
    """The customers on file that a batch of rows names (by the old system's reference, phone number,
    e-mail and, for sales, name), looked up in the database for that batch only, and the rows of the
    batch added meanwhile (negative ids until written): memory stays flat whatever the file's size.
    What earlier batches of this import added is in the database too (the same transaction), with ids
    from ``shop.first_new`` on."""

    shop: _Shop
    by_ref: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int | None] = field(default_factory=dict)  # None: several have that name
    names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def find(
        cls,
        session: Session,
        shop: _Shop,
        *,
        refs: Iterable[str] = (),
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
        names: Iterable[str] = (),
    ) -> _Known:
        """The customers (not archived) with any of these references, phone numbers (stored forms),
        e-mails or names, in id order."""
        known = cls(shop)
        found_names: dict[str, set[int]] = {}
        wanted = (
            (_CUSTOMERS_BY_REF, {f for r in refs for f in _forms(r)}),
            (_CUSTOMERS_BY_EMAIL, {f for e in emails for f in (e, e.lower())}),  # domains are stored lower
            (_CUSTOMERS_BY_NAME, {f for n in names for f in _name_forms(n)}),
        )
        for statement, values in wanted:
            for cid, name, email, ref, archived in _among(session, statement, values):
                if archived:  # left out here, not in SQL: "archived = 0" leads SQLite to scan them all
                    continue
                known.names[cid] = name
                if statement is _CUSTOMERS_BY_REF and ref:
                    known.by_ref.setdefault(ref.strip().casefold(), cid)
                elif statement is _CUSTOMERS_BY_EMAIL and email:
                    known.by_email.setdefault(email.casefold(), cid)
                elif statement is _CUSTOMERS_BY_NAME:
                    found_names.setdefault(_folded_name(name), set()).add(cid)
        for folded, ids in found_names.items():
            known.by_name[folded] = next(iter(ids)) if len(ids) == 1 else None
        for cid, name, number, archived in _among(session, _CUSTOMERS_BY_PHONE, set(phones)):
            if not archived:
                known.names[cid] = name
                known.by_phone.setdefault(number, cid)
        return known

    def match(self, ref: str | None, valid: ValidCustomer, country: str) -> tuple[int, str] | None:
        if ref and ref.casefold() in self.by_ref:
            return self.by_ref[ref.casefold()], _("same reference {reference}").format(reference=ref)
        for phone in valid.phones:
            for key in self.shop.phone_keys(phone.number, country):
                if key in self.by_phone:
                    return self.by_phone[key], _("same phone number {number}").format(
                        number=phone.number.display
                    )
        if valid.email and valid.email.casefold() in self.by_email:
            return self.by_email[valid.email.casefold()], _("same e-mail {email}").format(email=valid.email)
        return None

    def remember(self, cid: int, ref: str | None, valid: ValidCustomer) -> None:
        self.names[cid] = valid.name
        if ref:
            self.by_ref.setdefault(ref.casefold(), cid)
        for phone in valid.phones:
            self.by_phone.setdefault(phone.number.e164, cid)
        if valid.email:
            self.by_email.setdefault(valid.email.casefold(), cid)
        folded_name = _folded_name(valid.name)
        self.by_name[folded_name] = None if folded_name in self.by_name else cid


def _customer_input(row: dict[str, Cell]) -> CustomerInput:
    texts = {key: text_of(cell) for key, cell in row.items()}  # the mapped columns only

    def text(key: str) -> str:
        return texts.get(key, "")

    name = text("name") or " ".join(p for p in (text("first_name"), text("last_name")) if p)
    company = text("company")
    kind = CustomerKind.PERSON
    if not name and company:
        name, kind = company, CustomerKind.BUSINESS
    if text("kind").casefold() in ("business", "person"):  # as our own export writes it
        kind = CustomerKind(text("kind").casefold())
    phones = tuple(
        PhoneInput(text(label_key) or label, text(key))
        for key, label_key, label in (
            ("mobile", "", "mobile"),
            ("phone", "phone_label", "home"),
            ("phone_2", "phone_2_label", "work"),
        )
        if text(key)
    )
    town = " ".join(p for p in (text("postcode"), text("city")) if p)
    address = "\n".join(p for p in (text("address"), town) if p)
    tags = tuple(t.strip() for t in text("tags").replace(";", ",").split(",") if t.strip())
    return CustomerInput(
        kind=kind,
        name=name,
        company=company or None,
        email=text("email") or None,
        phones=phones,
        address=address or None,
        notes=text("notes") or None,
        tags=tags,
    )


def _reference(text: str) -> str | None:
    ref = text.strip()
    if not ref:
        return None
    problem = unstorable(_("the reference"), ref)
    if problem is not None:
        raise ValueProblem(problem)
    if len(ref) > REF_MAX:
        raise ValueProblem(
            _("the reference is {length} characters long, at most {most}").format(
                length=f"{len(ref):,}", most=REF_MAX
            )
        )
    return ref


def _customer_cells(valid: ValidCustomer, ref: str | None) -> tuple[str, ...]:
    phones = ", ".join(p.number.display for p in valid.phones)
    return (valid.name, valid.company or "", valid.email or "", phones, valid.address or "", ref or "")


def _import_customers(run: _Run) -> None:
    session = run.session
    run.preview_columns = tuple(_(column) for column in _CUSTOMER_PREVIEW)
    shop = _Shop.load(session)
    batch: list[tuple[int, _Row]] = []
    for line, row in run.rows():
        batch.append((line, row))
        if len(batch) >= BATCH:
            _customer_batch(run, shop, batch)
            batch = []
    _customer_batch(run, shop, batch)


def _customer_batch(run: _Run, shop: _Shop, batch: list[tuple[int, _Row]]) -> None:
    """Check a batch of rows, look up in one go the customers they may already be, write the new ones."""
    checked: list[tuple[int, ValidCustomer, str | None]] = []
    for line, row in batch:
        data = _customer_input(row)
        try:
            ref = _reference(run.text(row, "external_ref"))
            consent = parse_yes_no(row.get("contact_consent"))  # as our export writes it: yes, no, blank
            valid = validate_customer(replace(data, contact_consent=consent), run.country)
        except (FieldErrors, ValueProblem, ValidationError) as exc:
            raw = (data.name, data.company or "", data.email or "", ", ".join(p.raw for p in data.phones))
            message = _field_errors(exc) if isinstance(exc, FieldErrors) else str(exc)
            run.problem(line, message, (*raw, "", ""))
            continue
        if valid.tags:
            tags = tuple(dict.fromkeys(shop.tags.get(t.casefold(), t) for t in valid.tags))
            valid = replace(valid, tags=tags)
        checked.append((line, valid, ref))
    known = _Known.find(
        run.session,
        shop,
        refs=[ref for _line, _valid, ref in checked if ref],
        phones=[
            key
            for _line, valid, _ref in checked
            for phone in valid.phones
            for key in shop.phone_keys(phone.number, run.country)
        ],
        emails=[valid.email for _line, valid, _ref in checked if valid.email],
    )
    pending: list[tuple[ValidCustomer, str | None]] = []
    for line, valid, ref in checked:
        cells = _customer_cells(valid, ref) if run.showing else ()
        match = known.match(ref, valid, run.country)
        if match is not None:
            cid, reason = match
            if cid < 0 or cid >= shop.first_new:  # a row above in this file: never written twice
                run.already += 1
                existing = (
                    known.names[cid]
                    if cid < 0
                    else _("{name}, earlier in this file").format(name=known.names[cid])
                )
                if len(run.duplicates) < MAX_LISTED:
                    run.duplicates.append(AlreadyHere(line, valid.name, existing, reason))
                run.show(line, "already here", cells)
                continue
            run.duplicate(
                AlreadyHere(line, valid.name, f"{known.names.get(cid, '?')} (#{cid})", reason), cells
            )
            if run.options.on_duplicate is DuplicateChoice.UPDATE:
                _flush_customers(run, pending)
                _update_customer(run, cid, valid, ref)
            continue
        pending.append((valid, ref))
        known.remember(-line, ref, valid)  # the row's line stands for its id until the batch is written
        known.names[-line] = _("{name}, line {line} of this file").format(name=valid.name, line=line)
        run.show(line, "new", cells)
    _flush_customers(run, pending)


def _flush_customers(run: _Run, pending: list[tuple[ValidCustomer, str | None]]) -> list[int]:
    """Insert the pending customers (with their phones, tags and "created" audit rows) in a few
    statements, index them for search, and empty ``pending``."""
    if not pending:
        return []
    session = run.session
    now = utcnow()
    rows = [
        {
            "kind": valid.kind,
            "name": valid.name,
            "company": valid.company,
            "email": valid.email,
            "address": valid.address,
            "notes": valid.notes,
            "external_ref": ref,
            "contact_consent": valid.contact_consent,
            "consent_recorded_at": None if valid.contact_consent is None else now,
            "archived": False,
            "archived_at": None,
            "created_at": now,
            "updated_at": now,
        }
        for valid, ref in pending
    ]
    ids = _insert_rows(session, Customer, rows)
    phones = [
        {
            "customer_id": cid,
            "label": phone.label,
            "number_raw": phone.number.raw,
            "number_normalized": phone.number.e164,
            "position": position,
        }
        for cid, (valid, _ref) in zip(ids, pending, strict=True)
        for position, phone in enumerate(valid.phones)
    ]
    if phones:
        _insert_rows(session, CustomerPhone, phones, ids=False)
    tags = [
        {"customer_id": cid, "tag": tag}
        for cid, (valid, _ref) in zip(ids, pending, strict=True)
        for tag in valid.tags
    ]
    if tags:
        _insert_rows(session, CustomerTag, tags, ids=False)
    answers = [  # the consent answers the file gives, as the first entries of their history
        {"customer_id": cid, "channel": "any", "answer": valid.contact_consent, "at": now,
         "source": "imported", "staff_id": run.staff_id}
        for cid, (valid, _ref) in zip(ids, pending, strict=True)
        if valid.contact_consent is not None
    ]  # fmt: skip
    if answers:
        _insert_rows(session, ConsentChange, answers, ids=False)
    _insert_rows(
        session,
        AuditEntry,
        [
            {
                "at": now,
                "staff_id": run.staff_id,
                "entity": str(AuditEntity.CUSTOMER),
                "entity_id": cid,
                "action": str(AuditAction.CREATED),
                "field": None,
                "old_value": None,
                "new_value": None,
                "reason": "imported",
            }
            for cid in ids
        ],
        ids=False,
    )
    search_index.index_new_customers(
        session,
        [
            search_index.NewCustomer(
                cid, valid.name, valid.company, valid.email,
                tuple((p.number.raw, p.number.e164) for p in valid.phones),
            )
            for cid, (valid, _ref) in zip(ids, pending, strict=True)
        ],
    )  # fmt: skip
    run.added += len(ids)
    pending.clear()
    return ids


def _insert_rows(
    session: Session, model: type[Base], rows: Sequence[Mapping[str, object]], *, ids: bool = True
) -> list[int]:
    """Insert ``rows`` with Core (no ORM bookkeeping: an import writes hundreds of thousands) and return
    their ids in order (``ids``)."""
    if not rows:
        return []
    session.flush()  # whatever the ORM holds goes first, as an ORM insert would do
    conn = session.connection()
    table = cast(SqlTable, model.__table__)
    if not ids:
        insert_many(conn, table, rows)
        return []
    return insert_with_ids(conn, table, rows)


def _update_customer(run: _Run, cid: int, valid: ValidCustomer, ref: str | None) -> None:
    """Fill in what the file says: its non-blank fields replace the customer's, its phone numbers and
    tags are added to theirs; the audit trail names the fields that changed."""
    customer = run.session.get(Customer, cid)
    if customer is None:
        return
    changed: list[str] = []
    for name in ("name", "company", "email", "address", "notes"):
        value = getattr(valid, name)
        if value and value != getattr(customer, name):
            setattr(customer, name, value)
            changed.append(name)
    if ref and customer.external_ref != ref:
        customer.external_ref = ref
        changed.append("reference")
    if valid.contact_consent is not None and valid.contact_consent != customer.contact_consent:
        now = utcnow()
        customer.contact_consent, customer.consent_recorded_at = valid.contact_consent, now
        record_consent(run.session, cid, "any", valid.contact_consent, "imported", run.staff_id, now)
        changed.append("consent")
    have = {p.number_normalized for p in customer.phones}
    position = max((p.position for p in customer.phones), default=-1) + 1
    for phone in valid.phones:
        if phone.number.e164 not in have:
            customer.phones.append(
                CustomerPhone(
                    label=phone.label,
                    number_raw=phone.number.raw,
                    number_normalized=phone.number.e164,
                    position=position,
                )
            )
            position += 1
            have.add(phone.number.e164)
            if "phones" not in changed:
                changed.append("phones")
    tags = {t.tag.casefold() for t in customer.tags}
    for tag in valid.tags:
        if tag.casefold() not in tags:
            customer.tags.append(CustomerTag(tag=tag))
            tags.add(tag.casefold())
            if "tags" not in changed:
                changed.append("tags")
    if changed:
        now = utcnow()
        customer.updated_at = now
        audit(run.session, run.staff_id, AuditEntity.CUSTOMER, cid, AuditAction.UPDATED, at=now,
              field=", ".join(changed), reason="imported")  # fmt: skip
    run.session.flush()


# -------------------------------------------------------------------------------------------- products

_PRODUCT_PREVIEW: Final = (
    N_("SKU"),
    N_("Name"),
    N_("Category"),
    N_("Price"),
    N_("Warranty (months)"),
    N_("Needs a serial"),
)


def _import_products(run: _Run) -> None:
    from crm_desktop.services.catalogue import _apply_product  # the catalogue's own checks, shared

    session = run.session
    run.preview_columns = tuple(_(column) for column in _PRODUCT_PREVIEW)
    by_sku = {
        sku.casefold(): (pid, name)
        for pid, sku, name in session.execute(select(Product.id, Product.sku, Product.name))
    }
    categories = {
        name.casefold(): cid
        for cid, name in session.execute(select(ProductCategory.id, ProductCategory.name))
    }
    in_file: dict[str, int] = {}
    for line, row in run.rows():
        sku = run.text(row, "sku")
        raw = (sku, run.text(row, "name"), run.text(row, "category"), run.text(row, "price"), "", "")
        try:
            price = run.money(row, "price", _("the price"))
            months = parse_whole(row.get("warranty_months"), run.decimal, _("the warranty"))
            if months is not None and months < 0:
                raise ValueProblem(_("the warranty cannot be a negative number of months"))
            serial = parse_yes_no(row.get("serial_required"))
        except ValueProblem as exc:
            run.problem(line, str(exc), raw)
            continue
        category_name = run.text(row, "category")
        cells = (
            sku,
            run.text(row, "name"),
            category_name,
            _amount(price, run.digits) if price is not None else "",
            "" if months is None else str(months),
            _("yes") if serial else _("no"),
        )
        if sku.casefold() in in_file:
            run.problem(
                line,
                _("SKU {sku} is on line {line} already.").format(sku=sku, line=in_file[sku.casefold()]),
                cells,
            )
            continue
        existing = by_sku.get(sku.casefold())
        if existing is not None:
            pid, name = existing
            run.duplicate(
                AlreadyHere(line, f"{sku} {run.text(row, 'name')}", f"{name} ({sku})", _("same SKU")), cells
            )
            if run.options.on_duplicate is not DuplicateChoice.UPDATE:
                continue
            product = session.get(Product, pid)
            assert product is not None
        else:
            product = Product(retired=False)
        category_id = product.category_id
        if category_name:
            category_id = categories.get(category_name.casefold())
            if category_id is None:
                category = ProductCategory(name=category_name)
                session.add(category)
                session.flush()
                category_id = categories[category_name.casefold()] = category.id
        data = ProductInput(
            sku=sku,
            name=run.text(row, "name") or (product.name if existing else ""),
            category_id=category_id,
            price_minor=price if price is not None else (product.price_minor if existing else 0),
            default_warranty_months=months if months is not None else product.default_warranty_months,
            default_plan_id=product.default_plan_id,
            serial_required=serial if serial is not None else bool(product.serial_required),
        )
        try:
            with session.begin_nested():
                _apply_product(session, product, data)
                if existing is None:
                    session.add(product)
                session.flush()
        except FieldErrors as exc:
            if existing is not None:
                run.updated -= 1
                run.duplicates.pop()
            run.problem(line, _field_errors(exc), cells)
            continue
        audit(session, run.staff_id, AuditEntity.PRODUCT, product.id,
              AuditAction.UPDATED if existing else AuditAction.CREATED, reason="imported")  # fmt: skip
        in_file[sku.casefold()] = line
        if existing is None:
            run.added += 1
            by_sku[sku.casefold()] = (product.id, product.name)
            run.show(line, "new", cells)


def _amount(minor: int, digits: int) -> str:
    return f"{Decimal(minor) / (10**digits):.{digits}f}"


# ----------------------------------------------------------------------------------------------- sales

_SALE_PREVIEW: Final = (
    N_("Sale"),
    N_("Customer"),
    N_("Date"),
    N_("Product"),
    N_("Serial"),
    N_("Qty"),
    N_("Price"),
    N_("Warranty end"),
)


@dataclass
class _SaleLine:
    line: int
    row: dict[str, Cell]


def _import_sales(run: _Run) -> None:
    session = run.session
    run.preview_columns = tuple(_(column) for column in _SALE_PREVIEW)
    products: dict[str, Product] = {}
    by_name: dict[str, Product | None] = {}
    for product in session.scalars(select(Product)):
        products[product.sku.casefold()] = product
        folded_name = " ".join(product.name.casefold().split())
        by_name[folded_name] = None if folded_name in by_name else product
    roles = staff_by_role(session)
    first_sale = (session.scalar(select(func.max(Sale.id))) or 0) + 1
    context = _SalesContext(run, _Shop.load(session), products, by_name, roles, first_sale)
    batch: list[list[_SaleLine]] = []
    group: list[_SaleLine] = []
    group_key: object = None
    for line, row in run.rows():
        key = _group_key(run, row)
        if group and key != group_key:
            batch.append(group)
            group = []
            if len(batch) >= SALES_BATCH:
                context.write_batch(batch)
                batch = []
        group_key = key
        group.append(_SaleLine(line, row))
    if group:
        batch.append(group)
    context.write_batch(batch)


def _group_key(run: _Run, row: dict[str, Cell]) -> object:
    ref = run.text(row, "sale_ref")
    if ref:
        return ("ref", ref.casefold())
    return (
        "customer",
        run.text(row, "customer_ref").casefold(),
        run.text(row, "customer_name").casefold(),
        run.text(row, "customer_phone"),
        run.text(row, "customer_email").casefold(),
        run.text(row, "date"),
    )


@dataclass
class _SalesContext:
    run: _Run
    shop: _Shop
    products: dict[str, Product]
    by_name: dict[str, Product | None]
    roles: dict[StaffRole, list[int]]
    first_sale: int  # sales from this id on were added by this import (earlier batches)
    known: _Known = field(init=False)  # the customers the batch names
    refs: dict[str, tuple[int, int]] = field(default_factory=dict)  # the batch's refs on file -> (number, id)
    seen_refs: dict[str, int] = field(default_factory=dict)  # this batch: ref folded -> first line
    bad_refs: dict[str, int] = field(default_factory=dict)  # refs of sales left out, whole file
    on_file: dict[str, int] = field(default_factory=dict)  # serials of the batch on active sales -> number
    pending: list[SaleToWrite] = field(default_factory=list)  # checked, numbered, not written yet
    pending_serials: dict[str, int] = field(default_factory=dict)  # their serials -> sale number
    last_number: int | None = None  # the last sale number given out
    steps: dict[int, tuple[PlanStep, ...]] = field(default_factory=dict)  # plan id -> its active steps

    def write_batch(self, groups: list[list[_SaleLine]]) -> None:
        """Look up what the batch names (its customers, references, serials) in a few queries, check
        its sales in order, then write the new ones in a few statements."""
        self._look_up_customers(groups)
        self._look_up_refs(groups)
        self._look_up_serials(groups)
        self.seen_refs = {}
        for group in groups:
            self.write(group)
        self._flush()

    def _look_up_customers(self, groups: list[list[_SaleLine]]) -> None:
        text, country = self.run.text, self.run.country
        refs: list[str] = []
        phones: list[str] = []
        emails: list[str] = []
        names: list[str] = []
        for group in groups:
            row = group[0].row
            if ref := text(row, "customer_ref").strip():
                refs.append(ref)
            if phone := text(row, "customer_phone"):
                with suppress(ValidationError):
                    number = normalize_phone(phone, country)
                    phones.extend(self.shop.phone_keys(number, country))
            if email := text(row, "customer_email"):
                with suppress(ValidationError):
                    emails.append(normalize_email(email))
            if name := text(row, "customer_name"):
                names.append(name)
        self.known = _Known.find(
            self.run.session, self.shop, refs=refs, phones=phones, emails=emails, names=names
        )

    def _look_up_refs(self, groups: list[list[_SaleLine]]) -> None:
        """The sales on file with the references (or fingerprints) of the batch's sales."""
        forms = {form for group in groups for form in _forms(_reference_or_fingerprint(self.run, group))}
        self.refs = {}
        for sid, ref, number in _among(self.run.session, _SALES_BY_REF, forms):
            if ref is not None:
                self.refs.setdefault(ref.casefold(), (number, sid))

    def _look_up_serials(self, groups: list[list[_SaleLine]]) -> None:
        """The serials of the batch already on an active sale, in one query (a few for a huge batch):
        each in its exact forms (as typed, upper, lower), so that the index is used."""
        forms = {
            form
            for group in groups
            for item in group
            if (serial := self.run.text(item.row, "serial").strip())
            for form in _forms(serial)
        }
        self.on_file = {}
        for number, stored in _among(self.run.session, _SOLD_SERIALS, forms):
            if stored is not None:
                self.on_file.setdefault(stored, number)

    def _steps_of(self, plan_id: int) -> tuple[PlanStep, ...]:
        if plan_id not in self.steps:
            self.steps[plan_id] = active_plan_steps(self.run.session, plan_id)
        return self.steps[plan_id]

    def _next_number(self) -> int:
        """The next sale number: the sequence is bumped once, then counted on here (the transaction
        holds its lock) and set to the last one given out when the batch is written."""
        if self.last_number is None:
            self.last_number = next_number(self.run.session, SALE)
        else:
            self.last_number += 1
        return self.last_number

    def _flush(self) -> None:
        """Write the pending sales as a sale recorded at the counter is written
        (:func:`crm_desktop.services.sales.insert_sales`), all in a few statements."""
        if not self.pending:
            return
        run, session = self.run, self.run.session
        written = insert_sales(
            session,
            self.pending,
            who=run.staff_id,
            schedule_from=run.today if run.options.future_follow_ups_only else EARLIEST,
            staff_by_role=self.roles,
            steps_of=self._steps_of,
            bulk=True,
        )
        assert self.last_number is not None
        set_last_number(session, SALE, self.last_number)
        run.follow_ups += written.follow_ups
        self.pending.clear()
        self.pending_serials.clear()

    def write(self, group: list[_SaleLine]) -> None:
        run = self.run
        first = group[0]
        row = first.row
        cells = [self._cells(item) if run.showing else () for item in group]
        try:
            sale_date = run.date(row, "date")
            if sale_date is None:
                raise ValueProblem(_("the date is empty"))
            ref = _reference(run.text(row, "sale_ref"))
            lines = tuple(self._line(item, sale_date) for item in group)
        except (ValueProblem, ValidationError) as exc:
            self._bad(group, str(exc), cells)
            return
        fingerprint = ref or _fingerprint(run, group)
        key = fingerprint.casefold()
        if ref:
            shown = _("sale {reference}").format(reference=ref)
        else:
            shown = _("sale of {date} (line {line})").format(date=sale_date.isoformat(), line=first.line)
        on_file = self.refs.get(key)
        earlier = self.seen_refs.get(key) or self.bad_refs.get(key)
        if earlier is not None or (on_file is not None and on_file[1] >= self.first_sale):
            if earlier is not None:
                message = _("{sale} has lines on line {line} too; keep a sale's lines together").format(
                    sale=shown, line=earlier
                )
            else:
                message = _("{sale} has lines earlier in this file too; keep a sale's lines together").format(
                    sale=shown
                )
            self._bad(group, message, cells)
            return
        self.seen_refs[key] = first.line
        number = on_file[0] if on_file is not None else None
        if number is None:
            number = self._sold_serial(lines)
            reason = _("its serial number was sold on that sale")
        else:
            reason = _("same reference") if ref else _("same customer, date and lines")
        if number is not None:
            existing = format_number(SALE_PREFIX, number)
            for item, shown_cells in zip(group, cells, strict=True):
                run.show(item.line, "already here", shown_cells)
            run.already += 1  # a sale is never updated by an import: its lines are history
            if len(run.duplicates) < MAX_LISTED:
                run.duplicates.append(AlreadyHere(first.line, shown, existing, reason))
            return
        try:
            customer_id = self._customer(row)
        except (ValueProblem, ValidationError) as exc:
            self._bad(group, str(exc), cells)
            return
        if customer_id is None:
            self._bad(group, _("no customer: give the customer's name, phone, e-mail or reference"), cells)
            return
        data = SaleInput(customer_id=customer_id, sale_date=sale_date, lines=lines)
        try:
            # the customer is one read or added by this import (never an archived one), and the serials
            # were looked up for the batch (_sold_serial): every other check of record_sale is made here
            checked = check_sale(
                run.session,
                data,
                run.today,
                staff_id=run.staff_id,
                customer_checked=True,
                serials_checked=True,
            )
        except FieldErrors as exc:
            self._bad(group, _field_errors(exc), cells)
            return
        number = self._next_number()
        self.pending.append(SaleToWrite(number, customer_id, sale_date, checked, external_ref=fingerprint))
        for checked_line in checked.lines:
            if checked_line.serial is not None:
                self.pending_serials.setdefault(checked_line.serial, number)
        run.added += 1
        run.warranties += sum(1 for checked_line in checked.lines if checked_line.end is not None)
        for item, shown_cells in zip(group, cells, strict=True):
            run.show(item.line, "new", (format_number(SALE_PREFIX, number), *shown_cells[1:]))

    def _bad(self, group: list[_SaleLine], message: str, cells: list[tuple[str, ...]]) -> None:
        run = self.run
        key = _reference_or_fingerprint(run, group).casefold()  # its other lines: "keep together"
        self.bad_refs.setdefault(key, self.seen_refs.get(key, group[0].line))
        run.bad += len(group) - 1  # every line of the sale is left out; one problem names them
        lines = group[0].line if len(group) == 1 else f"{group[0].line}-{group[-1].line}"
        if len(run.problems) < MAX_LISTED:
            run.problems.append(
                RowProblem(
                    group[0].line,
                    message
                    if len(group) == 1
                    else _("(lines {lines}) {problem}").format(lines=lines, problem=message),
                )
            )
        run.bad += 1
        for item, shown in zip(group, cells, strict=True):
            run.show(item.line, "error", shown)

    def _cells(self, item: _SaleLine) -> tuple[str, ...]:
        run, row = self.run, item.row
        customer = (
            run.text(row, "customer_name") or run.text(row, "customer_ref") or run.text(row, "customer_phone")
        )
        try:
            day = run.date(row, "date")
            shown_date = day.isoformat() if day else ""
        except ValueProblem:
            shown_date = run.text(row, "date")
        return (
            run.text(row, "sale_ref"),
            customer,
            shown_date,
            run.text(row, "sku") or run.text(row, "product") or run.text(row, "description"),
            run.text(row, "serial"),
            run.text(row, "quantity") or "1",
            run.text(row, "price"),
            run.text(row, "warranty_end"),
        )

    def _line(self, item: _SaleLine, sale_date: date) -> SaleLineInput:
        run, row = self.run, item.row
        del sale_date
        product: Product | None = None
        sku = run.text(row, "sku")
        name = run.text(row, "product")
        if sku:
            product = self.products.get(sku.casefold())
        if product is None and name:
            product = self.by_name.get(" ".join(name.casefold().split())) or self.products.get(
                name.casefold()
            )
        description = (
            run.text(row, "description")
            or (name if product is None else "")
            or (sku if product is None else "")
        )
        if product is not None and product.retired:
            product = None  # sold before it was retired: kept as the text of the line
            description = description or name or sku
        quantity = parse_whole(row.get("quantity"), run.decimal, _("the quantity"))
        price = run.money(row, "price", _("the price"))
        end = run.date(row, "warranty_end")
        return SaleLineInput(
            product_id=product.id if product is not None else None,
            description=description,
            serial=run.text(row, "serial") or None,
            quantity=1 if quantity is None else quantity,
            unit_price_minor=price,
            warranty_end=end,
            # untranslated: kept on the sale line as the reason its warranty end was given (stored)
            warranty_override_reason=f"Imported from {run.table.path.name}" if end is not None else None,
        )

    def _sold_serial(self, lines: Iterable[SaleLineInput]) -> int | None:
        serials = [line.serial.strip() for line in lines if line.serial and line.serial.strip()]
        if not serials:
            return None
        for serial in serials:
            for form in (serial, serial.upper(), serial.lower()):
                number = self.on_file.get(form, self.pending_serials.get(form))
                if number is not None:
                    return number
        return None

    def _customer(self, row: dict[str, Cell]) -> int | None:
        """The customer the row names: by reference, phone, e-mail, then a name only one customer has;
        added when the file gives a name and nobody matches."""
        run, known = self.run, self.known
        ref = _reference(run.text(row, "customer_ref"))
        if ref and ref.casefold() in known.by_ref:
            return known.by_ref[ref.casefold()]
        phone = run.text(row, "customer_phone")
        if phone:
            with suppress(ValidationError):
                number = normalize_phone(phone, run.country)
                for key in known.shop.phone_keys(number, run.country):
                    if key in known.by_phone:
                        return known.by_phone[key]
        email = run.text(row, "customer_email")
        if email:
            with suppress(ValidationError):
                normal = normalize_email(email).casefold()
                if normal in known.by_email:
                    return known.by_email[normal]
        name = run.text(row, "customer_name")
        if name:
            found = known.by_name.get(" ".join(name.casefold().split()))
            if found is not None:
                return found
        if not name:
            return None
        data = CustomerInput(
            name=name,
            email=email or None,
            phones=(PhoneInput("mobile", phone),) if phone else (),
        )
        try:
            valid = validate_customer(data, run.country)
        except FieldErrors as exc:
            raise ValueProblem(_field_errors(exc)) from None
        pending = [(valid, ref)]
        ids = _flush_customers(run, pending)
        run.added -= len(ids)  # counted as customers added, not as sales
        run.customers_added += len(ids)
        known.remember(ids[0], ref, valid)
        return ids[0]


def _reference_or_fingerprint(run: _Run, group: list[_SaleLine]) -> str:
    return run.text(group[0].row, "sale_ref").strip() or _fingerprint(run, group)


def _fingerprint(run: _Run, group: list[_SaleLine]) -> str:
    """``file:`` and 16 hex digits: the same customer, date and lines give the same fingerprint."""
    parts = [
        run.text(group[0].row, k)
        for k in ("customer_ref", "customer_name", "customer_phone", "customer_email", "date")
    ]
    for item in group:
        parts.extend(
            run.text(item.row, k) for k in ("sku", "product", "description", "serial", "quantity", "price")
        )
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]
    return f"file:{digest}"


__all__ = [
    "AlreadyHere",
    "DuplicateChoice",
    "ImportCancelled",
    "ImportOptions",
    "ImportReport",
    "PreviewRow",
    "RowProblem",
    "import_table",
]
