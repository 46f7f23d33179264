"""Documents in the customer's language: a customer whose record says French or German gets their
receipt, job sheet, warranty certificate and history in it — words, dates and all — while the window
speaks English; money stays as the shop writes it. Read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop import i18n
from crm_desktop.domain.enums import MessageChannel
from crm_desktop.domain.validation import CustomerInput, FieldErrors
from crm_desktop.paths import AppPaths
from crm_desktop.reports.history import history_pdf
from crm_desktop.reports.job_sheet import job_sheet_pdf
from crm_desktop.reports.receipt import receipt_pdf
from crm_desktop.reports.warranty_certificate import warranty_certificate_pdf
from crm_desktop.services.customers import create_customer, get_customer, update_customer
from crm_desktop.services.history_report import history_report
from crm_desktop.services.job_sheets import job_sheets
from crm_desktop.services.messages import draft_for_job
from crm_desktop.services.receipts import job_receipt
from crm_desktop.services.warranties import certificate_data
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, FollowUpPlan, FollowUpPlanStep, Procedure, RequestKind
from crm_desktop.storage.startup import OpenedDatabase
from tests.integration.test_job_sheet_pdf import needs_poppler
from tests.integration.test_jobs import TODAY, _shop
from tests.integration.test_receipts import _job
from tests.integration.test_warranty_pdf import _printed, _text

pytestmark = needs_poppler

# What each language prints for the same job (ready by 19 March 2026, a warranty, the shop's copy).
WORDS = {
    "fr": ("Reçu de dépôt", "19 mars 2026", "Fiche d'intervention", "Historique client"),
    "de": ("Annahmebeleg", "19. März 2026", "Auftragsblatt", "Kundenhistorie"),
}


def _speaks(db: Database, customer_id: int, code: str | None) -> None:
    with db.writing() as uow:
        customer = uow.session.get(Customer, customer_id)
        assert customer is not None
        customer.language = code
        uow.commit()


@pytest.mark.parametrize("code", ["fr", "de"])
def test_a_customers_documents_are_printed_in_their_language(
    opened: OpenedDatabase, tmp_path: Path, code: str
) -> None:
    db = opened.database
    shop = _shop(db)
    job_id = _job(shop)  # ready by 19 March 2026
    _speaks(db, shop.customer, code)
    receipt_word, ready, sheet_word, history_word = WORDS[code]
    assert i18n.current_language() == "en"  # the window's

    receipt = _text(receipt_pdf(job_receipt(db, job_id, TODAY)), tmp_path)
    assert _printed(receipt_word, receipt) and _printed(ready, receipt), receipt
    assert not _printed("Intake receipt", receipt) and not _printed("19 March 2026", receipt)

    sheet = _text(job_sheet_pdf(job_sheets(db, [job_id], TODAY), printed_on=TODAY), tmp_path)
    assert _printed(sheet_word, sheet) and not _printed("Job sheet", sheet), sheet

    history = _text(history_pdf(history_report(db, shop.customer, TODAY, include_internal=True)), tmp_path)
    assert _printed(history_word, history) and not _printed("Customer history", history), history

    certificate = _text(warranty_certificate_pdf(certificate_data(db, shop.covered_item)), tmp_path)
    assert not _printed("Warranty certificate", certificate), certificate

    draft = draft_for_job(db, job_id, "job_received", MessageChannel.EMAIL, TODAY)  # says the date
    assert ready in draft.body and "March" not in draft.body, draft.body
    assert i18n.current_language() == "en"  # nothing leaked into the window's language


def test_without_a_language_the_documents_speak_the_shops(opened: OpenedDatabase, tmp_path: Path) -> None:
    db = opened.database
    shop = _shop(db)
    job_id = _job(shop)
    receipt = _text(receipt_pdf(job_receipt(db, job_id, TODAY)), tmp_path)
    assert _printed("19 March 2026", receipt)
    with i18n.language("de"):  # the window speaks German: so does a customer without a language
        receipt = _text(receipt_pdf(job_receipt(db, job_id, TODAY)), tmp_path)
    assert _printed("19. März 2026", receipt), receipt


def test_the_customer_form_keeps_the_language_and_refuses_an_unknown_one(opened: OpenedDatabase) -> None:
    db = opened.database
    customer = create_customer(db, CustomerInput(name="Anneke de Vries", language="nl"))
    assert get_customer(db, customer.id).language == "nl"
    updated = update_customer(db, customer.id, CustomerInput(name="Anneke de Vries", language=None))
    assert updated.language is None
    with pytest.raises(FieldErrors) as refused:
        create_customer(db, CustomerInput(name="Kim", language="klingon"))
    assert "klingon" in refused.value.errors["language"]


def test_a_shop_started_in_french_gets_its_plan_procedures_and_kinds_in_french(db_paths: AppPaths) -> None:
    from crm_desktop.app import opened_app
    from crm_desktop.services.catalogue import DEFAULT_PLAN_NAME

    french = i18n.catalogue("fr").gettext
    with i18n.language("fr"), opened_app(db_paths, lock=False, daily_backup=False) as context:
        plans, steps, kinds = _seeded(context.database)
    assert plans == [french(DEFAULT_PLAN_NAME)] and plans != [DEFAULT_PLAN_NAME]
    assert french("Thank-you call") in steps and "Thank-you call" not in steps
    assert french("Complaint") in kinds and "Complaint" not in kinds
    # the kind is still linked to its procedure, both written in French
    assert kinds[french("Lost or stolen device")] == french("Lost phone / duplicate SIM")


def _seeded(db: Database) -> tuple[list[str], set[str], dict[str, str | None]]:
    """The plans, plan steps and kinds of request (with their procedure) a shop holds."""
    with db.reading() as uow:
        plans = list(uow.session.scalars(select(FollowUpPlan.name)))
        steps = set(uow.session.scalars(select(FollowUpPlanStep.title)))
        linked = select(RequestKind.name, Procedure.name).outerjoin(
            Procedure, Procedure.id == RequestKind.procedure_id
        )
        kinds: dict[str, str | None] = {kind: procedure for kind, procedure in uow.session.execute(linked)}
    return plans, steps, kinds
