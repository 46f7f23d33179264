"""The Today page, the app's home: what is late, what is due, and what nobody has touched.

Sections, each with its exact count and its first ``limit`` rows. An item appears in one section only,
the most urgent it belongs to (late, then slipping, then idle, then waiting for news, then merely due):

* ``overdue`` — open follow-ups due before today, up to ``LONG_OVERDUE_DAYS`` (90) days ago, oldest
  first;
* ``due_today`` — open follow-ups due today;
* ``next_days`` — open follow-ups due in the next 7 days (tomorrow to today + 7);
* ``promises_due`` — open promises due from today to today + 7 that are in no section below;
* ``promises_broken`` — open promises past their date, and promises marked broken in the last 7 days
  (older broken promises are history, not today's work);
* ``slipping`` — open promises not yet late that moved past the date first promised, under the shop's
  rule (:mod:`crm_desktop.domain.slipping`), each with every move's reason; most moved first;
* ``waiting_for_news`` — open promises (not late, slipping or idle), open service jobs and live
  requests (not idle) whose customer has not been told anything about them for ``news.every_days``
  days (default 3): the last outgoing contact linked to the record ("Tell the customer", a call logged
  about it), else the day it was promised, taken in or asked; longest without news first;
* ``no_action`` — open promises (not late or slipping), open service jobs and live requests with no
  action for ``idle_days`` days or more: a promise's last action is its last change, a job's or a
  request's its ``last_action_at``; a contact logged against any of them in the window counts as an
  action. (Follow-ups untouched that long are overdue, and shown there.)
* ``long_overdue`` — open follow-ups due more than 90 days ago: folded away from the day's work, for a
  bulk reschedule, skip or hand-over.

Filters: ``assignee_id`` keeps what is that person's — follow-ups assigned to them, promises they
made, jobs they are the technician of, requests they own; ``kinds`` keeps item kinds (``follow_up``,
``promise``, ``job``, ``request``); ``follow_up_kinds`` keeps follow-ups of those kinds (call,
satisfaction...).

Speed: a fixed number of statements whatever the number of rows, none per row, and only the rows listed
ever reach Python. The follow-up sections (and the promises marked broken) are ranges of
``ix_follow_up_status_due`` / ``ix_promise_status_due``: one query counts them all, one per section lists
its first rows. The open promises, jobs and requests take one statement per kind: SQL reads what places
each record once (its dates, its number of moves, and from ``ix_interaction_*_news`` alone its last news
and whether a contact about it falls in the idle window), gives it its one section, counts each section and
returns only each section's first rows, sorted within that section. The "N days" shown for an idle row
counts from the row's own dates, not from an older contact logged against it (services that log such a
contact also touch the row). Sections list their rows oldest first: "no action" and "waiting for news" by
the instant of the last action or news (so two rows idle the same number of days keep that order).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Final, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.enums import (
    Direction,
    FollowUpKind,
    FollowUpStatus,
    JobStatus,
    PromiseStatus,
    RequestStatus,
)
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, format_number
from crm_desktop.domain.requests import LIVE as LIVE_REQUESTS
from crm_desktop.domain.requests import STATUS_TEXT as REQUEST_STATUS_TEXT
from crm_desktop.domain.slipping import SlipRule, days_late, needs_owner, parse_days, parse_rule
from crm_desktop.domain.timeline import (
    CLOSED_JOB_STATES,
    JOB_IDLE_DANGER_DAYS,
    JOB_STATUS_TEXT,
    Tone,
    idle_text,
    promise_chain,
    short_date,
)
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.services.common import count_of
from crm_desktop.services.settings import DEFAULT_NEWS_DAYS, NEWS_EVERY_DAYS, SLIPPING_DAYS, SLIPPING_RULE
from crm_desktop.storage.engine import Database
from crm_desktop.storage.expressions import days_after
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    CustomerRequest,
    FollowUp,
    Interaction,
    Promise,
    PromiseChange,
    ServiceJob,
    Setting,
    Staff,
)
from crm_desktop.storage.types import UTCDateTime

FOLLOW_UP: Final = "follow_up"
PROMISE: Final = "promise"
JOB: Final = "job"
REQUEST: Final = "request"
KINDS: Final = frozenset({FOLLOW_UP, PROMISE, JOB, REQUEST})

NEXT_DAYS: Final = 7
LONG_OVERDUE_DAYS: Final = 90
BROKEN_RECENT_DAYS: Final = 7
DEFAULT_IDLE_DAYS: Final = 14
DEFAULT_LIMIT: Final = 200

SECTION_KEYS: Final = (
    "overdue",
    "due_today",
    "next_days",
    "promises_due",
    "promises_broken",
    "slipping",
    "waiting_for_news",
    "no_action",
    "long_overdue",
)

_FOLLOW_UP_KIND_TEXT: Final = {
    FollowUpKind.CALL: N_("call"),
    FollowUpKind.MESSAGE: N_("message"),
    FollowUpKind.VISIT: N_("visit"),
    FollowUpKind.SATISFACTION: N_("satisfaction call"),
    FollowUpKind.WARRANTY_NOTICE: N_("warranty notice"),
    FollowUpKind.SERVICE_REMINDER: N_("service reminder"),
    FollowUpKind.RECOVERY: N_("recovery call"),
}


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today page. ``kind`` + ``id`` is the row; ``customer_id`` opens the customer."""

    kind: str  # follow_up, promise, job
    id: int
    customer_id: int
    customer_name: str
    title: str
    due_date: date | None  # None for a service job
    days_overdue: int  # 0 unless due before today
    assignee_name: str | None  # follow-up: assignee; promise: who promised; job: technician
    detail: str
    tone: str  # neutral, warning, danger (see crm_desktop.domain.timeline.Tone)
    days_idle: int | None = None  # "no action" rows: days since the last action
    phone: str | None = None  # the customer's first phone number, as written

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["due_date"] = self.due_date.isoformat() if self.due_date is not None else None
        return data


@dataclass(frozen=True)
class TodaySection:
    key: str
    title: str
    count: int  # every matching row, even beyond the rows listed
    items: tuple[TodayItem, ...]  # the first ``limit`` of them, most urgent first

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "count": self.count,
            "items": [item.as_dict() for item in self.items],
        }


@dataclass(frozen=True)
class TodayView:
    today: date
    idle_days: int
    overdue: TodaySection
    due_today: TodaySection
    next_days: TodaySection
    promises_due: TodaySection
    promises_broken: TodaySection
    slipping: TodaySection
    waiting_for_news: TodaySection
    no_action: TodaySection
    long_overdue: TodaySection

    @property
    def sections(self) -> tuple[TodaySection, ...]:
        return tuple(getattr(self, key) for key in SECTION_KEYS)

    def as_dict(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "idle_days": self.idle_days,
            "sections": [section.as_dict() for section in self.sections],
        }


def due_counts(database: Database, today: date) -> tuple[int, int]:
    """(overdue, due today) open follow-ups, for the banner, as the Today page counts them (the long
    overdue ones, folded away, are not in the first): one query on ``ix_follow_up_status_due``."""
    long_before = today - timedelta(days=LONG_OVERDUE_DAYS)
    with database.reading() as uow:
        overdue, due_today = uow.session.execute(
            select(
                count_of(
                    FollowUp,
                    FollowUp.status == FollowUpStatus.OPEN,
                    FollowUp.due_date < today,
                    FollowUp.due_date >= long_before,
                ),
                count_of(FollowUp, FollowUp.status == FollowUpStatus.OPEN, FollowUp.due_date == today),
            )
        ).one()
    return int(overdue), int(due_today)


def today_view(
    database: Database,
    today: date,
    *,
    assignee_id: int | None = None,
    kinds: Iterable[str] | None = None,
    follow_up_kinds: Iterable[FollowUpKind] | None = None,
    idle_days: int = DEFAULT_IDLE_DAYS,
    limit: int | None = DEFAULT_LIMIT,
    tz: tzinfo | None = None,
) -> TodayView:
    """The Today page on ``today`` (see the module docstring for the sections and filters).

    ``limit``: rows listed per section (None: all; counts are always exact). ``tz``: the shop's time
    zone, which decides the calendar day of an instant (default: the computer's).
    """
    wanted = KINDS if kinds is None else frozenset(kinds)
    unknown = wanted - KINDS
    if unknown:
        raise ValueError(f"unknown Today kinds {sorted(unknown)}; known: {sorted(KINDS)}")
    if idle_days < 1:
        raise ValueError(f"idle_days must be at least 1, not {idle_days}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must not be negative, not {limit}")
    with database.reading() as uow:
        session = uow.session
        connection = session.connection()
        q = _Query(today, assignee_id, follow_up_kinds, idle_days, tz, limit, session)
        found = _Found()
        if FOLLOW_UP in wanted:
            q.follow_ups(connection, found)
        for kind in (PROMISE, JOB, REQUEST):
            if kind in wanted:
                q.open_records(connection, kind, found)
        if PROMISE in wanted:
            q.broken_recently(connection, found)
        listed = {key: _first(found.listed(key), limit) for key in SECTION_KEYS}
        q.look_up(session, listed)
        sections = {
            key: TodaySection(
                key,
                _title(key, idle_days),
                found.counts.get(key, 0),
                tuple([q.item(key, kind, row) for kind, row in listed[key]]),
            )
            for key in SECTION_KEYS
        }
    return TodayView(today=today, idle_days=idle_days, **sections)


# --------------------------------------------------------------------------------------- internals

_T = TypeVar("_T")

_MODEL: Final[dict[str, Any]] = {
    FOLLOW_UP: FollowUp,
    PROMISE: Promise,
    JOB: ServiceJob,
    REQUEST: CustomerRequest,
}
_Where = tuple[ColumnElement[bool], ...]


def _title(key: str, idle_days: int) -> str:
    if key == "next_days":
        return ngettext("Next {count} day", "Next {count} days", NEXT_DAYS).format(count=NEXT_DAYS)
    if key == "no_action":
        return ngettext("No action for {count} day", "No action for {count} days", idle_days).format(
            count=idle_days
        )
    if key == "long_overdue":
        return ngettext(
            "Long overdue (more than {count} day)", "Long overdue (more than {count} days)", LONG_OVERDUE_DAYS
        ).format(count=LONG_OVERDUE_DAYS)
    return {
        "overdue": _("Overdue follow-ups"),
        "due_today": _("Due today"),
        "promises_due": _("Promises due"),
        "promises_broken": _("Broken promises"),
        "slipping": _("Slipping promises"),
        "waiting_for_news": _("Customers waiting for news"),
    }[key]


def _first(rows: list[_T], limit: int | None) -> list[_T]:
    return rows if limit is None else rows[:limit]


# The order each section lists its rows in, from the rows read (``kind`` first, then the row).
_ORDER: Final[dict[str, Callable[[tuple[str, Any]], Any]]] = {
    "overdue": lambda pair: (pair[1].due_date, pair[1].id),
    "due_today": lambda pair: (pair[1].customer.casefold(), pair[1].id),
    "next_days": lambda pair: (pair[1].due_date, pair[1].id),
    "long_overdue": lambda pair: (pair[1].due_date, pair[1].id),
    "promises_due": lambda pair: (pair[1].due_date, pair[1].id),
    "promises_broken": lambda pair: (pair[1].due_date, pair[1].id),
    "slipping": lambda pair: (-pair[1].moves, pair[1].due_date, pair[1].id),
    # Longest without an action (or without news) first: the oldest instant, then kind and number.
    "no_action": lambda pair: (pair[1].acted, pair[0], pair[1].id),
    "waiting_for_news": lambda pair: (pair[1].news, pair[0], pair[1].id),
}


@dataclass
class _Found:
    """What one Today page read: each section's exact count and the rows it may list (per kind, at most
    the limit of each), with the phones and move reasons of those rows."""

    counts: dict[str, int] = field(default_factory=dict)
    rows: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)

    def add(self, key: str, count: int, kind: str, rows: Iterable[Any]) -> None:
        self.counts[key] = self.counts.get(key, 0) + count
        self.rows.setdefault(key, []).extend((kind, row) for row in rows)

    def listed(self, key: str) -> list[tuple[str, Any]]:
        return sorted(self.rows.get(key, []), key=_ORDER[key])


# The statements, built once (SQLAlchemy's construction costs more than SQLite's answer for the small
# ones) with the page's values as parameters: see :attr:`_Query.params`.
_SETTINGS: Final = select(Setting.key, Setting.value).where(
    Setting.key.in_((SLIPPING_RULE, SLIPPING_DAYS, NEWS_EVERY_DAYS))
)
_PHONES: Final = (
    select(CustomerPhone.customer_id, CustomerPhone.number_raw)
    .where(CustomerPhone.customer_id.in_(bindparam("ids", expanding=True)))
    .order_by(CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.id)
)
_REASONS: Final = (
    select(PromiseChange.promise_id, PromiseChange.reason)
    .where(PromiseChange.promise_id.in_(bindparam("ids", expanding=True)))
    .order_by(PromiseChange.changed_at, PromiseChange.id)
)


def _param(name: str, type_: Any) -> Any:
    return bindparam(name, type_=type_)


def _whose(column: Any, by_person: bool) -> _Where:
    return (column == _param("assignee", Integer()),) if by_person else ()


def _limited(stmt: Any, limited: bool) -> Any:
    return stmt.limit(_param("limit", Integer())) if limited else stmt


@functools.cache
def _follow_up_statements(by_person: bool, by_kind: bool, limited: bool) -> tuple[Any, dict[str, Any]]:
    """The follow-up sections' counts (one statement) and first rows (one per section)."""
    conditions: list[ColumnElement[bool]] = [FollowUp.status == FollowUpStatus.OPEN]
    conditions += _whose(FollowUp.assignee_id, by_person)
    if by_kind:
        conditions.append(FollowUp.kind.in_(bindparam("follow_up_kinds", expanding=True)))
    today, long_before = _param("today", Date()), _param("long_before", Date())
    ranges: dict[str, _Where] = {
        "overdue": (FollowUp.due_date < today, FollowUp.due_date >= long_before),
        "due_today": (FollowUp.due_date == today,),
        "next_days": (FollowUp.due_date > today, FollowUp.due_date <= _param("horizon", Date())),
        "long_overdue": (FollowUp.due_date < long_before,),
    }
    counting = select(*(count_of(FollowUp, *conditions, *where) for where in ranges.values()))
    staff = aliased(Staff)
    listing = {
        key: _limited(
            select(
                FollowUp.id,
                FollowUp.customer_id,
                FollowUp.title,
                FollowUp.kind,
                FollowUp.due_date,
                Customer.name.label("customer"),
                staff.name.label("owner"),
            )
            .join(Customer, Customer.id == FollowUp.customer_id)
            .outerjoin(staff, staff.id == FollowUp.assignee_id)
            .where(*conditions, *where)
            .order_by(FollowUp.due_date, FollowUp.id),
            limited,
        )
        for key, where in ranges.items()
    }
    return counting, listing


@functools.cache
def _broken_statements(by_person: bool, limited: bool) -> tuple[Any, Any]:
    """The promises marked broken in the last days: their count, and their first rows."""
    where = (
        Promise.status == PromiseStatus.BROKEN,
        Promise.resolved_at >= _param("broken_since", UTCDateTime()),
        *_whose(Promise.promised_by_id, by_person),
    )
    staff = aliased(Staff)
    listing = (
        select(*_columns(PROMISE), Customer.name.label("customer"), staff.name.label("owner"))
        .join(Customer, Customer.id == Promise.customer_id)
        .outerjoin(staff, staff.id == Promise.promised_by_id)
        .where(*where)
        .order_by(Promise.due_date, Promise.id)
    )
    return select(func.count()).select_from(Promise).where(*where), _limited(listing, limited)


def _columns(kind: str) -> tuple[Any, ...]:
    """The columns a row of ``kind`` is shown with."""
    if kind == PROMISE:
        return (
            Promise.id,
            Promise.customer_id,
            Promise.description,
            Promise.status,
            Promise.due_date,
            Promise.original_due_date,
        )
    if kind == JOB:
        return (
            ServiceJob.id,
            ServiceJob.customer_id,
            ServiceJob.number,
            ServiceJob.unit_description,
            ServiceJob.status,
        )
    return (
        CustomerRequest.id,
        CustomerRequest.customer_id,
        CustomerRequest.number,
        CustomerRequest.summary,
        CustomerRequest.status,
    )


def _slipping(rule: SlipRule, first: Any, due: Any, moves: Any) -> ColumnElement[bool]:
    """:func:`crm_desktop.domain.slipping.is_slipping` in SQL."""
    if rule is SlipRule.ONCE:
        return and_(due > first, moves >= 1)
    if rule is SlipRule.TWICE:
        return and_(due > first, moves >= 2)
    slipped: ColumnElement[bool] = due > days_after(first, _param("slip_days", Integer()))
    return slipped


@functools.cache
def _open_statement(kind: str, rule: SlipRule | None, by_person: bool, listing: bool, limited: bool) -> Any:
    """Every open promise, live job or live request in its one section, in one statement: SQL reads what
    places each record once (its dates, its number of moves, its last news and whether a contact about
    it falls in the idle window, both from ``ix_interaction_*_news`` alone), gives it its section, and
    returns a row per section with its count (``n``), then each section's first rows in its order
    (``n`` NULL), sorting only that section's rows and stopping at the limit."""
    model = _MODEL[kind]
    if kind == PROMISE:
        link, since, acted, whose = (
            Interaction.promise_id,
            Promise.promised_at,
            Promise.updated_at,
            Promise.promised_by_id,
        )
        is_open: ColumnElement[bool] = Promise.status == PromiseStatus.OPEN
    elif kind == JOB:
        link, since, acted, whose = (
            Interaction.job_id,
            ServiceJob.received_at,
            ServiceJob.last_action_at,
            ServiceJob.technician_id,
        )
        is_open = ServiceJob.status.not_in(CLOSED_JOB_STATES)
    else:
        link, since, acted, whose = (
            Interaction.request_id,
            CustomerRequest.opened_at,
            CustomerRequest.last_action_at,
            CustomerRequest.owner_id,
        )
        is_open = CustomerRequest.status.in_(LIVE_REQUESTS)
    idle_before = _param("idle_before", UTCDateTime())
    told = (
        select(func.max(Interaction.occurred_at))
        .where(link == model.id, Interaction.direction == Direction.OUTBOUND)
        .scalar_subquery()
    )
    columns: list[Any] = [
        model.id.label("id"),
        acted.label("acted"),
        func.coalesce(told, since, type_=UTCDateTime()).label("news"),
        exists().where(link == model.id, Interaction.occurred_at >= idle_before).label("recent"),
    ]
    if kind == PROMISE:
        moves = (
            select(func.count())
            .select_from(PromiseChange)
            .where(PromiseChange.promise_id == Promise.id)
            .scalar_subquery()
        )
        columns += [
            Promise.due_date.label("due"),
            Promise.original_due_date.label("first"),
            moves.label("moves"),
        ]
    # What decides the section, read once per open record (MATERIALIZED: SQLite would otherwise re-run
    # the subqueries wherever the section's expression names them).
    facts = (
        select(*columns)
        .where(is_open, *_whose(whose, by_person))
        .cte(f"{kind}_facts")
        .prefix_with("MATERIALIZED")
    )
    c = facts.c
    today, horizon = _param("today", Date()), _param("horizon", Date())
    cases: list[tuple[ColumnElement[bool], str]] = []
    if kind == PROMISE:
        assert rule is not None
        cases += [(c.due < today, "promises_broken"), (_slipping(rule, c.first, c.due, c.moves), "slipping")]
    cases += [
        (and_(c.acted < idle_before, c.recent == false()), "no_action"),
        (c.news < _param("news_cutoff", UTCDateTime()), "waiting_for_news"),
    ]
    if kind == PROMISE:
        cases.append((c.due <= horizon, "promises_due"))
    placed = (
        select(facts, case(*cases, else_=None).label("section"))
        .cte(f"{kind}_placed")
        .prefix_with("MATERIALIZED")
    )
    p = placed.c
    parts: list[Any] = [
        select(
            p.section,
            func.count().label("n"),
            cast(null(), Integer).label("id"),
            cast(null(), UTCDateTime()).label("acted"),
            cast(null(), UTCDateTime()).label("news"),
            cast(null(), Integer).label("moves"),
        )
        .where(p.section.is_not(None))
        .group_by(p.section)
    ]
    if listing:
        order: dict[str, tuple[Any, ...]] = {"no_action": (p.acted,), "waiting_for_news": (p.news,)}
        if kind == PROMISE:
            order |= {
                "promises_broken": (p.due,),
                "slipping": (p.moves.desc(), p.due),
                "promises_due": (p.due,),
            }
        moved = p.moves if kind == PROMISE else literal(0)
        for key, first_by in order.items():
            rows = (
                select(p.section, cast(null(), Integer), p.id, p.acted, p.news, moved)
                .where(p.section == key)
                .order_by(*first_by, p.id)
            )
            parts.append(select(_limited(rows, limited).subquery()))
    found = union_all(*parts).subquery(f"{kind}_found")
    u = found.c
    staff = aliased(Staff)
    return (
        select(
            u.section,
            u.n,
            u.acted,
            u.news,
            u.moves,
            *_columns(kind),
            Customer.name.label("customer"),
            staff.name.label("owner"),
        )
        .select_from(found)
        .outerjoin(model, model.id == u.id)
        .outerjoin(Customer, Customer.id == model.customer_id)
        .outerjoin(staff, staff.id == whose)
    )


class _Query:
    """The conditions, reads and row builders for one Today page."""

    def __init__(
        self,
        today: date,
        assignee_id: int | None,
        follow_up_kinds: Iterable[FollowUpKind] | None,
        idle_days: int,
        tz: tzinfo | None,
        limit: int | None,
        session: Session,
    ) -> None:
        self.today = today
        self.tz = tz
        self.limit = limit
        self.assignee_id = assignee_id
        self.follow_up_kinds = None if follow_up_kinds is None else tuple(follow_up_kinds)
        self.idle_days = idle_days
        self.horizon = today + timedelta(days=NEXT_DAYS)
        self.long_before = today - timedelta(days=LONG_OVERDUE_DAYS)
        # An instant before the start of (today - idle_days + 1) falls on a day idle_days or more ago.
        self.idle_before = self._start_of(today - timedelta(days=idle_days - 1))
        self.broken_since = self._start_of(today - timedelta(days=BROKEN_RECENT_DAYS - 1))
        settings = dict(session.connection().execute(_SETTINGS).all())
        self.rule = parse_rule(settings.get(SLIPPING_RULE))
        self.slip_days = parse_days(settings.get(SLIPPING_DAYS))
        stored = settings.get(NEWS_EVERY_DAYS)
        self.every = (
            int(stored) if stored and stored.isdigit() and 1 <= int(stored) <= 60 else DEFAULT_NEWS_DAYS
        )
        # News before the start of (today - every + 1) came ``every`` days ago or more.
        self.news_cutoff = self._start_of(today - timedelta(days=self.every - 1))
        self.phones: dict[int, str] = {}
        self.reasons: dict[int, list[str]] = {}
        self.shop_owner: str | None = None

    def _start_of(self, day: date) -> datetime:
        start = datetime.combine(day, time())
        return start.replace(tzinfo=self.tz) if self.tz is not None else start.astimezone()

    def _day_of(self, instant: datetime) -> date:
        return instant.astimezone(self.tz).date()

    @property
    def params(self) -> dict[str, Any]:
        """The values of the (cached) statements' parameters."""
        return {
            "today": self.today,
            "horizon": self.horizon,
            "long_before": self.long_before,
            "idle_before": self.idle_before,
            "news_cutoff": self.news_cutoff,
            "broken_since": self.broken_since,
            "slip_days": self.slip_days,
            "assignee": self.assignee_id,
            "follow_up_kinds": list(self.follow_up_kinds or ()),
            "limit": self.limit if self.limit is not None else -1,
        }

    # reads -----------------------------------------------------------------------------------

    def follow_ups(self, connection: Connection, found: _Found) -> None:
        """The follow-up sections, ranges of ``ix_follow_up_status_due``: one query counts them all,
        one per section reads its first rows in the index's order (with a limit, the scan stops early)."""
        counting, listing = _follow_up_statements(
            self.assignee_id is not None, self.follow_up_kinds is not None, self.limit is not None
        )
        params = self.params
        counts = connection.execute(counting, params).one()
        for (key, stmt), count in zip(listing.items(), counts, strict=True):
            found.add(key, int(count), FOLLOW_UP, connection.execute(stmt, params) if count else ())

    def broken_recently(self, connection: Connection, found: _Found) -> None:
        """Promises marked broken in the last days, a range of ``ix_promise_status_due``: they join the
        open promises past their date in "Broken promises"."""
        counting, listing = _broken_statements(self.assignee_id is not None, self.limit is not None)
        params = self.params
        count = connection.execute(counting, params).scalar_one()
        if count:
            found.add("promises_broken", count, PROMISE, connection.execute(listing, params))

    def open_records(self, connection: Connection, kind: str, found: _Found) -> None:
        """Every open promise, live job or live request (of the person filtered on) in its one section,
        the most urgent it belongs to: late, then slipping, then idle, then waiting for news, then due
        in the next days. One statement (see :func:`_open_statement`) counts each section and returns
        only each section's first rows."""
        rule = self.rule if kind == PROMISE else None
        stmt = _open_statement(
            kind, rule, self.assignee_id is not None, self.limit != 0, self.limit is not None
        )
        for row in connection.execute(stmt, self.params):
            if row.n is not None:
                found.add(row.section, int(row.n), kind, ())
            else:
                found.rows.setdefault(row.section, []).append((kind, row))

    def look_up(self, session: Session, listed: dict[str, list[tuple[str, Any]]]) -> None:
        """The listed rows' customers' first phone numbers (one query), so the counter can call without
        opening the customer, and every listed promise's moves with their reasons (one query): a moved
        date is never shown without why."""
        customers: set[int] = set()
        promises: set[int] = set()
        for rows in listed.values():
            for kind, row in rows:
                customers.add(row.customer_id)
                if kind == PROMISE:
                    promises.add(row.id)
        connection = session.connection()
        if customers:
            for customer_id, number in connection.execute(_PHONES, {"ids": list(customers)}):
                self.phones.setdefault(customer_id, number)
        if promises:
            for promise_id, reason in connection.execute(_REASONS, {"ids": list(promises)}):
                self.reasons.setdefault(promise_id, []).append(" ".join(reason.split()))
        slipping = {row.id for _, row in listed["slipping"]}
        if any(needs_owner(len(self.reasons.get(pid, ()))) for pid in slipping):
            from crm_desktop.services.staff import first_owner

            self.shop_owner = session.scalar(select(Staff.name).where(Staff.id == first_owner(session)))

    # rows ------------------------------------------------------------------------------------

    def item(self, key: str, kind: str, row: Any) -> TodayItem:
        """The line of ``row`` (a row read above) in section ``key``."""
        if kind == FOLLOW_UP:
            return self._follow_up(row)
        if key == "slipping":
            return self._slipping_item(row)
        if key == "waiting_for_news":
            item = self._news(kind, row)
        elif kind == PROMISE:
            item = self._promise(row, idle=key == "no_action")
        else:
            item = self._job_or_request(kind, row)
        return item

    def _make(self, kind: str, row: Any, **fields: Any) -> TodayItem:
        return TodayItem(
            kind=kind,
            id=row.id,
            customer_id=row.customer_id,
            customer_name=row.customer,
            assignee_name=row.owner,
            phone=self.phones.get(row.customer_id),
            **fields,
        )

    @staticmethod
    def _request_title(row: Any) -> str:
        summary = " ".join(row.summary.split())
        short = summary if len(summary) <= 80 else summary[:79] + "…"
        return f"{format_number(REQUEST_PREFIX, row.number)} · {short}"

    @staticmethod
    def _title(kind: str, row: Any) -> str:
        if kind == PROMISE:
            return str(row.description)
        if kind == REQUEST:
            return _Query._request_title(row)
        code = format_number(JOB_PREFIX, row.number)
        return f"{code} · {row.unit_description}" if row.unit_description else code

    def _moved(self, kind: str, row: Any, detail: str) -> str:
        why = self.reasons.get(row.id) if kind == PROMISE else None
        if not why:
            return detail
        # the reasons as they were written (stored)
        return detail + " · " + _("moved {count}×: {reasons}").format(count=len(why), reasons="; ".join(why))

    def _news(self, kind: str, row: Any) -> TodayItem:
        last_news = self._day_of(row.news)
        days = (self.today - last_news).days
        detail = ngettext(
            "no news for {count} day (since {date}) · tell the customer",
            "no news for {count} days (since {date}) · tell the customer",
            days,
        ).format(count=days, date=short_date(last_news, self.today))
        return self._make(
            kind,
            row,
            title=self._title(kind, row),
            due_date=row.due_date if kind == PROMISE else None,
            days_overdue=0,
            detail=self._moved(kind, row, detail),
            tone=str(Tone.DANGER if days >= 2 * self.every else Tone.WARNING),
            days_idle=days,
        )

    def _slipping_item(self, row: Any) -> TodayItem:
        why = self.reasons.get(row.id, [])
        late = days_late(row.original_due_date, row.due_date)
        detail = ngettext(
            "first promised {first}, now {now} ({count} day later)",
            "first promised {first}, now {now} ({count} days later)",
            late,
        ).format(
            first=short_date(row.original_due_date, self.today),
            now=short_date(row.due_date, self.today),
            count=late,
        )
        detail += " · " + _("moved {count}×: {reasons}").format(count=len(why), reasons="; ".join(why))
        if needs_owner(len(why)):
            if self.shop_owner:
                detail += " · " + _("needs the owner's attention ({name})").format(name=self.shop_owner)
            else:
                detail += " · " + _("needs the owner's attention")
        tone = Tone.DANGER if needs_owner(len(why)) else Tone.WARNING
        return self._make(
            PROMISE,
            row,
            title=row.description,
            due_date=row.due_date,
            days_overdue=self._overdue_days(row.due_date),
            detail=detail,
            tone=str(tone),
        )

    def _overdue_days(self, due: date) -> int:
        return max(0, (self.today - due).days)

    def _follow_up(self, row: Any) -> TodayItem:
        late = self._overdue_days(row.due_date)
        if late:
            when = ngettext("{count} day overdue", "{count} days overdue", late).format(count=late)
            tone = Tone.DANGER
        elif row.due_date == self.today:
            when, tone = (_("due today"), Tone.WARNING)
        else:
            when, tone = (_("due {date}").format(date=short_date(row.due_date, self.today)), Tone.NEUTRAL)
        kind = _(_FOLLOW_UP_KIND_TEXT[row.kind])
        return self._make(
            FOLLOW_UP,
            row,
            title=row.title,
            due_date=row.due_date,
            days_overdue=late,
            detail=f"{kind} · {when}",
            tone=str(tone),
        )

    def _promise(self, row: Any, *, idle: bool) -> TodayItem:
        late = self._overdue_days(row.due_date)
        moved = [row.due_date] if row.due_date != row.original_due_date else []
        chain = promise_chain(row.original_due_date, moved, self.today)
        if row.status is PromiseStatus.BROKEN:
            detail, tone = _("broken · {chain}").format(chain=chain), Tone.WARNING
        elif late:
            detail = ngettext("{count} day late · {chain}", "{count} days late · {chain}", late).format(
                count=late, chain=chain
            )
            tone = Tone.DANGER
        elif row.due_date == self.today:
            detail, tone = _("due today · {chain}").format(chain=chain), Tone.WARNING
        else:
            detail, tone = chain, Tone.NEUTRAL
        days = None
        if idle:
            days = max(0, (self.today - self._day_of(row.acted)).days)
            detail, tone = self._idle(detail, days)
        return self._make(
            PROMISE,
            row,
            title=row.description,
            due_date=row.due_date,
            days_overdue=late,
            detail=self._moved(PROMISE, row, detail),
            tone=str(tone),
            days_idle=days,
        )

    def _job_or_request(self, kind: str, row: Any) -> TodayItem:
        """An idle job or request ("no action")."""
        if kind == JOB:
            status = _(JOB_STATUS_TEXT[JobStatus(row.status)])
        else:
            status = _("request {status}").format(status=_(REQUEST_STATUS_TEXT[RequestStatus(row.status)]))
        days = max(0, (self.today - self._day_of(row.acted)).days)
        detail, tone = self._idle(status, days)
        return self._make(
            kind,
            row,
            title=self._title(kind, row),
            due_date=None,
            days_overdue=0,
            detail=detail,
            tone=str(tone),
            days_idle=days,
        )

    def _idle(self, detail: str, days: int) -> tuple[str, Tone]:
        tone = Tone.DANGER if days >= max(JOB_IDLE_DANGER_DAYS, self.idle_days) else Tone.WARNING
        return f"{detail} · {idle_text(days)}", tone


__all__ = [
    "DEFAULT_IDLE_DAYS",
    "KINDS",
    "SECTION_KEYS",
    "TodayItem",
    "TodaySection",
    "TodayView",
    "due_counts",
    "today_view",
]
