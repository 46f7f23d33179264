"""Sample data: a believable small shop with about three years of after-sales history.

``fill_demo`` writes an owner and staff, a catalogue with follow-up plans and procedures, and then, for
each customer, the sales, follow-ups, promises, service jobs, visits and contacts a real shop would have
on file, all dated relative to ``today``. It is what ``crm-desktop demo`` runs, what screenshots are made
from and what the benchmarks fill 100,000 customers with.

Determinism: the catalogue comes from ``random.Random(seed)``; each customer's history comes from the same
generator re-seeded with ``(seed, customer number)``. The same seed and the same ``today`` give the same
file, byte for byte in every column (ids, numbers and timestamps are all set here, never by the clock).
Another ``today`` moves every date by the same number of days and changes nothing else, except where a
calendar rule has to move with it (a warranty bought on 31 January ends on 28 or 29 February).

Speed: rows are plain dicts inserted in bulk (``session.execute(insert(table), rows)``), 500 customers
at a time, in one transaction that commits once at the end. On a 2-core machine, 1,000 customers take
about a second and 100,000 customers (about 2.2 million rows) 75 to 105 seconds, in 160 MB of memory.
"""

from __future__ import annotations

import functools
import random
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

from sqlalchemy import Table, delete, insert, literal, select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import (
    AssigneeRule,
    Channel,
    CustomerKind,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    JobLineKind,
    JobPriority,
    JobStatus,
    PromiseKind,
    PromiseStatus,
    SaleStatus,
    StaffRole,
    StepAnchor,
    VisitStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.staff import initials_of
from crm_desktop.domain.warranty import add_months, warranty_end
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.storage import search_index
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Base, Customer, NumberSequence, Setting

MAX_CUSTOMERS: Final = 1_000_000
DEMO_COUNTRY: Final = "BE"  # the sample shop is in Brussels; its customers' numbers are mostly Belgian
CHUNK_CUSTOMERS: Final = 500  # customers generated between two bulk inserts: bounds the memory used
CACHE_KIB: Final = 64 * 1024  # SQLite page cache while filling

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the sample shop got."""

    customers: int
    staff: int
    products: int
    sales: int
    sale_items: int
    follow_ups: int
    promises: int
    promise_changes: int
    jobs: int
    visits: int
    job_lines: int
    interactions: int


def fill_demo(
    database: Database, *, customers: int = 200, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty database with a sample shop of ``customers`` customers; one transaction.

    Raises :class:`UserFacingError` if the database already holds a shop's data, or if ``customers``
    is not between 1 and 1,000,000.
    """
    if customers < 1 or customers > MAX_CUSTOMERS:
        raise UserFacingError(
            f"A sample shop has between 1 and {MAX_CUSTOMERS:,} customers; {customers:,} was asked for."
        )
    today = date.today() if today is None else today
    with database.writing() as uow:
        session = uow.session
        _refuse_unless_empty(session)
        builder = _Builder(seed=seed, today=today, customers=customers)
        with _roomy_page_cache(session):
            builder.catalogue()
            builder.flush(session)
            for index in range(customers):
                builder.customer(index)
                if (index + 1) % CHUNK_CUSTOMERS == 0:
                    builder.flush(session)
            builder.flush(session)
            _number_in_date_order(session)
            search_index.rebuild(session)  # the bulk inserts above bypass the ORM's flush hook
        _write_settings(session, builder)
        if session.get_bind().dialect.name == "postgresql":
            _advance_postgres_sequences(session)
        uow.commit()
    return builder.summary()


# ------------------------------------------------------------------------------------------- writing

_TABLES: Final = (
    # parents before children, so that every foreign key points at a row already written
    "staff",
    "staff_role",
    "follow_up_plan",
    "follow_up_plan_step",
    "product_category",
    "product",
    "procedure",
    "procedure_step",
    "customer",
    "customer_phone",
    "customer_tag",
    "sale",
    "sale_item",
    "service_job",
    "visit",
    "job_line",
    "job_checklist_item",
    "promise",
    "promise_change",
    "follow_up",
    "interaction",
    "audit_entry",
)


def _refuse_unless_empty(session: Session) -> None:
    if session.scalar(select(Customer.id).limit(1)) is not None:
        raise UserFacingError(
            "This database already has customers. Demo data only goes into an empty database; "
            "use --db to pick another file."
        )
    for name in (
        "staff",
        "product",
        "product_category",
        "follow_up_plan",
        "procedure",
        "sale",
        "service_job",
    ):
        if session.scalar(select(literal(1)).select_from(_table(name)).limit(1)) is not None:
            raise UserFacingError(
                f"This database already has {name.replace('_', ' ')} records. Demo data only goes into "
                "an empty database; use --db to pick another file."
            )


@contextmanager
def _roomy_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a 64 MB page cache while filling (the default 2 MB makes index inserts thrash).

    Set on the DBAPI connection and put back before the connection returns to the pool; 100,000
    customers fill about 25 % faster.
    """
    raw = session.connection().connection.dbapi_connection
    if session.get_bind().dialect.name != "sqlite" or raw is None:
        yield
        return
    cursor = raw.cursor()
    try:
        previous = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        try:
            yield
        finally:
            with suppress(sqlite3.Error):
                cursor.execute(f"PRAGMA cache_size = {previous}")
    finally:
        cursor.close()


def _number_in_date_order(session: Session) -> None:
    """S-0001 is the oldest sale and J-0001 the oldest job, as if they had been entered day by day.

    Rows are written customer by customer with a provisional negative number (``-id``), so that giving
    the final numbers never collides with the unique index on the way.
    """
    for table, order in (("sale", "sale_date, created_at, id"), ("service_job", "received_at, id")):
        session.execute(
            text(
                f"UPDATE {table} SET number = ranked.rn FROM "
                f"(SELECT id, row_number() OVER (ORDER BY {order}) AS rn FROM {table}) AS ranked "
                f"WHERE {table}.id = ranked.id"
            )
        )


def _write_settings(session: Session, builder: _Builder) -> None:
    stamp = builder.dt(0)
    values = {
        "business.name": "Demo Shop — sample data",
        "business.address": "Rue de l'Exemple 12, 1000 Bruxelles, Belgique (sample address)",
        "business.phone": "+32 2 555 01 23",
        "business.email": "hello@demo-shop.example",
        "currency": "EUR",
        "shop.country": DEMO_COUNTRY,
        "cost_per_contact_minor": "450",
        "demo": "1",
    }
    session.execute(delete(Setting).where(Setting.key.in_(list(values))))
    session.execute(
        insert(_table("setting")),
        [{"key": k, "value": v, "value_blob": None, "updated_at": stamp} for k, v in values.items()],
    )
    session.execute(delete(NumberSequence).where(NumberSequence.name.in_(("sale", "job"))))
    session.execute(
        insert(_table("number_sequence")),
        [
            {"name": "sale", "last_value": builder.ids["sale"]},
            {"name": "job", "last_value": builder.ids["service_job"]},
        ],
    )


def _advance_postgres_sequences(session: Session) -> None:
    """Ids were given explicitly; move each SERIAL sequence past them so the app's next insert works."""
    for name in _TABLES:
        if "id" not in _table(name).c:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{name}"'
            )
        )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


# ------------------------------------------------------------------------------------- the catalogue

_STAFF: Final = (
    # name, role, e-mail, first day (days before today), last day or None while still employed
    ("Hélène Marchand", StaffRole.OWNER, "helene@demo-shop.example", -1200, None),
    ("Tomás Ferreira", StaffRole.SALES, "tomas@demo-shop.example", -1150, None),
    ("Agnieszka Wójcik", StaffRole.SALES, "agnieszka@demo-shop.example", -880, None),
    ("Jonas Becker", StaffRole.SALES, "jonas@demo-shop.example", -1150, -420),
    ("Karim Haddad", StaffRole.TECHNICIAN, "karim@demo-shop.example", -1180, None),
    ("Dimitris Papadakis", StaffRole.TECHNICIAN, "dimitris@demo-shop.example", -700, None),
)

_S = StepAnchor.SALE
_W = StepAnchor.WARRANTY_END
_THANKS = (FollowUpKind.CALL, "Thank-you call", _S, 3, None, None, AssigneeRule.SELLER)
_SATISFACTION = (FollowUpKind.SATISFACTION, "Satisfaction check", _S, 30, None, None, AssigneeRule.SALES)
_WARRANTY = (
    FollowUpKind.WARRANTY_NOTICE,
    "Warranty ends in 30 days",
    _W,
    -30,
    None,
    None,
    AssigneeRule.SALES,
)
_YEARLY = (
    FollowUpKind.SERVICE_REMINDER,
    "Yearly service reminder",
    _S,
    365,
    12,
    3,
    AssigneeRule.TECHNICIAN,
)

_PLANS: Final = (
    # name, description, active, steps (kind, title, anchor, offset days, every months, limit, assignee)
    (
        "Phone aftercare",
        "Thank the customer, check they are happy after a month, warn them before the warranty ends.",
        True,
        (_THANKS, _SATISFACTION, _WARRANTY),
    ),
    (
        "Computer aftercare",
        "Thank-you call, satisfaction check, and a call before the warranty ends.",
        True,
        (_THANKS, _SATISFACTION, _WARRANTY),
    ),
    (
        "Appliance aftercare",
        "Thank-you call, satisfaction check, warranty notice and a yearly service reminder (3 years).",
        True,
        (
            _THANKS,
            _SATISFACTION,
            (
                FollowUpKind.WARRANTY_NOTICE,
                "Warranty ends in 30 days",
                _W,
                -30,
                None,
                None,
                AssigneeRule.OWNER,
            ),
            _YEARLY,
        ),
    ),
    (
        "Bike aftercare",
        "Free check after running-in, warranty notice and a yearly service reminder (3 years).",
        True,
        (
            _THANKS,
            (
                FollowUpKind.SERVICE_REMINDER,
                "Free first service after running-in",
                _S,
                45,
                None,
                None,
                AssigneeRule.TECHNICIAN,
            ),
            _WARRANTY,
            _YEARLY,
        ),
    ),
    ("Tool aftercare", "One satisfaction check a month after the sale.", True, (_SATISFACTION,)),
    ("Thank-you call only", "A single call three days after the sale.", True, (_THANKS,)),
    (
        "Old phone plan (2022)",
        "Replaced by 'Phone aftercare'; kept for the history of old follow-ups.",
        False,
        ((FollowUpKind.CALL, "Call one week after the sale", _S, 7, None, None, AssigneeRule.SELLER),),
    ),
)

_CATEGORIES: Final = (
    # name, default warranty months, default plan
    ("Phones", 24, "Phone aftercare"),
    ("Appliances", 24, "Appliance aftercare"),
    ("Bikes", 24, "Bike aftercare"),
    ("Computers", 24, "Computer aftercare"),
    ("Tools", 12, "Tool aftercare"),
    ("Accessories", 12, None),
)


@dataclass(frozen=True, slots=True)
class _P:
    """A catalogue line, with what the generator needs to know about it."""

    sku: str
    name: str
    category: str
    price: int
    months: int | None = None  # None: the category's default
    serial: bool = False
    plan: str | None = None  # None: the category's default
    since: int = -1200  # first day it was sold
    retired_day: int | None = None  # last day it was sold, if it is retired
    on_site: bool = False  # repaired at the customer's home
    tac: str = ""  # phones: type allocation code, the first 8 digits of the IMEI
    weight: int = 10


_PRODUCTS: Final = (
    _P("PH-SGA15", "Samsung Galaxy A15 128 GB", "Phones", 19900, serial=True, tac="35332811", weight=16),
    _P("PH-IP13", "Apple iPhone 13 128 GB", "Phones", 62900, serial=True, tac="35467210", weight=12),
    _P("PH-IP15", "Apple iPhone 15 128 GB", "Phones", 86900, serial=True, tac="35870312", since=-480),
    _P("PH-RN13", "Xiaomi Redmi Note 13 256 GB", "Phones", 24900, serial=True, tac="86420305", since=-600),
    _P("PH-PX8", "Google Pixel 8 128 GB", "Phones", 59900, 24, serial=True, tac="35209117", since=-520),
    _P(
        "PH-FP5", "Fairphone 5 256 GB", "Phones", 69900, 60, serial=True, tac="35781544", since=-800, weight=4
    ),
    _P("PH-DORO", "Doro 8100 senior phone", "Phones", 17900, serial=True, tac="35160233", weight=6),
    _P("PH-G22", "Nokia G22 64 GB", "Phones", 14900, serial=True, tac="35998807", retired_day=-400, weight=8),
    _P("AP-WM8", "Bosch Serie 4 washing machine 8 kg", "Appliances", 54900, serial=True, on_site=True),
    _P("AP-DW", "Miele G 5110 dishwasher", "Appliances", 69900, serial=True, on_site=True, weight=7),
    _P("AP-FF", "Samsung RB34 fridge-freezer", "Appliances", 62900, serial=True, on_site=True, weight=7),
    _P("AP-VAC", "Dyson V11 cordless vacuum", "Appliances", 49900, serial=True, weight=8),
    _P("AP-COF", "De'Longhi Magnifica S coffee machine", "Appliances", 37900, serial=True, weight=12),
    _P("AP-AF", "Philips Airfryer XL", "Appliances", 13900, 24, serial=True, weight=9),
    _P("BK-CITY", "Gazelle Esprit city bike", "Bikes", 74900, serial=True, weight=14),
    _P("BK-EBK", "Riese & Müller Charger4 e-bike", "Bikes", 529900, serial=True, weight=6),
    _P("BK-MTB", "Cube Aim mountain bike", "Bikes", 69900, serial=True),
    _P("BK-KID", "Kids' bike 20 inch", "Bikes", 27900, serial=True, weight=8),
    _P("BK-ROAD", "Giant Contend road bike", "Bikes", 99900, serial=True, weight=5),
    _P("PC-TP14", "Lenovo ThinkPad E14", "Computers", 89900, serial=True, weight=12),
    _P("PC-MBA", "Apple MacBook Air 13 M2", "Computers", 119900, serial=True, since=-700),
    _P("PC-CB", "Acer Chromebook 314", "Computers", 32900, 12, serial=True, weight=6),
    _P("PC-DESK", "HP Pavilion desktop", "Computers", 74900, serial=True, weight=5),
    _P("PC-MON", "Dell 24 inch monitor", "Computers", 18900, 36, serial=True, weight=8),
    _P("TL-DRL", "Bosch GSR 18V cordless drill", "Tools", 12900, 24, weight=14),
    _P("TL-GRD", "Makita angle grinder 125 mm", "Tools", 8900),
    _P("TL-PW", "Kärcher K4 pressure washer", "Tools", 27900, 24, weight=8),
    _P("TL-SAW", "Stihl MS 170 chainsaw", "Tools", 24900, weight=6),
    _P("TL-SET", "Hand tool set 108 pieces", "Tools", 5900, 0, weight=8),
    _P("AC-CHG", "USB-C charger 25 W", "Accessories", 2490),
    _P("AC-SP", "Screen protector, fitted", "Accessories", 1990, 0),
    _P("AC-CASE", "Phone case", "Accessories", 1990, 0),
    _P("AC-BUDS", "Wireless earbuds", "Accessories", 7990, plan="Thank-you call only"),
    _P("AC-WATCH", "Smartwatch", "Accessories", 19900, 24, plan="Thank-you call only", weight=6),
    _P("AC-HELM", "Bike helmet", "Accessories", 5990),
    _P("AC-LOCK", "Bike lock, folding", "Accessories", 6990),
    _P("AC-BAG", "Laptop bag 14 inch", "Accessories", 3990),
    _P("AC-MOUSE", "Wireless mouse", "Accessories", 2490),
    _P("AC-HDMI", "HDMI cable 2 m", "Accessories", 990, 0),
    _P("AC-DESC", "Descaling kit", "Accessories", 1490, 0, weight=5),
    _P("AC-OLD", "Wired earphones", "Accessories", 1490, 12, retired_day=-700, weight=5),
)

# Units customers bring in that were bought elsewhere (their serials come from their own ranges).
_FOREIGN_UNITS: Final = (
    _P("X-S21", "Samsung Galaxy S21 (bought elsewhere)", "Phones", 0, serial=True, tac="35298710"),
    _P("X-IP11", "Apple iPhone 11 (bought elsewhere)", "Phones", 0, serial=True, tac="35391110"),
    _P("X-P30", "Huawei P30 (bought elsewhere)", "Phones", 0, serial=True, tac="86754203", weight=5),
    _P("X-LAT", "Dell Latitude laptop (bought elsewhere)", "Computers", 0, serial=True),
    _P("X-WPL", "Whirlpool washing machine (bought elsewhere)", "Appliances", 0, serial=True, on_site=True),
    _P("X-NES", "Nespresso coffee machine (bought elsewhere)", "Appliances", 0, serial=True),
    _P("X-TRK", "Trek city bike (bought elsewhere)", "Bikes", 0, serial=True),
    _P("X-BDK", "Black+Decker drill (bought elsewhere)", "Tools", 0, serial=True, weight=6),
)

_MAIN_CATEGORY_WEIGHTS: Final = {
    False: (
        ("Phones", 33),
        ("Accessories", 15),
        ("Computers", 11),
        ("Appliances", 15),
        ("Bikes", 13),
        ("Tools", 13),
    ),
    True: (
        ("Phones", 40),
        ("Computers", 30),
        ("Accessories", 10),
        ("Appliances", 8),
        ("Tools", 10),
        ("Bikes", 2),
    ),
}

_MAIN_CATEGORIES: Final = {
    business: (tuple(name for name, _ in pairs), tuple(weight for _, weight in pairs))
    for business, pairs in _MAIN_CATEGORY_WEIGHTS.items()
}

# Add-ons sold with a main product: a catalogue SKU, or "*key" for a free-text line.
_ADDONS: Final = {
    "Phones": (("AC-CASE", 0.5), ("AC-SP", 0.4), ("AC-CHG", 0.2), ("*transfer", 0.15)),
    "Computers": (("AC-BAG", 0.3), ("AC-MOUSE", 0.4), ("*setup", 0.25)),
    "Bikes": (("AC-HELM", 0.4), ("AC-LOCK", 0.5)),
    "Appliances": (("*delivery", 0.5), ("*takeback", 0.15), ("AC-DESC", 0.15)),
    "Tools": (),
    "Accessories": (),
}
_FREE_TEXT: Final = {
    "*transfer": ("Data transfer from the old phone", 2900),
    "*setup": ("Set-up and e-mail accounts", 4900),
    "*delivery": ("Delivery and installation", 4900),
    "*takeback": ("Take-back of the old appliance", 0),
}

_PROCEDURES: Final = (
    (
        "Lost phone / duplicate SIM",
        "A customer lost their phone or it was stolen: protect the line, then get them a new SIM.",
        True,
        (
            "Verify the customer's identity (ID card or passport)",
            "Block the line with the operator",
            "Order the duplicate SIM",
            "Promise an activation date and record it as a promise",
            "Collect the signed request and a copy of the ID",
        ),
    ),
    (
        "Device not charging",
        "Phones, laptops, e-bike batteries and cordless tools that no longer charge.",
        True,
        (
            "Try a known-good charger and cable",
            "Inspect and clean the charging port",
            "Check the battery health and charge cycles",
            "Charge for 15 minutes and note the current drawn",
            "Decide: clean, replace the port, or replace the battery",
        ),
    ),
    (
        "Annual maintenance",
        "The yearly service of a bike or an appliance.",
        True,
        (
            "Clean and inspect the unit",
            "Check wear parts and replace where needed",
            "Update the firmware or adjust the settings",
            "Test run",
            "Tell the customer the date of the next service",
        ),
    ),
    (
        "Intake form (paper, 2022)",
        "The old paper intake form, before the checklist moved into the app.",
        False,
        ("Fill in the paper form", "Staple the form to the unit"),
    ),
)


@dataclass(frozen=True, slots=True)
class _Case:
    """A typical repair: what the customer says, what the technician finds, what it takes."""

    problem: str
    diagnosis: str
    work_done: str
    parts: tuple[tuple[str, int, int, str], ...]  # description, unit cost, unit price, quantity
    hours: tuple[str, ...]
    fits: tuple[str, ...] = ()  # the SKUs it happens to; empty: every product of the category
    not_covered: str | None = None  # why the warranty does not pay, even while it runs
    procedure: str | None = None
    exchangeable: bool = False
    weight: int = 10


_DROP = "Accidental damage (drop) is not covered by the warranty"
_WEAR = "Wear parts and servicing are not covered by the warranty"
_LIQUID = "Liquid damage is not covered by the warranty"
_LAPTOPS = ("PC-TP14", "PC-MBA", "PC-CB", "X-LAT")
_COMPUTERS = (*_LAPTOPS, "PC-DESK")
_WASHERS = ("AP-WM8", "AP-DW", "X-WPL")
_COFFEE = ("AP-COF", "X-NES")
_CHARGING = "Device not charging"

_CASES: Final = {
    "Phones": (
        _Case(
            "Screen cracked after a drop",
            "Display assembly broken; frame and cameras intact",
            "Replaced the display assembly; tested touch, cameras and sensors",
            (("Display assembly", 8500, 14900, "1"),),
            ("0.75", "1.00"),
            not_covered=_DROP,
            weight=30,
        ),
        _Case(
            "Battery drains within a few hours",
            "Battery health at 71 %; the cell is slightly swollen",
            "Replaced the battery; ran a full charge cycle test",
            (("Battery", 2200, 5900, "1"),),
            ("0.50", "0.75"),
            exchangeable=True,
            weight=20,
        ),
        _Case(
            "Does not charge any more",
            "Charging port blocked with lint; contacts worn",
            "Cleaned the port and replaced the charging flex; charges at full speed",
            (("Charging port flex cable", 900, 3900, "1"),),
            ("0.50", "0.75"),
            procedure=_CHARGING,
            weight=20,
        ),
        _Case(
            "No sound from the earpiece during calls",
            "Earpiece speaker faulty",
            "Replaced the earpiece speaker; test call OK",
            (("Earpiece speaker", 700, 2900, "1"),),
            ("0.50",),
            exchangeable=True,
        ),
        _Case(
            "Restarts by itself several times a day",
            "System files corrupted after a failed update",
            "Reinstalled the system and restored the customer's backup",
            (),
            ("1.00", "1.50"),
            exchangeable=True,
        ),
        _Case(
            "Fell in water",
            "Liquid damage indicators triggered; corrosion on the board",
            "Cleaned the board in the ultrasonic bath and replaced the battery",
            (("Battery", 2200, 5900, "1"),),
            ("1.50", "2.00"),
            not_covered=_LIQUID,
            weight=6,
        ),
    ),
    "Computers": (
        _Case(
            "Laptop does not charge",
            "Charger fine; DC-in board faulty",
            "Replaced the DC-in board",
            (("DC-in board", 1500, 4900, "1"),),
            ("0.75", "1.00"),
            fits=_LAPTOPS,
            procedure=_CHARGING,
        ),
        _Case(
            "Very slow and the fan is loud",
            "Dust in the cooling system; hard disk close to failing",
            "Cleaned the cooling system, new thermal paste, cloned the disk to a new SSD",
            (("SSD 512 GB", 3500, 7900, "1"), ("Thermal paste", 100, 500, "1")),
            ("1.50", "2.00"),
            fits=_COMPUTERS,
            not_covered="Cleaning and upgrades are not warranty repairs",
            weight=14,
        ),
        _Case(
            "Several keys do not work",
            "Keyboard membrane damaged by a spill",
            "Replaced the keyboard",
            (("Keyboard", 4500, 9900, "1"),),
            ("1.00",),
            fits=_LAPTOPS,
            not_covered=_LIQUID,
        ),
        _Case(
            "Does not start, no lights at all",
            "Power circuit on the motherboard failed",
            "Replaced the motherboard",
            (("Motherboard", 18000, 29900, "1"),),
            ("1.50",),
            fits=_COMPUTERS,
            exchangeable=True,
            weight=6,
        ),
        _Case(
            "Screen flickers when the lid moves",
            "Display cable pinched in the hinge",
            "Replaced the display cable",
            (("Display cable", 1200, 3900, "1"),),
            ("1.00",),
            fits=_LAPTOPS,
        ),
        _Case(
            "No picture, the power light blinks",
            "Power board of the monitor failed",
            "Replaced the power board",
            (("Monitor power board", 2500, 5900, "1"),),
            ("0.75",),
            fits=("PC-MON",),
            exchangeable=True,
        ),
    ),
    "Appliances": (
        _Case(
            "Leaks water during the wash",
            "Door seal torn",
            "Replaced the door seal; tested a full cycle",
            (("Door seal", 2500, 5900, "1"),),
            ("1.00",),
            fits=_WASHERS,
            weight=14,
        ),
        _Case(
            "Very noisy when spinning",
            "Drum bearings worn",
            "Replaced the bearing kit and the shaft seal",
            (("Bearing kit", 4500, 8900, "1"),),
            ("2.00", "2.50"),
            fits=("AP-WM8", "X-WPL"),
        ),
        _Case(
            "Does not heat",
            "Heating element open circuit",
            "Replaced the heating element",
            (("Heating element", 3200, 6900, "1"),),
            ("1.00",),
            fits=(*_WASHERS, *_COFFEE, "AP-AF"),
            exchangeable=True,
        ),
        _Case(
            "Annual maintenance and descaling",
            "Limescale build-up; seals gone hard",
            "Descaled, replaced the seals, cleaned the unit",
            (("Seal kit", 800, 2400, "1"), ("Descaling agent", 400, 1490, "1")),
            ("0.75", "1.00"),
            fits=_COFFEE,
            not_covered=_WEAR,
            procedure="Annual maintenance",
            weight=20,
        ),
        _Case(
            "Control panel does not respond",
            "Control board faulty",
            "Replaced the control board and updated the firmware",
            (("Control board", 9000, 16900, "1"),),
            ("1.00", "1.50"),
            fits=(*_WASHERS, "AP-FF", "AP-AF"),
            exchangeable=True,
            weight=6,
        ),
        _Case(
            "Does not cool enough",
            "Thermostat faulty; gas charge fine",
            "Replaced the thermostat; checked temperatures after 24 hours",
            (("Thermostat", 2800, 5900, "1"),),
            ("1.00",),
            fits=("AP-FF",),
        ),
        _Case(
            "Loses suction",
            "Cyclone clogged and the filter worn out",
            "Cleaned the cyclone and replaced the filter",
            (("Filter", 1200, 2990, "1"),),
            ("0.50",),
            fits=("AP-VAC",),
            not_covered=_WEAR,
        ),
        _Case(
            "Battery runs out after five minutes",
            "Battery worn: 40 % of its capacity left",
            "Replaced the battery",
            (("Vacuum battery", 4500, 8900, "1"),),
            ("0.25",),
            fits=("AP-VAC",),
            procedure=_CHARGING,
            exchangeable=True,
        ),
    ),
    "Bikes": (
        _Case(
            "Annual service",
            "Chain stretched; brake pads at 20 %",
            "Full service: drivetrain cleaned and oiled, new chain and brake pads, gears adjusted",
            (("Chain", 1500, 2990, "1"), ("Brake pads (pair)", 800, 1990, "2")),
            ("1.00", "1.50"),
            not_covered=_WEAR,
            procedure="Annual maintenance",
            weight=25,
        ),
        _Case(
            "Brakes squeal and feel soft",
            "Pads glazed; air in the hydraulic line",
            "Replaced the pads and bled the brakes",
            (("Brake pads (pair)", 800, 1990, "2"),),
            ("0.75",),
            not_covered=_WEAR,
        ),
        _Case(
            "Gears skip under load",
            "Chain and cassette worn",
            "Replaced the chain and the cassette; adjusted the derailleur",
            (("Chain", 1500, 2990, "1"), ("Cassette 9-speed", 2500, 4990, "1")),
            ("0.75", "1.00"),
            not_covered=_WEAR,
        ),
        _Case(
            "E-bike battery does not charge",
            "Battery management system fault",
            "Replaced the battery",
            (("E-bike battery 500 Wh", 42000, 64900, "1"),),
            ("0.50",),
            fits=("BK-EBK",),
            procedure=_CHARGING,
            exchangeable=True,
            weight=30,
        ),
        _Case(
            "Rear wheel buckled after hitting a kerb",
            "Rim bent; three spokes broken",
            "Rebuilt the rear wheel on a new rim",
            (("Rim", 2500, 4900, "1"), ("Spoke", 50, 150, "3")),
            ("1.50",),
            not_covered="Accidental damage is not covered by the warranty",
            weight=6,
        ),
    ),
    "Tools": (
        _Case(
            "Stops under load",
            "Carbon brushes worn out",
            "Replaced the carbon brushes and cleaned the motor",
            (("Carbon brushes (pair)", 600, 1900, "1"),),
            ("0.50",),
            fits=("TL-DRL", "TL-GRD", "X-BDK"),
            not_covered=_WEAR,
        ),
        _Case(
            "Battery does not hold a charge",
            "One dead cell in the battery pack",
            "Replaced the battery pack",
            (("Battery pack 18 V", 3500, 7900, "1"),),
            ("0.25",),
            fits=("TL-DRL", "X-BDK"),
            procedure=_CHARGING,
            exchangeable=True,
        ),
        _Case(
            "Loses pressure after a few minutes",
            "Pump seals worn",
            "Replaced the pump seals",
            (("Pump seal kit", 1200, 3500, "1"),),
            ("1.00",),
            fits=("TL-PW",),
        ),
        _Case(
            "Cuts crooked and smokes",
            "Chain blunt; guide bar worn on one side",
            "Replaced the chain and the guide bar; adjusted the oiler",
            (("Saw chain", 1500, 2990, "1"), ("Guide bar", 2500, 4490, "1")),
            ("0.50",),
            fits=("TL-SAW",),
            not_covered=_WEAR,
        ),
    ),
}

_SIM_CASE: Final = _Case(
    "Phone lost; the line must be blocked and a duplicate SIM ordered",
    "Identity checked; line blocked with the operator",
    "Duplicate SIM activated and handed over",
    (("Duplicate SIM card", 500, 1500, "1"),),
    ("0.25",),
    procedure="Lost phone / duplicate SIM",
)

_ACCESSORIES_LEFT: Final = {
    "Phones": ("None", "Case", "Case and charger", "SIM removed by the customer", "Charger and cable"),
    "Computers": ("Charger", "Charger and bag", "None", "Charger and mouse"),
    "Appliances": ("None", "Power cable", "Removable parts in a bag"),
    "Bikes": ("None", "Lock key", "Bag and lights"),
    "Tools": ("Battery and charger", "Case", "None"),
}
_CONDITIONS: Final = (
    "Good condition",
    "Light scratches",
    "Scratches on the back",
    "Dent on one corner",
    "Very dirty",
    "Like new",
    "Worn, used daily",
)

# Job workflows: (status, fewest days, most days) after the previous step.
_PATHS: Final[dict[str, tuple[tuple[JobStatus, int, int], ...]]] = {
    "standard": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.REPAIRING, 0, 2),
        (JobStatus.READY, 0, 2),
        (JobStatus.COLLECTED, 0, 6),
    ),
    "parts": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_PARTS, 0, 1),
        (JobStatus.REPAIRING, 3, 25),
        (JobStatus.READY, 0, 2),
        (JobStatus.COLLECTED, 0, 6),
    ),
    "quote": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_CUSTOMER, 0, 1),
        (JobStatus.REPAIRING, 1, 8),
        (JobStatus.READY, 0, 2),
        (JobStatus.COLLECTED, 0, 6),
    ),
    "declined": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_CUSTOMER, 0, 1),
        (JobStatus.CANCELLED, 2, 14),
    ),
    "nofault": ((JobStatus.DIAGNOSING, 0, 2), (JobStatus.READY, 1, 3), (JobStatus.COLLECTED, 0, 6)),
    "exchange": (
        (JobStatus.DIAGNOSING, 0, 2),
        (JobStatus.WAITING_PARTS, 0, 1),
        (JobStatus.READY, 3, 10),
        (JobStatus.COLLECTED, 0, 4),
    ),
    "sim": ((JobStatus.WAITING_PARTS, 0, 0), (JobStatus.READY, 1, 3), (JobStatus.COLLECTED, 0, 3)),
}
_PROMISED_DAYS: Final = {
    "standard": 3,
    "parts": 3,
    "quote": 4,
    "declined": 4,
    "nofault": 3,
    "exchange": 5,
    "sim": 2,
}
_SLIP_REASONS: Final = {
    "standard": (
        "More damage found once the unit was opened",
        "Technician off sick for two days",
        "More repairs in the queue than planned",
    ),
    "parts": (
        "The part is on back-order at the supplier",
        "The supplier sent the wrong part",
        "The part was damaged in transit; a new one is on its way",
    ),
    "quote": ("Waiting for the customer to approve the quote", "Customer asked for time to decide"),
    "declined": ("Waiting for the customer to approve the quote",),
    "nofault": ("The fault is intermittent; testing for longer",),
    "exchange": (
        "The manufacturer is still processing the exchange",
        "The replacement unit has not been delivered yet",
    ),
    "sim": (
        "The operator needs another day to activate the SIM",
        "The ID copy was unreadable; new copy asked",
    ),
}

_GENERAL_PROMISES: Final = (
    # description, fewest days, most days, reasons for moving the date, category of the linked sale
    (
        "SIM active by Friday",
        0,
        0,
        ("The operator's activation queue is full", "Porting the number takes longer"),
        "Phones",
    ),
    (
        "Order the matching case and call when it arrives",
        5,
        10,
        ("Supplier out of stock", "The carrier delayed the delivery"),
        "Phones",
    ),
    (
        "Transfer photos and contacts from the old phone",
        1,
        3,
        ("The old phone needed a new battery before the transfer", "The backup took longer than expected"),
        "Phones",
    ),
    (
        "Send a written quote for the office laptops",
        2,
        5,
        ("Waiting for prices from the distributor", "Distributor changed its price list"),
        None,
    ),
    (
        "Deliver and install the washing machine",
        3,
        10,
        (
            "The delivery van broke down",
            "The customer asked to move the delivery",
            "Need a second person for the stairs",
        ),
        "Appliances",
    ),
    (
        "Refund the price difference after the promotion",
        3,
        7,
        ("Refunds are processed on Mondays only", "The bank transfer was rejected; new account number asked"),
        None,
    ),
    (
        "Call back with the price of a 3-year extended warranty",
        1,
        3,
        ("The insurer has not answered yet",),
        None,
    ),
    (
        "Set up the e-mail accounts on the new laptop",
        1,
        4,
        ("The customer's password reset is still pending",),
        "Computers",
    ),
    ("Adjust the gears after the first 100 km", 7, 21, ("The workshop is fully booked this week",), "Bikes"),
)

_VOID_REASONS: Final = (
    "Entered twice by mistake",
    "Customer changed their mind before leaving the shop",
    "Wrong customer selected",
    "Card payment refused",
    "Wrong product scanned",
)
_SALE_NOTES: Final = (
    "Paid by card",
    "Paid in cash",
    "Delivered on Saturday morning",
    "Old phone left with us for recycling",
    "Invoice to the company address",
    "Gift: gift receipt printed",
)
_CUSTOMER_NOTES: Final = (
    "Prefers calls after 17:00",
    "Hard of hearing: speak slowly and clearly",
    "Pays by bank transfer",
    "Speaks little French; English is fine",
    "Daughter handles the repairs; ask for her",
    "Regular since the shop opened",
    "Always asks for the invoice by e-mail",
)
_ARCHIVE_NOTES: Final = ("Moved abroad", "Moved to another city", "Business closed", "Asked to be archived")

_THANKS_OUTCOMES: Final = (
    "Customer happy with the purchase",
    "Explained how to set up the backup",
    "Left a voicemail; customer called back, all fine",
    "Customer asked about a case; offered 10 % off",
    "All good; customer will recommend us",
    "Answered a question about the settings",
)
_WARRANTY_OUTCOMES: Final = (
    "Reminded of the warranty end; not interested in an extension",
    "Customer booked a check before the warranty ends",
    "Sold a one-year warranty extension",
    "Customer reported a small issue; asked them to bring it in",
)
_SERVICE_OUTCOMES: Final = (
    "Service booked for next week",
    "Customer will come in spring",
    "Customer declined; services it themselves",
    "Reminder sent; customer thanked us",
)
_RECOVERY_OUTCOMES: Final = (
    "Apologised and offered a free check; customer satisfied",
    "Replaced the charger as a goodwill gesture",
    "Customer still unhappy; owner will call again",
    "Gave a voucher for the next purchase",
)
_JOB_CALL_OUTCOMES: Final = (
    "Unit working fine since the repair",
    "Customer very pleased with the repair",
    "Customer reports the problem is back; asked to bring it in",
)
_SKIP_OUTCOMES: Final = (
    "No answer after three tries",
    "Customer asked not to be called",
    "Customer moved away",
    "Already handled in another call",
)
_LOW_COMMENTS: Final = (
    "Screen scratched within a week",
    "Waited too long at the counter",
    "Found it cheaper online afterwards",
    "The set-up was not explained",
    "Delivery came two days late",
    "The seller was in a hurry",
)
_MID_COMMENTS: Final = ("OK, but the battery could be better", "Fine, a bit expensive", None, None)
_HIGH_COMMENTS: Final = ("Very helpful staff", "Great advice", None, None, None, None)

# Everyday contacts: channel, direction, summary, link to the last sale, needs consent to be sent
_CONTACTS: Final = (
    (Channel.CALL, Direction.INBOUND, "Asked about the opening hours on Sunday", False, False),
    (Channel.CALL, Direction.INBOUND, "Asked if a new model is in stock", False, False),
    (Channel.CALL, Direction.INBOUND, "Asked for a copy of the invoice", True, False),
    (Channel.CALL, Direction.INBOUND, "Asked how long a screen repair takes", False, False),
    (Channel.CALL, Direction.INBOUND, "Asked what the old phone is worth as a trade-in", False, False),
    (Channel.EMAIL, Direction.INBOUND, "Sent a photo of a scratch on the screen", True, False),
    (Channel.EMAIL, Direction.INBOUND, "Asked for the invoice with the company's VAT number", True, False),
    (
        Channel.MESSAGE,
        Direction.INBOUND,
        "Asked whether the shop is open on the public holiday",
        False,
        False,
    ),
    (Channel.MESSAGE, Direction.INBOUND, "Asked how to pair the earbuds", True, False),
    (Channel.EMAIL, Direction.OUTBOUND, "Sent the copy of the invoice", True, False),
    (Channel.EMAIL, Direction.OUTBOUND, "Sent the spring promotion", False, True),
    (Channel.MESSAGE, Direction.OUTBOUND, "Told the customer the ordered item has arrived", False, False),
    (Channel.IN_STORE, Direction.INBOUND, "Came in to compare laptops; will come back", False, False),
    (Channel.IN_STORE, Direction.INBOUND, "Asked for advice on a bike for their child", False, False),
    (Channel.IN_STORE, Direction.INBOUND, "Had the settings of the phone explained", True, False),
    (Channel.VISIT, Direction.OUTBOUND, "Visited to set up the printer and the Wi-Fi", False, False),
)

# ------------------------------------------------------------------------------------ names and places


def _fold(text_value: str) -> str:
    """Plain lowercase ASCII for e-mail addresses: ``Łukasz Wójcik`` -> ``lukasz wojcik``."""
    special = str.maketrans(
        {"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D", "œ": "oe"}
    )
    decomposed = unicodedata.normalize("NFKD", text_value.translate(special))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _firsts(spec: str) -> tuple[tuple[str, str, bool], ...]:
    """``"Zoé:f, Γιώργος=Giorgos:m"`` -> ``(("Zoé", "zoe", True), ("Γιώργος", "giorgos", False))``."""
    out = []
    for entry in spec.split(","):
        names, gender = entry.strip().rsplit(":", 1)
        display, _, roman = names.partition("=")
        out.append((display, _fold(roman or display), gender == "f"))
    return tuple(out)


def _lasts(spec: str) -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    """``"Nowak, Dvořák/Dvořáková"`` -> male and female forms, each (display, roman)."""
    out = []
    for entry in spec.split(","):
        forms = []
        for form in entry.strip().split("/"):
            display, _, roman = form.partition("=")
            forms.append((display, roman or display))
        male = forms[0]
        out.append((male, forms[1] if len(forms) > 1 else male))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Locale:
    weight: int
    order: str  # "w": First Last; "cjk": family name first, no space; "ja": family name first; "vi"
    native: bool  # written in a non-Latin script (sometimes typed in Latin letters instead)
    firsts: tuple[tuple[str, str, bool], ...]
    lasts: tuple[tuple[tuple[str, str], tuple[str, str]], ...]
    phones: tuple[str, ...]  # formats for a number from home; "#" is a digit


_LOCALES: Final = (
    _Locale(
        22,
        "w",
        False,
        _firsts(
            "Élodie:f, Léa:f, Chloé:f, Zoé:f, Amélie:f, Inès:f, Maëlle:f, Céline:f, Anaïs:f, Thérèse:f, "
            "François:m, Jérôme:m, Théo:m, Loïc:m, Noël:m, Benoît:m, Gaëtan:m, Raphaël:m, Stéphane:m, "
            "Mathéo:m"
        ),
        _lasts(
            "Lefèvre, Dubois, Moreau, Girard, Lambert, Fontaine, Rousseau, Mercier, Bélanger, Gauthier, "
            "Lemaître, Duchêne, Péron, Leroy, Dupont, Martin, Bernard, Petit, Laurent, Deschênes"
        ),
        ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##"),
    ),
    _Locale(
        9,
        "w",
        False,
        _firsts("Sofie:f, Lotte:f, Anouk:f, Fien:f, Eline:f, Jens:m, Pieter:m, Bram:m, Wout:m, Ruben:m"),
        _lasts(
            "Janssens, Peeters, Maes, Jacobs, Willems, Claes, Goossens, Wouters, De Smet, Van den Broeck, "
            "Vermeulen, D'Hondt"
        ),
        ("+31 6 ########", "06-########"),
    ),
    _Locale(
        6,
        "w",
        False,
        _firsts("Käthe:f, Sophie:f, Franziska:f, Jürgen:m, Günther:m, Björn:m, Jörg:m, Lukas:m, Sören:m"),
        _lasts("Müller, Schröder, Weiß, Groß, Köhler, Schäfer, Krämer, Böhm, Weber, Fuchs, Hoffmann, Strauß"),
        ("+49 151 ########", "0151 ########", "+49 30 ########"),
    ),
    _Locale(
        7,
        "w",
        False,
        _firsts(
            "María:f, Ángela:f, Begoña:f, Lucía:f, Nuria:f, Rocío:f, José:m, Íñigo:m, Martín:m, Andrés:m"
        ),
        _lasts("García, Muñoz, Pérez, Gómez, Sánchez, Núñez, Ibáñez, Rodríguez, Fernández, Castaño"),
        ("+34 6## ## ## ##", "+34 6## ### ###"),
    ),
    _Locale(
        4,
        "w",
        False,
        _firsts("Inês:f, Conceição:f, Luísa:f, Beatriz:f, João:m, Gonçalo:m, Sebastião:m, Tomás:m"),
        _lasts("Gonçalves, Simões, Magalhães, Araújo, Fernandes, Brandão"),
        ("+351 91# ### ###",),
    ),
    _Locale(
        5,
        "w",
        False,
        _firsts("Giulia:f, Chiara:f, Francesca:f, Alessandro:m, Lorenzo:m, Niccolò:m, Matteo:m"),
        _lasts("Rossi, Bianchi, Esposito, Ricci, Colombo, Romano, Galli, Fabbri, D'Angelo"),
        ("+39 3## ### ####",),
    ),
    _Locale(
        7,
        "w",
        False,
        _firsts(
            "Małgorzata:f, Agnieszka:f, Żaneta:f, Bożena:f, Zofia:f, Łukasz:m, Zbigniew:m, Krzysztof:m, "
            "Wojciech:m, Paweł:m, Grzegorz:m, Jędrzej:m"
        ),
        _lasts(
            "Nowak, Wójcik, Kowalczyk, Woźniak, Mazur, Krawczyk, Kaczmarek, Zając, Król, Wróbel, "
            "Kowalski/Kowalska, Wiśniewski/Wiśniewska, Dąbrowski/Dąbrowska"
        ),
        ("+48 5## ### ###", "+48 6## ### ###"),
    ),
    _Locale(
        2,
        "w",
        False,
        _firsts("Tereza:f, Lucie:f, Kateřina:f, Jiří:m, Petr:m, Tomáš:m"),
        _lasts("Dvořák/Dvořáková, Novák/Nováková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová"),
        ("+420 6## ### ###",),
    ),
    _Locale(
        4,
        "w",
        True,
        _firsts(
            "Γιώργος=Giorgos:m, Δημήτρης=Dimitris:m, Νίκος=Nikos:m, Γιάννης=Giannis:m, Μαρία=Maria:f, "
            "Ελένη=Eleni:f, Κατερίνα=Katerina:f, Σοφία=Sofia:f"
        ),
        _lasts(
            "Παπαδόπουλος=Papadopoulos/Παπαδοπούλου=Papadopoulou, Οικονόμου=Oikonomou, "
            "Γεωργίου=Georgiou, Νικολάου=Nikolaou, Παπαδάκης=Papadakis/Παπαδάκη=Papadaki"
        ),
        ("+30 69# ### ####",),
    ),
    _Locale(
        4,
        "w",
        True,
        _firsts(
            "Алексей=Aleksei:m, Дмитрий=Dmitrii:m, Сергей=Sergei:m, Иван=Ivan:m, Наталья=Natalia:f, "
            "Ольга=Olga:f, Екатерина=Ekaterina:f, Анна=Anna:f"
        ),
        _lasts(
            "Иванов=Ivanov/Иванова=Ivanova, Смирнов=Smirnov/Смирнова=Smirnova, "
            "Кузнецов=Kuznetsov/Кузнецова=Kuznetsova, Попов=Popov/Попова=Popova, "
            "Соколов=Sokolov/Соколова=Sokolova, Волков=Volkov/Волкова=Volkova"
        ),
        ("+7 9## ###-##-##", "+7 (9##) ###-##-##"),
    ),
    _Locale(
        3,
        "w",
        True,
        _firsts(
            "Олександр=Oleksandr:m, Тарас=Taras:m, Богдан=Bohdan:m, Оксана=Oksana:f, Ірина=Iryna:f, "
            "Юлія=Yuliia:f"
        ),
        _lasts(
            "Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, Ткаченко=Tkachenko, "
            "Мельник=Melnyk"
        ),
        ("+380 6# ### ## ##", "+380 9# ### ## ##"),
    ),
    _Locale(
        5,
        "cjk",
        True,
        _firsts(
            "伟=Wei:m, 强=Qiang:m, 磊=Lei:m, 建国=Jianguo:m, 晓明=Xiaoming:m, 芳=Fang:f, 静=Jing:f, 娜=Na:f, "
            "秀英=Xiuying:f, 丽=Li:f"
        ),
        _lasts("王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang, 赵=Zhao, 吴=Wu, 周=Zhou"),
        ("+86 13# #### ####", "+86 15# #### ####"),
    ),
    _Locale(
        2,
        "ja",
        True,
        _firsts(
            "太郎=Taro:m, 翔=Sho:m, 大輔=Daisuke:m, 健=Ken:m, "
            "花子=Hanako:f, 陽菜=Hina:f, 結衣=Yui:f, さくら=Sakura:f"
        ),
        _lasts("佐藤=Sato, 鈴木=Suzuki, 高橋=Takahashi, 田中=Tanaka, 渡辺=Watanabe, 伊藤=Ito, 山本=Yamamoto"),
        ("+81 90-####-####", "+81 80-####-####"),
    ),
    _Locale(
        1,
        "cjk",
        True,
        _firsts("민준=Minjun:m, 도윤=Doyun:m, 서연=Seoyeon:f, 지우=Jiwoo:f"),
        _lasts("김=Kim, 이=Lee, 박=Park, 최=Choi"),
        ("+82 10-####-####",),
    ),
    _Locale(
        7,
        "w",
        True,
        _firsts(
            "محمد=Mohammed:m, أحمد=Ahmed:m, يوسف=Youssef:m, عمر=Omar:m, خالد=Khaled:m, فاطمة=Fatima:f, "
            "ليلى=Layla:f, مريم=Maryam:f, نور=Nour:f, سلمى=Salma:f"
        ),
        _lasts(
            "حداد=Haddad, منصور=Mansour, الخطيب=El Khatib, بنعلي=Benali, العمري=El Amri, صالح=Saleh, "
            "ناصر=Nasser, التازي=Tazi"
        ),
        ("+212 6##-######", "+212 6## ## ## ##"),
    ),
    _Locale(
        4,
        "vi",
        False,
        _firsts("Lan:f, Hương:f, Thảo:f, Ngọc:f, Minh:m, Tuấn:m, Dũng:m, Quang:m"),
        _lasts("Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng"),
        ("+84 9# ### ## ##", "+84 ## ### ####"),
    ),
    _Locale(
        4,
        "w",
        False,
        _firsts("Ayşe:f, Çağla:f, Şule:f, Özge:f, Mehmet:m, Gökhan:m, Emre:m, İbrahim:m"),
        _lasts("Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan"),
        ("+90 5## ### ## ##",),
    ),
    _Locale(
        4,
        "w",
        False,
        _firsts("Emily:f, Charlotte:f, Siobhán:f, Niamh:f, Oliver:m, Jack:m, Harry:m, Seán:m"),
        _lasts("Smith, O'Brien, Johnson, Taylor, Murphy, Walsh, Clarke"),
        ("+44 20 7946 0###", "+44 7700 900###", "(555) 010-####", "+1 555-010-####"),
    ),
    _Locale(
        2,
        "w",
        True,
        _firsts("आरव=Aarav:m, राहुल=Rahul:m, प्रिया=Priya:f, अनन्या=Ananya:f"),
        _lasts("शर्मा=Sharma, पटेल=Patel, गुप्ता=Gupta, सिंह=Singh"),
        ("+91 9#### #####",),
    ),
)
_LOCALE_WEIGHTS: Final = tuple(locale.weight for locale in _LOCALES)

# Most customers live near the shop and give a Belgian number, typed every way people type them.
_LOCAL_PHONES: Final = (
    "+32 47# ## ## ##",
    "047# ## ## ##",
    "048#/##.##.##",
    "049# ## ## ##",
    "+32 49# ## ## ##",
    "0032 47# ## ## ##",
    "02 ### ## ##",
    "+32 2 ### ## ##",
    "0475######",
)

_STREETS: Final = (
    "Rue de la Loi",
    "Avenue Louise",
    "Chaussée de Wavre",
    "Rue Haute",
    "Boulevard Anspach",
    "Rue du Marché aux Herbes",
    "Kerkstraat",
    "Rue Royale",
    "Avenue des Arts",
    "Place Flagey",
    "Rue Sainte-Catherine",
    "Rue de Flandre",
    "Rue Neuve",
    "Chaussée d'Ixelles",
    "Avenue de la Toison d'Or",
    "Rue des Éperonniers",
    "Steenweg op Gent",
    "Rue Émile Féron",
)
_PLACES: Final = (
    ("1000", "Bruxelles"),
    ("1050", "Ixelles"),
    ("1060", "Saint-Gilles"),
    ("1030", "Schaerbeek"),
    ("1080", "Molenbeek-Saint-Jean"),
    ("1190", "Forest"),
    ("1200", "Woluwe-Saint-Lambert"),
    ("1180", "Uccle"),
    ("1040", "Etterbeek"),
    ("1070", "Anderlecht"),
    ("1150", "Woluwe-Saint-Pierre"),
    ("1090", "Jette"),
)
_BUSINESS_KINDS: Final = (
    "Boulangerie",
    "Garage",
    "Cabinet dentaire",
    "Plomberie",
    "Menuiserie",
    "Épicerie",
    "Taxis",
    "Pharmacie",
    "Atelier",
    "Studio",
    "Café",
    "Restaurant",
    "Transports",
    "Électricité",
    "Fleuriste",
    "Bureau d'architecture",
)
_LEGAL_FORMS: Final = ("SRL", "SA", "SRL", "ASBL", "", "SComm")
_MAIL_DOMAINS: Final = ("example.com", "example.org", "example.net", "mail.example", "post.example")

_OPEN: Final = 7 * 60  # 08:00 in Brussels in winter, in minutes after midnight UTC
_CLOSE: Final = 17 * 60 + 30
_DAY: Final = 24 * 60
_VISIT_SLOTS: Final = (7 * 60, 8 * 60 + 30, 10 * 60, 12 * 60, 13 * 60 + 30, 15 * 60)
_LABOUR_COST: Final = 2800  # per hour, what the technician costs the shop
_LABOUR_PRICE: Final = 6500  # per hour, what the customer pays


def _cases_for(spec: _P) -> tuple[_Case, ...]:
    return tuple(case for case in _CASES.get(spec.category, ()) if not case.fits or spec.sku in case.fits)


def _luhn_digit(payload: str) -> str:
    """The check digit that makes ``payload + digit`` pass the Luhn test (IMEIs use it)."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def _normalize(raw: str) -> str:
    """E.164 as the app stores it, read with the sample shop's country (Belgium); digits if unreadable."""
    try:
        return normalize_phone(raw, DEMO_COUNTRY).e164
    except ValidationError:
        digits = "".join(ch for ch in raw if ch.isdigit())
        return "+" + digits if raw.startswith("+") else digits


_BASE36: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# -------------------------------------------------------------------------------------- the generator


@dataclass(frozen=True, slots=True)
class _Product:
    id: int | None  # None for units bought elsewhere
    spec: _P
    months: int  # effective warranty in months, 0 for none
    steps: tuple[tuple[Any, ...], ...]  # effective plan steps, with their ids first
    cases: tuple[_Case, ...]  # what can go wrong with it; nothing: it never comes back for repair


@dataclass(slots=True)
class _Unit:
    """A sold item that may come back for service."""

    item_id: int
    product: _Product
    serial: str | None
    sale_day: int
    warranty_end: date | None


@dataclass(slots=True)
class _Sale:
    id: int
    day: int
    t: int
    seller: int
    category: str


@dataclass(slots=True)
class _Customer:
    id: int
    t0: int
    since: int
    last_day: int  # the last day with activity (the day before today, or the day of archiving)
    archived_t: int | None
    rich: bool
    business: bool
    email: str | None
    address: str | None
    consent: bool
    sales: list[_Sale] = field(default_factory=list)
    units: list[_Unit] = field(default_factory=list)


_B = TypeVar("_B", bound="_Builder")
_A = ParamSpec("_A")


def _isolated(method: Callable[Concatenate[_B, _A], None]) -> Callable[Concatenate[_B, _A], None]:
    """Run ``method`` on a random stream of its own, seeded by one draw from the current stream.

    A follow-up, job or promise makes date-dependent choices (is it already due? is the warranty still
    running?) that draw more or fewer numbers. Isolating it keeps the rest of the customer's history, and
    every later customer, the same whatever ``today`` is.
    """

    @functools.wraps(method)
    def isolated(self: _B, /, *args: _A.args, **kwargs: _A.kwargs) -> None:
        outer = self.rng
        self.rng = random.Random(outer.getrandbits(64))
        try:
            method(self, *args, **kwargs)
        finally:
            self.rng = outer

    return isolated


class _Builder:
    """Generates rows table by table; times are whole minutes relative to midnight UTC of ``today``."""

    def __init__(self, *, seed: int, today: date, customers: int) -> None:
        self.seed = seed
        self.n = customers
        self.today_ordinal = today.toordinal()
        self.base = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.rng = random.Random(seed)
        self.rows: dict[str, list[Row]] = {name: [] for name in _TABLES}
        self.ids: dict[str, int] = dict.fromkeys(_TABLES, 0)
        self.staff: list[tuple[int, StaffRole, int, int]] = []  # id, role, first day, last day
        self.owner = 1
        self.products: dict[str, _Product] = {}
        self.by_category: dict[str, list[_Product]] = {}
        self.foreign: list[_Product] = []
        self.procedures: dict[str, tuple[int, tuple[str, ...]]] = {}
        self.serials: dict[str, tuple[int, int, int]] = {}  # sku -> (next up, next down, offset)
        rich_count = max(2, round(customers / 60)) if customers >= 10 else 1
        # Long-standing customers, among the older half of the file so that they have years of history.
        self.rich = {(k * customers * 3) // (5 * rich_count) for k in range(rich_count)}

    # ---------------------------------------------------------------------------------- helpers

    def nid(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def dt(self, t: int) -> datetime:
        return self.base + timedelta(minutes=t)

    def date_of(self, day: int) -> date:
        return date.fromordinal(self.today_ordinal + day)

    def day_of(self, when: date) -> int:
        return when.toordinal() - self.today_ordinal

    def shop_t(self, day: int) -> int:
        """A moment during opening hours on ``day``."""
        return day * _DAY + self.rng.randint(_OPEN, _CLOSE)

    def later(self, t: int, days: int) -> int:
        """A moment ``days`` days after ``t`` (the same day: a little later), during opening hours."""
        if days <= 0:
            moved = t + self.rng.randint(10, 150)
            if moved % _DAY <= _CLOSE:
                return moved
            days = 1
        return self.shop_t(t // _DAY + days)

    def pick_staff(self, role: StaffRole, day: int) -> int:
        """Someone with ``role`` employed on ``day`` (days after today: someone still employed)."""
        ids = [sid for sid, r, first, last in self.staff if r == role and first <= day <= last]
        return self.rng.choice(ids) if ids else self.owner

    def assignee(self, rule: AssigneeRule, seller: int | None, day: int) -> int:
        """Who a follow-up due on ``day`` goes to; the seller's calls go to the owner once they left."""
        if rule is AssigneeRule.SELLER and seller is not None:
            still_here = any(sid == seller and first <= day <= last for sid, _, first, last in self.staff)
            return seller if still_here else self.owner
        if rule is AssigneeRule.SALES:
            return self.pick_staff(StaffRole.SALES, day)
        if rule is AssigneeRule.TECHNICIAN:
            return self.pick_staff(StaffRole.TECHNICIAN, day)
        return self.owner

    def serial(self, product: _Product, *, replacement: bool = False) -> str:
        """A serial no other unit has: a per-product counter scrambled by a bijection of its range.

        Units sold count up from the bottom of the range, replacement units down from its top, so that
        an exchange (which depends on dates) never moves the serials of the units sold after it.
        """
        spec = product.spec
        up, down, offset = self.serials[spec.sku]
        counter = down if replacement else up
        self.serials[spec.sku] = (up, down - 1, offset) if replacement else (up + 1, down, offset)
        if spec.tac:
            body = spec.tac + f"{(counter * 387_163 + offset) % 1_000_000:06d}"
            return body + _luhn_digit(body)
        value = (counter * 7_777_777 + offset) % 36**7
        chars = []
        for _ in range(7):
            value, digit = divmod(value, 36)
            chars.append(_BASE36[digit])
        return spec.sku.replace("-", "") + "".join(reversed(chars))

    def add(self, table: str, row: Row) -> None:
        self.rows[table].append(row)

    def flush(self, session: Session) -> None:
        for name in _TABLES:
            rows = self.rows[name]
            if rows:
                session.execute(insert(_table(name)), rows)
                rows.clear()

    def summary(self) -> DemoSummary:
        ids = self.ids
        return DemoSummary(
            customers=ids["customer"],
            staff=ids["staff"],
            products=ids["product"],
            sales=ids["sale"],
            sale_items=ids["sale_item"],
            follow_ups=ids["follow_up"],
            promises=ids["promise"],
            promise_changes=ids["promise_change"],
            jobs=ids["service_job"],
            visits=ids["visit"],
            job_lines=ids["job_line"],
            interactions=ids["interaction"],
        )

    # -------------------------------------------------------------------------------- catalogue

    def catalogue(self) -> None:
        rng = self.rng
        for name, role, email, first, last in _STAFF:
            sid = self.nid("staff")
            self.staff.append((sid, role, first, last if last is not None else 1 << 30))
            if role is StaffRole.OWNER:
                self.owner = sid
            created = self.dt(first * _DAY + 8 * 60)
            self.add(
                "staff",
                {
                    "id": sid,
                    "name": name,
                    "initials": initials_of(name),
                    "email": email,
                    "active": last is None,
                    "retired_at": None if last is None else self.dt(last * _DAY + 18 * 60),
                    "created_at": created,
                },
            )
            self.add("staff_role", {"staff_id": sid, "role": role})
        opened = self.dt(-1200 * _DAY + 8 * 60)
        plan_ids: dict[str, int] = {}
        plan_steps: dict[str, tuple[tuple[Any, ...], ...]] = {}
        for name, description, active, steps in _PLANS:
            pid = self.nid("follow_up_plan")
            plan_ids[name] = pid
            row = {
                "id": pid,
                "name": name,
                "description": description,
                "active": active,
                "created_at": opened,
            }
            self.add("follow_up_plan", row)
            with_ids = []
            for position, (kind, title, anchor, offset, every, limit, rule) in enumerate(steps):
                step_id = self.nid("follow_up_plan_step")
                with_ids.append((step_id, kind, title, anchor, offset, every, limit, rule))
                self.add(
                    "follow_up_plan_step",
                    {
                        "id": step_id,
                        "plan_id": pid,
                        "position": position,
                        "kind": kind,
                        "title": title,
                        "anchor": anchor,
                        "offset_days": offset,
                        "repeat_every_months": every,
                        "repeat_limit": limit,
                        "assignee_rule": rule,
                    },
                )
            plan_steps[name] = tuple(with_ids)
        categories: dict[str, tuple[int, int, str | None]] = {}
        for name, months, plan in _CATEGORIES:
            cid = self.nid("product_category")
            categories[name] = (cid, months, plan)
            self.add(
                "product_category",
                {
                    "id": cid,
                    "name": name,
                    "default_warranty_months": months,
                    "default_plan_id": plan_ids[plan] if plan else None,
                },
            )
        for spec in _PRODUCTS:
            product_id = self.nid("product")
            cat_id, cat_months, cat_plan = categories[spec.category]
            plan = spec.plan or cat_plan
            product = _Product(
                product_id,
                spec,
                spec.months if spec.months is not None else cat_months,
                plan_steps[plan] if plan else (),
                _cases_for(spec),
            )
            self.products[spec.sku] = product
            self.by_category.setdefault(spec.category, []).append(product)
            size = 1_000_000 if spec.tac else 36**7
            self.serials[spec.sku] = (0, size - 1, rng.randrange(size))
            self.add(
                "product",
                {
                    "id": product_id,
                    "sku": spec.sku,
                    "name": spec.name,
                    "category_id": cat_id,
                    "price_minor": spec.price,
                    "default_warranty_months": spec.months,
                    "default_plan_id": plan_ids[spec.plan] if spec.plan else None,
                    "serial_required": spec.serial,
                    "retired": spec.retired_day is not None,
                    "created_at": self.dt(spec.since * _DAY + 8 * 60),
                },
            )
        for spec in _FOREIGN_UNITS:
            self.foreign.append(_Product(None, spec, 0, (), _cases_for(spec)))
            size = 1_000_000 if spec.tac else 36**7
            self.serials[spec.sku] = (0, size - 1, rng.randrange(size))
        for name, description, active, texts in _PROCEDURES:
            proc_id = self.nid("procedure")
            self.procedures[name] = (proc_id, texts)
            self.add("procedure", {"id": proc_id, "name": name, "description": description, "active": active})
            for position, step_text in enumerate(texts):
                self.add(
                    "procedure_step",
                    {
                        "id": self.nid("procedure_step"),
                        "procedure_id": proc_id,
                        "position": position,
                        "text": step_text,
                    },
                )

    # -------------------------------------------------------------------------------- customers

    def customer(self, index: int) -> None:
        rng = self.rng
        rng.seed(f"crm-demo:{self.seed}:{index}")
        rich = index in self.rich
        cid = self.nid("customer")
        since = -1095 + (index * 1094) // self.n  # ids follow the order customers first came in
        t0 = self.shop_t(since)
        archived_t: int | None = None
        if not rich and since < -200 and rng.random() < 0.025:
            archived_t = self.shop_t(rng.randint(since + 60, -1))
        last_day = -1 if archived_t is None else archived_t // _DAY
        business = rng.random() < (0.3 if rich else 0.11)
        locale = rng.choices(_LOCALES, weights=_LOCALE_WEIGHTS)[0]
        name, first_ascii, last_ascii, last_roman = self.person_name(locale)
        company: str | None = None
        if business:
            company = f"{rng.choice(_BUSINESS_KINDS)} {last_roman} {rng.choice(_LEGAL_FORMS)}".strip()
        email: str | None = None
        if rng.random() < (0.92 if business else 0.75):
            if business and company is not None:
                slug = "".join(ch for ch in _fold(company.split()[0] + last_roman) if ch.isalnum())
                email = f"{rng.choice(('contact', 'info', first_ascii))}@{slug}.example"
            else:
                local = rng.choice(
                    (
                        f"{first_ascii}.{last_ascii}",
                        f"{first_ascii}{last_ascii}{rng.randint(1, 99)}",
                        f"{first_ascii[:1]}{last_ascii}",
                        f"{last_ascii}.{first_ascii}{rng.randint(70, 99)}",
                    )
                )
                local = "".join(ch for ch in local if ch.isalnum() or ch in ".-")
                email = f"{local}@{rng.choice(_MAIL_DOMAINS)}"
        address = self.address() if business or rng.random() < 0.85 else None
        consent = rng.random() < (0.8 if business else 0.65)
        notes: str | None = rng.choice(_CUSTOMER_NOTES) if rng.random() < 0.06 or rich else None
        if archived_t is not None:
            notes = rng.choice(_ARCHIVE_NOTES)
        created = self.dt(t0)
        consent_asked = consent or rng.random() < 0.5
        self.add(
            "customer",
            {
                "id": cid,
                "kind": CustomerKind.BUSINESS if business else CustomerKind.PERSON,
                "name": name,
                "company": company,
                "email": email,
                "address": address,
                "notes": notes,
                "contact_consent": consent if consent_asked else None,
                "consent_recorded_at": created if consent_asked else None,
                "archived": archived_t is not None,
                "archived_at": self.dt(archived_t) if archived_t is not None else None,
                "created_at": created,
                "updated_at": self.dt(archived_t) if archived_t is not None else created,
            },
        )
        phone_count = rng.choices((0, 1, 2, 3), weights=(5, 78, 15, 2))[0]
        for position in range(phone_count):
            pattern = rng.choice(locale.phones if rng.random() < 0.15 else _LOCAL_PHONES)
            raw = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)
            label = "mobile" if position == 0 else rng.choice(("work", "home", "mobile"))
            self.add(
                "customer_phone",
                {
                    "id": self.nid("customer_phone"),
                    "customer_id": cid,
                    "label": label,
                    "number_raw": raw,
                    "number_normalized": _normalize(raw),
                    "position": position,
                },
            )
        tags = []
        if rich or rng.random() < 0.03:
            tags.append("vip")
        if business:
            tags.append("business")
        if consent and rng.random() < 0.4:
            tags.append("newsletter")
        if not business and rng.random() < 0.04:
            tags.append("student")
        if email and rng.random() < 0.08:
            tags.append("prefers-email")
        for tag in tags:
            self.add("customer_tag", {"customer_id": cid, "tag": tag})

        c = _Customer(cid, t0, since, last_day, archived_t, rich, business, email, address, consent)
        self.history(c)

    def person_name(self, locale: _Locale) -> tuple[str, str, str, str]:
        """The name as the customer wrote it; first and last name in ASCII; the last name in Latin letters."""
        rng = self.rng
        first, first_ascii, female = rng.choice(locale.firsts)
        male_form, female_form = rng.choice(locale.lasts)
        last, last_roman = female_form if female else male_form
        last_ascii = _fold(last_roman).replace(" ", "").replace("'", "")
        if locale.native and rng.random() < 0.35:  # typed in Latin letters
            name = f"{first_ascii.title()} {last_roman}"
        elif locale.order == "cjk":
            name = f"{last}{first}"
        elif locale.order == "ja":
            name = f"{last} {first}"
        elif locale.order == "vi":
            name = f"{last} {'Thị' if female else 'Văn'} {first}"
        else:
            name = f"{first} {last}"
        return name, first_ascii, last_ascii, last_roman

    def address(self) -> str:
        rng = self.rng
        postcode, city = rng.choice(_PLACES)
        number = str(rng.randint(1, 250))
        if rng.random() < 0.2:
            number += f" bte {rng.randint(1, 30)}"
        return f"{rng.choice(_STREETS)} {number}, {postcode} {city}"

    def history(self, c: _Customer) -> None:
        rng = self.rng
        span_years = (c.last_day - c.since) / 365
        if c.rich:
            n_sales = 12 + rng.randint(0, 14)
        elif c.archived_t is not None:
            n_sales = 1
        elif rng.random() < 0.08:
            n_sales = 0
        else:
            chance = 0.35 if c.business else 0.18
            n_sales = 1 + sum(1 for _ in range(int(span_years * 2)) if rng.random() < chance)
        days = sorted(rng.randint(c.since, c.last_day) for _ in range(max(0, n_sales - 1)))
        if n_sales:
            self.sale(c, c.since, c.t0 + rng.randint(3, 20))
        for day in days:
            self.sale(c, day, max(self.shop_t(day), c.t0 + 30))

        # Service jobs: for units sold here, for units bought elsewhere, for a lost phone.
        if c.archived_t is None:
            jobs: list[tuple[int, _Unit | None, _Product | None]] = []
            rate = {"Phones": 0.10, "Computers": 0.10, "Appliances": 0.15, "Bikes": 0.2, "Tools": 0.08}
            for unit in c.units:
                chance = rate.get(unit.product.spec.category, 0) if unit.product.cases else 0
                if rng.random() < chance * (3 if c.rich else 1):
                    # a quarter of the jobs are recent: the workshop is busy with this month's work
                    day = -rng.randint(1, 35) if rng.random() < 0.25 else unit.sale_day + rng.randint(14, 900)
                    if unit.sale_day + 7 <= day <= -1:
                        jobs.append((day, unit, None))
            foreign = 0
            if n_sales == 0:
                foreign = 1 if rng.random() < 0.55 else 0
            elif rng.random() < 0.03:
                foreign = 1
            if c.rich:
                foreign += max(0, 3 - len(jobs))
            for k in range(foreign):
                day = c.since if k == 0 and n_sales == 0 else rng.randint(c.since, -1)
                jobs.append(
                    (day, None, rng.choices(self.foreign, weights=[p.spec.weight for p in self.foreign])[0])
                )
            phones = [u for u in c.units if u.product.spec.category == "Phones"]
            if phones and rng.random() < (0.5 if c.rich else 0.015):
                jobs.append((rng.randint(phones[0].sale_day, -1), None, None))
            jobs.sort(key=lambda job: job[0])
            for day, sold, bought_elsewhere in jobs:
                self.job(c, day, sold, bought_elsewhere)

        # Promises that are not about a repair.
        n_promises = rng.randint(3, 5) if c.rich else (1 if rng.random() < 0.08 else 0)
        if c.archived_t is not None:
            n_promises = 0
        for k in range(n_promises):
            self.general_promise(c, forced_slips=c.rich and k == 0)

        # Everyday contacts.
        mean = span_years * (12 if c.rich else 0.9)
        count = int(mean) + (1 if rng.random() < mean - int(mean) else 0)
        for _ in range(count):
            channel, direction, summary, link, needs_consent = rng.choice(_CONTACTS)
            if needs_consent and not c.consent:
                continue
            if channel is Channel.EMAIL and c.email is None:
                channel = Channel.CALL
            if channel is Channel.VISIT and not c.business:
                channel, direction = Channel.IN_STORE, Direction.INBOUND
            day = rng.randint(c.since, c.last_day)
            t = max(self.shop_t(day), c.t0 + 5)
            sale_id = None
            if link:
                earlier = [s for s in c.sales if s.t < t]
                sale_id = earlier[-1].id if earlier else None
            staff = self.pick_staff(StaffRole.SALES if rng.random() < 0.8 else StaffRole.OWNER, day)
            self.interaction(c.id, t, channel, direction, staff, summary, sale_id=sale_id)

    # ------------------------------------------------------------------------------------ sales

    def sale(self, c: _Customer, day: int, t: int) -> None:
        rng = self.rng
        sid = self.nid("sale")
        seller = self.owner if rng.random() < 0.12 else self.pick_staff(StaffRole.SALES, day)
        categories, weights = _MAIN_CATEGORIES[c.business]
        category = rng.choices(categories, weights=weights)[0]
        lines: list[tuple[_Product | None, str, int, int]] = []  # product, description, quantity, price
        main = self.pick_product(category, day)
        if category == "Accessories":
            lines.append((main, main.spec.name, 1, main.spec.price))
            if rng.random() < 0.3:
                other = self.pick_product(category, day)
                if other is not main:
                    lines.append((other, other.spec.name, rng.choice((1, 1, 2)), other.spec.price))
        else:
            units = (
                rng.randint(2, 5)
                if c.business and category in ("Phones", "Computers") and rng.random() < 0.3
                else 1
            )
            price = main.spec.price
            if rng.random() < 0.1:
                price = price * (100 - rng.choice((5, 10, 15))) // 100 // 100 * 100
            lines.extend((main, main.spec.name, 1, price) for _ in range(units))
            for key, chance in _ADDONS[category]:
                if rng.random() < chance:
                    if key.startswith("*"):
                        description, free_price = _FREE_TEXT[key]
                        lines.append((None, description, 1, free_price))
                    else:
                        addon = self.products[key]
                        if addon.spec.retired_day is None or day <= addon.spec.retired_day:
                            lines.append((addon, addon.spec.name, rng.choice((1, 1, 1, 2)), addon.spec.price))
        voided_t = t + rng.randint(5, 90) if rng.random() < 0.015 else None
        sale_date = self.date_of(day)
        self.add(
            "sale",
            {
                "id": sid,
                "number": -sid,  # final numbers are given in date order once every sale is written
                "customer_id": c.id,
                "sale_date": sale_date,
                "staff_id": seller,
                "notes": rng.choice(_SALE_NOTES) if rng.random() < 0.08 else None,
                "status": SaleStatus.VOID if voided_t is not None else SaleStatus.ACTIVE,
                "voided_at": self.dt(voided_t) if voided_t is not None else None,
                "void_reason": rng.choice(_VOID_REASONS) if voided_t is not None else None,
                "created_at": self.dt(t),
                "updated_at": self.dt(voided_t if voided_t is not None else t),
            },
        )
        sale = _Sale(sid, day, t, seller, category)
        if voided_t is None:
            c.sales.append(sale)
        planned: set[str] = set()
        for position, (product, description, quantity, price) in enumerate(lines):
            item_id = self.nid("sale_item")
            serial = None
            start = end = None
            override = None
            if product is not None:
                if product.spec.serial:
                    serial = self.serial(product)
                if product.months > 0:
                    start = sale_date
                    months = product.months
                    if product.spec.serial and rng.random() < 0.01:
                        months += 12
                        override = "Extended warranty bought at the counter: one more year"
                    end = warranty_end(start, months)  # the app's own rule, as a recorded sale gets
            self.add(
                "sale_item",
                {
                    "id": item_id,
                    "sale_id": sid,
                    "position": position,
                    "product_id": product.id if product is not None else None,
                    "description": description,
                    "serial": serial,
                    "quantity": quantity,
                    "unit_price_minor": price,
                    "warranty_start": start,
                    "warranty_end": end,
                    "warranty_override_reason": override,
                },
            )
            if product is None:
                continue
            if voided_t is None and product.spec.category != "Accessories":
                c.units.append(_Unit(item_id, product, serial, day, end))
            if product.steps and product.spec.sku not in planned:
                planned.add(product.spec.sku)  # one set of calls per product per sale, not per unit
                self.plan_follow_ups(c, sale, item_id, product, sale_date, end, voided_t)
        summary = f"Bought {lines[0][1]}"
        if len(lines) > 1:
            summary += f" and {len(lines) - 1} more item{'s' if len(lines) > 2 else ''}"
        self.interaction(c.id, t, Channel.IN_STORE, Direction.INBOUND, seller, summary, sale_id=sid)

    def pick_product(self, category: str, day: int) -> _Product:
        candidates = [
            p
            for p in self.by_category[category]
            if p.spec.since <= day and (p.spec.retired_day is None or day <= p.spec.retired_day)
        ]
        return self.rng.choices(candidates, weights=[p.spec.weight for p in candidates])[0]

    # ------------------------------------------------------------------------------- follow-ups

    def plan_follow_ups(
        self,
        c: _Customer,
        sale: _Sale,
        item_id: int,
        product: _Product,
        sale_date: date,
        warranty_end: date | None,
        voided_t: int | None,
    ) -> None:
        for step_id, kind, title, anchor, offset, every, limit, rule in product.steps:
            if anchor is StepAnchor.WARRANTY_END:
                if warranty_end is None:
                    continue
                first = warranty_end + timedelta(days=offset)
                if first <= sale_date:
                    continue
            else:
                first = sale_date + timedelta(days=offset)
            for occurrence in range(1, (limit or 1) + 1 if every else 2):
                due = first if occurrence == 1 else add_months(first, every * (occurrence - 1))
                self.follow_up(
                    c,
                    kind=kind,
                    title=title,
                    due_day=self.day_of(due),
                    rule=rule,
                    seller=sale.seller,
                    created_t=sale.t,
                    sale_id=sale.id,
                    item_id=item_id,
                    step_id=step_id,
                    occurrence=occurrence,
                    cancelled_t=voided_t,
                )

    @_isolated
    def follow_up(
        self,
        c: _Customer,
        *,
        kind: FollowUpKind,
        title: str,
        due_day: int,
        created_t: int,
        assignee: int | None = None,
        rule: AssigneeRule = AssigneeRule.OWNER,
        seller: int | None = None,
        sale_id: int | None = None,
        item_id: int | None = None,
        job_id: int | None = None,
        step_id: int | None = None,
        occurrence: int = 1,
        cancelled_t: int | None = None,
    ) -> None:
        rng = self.rng
        fid = self.nid("follow_up")
        if assignee is None:
            assignee = self.assignee(rule, seller, due_day)
        status = FollowUpStatus.OPEN
        outcome = comment = None
        satisfaction: int | None = None
        done_t: int | None = None
        done_by: int | None = None
        if cancelled_t is None and c.archived_t is not None and due_day >= c.archived_t // _DAY:
            cancelled_t = c.archived_t
        if cancelled_t is None and due_day < 0:
            draw = rng.random()
            open_share, done_share = (0.25, 0.85) if due_day >= -45 else (0.01, 0.9)
            if draw < open_share:
                status = FollowUpStatus.OPEN  # overdue: someone has to make this call
            else:
                status = FollowUpStatus.DONE if draw < done_share else FollowUpStatus.SKIPPED
                delay_draw = rng.random()
                delay = (
                    0 if delay_draw < 0.7 else rng.randint(1, 3) if delay_draw < 0.95 else rng.randint(4, 10)
                )
                done_day = min(due_day + delay, -1)
                done_t = max(self.shop_t(done_day), created_t + 30)
                done_by = assignee if rng.random() < 0.9 else self.owner
        if status is FollowUpStatus.OPEN and cancelled_t is None and c.archived_t is not None:
            cancelled_t = c.archived_t  # archiving a customer cancels what was still to do
        if cancelled_t is not None:
            status = FollowUpStatus.CANCELLED
        if status is FollowUpStatus.DONE:
            if kind is FollowUpKind.SATISFACTION:
                satisfaction = rng.choices((5, 4, 3, 2, 1), weights=(50, 30, 10, 6, 4))[0]
                if satisfaction <= 2:
                    comment = rng.choice(_LOW_COMMENTS)
                elif satisfaction == 3:
                    comment = rng.choice(_MID_COMMENTS)
                else:
                    comment = rng.choice(_HIGH_COMMENTS)
                outcome = f"Rated {satisfaction} out of 5" + (f": {comment}" if comment else "")
            elif kind is FollowUpKind.WARRANTY_NOTICE:
                outcome = rng.choice(_WARRANTY_OUTCOMES)
            elif kind is FollowUpKind.SERVICE_REMINDER:
                outcome = rng.choice(_SERVICE_OUTCOMES)
            elif kind is FollowUpKind.RECOVERY:
                outcome = rng.choice(_RECOVERY_OUTCOMES)
            elif job_id is not None:
                outcome = rng.choice(_JOB_CALL_OUTCOMES)
            else:
                outcome = rng.choice(_THANKS_OUTCOMES)
        elif status is FollowUpStatus.SKIPPED:
            outcome = rng.choice(_SKIP_OUTCOMES)
        updated = done_t if done_t is not None else cancelled_t if cancelled_t is not None else created_t
        self.add(
            "follow_up",
            {
                "id": fid,
                "customer_id": c.id,
                "sale_id": sale_id,
                "sale_item_id": item_id,
                "job_id": job_id,
                "plan_step_id": step_id,
                "occurrence": occurrence,
                "kind": kind,
                "title": title,
                "due_date": self.date_of(due_day),
                "assignee_id": assignee,
                "status": status,
                "outcome": outcome,
                "satisfaction": satisfaction,
                "satisfaction_comment": comment,
                "completed_at": self.dt(done_t) if done_t is not None else None,
                "completed_by_id": done_by,
                "created_at": self.dt(created_t),
                "updated_at": self.dt(updated),
            },
        )
        if done_t is None or done_by is None or outcome is None:
            return
        if status is FollowUpStatus.DONE:
            if kind is FollowUpKind.SERVICE_REMINDER:
                channel = Channel.EMAIL if c.email and rng.random() < 0.5 else Channel.MESSAGE
            else:
                channel = Channel.CALL if rng.random() < 0.85 else Channel.MESSAGE
            self.interaction(
                c.id,
                done_t,
                channel,
                Direction.OUTBOUND,
                done_by,
                outcome,
                sale_id=sale_id,
                job_id=job_id,
                follow_up_id=fid,
            )
            if satisfaction is not None and satisfaction <= 2 and rng.random() < 0.65:
                self.follow_up(
                    c,
                    kind=FollowUpKind.RECOVERY,
                    title="Recovery call: unhappy customer",
                    due_day=done_t // _DAY + 2,
                    rule=AssigneeRule.OWNER,
                    created_t=done_t,
                    sale_id=sale_id,
                    item_id=item_id,
                )
        elif rng.random() < 0.3:
            self.interaction(
                c.id,
                done_t,
                Channel.CALL,
                Direction.OUTBOUND,
                done_by,
                "No answer",
                sale_id=sale_id,
                job_id=job_id,
                follow_up_id=fid,
            )

    # ------------------------------------------------------------------------------------ jobs

    @_isolated
    def job(self, c: _Customer, day: int, unit: _Unit | None, foreign: _Product | None) -> None:
        rng = self.rng
        jid = self.nid("service_job")
        received_t = c.t0 + rng.randint(2, 20) if day == c.since else max(self.shop_t(day), c.t0 + 5)
        technician = self.pick_staff(StaffRole.TECHNICIAN, day)
        receiver = self.pick_staff(StaffRole.SALES, day) if rng.random() < 0.6 else technician
        lost_sim = unit is None and foreign is None
        product = unit.product if unit is not None else foreign
        item_id = unit.item_id if unit is not None else None
        if lost_sim or product is None:
            category = "Phones"
            case = _SIM_CASE
            description, serial = "Duplicate SIM card (phone lost)", None
            on_site = False
            w_status, decision, w_reason = WarrantyStatus.UNKNOWN, WarrantyDecision.BILLABLE, None
        else:
            category = product.spec.category
            case = rng.choices(product.cases, weights=[k.weight for k in product.cases])[0]
            description = product.spec.name
            serial = unit.serial if unit is not None else self.serial(product)
            # big appliances are repaired at home; a business's computers at its office, often
            on_site = product.spec.on_site or (c.business and category == "Computers" and rng.random() < 0.5)
            w_reason = None
            if unit is None:
                w_status, decision = WarrantyStatus.NOT_SOLD_HERE, WarrantyDecision.BILLABLE
            elif unit.warranty_end is not None and self.date_of(day) <= unit.warranty_end:
                w_status = WarrantyStatus.COVERED
                if case.not_covered:
                    decision, w_reason = WarrantyDecision.BILLABLE, case.not_covered
                else:
                    decision = WarrantyDecision.COVERED
            else:
                w_status, decision = WarrantyStatus.EXPIRED, WarrantyDecision.BILLABLE
                recent = unit.warranty_end is not None and day - self.day_of(unit.warranty_end) <= 60
                if recent and rng.random() < 0.4:
                    decision = WarrantyDecision.GOODWILL
                    w_reason = "Warranty ended a few weeks ago; goodwill for a regular customer"
        if lost_sim:
            path = "sim"
        elif decision is WarrantyDecision.COVERED and case.exchangeable and rng.random() < 0.3:
            path = "exchange"
        else:
            path = rng.choices(
                ("standard", "parts", "quote", "declined", "nofault"), weights=(40, 30, 15, 5, 10)
            )[0]
            if decision is not WarrantyDecision.BILLABLE and path in ("quote", "declined"):
                path = "standard"
        steps = _PATHS[path]
        if steps[-1][0] is JobStatus.COLLECTED and rng.random() < 0.03:
            steps = steps[:-1]  # the customer never came back for it
        # The planned timeline, past and future; on-site jobs move at the technician's visits.
        timeline: list[tuple[JobStatus, int]] = []
        visits: list[tuple[int, int, int]] = []  # start, end, when it was booked
        t = received_t
        previous = JobStatus.RECEIVED
        for status, fewest, most in steps:
            days = rng.randint(fewest, most)
            visit_here = on_site and (
                status is JobStatus.DIAGNOSING
                or (status is JobStatus.REPAIRING and previous is not JobStatus.DIAGNOSING)
            )
            if on_site and not visit_here and status is not JobStatus.COLLECTED:
                days = 0  # on site, the work is done during the visit
            if visit_here:
                start = (t // _DAY + max(days, 1)) * _DAY + rng.choice(_VISIT_SLOTS)
                end = start + rng.choice((60, 90, 120))
                visits.append((start, end, t))
                t = end + 5
            else:
                t = self.later(t, days)
            timeline.append((status, t))
            previous = status
        applied = [(status, when) for status, when in timeline if when < 0]
        status = applied[-1][0] if applied else JobStatus.RECEIVED
        last_t = applied[-1][1] if applied else received_t
        reached = {s for s, _ in applied}
        closed_t = last_t if status in (JobStatus.COLLECTED, JobStatus.CANCELLED) else None
        replacement = None
        if (
            path == "exchange"
            and JobStatus.READY in reached
            and product is not None
            and product.id is not None
        ):
            replacement = self.serial(product, replacement=True)
        diagnosed = any(s is not JobStatus.DIAGNOSING for s in reached)  # got past the diagnosis
        work_done = None
        if JobStatus.READY in reached:
            work_done = (
                "Unit exchanged under warranty; data transferred to the new unit"
                if path == "exchange"
                else "No fault found after a day of testing; cleaned and updated"
                if path == "nofault"
                else case.work_done
            )
        elif JobStatus.CANCELLED in reached:
            work_done = "Returned unrepaired: the customer declined the quote"
        diagnosis = None
        if diagnosed:
            diagnosis = "Could not reproduce the fault" if path == "nofault" else case.diagnosis
        contact = (
            rng.choice((Channel.CALL, Channel.MESSAGE, Channel.EMAIL if c.email else Channel.CALL))
            if rng.random() < 0.7
            else None
        )
        self.add(
            "service_job",
            {
                "id": jid,
                "number": -jid,  # final numbers are given in date order at the end
                "customer_id": c.id,
                "sale_item_id": item_id,
                "unit_description": description,
                "unit_serial": serial,
                "replacement_serial": replacement,
                "reported_problem": case.problem,
                "accessories": rng.choice(_ACCESSORIES_LEFT[category])
                if not on_site and not lost_sim
                else None,
                "condition": rng.choice(_CONDITIONS) if not lost_sim else None,
                "contact_preference": contact,
                "status": status,
                "priority": rng.choices(
                    (JobPriority.LOW, JobPriority.NORMAL, JobPriority.HIGH, JobPriority.URGENT),
                    weights=(10, 70, 15 if not c.business else 30, 5),
                )[0],
                "technician_id": technician,
                "warranty_status": w_status,
                "warranty_decision": decision,
                "warranty_reason": w_reason,
                "diagnosis": diagnosis,
                "work_done": work_done,
                "received_at": self.dt(received_t),
                "closed_at": self.dt(closed_t) if closed_t is not None else None,
                "last_action_at": self.dt(last_t),
                "created_at": self.dt(received_t),
                "updated_at": self.dt(last_t),
            },
        )
        # The status history, as the audit trail records it.
        previous = JobStatus.RECEIVED
        for new_status, when in applied:
            by = receiver if new_status in (JobStatus.COLLECTED,) else technician
            reason = "Customer declined the quote" if new_status is JobStatus.CANCELLED else None
            self.audit(when, by, "service_job", jid, "status_changed", "status", previous, new_status, reason)
            previous = new_status
        # Parts and labour, once the technician knows what is wrong.
        if diagnosed:
            covered = decision is WarrantyDecision.COVERED
            lines: list[tuple[JobLineKind, str, str, int, int]] = []
            if path == "declined":
                lines.append((JobLineKind.LABOUR, "Diagnosis", "0.50", _LABOUR_COST, _LABOUR_PRICE))
            elif path == "exchange":
                lines.append(
                    (
                        JobLineKind.LABOUR,
                        "Exchange paperwork and data transfer",
                        "0.50",
                        _LABOUR_COST,
                        _LABOUR_PRICE,
                    )
                )
            elif path == "nofault":
                lines.append(
                    (JobLineKind.LABOUR, "Testing and cleaning", "1.00", _LABOUR_COST, _LABOUR_PRICE)
                )
            else:
                for part, cost, price, quantity in case.parts:
                    lines.append((JobLineKind.PART, part, quantity, cost, price))
                labour = "Labour" if not on_site else "Labour on site"
                lines.append(
                    (JobLineKind.LABOUR, labour, rng.choice(case.hours), _LABOUR_COST, _LABOUR_PRICE)
                )
                if on_site:
                    lines.append((JobLineKind.LABOUR, "Travel", "0.50", _LABOUR_COST, _LABOUR_PRICE))
            for position, (kind, line_text, quantity, cost, price) in enumerate(lines):
                if decision is WarrantyDecision.GOODWILL and kind is JobLineKind.LABOUR:
                    price = 0  # goodwill: the shop gives the labour, the customer pays the parts
                self.add(
                    "job_line",
                    {
                        "id": self.nid("job_line"),
                        "job_id": jid,
                        "position": position,
                        "kind": kind,
                        "description": line_text,
                        "quantity": Decimal(quantity),
                        "unit_cost_minor": cost,
                        "unit_price_minor": price,
                        "covered_by_warranty": covered,
                    },
                )
        # The procedure's checklist, ticked as the work went.
        if case.procedure is not None and rng.random() < 0.8:
            proc_id, texts = self.procedures[case.procedure]
            progress = len(texts) if diagnosed else rng.randint(0, len(texts) - 1) if applied else 0
            tick_t = received_t
            for position, step_text in enumerate(texts):
                done = position < progress
                if done:
                    tick_t = min(tick_t + rng.randint(2, 40), max(last_t, received_t + 1))
                self.add(
                    "job_checklist_item",
                    {
                        "id": self.nid("job_checklist_item"),
                        "job_id": jid,
                        "procedure_id": proc_id,
                        "position": position,
                        "text": step_text,
                        "done": done,
                        "done_by_id": (receiver if lost_sim else technician) if done else None,
                        "done_at": self.dt(tick_t) if done else None,
                    },
                )
        # Visits: on-site repairs, and workshop appointments for a bike service.
        if case.procedure == "Annual maintenance" and category == "Bikes":
            visits = [(received_t, received_t + 30, max(c.t0, received_t - 3 * _DAY))]
        for number, (start, end, booked) in enumerate(visits):
            if booked >= 0:
                continue  # not booked yet
            if number == 0 and on_site and rng.random() < 0.06 and start // _DAY - 2 > received_t // _DAY:
                self.visit(
                    jid, technician, start - 2 * _DAY, end - 2 * _DAY, booked, on_site, c, cancelled=True
                )
            self.visit(jid, technician, start, end, booked, on_site, c, cancelled=False)
        # The "ready by" promise given at the counter.
        ready_t = next((when for s, when in timeline if s is JobStatus.READY), None)
        cancel_t = next((when for s, when in timeline if s is JobStatus.CANCELLED), None)
        promised_day = received_t // _DAY + _PROMISED_DAYS[path] + rng.randint(0, 2)
        if on_site and visits:
            promised_day = max(promised_day, visits[0][0] // _DAY)
        self.promise(
            c,
            kind=PromiseKind.JOB_READY,
            description=(
                "Duplicate SIM active and ready to collect"
                if lost_sim
                else f"{description.split(' (')[0]} repaired and ready"
            ),
            job_id=jid,
            sale_id=None,
            by=receiver,
            promised_t=received_t,
            due_day=promised_day,
            done_t=ready_t,
            cancelled_t=cancel_t,
            reasons=_SLIP_REASONS[path],
            forced=(4, 23) if path == "parts" and rng.random() < 0.3 else (),
        )
        # The contacts around the job.
        if on_site:
            intake = f"Called about the {description}: {case.problem.lower()}; booked a visit"
            self.interaction(c.id, received_t, Channel.CALL, Direction.INBOUND, receiver, intake, job_id=jid)
        else:
            intake = f"Brought in {description}: {case.problem.lower()}"
            self.interaction(
                c.id, received_t, Channel.IN_STORE, Direction.INBOUND, receiver, intake, job_id=jid
            )
        for new_status, when in applied:
            if new_status is JobStatus.WAITING_CUSTOMER:
                channel = Channel.EMAIL if c.email else Channel.CALL
                self.interaction(
                    c.id, when, channel, Direction.OUTBOUND, technician, "Sent the quote", job_id=jid
                )
            elif new_status is JobStatus.REPAIRING and path == "quote":
                self.interaction(
                    c.id,
                    when,
                    Channel.CALL,
                    Direction.INBOUND,
                    technician,
                    "Customer approved the quote",
                    job_id=jid,
                )
            elif new_status is JobStatus.CANCELLED:
                self.interaction(
                    c.id,
                    when,
                    Channel.CALL,
                    Direction.INBOUND,
                    receiver,
                    "Customer declined the quote",
                    job_id=jid,
                )
            elif new_status is JobStatus.READY and not on_site:
                self.interaction(
                    c.id,
                    when,
                    contact or Channel.CALL,
                    Direction.OUTBOUND,
                    technician,
                    "Told the customer the unit is ready to collect",
                    job_id=jid,
                )
            elif new_status is JobStatus.COLLECTED:
                text_value = "Repair finished on site; customer signed" if on_site else "Collected the unit"
                channel = Channel.VISIT if on_site else Channel.IN_STORE
                direction = Direction.OUTBOUND if on_site else Direction.INBOUND
                self.interaction(c.id, when, channel, direction, receiver, text_value, job_id=jid)
                if rng.random() < 0.4 and not lost_sim:
                    self.follow_up(
                        c,
                        kind=FollowUpKind.CALL,
                        title="Check the repair is holding",
                        due_day=when // _DAY + 7,
                        assignee=technician,
                        created_t=when,
                        item_id=item_id,
                        job_id=jid,
                    )

    def visit(
        self,
        job_id: int,
        technician: int,
        start: int,
        end: int,
        booked: int,
        on_site: bool,
        c: _Customer,
        *,
        cancelled: bool,
    ) -> None:
        rng = self.rng
        if cancelled:
            status, outcome = VisitStatus.CANCELLED, "Customer not at home; visit booked again"
        elif start < 0:
            status = VisitStatus.DONE
            outcome = rng.choice(
                ("Diagnosed on site; part ordered", "Repaired on site and tested", "Unit checked and tested")
                if on_site
                else ("Bike dropped off for its service",)
            )
        else:
            status, outcome = VisitStatus.SCHEDULED, None
        self.add(
            "visit",
            {
                "id": self.nid("visit"),
                "job_id": job_id,
                "technician_id": technician,
                "scheduled_start": self.dt(start),
                "scheduled_end": self.dt(end),
                "on_site": on_site,
                "address": (c.address or self.address()) if on_site else None,
                "status": status,
                "outcome": outcome,
                "created_at": self.dt(min(booked, start)),
            },
        )

    # -------------------------------------------------------------------------------- promises

    @_isolated
    def general_promise(self, c: _Customer, *, forced_slips: bool) -> None:
        rng = self.rng
        description, fewest, most, reasons, category = rng.choice(_GENERAL_PROMISES)
        if forced_slips:
            day = rng.randint(c.since, -60 if c.since < -60 else -1)
        elif c.since < -21 and rng.random() < 0.3:
            day = -rng.randint(1, 21)  # the promises still running are the ones the counter talks about
        else:
            day = rng.randint(c.since, -1)
        promised_t = max(self.shop_t(day), c.t0 + 10)
        promised_day = promised_t // _DAY
        if description == "SIM active by Friday":
            due_day = promised_day + (4 - self.date_of(promised_day).weekday()) % 7
        else:
            due_day = promised_day + rng.randint(fewest, most)
        draw = rng.random()
        if forced_slips:
            due_day = promised_day + 3
            done_day: int | None = promised_day + 30
            forced: tuple[int, ...] = (4, 23)
        else:
            forced = ()
            if draw < 0.65:
                done_day = due_day
            elif draw < 0.94:
                done_day = due_day + rng.randint(1, 25)
            else:
                done_day = None  # forgotten
        done_t = max(self.shop_t(done_day), promised_t + 10) if done_day is not None else None
        cancelled_t = None
        if not forced_slips and rng.random() < 0.04:
            cancelled_t = self.later(promised_t, rng.randint(0, 3))
        linked = [s for s in c.sales if s.t <= promised_t and (category is None or s.category == category)]
        self.promise(
            c,
            kind=PromiseKind.GENERAL,
            description=description,
            job_id=None,
            sale_id=linked[-1].id if linked and rng.random() < 0.7 else None,
            by=self.pick_staff(StaffRole.SALES, promised_day),
            promised_t=promised_t,
            due_day=due_day,
            done_t=done_t,
            cancelled_t=cancelled_t,
            reasons=reasons,
            forced=forced,
        )

    def promise(
        self,
        c: _Customer,
        *,
        kind: PromiseKind,
        description: str,
        job_id: int | None,
        sale_id: int | None,
        by: int,
        promised_t: int,
        due_day: int,
        done_t: int | None,
        cancelled_t: int | None,
        reasons: Sequence[str],
        forced: tuple[int, ...],
    ) -> None:
        """A dated commitment; moved (at most three times) while the work runs later than promised."""
        rng = self.rng
        pid = self.nid("promise")
        original = current = due_day
        last_t = promised_t
        done_day = done_t // _DAY if done_t is not None else None
        moves = 0
        first_reason = 0 if forced else rng.randrange(len(reasons))
        while done_day is not None and done_day > current and moves < 3:
            change_day = max(current - rng.randint(0, 1), last_t // _DAY)
            change_t = max(self.shop_t(change_day), last_t + 10)
            if change_t >= 0 or (cancelled_t is not None and change_t >= cancelled_t):
                break  # that call has not happened (yet)
            step = forced[moves] if moves < len(forced) else rng.choice((2, 4, 7, 14, 23))
            new = current + step
            reason = reasons[(first_reason + moves) % len(reasons)]
            changer = by if rng.random() < 0.5 else self.owner
            self.add(
                "promise_change",
                {
                    "id": self.nid("promise_change"),
                    "promise_id": pid,
                    "old_date": self.date_of(current),
                    "new_date": self.date_of(new),
                    "reason": reason,
                    "changed_by_id": changer,
                    "changed_at": self.dt(change_t),
                },
            )
            self.audit(
                change_t,
                changer,
                "promise",
                pid,
                "date_changed",
                "due_date",
                self.date_of(current).isoformat(),
                self.date_of(new).isoformat(),
                reason,
            )
            self.interaction(
                c.id,
                change_t,
                Channel.CALL,
                Direction.OUTBOUND,
                changer,
                f"Called to move the date: {reason}",
                job_id=job_id,
                sale_id=sale_id,
                promise_id=pid,
            )
            current, last_t, moves = new, change_t, moves + 1
        resolved_t: int | None = None
        if cancelled_t is not None and cancelled_t < 0:
            status, resolved_t = PromiseStatus.CANCELLED, cancelled_t
        elif done_t is not None and done_t < 0 and done_day is not None:
            status = PromiseStatus.KEPT if done_day <= current else PromiseStatus.BROKEN
            resolved_t = max(done_t, last_t + 5)
            if kind is PromiseKind.GENERAL and rng.random() < 0.5:
                self.interaction(
                    c.id,
                    resolved_t,
                    Channel.MESSAGE,
                    Direction.OUTBOUND,
                    by,
                    f"Done: {description}",
                    sale_id=sale_id,
                    promise_id=pid,
                )
        else:
            status = PromiseStatus.OPEN
        self.add(
            "promise",
            {
                "id": pid,
                "customer_id": c.id,
                "kind": kind,
                "job_id": job_id,
                "sale_id": sale_id,
                "description": description,
                "promised_by_id": by,
                "promised_at": self.dt(promised_t),
                "original_due_date": self.date_of(original),
                "due_date": self.date_of(current),
                "status": status,
                "resolved_at": self.dt(resolved_t) if resolved_t is not None else None,
                "created_at": self.dt(promised_t),
                "updated_at": self.dt(max(last_t, resolved_t if resolved_t is not None else last_t)),
            },
        )

    # ------------------------------------------------------------------------- contacts, audit

    def interaction(
        self,
        customer_id: int,
        t: int,
        channel: Channel,
        direction: Direction,
        staff_id: int,
        summary: str,
        *,
        sale_id: int | None = None,
        job_id: int | None = None,
        follow_up_id: int | None = None,
        promise_id: int | None = None,
    ) -> None:
        when = self.dt(t)
        self.add(
            "interaction",
            {
                "id": self.nid("interaction"),
                "customer_id": customer_id,
                "occurred_at": when,
                "channel": channel,
                "direction": direction,
                "staff_id": staff_id,
                "summary": summary,
                "sale_id": sale_id,
                "job_id": job_id,
                "follow_up_id": follow_up_id,
                "promise_id": promise_id,
                "created_at": when,
            },
        )

    def audit(
        self,
        t: int,
        staff_id: int,
        entity: str,
        entity_id: int,
        action: str,
        field_name: str,
        old: str,
        new: str,
        reason: str | None,
    ) -> None:
        self.add(
            "audit_entry",
            {
                "id": self.nid("audit_entry"),
                "at": self.dt(t),
                "staff_id": staff_id,
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "field": field_name,
                "old_value": str(old),
                "new_value": str(new),
                "reason": reason,
            },
        )
