"""Customers: create, edit, archive, warn about duplicates, merge two records of the same person.

Every function is one user action and one unit of work, takes plain values and returns frozen
dataclasses (never ORM objects). Customers are never deleted: archiving hides them from lists, and a
merged duplicate is archived with a note saying where its history went. Changes go through ORM
attributes (no bulk UPDATE), so session hooks that keep derived data in step see every one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop import i18n
from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import CustomerKind
from crm_desktop.domain.phones import PhoneNumber, display_e164, normalize_phone, phone_match_keys
from crm_desktop.domain.validation import (
    CustomerInput,
    FieldErrors,
    PhoneInput,
    ValidCustomer,
    normalize_email,
    validate_customer,
)
from crm_desktop.errors import FieldChange, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import SavedStamp, acting, audit, check_version, saved_stamp
from crm_desktop.services.settings import shop_country
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    ConsentChange,
    Customer,
    CustomerPhone,
    CustomerTag,
    FollowUp,
    Interaction,
    OutboxMessage,
    Promise,
    Sale,
    ServiceJob,
)
from crm_desktop.storage.types import utcnow

__all__ = [
    "CustomerDetails",
    "CustomerInput",
    "DuplicateHint",
    "FieldErrors",
    "PhoneDetails",
    "PhoneInput",
    "SavedStamp",
    "archive_customer",
    "create_customer",
    "customer_saved",
    "find_duplicates",
    "get_customer",
    "merge_customers",
    "update_customer",
]


@dataclass(frozen=True)
class PhoneDetails:
    label: str
    raw: str  # as the customer gave it
    e164: str | None  # None only for an old entry that cannot be read as a number
    display: str  # as the shop writes it: national for the shop's country, else international


@dataclass(frozen=True)
class CustomerDetails:
    id: int
    kind: CustomerKind
    name: str
    company: str | None
    email: str | None
    phones: tuple[PhoneDetails, ...]
    address: str | None
    notes: str | None
    tags: tuple[str, ...]
    contact_consent: bool | None
    consent_recorded_at: datetime | None
    language: str | None  # of the customer's documents and messages; None: the shop's
    archived: bool
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int  # what a form sends back when saving, so that a save over someone else's is refused


@dataclass(frozen=True)
class DuplicateHint:
    """Another customer with the same phone number or email: a warning, never an error."""

    customer_id: int
    name: str
    reason: str  # completes "already has this ...": "phone number 0470 12 34 56", "email address a@b.be"
    fields: tuple[str, ...]  # the form fields that matched: "phones", "email"


# ------------------------------------------------------------------------------------------- reading


def get_customer(database: Database, customer_id: int) -> CustomerDetails:
    """One customer, archived or not; :class:`ValidationError` if there is none with that id."""
    with database.reading() as uow:
        customer = _load(uow.session, customer_id)
        return _details(customer, shop_country(uow.session))


def customer_saved(database: Database, customer_id: int) -> SavedStamp:
    """The customer's version now, and who saved them last: an open form compares it with the version it
    shows, to say "changed elsewhere" without reloading under the person's fingers."""
    with database.reading() as uow:
        return saved_stamp(uow.session, AuditEntity.CUSTOMER, _load(uow.session, customer_id))


def find_duplicates(
    database: Database, data: CustomerInput, exclude_id: int | None = None, *, include_archived: bool = False
) -> tuple[DuplicateHint, ...]:
    """Customers who already have one of ``data``'s phone numbers (in any format) or its email (in any
    case). Numbers or addresses that cannot be read are skipped: saving reports them."""
    with database.reading() as uow:
        session = uow.session
        country = shop_country(session)
        by_key: dict[str, PhoneNumber] = {}
        for row in data.phones:
            try:
                number = normalize_phone(row.raw.strip(), country)
            except ValidationError:
                continue
            by_key.update((key, number) for key in phone_match_keys(number, country))
        email: str | None = None
        if data.email and data.email.strip():
            try:
                email = normalize_email(data.email)
            except ValidationError:
                email = None

        found: dict[int, tuple[str, dict[str, str]]] = {}  # id -> (name, field -> reason)
        visible = [] if include_archived else [Customer.archived.is_(False)]
        others = [] if exclude_id is None else [Customer.id != exclude_id]
        if by_key:
            phone_rows = session.execute(
                select(Customer.id, Customer.name, CustomerPhone.number_normalized)
                .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                .where(CustomerPhone.number_normalized.in_(list(by_key)), *visible, *others)
                .order_by(Customer.id, CustomerPhone.position)
            )
            for cid, name, key in phone_rows:
                reasons = found.setdefault(cid, (name, {}))[1]
                reasons.setdefault("phones", _("phone number {number}").format(number=by_key[key].display))
        if email is not None:
            email_rows = session.execute(
                select(Customer.id, Customer.name)
                .where(func.lower(Customer.email) == email.lower(), *visible, *others)
                .order_by(Customer.id)
            )
            for cid, name in email_rows:
                found.setdefault(cid, (name, {}))[1]["email"] = _("email address {email}").format(email=email)
        return tuple(
            DuplicateHint(
                customer_id=cid,
                name=name,
                reason=_("{phone} and {email}").format(phone=reasons["phones"], email=reasons["email"])
                if len(reasons) == 2
                else next(iter(reasons.values())),
                fields=tuple(f for f in ("phones", "email") if f in reasons),
            )
            for cid, (name, reasons) in sorted(found.items())
        )


# ------------------------------------------------------------------------------------------- writing


def create_customer(
    database: Database, data: CustomerInput, *, staff_id: int | None = None
) -> CustomerDetails:
    """Save a new customer; :class:`FieldErrors` (one sentence per field) if the form cannot be saved.
    ``staff_id``: who added them (the audit trail's "created")."""
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        country = shop_country(session)
        valid = validate_customer(data, country)
        now = utcnow()
        customer = Customer(created_at=now, updated_at=now, archived=False)
        consent_changed = _apply(session, customer, valid, now)
        session.add(customer)
        session.flush()
        audit(session, staff_id, AuditEntity.CUSTOMER, customer.id, AuditAction.CREATED, at=now)
        if consent_changed:
            record_consent(
                session, customer.id, "any", customer.contact_consent, CUSTOMER_FORM, staff_id, now
            )
        details = _details(customer, country)
        uow.commit()
    return details


def update_customer(
    database: Database,
    customer_id: int,
    data: CustomerInput,
    *,
    staff_id: int | None = None,
    expected_version: int | None = None,
    keep_mine: bool = False,
) -> CustomerDetails:
    """Replace the customer's details with the form's; ``updated_at`` moves only if something changed,
    and then the audit trail names ``staff_id`` with the fields that changed.

    ``expected_version``: the version the form showed. When someone else has saved the customer since,
    :class:`ConflictError` lists the fields where theirs and mine differ, and nothing is saved.
    ``keep_mine``: the person saw such a conflict and chose to save theirs over it (sending the version
    the conflict showed); the audit trail says so.
    """
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        customer = _load(session, customer_id, lock=True)
        country = shop_country(session)
        valid = validate_customer(data, country, stored_notes=customer.notes)
        before = _snapshot(customer)
        shown_name = customer.name
        now = utcnow()
        consent_changed = _apply(session, customer, valid, now)
        after = _snapshot(customer)
        check_version(
            session, AuditEntity.CUSTOMER, customer, expected_version, what=shown_name,
            changes=lambda: _field_changes(before, after),
        )  # fmt: skip
        if after != before:
            customer.updated_at = now
            changed = ", ".join(_changed_fields(before, after))
            audit(
                session,
                staff_id,
                AuditEntity.CUSTOMER,
                customer.id,
                AuditAction.UPDATED,
                at=now,
                field=changed,
            )
            if keep_mine:
                audit(session, staff_id, AuditEntity.CUSTOMER, customer.id, AuditAction.KEPT_MINE, at=now,
                      field=changed, reason="saved over a change someone else had made")  # fmt: skip
        if consent_changed:
            record_consent(
                session, customer.id, "any", customer.contact_consent, CUSTOMER_FORM, staff_id, now
            )
        session.flush()
        details = _details(customer, country)
        uow.commit()
    return details


def archive_customer(
    database: Database, customer_id: int, archived: bool, *, staff_id: int | None = None
) -> CustomerDetails:
    """Archive (hide from lists, keep everything) or restore a customer; recorded in the audit trail.

    Archiving an archived customer (or restoring an active one) changes nothing.
    """
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        customer = _load(session, customer_id, lock=True)
        if customer.archived != archived:
            now = utcnow()
            customer.archived = archived
            customer.archived_at = now if archived else None
            customer.updated_at = now
            audit(
                session,
                staff_id,
                AuditEntity.CUSTOMER,
                customer.id,
                AuditAction.ARCHIVED if archived else AuditAction.RESTORED,
                at=now,
                field="archived",
                old=str(not archived).lower(),
                new=str(archived).lower(),
            )
            session.flush()
        details = _details(customer, shop_country(session))
        uow.commit()
    return details


# The history that belongs to a customer, moved by a merge (children follow their parent row).
_HISTORY: tuple[tuple[type[Any], str, str], ...] = (
    (Sale, "sale", "sales"),
    (ServiceJob, "service job", "service jobs"),
    (Promise, "promise", "promises"),
    (FollowUp, "follow-up", "follow-ups"),
    (Interaction, "contact", "contacts"),
    (OutboxMessage, "message", "messages"),
    (ConsentChange, "consent answer", "consent answers"),
)


def merge_customers(
    database: Database, keep_id: int, merge_id: int, *, staff_id: int | None = None
) -> CustomerDetails:
    """Move everything of customer ``merge_id`` onto ``keep_id``, then archive ``merge_id``.

    Moved: sales, service jobs, promises, follow-ups and contacts (with everything under them), the
    phone numbers ``keep`` does not have, the tags it lacks. ``keep``'s own details win; its empty email,
    company and address are filled from the duplicate, and the duplicate's notes are appended to its
    notes. Consent (in general and per channel): a "no" on either record wins over a "yes"; "never asked"
    takes the other's answer; the consent history and the messages move too.
    The duplicate is archived (never deleted) with the note "Merged into <name> (#id)", and the audit
    trail records the merge. One transaction: all of it happens or none.
    """
    if keep_id == merge_id:
        raise ValidationError(_("A customer cannot be merged into itself; choose the duplicate to merge."))
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        for customer_id in sorted((keep_id, merge_id)):  # one order, so two merges cannot deadlock
            _load(session, customer_id, lock=True)
        keep = _load(session, keep_id)
        dupe = _load(session, merge_id)
        if keep.archived:
            raise ValidationError(
                _("{name} (#{id}) is archived; restore them before merging a duplicate into them.").format(
                    name=keep.name, id=keep.id
                )
            )
        now = utcnow()
        country = shop_country(session)
        moved: list[str] = []  # for the audit trail (stored): in English
        for model, one, many in _HISTORY:
            rows: Sequence[Any] = session.scalars(select(model).where(model.customer_id == dupe.id)).all()
            for row in rows:
                row.customer_id = keep.id  # an ORM change, seen by flush hooks (a bulk UPDATE would not be)
            if rows:
                moved.append(f"{len(rows)} {one if len(rows) == 1 else many}")
        phones_moved = _merge_phones(keep, dupe, country)
        if phones_moved:
            moved.append(f"{phones_moved} phone number{'' if phones_moved == 1 else 's'}")
        have = {tag.tag.casefold() for tag in keep.tags}
        for tag in dupe.tags:
            if tag.tag.casefold() not in have:
                keep.tags.append(CustomerTag(tag=tag.tag))
                have.add(tag.tag.casefold())
        keep.email = keep.email or dupe.email
        keep.company = keep.company or dupe.company
        keep.address = keep.address or dupe.address
        if dupe.contact_consent is not None and (
            keep.contact_consent is None or (keep.contact_consent and not dupe.contact_consent)
        ):
            keep.contact_consent = dupe.contact_consent
            keep.consent_recorded_at = dupe.consent_recorded_at
        for channel in ("email_consent", "sms_consent"):  # per channel too: a "no" wins
            mine, theirs = getattr(keep, channel), getattr(dupe, channel)
            if theirs is not None and (mine is None or (mine and not theirs)):
                setattr(keep, channel, theirs)
        if dupe.notes and dupe.notes.strip():
            keep.notes = _append(keep.notes, f"From {dupe.name} (#{dupe.id}), merged here:\n{dupe.notes}")
        keep.updated_at = now

        dupe.notes = _append(dupe.notes, f"Merged into {keep.name} (#{keep.id}).")
        if not dupe.archived:
            dupe.archived = True
            dupe.archived_at = now
        dupe.updated_at = now
        audit(
            session,
            staff_id,
            AuditEntity.CUSTOMER,
            keep.id,
            AuditAction.MERGED,
            at=now,
            old=str(dupe.id),
            new=str(keep.id),
            reason=f"{dupe.name} (#{dupe.id}) merged into {keep.name} (#{keep.id}); moved: "
            + (", ".join(moved) if moved else "nothing")
            + ".",
        )
        session.flush()
        details = _details(keep, country)
        uow.commit()
    return details


# ------------------------------------------------------------------------------------------- helpers


def _load(session: Session, customer_id: int, *, lock: bool = False) -> Customer:
    """The customer row; ``lock`` holds it until commit on PostgreSQL (SQLite's writer has the file)."""
    customer = session.get(Customer, customer_id, with_for_update=lock or None)
    if customer is None:
        raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
    return customer


CUSTOMER_FORM: Final = "customer record"  # where a consent answer typed on the customer's form comes from


def record_consent(
    session: Session,
    customer_id: int,
    channel: str,
    answer: bool | None,
    source: str,
    staff_id: int | None,
    at: datetime,
) -> None:
    """One entry of the customer's consent history (``channel``: any, email or sms)."""
    session.add(
        ConsentChange(
            customer_id=customer_id, channel=channel, answer=answer, at=at, source=source, staff_id=staff_id
        )
    )


def _apply(session: Session, customer: Customer, valid: ValidCustomer, now: datetime) -> bool:
    """The form's values on the customer; True when the consent answer changed (its history says so)."""
    consent_changed = False
    customer.kind = valid.kind
    customer.name = valid.name
    customer.company = valid.company
    customer.email = valid.email
    customer.address = valid.address
    customer.notes = valid.notes
    customer.language = valid.language
    if valid.contact_consent != customer.contact_consent or (
        valid.contact_consent is not None and customer.consent_recorded_at is None
    ):
        consent_changed = valid.contact_consent != customer.contact_consent
        customer.contact_consent = valid.contact_consent
        customer.consent_recorded_at = None if valid.contact_consent is None else now

    rows = list(customer.phones)  # reused in order, so unchanged numbers keep their rows
    for position, phone in enumerate(valid.phones):
        if position < len(rows):
            row = rows[position]
        else:
            row = CustomerPhone()
            customer.phones.append(row)
        row.label = phone.label
        row.number_raw = phone.number.raw
        row.number_normalized = phone.number.e164
        row.position = position
    for row in rows[len(valid.phones) :]:
        customer.phones.remove(row)  # delete-orphan

    wanted = _shop_spelling(session, valid.tags)
    for tag in list(customer.tags):
        if tag.tag not in wanted:
            customer.tags.remove(tag)
    present = {tag.tag for tag in customer.tags}
    customer.tags.extend(CustomerTag(tag=tag) for tag in wanted if tag not in present)
    return consent_changed


def _shop_spelling(session: Session, tags: Sequence[str]) -> tuple[str, ...]:
    """Tags spelled as the shop already spells them ("VIP" becomes "vip" if that is in use), so that
    filtering by tag finds everyone. Compared in Python: SQLite's lower() only knows ASCII."""
    if not tags:
        return ()
    known: dict[str, str] = {}
    for tag in session.scalars(select(CustomerTag.tag).distinct().order_by(CustomerTag.tag)):
        known.setdefault(tag.casefold(), tag)
    return tuple(dict.fromkeys(known.get(tag.casefold(), tag) for tag in tags))


def _snapshot(customer: Customer) -> tuple[object, ...]:
    return (
        customer.kind,
        customer.name,
        customer.company,
        customer.email,
        customer.address,
        customer.notes,
        customer.contact_consent,
        customer.language,
        tuple((p.label, p.number_raw, p.number_normalized) for p in customer.phones),
        tuple(sorted(t.tag for t in customer.tags)),
    )


_SNAPSHOT_FIELDS = (
    *("kind", "name", "company", "email", "address", "notes", "consent", "language", "phones", "tags"),
)


def _changed_fields(before: tuple[object, ...], after: tuple[object, ...]) -> list[str]:
    return [name for name, old, new in zip(_SNAPSHOT_FIELDS, before, after, strict=True) if old != new]


_FIELD_LABELS: Final = {
    "kind": N_("Kind"), "name": N_("Name"), "company": N_("Company"), "email": N_("E-mail"),
    "address": N_("Address"), "notes": N_("Notes"), "consent": N_("Contact consent"),
    "language": N_("Language"), "phones": N_("Phones"),
    "tags": N_("Tags"),
}  # fmt: skip


def _shown(name: str, value: object) -> str:
    """A snapshot value as a person reads it in a conflict."""
    if value is None or value == ():
        return _("(none)")
    if name == "phones":
        return ", ".join(f"{raw} ({label})" for label, raw, _e164 in value)  # type: ignore[attr-defined]
    if name == "tags":
        return ", ".join(value)  # type: ignore[arg-type]
    if name == "consent":
        return _("yes") if value else _("no")
    if name == "language":
        return i18n.LANGUAGES.get(str(value), str(value))
    return str(value)


def _field_changes(theirs: tuple[object, ...], mine: tuple[object, ...]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(_(_FIELD_LABELS[name]), _shown(name, old), _shown(name, new))
        for name, old, new in zip(_SNAPSHOT_FIELDS, theirs, mine, strict=True)
        if old != new
    )


def _merge_phones(keep: Customer, dupe: Customer, country: str) -> int:
    have: set[str] = set()
    for phone in keep.phones:
        have.update(_keys(phone, country))
    position = max((p.position for p in keep.phones), default=-1) + 1
    moved = 0
    for phone in list(dupe.phones):
        keys = _keys(phone, country)
        if have.isdisjoint(keys):
            phone.customer = keep  # moves the row (the back-reference updates both lists)
            phone.position = position
            position += 1
            moved += 1
            have.update(keys)
    return moved


def _keys(phone: CustomerPhone, country: str) -> set[str]:
    keys = {phone.number_normalized}
    with suppress(ValidationError):  # an old entry that is no number keeps only its stored form
        keys.update(phone_match_keys(normalize_phone(phone.number_raw, country), country))
    return keys


def _append(text: str | None, addition: str) -> str:
    return f"{text.rstrip()}\n\n{addition}" if text and text.strip() else addition


class StoredPhone(Protocol):
    """A phone as stored (a ``CustomerPhone`` row, or plain values read with its column names)."""

    @property
    def label(self) -> str: ...
    @property
    def number_raw(self) -> str: ...
    @property
    def number_normalized(self) -> str: ...


def phone_details(phones: Iterable[StoredPhone], country: str) -> tuple[PhoneDetails, ...]:
    """Stored phones as plain values; entries written before numbers were normalised are read again."""
    result = []
    for phone in phones:
        e164: str | None = phone.number_normalized
        display = display_e164(phone.number_normalized, country)
        if display is None:
            try:
                number = normalize_phone(phone.number_raw, country)
                e164, display = number.e164, number.display
            except ValidationError:
                e164, display = None, phone.number_raw
        result.append(PhoneDetails(label=phone.label, raw=phone.number_raw, e164=e164, display=display))
    return tuple(result)


def _details(customer: Customer, country: str) -> CustomerDetails:
    phones: list[CustomerPhone] = sorted(customer.phones, key=lambda p: (p.position, p.id or 0))
    return CustomerDetails(
        id=customer.id,
        kind=CustomerKind(customer.kind),
        name=customer.name,
        company=customer.company,
        email=customer.email,
        phones=phone_details(phones, country),
        address=customer.address,
        notes=customer.notes,
        tags=tuple(sorted((t.tag for t in customer.tags), key=lambda t: (t.casefold(), t))),
        contact_consent=customer.contact_consent,
        consent_recorded_at=customer.consent_recorded_at,
        language=customer.language,
        archived=customer.archived,
        archived_at=customer.archived_at,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        version=customer.version,
    )
