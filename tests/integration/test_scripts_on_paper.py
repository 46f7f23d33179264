"""Every customer's name prints: each script's sample typed into every text field of a shop, then every
document printed from the command line and read back with pdftotext and with PDFium (body, tables,
headers and footers), with the script's own font embedded. The pages were also looked at as PNGs
(pdftoppm) when this was written; the unit tests in ``tests/unit/test_typeset.py`` check the glyphs'
order and shaping."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crm_desktop.cli import main
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage import models, search_index
from crm_desktop.storage.startup import OpenedDatabase
from tests.support import every_document
from tests.unit.test_typeset import SAMPLES

pytestmark = [
    pytest.mark.sqlite_only,  # about the documents, not the database
    pytest.mark.skipif(
        shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
    ),
]

TEXT_COLUMNS = {  # what people type, by table
    models.Customer: ("name", "address", "notes"),
    models.Staff: ("name",),
    models.SaleItem: ("description",),
    models.ServiceJob: ("unit_description", "reported_problem", "diagnosis", "work_done"),
    models.Promise: ("description",),
    models.FollowUp: ("title",),
}
FONT_FILES = {  # the PDF's name of each bundled font of the chain
    "DejaVuSans": "DejaVuSans",
    "CRM-Fallback": "DroidSansFallback",
    "CRM-Korean": "NanumGothic",
    "CRM-Symbols": "Symbola",
}
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")  # pdftotext wraps right-to-left lines in them


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo shop, copied for each script (filling it is the slow part)."""
    from crm_desktop.paths import resolve
    from crm_desktop.storage.startup import open_database

    folder = tmp_path_factory.mktemp("scripts")
    opened = open_database(resolve(db=str(folder / "shop.sqlite3")), lock=False, daily_backup=False)
    try:
        fill_demo(opened.database, customers=4, seed=5, today=date(2026, 11, 2))
    finally:
        opened.close()
    return folder / "shop.sqlite3"


def _shop_in(demo_shop: Path, folder: Path, sample: str) -> tuple[Path, str, str]:
    """A copy of the demo shop with ``sample`` in every text field; its first job and serial."""
    from crm_desktop.paths import resolve
    from crm_desktop.storage.startup import open_database

    target = folder / "shop.sqlite3"
    shutil.copyfile(demo_shop, target)
    opened: OpenedDatabase = open_database(resolve(db=str(target)), lock=False, daily_backup=False)
    try:
        with opened.database.writing() as uow:
            for model, names in TEXT_COLUMNS.items():
                uow.session.execute(update(model).values({name: sample for name in names}))
            uow.session.execute(
                update(models.Setting).where(models.Setting.key == "business.name").values(value=sample)
            )
            search_index.rebuild(uow.session)
            uow.commit()
        with opened.database.reading() as uow:
            job = uow.session.scalars(select(models.ServiceJob.number).order_by(models.ServiceJob.id)).first()
            serial = uow.session.scalars(
                select(models.SaleItem.serial).where(models.SaleItem.serial.is_not(None))
            ).first()
    finally:
        opened.close()
    assert job is not None and serial is not None
    return target, f"J-{job:04d}", serial


def _read(pdf: Path, *crop: str) -> str:
    text = subprocess.run(["pdftotext", *crop, str(pdf), "-"], capture_output=True, text=True, check=True)
    return BIDI_MARKS.sub("", text.stdout)


def _pdfium(pdf: Path) -> str:
    """The text PDFium (Chrome's and Edge's reader, and the app's printing) takes from every page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return BIDI_MARKS.sub("", "\n".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def _flat(text: str) -> str:
    return "".join(text.split())


def _fonts(pdf: Path) -> set[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()[2:]
    assert all(line.split()[-5] == "yes" for line in lines), f"{pdf.name}: {out}"  # every font embedded
    return {line.split()[0].split("+", 1)[-1] for line in lines}


@pytest.mark.parametrize("script", SAMPLES)
def test_each_script_prints_in_every_document(
    script: str, demo_shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample, font_name = SAMPLES[script]
    db, job, serial = _shop_in(demo_shop, tmp_path, sample)
    documents = every_document(job, serial, metrics_to="2026-11-02")
    expected_font = FONT_FILES.get(font_name, font_name.replace("CRM-", "NotoSans"))
    for name, args in documents.items():
        target = tmp_path / f"{name}.pdf"
        assert main([*args, "-o", str(target), "--db", str(db)]) == 0, f"{name}: {capsys.readouterr().err}"
        text = _read(target)
        assert _flat(sample) in _flat(text), f"{script} in the {name}: {text[:400]!r}"
        assert _flat(sample) in _flat(_pdfium(target)), f"{script} in the {name}, read by PDFium"
        assert "\ufffd" not in text and not re.search("[\ue000-\uf8ff\U000f0000-\U000ffffd]", text), name
        fonts = _fonts(target)
        assert any(f.startswith(expected_font) for f in fonts), f"{script} in the {name}: {fonts}"
        if name in ("history", "job sheet"):  # the footer names the customer: the bottom 40 points
            footer = _read(target, "-r", "72", "-y", "802", "-H", "40", "-W", "595", "-l", "1")
            assert _flat(sample) in _flat(footer), f"{script} in the {name}'s footer: {footer!r}"


def test_latin_text_gains_no_ligatures(demo_shop: Path, tmp_path: Path) -> None:
    sample = "history office fifty affluent"
    db, job, _ = _shop_in(demo_shop, tmp_path, sample)
    target = tmp_path / "history.pdf"
    assert main(["print", "history", job, "--all", "-o", str(target), "--db", str(db)]) == 0
    text = _read(target)
    assert sample in text
    assert not re.search("[\ufb00-\ufb06]", text), "a ligature in Latin text"
    assert _fonts(target) == {"DejaVuSans", "DejaVuSans-Bold"}  # Latin pulls in no other font
