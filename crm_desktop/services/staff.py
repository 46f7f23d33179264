"""The shop's people: add, edit, retire (never delete), PINs, and who follow-ups by role go to.

Retiring someone with open work (follow-ups assigned to them, jobs they are the technician of,
visits booked for them, open promises they made) reassigns all of it to one colleague in the same
transaction, with an audit row for every record moved; history keeps the retired person's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import FollowUpStatus, JobStatus, PromiseStatus, StaffRole, VisitStatus
from crm_desktop.domain.requests import LIVE as LIVE_REQUESTS
from crm_desktop.domain.staff import (
    INITIALS_MAX,
    NAME_MAX,
    ROLE_ORDER,
    ROLE_WORDS,
    hash_pin,
    initials_of,
    pin_matches,
    pin_problem,
    roles_text,
    sorted_roles,
)
from crm_desktop.errors import FieldChange, ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.services.common import (
    acting,
    audit,
    changed_fields,
    check_version,
    checked_text,
    require_aware,
)
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    CustomerRequest,
    FollowUp,
    Promise,
    ServiceJob,
    Staff,
    StaffRoleGrant,
    Visit,
)
from crm_desktop.storage.types import utcnow

_OPEN_JOB: Final = tuple(
    s for s in JobStatus if s not in (JobStatus.READY, JobStatus.COLLECTED, JobStatus.CANCELLED)
)
_LIVE_JOB: Final = tuple(s for s in JobStatus if s not in (JobStatus.COLLECTED, JobStatus.CANCELLED))


# The fields of a staff member as a conflict names them (translated when it does)
_FIELD_LABELS: Final = {
    "name": N_("Name"),
    "initials": N_("Initials"),
    "roles": N_("Roles"),
    "email": N_("Email"),
}


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    initials: str
    roles: tuple[StaffRole, ...]  # owner, sales, technician order
    active: bool
    retired_at: datetime | None = None
    has_pin: bool = False
    email: str | None = None
    version: int = 0  # sent back when saving: a save over someone else's is refused

    @property
    def role(self) -> StaffRole:
        """The first role (owner before sales before technician), for one-word labels."""
        return self.roles[0]

    def holds(self, role: StaffRole) -> bool:
        return role in self.roles

    @property
    def roles_text(self) -> str:
        return roles_text(self.roles)

    @property
    def label(self) -> str:
        """ "Tomás Ferreira (TF)"."""
        return f"{self.name} ({self.initials})"

    def as_dict(self) -> dict[str, Any]:
        """For `crm-desktop staff list --json`: whether a PIN is set, never anything about it."""
        return {
            "name": self.name,
            "initials": self.initials,
            "roles": [role.value for role in self.roles],
            "active": self.active,
            "retired_at": self.retired_at.isoformat() if self.retired_at is not None else None,
            "has_pin": self.has_pin,
        }


@dataclass(frozen=True)
class StaffInput:
    name: str
    roles: tuple[StaffRole, ...]
    initials: str | None = None  # from the name when blank
    email: str | None = None


@dataclass(frozen=True)
class OpenWork:
    """What is still in a person's hands."""

    follow_ups: int
    jobs: int
    visits: int
    promises: int
    requests: int = 0

    @property
    def total(self) -> int:
        return self.follow_ups + self.jobs + self.visits + self.promises + self.requests

    def describe(self) -> str:
        parts = [
            (self.follow_ups, ngettext("{count} open follow-up", "{count} open follow-ups", self.follow_ups)),
            (self.jobs, ngettext("{count} service job", "{count} service jobs", self.jobs)),
            (self.visits, ngettext("{count} planned visit", "{count} planned visits", self.visits)),
            (self.promises, ngettext("{count} open promise", "{count} open promises", self.promises)),
            (self.requests, ngettext("{count} open request", "{count} open requests", self.requests)),
        ]
        shown = [text.format(count=n) for n, text in parts if n]
        return ", ".join(shown) if shown else _("no open work")


@dataclass(frozen=True)
class RetireResult:
    member: StaffMember
    moved: OpenWork
    reassigned_to: StaffMember | None


# ------------------------------------------------------------------------------------------- reading


def list_staff(database: Database, *, include_inactive: bool = False) -> tuple[StaffMember, ...]:
    with database.reading() as uow:
        query = select(Staff).order_by(Staff.name, Staff.id)
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        return tuple(_member(row) for row in uow.session.scalars(query))


def get_staff(database: Database, member_id: int) -> StaffMember:
    with database.reading() as uow:
        return _member(_person(uow.session, member_id))


def open_work(database: Database, member_id: int) -> OpenWork:
    with database.reading() as uow:
        _person(uow.session, member_id)
        return _open_work(uow.session, member_id)


def verify_pin(database: Database, member_id: int, pin: str) -> bool:
    """True when ``pin`` opens this person's keyboard (always True for a person without a PIN)."""
    with database.reading() as uow:
        stored = _person(uow.session, member_id).pin_hash
    return stored is None or pin_matches(pin, stored)


def find_staff(database: Database, name: str) -> StaffMember:
    """The staff member called ``name`` as typed on a command line: the exact name (case aside), else the
    only one whose name starts with it, else the only one whose name contains it."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise ValidationError(_("Give a staff member's name."))
    everyone = list_staff(database, include_inactive=True)
    for test in (
        lambda s: s.casefold() == wanted,
        lambda s: s.casefold().startswith(wanted),
        lambda s: wanted in s.casefold(),
    ):
        found = [m for m in everyone if test(" ".join(m.name.split()))]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(m.name for m in found[:5])
            raise ValidationError(
                _("“{name}” could be {names}; give more of the name.").format(name=name, names=names)
            )
    known = ", ".join(m.name for m in everyone if m.active)[:300] or _("nobody yet")
    raise ValidationError(
        _("There is no staff member called “{name}”. Staff: {known}.").format(name=name, known=known)
    )


# ------------------------------------------------------------------------------------------- writing


def add_staff(database: Database, data: StaffInput, *, staff_id: int | None) -> StaffMember:
    """Add a person; ``staff_id`` is who adds them (None: the first start or a command line)."""
    cleaned = _clean(data)
    with database.writing() as uow:
        acting(uow.session, staff_id)
        member = _add(uow.session, cleaned, staff_id)
        uow.commit()
    return member


def start_shop(database: Database, settings: Mapping[str, str | None], owner_name: str) -> StaffMember:
    """The first start: the shop's details and its owner (owner, sales and technician until colleagues
    join), in one transaction — both are saved or neither."""
    from crm_desktop.services.settings import clean_settings, write_settings

    if not owner_name.strip():
        raise ValidationError(_("Give your name: you are the shop's first member of staff."))
    cleaned = _clean(StaffInput(owner_name, tuple(ROLE_ORDER)))
    values = clean_settings(settings)
    with database.writing() as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Staff)):
            raise ValidationError(_("This shop has staff already; add people in Settings → Staff."))
        write_settings(session, values)
        member = _add(session, cleaned, None)
        uow.commit()
    return member


def update_staff(
    database: Database,
    member_id: int,
    data: StaffInput,
    *,
    staff_id: int | None,
    expected_version: int | None = None,
    keep_mine: bool = False,
) -> StaffMember:
    """Change a person's name, initials, roles or e-mail; each change is audited. ``expected_version``:
    the version the form showed (saved by someone else since: ConflictError). ``keep_mine``: the person
    saw such a conflict and chose to save theirs over it; the audit trail says so."""
    name, initials, roles, email = _clean(data)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        person = _person(session, member_id, lock=True)
        _refuse_same_name(session, name, person.id)
        before = _member(person)
        if StaffRole.OWNER in before.roles and StaffRole.OWNER not in roles and person.active:
            _keep_an_owner(session, person.id)
        changes = (
            ("name", before.name, name),
            ("initials", person.initials, initials),
            ("roles", before.roles_text, roles_text(roles)),
            ("email", person.email, email),
        )
        check_version(
            session, AuditEntity.STAFF, person, expected_version, what=before.name,
            changes=lambda: tuple(
                FieldChange(_(_FIELD_LABELS[field]), str(old or _("(none)")), str(new or _("(none)")))
                for field, old, new in changes
                if old != new
            ),
        )  # fmt: skip
        person.name, person.initials, person.email = name, initials, email
        if set(before.roles) != set(roles):
            person.roles = [StaffRoleGrant(role=role) for role in roles]
            flag_modified(person, "name")  # roles live in their own rows: the person's version counts too
        for field, old, new in changes:
            if old != new:
                audit(
                    session, staff_id, AuditEntity.STAFF, person.id, AuditAction.UPDATED,
                    field=field, old=old, new=new,
                )  # fmt: skip
        if keep_mine:
            audit(
                session,
                staff_id,
                AuditEntity.STAFF,
                person.id,
                AuditAction.KEPT_MINE,
                field=changed_fields(changes),
            )
        session.flush()
        member = _member(person)
        uow.commit()
    return member


def set_pin(database: Database, member_id: int, pin: str | None, *, staff_id: int | None) -> StaffMember:
    """Set (or with None / blank, remove) a person's PIN. Only the salted hash is stored."""
    stored: str | None = None
    if pin is not None and pin.strip():
        problem = pin_problem(pin.strip())
        if problem is not None:
            raise ValidationError(problem)
        stored = hash_pin(pin.strip())
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        person = _person(session, member_id, lock=True)
        had = person.pin_hash is not None
        person.pin_hash = stored
        # The audit row says whether a PIN is set, never anything about it.
        audit(
            session, staff_id, AuditEntity.STAFF, person.id, AuditAction.PIN_CHANGED,
            field="pin", old="set" if had else "none", new="set" if stored else "none",
        )  # fmt: skip
        member = _member(person)
        uow.commit()
    return member


def retire_staff(
    database: Database,
    member_id: int,
    *,
    reassign_to: int | None,
    staff_id: int | None,
    now: datetime | None = None,
) -> RetireResult:
    """Retire a person. Their open work moves to ``reassign_to`` in the same step; with open work and
    nobody to take it, nothing changes and the message lists the work."""
    now = now or utcnow()
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        person = _person(session, member_id, lock=True)
        if not person.active:
            raise ValidationError(_("{name} has already retired.").format(name=person.name))
        if any(grant.role is StaffRole.OWNER for grant in person.roles):
            _keep_an_owner(session, person.id)
        work = _open_work(session, person.id)
        heir: Staff | None = None
        if reassign_to is not None:
            if reassign_to == person.id:
                raise ValidationError(_("Choose a colleague to take the work, not the person retiring."))
            heir = _person(session, reassign_to)
            if not heir.active:
                raise ValidationError(
                    _("{name} has retired too; choose someone still working here.").format(name=heir.name)
                )
        elif work.total:
            raise ValidationError(
                _("{name} still has {work}. Choose who takes it over before retiring them.").format(
                    name=person.name, work=work.describe()
                )
            )
        if heir is not None and work.total:
            _reassign(session, person.id, heir.id, staff_id, now)
        person.active = False
        person.retired_at = now
        audit(session, staff_id, AuditEntity.STAFF, person.id, AuditAction.RETIRED, at=now,
              new=heir.name if heir is not None else None)  # fmt: skip
        session.flush()
        result = RetireResult(_member(person), work, _member(heir) if heir is not None else None)
        uow.commit()
    return result


def reinstate_staff(database: Database, member_id: int, *, staff_id: int | None) -> StaffMember:
    """Bring a retired person back (e.g. retired by mistake)."""
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        person = _person(session, member_id, lock=True)
        if person.active:
            raise ValidationError(_("{name} is working here already.").format(name=person.name))
        person.active = True
        person.retired_at = None
        audit(session, staff_id, AuditEntity.STAFF, person.id, AuditAction.REINSTATED)
        member = _member(person)
        uow.commit()
    return member


# ------------------------------------------------------------------------- shared with other services


def staff_by_role(session: Session) -> dict[StaffRole, list[int]]:
    """Active staff ids per role, first choice first, for :func:`crm_desktop.domain.plans.assignee_for`:
    technicians with the least open work first (then by id), the others by id."""
    result: dict[StaffRole, list[int]] = {}
    for sid, role in session.connection().execute(_ACTIVE_ROLES):
        result.setdefault(role, []).append(sid)
    technicians = result.get(StaffRole.TECHNICIAN, [])
    if len(technicians) > 1:  # only then is there a choice to make; counted per technician (indexed)
        load = {sid: _workload(session, sid) for sid in technicians}
        technicians.sort(key=lambda sid: (load[sid], sid))
    return result


_ACTIVE_ROLES: Final = (
    select(Staff.id, StaffRoleGrant.role)
    .join(StaffRoleGrant, StaffRoleGrant.staff_id == Staff.id)
    .where(Staff.active.is_(True))
    .order_by(Staff.id)
)


def _workload(session: Session, staff_id: int) -> int:
    jobs = session.scalar(
        select(func.count())
        .select_from(ServiceJob)
        .where(ServiceJob.technician_id == staff_id, ServiceJob.status.in_(_OPEN_JOB))
    )
    follow_ups = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where(FollowUp.assignee_id == staff_id, FollowUp.status == FollowUpStatus.OPEN)
    )
    return int(jobs or 0) + int(follow_ups or 0)


def first_owner(session: Session) -> int | None:
    """The owner who gets what has nobody else (the longest-standing active owner)."""
    return session.scalar(
        select(Staff.id)
        .join(StaffRoleGrant, StaffRoleGrant.staff_id == Staff.id)
        .where(StaffRoleGrant.role == StaffRole.OWNER, Staff.active.is_(True))
        .order_by(Staff.id)
        .limit(1)
    )


def role_gaps(database: Database) -> str | None:
    """A sentence for Today when follow-ups meant for a role have nobody to go to, else None."""
    with database.reading() as uow:
        session = uow.session
        held = set(
            session.scalars(
                select(StaffRoleGrant.role)
                .join(Staff, Staff.id == StaffRoleGrant.staff_id)
                .where(Staff.active.is_(True))
                .distinct()
            )
        )
        if not held:
            return None  # no staff at all: the first start deals with that
        missing = [role for role in ROLE_ORDER if role not in held]
        if not missing:
            return None
        owner_id = first_owner(session)
        owner = session.scalar(select(Staff.name).where(Staff.id == owner_id)) if owner_id else None
    words = _(" or ").join(_(ROLE_WORDS[role]) for role in missing)
    if owner is None:
        return _(
            "Nobody is {roles}: follow-ups meant for them have nobody to go to. "
            "Give someone the role in Settings → Staff."
        ).format(roles=words)
    return _(
        "Nobody is {roles}: follow-ups meant for a {roles} go to {owner} (owner). "
        "Give someone the role in Settings → Staff."
    ).format(roles=words, owner=owner)


# ------------------------------------------------------------------------------------------ helpers


def _add(
    session: Session, cleaned: tuple[str, str, tuple[StaffRole, ...], str | None], staff_id: int | None
) -> StaffMember:
    name, initials, roles, email = cleaned
    _refuse_same_name(session, name, None)
    person = Staff(name=name, initials=initials, email=email, active=True)
    person.roles = [StaffRoleGrant(role=role) for role in roles]
    session.add(person)
    session.flush()
    audit(session, staff_id, AuditEntity.STAFF, person.id, AuditAction.CREATED, new=roles_text(roles))
    return _member(person)


def _member(row: Staff) -> StaffMember:
    return StaffMember(
        id=row.id,
        name=row.name,
        initials=row.initials or initials_of(row.name),
        roles=sorted_roles(grant.role for grant in row.roles),
        active=row.active,
        retired_at=row.retired_at,
        has_pin=row.pin_hash is not None,
        email=row.email,
        version=row.version or 0,
    )


def _person(session: Session, staff_id: int, *, lock: bool = False) -> Staff:
    person = session.get(Staff, staff_id, with_for_update=lock or None)
    if person is None:
        raise ValidationError(_("Staff member #{id} does not exist.").format(id=staff_id))
    return person


def _clean(data: StaffInput) -> tuple[str, str, tuple[StaffRole, ...], str | None]:
    name = " ".join(checked_text(data.name, _("The name"), NAME_MAX).split())
    initials = " ".join((data.initials or "").split()).upper() or initials_of(name)
    checked_text(initials, _("The initials"), INITIALS_MAX)
    if not data.roles:
        raise ValidationError(_("Give at least one role: owner, sales or technician."))
    unknown = [r for r in data.roles if not isinstance(r, StaffRole)]
    if unknown:
        raise ValidationError(
            _("Unknown role {role}: the roles are owner, sales and technician.").format(role=repr(unknown[0]))
        )
    email = data.email.strip() if data.email and data.email.strip() else None
    if email is not None:
        from crm_desktop.domain.validation import normalize_email

        email = normalize_email(email)
    return name, initials, sorted_roles(data.roles), email


def _refuse_same_name(session: Session, name: str, own_id: int | None) -> None:
    wanted = name.casefold()
    for sid, other in session.execute(select(Staff.id, Staff.name)):
        if sid != own_id and " ".join(other.split()).casefold() == wanted:
            raise ValidationError(
                _(
                    "There is already a staff member called {name}; add a surname or an initial so the two "
                    "can be told apart."
                ).format(name=other)
            )


def _keep_an_owner(session: Session, leaving_id: int) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(Staff)
        .join(StaffRoleGrant, StaffRoleGrant.staff_id == Staff.id)
        .where(StaffRoleGrant.role == StaffRole.OWNER, Staff.active.is_(True), Staff.id != leaving_id)
    )
    if not others:
        raise ValidationError(
            _(
                "The shop needs an owner: give the owner role to someone else first "
                "(they get the work nobody else holds)."
            )
        )


def _open_work(session: Session, staff_id: int) -> OpenWork:
    def count(query: object) -> int:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]

    return OpenWork(
        follow_ups=count(
            select(func.count())
            .select_from(FollowUp)
            .where(FollowUp.assignee_id == staff_id, FollowUp.status == FollowUpStatus.OPEN)
        ),
        jobs=count(
            select(func.count())
            .select_from(ServiceJob)
            .where(ServiceJob.technician_id == staff_id, ServiceJob.status.in_(_LIVE_JOB))
        ),
        visits=count(
            select(func.count())
            .select_from(Visit)
            .where(Visit.technician_id == staff_id, Visit.status == VisitStatus.SCHEDULED)
        ),
        promises=count(
            select(func.count())
            .select_from(Promise)
            .where(Promise.promised_by_id == staff_id, Promise.status == PromiseStatus.OPEN)
        ),
        requests=count(
            select(func.count())
            .select_from(CustomerRequest)
            .where(CustomerRequest.owner_id == staff_id, CustomerRequest.status.in_(LIVE_REQUESTS))
        ),
    )


def _reassign(session: Session, from_id: int, to_id: int, staff_id: int | None, now: datetime) -> None:
    """Move every open record from one person to another, one audit row per record."""
    moves: Iterable[tuple[AuditEntity, type[object], object, object, str]] = (
        (AuditEntity.FOLLOW_UP, FollowUp, FollowUp.assignee_id, FollowUp.status == FollowUpStatus.OPEN,
         "assignee_id"),
        (AuditEntity.SERVICE_JOB, ServiceJob, ServiceJob.technician_id, ServiceJob.status.in_(_LIVE_JOB),
         "technician_id"),
        (AuditEntity.VISIT, Visit, Visit.technician_id, Visit.status == VisitStatus.SCHEDULED,
         "technician_id"),
        (AuditEntity.PROMISE, Promise, Promise.promised_by_id, Promise.status == PromiseStatus.OPEN,
         "promised_by_id"),
        (AuditEntity.REQUEST, CustomerRequest, CustomerRequest.owner_id,
         CustomerRequest.status.in_(LIVE_REQUESTS), "owner_id"),
    )  # fmt: skip
    for entity, model, column, still_open, field in moves:
        ids = session.scalars(
            select(model.id).where(column == from_id, still_open)  # type: ignore[attr-defined, arg-type]
        ).all()
        if not ids:
            continue
        session.execute(
            update(model)
            .where(model.id.in_(ids))  # type: ignore[attr-defined]
            .values({field: to_id, "version": model.version + 1})  # type: ignore[attr-defined]
        )
        for record_id in ids:
            audit(session, staff_id, entity, record_id, AuditAction.REASSIGNED, at=now, field=field,
                  old=from_id, new=to_id)  # fmt: skip


__all__ = [
    "OpenWork",
    "RetireResult",
    "StaffInput",
    "StaffMember",
    "add_staff",
    "find_staff",
    "first_owner",
    "get_staff",
    "list_staff",
    "open_work",
    "reinstate_staff",
    "retire_staff",
    "role_gaps",
    "set_pin",
    "staff_by_role",
    "start_shop",
    "update_staff",
    "verify_pin",
]
