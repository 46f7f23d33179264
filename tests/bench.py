"""`make bench`: speed measured as ratios against baselines that do the same work in the same run (raw
SQLite returning the same rows, bare ReportLab documents, bare Qt), never as test assertions.

Each line prints our time, the baseline's time, the ratio and the issue's goal for it; the run ends with
one table of every line (operation, median, baseline, ratio, goal, pass or fail) and writes the same as
``bench-results.json``. ``make bench QUICK=1`` runs it at 10,000 customers instead of 100,000 (a few
minutes instead of half an hour), and the scaling table at 1,000 and 10,000 only.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import crm_desktop
from crm_desktop.paths import resolve
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import open_database

SEARCH_CACHE = Path(tempfile.gettempdir()) / "crm_desktop-bench"
QUICK = os.environ.get("QUICK", "") not in ("", "0")
CUSTOMERS = 10_000 if QUICK else 100_000  # the big shop the counter's operations are measured on
SCALES = (1_000, 10_000) if QUICK else (1_000, 10_000, 100_000)
RESULTS_FILE = Path("bench-results.json")


@dataclass(frozen=True)
class Result:
    """One line of the table: our median and the baseline's in seconds (in bytes for ``unit`` "MB"), and
    the goal (a ratio, and for some an absolute limit in seconds too)."""

    name: str
    ours: float
    baseline: float
    goal: float | None = None
    limit: float | None = None
    unit: str = "ms"

    def shown(self, value: float) -> str:
        """A median as the table writes it: milliseconds, or megabytes."""
        return f"{value / 1e6:7.1f} MB" if self.unit == "MB" else f"{value * 1000:7.1f} ms"

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline

    @property
    def verdict(self) -> str:
        if self.goal is None and self.limit is None:
            return ""
        within = (self.goal is None or self.ratio <= self.goal) and (
            self.limit is None or self.ours <= self.limit
        )
        return "pass" if within else "FAIL"

    def goal_text(self) -> str:
        parts = ([f"≤{self.goal:g}x"] if self.goal is not None else []) + (
            [f"≤{self.limit:g} s"] if self.limit is not None else []
        )
        return " and ".join(parts)


RESULTS: list[Result] = []


def _best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _paired(repeat: int, ours: Callable[[], object], baseline: Callable[[], object]) -> tuple[float, float]:
    """Our median and the baseline's, the two run in turn (ours, baseline, ours, ...): shared cores that
    slow down or speed up during a measurement weigh on both alike, not on whichever ran at that moment
    (measured one after the other, a search's ratio moved between 3.0x and 5.2x from run to run)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for action, kept in ((ours, times[0]), (baseline, times[1])):
            start = time.perf_counter()
            action()
            kept.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _report(
    name: str,
    ours: float,
    baseline: float,
    goal: float | None = None,
    limit: float | None = None,
    unit: str = "ms",
) -> None:
    """Print one measurement and keep it for the table at the end."""
    result = Result(name, ours, baseline, goal, limit, unit)
    RESULTS.append(result)
    print(
        f"{name:<48} ours {result.shown(ours)}   raw {result.shown(baseline)}   ratio {result.ratio:6.2f}x"
        + (f"   goal {result.goal_text()}: {result.verdict}" if result.verdict else "")
    )


def _machine() -> dict[str, Any]:
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "customers": CUSTOMERS,
        "quick": QUICK,
    }


def summary(results: list[Result] | None = None, target: Path = RESULTS_FILE) -> str:
    """The table of every measurement of the run (also written to ``target`` as JSON); returned as text."""
    results = RESULTS if results is None else results
    machine = _machine()
    lines = [
        f"crm_desktop {crm_desktop.__version__} on {machine['processor']}, {machine['cores']} cores, "
        f"{machine['system']}, Python {machine['python']}, SQLite {machine['sqlite']} ({machine['date']})",
        "",
        f"| {'operation':<62} | {'median':>10} | {'baseline':>10} | {'ratio':>7} | {'goal':<14} | result |",
        f"|{'-' * 64}|{'-' * 12}|{'-' * 12}|{'-' * 9}|{'-' * 16}|--------|",
    ]
    for r in results:
        lines.append(
            f"| {r.name:<62} | {r.shown(r.ours)} | {r.shown(r.baseline)} | {r.ratio:6.2f}x "
            f"| {r.goal_text():<14} | {r.verdict or '—':<6} |"
        )
    failed = [r.name for r in results if r.verdict == "FAIL"]
    lines += ["", f"{len(results)} measurements, {len(failed)} missing their goal."]
    target.write_text(
        json.dumps(
            {
                "machine": machine,
                "results": [
                    {**asdict(r), "ratio": r.ratio, "goal_text": r.goal_text(), "verdict": r.verdict}
                    for r in results
                ],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return "\n".join(lines)


def bench_commit(folder: Path, n: int = 200) -> None:
    """One customer saved per unit of work (as a user clicking Save does), n times."""
    opened = open_database(resolve(db=str(folder / "ours.sqlite3")), lock=False, daily_backup=False)
    counter = iter(range(10**9))

    def ours() -> None:
        for _ in range(n):
            with opened.database.writing() as uow:
                uow.session.add(Customer(name=f"Customer {next(counter)}"))
                uow.commit()

    raw = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT, created_at TEXT, updated_at TEXT)")

    def baseline() -> None:
        for _ in range(n):
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "INSERT INTO customer (name, created_at, updated_at) VALUES (?, datetime(), datetime())",
                (f"Customer {next(counter)}",),
            )
            raw.execute("COMMIT")

    _report(f"save one customer x{n} (WAL, synchronous=FULL)", *_paired(3, ours, baseline))
    opened.close()
    raw.close()


def bench_startup(folder: Path) -> None:
    """Opening an up-to-date database: lock, revision check, engine (the daily backup excluded)."""
    paths = resolve(db=str(folder / "start.sqlite3"))
    open_database(paths, lock=False, daily_backup=False).close()

    def ours() -> None:
        open_database(paths, lock=True, daily_backup=False).close()

    def baseline() -> None:
        conn = sqlite3.connect(paths.db_file)
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.close()

    _report("open an up-to-date database", *_paired(5, ours, baseline))


def _search_shop(customers: int) -> Path:
    """A demo shop of ``customers`` customers with its search index, made once and kept under /tmp.

    The file name carries a digest of the code that decides its content (schema, demo, index), so a
    change there makes a new one instead of measuring a stale file.
    """
    package = Path(crm_desktop.__file__).parent
    sources = [*sorted((package / "sample").glob("*.py")), package / "storage" / "search_index.py"]
    sources += [
        package / "domain" / "text.py",
        package / "domain" / "plans.py",  # the sample expands its plans with the app's rules
        package / "domain" / "warranty.py",
        *sorted((package.parent / "migrations" / "versions").glob("*.py")),
    ]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources if p.exists())).hexdigest()[:12]
    target = SEARCH_CACHE / f"search-{customers}-{digest}.sqlite3"
    if target.exists():
        return target
    from crm_desktop.services.demo import fill_demo

    SEARCH_CACHE.mkdir(parents=True, exist_ok=True)
    for stale in SEARCH_CACHE.glob(f"search-{customers}-*"):
        stale.unlink()
    work = target.with_suffix(".partial")
    work.unlink(missing_ok=True)
    print(f"(making a {customers:,}-customer shop for the search benchmark, once: about two minutes)")
    opened = open_database(resolve(db=str(work)), lock=False, daily_backup=False)
    fill_demo(opened.database, customers=customers, seed=1, today=date(2026, 11, 1))
    opened.close()
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    work.rename(target)
    return target


def bench_search(customers: int = CUSTOMERS, repeat: int = 21, cases: int = 5) -> None:
    """The search box at 100,000 customers: our search() (its bounded looks, ranking, one unit of work)
    against the same looks run raw: the statements search() sent for that text, replayed with sqlite3
    (goal: 3x). The hand-written query on the index for each text is checked to find something too."""
    from sqlalchemy import event

    from crm_desktop.domain.text import fold
    from crm_desktop.services.search import search

    file = _search_shop(customers)
    opened = open_database(resolve(db=str(file)), lock=False, daily_backup=False)
    raw = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    (serials,) = raw.execute("SELECT count(*) FROM sale_item WHERE serial IS NOT NULL").fetchone()
    serial = raw.execute(
        "SELECT serial FROM sale_item WHERE serial IS NOT NULL LIMIT 1 OFFSET ?", (min(5000, serials // 2),)
    ).fetchone()
    imei_piece = serial[0][5:12]
    # A surname of the shop: Bélanger at 100,000 customers; at smaller sizes one that is there.
    surname = "Bélanger"
    if not raw.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH '\"belanger\"' LIMIT 1").fetchone():
        (name,) = raw.execute("SELECT name FROM customer ORDER BY id LIMIT 1").fetchone()
        surname = name.split()[-1]
    fts = (
        "SELECT e.customer_id, e.kind, e.ref_id, e.label, e.detail FROM search_fts "
        "JOIN search_entry AS e ON e.id = search_fts.rowid "
        "WHERE search_fts MATCH ? AND e.archived = 0 LIMIT 50"
    )
    prefix = (
        "SELECT customer_id, kind, ref_id, label, detail FROM search_entry "
        "WHERE kind = 'customer' AND folded >= ? AND folded < ? AND archived = 0 ORDER BY folded LIMIT 50"
    )
    every_case = [
        ("a surname", surname, fts, (f'"{fold(surname)}"',)),
        ("a phone fragment", "45 67", fts, ('"4567"',)),
        ("an IMEI fragment", imei_piece, fts, (f'"{imei_piece}"',)),
        ("a job number", "J-0042", fts, ('"j-0042"',)),
        ("a 2-letter prefix", "ma", prefix, ("ma", "ma\U0010ffff")),
    ]
    for name, text, sql, args in every_case[:cases]:
        looks: list[tuple[str, Any]] = []

        def heard(
            _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any, looks: list[Any] = looks
        ) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                looks.append((statement, parameters))

        event.listen(opened.database.engine, "before_cursor_execute", heard)
        found = search(opened.database, text)  # warm the caches alike
        event.remove(opened.database.engine, "before_cursor_execute", heard)
        assert found and raw.execute(sql, args).fetchall(), f"the benchmark's query {text!r} finds nothing"

        def ours(text: str = text) -> None:
            search(opened.database, text)

        def baseline(looks: list[tuple[str, Any]] = looks) -> None:
            for statement, parameters in looks:
                raw.execute(statement, parameters).fetchall()

        _report(
            f"search {customers // 1000}k: {name} ({text}, {len(looks)} looks)",
            *_paired(repeat, ours, baseline),
            goal=3,
        )
    raw.close()
    opened.close()


def bench_job_sheets(folder: Path, day_size: int = 30) -> None:
    """A job sheet PDF, and a technician's day of 30 in one PDF, against bare ReportLab doing the same
    work: raw sqlite3 reads of everything the sheet shows (job, customer, phones, sale, ready-by date and
    its moves, checklist, parts and labour, visits with their technician), then a plain platypus
    document of the same strings (the same embedded font, paragraphs and tables, the QR code and the
    barcode, a page per job) without our styling, escaping, fallback fonts or page callbacks."""
    from datetime import UTC, datetime
    from datetime import time as clock

    from reportlab.graphics.barcode import createBarcodeDrawing
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from crm_desktop.domain.enums import JobLineKind
    from crm_desktop.reports.common import FONT, register_fonts
    from crm_desktop.reports.job_sheet import job_sheet_pdf
    from crm_desktop.services.demo import fill_demo
    from crm_desktop.services.job_sheets import day_sheets, job_sheets
    from crm_desktop.services.jobs import (
        JobInput,
        LineInput,
        add_line,
        apply_procedure,
        ensure_default_procedures,
        open_job,
    )
    from crm_desktop.services.procedures import list_procedures
    from crm_desktop.services.staff import list_staff
    from crm_desktop.services.visits import VisitInput, schedule_visit

    file = folder / "jobs.sqlite3"
    opened = open_database(resolve(db=str(file)), lock=False, daily_backup=False)
    db = opened.database
    today = date.today()
    now = datetime.now(UTC)
    fill_demo(db, customers=200, seed=3, today=today)
    ensure_default_procedures(db)
    procedure = list_procedures(db)[0].id
    tech = next(m for m in list_staff(db) if m.role == "technician").id
    with db.reading() as uow:
        customers = [c.id for c in uow.session.query(Customer).order_by(Customer.id).limit(day_size)]
    for n, customer in enumerate(customers):
        job = open_job(
            db,
            JobInput(
                customer_id=customer,
                unit_description=f"Washing machine model {n}",
                unit_serial=f"WM-{n:05d}",
                reported_problem="Leaks water during the spin cycle; makes a grinding noise. " * 3,
                accessories="None",
                condition="Dent on the left side",
                technician_id=tech,
                ready_by=today,
            ),
            today,
            now,
        )
        apply_procedure(db, job.id, procedure, now=now)
        for kind, text in ((JobLineKind.PART, "Drain pump"), (JobLineKind.LABOUR, "Replace pump")):
            add_line(db, job.id, LineInput(kind=kind, description=text, unit_price_minor=4500), now)
        start = clock(8 + n % 9)
        schedule_visit(
            db,
            VisitInput(job_id=job.id, technician_id=tech, day=today, start=start, end=clock(start.hour + 1)),
            now,
        )
    ids = day_sheets(db, tech, today).job_ids[:day_size]
    raw = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    register_fonts()
    body = ParagraphStyle("bare", fontName=FONT, fontSize=9.5, leading=12)

    def raw_data(job_ids: tuple[int, ...]) -> tuple[Any, ...]:
        """Everything the sheets show, read raw."""
        marks = ",".join("?" * len(job_ids))

        def by_job(sql: str) -> dict[int, list[tuple[object, ...]]]:
            grouped: dict[int, list[tuple[object, ...]]] = {}
            for row in raw.execute(sql.format(marks=marks), job_ids):
                grouped.setdefault(row[0], []).append(row[1:])
            return grouped

        settings = dict(raw.execute("SELECT key, value FROM setting"))
        jobs = raw.execute(
            "SELECT j.id, j.number, j.status, j.received_at, c.name, c.company, c.email, c.address, "
            "j.unit_description, j.unit_serial, s.number, si.warranty_end, j.warranty_decision, "
            "j.reported_problem, j.accessories, j.condition, j.diagnosis, j.work_done, t.name "
            "FROM service_job j JOIN customer c ON c.id = j.customer_id "
            "LEFT JOIN sale_item si ON si.id = j.sale_item_id LEFT JOIN sale s ON s.id = si.sale_id "
            f"LEFT JOIN staff t ON t.id = j.technician_id WHERE j.id IN ({marks})",
            job_ids,
        ).fetchall()
        phones = {
            job_id: [f"{label}: {number}" for label, number in rows]
            for job_id, rows in by_job(
                "SELECT j.id, p.label, p.number_raw FROM customer_phone p JOIN service_job j "
                "ON j.customer_id = p.customer_id WHERE j.id IN ({marks}) ORDER BY p.position"
            ).items()
        }
        promises = by_job(
            "SELECT p.job_id, p.due_date, p.original_due_date, ch.new_date FROM promise p LEFT JOIN "
            "promise_change ch ON ch.promise_id = p.id WHERE p.job_id IN ({marks}) AND p.kind = 'job_ready'"
        )
        checklist = by_job(
            "SELECT job_id, text, done_at FROM job_checklist_item WHERE job_id IN ({marks}) ORDER BY position"
        )
        lines = by_job(
            "SELECT job_id, kind, description, quantity, unit_price_minor, covered_by_warranty FROM job_line "
            "WHERE job_id IN ({marks}) ORDER BY position"
        )
        visits = by_job(
            "SELECT v.job_id, v.scheduled_start, v.scheduled_end, v.on_site, v.address, t.name, v.status "
            "FROM visit v LEFT JOIN staff t ON t.id = v.technician_id WHERE v.job_id IN ({marks}) "
            "ORDER BY v.scheduled_start"
        )
        return settings, jobs, phones, promises, checklist, lines, visits

    def bare(job_ids: tuple[int, ...]) -> None:
        settings, jobs, phones, promises, checklist, lines, visits = raw_data(job_ids)
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=A4)
        story: list[object] = []
        for job in jobs:
            job_id, number = job[0], f"J-{job[1]:04d}"
            header = [str(settings.get("business.name", "")), number, "Job sheet"]
            story += [Paragraph(text, body) for text in header]
            qr = Drawing(57, 57)
            qr.add(QrCodeWidget(number, barWidth=57, barHeight=57))  # the widget as its manual shows it
            story += [qr, createBarcodeDrawing("Code128", value=number)]
            facts = [[str(value) for value in job[2:13]], phones.get(job_id, [])]
            facts += [[str(value) for value in row] for row in promises.get(job_id, [])]
            story.append(Table([[Paragraph(" · ".join(row), body)] for row in facts]))
            story += [Paragraph(str(text), body) for text in job[13:19]]
            for rows in (visits.get(job_id, []), checklist.get(job_id, []), lines.get(job_id, [])):
                cells = [[Paragraph(str(value), body) for value in row] for row in rows]
                cells += [[""] * len(rows[0]) for _ in range(6)] if rows is lines.get(job_id) else []
                if cells:
                    story.append(Table(cells))
            story.append(PageBreak())
        doc.build(story)

    def ours(job_ids: tuple[int, ...]) -> None:
        job_sheet_pdf(job_sheets(db, job_ids, today))

    one = ids[:1]
    ours(one)
    bare(one)
    _report("job sheet PDF (one job)", *_paired(15, lambda: ours(one), lambda: bare(one)), goal=1.5)
    _report(
        f"job sheet data: {len(ids)} jobs",
        *_paired(7, lambda: job_sheets(db, ids, today), lambda: raw_data(ids)),
        goal=3,
    )
    _report(
        f"a technician's day: {len(ids)} job sheets, one PDF",
        *_paired(3, lambda: ours(ids), lambda: bare(ids)),
    )
    raw.close()
    opened.close()


def bench_history_pdf(folder: Path, events: int = 1_000) -> None:
    """The printed history of a customer with 1,000 events (contacts, follow-ups, sales), against bare
    ReportLab: the same strings drawn line by line on canvas pages after one raw sqlite3 read."""
    from datetime import UTC, datetime, timedelta

    from reportlab.pdfgen.canvas import Canvas

    from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, FollowUpStatus
    from crm_desktop.reports.common import FONT, register_fonts
    from crm_desktop.reports.history import history_pdf
    from crm_desktop.services.history_report import history_report
    from crm_desktop.storage.models import FollowUp, Interaction, Sale, SaleItem

    file = folder / "history.sqlite3"
    opened = open_database(resolve(db=str(file)), lock=False, daily_backup=False)
    db = opened.database
    start = datetime(2020, 1, 1, 10, tzinfo=UTC)
    with db.writing() as uow:
        s = uow.session
        customer = Customer(name="Zoë Øster-Łukasiewicz", address="4 Mill Lane\nLeeds")
        s.add(customer)
        s.flush()
        for n in range(100):
            sale = Sale(
                number=n + 1, customer_id=customer.id, sale_date=(start + timedelta(days=7 * n)).date()
            )
            sale.items = [SaleItem(description=f"Accessory {n}", unit_price_minor=1990, serial=f"SN-{n:05d}")]
            s.add(sale)
        s.add_all(
            FollowUp(
                customer_id=customer.id,
                kind=FollowUpKind.CALL,
                title=f"Follow-up call {n}",
                due_date=(start + timedelta(days=3 * n)).date(),
                status=FollowUpStatus.DONE,
                outcome="Spoke with the customer; all fine, asked about the warranty of the charger.",
                satisfaction=1 + n % 5,
                completed_at=start + timedelta(days=3 * n),
            )
            for n in range(300)
        )
        s.add_all(
            Interaction(
                customer_id=customer.id,
                channel=Channel.CALL,
                direction=Direction.INBOUND,
                summary=f"Call {n}: the customer asked about opening hours and the repair of the e-bike.",
                occurred_at=start + timedelta(hours=20 * n),
            )
            for n in range(events - 400)
        )
        customer_id = customer.id
        uow.commit()
    today = date(2026, 11, 1)
    raw = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    register_fonts()

    def bare() -> None:
        rows = raw.execute(
            "SELECT summary FROM interaction WHERE customer_id = ? UNION ALL "
            "SELECT title || ' ' || coalesce(outcome, '') FROM follow_up WHERE customer_id = ? UNION ALL "
            "SELECT i.description || ' ' || coalesce(i.serial, '') FROM sale s JOIN sale_item i ON i.sale_id = s.id "
            "WHERE s.customer_id = ?",
            (customer_id, customer_id, customer_id),
        ).fetchall()
        out = io.BytesIO()
        canvas = Canvas(out)
        canvas.setFont(FONT, 9)
        y = 800.0
        for (text,) in rows:
            canvas.drawString(40, y, text[:110])
            y -= 12
            if y < 40:
                canvas.showPage()
                canvas.setFont(FONT, 9)
                y = 800.0
        canvas.save()

    def ours() -> None:
        history_pdf(history_report(db, customer_id, today, include_internal=True))

    report = history_report(db, customer_id, today, include_internal=True)
    assert report.event_count >= events, report.event_count
    _report(
        f"history PDF, {report.event_count:,} events",
        *_paired(3, ours, bare),
    )
    _bench_latin_history(report)
    raw.close()
    opened.close()


def _bench_latin_history(report: Any) -> None:
    """Issue 15's limit: the fonts chain, shaping and direction must not make a Latin-only customer's
    history more than 10 % slower than the same document made of plain ReportLab paragraphs (user text
    escaped, one font, footers drawn with drawString), as every document was printed before them."""
    from unittest import mock
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    from crm_desktop.reports import common, history
    from crm_desktop.reports.history import history_pdf

    def plain_para(text: str, style: Any) -> Paragraph:
        lines = escape(text.replace("\r\n", "\n")).split("\n")
        return Paragraph("<br/>".join(line.replace("  ", " \u00a0") for line in lines), style)

    def plain_text(canvas: Any, text: str, x: float, y: float, size: float, **_: Any) -> float:
        canvas.drawString(x, y, text)
        return float(canvas.stringWidth(text))

    def plain() -> None:
        with (
            mock.patch.object(history, "para", plain_para),
            mock.patch.object(common, "draw_text", plain_text),
            mock.patch.object(common, "fit_width", lambda text, font, size, room: text[:90]),
        ):
            history_pdf(report)

    ours, before = _paired(5, lambda: history_pdf(report), plain)
    _report("history PDF, Latin only, against plain paragraphs", ours, before, goal=1.10)


def bench_metrics(customers: int = CUSTOMERS) -> None:
    """All the metrics at 100,000 customers against the bare minimum: one raw sqlite3 query per account
    figure (first sale, earnings, contacts) and a Python median, with none of the other figures."""
    from datetime import timedelta

    from crm_desktop.services.metrics import compute_metrics

    file = _search_shop(customers)
    opened = open_database(resolve(db=str(file)), lock=False, daily_backup=False)
    raw = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    report = date(2026, 11, 1)

    def baseline() -> None:
        firsts = dict(
            raw.execute(
                "SELECT customer_id, MIN(sale_date) FROM sale WHERE status = 'active' GROUP BY customer_id"
            )
        )
        earned = dict(
            raw.execute(
                "SELECT s.customer_id, SUM(i.quantity * i.unit_price_minor) FROM sale s "
                "JOIN sale_item i ON i.sale_id = s.id WHERE s.status = 'active' GROUP BY s.customer_id"
            )
        )
        raw.execute(
            "SELECT customer_id, COUNT(*) FROM interaction WHERE occurred_at >= ? GROUP BY customer_id",
            ((report - timedelta(days=365)).isoformat(),),
        ).fetchall()
        statistics.median(
            earned.get(c, 0) / max(1.0, (report - date.fromisoformat(d)).days / 365.25)
            for c, d in firsts.items()
        )

    def ours() -> None:
        compute_metrics(opened.database, report)

    _report(
        f"metrics at {customers // 1000}k customers (all figures)",
        *_paired(3, ours, baseline),
        limit=1.5,
    )
    raw.close()
    opened.close()


# ---------------------------------------------------------------------------------------------- import


def _import_files(folder: Path, customers: int, lines: int) -> dict[str, Path]:
    """Customers and sale lines as an old system exports them, as CSV and as .xlsx."""
    import xlsxwriter

    header_c = ["Customer ID", "Name", "Phone", "Email", "City"]
    header_s = ["Invoice", "Customer ID", "Date", "Description", "Serial", "Qty", "Price"]

    def customer(n: int) -> list[object]:
        return [f"C{n}", f"Person {n}", f"+3247{n:07d}", f"p{n}@example.com", "Gent"]

    def line(n: int) -> list[object]:
        return [
            f"I{n // 3}",
            f"C{(n // 3) % customers}",
            f"2024-{1 + n % 12:02d}-15",
            "Repair",
            f"SN{n}",
            1,
            "19.99",
        ]

    files: dict[str, Path] = {}
    for name, header, make, count in (
        ("customers", header_c, customer, customers),
        ("sales", header_s, line, lines),
    ):
        csv_path = folder / f"{name}.csv"
        with csv_path.open("w", encoding="utf-8") as out:
            out.write(",".join(header) + "\n")
            for n in range(count):
                out.write(",".join(str(v) for v in make(n)) + "\n")
        xlsx_path = folder / f"{name}.xlsx"
        book = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True})
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, header)
        for n in range(count):
            sheet.write_row(n + 1, 0, make(n))
        book.close()
        files[f"{name}.csv"], files[f"{name}.xlsx"] = csv_path, xlsx_path
    return files


def _import_once(db: Path, kind: str, path: Path) -> tuple[float, float, int, float]:
    """(seconds for the command, seconds for the import itself, rows, peak memory in MB) of
    ``crm-desktop import`` in a process of its own. The import alone leaves out starting Python and
    opening (on the first run, creating) the database."""
    import json
    import subprocess
    import sys

    code = (
        "import json, resource, sys, time\n"
        "import crm_desktop.services.imports as imports\n"
        "spent = []\n"
        "def timed(*args, _run=imports.import_table, **kwargs):\n"
        "    start = time.perf_counter()\n"
        "    try:\n"
        "        return _run(*args, **kwargs)\n"
        "    finally:\n"
        "        spent.append(time.perf_counter() - start)\n"
        "imports.import_table = timed\n"
        "from crm_desktop.cli import main\n"
        "start = time.perf_counter()\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    rc = main(['--db', sys.argv[1], 'import', sys.argv[2], sys.argv[3], '--json'])\n"
        "report = json.loads(out.getvalue())\n"
        "print(json.dumps([time.perf_counter() - start, sum(spent), report['rows'], "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, rc]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db), kind, str(path)], capture_output=True, text=True, check=True
    )
    seconds, alone, rows, peak, rc = json.loads(result.stdout.strip().splitlines()[-1])
    assert rc == 0, result.stdout
    return seconds, alone, rows, peak


def _raw_customers(db: Path, csv_path: Path) -> tuple[float, float]:
    """The floor under a customer import, measured on the same file: (seconds for raw SQL writing the
    same rows, seconds for libphonenumber reading the same numbers). Raw SQL: the csv module, the rows
    a customer import writes (customer, phone, "created" audit row, its three search entries) through
    sqlite3's executemany in batches of 2,000 with the full-text rows added per batch, as the import
    does; no checks, no duplicates looked up."""
    import csv

    import phonenumbers

    opened = open_database(resolve(db=str(db)), lock=False, daily_backup=False)
    opened.close()
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    start = time.perf_counter()
    for _ref, _name, phone, _email, _city in rows:
        phonenumbers.format_number(phonenumbers.parse(phone, "BE"), phonenumbers.PhoneNumberFormat.E164)
    phones = time.perf_counter() - start
    conn = sqlite3.connect(db, isolation_level=None)
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='search_entry'"
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    now = "2026-12-01 10:00:00.000000"
    for first in range(0, len(rows), 2_000):
        batch = rows[first : first + 2_000]
        ids = range(first + 1, first + 1 + len(batch))
        conn.executemany(
            "INSERT INTO customer (id, kind, name, email, address, external_ref, archived, created_at, "
            "updated_at) VALUES (?, 'person', ?, ?, ?, ?, 0, ?, ?)",
            [
                (i, name, email, city, ref, now, now)
                for i, (ref, name, _p, email, city) in zip(ids, batch, strict=True)
            ],
        )
        conn.executemany(
            "INSERT INTO customer_phone (customer_id, label, number_raw, number_normalized, position) "
            "VALUES (?, 'home', ?, ?, 0)",
            [(i, phone, phone) for i, (_r, _n, phone, _e, _c) in zip(ids, batch, strict=True)],
        )
        conn.executemany(
            "INSERT INTO audit_entry (at, entity, entity_id, action, reason) "
            "VALUES (?, 'customer', ?, 'created', 'imported')",
            [(now, i) for i in ids],
        )
        before = conn.execute("SELECT coalesce(max(id), 0) FROM search_entry").fetchone()[0]
        conn.executemany(
            "INSERT INTO search_entry (customer_id, kind, ref_id, label, detail, folded, archived) "
            "VALUES (?, ?, ?, ?, ?, ?, 0)",
            [
                entry
                for i, (_r, name, phone, email, _c) in zip(ids, batch, strict=True)
                for entry in (
                    (i, "customer", i, name, name, name.lower()),
                    (i, "email", i, name, email, email.lower()),
                    (i, "phone", i, name, phone, "00" + phone[1:]),
                )
            ],
        )
        conn.execute(
            "INSERT INTO search_fts(rowid, folded) SELECT id, folded FROM search_entry WHERE id > ?",
            (before,),
        )
    for _name, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    written = time.perf_counter() - start
    conn.close()
    return written, phones


def bench_import(folder: Path, customers: int = CUSTOMERS, lines: int = CUSTOMERS * 3) -> None:
    """Customers then sale lines, from CSV and from .xlsx, each into a fresh database, at the issue's
    sizes (100,000 customers, 300,000 sale lines: about a minute and a half per format) and at a tenth,
    to see whether memory grows with the file. Goal: 10,000 rows a second, memory flat in the file's
    size. The floor under the customer import (raw SQL writing the same rows, and libphonenumber reading
    the same numbers) is measured on the same file for the ratio."""
    for scale in (10, 1):
        n_customers, n_lines = customers // scale, lines // scale
        files = _import_files(folder, n_customers, n_lines)
        for fmt in ("csv", "xlsx"):
            db = folder / f"import-{fmt}-{scale}.sqlite3"
            for kind in ("customers", "sales"):
                seconds, alone, rows, peak = _import_once(db, kind, files[f"{kind}.{fmt}"])
                print(
                    f"import {kind:<9} {fmt:<4} {rows:>8,} rows  {seconds:7.1f} s  "
                    f"(the import alone {alone:5.1f} s: {rows / alone:8,.0f} rows/s)  peak {peak:6.0f} MB"
                )
                if kind == "customers" and fmt == "csv":
                    written, phones = _raw_customers(folder / f"raw-{scale}.sqlite3", files["customers.csv"])
                    print(
                        f"  floor: raw SQL writing the same rows {written:5.1f} s + libphonenumber "
                        f"{phones:5.1f} s = {written + phones:5.1f} s; the import is "
                        f"{alone / (written + phones):4.1f}x that"
                    )


def bench_scaling() -> None:
    """Each counter operation at 1,000, 10,000 and 100,000 customers, so that growth shows."""
    from tests import bench_ui

    for customers in SCALES:
        path = _search_shop(customers)
        bench_ui.bench_today(path, label=f"{customers // 1000}k")
        bench_ui.bench_customer_page(path, label=f"{customers // 1000}k")
        bench_search(customers, cases=1)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_startup(folder)
        bench_commit(folder)
        bench_job_sheets(folder)
        bench_history_pdf(folder)
        bench_import(folder)
    bench_search()
    bench_metrics()
    from tests import bench_pg, bench_ui
    from tests.bench_startup import bench_cold_start

    bench_cold_start(_search_shop(CUSTOMERS))
    bench_ui.main(_search_shop(CUSTOMERS))
    from tests.bench_memory import bench_memory

    bench_memory(_search_shop(CUSTOMERS))
    bench_scaling()
    bench_pg.main(_search_shop(CUSTOMERS))
    print()
    print(summary())
    print(f"(written to {RESULTS_FILE.resolve()})")


if __name__ == "__main__":
    # Run as `python -m tests.bench`: measure through the `tests.bench` module itself, whose table the
    # window, server and start-up benchmarks (which import it) write into.
    from tests.bench import main as run_all

    run_all()
