"""The warranty certificate PDF, read back with poppler's tools as a user's viewer would show it, and
`crm-desktop print warranty` run as a separate process."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.paths import AppPaths
from crm_desktop.reports.common import markup
from crm_desktop.reports.warranty_certificate import warranty_certificate_pdf
from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale
from crm_desktop.services.warranties import DEFAULT_TERMS, CertificateData
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import open_database
from tests.support import database_option

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed: apt-get install poppler-utils",
)

DATA = CertificateData(
    sale_item_id=7,
    shop_name="Smith & Sons <VIP>",
    shop_address="Rue de l'Exemple 12\n1000 Bruxelles",
    shop_phone="+32 2 555 01 23",
    shop_email="hello@demo-shop.example",
    customer_name="Zoë Øster-Łukasiewicz",
    customer_company='R&D Ltd; "quoted", comma',
    customer_address="Ñandú Peña\nSão Paulo",
    description="Phone X 128 GB",
    serial="35-693803-564380-9",
    sale_number_text="S-0042",
    sale_date=date(2026, 3, 15),
    warranty_start=date(2026, 3, 15),
    warranty_end=date(2028, 3, 14),
    terms=DEFAULT_TERMS,
)


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    # -layout keeps each printed line whole (no joining of a trailing "-" with the next line).
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def _printed(expected: str, text: str) -> bool:
    """``expected`` appears on one printed line (runs of whitespace count as one space)."""
    wanted = " ".join(expected.split())
    return any(wanted in line for line in _lines(text))


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup("Smith & Sons <VIP>\nline two") == "Smith &amp; Sons &lt;VIP&gt;<br/>line two"


@needs_poppler
def test_every_field_is_printed(tmp_path: Path) -> None:
    pdf = warranty_certificate_pdf(DATA, printed_on=date(2026, 4, 1))
    assert pdf.startswith(b"%PDF")
    text = _text(pdf, tmp_path)
    for expected in (
        "Smith & Sons <VIP>",
        "Rue de l'Exemple 12",
        "1000 Bruxelles",
        "+32 2 555 01 23",
        "hello@demo-shop.example",
        "Warranty certificate",
        "Zoë Øster-Łukasiewicz",
        'R&D Ltd; "quoted", comma',
        "Ñandú Peña",
        "São Paulo",
        "Phone X 128 GB",
        "35-693803-564380-9",
        "S-0042 of 15 March 2026",
        "Warranty from 15 March 2026",
        "Warranty until 14 March 2028",
        "(24 months)",
        "Terms of the warranty",
        "Printed 1 April 2026",
        "page 1",
        "Shop stamp",
    ):
        assert _printed(expected, text), expected
    assert "This warranty covers defects" in " ".join(text.split())
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=False)
    if info.returncode == 0:
        assert b"Pages:           1" in info.stdout


@needs_poppler
def test_only_dejavu_is_used_and_it_is_embedded(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(warranty_certificate_pdf(DATA))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = out.splitlines()[2:]
    assert fonts and all("DejaVuSans" in line for line in fonts), out
    assert all(line.split()[-5] == "yes" for line in fonts), out  # the "emb" column


def _drawable(line: str) -> bool:
    """Every script prints (see test_scripts_on_paper.py); a line that mixes directions is read back by
    pdftotext in an order of its own, so such lines are looked at there and in the PNGs, not here."""
    directions = {unicodedata.bidirectional(ch) for ch in line}
    both = directions & {"R", "AL"} and directions & {"L", "EN", "AN"}
    explicit = directions & {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
    return not (both or explicit)


@needs_poppler
def test_hostile_text_prints_as_written(tmp_path: Path, hostile_lines: list[str]) -> None:
    short = [line for line in hostile_lines if line.strip() and len(line) < 1_000]
    long = [line for line in hostile_lines if len(line) >= 1_000]
    data = dataclasses.replace(
        DATA,
        shop_name=short[0],
        customer_name=short[0],
        customer_company=short[1],
        customer_address="\n".join(short),
        description=short[2],
        serial=short[6],
        terms="\n".join(hostile_lines),
    )
    text = _text(warranty_certificate_pdf(data), tmp_path)
    drawable = [line for line in short if _drawable(line)]
    assert len(drawable) >= 15
    for line in drawable:
        shown = "".join(ch for ch in line if unicodedata.category(ch) != "Cc" or ch == "\t")
        assert _printed(shown, text), line
    assert "<font" in text and "&amp;" not in text and "&lt;" not in text
    body = [line for line in text.splitlines() if "Warranty certificate ·" not in line]  # not the footers
    squeezed = "".join("".join(body).split())
    for line in long:  # a 10,000-character word is split across lines, but every character is there
        assert "".join(line.split()) in squeezed


@needs_poppler
def test_chinese_and_japanese_print_in_the_fallback_font(tmp_path: Path) -> None:
    name = "李小龍 (Bruce Lee) 田中 大輔 & <Co>"
    text = _text(warranty_certificate_pdf(dataclasses.replace(DATA, customer_name=name)), tmp_path)
    assert _printed(name, text)


@needs_poppler
@pytest.mark.parametrize(
    "name", ["김민준", "محمد العربي", "שלום כהן", "🙂 emoji", "สมชาย ใจดี", "अर्जुन क्षत्रिय"]
)
def test_korean_emoji_thai_indic_and_right_to_left_scripts(name: str, tmp_path: Path) -> None:
    text = _text(warranty_certificate_pdf(dataclasses.replace(DATA, customer_name=name)), tmp_path)
    assert _printed(name, text)


@needs_poppler
def test_long_terms_flow_onto_more_pages(tmp_path: Path) -> None:
    terms = ("Clause: the shop repairs or replaces a faulty unit. " * 100)[:5_000]
    long_address = "\n".join(f"Building {n}, staircase B, floor {n % 9}" for n in range(150))
    pdf = warranty_certificate_pdf(dataclasses.replace(DATA, terms=terms, customer_address=long_address))
    text = _text(pdf, tmp_path)
    assert " ".join(text.split()).count("Clause:") == terms.count("Clause:") == 97
    assert _printed("Building 149, staircase B, floor 5", text)
    assert "page 2" in text


# ------------------------------------------------------------------------------------------------ CLI


def _crm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args], capture_output=True, text=True, timeout=120, check=False
    )


def _sold_item(paths: AppPaths) -> tuple[int, int]:
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        with opened.database.writing() as uow:
            customer = Customer(name="Smith & Sons <VIP>")
            uow.session.add(customer)
            uow.session.flush()
            customer_id = customer.id
            uow.commit()
        sale = record_sale(
            opened.database,
            SaleInput(
                customer_id=customer_id,
                sale_date=date(2026, 3, 1),
                lines=(
                    SaleLineInput(
                        description="Bike",
                        serial="FR-123",
                        unit_price_minor=50_000,
                        warranty_end=date(2027, 2, 28),
                        warranty_override_reason="one year",
                    ),
                    SaleLineInput(description="Bell", unit_price_minor=500),
                ),
            ),
            date(2026, 3, 31),
        )
    finally:
        opened.close()
    return sale.lines[0].id, sale.lines[1].id


@needs_poppler
def test_cli_prints_a_certificate(db_paths: AppPaths, tmp_path: Path) -> None:
    _sold_item(db_paths)
    target = tmp_path / "out" / "cert.pdf"
    target.parent.mkdir()
    result = _crm("print", "warranty", "FR-123", "-o", str(target), *database_option(db_paths))
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout and "Bike FR-123 (S-0001)" in result.stdout
    text = _text(target.read_bytes(), tmp_path)
    assert _printed("Smith & Sons <VIP>", text) and _printed("FR-123", text)
    assert [p.name for p in target.parent.iterdir()] == ["cert.pdf"]  # no temporary file left behind

    db = database_option(db_paths)
    # The sale's number finds its one item with a warranty; the line given is that line.
    assert _crm("print", "warranty", "S-0001", "-o", str(target), *db).returncode == 0
    for args, message in (
        (["print", "warranty", "XX-999", "-o", str(target)], "No item sold here has the serial 'XX-999'"),
        (["print", "warranty", "S-0099", "-o", str(target)], "There is no sale S-0099"),
        (["print", "warranty", "S-0001", "--item", "2", "-o", str(target)], "has no warranty"),
        (["print", "warranty", "S-0001", "--item", "3", "-o", str(target)], "has 2 line(s)"),
        (["print", "warranty", "FR-123", "-o", str(tmp_path / "nope" / "c.pdf")], "does not exist"),
        (["print", "warranty", "FR-123", "-o", str(tmp_path)], "is a folder"),
    ):
        result = _crm(*args, *db)
        assert result.returncode == 1, args
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert _crm("print", *db).returncode == 2  # the document to print is required


def test_cli_reports_a_disk_error(
    db_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import os

    from crm_desktop import cli

    _sold_item(db_paths)
    target = tmp_path / "c.pdf"
    target.write_bytes(b"the previous certificate")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cli.os, "fsync", full_disk)
    code = cli.main(["print", "warranty", "FR-123", "-o", str(target), *database_option(db_paths)])
    err = capsys.readouterr().err
    assert code == 1 and f"Could not write {target}: No space left on device." in err, err
    assert target.read_bytes() == b"the previous certificate"  # the old file is untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".c.pdf")] == []  # temp removed
