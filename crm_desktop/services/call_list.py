"""The call list: the phone calls due today, worked through one at a time from the Today page.

What is on it (:func:`call_list`), in this order:

1. **recovery calls** due today or overdue — someone was let down, so they come first — oldest first;
2. the other **follow-ups that are phone calls**, due today or overdue, oldest first. The calls are the
   kinds ``call`` (thank-you calls, calls after a repair), ``satisfaction`` (the routine "how is it
   going, from 1 to 5"), ``warranty_notice`` (the shipped plan rings 30 days before a warranty ends) and
   ``recovery``. Not calls: ``message`` (written), ``visit`` (in person) and ``service_reminder`` (sent
   as an e-mail or a text message, as the sample shop does);
3. **customers waiting for news** — Today's ``waiting_for_news`` (open promises, jobs and requests the
   customer heard nothing about), longest without news first. A job and its own "ready by" promise are one
   call, about the job.

Held back: the calls of a customer tagged "wrong number" (they come back once someone fixes the number
and removes the tag), and a news call to a customer already phoned today without being told (no answer,
wrong number, a call logged by hand): it is back tomorrow.

Each call comes with the customer's phone numbers, a one-line summary (the last purchase, open repairs
and promises, the last contact), the reason for the call and a short script for its kind.

What an outcome leaves behind (:func:`record_call`, one unit of work each):

=============== ======================================== ===============================================
outcome         a follow-up call                         a news call (promise, job or request)
=============== ======================================== ===============================================
reached         completed (score 1–5 and the customer's  an outgoing call linked to the promise, job or
                words when given) with its outgoing call request, with the news told: the news clock
                contact (:func:`complete_follow_up`: a   restarts
                score of 1 or 2 books a recovery call)
no answer       an outgoing call "No answer" linked to   an outgoing call "No answer" on the customer,
                it; due the next working day             not linked (it told them nothing): off the
                                                         list until tomorrow
left a message  an outgoing call "Left a message"        like reached: the message carried the news
                linked to it; due two working days
                later, time for them to call back
wrong number    an outgoing call "Wrong number: <the     the same, not linked to the promise or job
                number>" linked to it, the customer
                tagged "wrong number"; nothing completed
                or moved (it stays overdue on Today)
=============== ======================================== ===============================================

A call that told the customer nothing is never linked to a promise or job (nor, from a follow-up, to
the follow-up's job): an outgoing contact linked to one is what the news clock counts as news.
Working days are the follow-ups' own (:func:`crm_desktop.domain.recurrence.next_working_day`, as for
recovery calls): "no answer" on a Friday is back on Monday.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from enum import StrEnum
from typing import Final

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.dates import day_full_month
from crm_desktop.domain.enums import (
    Channel,
    CustomerKind,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    PromiseKind,
    PromiseStatus,
    SaleStatus,
)
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, format_number
from crm_desktop.domain.recurrence import next_working_day
from crm_desktop.domain.timeline import CLOSED_JOB_STATES, short_date, written_date
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.services.common import acting, audit, checked_text, require_aware
from crm_desktop.services.customers import PhoneDetails, phone_details
from crm_desktop.services.follow_ups import (
    COMMENT_MAX,
    CompletionInput,
    complete_follow_up,
    move_follow_up,
    open_follow_up,
)
from crm_desktop.services.promises import SHOP_NAME_KEY, status_message
from crm_desktop.services.settings import shop_country
from crm_desktop.services.today import JOB, PROMISE, REQUEST, TodayItem, today_view
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    CustomerPhone,
    CustomerRequest,
    CustomerTag,
    FollowUp,
    Interaction,
    Promise,
    Sale,
    SaleItem,
    ServiceJob,
    Setting,
)

FOLLOW_UP: Final = "follow_up"
CALL_KINDS: Final = (
    FollowUpKind.RECOVERY,
    FollowUpKind.CALL,
    FollowUpKind.SATISFACTION,
    FollowUpKind.WARRANTY_NOTICE,
)
WRONG_NUMBER_TAG: Final = "wrong number"
DEFAULT_LIMIT: Final = 200
FALLBACK_SHOP: Final = N_("the shop")
LEFT_MESSAGE_WORKING_DAYS: Final = 2  # time for them to call back before we ring again

_KIND_TEXT: Final = {
    FollowUpKind.CALL: N_("Call"),
    FollowUpKind.SATISFACTION: N_("Satisfaction check"),
    FollowUpKind.WARRANTY_NOTICE: N_("Warranty call"),
    FollowUpKind.RECOVERY: N_("Recovery call"),
}
_HELD_BACK: Final = N_("Their calls leave the list until someone fixes the number and removes the tag.")
_OPINION: Final = N_(
    "[As with every customer, ask: from 1 to 5, how happy are you with us? Note their own words.]"
)
# What the app writes in the contact log and on the follow-up is kept as written (stored text): it
# stays in English here, whatever the window's language; what the person calling reads is translated.


class CallOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"


@dataclass(frozen=True)
class CallKey:
    """Which call: a follow-up, or the promise, job or request the customer waits for news about."""

    kind: str  # follow_up, promise, job, request
    id: int


@dataclass(frozen=True)
class CallItem:
    key: CallKey
    follow_up_kind: FollowUpKind | None  # None for news about a promise or a job
    customer_id: int
    customer_name: str
    phones: tuple[PhoneDetails, ...]  # every number, as the shop writes it (``display``)
    summary: str  # "last bought Bosch WAN28 on 3 Mar · 1 open repair · last contact 28 Oct"
    reason: str  # "Satisfaction check · 2 days overdue"
    script: str  # a few sentences to read; [instructions in brackets]
    due_date: date | None  # None for news
    tries: int  # earlier calls about it that reached nobody (no answer, a message left)

    @property
    def is_news(self) -> bool:
        return self.follow_up_kind is None

    @property
    def asks_satisfaction(self) -> bool:
        """A satisfaction check: the score is the point of the call."""
        return self.follow_up_kind is FollowUpKind.SATISFACTION

    @property
    def takes_score(self) -> bool:
        """A score is kept with a follow-up (metrics read it there); news calls keep words only."""
        return self.follow_up_kind is not None


@dataclass(frozen=True)
class CallRecorded:
    key: CallKey
    outcome: CallOutcome
    interaction_id: int  # the contact logged
    next_try: date | None  # no answer or a message left: when the follow-up is due again
    recovery_follow_up_id: int | None  # a score of 1 or 2 booked one
    tagged_wrong_number: bool
    text: str  # what happened, in a sentence for the person calling


# ------------------------------------------------------------------------------------------- reading


def call_list(
    database: Database,
    today: date,
    *,
    assignee_id: int | None = None,
    limit: int | None = DEFAULT_LIMIT,
    tz: tzinfo | None = None,
) -> tuple[CallItem, ...]:
    """The calls due on ``today`` or overdue, in the order to make them (see the module docstring).

    ``assignee_id``: only that person's (follow-ups assigned to them, promises they made, jobs they
    are the technician of). ``limit``: at most that many calls (None: all). ``tz``: the shop's time
    zone, which decides the calendar day of an instant (default: the computer's).
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must not be negative, not {limit}")
    waiting = today_view(
        database, today, assignee_id=assignee_id, kinds=(PROMISE, JOB, REQUEST), limit=limit, tz=tz
    ).waiting_for_news.items
    with database.reading() as uow:
        session = uow.session
        follow_ups = _due_calls(session, today, assignee_id, limit)
        news = _news_to_give(session, waiting, _start_of(today, tz))
        if limit is not None:
            news = news[: max(0, limit - len(follow_ups))]
        customers = {f.customer_id for f in follow_ups} | {item.customer_id for item in news}
        facts = _Facts.read(session, customers, follow_ups, today, tz)
        items = [facts.follow_up_call(f) for f in follow_ups]
    for item in news:  # status_message reads on its own: after the unit above is closed
        message = status_message(database, today, **{f"{item.kind}_id": item.id})
        items.append(facts.news_call(item, _news_body(message)))
    return tuple(items)


def _start_of(day: date, tz: tzinfo | None) -> datetime:
    start = datetime.combine(day, time())
    return start.replace(tzinfo=tz) if tz is not None else start.astimezone()


def _wrong_numbers() -> Select[int]:
    # The tag is ASCII, so SQLite's ASCII-only lower() matches every spelling of it.
    return select(CustomerTag.customer_id).where(func.lower(CustomerTag.tag) == WRONG_NUMBER_TAG)


def _due_calls(session: Session, today: date, assignee_id: int | None, limit: int | None) -> list[FollowUp]:
    """Open call follow-ups due by ``today``, recovery calls first, then oldest first (a range of
    ``ix_follow_up_status_due``)."""
    where = [
        FollowUp.status == FollowUpStatus.OPEN,
        FollowUp.due_date <= today,
        FollowUp.kind.in_(CALL_KINDS),
        FollowUp.customer_id.not_in(_wrong_numbers()),
    ]
    if assignee_id is not None:
        where.append(FollowUp.assignee_id == assignee_id)
    stmt = (
        select(FollowUp)
        .where(*where)
        .order_by(case((FollowUp.kind == FollowUpKind.RECOVERY, 0), else_=1), FollowUp.due_date, FollowUp.id)
    )
    return list(session.scalars(stmt.limit(limit) if limit is not None else stmt))


def _news_to_give(session: Session, waiting: Iterable[TodayItem], since: datetime) -> list[TodayItem]:
    """Today's "waiting for news" less the held-back calls, and less a "ready by" promise whose job is on
    the list too (telling about the job tells about its promise)."""
    waiting = list(waiting)
    customers = {item.customer_id for item in waiting}
    tagged = set(session.scalars(_wrong_numbers().where(CustomerTag.customer_id.in_(customers))))
    phoned = set(
        session.scalars(
            select(Interaction.customer_id).where(
                Interaction.occurred_at >= since,
                Interaction.customer_id.in_(customers),
                Interaction.direction == Direction.OUTBOUND,
                Interaction.channel == Channel.CALL,
                Interaction.follow_up_id.is_(None),
                Interaction.promise_id.is_(None),
                Interaction.job_id.is_(None),
                Interaction.request_id.is_(None),
            )
        )
    )
    jobs = {item.id for item in waiting if item.kind == JOB}
    promise_ids = [item.id for item in waiting if item.kind == PROMISE]
    covered = set(
        session.scalars(
            select(Promise.id).where(
                Promise.id.in_(promise_ids), Promise.kind == PromiseKind.JOB_READY, Promise.job_id.in_(jobs)
            )
        )
    )
    return [
        item
        for item in waiting
        if item.customer_id not in tagged | phoned and not (item.kind == PROMISE and item.id in covered)
    ]


def _news_body(message: str) -> str:
    """The news of a status message without its greeting and signature, as one paragraph."""
    paragraphs = message.split("\n\n")
    body = paragraphs[1:-1] if len(paragraphs) >= 3 else paragraphs
    return " ".join(" ".join(p.split()) for p in body)


def _spoken(day: date, today: date) -> str:
    """``3 March`` this year, ``3 March 2025`` otherwise: a date as said on the phone."""
    return written_date(day) if day.year != today.year else day_full_month(day)


@dataclass(frozen=True)
class _Bought:
    description: str
    sale_date: date
    warranty_end: date | None


class _Facts:
    """What the scripts and summaries need for every call, read with a handful of queries."""

    def __init__(self, session: Session, today: date, tz: tzinfo | None) -> None:
        self.today, self.tz = today, tz
        shop = session.scalar(select(Setting.value).where(Setting.key == SHOP_NAME_KEY))
        self.shop = (shop or "").strip()  # blank: "the shop", in the language of the script
        self.names: dict[int, tuple[str, CustomerKind, bool | None]] = {}
        self.phones: dict[int, tuple[PhoneDetails, ...]] = {}
        self.summaries: dict[int, str] = {}
        self.items: dict[int, _Bought] = {}  # follow-up id -> what it is about
        self.jobs: dict[int, str] = {}  # job id -> "Dyson V11 (job J-0042)"
        self.tries: dict[int, int] = {}
        self.recovery: dict[int, str] = {}  # recovery follow-up id -> why, in a sentence of the script

    @classmethod
    def read(
        cls,
        session: Session,
        customer_ids: set[int],
        follow_ups: list[FollowUp],
        today: date,
        tz: tzinfo | None,
    ) -> _Facts:
        facts = cls(session, today, tz)
        facts._customers(session, customer_ids)
        facts._follow_ups(session, follow_ups)
        return facts

    # customers ---------------------------------------------------------------------------------

    def _customers(self, session: Session, ids: set[int]) -> None:
        for cid, name, kind, consent in session.execute(
            select(Customer.id, Customer.name, Customer.kind, Customer.contact_consent).where(
                Customer.id.in_(ids)
            )
        ):
            self.names[cid] = (name, CustomerKind(kind), consent)
        rows: dict[int, list[CustomerPhone]] = {}
        for phone in session.scalars(
            select(CustomerPhone)
            .where(CustomerPhone.customer_id.in_(ids))
            .order_by(CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.id)
        ):
            rows.setdefault(phone.customer_id, []).append(phone)
        country = shop_country(session)
        self.phones = {cid: phone_details(found, country) for cid, found in rows.items()}

        latest = (
            select(
                Sale.id,
                Sale.customer_id,
                Sale.sale_date,
                func.row_number()
                .over(partition_by=Sale.customer_id, order_by=(Sale.sale_date.desc(), Sale.id.desc()))
                .label("n"),
            )
            .where(Sale.customer_id.in_(ids), Sale.status == SaleStatus.ACTIVE)
            .subquery()
        )
        last_sale = {
            sale_id: (cid, day)
            for sale_id, cid, day in session.execute(
                select(latest.c.id, latest.c.customer_id, latest.c.sale_date).where(latest.c.n == 1)
            )
        }
        bought: dict[int, list[str]] = {}
        for sale_id, description in session.execute(
            select(SaleItem.sale_id, SaleItem.description)
            .where(SaleItem.sale_id.in_(last_sale))
            .order_by(SaleItem.sale_id, SaleItem.position, SaleItem.id)
        ):
            bought.setdefault(sale_id, []).append(description)
        purchases = {
            cid: (bought.get(sale_id, []), day)
            for sale_id, (cid, day) in last_sale.items()
            if bought.get(sale_id)
        }
        open_jobs = dict(
            session.execute(
                select(ServiceJob.customer_id, func.count())
                .where(ServiceJob.customer_id.in_(ids), ServiceJob.status.not_in(CLOSED_JOB_STATES))
                .group_by(ServiceJob.customer_id)
            ).all()
        )
        open_promises = dict(
            session.execute(
                select(Promise.customer_id, func.count())
                .where(Promise.customer_id.in_(ids), Promise.status == PromiseStatus.OPEN)
                .group_by(Promise.customer_id)
            ).all()
        )
        last_contact = dict(
            session.execute(
                select(Interaction.customer_id, func.max(Interaction.occurred_at))
                .where(Interaction.customer_id.in_(ids))
                .group_by(Interaction.customer_id)
            ).all()
        )
        for cid in ids:
            parts: list[str] = []
            if self.names.get(cid, ("", CustomerKind.PERSON, None))[2] is False:
                parts.append(_("said no to being contacted"))
            if cid in purchases:
                what, day = purchases[cid]
                if len(what) > 1:
                    last_bought = ngettext(
                        "last bought {item} and {count} more item on {date}",
                        "last bought {item} and {count} more items on {date}",
                        len(what) - 1,
                    )
                else:
                    last_bought = _("last bought {item} on {date}")
                parts.append(
                    last_bought.format(item=what[0], count=len(what) - 1, date=short_date(day, self.today))
                )
            else:
                parts.append(_("no purchases on file"))
            if open_jobs.get(cid):
                jobs = int(open_jobs[cid])
                parts.append(ngettext("{count} open repair", "{count} open repairs", jobs).format(count=jobs))
            if open_promises.get(cid):
                promises = int(open_promises[cid])
                parts.append(
                    ngettext("{count} open promise", "{count} open promises", promises).format(count=promises)
                )
            if last_contact.get(cid) is not None:
                day = last_contact[cid].astimezone(self.tz).date()
                parts.append(_("last contact {date}").format(date=short_date(day, self.today)))
            line = " · ".join(parts)
            self.summaries[cid] = line[:1].upper() + line[1:]

    # follow-ups --------------------------------------------------------------------------------

    def _follow_ups(self, session: Session, follow_ups: list[FollowUp]) -> None:
        ids = [f.id for f in follow_ups]
        item_ids = {f.sale_item_id for f in follow_ups if f.sale_item_id is not None}
        sale_ids = {f.sale_id for f in follow_ups if f.sale_item_id is None and f.sale_id is not None}
        by_item: dict[int, _Bought] = {}
        by_sale: dict[int, _Bought] = {}
        for item_id, sale_id, description, end, day in session.execute(
            select(SaleItem.id, SaleItem.sale_id, SaleItem.description, SaleItem.warranty_end, Sale.sale_date)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where((SaleItem.id.in_(item_ids)) | (SaleItem.sale_id.in_(sale_ids)))
            .order_by(SaleItem.sale_id, SaleItem.position, SaleItem.id)
        ):
            by_item[item_id] = _Bought(description, day, end)
            by_sale.setdefault(sale_id, _Bought(description, day, end))
        for f in follow_ups:
            found = by_item.get(f.sale_item_id) if f.sale_item_id is not None else None
            found = found or (by_sale.get(f.sale_id) if f.sale_id is not None else None)
            if found is not None:
                self.items[f.id] = found
        job_ids = {f.job_id for f in follow_ups if f.job_id is not None}
        for job_id, number, unit in session.execute(
            select(ServiceJob.id, ServiceJob.number, ServiceJob.unit_description).where(
                ServiceJob.id.in_(job_ids)
            )
        ):
            code = format_number(JOB_PREFIX, number)
            if unit.strip():
                self.jobs[job_id] = _("{unit} (job {number})").format(unit=unit.strip(), number=code)
            else:
                self.jobs[job_id] = _("unit (job {number})").format(number=code)
        self.tries = {
            fid: int(n)
            for fid, n in session.execute(
                select(Interaction.follow_up_id, func.count())
                .where(
                    Interaction.follow_up_id.in_(ids),
                    Interaction.direction == Direction.OUTBOUND,
                    Interaction.channel == Channel.CALL,
                )
                .group_by(Interaction.follow_up_id)
            )
            if fid is not None
        }
        self._recoveries(session, [f for f in follow_ups if f.kind is FollowUpKind.RECOVERY])

    def _recoveries(self, session: Session, recoveries: list[FollowUp]) -> None:
        """Why each recovery call was booked: a broken promise (and what the shop said it would do, kept
        as the reason of the booking), or a low score (and the customer's words)."""
        if not recoveries:
            return
        what_now = dict(
            session.execute(
                select(AuditEntry.entity_id, AuditEntry.reason).where(
                    AuditEntry.entity == str(AuditEntity.FOLLOW_UP),
                    AuditEntry.entity_id.in_([r.id for r in recoveries]),
                    AuditEntry.action == str(AuditAction.SCHEDULED),
                    AuditEntry.reason.is_not(None),
                )
            ).all()
        )
        customers = {r.customer_id for r in recoveries}
        broken = session.execute(
            select(Promise.customer_id, Promise.job_id, Promise.sale_id, Promise.description)
            .where(Promise.customer_id.in_(customers), Promise.status == PromiseStatus.BROKEN)
            .order_by(Promise.resolved_at, Promise.id)
        ).all()
        rated = session.execute(
            select(
                FollowUp.customer_id,
                FollowUp.sale_item_id,
                FollowUp.job_id,
                FollowUp.satisfaction,
                FollowUp.satisfaction_comment,
            )
            .where(
                FollowUp.customer_id.in_(customers),
                FollowUp.status == FollowUpStatus.DONE,
                FollowUp.satisfaction <= 2,
            )
            .order_by(FollowUp.completed_at, FollowUp.id)
        ).all()
        for r in recoveries:
            promised = [
                row.description
                for row in broken
                if row.customer_id == r.customer_id and (row.job_id, row.sale_id) == (r.job_id, r.sale_id)
            ]
            scores = [
                (row.satisfaction, row.satisfaction_comment)
                for row in rated
                if row.customer_id == r.customer_id
                and (row.sale_item_id, row.job_id) == (r.sale_item_id, r.job_id)
            ]
            self.recovery[r.id] = _recovery_sentence(
                r.title,
                what_now.get(r.id),
                promised[-1] if promised else None,
                scores[-1] if scores else None,
            )

    # the calls ---------------------------------------------------------------------------------

    def _hello(self, customer_id: int) -> str:
        name, kind, _consent = self.names.get(customer_id, ("", CustomerKind.PERSON, None))
        first = name.split()[0] if kind is CustomerKind.PERSON and name.split() else ""
        shop = self.shop or _(FALLBACK_SHOP)
        if first:
            return _("Hello {name}, I am calling from {shop}.").format(name=first, shop=shop)
        return _("Hello, I am calling from {shop}.").format(shop=shop)

    def follow_up_call(self, f: FollowUp) -> CallItem:
        late = (self.today - f.due_date).days
        if late <= 0:
            when = _("due today")
        else:
            when = ngettext("{count} day overdue", "{count} days overdue", late).format(count=late)
        kind = _(_KIND_TEXT[f.kind])
        title = " ".join(f.title.split())
        # "Satisfaction check: Satisfaction check" says it twice: a title that names its kind is enough.
        if not title.casefold().startswith(kind.casefold()):
            title = _("{kind}: {title}").format(kind=kind, title=title)
        reason = f"{title} · {when}"
        tries = self.tries.get(f.id, 0)
        if tries:
            tried = _("tried once already") if tries == 1 else _("tried {count} times already")
            reason += " · " + tried.format(count=tries)
        return CallItem(
            key=CallKey(FOLLOW_UP, f.id),
            follow_up_kind=f.kind,
            customer_id=f.customer_id,
            customer_name=self.names[f.customer_id][0],
            phones=self.phones.get(f.customer_id, ()),
            summary=self.summaries[f.customer_id],
            reason=reason,
            script=self._script(f),
            due_date=f.due_date,
            tries=tries,
        )

    def _script(self, f: FollowUp) -> str:
        hello = self._hello(f.customer_id)
        opinion = _(_OPINION)
        bought = self.items.get(f.id)
        if f.kind is FollowUpKind.RECOVERY:
            ask = _("[At the end ask: from 1 to 5, how do you feel about us now?]")
            return f"{hello} {self.recovery[f.id]}\n{ask}"
        if f.kind is FollowUpKind.SATISFACTION:
            if bought is not None:
                about = _("You bought your {item} on {date}, and").format(
                    item=bought.description, date=_spoken(bought.sale_date, self.today)
                )
            else:
                about = _("You were with us recently, and")
            return (
                hello
                + " "
                + _(
                    "{about} we ask every customer how it is going: how is it working for you?\n"
                    "On a scale from 1 to 5, how happy are you with it and with our service?\n"
                    "[Note their own words.] Thank you — it helps us a lot."
                ).format(about=about)
            )
        if f.kind is FollowUpKind.WARRANTY_NOTICE:
            end = bought.warranty_end if bought is not None else None
            if bought is not None:
                thing = _("your {item}").format(item=bought.description)
            else:
                thing = _("what you bought from us")
            if end is not None and end < self.today:  # a late call: say it as it is
                said = _(
                    "The warranty on {thing} ended on {date}. Is it still working well? If anything is not "
                    "quite right, bring it in and we will look at it."
                ).format(thing=thing, date=_spoken(end, self.today))
            elif end is not None:
                said = _(
                    "The warranty on {thing} ends on {date}. Is it working well? If anything is not quite "
                    "right, bring it in before then and we will look at it under the warranty."
                ).format(thing=thing, date=_spoken(end, self.today))
            else:
                said = _(
                    "The warranty on {thing} ends soon. Is it working well? If anything is not quite "
                    "right, bring it in before then and we will look at it under the warranty."
                ).format(thing=thing)
            return f"{hello} {said}\n{opinion}"
        if f.job_id is not None and f.job_id in self.jobs:
            said = _("We repaired your {unit}: is it working well since?").format(unit=self.jobs[f.job_id])
            return f"{hello} {said}\n{opinion}"
        if bought is not None:
            said = _(
                "Thank you again for buying your {item} on {date}. Is everything working as it should, and "
                "is there anything we can help you set up?"
            ).format(item=bought.description, date=_spoken(bought.sale_date, self.today))
            return f"{hello} {said}\n{opinion}"
        said = _("I am calling about: {title}.").format(title=f.title)
        return f"{hello} {said}\n{opinion}"

    def news_call(self, item: TodayItem, news: str) -> CallItem:
        if item.kind == JOB:
            have = _("I have news about your repair.")
        elif item.kind == REQUEST:
            have = _("I have news about your request.")
        else:
            have = _("I have news for you.")
        days = item.days_idle or 0
        reason = ngettext(
            "Waiting for news: {title} · told nothing for {count} day",
            "Waiting for news: {title} · told nothing for {count} days",
            days,
        ).format(title=item.title, count=days)
        promise_back = _("[If they ask something you cannot answer, promise a call back and say when.]")
        return CallItem(
            key=CallKey(item.kind, item.id),
            follow_up_kind=None,
            customer_id=item.customer_id,
            customer_name=item.customer_name,
            phones=self.phones.get(item.customer_id, ()),
            summary=self.summaries[item.customer_id],
            reason=reason,
            script=f"{self._hello(item.customer_id)} {have}\n{news}\n{promise_back}",
            due_date=None,
            tries=0,
        )


def _recovery_sentence(
    title: str, plan: str | None, promise: str | None, score: tuple[int, str | None] | None
) -> str:
    """Why a recovery call: a broken promise (booked with what the shop will do, the reason it gave),
    a low score (with the customer's words), or a recovery call booked by hand (its title)."""
    if plan is not None:  # break_promise books its recovery call with what the shop will do
        what = f"“{' '.join(promise.split())}”" if promise else _("what we promised")
        return _(
            "We did not keep our promise about {what}, and I am sorry. Here is what we will do: {plan}."
        ).format(what=what, plan=" ".join(plan.split()).rstrip("."))
    if score is not None:
        given, comment = score
        if comment:
            gave = _("When we last spoke you gave us {score} out of 5, saying “{words}”.").format(
                score=given, words=" ".join(comment.split())
            )
        else:
            gave = _("When we last spoke you gave us {score} out of 5.").format(score=given)
        return (
            gave
            + " "
            + _(
                "I am sorry we let you down, and I would like to put it right. Can you tell me what "
                "happened? [Listen; offer what the shop can do — a check, a repair, a goodwill gesture — and "
                "say by when.]"
            )
        )
    # the title as the booking wrote it (stored, in English): "Recovery call: ..."
    return _(
        "I am calling about {title}; I am sorry we let you down. "
        "[Listen, then say what the shop will do about it, and by when.]"
    ).format(title=title.removeprefix("Recovery call: "))


# ------------------------------------------------------------------------------------------- writing


def record_call(
    database: Database,
    item_key: CallKey,
    outcome: CallOutcome,
    *,
    satisfaction: int | None = None,
    comment: str | None = None,
    phone: str | None = None,
    now: datetime,
    staff_id: int | None,
    today: date | None = None,
) -> CallRecorded:
    """Record how a call went (see the module docstring for what each outcome leaves behind).

    ``satisfaction`` (1–5, follow-up calls only) and ``comment`` (the customer's own words) go with a
    call that reached them. ``phone``: the number that turned out wrong (default the customer's first).
    ``today``: the day of the call (default the day of ``now`` on this computer).
    """
    outcome = CallOutcome(outcome)
    require_aware(now)
    day = today or now.astimezone().date()
    words = checked_text(comment, _("What the customer said"), COMMENT_MAX, required=False)
    if outcome is not CallOutcome.REACHED and (satisfaction is not None or words is not None):
        raise ValidationError(_("A score and the customer's words go with a call that reached them."))
    if item_key.kind == FOLLOW_UP:
        if outcome is CallOutcome.REACHED:
            return _reached(database, item_key, satisfaction, words, now, staff_id, day)
        return _not_reached(database, item_key, outcome, phone, now, staff_id, day)
    if item_key.kind in (PROMISE, JOB, REQUEST):
        if satisfaction is not None:
            raise ValidationError(
                _("A score from 1 to 5 is kept with a follow-up call; for news, note what they said instead.")
            )
        return _news(database, item_key, outcome, words, phone, now, staff_id, day)
    raise ValueError(f"unknown kind of call {item_key.kind!r}")


def _reached(
    database: Database,
    key: CallKey,
    score: int | None,
    words: str | None,
    now: datetime,
    staff_id: int | None,
    today: date,
) -> CallRecorded:
    said = f": {words}" if words else ""
    text = (
        f"Reached by phone; rated {score} out of 5{said}" if score is not None else f"Reached by phone{said}"
    )
    data = CompletionInput(
        outcome=text,
        channel=Channel.CALL,
        satisfaction=score,
        satisfaction_comment=words if score is not None else None,
        staff_id=staff_id,
    )
    done = complete_follow_up(database, key.id, data, today, now)
    told = _("Reached; rated {score} out of 5.").format(score=score) if score is not None else _("Reached.")
    if done.recovery_follow_up_id is not None:
        told += " " + _("A recovery call is booked for {date}.").format(
            date=written_date(next_working_day(today), weekday=True)
        )
    return CallRecorded(
        key, CallOutcome.REACHED, done.interaction_id, None, done.recovery_follow_up_id, False, told
    )


def _not_reached(
    database: Database,
    key: CallKey,
    outcome: CallOutcome,
    phone: str | None,
    now: datetime,
    staff_id: int | None,
    today: date,
) -> CallRecorded:
    with database.writing() as uow:
        session = uow.session
        item = open_follow_up(session, key.id, _("record a call about"))
        acting(session, staff_id)
        next_try: date | None = None
        tagged = False
        if outcome is CallOutcome.WRONG_NUMBER:
            number = _wrong_number(session, item.customer_id, phone)
            summary = _wrong_number_text(number)
            tagged = _tag_wrong_number(session, item.customer_id, summary, staff_id, now)
            told = _told_wrong_number(number)
        else:
            next_try = next_working_day(today)
            again = written_date(next_try, weekday=True)
            if outcome is CallOutcome.NO_ANSWER:
                summary, why = "No answer", "No answer; trying again the next working day"
                told = _("No answer: on the list again on {date}.")
            else:
                for _day in range(LEFT_MESSAGE_WORKING_DAYS - 1):
                    next_try = next_working_day(next_try)
                again = written_date(next_try, weekday=True)
                summary, why = "Left a message", "Left a message; time for them to call back"
                told = _("Left a message: on the list again on {date}.")
            told = told.format(date=again)
            move_follow_up(session, item, next_try, why, staff_id, at=now)
        # Linked to the follow-up only: a contact linked to a job would count as news about it.
        contact = _contact(
            session, item.customer_id, summary, now, staff_id, follow_up_id=item.id, sale_id=item.sale_id
        )
        session.flush()
        recorded = CallRecorded(key, outcome, contact.id, next_try, None, tagged, told)
        uow.commit()
    return recorded


def _news(
    database: Database,
    key: CallKey,
    outcome: CallOutcome,
    words: str | None,
    phone: str | None,
    now: datetime,
    staff_id: int | None,
    today: date,
) -> CallRecorded:
    tells = outcome in (CallOutcome.REACHED, CallOutcome.LEFT_MESSAGE)
    news = _news_body(status_message(database, today, **{f"{key.kind}_id": key.id})) if tells else ""
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        promise_id: int | None
        request_id: int | None = None
        if key.kind == REQUEST:
            request = session.get(CustomerRequest, key.id)
            if request is None:
                raise ValidationError(_("Request #{id} does not exist (was it removed?).").format(id=key.id))
            customer_id, request_id, job_id = request.customer_id, request.id, None
            promise_id = session.scalar(
                select(Promise.id)
                .where(Promise.request_id == request.id, Promise.status == PromiseStatus.OPEN)
                .order_by(Promise.id.desc())
                .limit(1)
            )
            about = format_number(REQUEST_PREFIX, request.number)
            request.last_action_at = now  # a call about it is an action on it
        elif key.kind == PROMISE:
            promise = session.get(Promise, key.id)
            if promise is None:
                raise ValidationError(_("Promise #{id} does not exist (was it removed?).").format(id=key.id))
            customer_id, promise_id, job_id = promise.customer_id, promise.id, promise.job_id
            about = f"“{' '.join(promise.description.split())[:80]}”"
        else:
            job = session.get(ServiceJob, key.id)
            if job is None:
                raise ValidationError(_("There is no service job #{id}.").format(id=key.id))
            customer_id, job_id = job.customer_id, job.id
            # Its "ready by" promise, the one the news is also about (as status_message reads it).
            promise_id = session.scalar(
                select(Promise.id)
                .where(Promise.job_id == job.id, Promise.kind == PromiseKind.JOB_READY)
                .where(Promise.status == PromiseStatus.OPEN)
                .order_by(Promise.id.desc())
                .limit(1)
            )
            about = format_number(JOB_PREFIX, job.number)
        tagged = False
        if tells:
            said = f"\nThey said: {words}" if words else ""
            lead = (
                "Phoned with the news" if outcome is CallOutcome.REACHED else "Left a message with the news"
            )
            contact = _contact(
                session,
                customer_id,
                f"{lead}: {news}{said}",
                now,
                staff_id,
                promise_id=promise_id,
                job_id=job_id,
                request_id=request_id,
            )
            told = (
                _("Told the news.") if outcome is CallOutcome.REACHED else _("Left a message with the news.")
            )
        else:
            # Not linked to the promise or job: it told them nothing, so the news clock keeps running.
            if outcome is CallOutcome.NO_ANSWER:
                summary = f"No answer (calling with news about {about})"
                told = _("No answer: back on the list tomorrow.")
            else:
                number = _wrong_number(session, customer_id, phone)
                summary = f"{_wrong_number_text(number)} (calling with news about {about})"
                tagged = _tag_wrong_number(session, customer_id, summary, staff_id, now)
                told = _told_wrong_number(number, about)
            contact = _contact(session, customer_id, summary, now, staff_id)
        session.flush()
        recorded = CallRecorded(key, outcome, contact.id, None, None, tagged, told)
        uow.commit()
    return recorded


def _contact(
    session: Session,
    customer_id: int,
    summary: str,
    now: datetime,
    staff_id: int | None,
    **links: int | None,
) -> Interaction:
    row = Interaction(
        customer_id=customer_id,
        occurred_at=now,
        channel=Channel.CALL,
        direction=Direction.OUTBOUND,
        staff_id=staff_id,
        summary=summary,
        **links,
    )
    session.add(row)
    return row


def _wrong_number(session: Session, customer_id: int, phone: str | None) -> str:
    """The wrong number: the one given, else the customer's first ("" when there is none)."""
    number = (phone or "").strip()
    if not number:
        first = session.scalars(
            select(CustomerPhone)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.position, CustomerPhone.id)
            .limit(1)
        ).first()
        if first is not None:
            number = phone_details([first], shop_country(session))[0].display
    return checked_text(number, _("The phone number"), 64, required=False) or ""


def _wrong_number_text(number: str) -> str:
    """``Wrong number: 0470 12 34 56``, as the contact log and the audit trail keep it (stored)."""
    return f"Wrong number: {number}" if number else "Wrong number"


def _told_wrong_number(number: str, about: str | None = None) -> str:
    """What the person calling reads after a wrong number (``about``: the news the call was for)."""
    if number and about:
        told = _("Wrong number: {number} (calling with news about {about}).")
    elif number:
        told = _("Wrong number: {number}.")
    elif about:
        told = _("Wrong number (calling with news about {about}).")
    else:
        told = _("Wrong number.")
    return told.format(number=number, about=about) + " " + _(_HELD_BACK)


def _tag_wrong_number(
    session: Session, customer_id: int, reason: str, staff_id: int | None, now: datetime
) -> bool:
    """Tag the customer "wrong number" (in the shop's spelling of the tag, if it has one), with an audit
    row naming the number; False when the tag was there already."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValidationError(
            _("Customer #{id} does not exist (was it merged or removed?).").format(id=customer_id)
        )
    if any(t.tag.casefold() == WRONG_NUMBER_TAG for t in customer.tags):
        return False
    spelled = session.scalars(
        select(CustomerTag.tag).where(func.lower(CustomerTag.tag) == WRONG_NUMBER_TAG).limit(1)
    ).first()
    before = ", ".join(sorted(t.tag for t in customer.tags))
    customer.tags.append(CustomerTag(tag=spelled or WRONG_NUMBER_TAG))
    customer.updated_at = now
    audit(
        session,
        staff_id,
        AuditEntity.CUSTOMER,
        customer_id,
        AuditAction.UPDATED,
        at=now,
        field="tags",
        old=before or None,
        new=", ".join(sorted(t.tag for t in customer.tags)),
        reason=reason,
    )
    return True


__all__ = [
    "CALL_KINDS",
    "WRONG_NUMBER_TAG",
    "CallItem",
    "CallKey",
    "CallOutcome",
    "CallRecorded",
    "call_list",
    "record_call",
]
