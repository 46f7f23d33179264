"""Messages to customers: how the shop sends them (its mail server, its SMS provider), what a message
says (the shop's templates), whether the customer may be sent one (consent), and the outbox that holds
every message until the server took it.

The outbox, and why a message goes at most once:

* a message is queued (a row, committed) before anything is sent;
* the sender claims it (``sending``, committed) before handing it over, and records ``sent`` with the
  server's answer after; the contact is then logged on the customer's history, so "when was the customer
  last told" counts it;
* a message still ``sending`` when a sender starts was caught by a crash (or ``kill -9``) between the two:
  it may have gone. It is never tried again by itself: it becomes ``failed`` with that reason, for a
  person to look at and, if it did not arrive, send again (same Message-ID: the same message);
* a failure that later may mend (the server is down, busy, said 4xx) is tried again after 1, 5, 15, 60
  minutes, then 4 and 12 hours; after that, or at once for a refusal that will not mend (wrong password,
  unknown address), it is ``failed``. A failure shows on Today until someone has seen it.

Passwords (the mail server's, the SMS provider's key) live in the system keyring, never in the settings,
the outbox or a log.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from typing import Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop import i18n
from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    FollowUpStatus,
    MessageChannel,
    MessageStatus,
    SendingMode,
)
from crm_desktop.domain.timeline import written_date
from crm_desktop.domain.validation import normalize_email
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.messaging import compose
from crm_desktop.messaging.sms_gateway import FORM, JSON, FieldsError, GatewaySettings, parse_fields, send_sms
from crm_desktop.messaging.smtp import PLAIN, SECURITY, STARTTLS, SendingError, SmtpSettings, send_email
from crm_desktop.messaging.templates import (
    EVENTS,
    TemplateError,
    built_in,
    check_template,
    first_name,
    render,
)
from crm_desktop.services.common import acting, audit, require_aware
from crm_desktop.services.customers import record_consent
from crm_desktop.services.outbox import unseen_failures
from crm_desktop.services.settings import write_settings
from crm_desktop.storage import passwords
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    FollowUp,
    Interaction,
    MessageTemplate,
    OutboxMessage,
    SaleItem,
    ServiceJob,
    Setting,
)
from crm_desktop.storage.types import utcnow

# -------------------------------------------------------------------------------------------- settings

SMTP_HOST: Final = "messages.smtp.host"
SMTP_PORT: Final = "messages.smtp.port"
SMTP_SECURITY: Final = "messages.smtp.security"
SMTP_USER: Final = "messages.smtp.user"
FROM_ADDRESS: Final = "messages.from.address"
FROM_NAME: Final = "messages.from.name"
SMS_URL: Final = "messages.sms.url"
SMS_METHOD: Final = "messages.sms.method"
SMS_BODY: Final = "messages.sms.body"
SMS_FIELDS: Final = "messages.sms.fields"
SMS_SENDER: Final = "messages.sms.sender"
SMS_HEADER: Final = "messages.sms.header"
_MESSAGE_KEYS: Final = (
    SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, FROM_ADDRESS, FROM_NAME,
    SMS_URL, SMS_METHOD, SMS_BODY, SMS_FIELDS, SMS_SENDER, SMS_HEADER,
)  # fmt: skip

RETRY_AFTER: Final = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
    timedelta(hours=12),
)  # after the last, the message is failed
INTERRUPTED: Final = N_(
    "Interrupted while it was being sent (the program stopped): it may have gone. "
    "Check with the customer before sending it again."
)
STALE: Final = timedelta(minutes=5)  # a hand-over takes seconds (30 s at most to connect): older is a crash
BODY_MAX: Final = 20_000
log = logging.getLogger(__name__)
SENDER_MAX: Final = 11  # letters of an SMS sender name most networks show


@dataclass(frozen=True)
class EmailSetup:
    host: str
    port: int
    security: str  # starttls, tls or none
    user: str | None
    from_address: str
    from_name: str
    has_password: bool


@dataclass(frozen=True)
class SmsSetup:
    url: str
    method: str  # POST or GET
    body: str  # form or json
    fields: str
    sender: str
    header_name: str | None
    has_secret: bool


def email_setup(database: Database) -> EmailSetup | None:
    """How the shop sends e-mail; None until it is set up."""
    with database.reading() as uow:
        return _email_setup(_settings(uow.session))


def sms_setup(database: Database) -> SmsSetup | None:
    """How the shop sends SMS; None until it is set up."""
    with database.reading() as uow:
        return _sms_setup(_settings(uow.session))


def save_email_setup(
    database: Database,
    *,
    host: str,
    port: int | None,
    security: str,
    user: str | None,
    from_address: str,
    from_name: str | None,
    password: str | None = None,
    staff_id: int | None = None,
) -> EmailSetup:
    """Keep how the shop sends e-mail. ``password``: kept in the system keyring (None keeps the one
    there). :class:`ValidationError` with a sentence for what cannot be used."""
    host = (host or "").strip()
    if not host or any(ch.isspace() for ch in host) or len(host) > 253:
        raise ValidationError(_("The mail server is a name such as smtp.example.com."))
    if security not in SECURITY:
        raise ValidationError(_("The security is STARTTLS, TLS or none."))
    port = port if port is not None else (587 if security == STARTTLS else 465 if security != PLAIN else 25)
    if not 1 <= port <= 65535:
        raise ValidationError(_("The port is a number from 1 to 65535, not {port}.").format(port=port))
    address = normalize_email(from_address)
    name = compose.one_line(from_name or "", 120)
    user = (user or "").strip() or None
    if password is not None and user is None:
        raise ValidationError(_("A password needs the user name it belongs to."))
    if password is not None:
        _keep_secret(_smtp_secret_name(host, port, user or ""), password)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        settings = {SMTP_HOST: host, SMTP_PORT: str(port), SMTP_SECURITY: security, SMTP_USER: user,
                    FROM_ADDRESS: address, FROM_NAME: name or None}  # fmt: skip
        write_settings(uow.session, settings)
        uow.session.flush()
        found = _email_setup(_settings(uow.session))
        said = f"{host}:{port} ({security}) from {address}" + (", password changed" if password else "")
        audit(
            uow.session,
            staff_id,
            AuditEntity.SETTING,
            0,
            AuditAction.UPDATED,
            field="messages.smtp",
            new=said,
        )
        uow.commit()
    assert found is not None
    return found


def save_sms_setup(
    database: Database,
    *,
    url: str,
    method: str,
    body: str,
    fields: str,
    sender: str,
    header_name: str | None,
    secret: str | None = None,
    staff_id: int | None = None,
) -> SmsSetup:
    """Keep how the shop sends SMS. ``secret``: the authentication header's value, kept in the system
    keyring (None keeps the one there)."""
    url = (url or "").strip()
    if not url.lower().startswith(("https://", "http://")) or any(ch.isspace() for ch in url):
        raise ValidationError(
            _("The SMS provider's address is a web address such as https://api.example.com/sms.")
        )
    method = (method or "POST").strip().upper()
    if method not in ("POST", "GET"):
        raise ValidationError(_("The method is POST or GET."))
    if body not in (FORM, JSON):
        raise ValidationError(_("The fields go as a form or as JSON."))
    try:
        parse_fields(fields)
    except FieldsError as error:
        raise ValidationError(str(error)) from error
    sender = compose.one_line(sender or "", 40)
    header = compose.one_line(header_name or "", 60) or None
    if header is not None and (":" in header or " " in header or not header.isascii()):
        raise ValidationError(_("The header's name is one word such as Authorization."))
    if secret is not None:
        secret = secret.strip()  # a pasted key often brings its line break along
        if not secret or not all(" " <= ch <= "~" for ch in secret):
            raise ValidationError(
                _(
                    "The header's value is one line of plain characters (letters, digits, signs), as the "
                    "provider gives it, e.g. Bearer 1234abcd."
                )
            )
        _keep_secret(_sms_secret_name(url), secret)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        write_settings(uow.session, {SMS_URL: url, SMS_METHOD: method, SMS_BODY: body, SMS_FIELDS: fields,
                                     SMS_SENDER: sender or None, SMS_HEADER: header})  # fmt: skip
        uow.session.flush()
        found = _sms_setup(_settings(uow.session))
        audit(uow.session, staff_id, AuditEntity.SETTING, 0, AuditAction.UPDATED, field="messages.sms",
              new=url + (", key changed" if secret is not None else ""))  # fmt: skip
        uow.commit()
    assert found is not None
    return found


def send_test_email(database: Database, to_address: str, now: datetime) -> str:
    """Send a test message now (not through the outbox); the server's answer, or
    :class:`UserFacingError` with what went wrong."""
    require_aware(now)
    to = normalize_email(to_address)
    if not to.rpartition("@")[0].isascii():
        raise UserFacingError(
            _("The address {address} has letters before the @ that an e-mail cannot carry here.").format(
                address=to
            )
        )
    with database.reading() as uow:
        setup = _email_setup(_settings(uow.session))
        shop = _shop_name(uow.session)
    if setup is None:
        raise UserFacingError(
            _("E-mail is not set up yet: Settings → Messages, or `crm-desktop messages setup`.")
        )
    letter = compose.Letter(
        sender_address=setup.from_address,
        sender_name=setup.from_name or shop,
        to_address=to,
        to_name="",
        subject=_("Test message from {shop}").format(shop=shop),
        text=_(
            "This is a test message from {shop}'s crm_desktop.\n\nIf you can read it, e-mail works."
        ).format(shop=shop),
        key=_new_key(),
        at=now,
    )
    try:
        return send_email(_smtp(setup), _smtp_password(setup), compose.email_message(letter))
    except SendingError as error:
        raise UserFacingError(error.reason) from error


# ------------------------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateDetails:
    event: str
    label: str
    channel: MessageChannel
    subject: str | None
    body: str
    sending: SendingMode
    edited: bool  # False: the built-in wording
    placeholders: tuple[str, ...]


def list_templates(database: Database) -> tuple[TemplateDetails, ...]:
    """Every event's template for both channels, the shop's wording where it has one."""
    with database.reading() as uow:
        stored = {(row.event, row.channel): row for row in uow.session.scalars(select(MessageTemplate))}
        return tuple(
            _template(event.key, channel, stored.get((event.key, channel)))
            for event in EVENTS.values()
            for channel in MessageChannel
        )


def template_of(database: Database, event: str, channel: MessageChannel) -> TemplateDetails:
    _known_event(event)
    with database.reading() as uow:
        return _template(event, channel, _stored_template(uow.session, event, channel))


def save_template(
    database: Database,
    event: str,
    channel: MessageChannel,
    *,
    subject: str | None,
    body: str,
    sending: SendingMode,
    staff_id: int | None = None,
) -> TemplateDetails:
    """Keep the shop's wording of a message; :class:`ValidationError` for a placeholder the event does not
    have, a subject on several lines, or an empty text."""
    _known_event(event)
    text = _checked_body(body)
    title = None
    if channel is MessageChannel.EMAIL:
        title = (subject or "").strip()
        if not title:
            raise ValidationError(_("An e-mail needs a subject."))
        if "\n" in title or "\r" in title:
            raise ValidationError(_("The subject is one line."))
        if len(title) > compose.SUBJECT_MAX:
            raise ValidationError(
                _("The subject is too long: at most {most} characters.").format(most=compose.SUBJECT_MAX)
            )
    try:
        for part in (title or "", text):
            check_template(event, part)
    except TemplateError as error:
        raise ValidationError(str(error)) from error
    if not isinstance(sending, SendingMode):
        raise ValidationError(_("Sending is ask, auto or off."))
    with database.writing() as uow:
        acting(uow.session, staff_id)
        row = _stored_template(uow.session, event, channel)
        if row is None:
            row = MessageTemplate(event=event, channel=channel)
            uow.session.add(row)
        row.subject, row.body, row.sending = title, text, sending
        uow.session.flush()
        audit(uow.session, staff_id, AuditEntity.MESSAGE_TEMPLATE, row.id, AuditAction.UPDATED,
              field=f"{event} {channel.value}", new=sending.value)  # fmt: skip
        details = _template(event, channel, row)
        uow.commit()
    return details


# What a preview fills a record's placeholders with when the customer has no such record (the words
# marked for the catalogue, translated when a preview is made; the dates written as dates are, then).
EXAMPLES: Final[dict[str, str]] = {
    "job_number": "J-0042",
    "unit": N_("e-bike"),
    "what": N_("the activation of your SIM"),
    "reason": N_("the part arrives on Monday"),
    "request_number": "R-0042",
    "request_kind": N_("duplicate SIM"),
    "title": N_("Yearly service of your boiler"),
    "product": N_("Gazelle e-bike"),
    "serial": "GZ-123456",
}
EXAMPLE_DATES: Final = {
    "ready_date": (date(2026, 12, 8), True),  # (the day, with its weekday)
    "old_date": (date(2026, 12, 3), True),
    "new_date": (date(2026, 12, 7), True),
    "due_date": (date(2027, 1, 15), True),
    "warranty_end": (date(2027, 3, 31), False),
}
# The states of a message in words (a refusal names them)
_STATUS_WORDS: Final = {
    MessageStatus.QUEUED: N_("queued"),
    MessageStatus.SENDING: N_("sending"),
    MessageStatus.SENT: N_("sent"),
    MessageStatus.FAILED: N_("failed"),
    MessageStatus.CANCELLED: N_("cancelled"),
}


@dataclass(frozen=True)
class Preview:
    subject: str | None
    body: str
    size: compose.SmsSize | None  # an SMS's length and parts
    customer_name: str


def preview_customer(database: Database) -> int | None:
    """Whom a preview shows first: the newest customer with an e-mail address, else the newest one."""
    with database.reading() as uow:
        newest = select(Customer.id).where(Customer.archived.is_(False)).order_by(Customer.id.desc()).limit(1)
        found = uow.session.scalar(newest.where(Customer.email.is_not(None)))
        return found if found is not None else uow.session.scalar(newest)


def preview_template(
    database: Database,
    event: str,
    channel: MessageChannel,
    subject: str | None,
    body: str,
    customer_id: int,
    today: date,
) -> Preview:
    """A template as this customer would read it, before it is saved: the customer's own values, the
    customer's latest job for a job's message, examples for the rest. :class:`ValidationError` for a
    placeholder the event does not have."""
    _known_event(event)
    try:
        for part in (subject or "", body):
            check_template(event, part)
    except TemplateError as error:
        raise ValidationError(str(error)) from error
    values = {key: _(example) for key, example in EXAMPLES.items()}
    values |= {key: written_date(day, weekday=weekday) for key, (day, weekday) in EXAMPLE_DATES.items()}
    with database.reading() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
        name = customer.name
        latest = session.scalar(
            select(ServiceJob.id).where(ServiceJob.customer_id == customer_id).order_by(ServiceJob.id.desc())
        )
        settings = _settings(session)
    if latest is not None and event.startswith("job_"):
        values.update(draft_values_for_job(database, latest, today))
    values.update(_common_values(name, settings))
    rendered = render(body, values)
    return Preview(
        compose.one_line(render(subject, values)) if subject else None,
        rendered,
        compose.sms_size(rendered) if channel is MessageChannel.SMS else None,
        name,
    )


# --------------------------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class Links:
    """The record a message is about: the contact it makes is logged against it too."""

    sale_id: int | None = None
    job_id: int | None = None
    promise_id: int | None = None
    request_id: int | None = None
    follow_up_id: int | None = None


@dataclass(frozen=True)
class Draft:
    """A message as it would go, or why it cannot (``refusal``; then nothing is offered)."""

    customer_id: int
    customer_name: str
    channel: MessageChannel
    event: str
    recipient: str | None  # the e-mail address, or the mobile number in E.164
    subject: str | None
    body: str
    sending: SendingMode
    refusal: str | None
    links: Links = field(default_factory=Links)

    @property
    def size(self) -> compose.SmsSize | None:
        return compose.sms_size(self.body) if self.channel is MessageChannel.SMS else None


def draft_message(
    database: Database,
    customer_id: int,
    channel: MessageChannel,
    event: str,
    values: Mapping[str, str] | None = None,
    links: Links | None = None,
) -> Draft:
    """The message ``event`` makes for this customer on ``channel``, from the shop's template and the
    values of the record (``values``: the event's placeholders beyond the customer's and the shop's)."""
    _known_event(event)
    with database.reading() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
        settings = _settings(session)
        with i18n.language(customer.language):  # a built-in wording in the customer's language
            template = _template(event, channel, _stored_template(session, event, channel))
            everything = _common_values(customer.name, settings) | dict(values or {})
        recipient = _recipient(session, customer, channel)
        refusal = _refusal(customer, channel, recipient, settings)
        return Draft(
            customer_id=customer.id,
            customer_name=customer.name,
            channel=channel,
            event=event,
            recipient=recipient,
            subject=compose.one_line(render(template.subject, everything)) if template.subject else None,
            body=render(template.body, everything),
            sending=template.sending,
            refusal=refusal,
            links=links or Links(),
        )


BY_HAND: Final = "by_hand"  # the event of a message written by a person (Tell the customer)


def draft_by_hand(
    database: Database,
    customer_id: int,
    channel: MessageChannel,
    subject: str | None,
    body: str,
    links: Links | None = None,
) -> Draft:
    """A message a person wrote (Tell the customer), checked like any other: the customer's consent,
    an address for the channel, the channel set up."""
    with database.reading() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
        recipient = _recipient(session, customer, channel)
        return Draft(
            customer_id=customer.id,
            customer_name=customer.name,
            channel=channel,
            event=BY_HAND,
            recipient=recipient,
            subject=compose.one_line(subject or "") or None if channel is MessageChannel.EMAIL else None,
            body=body,
            sending=SendingMode.ASK,
            refusal=_refusal(customer, channel, recipient, _settings(session)),
            links=links or Links(),
        )


def draft_for_job(database: Database, job_id: int, event: str, channel: MessageChannel, today: date) -> Draft:
    """A job's message (received, ready for collection) with the job's values: its number, the unit, the
    date it is promised for."""
    from crm_desktop.services.jobs import get_job

    job = get_job(database, job_id, today)
    with i18n.language(customer_language(database, job.customer_id)):  # its dates as they write them
        values = draft_values_for_job(database, job_id, today)
    return draft_message(database, job.customer_id, channel, event, values, Links(job_id=job.id))


def customer_language(database: Database, customer_id: int) -> str | None:
    """The language of the customer's messages and documents (None: the shop's)."""
    with database.reading() as uow:
        return uow.session.scalar(select(Customer.language).where(Customer.id == customer_id))


def draft_values_for_job(database: Database, job_id: int, today: date) -> dict[str, str]:
    """A job's placeholders: its number, the unit, the date it is promised for."""
    from crm_desktop.services.jobs import get_job, job_message_values

    job = get_job(database, job_id, today)
    return job_message_values(job, job.ready_promise.due_date if job.ready_promise is not None else None)


def queue_automatic(
    session: Session,
    event: str,
    customer_id: int,
    values: Mapping[str, str] | Callable[[], Mapping[str, str]],
    links: Links,
    now: datetime,
    staff_id: int | None,
) -> int:
    """In the caller's unit of work (the job marked ready, the unit taken in): queue the event's message
    on each channel whose template is sent by itself ("Send by itself" in the template editor) and that
    the customer may receive. How many were queued; the outbox sends them within the minute."""
    automatic = list(
        session.scalars(
            select(MessageTemplate).where(
                MessageTemplate.event == event, MessageTemplate.sending == SendingMode.AUTO
            )
        )
    )
    if not automatic:
        return 0
    customer = session.get(Customer, customer_id)
    if customer is None:
        return 0
    settings = _settings(session)
    with i18n.language(customer.language):  # the values (dates) as the customer reads them
        everything = _common_values(customer.name, settings) | dict(values() if callable(values) else values)
    queued = 0
    for template in automatic:
        recipient = _recipient(session, customer, template.channel)
        if _refusal(customer, template.channel, recipient, settings) is not None or recipient is None:
            continue  # the person sees why when they tell the customer by hand
        session.add(
            _outbox_message(
                customer.id, template.channel, event, recipient,
                compose.one_line(render(template.subject, everything)) if template.subject else None,
                render(template.body, everything), links, now, staff_id,
            )
        )  # fmt: skip
        queued += 1
    return queued


# The follow-ups whose due day sends the customer a message, when its template goes by itself.
REMINDERS: Final = {
    FollowUpKind.SERVICE_REMINDER: "follow_up_reminder",
    FollowUpKind.WARRANTY_NOTICE: "warranty_ending",
    FollowUpKind.SATISFACTION: "satisfaction_question",
}
REMINDER_LATE_DAYS: Final = 7  # a reminder missed while no computer was on still goes, this many days late


def queue_due_reminders(database: Database, today: date, now: datetime) -> int:
    """Queue the messages of the follow-ups due today (or missed in the last week) whose template goes
    by itself: a yearly service reminder, a warranty ending, the satisfaction question. Each follow-up's
    message is queued once, whoever looks and however often. How many were queued."""
    require_aware(now)
    with database.reading() as uow:  # writes nothing when there is nothing to send
        events = set(
            uow.session.scalars(
                select(MessageTemplate.event).where(
                    MessageTemplate.event.in_(list(REMINDERS.values())),
                    MessageTemplate.sending == SendingMode.AUTO,
                )
            )
        )
        kinds = [kind for kind, event in REMINDERS.items() if event in events]
        if not kinds:
            return 0
        told = select(OutboxMessage.id).where(OutboxMessage.follow_up_id == FollowUp.id).exists()
        due = list(
            uow.session.scalars(
                select(FollowUp.id).where(
                    FollowUp.status == FollowUpStatus.OPEN,
                    FollowUp.kind.in_(kinds),
                    FollowUp.due_date <= today,
                    FollowUp.due_date >= today - timedelta(days=REMINDER_LATE_DAYS),
                    ~told,
                )
            )
        )
    queued = 0
    for follow_up_id in due:
        with database.writing() as uow:
            session = uow.session
            item = session.get(FollowUp, follow_up_id, with_for_update=True)  # one workstation queues it
            if item is None or item.status is not FollowUpStatus.OPEN:
                continue
            already = session.scalar(
                select(OutboxMessage.id).where(OutboxMessage.follow_up_id == item.id).limit(1)
            )
            if already is not None:
                continue
            with i18n.language(session.get(Customer, item.customer_id).language):  # type: ignore[union-attr]
                values, links = _reminder_values(session, item)
            queued += queue_automatic(
                session, REMINDERS[item.kind], item.customer_id, values, links, now, None
            )
            uow.commit()
    return queued


def _reminder_values(session: Session, item: FollowUp) -> tuple[dict[str, str], Links]:
    """A reminder's placeholders (the follow-up, the item sold) and the records its message is about."""
    sold = session.get(SaleItem, item.sale_item_id) if item.sale_item_id is not None else None
    ends = sold.warranty_end if sold is not None else None
    values = {
        "title": item.title,
        "due_date": written_date(item.due_date, weekday=True),
        "product": sold.description if sold is not None else item.title,
        "serial": (sold.serial or "") if sold is not None else "",
        "warranty_end": written_date(ends) if ends is not None else "",
    }
    return values, Links(follow_up_id=item.id, sale_id=item.sale_id, job_id=item.job_id)


def reminder_drafts(database: Database, follow_up_id: int) -> tuple[Draft, ...]:
    """The message of a reminder follow-up (a yearly service, a warranty ending, the satisfaction
    question) on each channel the customer can receive, to send by hand; none for other follow-ups."""
    with database.reading() as uow:
        item = uow.session.get(FollowUp, follow_up_id)
        if item is None or item.kind not in REMINDERS:
            return ()
        told = uow.session.scalar(
            select(OutboxMessage.id)
            .where(OutboxMessage.follow_up_id == item.id, OutboxMessage.status != MessageStatus.CANCELLED)
            .limit(1)
        )
        if told is not None:  # it went (or is going) already: see the outbox
            return ()
        customer = uow.session.get(Customer, item.customer_id)
        with i18n.language(customer.language if customer is not None else None):
            values, links = _reminder_values(uow.session, item)
        event, customer_id = REMINDERS[item.kind], item.customer_id
    drafts = (
        draft_message(database, customer_id, channel, event, values, links) for channel in MessageChannel
    )
    return tuple(d for d in drafts if d.refusal is None and d.sending is not SendingMode.OFF)


def event_drafts(
    database: Database, event: str, customer_id: int, values: Mapping[str, str], links: Links
) -> tuple[Draft, ...]:
    """The event's messages that ask before sending ("Ask before sending", the default) and that the
    customer may receive: what the window offers right after the event (none: nothing is asked)."""
    drafts = (
        draft_message(database, customer_id, channel, event, values, links) for channel in MessageChannel
    )
    return tuple(d for d in drafts if d.sending is SendingMode.ASK and d.refusal is None)


# --------------------------------------------------------------------------------------------- outbox


@dataclass(frozen=True)
class OutboxRow:
    id: int
    key: str
    customer_id: int
    customer_name: str
    channel: MessageChannel
    event: str
    recipient: str
    subject: str | None
    body: str
    status: MessageStatus
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    sent_at: datetime | None
    answer: str | None
    error: str | None
    failure_seen: bool


def queue_message(
    database: Database,
    draft: Draft,
    now: datetime,
    *,
    subject: str | None = None,
    body: str | None = None,
    staff_id: int | None = None,
) -> OutboxRow:
    """Put the message in the outbox (the person may have edited its ``subject`` and ``body``); it goes
    with the next :func:`send_queued`. Refused, with the reason, when the customer said no or has no
    address for the channel (checked again here: the answer may have changed since the draft)."""
    require_aware(now)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        found = _queue(uow.session, draft, now, staff_id, subject=subject, body=body)
        uow.commit()
    return found


def _queue(
    session: Session,
    draft: Draft,
    now: datetime,
    staff_id: int | None,
    *,
    subject: str | None = None,
    body: str | None = None,
) -> OutboxRow:
    text = _checked_body(body if body is not None else draft.body)
    title = compose.one_line(subject if subject is not None else draft.subject or "") or None
    if draft.channel is MessageChannel.EMAIL and title is None:
        raise ValidationError(_("An e-mail needs a subject."))
    customer = session.get(Customer, draft.customer_id)
    if customer is None:
        raise ValidationError(_("There is no customer #{id}.").format(id=draft.customer_id))
    recipient = _recipient(session, customer, draft.channel)
    refusal = _refusal(customer, draft.channel, recipient, _settings(session))
    if refusal is not None or recipient is None:
        raise ValidationError(refusal or _("There is no address to send it to."))
    subject_kept = title if draft.channel is MessageChannel.EMAIL else None
    row = _outbox_message(
        customer.id, draft.channel, draft.event, recipient, subject_kept, text, draft.links, now, staff_id
    )
    session.add(row)
    session.flush()
    return _outbox_row(row, customer.name)


def send_now(
    database: Database, drafts: tuple[Draft, ...] | list[Draft], now: datetime, *, staff_id: int | None = None
) -> tuple[OutboxRow, ...]:
    """Queue these messages together (all or none: one refused, none is queued, so pressing Send again
    cannot double the others) and send what is due at once: what the window does when a person presses
    Send. The messages as they stand after: sent, waiting for the server to come back, or failed."""
    require_aware(now)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        ids = [_queue(uow.session, draft, now, staff_id).id for draft in drafts]
        uow.commit()
    send_queued(database, now)
    return outbox_rows(database, ids)


def outbox_rows(database: Database, ids: list[int]) -> tuple[OutboxRow, ...]:
    """These messages of the outbox, in the order given."""
    with database.reading() as uow:
        found = {
            row.id: _outbox_row(row, name)
            for row, name in uow.session.execute(
                select(OutboxMessage, Customer.name)
                .join(Customer, Customer.id == OutboxMessage.customer_id)
                .where(OutboxMessage.id.in_(ids))
            )
        }
    return tuple(found[i] for i in ids if i in found)


@dataclass(frozen=True)
class SendReport:
    sent: int
    retrying: int  # failed this time, tried again later
    failed: int  # failed for good (or interrupted earlier: may have gone)
    left: int  # still queued for later

    def describe(self) -> str:
        parts = [ngettext("{count} sent", "{count} sent", self.sent).format(count=self.sent)]
        if self.retrying:
            parts.append(
                ngettext("{count} to try again later", "{count} to try again later", self.retrying).format(
                    count=self.retrying
                )
            )
        if self.failed:
            parts.append(ngettext("{count} failed", "{count} failed", self.failed).format(count=self.failed))
        if self.left:
            parts.append(
                ngettext("{count} waiting their turn", "{count} waiting their turn", self.left).format(
                    count=self.left
                )
            )
        return ", ".join(parts) + "."


EmailSender = Callable[[SmtpSettings, str | None, EmailMessage], str]
SmsSender = Callable[[GatewaySettings, str | None, str, str], str]


def send_queued(
    database: Database,
    now: datetime,
    *,
    limit: int = 100,
    email_sender: EmailSender = send_email,
    sms_sender: SmsSender = send_sms,
    clock: Callable[[], datetime] | None = None,
) -> SendReport:
    """Send what is due in the outbox, oldest first, at most ``limit`` messages. Messages left
    ``sending`` by a crash become failed first (see the module's docstring)."""
    require_aware(now)
    with database.reading() as uow:  # a look that writes nothing when there is nothing to do
        settings = _settings(uow.session)
        shop = _shop_name(uow.session)
        due = list(
            uow.session.scalars(
                select(OutboxMessage.id)
                .where(OutboxMessage.status == MessageStatus.QUEUED, OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                .limit(limit)
            )
        )
        stale = uow.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == MessageStatus.SENDING, OutboxMessage.claimed_at < now - STALE)
        )
    failed = _give_up_interrupted(database, now) if stale else 0
    email, sms = _email_setup(settings), _sms_setup(settings)
    # A channel whose password this computer does not have is left to a computer that has it (the
    # keyring is each computer's own): its messages are not claimed here.
    ready = {
        MessageChannel.EMAIL: email is not None and (email.user is None or _smtp_password(email) is not None),
        MessageChannel.SMS: sms is not None and (sms.header_name is None or sms.has_secret),
    }
    sent = retrying = 0
    for message_id in due:
        claimed = _claim(database, message_id, ready, clock() if clock is not None else utcnow())
        if claimed is None:
            continue  # another workstation took it, it was withdrawn, or the customer said no since
        try:
            answer = _hand_over(database, claimed, email, sms, shop, email_sender, sms_sender)
        except SendingError as error:
            if _failed_attempt(database, claimed.id, error, now):
                retrying += 1
            else:
                failed += 1
            continue
        except Exception as error:  # a message that cannot be built or sent: failed, said in words
            log.exception("message #%s could not be sent", claimed.id)
            unexpected = SendingError(
                _("It could not be sent ({kind}); nothing went.").format(kind=type(error).__name__),
                retry=False,
            )
            _failed_attempt(database, claimed.id, unexpected, now)
            failed += 1
            continue
        _record_sent(database, claimed.id, answer, clock() if clock is not None else now)
        sent += 1
    with database.reading() as uow:
        left = uow.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == MessageStatus.QUEUED)
        )
    return SendReport(sent, retrying, failed, int(left or 0) - retrying)


def send_due(database: Database, today: date, now: datetime) -> SendReport:
    """What a sender does every few minutes: queue the reminders due today, then send what is due."""
    queue_due_reminders(database, today, now)
    return send_queued(database, now)


def list_outbox(
    database: Database, *, failed_only: bool = False, customer_id: int | None = None, limit: int = 500
) -> tuple[OutboxRow, ...]:
    """The outbox, newest first: every message or only the failed ones, or one customer's."""
    with database.reading() as uow:
        query = (
            select(OutboxMessage, Customer.name)
            .join(Customer, Customer.id == OutboxMessage.customer_id)
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
            .limit(limit)
        )
        if failed_only:
            query = query.where(OutboxMessage.status == MessageStatus.FAILED)
        if customer_id is not None:
            query = query.where(OutboxMessage.customer_id == customer_id)
        return tuple(_outbox_row(row, name) for row, name in uow.session.execute(query))


def mark_failures_seen(database: Database, now: datetime, *, staff_id: int | None = None) -> int:
    """Someone has looked at the failed messages: Today stops showing them. How many there were."""
    require_aware(now)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        done = uow.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == MessageStatus.FAILED, OutboxMessage.failure_seen_at.is_(None))
            .values(failure_seen_at=now)
        )
        uow.commit()
    return int(done.rowcount or 0)  # type: ignore[attr-defined]


def send_again(
    database: Database, message_id: int, now: datetime, *, staff_id: int | None = None
) -> OutboxRow:
    """Queue a failed message again (the same message: the same Message-ID), for the next send."""
    require_aware(now)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        row = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        if row is None:
            raise ValidationError(_("There is no message #{id}.").format(id=message_id))
        if row.status is not MessageStatus.FAILED:
            raise ValidationError(
                _("The message is {status}: only a failed message is sent again.").format(
                    status=_(_STATUS_WORDS[row.status])
                )
            )
        customer = uow.session.get(Customer, row.customer_id)
        assert customer is not None
        recipient = _recipient(uow.session, customer, row.channel)  # the address on file now
        refusal = _refusal(customer, row.channel, recipient, _settings(uow.session))
        if refusal is not None or recipient is None:
            raise ValidationError(refusal or _("There is no address to send it to."))
        row.recipient = recipient
        row.status, row.next_attempt_at, row.attempts = MessageStatus.QUEUED, now, 0
        row.failure_seen_at = now
        uow.session.flush()
        audit(uow.session, staff_id, AuditEntity.MESSAGE, row.id, AuditAction.STATUS_CHANGED, at=now,
              field="status", old="failed", new="queued", reason="sent again")  # fmt: skip
        found = _outbox_row(row, customer.name)
        uow.commit()
    return found


def cancel_message(database: Database, message_id: int, *, staff_id: int | None = None) -> OutboxRow:
    """Withdraw a message that has not gone (queued, or failed)."""
    with database.writing() as uow:
        acting(uow.session, staff_id)
        row = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        if row is None:
            raise ValidationError(_("There is no message #{id}.").format(id=message_id))
        if row.status not in (MessageStatus.QUEUED, MessageStatus.FAILED):
            raise ValidationError(
                _("The message is {status}: it cannot be withdrawn.").format(
                    status=_(_STATUS_WORDS[row.status])
                )
            )
        before = row.status
        row.status = MessageStatus.CANCELLED
        uow.session.flush()
        audit(uow.session, staff_id, AuditEntity.MESSAGE, row.id, AuditAction.CANCELLED, field="status",
              old=before.value, new=MessageStatus.CANCELLED.value, reason="withdrawn")  # fmt: skip
        name = uow.session.scalar(select(Customer.name).where(Customer.id == row.customer_id)) or ""
        found = _outbox_row(row, name)
        uow.commit()
    return found


# -------------------------------------------------------------------------------------------- consent


def set_channel_consent(
    database: Database,
    customer_id: int,
    channel: MessageChannel,
    answer: bool | None,
    source: str,
    now: datetime,
    *,
    staff_id: int | None = None,
) -> None:
    """The customer's answer for one channel (None: the general answer stands for it), with where it
    came from ("asked at the counter", "replied STOP"); kept in the customer's consent history."""
    require_aware(now)
    where = compose.one_line(source or "", 80)
    if not where:
        raise ValidationError(_("Say where the answer comes from (asked at the counter, by phone...)."))
    with database.writing() as uow:
        acting(uow.session, staff_id)
        customer = uow.session.get(Customer, customer_id, with_for_update=True)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
        if channel is MessageChannel.EMAIL:
            customer.email_consent = answer
        else:
            customer.sms_consent = answer
        record_consent(uow.session, customer.id, channel.value, answer, where, staff_id, now)
        uow.commit()


@dataclass(frozen=True)
class ConsentEntry:
    at: datetime
    channel: str  # any, email or sms
    answer: bool | None
    source: str
    staff_name: str | None


@dataclass(frozen=True)
class Consent:
    """A customer's answers about being contacted: in general (the customer form) and per channel
    (None: the general answer stands for it), with every change as it was recorded, newest first."""

    customer_id: int
    customer_name: str
    general: bool | None
    email: bool | None
    sms: bool | None
    history: tuple[ConsentEntry, ...]


def consent_of(database: Database, customer_id: int) -> Consent:
    from crm_desktop.storage.models import ConsentChange, Staff

    with database.reading() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
        rows = session.execute(
            select(ConsentChange, Staff.name)
            .outerjoin(Staff, Staff.id == ConsentChange.staff_id)
            .where(ConsentChange.customer_id == customer_id)
            .order_by(ConsentChange.at.desc(), ConsentChange.id.desc())
        ).all()
        history = tuple(ConsentEntry(c.at, c.channel, c.answer, c.source, name) for c, name in rows)
        return Consent(customer.id, customer.name, customer.contact_consent, customer.email_consent,
                       customer.sms_consent, history)  # fmt: skip


# ------------------------------------------------------------------------------------------- helpers


def _settings(session: Session) -> dict[str, str]:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.value.is_not(None)))
    return {key: value for key, value in rows if value}


def _shop_name(session: Session) -> str:
    return _settings(session).get("business.name") or _("Our shop")


def _email_setup(settings: Mapping[str, str]) -> EmailSetup | None:
    host, address = settings.get(SMTP_HOST), settings.get(FROM_ADDRESS)
    if not host or not address:
        return None
    security = settings.get(SMTP_SECURITY, STARTTLS)
    port = int(settings.get(SMTP_PORT, "587"))
    user = settings.get(SMTP_USER) or None
    has = user is not None and _secret(_smtp_secret_name(host, port, user)) is not None
    return EmailSetup(host, port, security, user, address, settings.get(FROM_NAME, ""), has)


def _sms_setup(settings: Mapping[str, str]) -> SmsSetup | None:
    url, fields = settings.get(SMS_URL), settings.get(SMS_FIELDS)
    if not url or not fields:
        return None
    header = settings.get(SMS_HEADER) or None
    has = header is not None and _secret(_sms_secret_name(url)) is not None
    return SmsSetup(url, settings.get(SMS_METHOD, "POST"), settings.get(SMS_BODY, FORM), fields,
                    settings.get(SMS_SENDER, ""), header, has)  # fmt: skip


def _smtp(setup: EmailSetup) -> SmtpSettings:
    return SmtpSettings(
        setup.host, setup.port, setup.security, setup.user, setup.from_address, setup.from_name
    )


def _smtp_password(setup: EmailSetup) -> str | None:
    return _secret(_smtp_secret_name(setup.host, setup.port, setup.user or "")) if setup.user else None


def _smtp_secret_name(host: str, port: int, user: str) -> str:
    return f"smtp:{user}@{host}:{port}"


def _sms_secret_name(url: str) -> str:
    return f"sms:{url}"


def _secret(name: str) -> str | None:
    if passwords.keyring_problem() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(passwords.KEYRING_SERVICE, name)
    except Exception:  # a locked or broken keyring: as if there were none; the server then says no
        return None


def _keep_secret(name: str, secret: str) -> None:
    problem = passwords.keyring_problem()
    if problem is not None:
        raise UserFacingError(_("The password cannot be kept: {problem}.").format(problem=problem))
    import keyring

    try:
        keyring.set_password(passwords.KEYRING_SERVICE, name, secret)
    except Exception as error:  # the keyring said no (locked, refused): the reason, never the secret
        raise UserFacingError(
            _("The system keyring did not keep the password ({kind}).").format(kind=type(error).__name__)
        ) from error


def _checked_body(body: str | None) -> str:
    """A message's text as kept: line ends made one, blank lines around it gone; refused when empty or
    longer than :data:`BODY_MAX`."""
    text = (body or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError(_("The message is empty: write what the customer should read."))
    if len(text) > BODY_MAX:
        raise ValidationError(
            _("The message is too long: {length} characters, at most {most}.").format(
                length=f"{len(text):,}", most=f"{BODY_MAX:,}"
            )
        )
    return text


def _new_key() -> str:
    return uuid.uuid4().hex


def _known_event(event: str) -> None:
    if event not in EVENTS:
        raise ValidationError(
            _("'{event}' is not a message event (known: {events}).").format(
                event=event, events=", ".join(EVENTS)
            )
        )


def _stored_template(session: Session, event: str, channel: MessageChannel) -> MessageTemplate | None:
    return session.scalar(
        select(MessageTemplate).where(MessageTemplate.event == event, MessageTemplate.channel == channel)
    )


def _template(event: str, channel: MessageChannel, row: MessageTemplate | None) -> TemplateDetails:
    subject, body = built_in(event, channel)
    found = EVENTS[event]
    if row is None:
        return TemplateDetails(
            event, found.label, channel, subject, body, SendingMode.ASK, False, found.names
        )
    return TemplateDetails(event, found.label, channel, row.subject, row.body, row.sending, True, found.names)


def _recipient(session: Session, customer: Customer, channel: MessageChannel) -> str | None:
    if channel is MessageChannel.EMAIL:
        return customer.email or None
    from crm_desktop.domain.phones import is_mobile

    numbers = session.execute(
        select(CustomerPhone.label, CustomerPhone.number_normalized)
        .where(CustomerPhone.customer_id == customer.id)
        .order_by(CustomerPhone.position, CustomerPhone.id)
    ).all()
    for _label, number in numbers:
        if number.startswith("+") and is_mobile(number):
            return str(number)
    return None


def _refusal(
    customer: Customer, channel: MessageChannel, recipient: str | None, settings: Mapping[str, str]
) -> str | None:
    """Why this customer is not sent a message on ``channel`` (None: they may be)."""
    name = customer.name
    email = channel is MessageChannel.EMAIL
    answer = customer.email_consent if email else customer.sms_consent
    if customer.archived:
        return _("{name} is archived: no messages.").format(name=name)
    if answer is False:
        said_no = _("{name} said no to e-mails.") if email else _("{name} said no to text messages.")
        return said_no.format(name=name)
    if answer is None and customer.contact_consent is False:
        return _("{name} said no to being contacted.").format(name=name)
    if recipient is None:
        missing = (
            _("No e-mail address on file for {name}.") if email else _("No mobile number on file for {name}.")
        )
        return missing.format(name=name)
    if email and not recipient.rpartition("@")[0].isascii():
        return _(
            "The address {address} has letters before the @ that an e-mail cannot carry here; "
            "ask the customer for another address."
        ).format(address=recipient)
    if email and _email_setup(settings) is None:
        return _("E-mail is not set up yet (Settings → Messages).")
    if channel is MessageChannel.SMS and _sms_setup(settings) is None:
        return _("Text messages are not set up yet (Settings → Messages).")
    return None


def _common_values(name: str, settings: Mapping[str, str]) -> dict[str, str]:
    """The placeholders every message has: the customer's and the shop's."""
    return {
        "first_name": first_name(name),
        "customer_name": name,
        "shop_name": settings.get("business.name") or _("Our shop"),
        "shop_phone": settings.get("business.phone", ""),
        "shop_email": settings.get("business.email", ""),
    }


def _outbox_message(
    customer_id: int,
    channel: MessageChannel,
    event: str,
    recipient: str,
    subject: str | None,
    body: str,
    links: Links,
    now: datetime,
    staff_id: int | None,
) -> OutboxMessage:
    return OutboxMessage(
        key=_new_key(),
        customer_id=customer_id,
        channel=channel,
        event=event,
        recipient=recipient,
        subject=subject,
        body=body,
        status=MessageStatus.QUEUED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
        created_by_id=staff_id,
        sale_id=links.sale_id,
        job_id=links.job_id,
        promise_id=links.promise_id,
        request_id=links.request_id,
        follow_up_id=links.follow_up_id,
    )


def _outbox_row(row: OutboxMessage, name: str) -> OutboxRow:
    return OutboxRow(
        id=row.id,
        key=row.key,
        customer_id=row.customer_id,
        customer_name=name,
        channel=row.channel,
        event=row.event,
        recipient=row.recipient,
        subject=row.subject,
        body=row.body,
        status=row.status,
        attempts=row.attempts,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
        sent_at=row.sent_at,
        answer=row.answer,
        error=row.error,
        failure_seen=row.failure_seen_at is not None,
    )


def _give_up_interrupted(database: Database, now: datetime) -> int:
    """Messages a crash left ``sending``: failed, never tried again by themselves (they may have gone).
    Only those claimed longer ago than any hand-over lasts: another workstation may be sending now."""
    with database.writing() as uow:
        done = uow.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == MessageStatus.SENDING, OutboxMessage.claimed_at < now - STALE)
            .values(status=MessageStatus.FAILED, error=_(INTERRUPTED), next_attempt_at=None)
        )
        uow.commit()
    return int(done.rowcount or 0)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class _Claimed:
    id: int
    key: str
    customer_name: str
    channel: MessageChannel
    event: str
    recipient: str
    subject: str | None
    body: str
    created_at: datetime
    job_id: int | None


def _claim(
    database: Database, message_id: int, ready: Mapping[MessageChannel, bool], at: datetime
) -> _Claimed | None:
    """Mark the message ``sending`` (committed, ``at``: the moment of this claim) before it is handed
    over; None when another sender took it first, it is no longer queued, its channel is not ready on
    this computer, or the customer may no longer be sent it (said no, archived: it is withdrawn, with
    the reason)."""
    with database.writing() as uow:
        session = uow.session
        found = session.execute(
            select(OutboxMessage, Customer)
            .join(Customer, Customer.id == OutboxMessage.customer_id)
            .where(OutboxMessage.id == message_id, OutboxMessage.status == MessageStatus.QUEUED)
        ).first()
        if found is None or not ready.get(found[0].channel, False):
            return None
        message, customer = found
        refusal = _refusal(customer, message.channel, message.recipient, _settings(session))
        if refusal is not None:  # the answer changed since it was queued: it does not go
            message.status, message.error, message.next_attempt_at = MessageStatus.CANCELLED, refusal, None
            uow.commit()
            return None
        taken = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.status == MessageStatus.QUEUED)
            .values(status=MessageStatus.SENDING, claimed_at=at, attempts=OutboxMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        if not taken.rowcount:  # type: ignore[attr-defined]
            return None
        session.refresh(message)
        name = customer.name
        claimed = _Claimed(message.id, message.key, name, message.channel, message.event, message.recipient,
                           message.subject, message.body, message.created_at, message.job_id)  # fmt: skip
        uow.commit()
    return claimed


def _hand_over(
    database: Database,
    message: _Claimed,
    email: EmailSetup | None,
    sms: SmsSetup | None,
    shop: str,
    email_sender: EmailSender,
    sms_sender: SmsSender,
) -> str:
    if message.channel is MessageChannel.EMAIL:
        if email is None:
            raise SendingError(_("E-mail is not set up (Settings → Messages)."), retry=True)
        letter = compose.Letter(
            sender_address=email.from_address,
            sender_name=email.from_name or shop,
            to_address=message.recipient,
            to_name=message.customer_name,
            subject=message.subject or "",
            text=message.body,
            key=message.key,
            at=message.created_at,
            attachments=_attachments(database, message),
        )
        return email_sender(_smtp(email), _smtp_password(email), compose.email_message(letter))
    if sms is None:
        raise SendingError(_("Text messages are not set up (Settings → Messages)."), retry=True)
    gateway = GatewaySettings(sms.url, sms.method, sms.body, sms.fields, sms.sender or shop[:SENDER_MAX],
                              sms.header_name)  # fmt: skip
    secret = _secret(_sms_secret_name(sms.url)) if sms.header_name else None
    return sms_sender(gateway, secret, message.recipient, message.body)


def _attachments(database: Database, message: _Claimed) -> tuple[tuple[str, bytes], ...]:
    """The intake receipt with the "job received" e-mail, made as the job stands when it goes. A receipt
    that cannot be made does not hold the message back: it goes without it (and the log says why)."""
    if message.event != "job_received" or message.job_id is None:
        return ()
    from crm_desktop.reports.receipt import receipt_pdf
    from crm_desktop.services.receipts import job_receipt

    try:
        data = job_receipt(database, message.job_id, message.created_at.astimezone().date())
        return ((f"receipt-{data.number_text}.pdf", receipt_pdf(data, fmt="a4")),)
    except UserFacingError:
        log.warning("the receipt of job #%s could not be made; the message goes without it", message.job_id)
        return ()


def _failed_attempt(database: Database, message_id: int, error: SendingError, now: datetime) -> bool:
    """Record a failed attempt; True when the message will be tried again later."""
    with database.writing() as uow:
        row = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        assert row is not None
        again = error.retry and row.attempts <= len(RETRY_AFTER)
        row.error = error.reason
        if again:
            row.status, row.next_attempt_at = MessageStatus.QUEUED, now + RETRY_AFTER[row.attempts - 1]
        else:
            row.status, row.next_attempt_at, row.failure_seen_at = MessageStatus.FAILED, None, None
        uow.commit()
    return again


def _record_sent(database: Database, message_id: int, answer: str, at: datetime) -> None:
    """The server took it: ``sent`` with its answer, and the contact on the customer's history."""
    with database.writing() as uow:
        session = uow.session
        row = session.get(OutboxMessage, message_id, with_for_update=True)
        assert row is not None
        contact = Interaction(
            customer_id=row.customer_id,
            occurred_at=at,
            channel=Channel.EMAIL if row.channel is MessageChannel.EMAIL else Channel.MESSAGE,
            direction=Direction.OUTBOUND,
            staff_id=row.created_by_id,
            summary=_summary(row),
            sale_id=row.sale_id,
            job_id=row.job_id,
            follow_up_id=row.follow_up_id,
            promise_id=row.promise_id,
            request_id=row.request_id,
        )
        session.add(contact)
        session.flush()
        row.status, row.sent_at, row.answer, row.error = MessageStatus.SENT, at, answer[:2000], None
        row.next_attempt_at, row.interaction_id = None, contact.id
        uow.commit()


def _summary(row: OutboxMessage) -> str:
    """The contact logged for a message that went: kept on the customer's history as written (stored),
    in English like the other contacts the app writes."""
    if row.channel is MessageChannel.EMAIL:
        return f"E-mail sent to {row.recipient}: “{row.subject}”"
    first = " ".join(row.body.split())
    return f"Text message sent to {row.recipient}: “{first if len(first) <= 120 else first[:119] + '…'}”"


__all__ = [
    "BY_HAND",
    "INTERRUPTED",
    "RETRY_AFTER",
    "Consent",
    "ConsentEntry",
    "Draft",
    "EmailSetup",
    "Links",
    "OutboxRow",
    "Preview",
    "SendReport",
    "SmsSetup",
    "TemplateDetails",
    "cancel_message",
    "consent_of",
    "draft_by_hand",
    "draft_for_job",
    "draft_message",
    "email_setup",
    "event_drafts",
    "list_outbox",
    "list_templates",
    "mark_failures_seen",
    "outbox_rows",
    "preview_customer",
    "preview_template",
    "queue_automatic",
    "queue_due_reminders",
    "queue_message",
    "reminder_drafts",
    "save_email_setup",
    "save_sms_setup",
    "save_template",
    "send_again",
    "send_due",
    "send_now",
    "send_queued",
    "send_test_email",
    "set_channel_consent",
    "sms_setup",
    "template_of",
    "unseen_failures",
]
