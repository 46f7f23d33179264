"""Procedures: the shop's checklist templates for recurring cases ("Lost phone / duplicate SIM").

Editing a procedure never changes the checklists already copied onto jobs (they are copies, ticked by
technicians); a procedure in use is retired rather than deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select

from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.common import checked_text
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Procedure, ProcedureStep

NAME_MAX: Final = 120
STEP_MAX: Final = 300
STEPS_MAX: Final = 100
DESCRIPTION_MAX: Final = 2_000


@dataclass(frozen=True)
class ProcedureDetails:
    id: int
    name: str
    description: str | None
    active: bool
    steps: tuple[str, ...]


def list_procedures(database: Database, *, include_retired: bool = False) -> tuple[ProcedureDetails, ...]:
    with database.reading() as uow:
        query = select(Procedure).order_by(func.lower(Procedure.name))
        if not include_retired:
            query = query.where(Procedure.active.is_(True))
        return tuple(_details(p) for p in uow.session.scalars(query))


def save_procedure(
    database: Database,
    procedure_id: int | None,
    *,
    name: str,
    steps: list[str] | tuple[str, ...],
    description: str | None = None,
    active: bool = True,
) -> ProcedureDetails:
    """Create (``procedure_id`` None) or replace a procedure. Blank step lines are dropped."""
    clean_name = (name or "").strip()
    if not clean_name:
        raise ValidationError(_("Give the procedure a name, e.g. “Screen replacement”."))
    if len(clean_name) > NAME_MAX:
        raise ValidationError(
            _("The name is {length} characters long; the most is {most}.").format(
                length=f"{len(clean_name):,}", most=NAME_MAX
            )
        )
    clean_steps = [s.strip() for s in steps if s and s.strip()]
    if not clean_steps:
        raise ValidationError(_("Write at least one step, one per line."))
    if len(clean_steps) > STEPS_MAX:
        raise ValidationError(
            _("A procedure has at most {most} steps; this one has {count}.").format(
                most=STEPS_MAX, count=len(clean_steps)
            )
        )
    for number, step in enumerate(clean_steps, start=1):
        if len(step) > STEP_MAX:
            raise ValidationError(
                _("Step {number} is {length} characters long; the most is {most}. Split it in two.").format(
                    number=number, length=f"{len(step):,}", most=STEP_MAX
                )
            )
    text = (description or "").strip() or None
    if text is not None and len(text) > DESCRIPTION_MAX:
        raise ValidationError(
            _("The description is too long; the most is {most} characters.").format(
                most=f"{DESCRIPTION_MAX:,}"
            )
        )
    # Characters no database keeps (NUL, lone surrogates): refused in a sentence, as every form does.
    checked_text(clean_name, _("The name"), NAME_MAX)
    for number, step in enumerate(clean_steps, start=1):
        checked_text(step, _("Step {number}").format(number=number), STEP_MAX)
    checked_text(text, _("The description"), DESCRIPTION_MAX, required=False)
    with database.writing() as uow:
        session = uow.session
        same = session.scalars(
            select(Procedure).where(func.lower(Procedure.name) == clean_name.lower())
        ).first()
        if same is not None and same.id != procedure_id:
            raise ValidationError(_("There is already a procedure called “{name}”.").format(name=same.name))
        if procedure_id is None:
            procedure = Procedure(name=clean_name)
            session.add(procedure)
        else:
            found = session.get(Procedure, procedure_id)
            if found is None:
                raise ValidationError(
                    _("Procedure #{id} does not exist (was it removed?).").format(id=procedure_id)
                )
            procedure = found
            procedure.name = clean_name
            procedure.steps.clear()
            session.flush()
        procedure.description = text
        procedure.active = bool(active)
        procedure.steps.extend(ProcedureStep(position=n, text=t) for n, t in enumerate(clean_steps))
        session.flush()
        details = _details(procedure)
        uow.commit()
    return details


def _details(procedure: Procedure) -> ProcedureDetails:
    return ProcedureDetails(
        procedure.id,
        procedure.name,
        procedure.description,
        procedure.active,
        tuple(step.text for step in sorted(procedure.steps, key=lambda s: s.position)),
    )
