"""Text people type is printed as text in every document, never read as ReportLab's mini-markup: a
customer called ``<img src="/etc/hostname"/>`` gets that name on paper, not the file's picture, and no
link, launch action or embedded file appears that the app did not put there."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import String, Text, select, update

from crm_desktop.cli import main
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage import models, search_index
from crm_desktop.storage.startup import OpenedDatabase
from tests.support import every_document

pytestmark = [
    pytest.mark.sqlite_only,  # about the documents, not the database
    pytest.mark.skipif(
        shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
    ),
]

MARKUP = (
    '<img src="/etc/hostname" width="60" height="60"/><a href="file:///etc/passwd">open</a>'
    '<link href="https://evil.example/">go</link><font size="40" color="red">BIG</font>&amp;<br/>'
)
TEXT_COLUMNS = {  # what people type, by table (numbers, serials, e-mails and choices keep their shapes)
    models.Customer: ("name", "company", "address", "notes"),
    models.Staff: ("name",),
    models.Product: ("name",),
    models.SaleItem: ("description",),
    models.ServiceJob: (
        "unit_description",
        "reported_problem",
        "diagnosis",
        "work_done",
        "accessories",
        "condition",
    ),
    models.Promise: ("description",),
    models.FollowUp: ("title",),
}
FORBIDDEN = (b"/URI", b"/Launch", b"/GoToR", b"/JavaScript", b"/EmbeddedFile", b"/Subtype /Image")


@pytest.fixture
def hostile_shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=12, seed=3, today=date(2026, 11, 2))
    with opened.database.writing() as uow:
        for model, names in TEXT_COLUMNS.items():
            for name in names:
                column = getattr(model, name)
                assert isinstance(column.type, String | Text), f"{model.__name__}.{name} is typed text"
                uow.session.execute(update(model).values({name: MARKUP + "kept"}))
        uow.session.execute(
            update(models.Setting).where(models.Setting.key == "business.name").values(value=MARKUP + "Shop")
        )
        search_index.rebuild(uow.session)  # the updates above went round the ORM that keeps it in step
        uow.commit()
    return opened


def _numbers(opened: OpenedDatabase) -> tuple[str, str, str]:
    with opened.database.reading() as uow:
        job = uow.session.scalars(select(models.ServiceJob.number).order_by(models.ServiceJob.id)).first()
        serial = uow.session.scalars(
            select(models.SaleItem.serial).where(models.SaleItem.serial.is_not(None))
        ).first()
        customer = uow.session.scalars(select(models.Customer.id).order_by(models.Customer.id)).first()
    assert job is not None and serial is not None and customer is not None
    return f"J-{job:04d}", serial, str(customer)


def test_typed_markup_prints_as_text_in_every_document(
    hostile_shop: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    job, serial, _customer = _numbers(hostile_shop)
    db = ["--db", str(hostile_shop.paths.db_file)]
    documents = every_document(job, serial, metrics_to="2026-11-02")
    for name, args in documents.items():
        target = tmp_path / f"{name}.pdf"
        code = main([*args, "-o", str(target), *db])
        assert code == 0, f"{name}: {capsys.readouterr().err}"
        pdf = target.read_bytes()
        found = [marker.decode() for marker in FORBIDDEN if marker in pdf]
        assert found == [], f"{name}: {found} in a document made of text"
        text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        flat = re.sub(r"\s+", "", text)
        if name != "metrics":  # (the metrics report names no customer)
            assert '<imgsrc="/etc/hostname"' in flat, f"{name}: the typed markup is not printed as typed"
        assert "/etc/hostname" not in text or "<img" in text


def test_the_check_sees_markup_that_was_read_as_markup(tmp_path: Path) -> None:
    """The negative control: the same kind of text given to ReportLab unescaped embeds the picture and the
    link, and the check above finds both."""
    from PIL import Image
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    picture = tmp_path / "secret.png"
    Image.new("RGB", (4, 4), "red").save(picture)
    target = tmp_path / "unescaped.pdf"
    SimpleDocTemplate(str(target)).build(
        [Paragraph(f'<img src="{picture}" width="20" height="20"/><a href="file:///etc/passwd">x</a>',
                   getSampleStyleSheet()["Normal"])]
    )  # fmt: skip
    pdf = target.read_bytes()
    assert [m for m in FORBIDDEN if m in pdf] == [b"/URI", b"/Subtype /Image"]


def test_a_long_name_in_a_footer_stops_before_the_date_and_page() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from crm_desktop.reports.common import FONT, fit_width, register_fonts

    register_fonts()
    cut = fit_width(MARKUP * 3, FONT, 8, 200)
    assert cut.endswith("…") and stringWidth(cut, FONT, 8) <= 200 and len(cut) > 20
    assert fit_width("Job sheet J-0042 · Zoë Øster", FONT, 8, 200) == "Job sheet J-0042 · Zoë Øster"
