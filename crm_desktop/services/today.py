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

Speed: a fixed number of queries whatever the number of rows, none per row. The follow-up sections
(and the promises marked broken) are ranges of ``ix_follow_up_status_due`` / ``ix_promise_status_due``:
one query counts them all, one per section lists its first rows. The open promises, jobs and requests
are read once per kind with just what places them (dates, number of moves, last news through the
interaction's link indexes), with one read of the contacts of the idle window
(``ix_interaction_occurred_customer``); each is given its one section here, which counts are exact; then only
the rows shown are read whole, one query per kind. The "N days" shown for an idle row counts from the
row's own dates, not from an older contact logged against it (services that log such a contact also
touch the row).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Final, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
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
from crm_desktop.domain.slipping import days_late, is_slipping, needs_owner, parse_days, parse_rule
from crm_desktop.domain.timeline import (
    CLOSED_JOB_STATES,
    JOB_IDLE_DANGER_DAYS,
    JOB_STATUS_TEXT,
    Tone,
    idle_text,
    promise_chain,
    short_date,
)
from crm_desktop.services.settings import DEFAULT_NEWS_DAYS, NEWS_EVERY_DAYS, SLIPPING_DAYS, SLIPPING_RULE
from crm_desktop.storage.engine import Database
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
    FollowUpKind.CALL: "call",
    FollowUpKind.MESSAGE: "message",
    FollowUpKind.VISIT: "visit",
    FollowUpKind.SATISFACTION: "satisfaction call",
    FollowUpKind.WARRANTY_NOTICE: "warranty notice",
    FollowUpKind.SERVICE_REMINDER: "service reminder",
    FollowUpKind.RECOVERY: "recovery call",
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
                _count(
                    FollowUp,
                    FollowUp.status == FollowUpStatus.OPEN,
                    FollowUp.due_date < today,
                    FollowUp.due_date >= long_before,
                ),
                _count(FollowUp, FollowUp.status == FollowUpStatus.OPEN, FollowUp.due_date == today),
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
        q = _Query(today, assignee_id, follow_up_kinds, idle_days, tz, session)
        # Follow-ups and recently broken promises: ranges of their indexes, counted and listed by SQL.
        specs = [
            _Spec("overdue", "Overdue follow-ups", FOLLOW_UP,
                  q.follow_ups(FollowUp.due_date < today, FollowUp.due_date >= q.long_before)),
            _Spec("due_today", "Due today", FOLLOW_UP, q.follow_ups(FollowUp.due_date == today)),
            _Spec("next_days", f"Next {NEXT_DAYS} days", FOLLOW_UP,
                  q.follow_ups(FollowUp.due_date > today, FollowUp.due_date <= q.horizon)),
            _Spec("long_overdue", f"Long overdue (more than {LONG_OVERDUE_DAYS} days)", FOLLOW_UP,
                  q.follow_ups(FollowUp.due_date < q.long_before)),
            _Spec("broken_recently", "", PROMISE,
                  q.promises(Promise.status == PromiseStatus.BROKEN, Promise.resolved_at >= q.broken_since)),
        ]  # fmt: skip
        counted = [part for spec in specs for part in spec.parts(wanted)]
        columns = [_count(_MODEL[kind], *where) for kind, where in counted]
        counts = iter([int(n) for n in session.execute(select(*columns)).one()] if columns else [])
        sections: dict[str, TodaySection] = {}
        recently_broken: tuple[int, list[TodayItem]] = (0, [])
        for spec in specs:
            parts = spec.parts(wanted)
            count = sum(next(counts) for _ in parts)
            rows = [item for kind, where in parts for item in q.rows(session, kind, where, limit)]
            if spec.key == "broken_recently":
                recently_broken = (count, rows)
                continue
            rows.sort(key=_ORDER[spec.key])
            sections[spec.key] = TodaySection(spec.key, spec.title, count, tuple(_first(rows, limit)))
        # Open promises, jobs and requests: each read once with what places it, given its one section.
        placed = q.place(session, wanted)
        titles = {
            "promises_due": "Promises due",
            "promises_broken": "Broken promises",
            "slipping": "Slipping promises",
            "waiting_for_news": "Customers waiting for news",
            "no_action": f"No action for {idle_days} days",
        }
        listed = {key: _first(sorted(placed[key]), limit) for key in titles}
        built = q.build(session, listed)
        for key, title in titles.items():
            items = [built[(key, p.kind, p.id)] for p in listed[key]]
            count = len(placed[key])
            if key == "promises_broken":
                count += recently_broken[0]
                items = _first(sorted(items + recently_broken[1], key=_by_due), limit)
            sections[key] = TodaySection(key, title, count, tuple(items))
        sections = _with_reasons(session, _with_phones(session, sections))
    return TodayView(today=today, idle_days=idle_days, **sections)


def _with_phones(session: Session, sections: dict[str, TodaySection]) -> dict[str, TodaySection]:
    """Every listed row with its customer's first phone number (one query for all of them), so the
    counter can call without opening the customer."""
    ids = {item.customer_id for section in sections.values() for item in section.items}
    phones: dict[int, str] = {}
    for customer_id, number in session.execute(
        select(CustomerPhone.customer_id, CustomerPhone.number_raw)
        .where(CustomerPhone.customer_id.in_(ids))
        .order_by(CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.id)
    ):
        phones.setdefault(customer_id, number)
    return {
        key: replace(section, items=tuple(replace(i, phone=phones.get(i.customer_id)) for i in section.items))
        for key, section in sections.items()
    }


def _with_reasons(session: Session, sections: dict[str, TodaySection]) -> dict[str, TodaySection]:
    """Every listed promise that was moved, with why (one query): the chain is never shown without its
    reasons. (The slipping section's rows say it already.)"""
    ids = {i.id for key, s in sections.items() if key != "slipping" for i in s.items if i.kind == PROMISE}
    if not ids:
        return sections
    reasons: dict[int, list[str]] = {}
    for promise_id, reason in session.execute(
        select(PromiseChange.promise_id, PromiseChange.reason)
        .where(PromiseChange.promise_id.in_(ids))
        .order_by(PromiseChange.changed_at, PromiseChange.id)
    ):
        reasons.setdefault(promise_id, []).append(" ".join(reason.split()))

    def told(item: TodayItem) -> TodayItem:
        why = reasons.get(item.id) if item.kind == PROMISE else None
        return replace(item, detail=f"{item.detail} · moved {len(why)}×: {'; '.join(why)}") if why else item

    return {
        key: section if key == "slipping" else replace(section, items=tuple(map(told, section.items)))
        for key, section in sections.items()
    }


# --------------------------------------------------------------------------------------- internals

_T = TypeVar("_T")


def _last_news(link: Any, since: Any) -> Any:
    """The last outgoing contact linked to the record, else when it started (promised, taken in...)."""
    told = (
        select(func.max(Interaction.occurred_at))
        .where(link, Interaction.direction == Direction.OUTBOUND)
        .scalar_subquery()
    )
    return func.coalesce(told, since, type_=UTCDateTime())


_MODEL: Final[dict[str, Any]] = {
    FOLLOW_UP: FollowUp,
    PROMISE: Promise,
    JOB: ServiceJob,
    REQUEST: CustomerRequest,
}
_Where = tuple[ColumnElement[bool], ...]


@dataclass(frozen=True)
class _Spec:
    key: str
    title: str
    kind: str
    where: _Where
    extra: _Where | None = None  # a second condition set of the same kind, counted and listed too

    def parts(self, wanted: frozenset[str]) -> list[tuple[str, _Where]]:
        if self.kind not in wanted:
            return []
        return [(self.kind, w) for w in (self.where, self.extra) if w is not None]


def _count(model: Any, *where: ColumnElement[bool]) -> Any:
    return select(func.count()).select_from(model).where(*where).scalar_subquery()


def _by_due(item: TodayItem) -> tuple[date, str, int]:
    return (item.due_date or date.min, item.kind, item.id)


_ORDER: Final[dict[str, Callable[[TodayItem], Any]]] = {
    "overdue": _by_due,
    "due_today": lambda item: (item.customer_name.casefold(), item.id),
    "next_days": _by_due,
    "long_overdue": _by_due,
}


def _first(rows: list[_T], limit: int | None) -> list[_T]:
    return rows if limit is None else rows[:limit]


@dataclass(frozen=True, order=True)
class _Placed:
    """An open promise, job or request given its section; ordered as the section lists them."""

    key: tuple[Any, ...]  # the section's order: see :meth:`_Query.place`
    kind: str = field(compare=False)
    id: int = field(compare=False)
    days: int = field(default=0, compare=False)  # idle, or without news
    last: date | None = field(default=None, compare=False)  # the last news


class _Query:
    """The conditions and row builders for one Today page."""

    def __init__(
        self,
        today: date,
        assignee_id: int | None,
        follow_up_kinds: Iterable[FollowUpKind] | None,
        idle_days: int,
        tz: tzinfo | None,
        session: Session,
    ) -> None:
        self.today = today
        self.tz = tz
        self.assignee_id = assignee_id
        self.follow_up_kinds = None if follow_up_kinds is None else tuple(follow_up_kinds)
        self.idle_days = idle_days
        self.horizon = today + timedelta(days=NEXT_DAYS)
        self.long_before = today - timedelta(days=LONG_OVERDUE_DAYS)
        # An instant before the start of (today - idle_days + 1) falls on a day idle_days or more ago.
        self.idle_before = self._start_of(today - timedelta(days=idle_days - 1))
        self.broken_since = self._start_of(today - timedelta(days=BROKEN_RECENT_DAYS - 1))
        settings = dict(
            session.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_((SLIPPING_RULE, SLIPPING_DAYS, NEWS_EVERY_DAYS))
                )
            ).all()
        )
        self.rule = parse_rule(settings.get(SLIPPING_RULE))
        self.slip_days = parse_days(settings.get(SLIPPING_DAYS))
        stored = settings.get(NEWS_EVERY_DAYS)
        self.every = (
            int(stored) if stored and stored.isdigit() and 1 <= int(stored) <= 60 else DEFAULT_NEWS_DAYS
        )
        # News before the start of (today - every + 1) came ``every`` days ago or more.
        self.news_cutoff = self._start_of(today - timedelta(days=self.every - 1))

    def _start_of(self, day: date) -> datetime:
        start = datetime.combine(day, time())
        return start.replace(tzinfo=self.tz) if self.tz is not None else start.astimezone()

    def _day_of(self, instant: datetime) -> date:
        return instant.astimezone(self.tz).date()

    # conditions ------------------------------------------------------------------------------

    def follow_ups(self, *where: ColumnElement[bool]) -> _Where:
        conditions = [FollowUp.status == FollowUpStatus.OPEN, *where]
        if self.assignee_id is not None:
            conditions.append(FollowUp.assignee_id == self.assignee_id)
        if self.follow_up_kinds is not None:
            conditions.append(FollowUp.kind.in_(self.follow_up_kinds))
        return tuple(conditions)

    def promises(self, *where: ColumnElement[bool]) -> _Where:
        return self._whose(Promise.promised_by_id, *where)

    def _whose(self, column: Any, *where: ColumnElement[bool]) -> _Where:
        if self.assignee_id is not None:
            return (*where, column == self.assignee_id)
        return tuple(where)

    # open promises, jobs and requests ----------------------------------------------------------

    def place(self, session: Session, wanted: frozenset[str]) -> dict[str, list[_Placed]]:
        """Every open promise, job and request (of the person filtered on) in its one section, the
        most urgent it belongs to: late, then slipping, then idle, then waiting for news, then due in
        the next days. One read per kind with what decides it (its dates, its number of moves, its last
        news), and one for the contacts of the idle window; the sections are counted from these."""
        placed: dict[str, list[_Placed]] = {
            key: []
            for key in ("promises_due", "promises_broken", "slipping", "no_action", "waiting_for_news")
        }
        kinds = wanted & {PROMISE, JOB, REQUEST}
        if not kinds:
            return placed
        recent = self._recent_contacts(session)
        today = self.today

        def idle_or_news(kind: str, record: int, last_action: datetime, news: datetime) -> _Placed | None:
            if last_action < self.idle_before and record not in recent[kind]:
                days = (today - self._day_of(last_action)).days
                placed["no_action"].append(_Placed((-days, kind, record), kind, record, days))
                return None
            if news < self.news_cutoff:
                told = self._day_of(news)
                days = (today - told).days
                placed["waiting_for_news"].append(_Placed((-days, kind, record), kind, record, days, told))
                return None
            return _Placed((), kind, record)

        if PROMISE in kinds:
            moves = (
                select(func.count())
                .select_from(PromiseChange)
                .where(PromiseChange.promise_id == Promise.id)
                .correlate(Promise)
                .scalar_subquery()
            )
            news = _last_news(Interaction.promise_id == Promise.id, Promise.promised_at)
            stmt = select(
                Promise.id, Promise.due_date, Promise.original_due_date, Promise.updated_at, moves, news
            ).where(*self.promises(Promise.status == PromiseStatus.OPEN))
            for pid, due, first, updated, moved, told in session.execute(stmt):
                if due < today:
                    placed["promises_broken"].append(_Placed((due, PROMISE, pid), PROMISE, pid))
                elif is_slipping(first, due, moved, self.rule, self.slip_days):
                    placed["slipping"].append(_Placed((-moved, due, pid), PROMISE, pid, moved))
                elif idle_or_news(PROMISE, pid, updated, told) is not None and due <= self.horizon:
                    placed["promises_due"].append(_Placed((due, PROMISE, pid), PROMISE, pid))
        if JOB in kinds:
            news = _last_news(Interaction.job_id == ServiceJob.id, ServiceJob.received_at)
            stmt = select(ServiceJob.id, ServiceJob.last_action_at, news).where(
                *self._whose(ServiceJob.technician_id, ServiceJob.status.not_in(CLOSED_JOB_STATES))
            )
            for jid, last, told in session.execute(stmt):
                idle_or_news(JOB, jid, last, told)
        if REQUEST in kinds:
            news = _last_news(Interaction.request_id == CustomerRequest.id, CustomerRequest.opened_at)
            stmt = select(CustomerRequest.id, CustomerRequest.last_action_at, news).where(
                *self._whose(CustomerRequest.owner_id, CustomerRequest.status.in_(LIVE_REQUESTS))
            )
            for rid, last, told in session.execute(stmt):
                idle_or_news(REQUEST, rid, last, told)
        return placed

    def _recent_contacts(self, session: Session) -> dict[str, set[int]]:
        """What a contact in the idle window was about (such a contact counts as an action on it)."""
        recent: dict[str, set[int]] = {PROMISE: set(), JOB: set(), REQUEST: set()}
        for promise_id, job_id, request_id in session.execute(
            select(Interaction.promise_id, Interaction.job_id, Interaction.request_id).where(
                Interaction.occurred_at >= self.idle_before
            )
        ):
            for kind, ref in ((PROMISE, promise_id), (JOB, job_id), (REQUEST, request_id)):
                if ref is not None:
                    recent[kind].add(ref)
        return recent

    def build(
        self, session: Session, listed: dict[str, list[_Placed]]
    ) -> dict[tuple[str, str, int], TodayItem]:
        """The rows shown, keyed by (section, kind, id): one read per kind of record for all sections,
        and one for the reasons of the slipping promises shown."""
        wanted: dict[str, set[int]] = {}
        for rows in listed.values():
            for row in rows:
                wanted.setdefault(row.kind, set()).add(row.id)
        staff = aliased(Staff)
        whose = {
            PROMISE: Promise.promised_by_id,
            JOB: ServiceJob.technician_id,
            REQUEST: CustomerRequest.owner_id,
        }
        found: dict[tuple[str, int], tuple[Any, str, str | None]] = {}
        for kind, ids in wanted.items():
            model = _MODEL[kind]
            for row, customer, owner in session.execute(
                select(model, Customer.name, staff.name)
                .join(Customer, Customer.id == model.customer_id)
                .outerjoin(staff, staff.id == whose[kind])
                .where(model.id.in_(ids))
            ):
                found[(kind, row.id)] = (row, customer, owner)
        reasons: dict[int, list[str]] = {}
        slipping = [row.id for row in listed.get("slipping", [])]
        if slipping:
            for promise_id, reason in session.execute(
                select(PromiseChange.promise_id, PromiseChange.reason)
                .where(PromiseChange.promise_id.in_(slipping))
                .order_by(PromiseChange.changed_at, PromiseChange.id)
            ):
                reasons.setdefault(promise_id, []).append(" ".join(reason.split()))
        owner = None  # the owner a promise moved three times is for, named on it
        if any(needs_owner(len(why)) for why in reasons.values()):
            from crm_desktop.services.staff import first_owner

            owner = session.scalar(select(Staff.name).where(Staff.id == first_owner(session)))
        built: dict[tuple[str, str, int], TodayItem] = {}
        for key, rows in listed.items():
            for placed in rows:
                row, customer, whose_name = found[(placed.kind, placed.id)]
                if key == "slipping":
                    item = self._slipping(row, customer, whose_name, reasons.get(row.id, []), owner)
                elif key == "no_action" and placed.kind == PROMISE:
                    item = self._idle_promise(row, customer, whose_name)
                elif key == "no_action" and placed.kind == JOB:
                    item = self._job(row, customer, whose_name)
                elif key == "no_action":
                    item = self._request(row, customer, whose_name)
                elif key == "waiting_for_news":
                    assert placed.last is not None
                    item = self._news(placed.kind, row, customer, whose_name, placed.last)
                else:
                    item = self._promise(row, customer, whose_name)
                built[(key, placed.kind, placed.id)] = item
        return built

    # rows ------------------------------------------------------------------------------------

    def rows(self, session: Session, kind: str, where: _Where, limit: int | None) -> list[TodayItem]:
        """Follow-ups, or promises marked broken, in their index's order (with a limit, the scan stops
        early)."""
        staff = aliased(Staff)
        if kind == FOLLOW_UP:
            stmt: Select[Any, Any, Any] = (
                select(FollowUp, Customer.name, staff.name)
                .join(Customer, Customer.id == FollowUp.customer_id)
                .outerjoin(staff, staff.id == FollowUp.assignee_id)
                .where(*where)
                .order_by(FollowUp.due_date, FollowUp.id)
            )
            make: Callable[[Any, str, str | None], TodayItem] = self._follow_up
        else:
            stmt = (
                select(Promise, Customer.name, staff.name)
                .join(Customer, Customer.id == Promise.customer_id)
                .outerjoin(staff, staff.id == Promise.promised_by_id)
                .where(*where)
                .order_by(Promise.due_date, Promise.id)
            )
            make = self._promise
        if limit is not None:
            stmt = stmt.limit(limit)
        return [make(row, name, assignee) for row, name, assignee in session.execute(stmt)]

    @staticmethod
    def _request_title(row: CustomerRequest) -> str:
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

    def _news(self, kind: str, row: Any, customer: str, owner: str | None, last_news: date) -> TodayItem:
        days = (self.today - last_news).days
        return TodayItem(
            kind=kind,
            id=row.id,
            customer_id=row.customer_id,
            customer_name=customer,
            title=self._title(kind, row),
            due_date=row.due_date if kind == PROMISE else None,
            days_overdue=0,
            assignee_name=owner,
            detail=f"no news for {days} days (since {short_date(last_news, self.today)}) · tell the customer",
            tone=str(Tone.DANGER if days >= 2 * self.every else Tone.WARNING),
            days_idle=days,
        )

    def _slipping(
        self, row: Promise, customer: str, owner: str | None, why: list[str], shop_owner: str | None
    ) -> TodayItem:
        late = days_late(row.original_due_date, row.due_date)
        attention = ""
        if needs_owner(len(why)):
            attention = " · needs the owner's attention" + (f" ({shop_owner})" if shop_owner else "")
        detail = (
            f"first promised {short_date(row.original_due_date, self.today)}, now "
            f"{short_date(row.due_date, self.today)} ({late} day{'s' if late != 1 else ''} later) · "
            f"moved {len(why)}×: " + "; ".join(why) + attention
        )
        tone = Tone.DANGER if needs_owner(len(why)) else Tone.WARNING
        return replace(self._promise(row, customer, owner), detail=detail, tone=str(tone))

    def _overdue_days(self, due: date) -> int:
        return max(0, (self.today - due).days)

    def _follow_up(self, row: FollowUp, customer: str, assignee: str | None) -> TodayItem:
        late = self._overdue_days(row.due_date)
        if late:
            when, tone = (f"{late} day{'s' if late != 1 else ''} overdue", Tone.DANGER)
        elif row.due_date == self.today:
            when, tone = ("due today", Tone.WARNING)
        else:
            when, tone = (f"due {short_date(row.due_date, self.today)}", Tone.NEUTRAL)
        return TodayItem(
            kind=FOLLOW_UP,
            id=row.id,
            customer_id=row.customer_id,
            customer_name=customer,
            title=row.title,
            due_date=row.due_date,
            days_overdue=late,
            assignee_name=assignee,
            detail=f"{_FOLLOW_UP_KIND_TEXT[row.kind]} · {when}",
            tone=str(tone),
        )

    def _promise(self, row: Promise, customer: str, assignee: str | None) -> TodayItem:
        late = self._overdue_days(row.due_date)
        moved = [row.due_date] if row.due_date != row.original_due_date else []
        chain = promise_chain(row.original_due_date, moved, self.today)
        if row.status is PromiseStatus.BROKEN:
            detail, tone = f"broken · {chain}", Tone.WARNING
        elif late:
            detail, tone = f"{late} day{'s' if late != 1 else ''} late · {chain}", Tone.DANGER
        elif row.due_date == self.today:
            detail, tone = f"due today · {chain}", Tone.WARNING
        else:
            detail, tone = chain, Tone.NEUTRAL
        return TodayItem(
            kind=PROMISE,
            id=row.id,
            customer_id=row.customer_id,
            customer_name=customer,
            title=row.description,
            due_date=row.due_date,
            days_overdue=late,
            assignee_name=assignee,
            detail=detail,
            tone=str(tone),
        )

    def _idle_promise(self, row: Promise, customer: str, assignee: str | None) -> TodayItem:
        return self._idle(self._promise(row, customer, assignee), self._day_of(row.updated_at))

    def _job(self, row: ServiceJob, customer: str, assignee: str | None) -> TodayItem:
        code = format_number(JOB_PREFIX, row.number)
        item = TodayItem(
            kind=JOB,
            id=row.id,
            customer_id=row.customer_id,
            customer_name=customer,
            title=f"{code} · {row.unit_description}" if row.unit_description else code,
            due_date=None,
            days_overdue=0,
            assignee_name=assignee,
            detail=JOB_STATUS_TEXT[JobStatus(row.status)],
            tone=str(Tone.WARNING),
        )
        return self._idle(item, self._day_of(row.last_action_at))

    def _request(self, row: CustomerRequest, customer: str, assignee: str | None) -> TodayItem:
        item = TodayItem(
            kind=REQUEST,
            id=row.id,
            customer_id=row.customer_id,
            customer_name=customer,
            title=self._request_title(row),
            due_date=None,
            days_overdue=0,
            assignee_name=assignee,
            detail=f"request {REQUEST_STATUS_TEXT[RequestStatus(row.status)]}",
            tone=str(Tone.WARNING),
        )
        return self._idle(item, self._day_of(row.last_action_at))

    def _idle(self, item: TodayItem, last_action: date) -> TodayItem:
        days = max(0, (self.today - last_action).days)
        tone = Tone.DANGER if days >= max(JOB_IDLE_DANGER_DAYS, self.idle_days) else Tone.WARNING
        return replace(item, detail=f"{item.detail} · {idle_text(days)}", tone=str(tone), days_idle=days)


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
