"""The `crm-desktop` command: the window when run without a sub-command, headless tools otherwise.

Every sub-command takes ``--db PATH`` / ``--database-url URL`` / ``--data-dir DIR`` before or after its
name. Errors a user can act on print one line and exit non-zero; bugs keep their traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import typing
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import crm_desktop
from crm_desktop.domain.enums import StaffRole
from crm_desktop.domain.money import plain_amount
from crm_desktop.domain.timeline import idle_text
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.paths import AppPaths, resolve

if typing.TYPE_CHECKING:
    from crm_desktop.services.promises import PromiseChainDetails
    from crm_desktop.services.requests import RequestListing

Handler = Callable[[argparse.Namespace, AppPaths], int]


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line that points to --help, instead of the whole usage block."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _database_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("database")
    group.add_argument("--db", metavar="PATH", default=default, help="use this SQLite file")
    group.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="use this database, e.g. postgresql+psycopg://user@server/crm (or set CRM_DESKTOP_DATABASE_URL)",
    )
    group.add_argument(
        "--data-dir", metavar="DIR", default=default, help="keep the database and its backups in DIR"
    )


EARLIEST_DAY = date(1900, 1, 1)  # a shop's dates lie between these; beyond, date arithmetic overflows
LATEST_DAY = date(2199, 12, 31)


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise argparse.ArgumentTypeError(
            f"{text} is too far from today: give a day from {EARLIEST_DAY} to {LATEST_DAY}"
        )
    return day


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _role(text: str) -> StaffRole:
    try:
        return StaffRole(text.strip().lower())
    except ValueError:
        roles = ", ".join(role.value for role in StaffRole)
        raise argparse.ArgumentTypeError(f"{text!r} is not a role; the roles are {roles}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crm-desktop",
        description="crm_desktop: after-sales service for small shops. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {crm_desktop.__version__}")
    _database_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a realistic sample shop")
    _database_options(demo, suppress=True)
    demo.add_argument("--customers", type=_positive, default=200, help="how many customers (default 200)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same shop (default 1)")
    demo.add_argument("--today", type=_date, default=None, help="date the sample ends on (default today)")
    demo.set_defaults(handler=_cmd_demo)

    backup = commands.add_parser("backup", help="copy the database to a safe file")
    _database_options(backup, suppress=True)
    backup.add_argument(
        "--to", metavar="PATH", help="file (or folder) to write; default: the backups folder beside the data"
    )
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (checked first; the current one is backed up before)",
    )
    _database_options(restore, suppress=True)
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(handler=_cmd_restore)

    move = commands.add_parser(
        "move-to",
        help="copy this SQLite shop onto an empty PostgreSQL database and verify it (the file stays)",
    )
    _database_options(move, suppress=True)
    move.add_argument(
        "url", metavar="URL", help="the server's database, e.g. postgresql+psycopg://shop@server/crm"
    )
    move.set_defaults(handler=_cmd_move_to)

    export_customer = commands.add_parser(
        "export-customer", help="a customer's data as JSON, with their copy of the history (PDF)"
    )
    _database_options(export_customer, suppress=True)
    export_customer.add_argument(
        "customer",
        metavar="CUSTOMER",
        help="whom: what the search finds for one customer (name, phone, S-0042...)",
    )
    export_customer.add_argument(
        "-o", "--output", metavar="FOLDER", required=True, help="the folder to write to"
    )
    export_customer.set_defaults(handler=_cmd_export_customer)

    erase_customer = commands.add_parser(
        "erase-customer", help="erase a customer's personal data (sales and jobs stay, anonymous)"
    )
    _database_options(erase_customer, suppress=True)
    erase_customer.add_argument(
        "customer",
        metavar="CUSTOMER",
        help="whom: what the search finds for one customer (name, phone, S-0042...)",
    )
    erase_customer.add_argument(
        "--yes", action="store_true", help="really erase (required: it cannot be undone)"
    )
    erase_customer.set_defaults(handler=_cmd_erase_customer)

    check = commands.add_parser("check", help="check the database's integrity and print its schema revision")
    _database_options(check, suppress=True)
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(handler=_cmd_check)

    search = commands.add_parser(
        "search",
        help="find customers, phones, e-mails, serials, sale and job numbers, as the search box does",
    )
    _database_options(search, suppress=True)
    search.add_argument(
        "text",
        metavar="TEXT",
        help="what to look for, as typed in the search box (also text starting with -)",
    )
    search.add_argument("--json", action="store_true", help="print the matches as a JSON list")
    search.add_argument("--archived", action="store_true", help="include archived customers")
    search.set_defaults(handler=_cmd_search)

    today = commands.add_parser(
        "today", help="what is overdue, due today, due this week, promised, and left without action"
    )
    _database_options(today, suppress=True)
    today.add_argument("--date", type=_date, default=None, help="show the page of this day (default today)")
    today.add_argument("--json", action="store_true", help="print the sections as JSON")
    today.set_defaults(handler=_cmd_today)

    promises = commands.add_parser(
        "promises", help="the promises made to customers, with every date change and its reason"
    )
    _database_options(promises, suppress=True)
    promises.add_argument("--slipping", action="store_true", help="only those moved past their first date")
    promises.add_argument("--all", action="store_true", help="also the kept, broken and cancelled ones")
    promises.add_argument("--json", action="store_true", help="print the promises as JSON")
    promises.set_defaults(handler=_cmd_promises)

    requests = commands.add_parser(
        "requests",
        help="customers' requests (R-0042): status, owner, days without action, the promise and its moves",
    )
    _database_options(requests, suppress=True)
    requests.add_argument("--open", action="store_true", help="only those still open or waiting on someone")
    requests.add_argument("--json", action="store_true", help="print the requests as JSON")
    requests.set_defaults(handler=_cmd_requests)

    sales = commands.add_parser(
        "sales", help="every sale, newest first (the Sales page's list), with the count and the total"
    )
    _database_options(sales, suppress=True)
    sales.add_argument("--from", dest="start", type=_date, default=None, help="first day of the period")
    sales.add_argument("--to", dest="end", type=_date, default=None, help="last day of the period")
    sales.add_argument("--json", action="store_true", help="print the sales and the totals as JSON")
    sales.set_defaults(handler=_cmd_sales)

    importing = commands.add_parser(
        "import",
        help="import customers, products or sales from a CSV, Excel, LibreOffice or vCard file",
        description="Import a file in one go: nothing is saved if a row has a problem (unless "
        "--skip-bad-rows), and rows already on file are left as they are (or updated with --update).",
    )
    _database_options(importing, suppress=True)
    importing.add_argument("what", choices=("customers", "products", "sales"), help="what the file holds")
    importing.add_argument("file", metavar="FILE", help=".csv, .xlsx, .xls, .ods or .vcf")
    importing.add_argument("--sheet", help="the spreadsheet's sheet (default: the first)")
    importing.add_argument(
        "--mapping", metavar="FILE.json", help="which column holds what, as saved by the import wizard"
    )
    importing.add_argument("--save-mapping", metavar="FILE.json", help="write the mapping used to this file")
    importing.add_argument(
        "--date-order",
        choices=("DMY", "MDY", "YMD"),
        type=str.upper,
        help="how dates such as 03/04/2024 read: DMY (3 April) or MDY (4 March)",
    )
    importing.add_argument("--decimal", choices=(".", ","), help="the decimal separator of amounts")
    importing.add_argument("--update", action="store_true", help="update what is already here from the file")
    importing.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows and leave out the bad ones"
    )
    importing.add_argument(
        "--all-follow-ups",
        action="store_true",
        help="sales: schedule past follow-ups too (default: only those still due)",
    )
    importing.add_argument("--dry-run", action="store_true", help="print the report without saving")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.set_defaults(handler=_cmd_import)

    export = commands.add_parser(
        "export",
        help="write customers, sales, follow-ups, jobs, requests or contacts (CSV, Excel), the calendar "
        "(.ics) or vCards (.vcf) to a file",
    )
    _database_options(export, suppress=True)
    export.add_argument(
        "kind",
        metavar="KIND",
        choices=("customers", "sales", "follow-ups", "jobs", "requests", "contacts", "calendar", "vcard"),
        help="customers, sales (one row per item), follow-ups, jobs, requests, contacts, calendar "
        "(open follow-ups, visits, open promises) or vcard",
    )
    export.add_argument(
        "--format",
        dest="fmt",
        choices=("csv", "xlsx"),
        default=None,
        help="for tables: csv (UTF-8, the default) or xlsx (Excel); without it, a FILE ending in .xlsx "
        "is an Excel file",
    )
    export.add_argument("--staff", metavar="NAME", default=None, help="calendar: only this person's work")
    export.add_argument(
        "--customer",
        metavar="CUSTOMER",
        default=None,
        help="vcard: only this customer (a name, a phone, S-0042, J-0042, R-0042); default: everyone",
    )
    export.add_argument(
        "--include-archived", action="store_true", help="customers: the archived ones too (marked)"
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    export.set_defaults(handler=_cmd_export)

    metrics = commands.add_parser("metrics", help="after-sales metrics: account value, contacts, promises...")
    _database_options(metrics, suppress=True)
    metrics.add_argument("--from", dest="start", type=_date, default=None, help="first day of the period")
    metrics.add_argument("--to", dest="end", type=_date, default=None, help="the report date (default today)")
    metrics.add_argument("--json", action="store_true", help="print every figure and table as JSON")
    metrics.set_defaults(handler=_cmd_metrics)

    staff = commands.add_parser("staff", help="the shop's people: list them, add someone, retire someone")
    _database_options(staff, suppress=True)
    staff_actions = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    staff_list = staff_actions.add_parser("list", help="who works here: name, initials, roles, PIN or not")
    _database_options(staff_list, suppress=True)
    staff_list.add_argument("--all", action="store_true", help="include retired staff")
    staff_list.add_argument("--json", action="store_true", help="print the staff as a JSON list")
    staff_list.set_defaults(handler=_cmd_staff_list)
    staff_add = staff_actions.add_parser("add", help="add a staff member")
    _database_options(staff_add, suppress=True)
    staff_add.add_argument("name", metavar="NAME", help="the name as colleagues and customers read it")
    staff_add.add_argument(
        "--role",
        dest="roles",
        metavar="ROLE",
        type=_role,
        action="append",
        required=True,
        help="owner, sales or technician; repeat for someone with several roles",
    )
    staff_add.add_argument("--initials", metavar="XY", default=None, help="default: from the name")
    staff_add.set_defaults(handler=_cmd_staff_add)
    staff_retire = staff_actions.add_parser(
        "retire", help="retire a staff member (history keeps their name), moving their open work"
    )
    _database_options(staff_retire, suppress=True)
    staff_retire.add_argument("name", metavar="NAME", help="whom to retire (a unique part of the name does)")
    staff_retire.add_argument(
        "--reassign-to",
        metavar="NAME",
        default=None,
        help="the colleague who takes over their open follow-ups, jobs, visits and promises",
    )
    staff_retire.set_defaults(handler=_cmd_staff_retire)

    messages = commands.add_parser(
        "messages", help="e-mail and SMS to customers: the outbox, sending what is queued, the mail server"
    )
    _database_options(messages, suppress=True)
    messages.add_argument("--failed", action="store_true", help="only the messages that failed")
    messages.add_argument("--json", action="store_true", help="print the outbox as a JSON list")
    messages.set_defaults(handler=_cmd_messages)
    message_actions = messages.add_subparsers(dest="action", metavar="ACTION")
    setup = message_actions.add_parser(
        "setup", help="how the shop sends e-mail: its mail server (the password goes in the system keyring)"
    )
    _database_options(setup, suppress=True)
    setup.add_argument(
        "--smtp-host", required=True, metavar="HOST", help="the mail server, e.g. smtp.example.com"
    )
    setup.add_argument(
        "--smtp-port", type=int, default=None, metavar="PORT", help="default: 587, or 465 with --tls"
    )
    security = setup.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls",
                          help="STARTTLS on the submission port (the default)")  # fmt: skip
    security.add_argument(
        "--tls", dest="security", action="store_const", const="tls", help="TLS from the start"
    )
    security.add_argument("--no-encryption", dest="security", action="store_const", const="none",
                          help="no encryption: only for a server on the shop's own network")  # fmt: skip
    setup.add_argument("--user", default=None, metavar="USER", help="the user name to log in with")
    setup.add_argument("--from", dest="from_address", required=True, metavar="ADDRESS",
                       help="the shop's address the messages come from")  # fmt: skip
    setup.add_argument("--from-name", default=None, metavar="NAME", help="default: the shop's name")
    setup.add_argument(
        "--password-stdin", action="store_true", help="read the password from the standard input (not asked)"
    )
    setup.set_defaults(handler=_cmd_messages_setup, security="starttls")
    send_queued = message_actions.add_parser(
        "send-queued",
        help="send what is due in the outbox (for a scheduled task on a computer that stays on)",
    )
    _database_options(send_queued, suppress=True)
    send_queued.set_defaults(handler=_cmd_messages_send_queued)
    test = message_actions.add_parser("test", help="send a test e-mail now, to check the setup")
    _database_options(test, suppress=True)
    test.add_argument("--to", required=True, metavar="ADDRESS", help="where the test message goes")
    test.set_defaults(handler=_cmd_messages_test)

    printing = commands.add_parser("print", help="print a document to a PDF file")
    _database_options(printing, suppress=True)
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    warranty = documents.add_parser("warranty", help="the warranty certificate of a sold item")
    _database_options(warranty, suppress=True)
    warranty.add_argument(
        "unit", metavar="SERIAL_OR_SALE", help="the unit's serial/IMEI, or its sale's number (S-0042)"
    )
    warranty.add_argument(
        "--item",
        type=_positive,
        default=None,
        help="which line of the sale (1 = the first), when it sold several",
    )
    warranty.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF file to write")
    warranty.set_defaults(handler=_cmd_print_warranty)
    sheet = documents.add_parser("job-sheet", help="the technician's job sheet of a service job")
    _database_options(sheet, suppress=True)
    sheet.add_argument("job", metavar="JOB_NUMBER", help="the job's number, e.g. J-0042 or 42")
    sheet.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF file to write")
    sheet.set_defaults(handler=_cmd_print_job_sheet)
    day = documents.add_parser(
        "day", help="a technician's day in one PDF: the jobs visited that day and the open jobs due by then"
    )
    _database_options(day, suppress=True)
    day.add_argument("--technician", metavar="NAME", default=None, help="whose day (default: the whole team)")
    day.add_argument("--date", type=_date, default=None, help="which day (default today)")
    day.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF file to write")
    day.set_defaults(handler=_cmd_print_day)
    history = documents.add_parser(
        "history", help="a customer's history: the last 12 months unless --all or --from/--to"
    )
    _database_options(history, suppress=True)
    history.add_argument(
        "customer",
        metavar="CUSTOMER",
        help="whom: what the search finds for one customer, e.g. a name, a phone, S-0042, J-0042, R-0042",
    )
    period = history.add_mutually_exclusive_group()
    period.add_argument("--from", dest="start", type=_date, default=None, help="first day to include")
    period.add_argument("--all", action="store_true", help="the whole history (default: the last 12 months)")
    history.add_argument("--to", dest="end", type=_date, default=None, help="last day to include")
    history.add_argument(
        "--internal",
        action="store_true",
        help="the shop's copy, with its internal notes (default: the customer's copy, nothing internal)",
    )
    history.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF file to write")
    history.set_defaults(handler=_cmd_print_history)
    receipt = documents.add_parser(
        "receipt", help="the intake receipt of a job or a request, for the customer"
    )
    _database_options(receipt, suppress=True)
    receipt.add_argument(
        "number", metavar="NUMBER", help="the job's or request's number: J-0042 (or 42), R-0042"
    )
    receipt.add_argument(
        "--format",
        dest="fmt",
        choices=("a4", "thermal"),
        default=None,
        help="a4: half a page of the shop's paper (A4 or Letter); thermal: an 80 mm roll "
        "(default: the print.receipt_format setting, else a4)",
    )
    receipt.add_argument("-o", "--output", metavar="FILE", default=None, help="the PDF file to write")
    receipt.set_defaults(handler=_cmd_print_receipt)
    label = documents.add_parser("label", help="a label for a job's unit, or for a serial number")
    _database_options(label, suppress=True)
    label.add_argument(
        "job", metavar="JOB_NUMBER", nargs="?", default=None, help="the job, e.g. J-0042 or 42"
    )
    label.add_argument(
        "--serial", metavar="SERIAL", default=None, help="a serial label instead of a job label"
    )
    label.add_argument("-o", "--output", metavar="FILE", default=None, help="the PDF file to write")
    label.set_defaults(handler=_cmd_print_label)
    report = documents.add_parser("metrics", help="the after-sales metrics report with its charts")
    _database_options(report, suppress=True)
    report.add_argument("--from", dest="start", type=_date, default=None, help="first day of the period")
    report.add_argument("--to", dest="end", type=_date, default=None, help="the report date (default today)")
    report.add_argument("-o", "--output", metavar="FILE", default=None, help="the PDF file to write")
    report.set_defaults(handler=_cmd_print_metrics)
    return parser


def _text_after_options(argv: list[str]) -> list[str]:
    """``crm-desktop search -ma``: text that starts with "-" (a reference, a phone typed "-45 67") is
    the search text, not an unknown option. It is moved after a ``--``, where argparse takes it as text."""
    if "search" not in argv or "--" in argv:
        return argv
    at = argv.index("search")
    known = {"-h", "--help", "--json", "--archived", "--db", "--database-url", "--data-dir"}
    takes_value = {"--db", "--database-url", "--data-dir"}
    rest = argv[at + 1 :]
    for position, token in enumerate(rest):
        previous = rest[position - 1] if position else ""
        if token.startswith("-") and token.split("=")[0] not in known and previous not in takes_value:
            return [*argv[: at + 1], *rest[:position], *rest[position + 1 :], "--", token]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_text_after_options(list(sys.argv[1:] if argv is None else argv)))
    try:
        paths = resolve(db=args.db, database_url=args.database_url, data_dir=args.data_dir)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            from crm_desktop.ui.app import run_gui  # Qt is loaded only for the window

            return run_gui(paths)
        return handler(args, paths)
    except UserFacingError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("crm-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `crm-desktop search x | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line for the person, the traceback in the log for us
        where = _log_bug(args, exc)
        print(
            f"crm-desktop: something went wrong that should not have ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'no details'}). Each save is all or nothing, so "
            f"nothing was half-written.{where}",
            file=sys.stderr,
        )
        return 70  # EX_SOFTWARE


def _log_bug(args: argparse.Namespace, exc: BaseException) -> str:
    """Append the traceback to the data folder's log; the words that say where it went (or nothing)."""
    import traceback

    try:
        paths = resolve(db=args.db, database_url=args.database_url, data_dir=args.data_dir)
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        log = paths.log_dir / "crm.log"
        with log.open("a", encoding="utf-8") as out:
            out.write(f"command {getattr(args, 'command', '?')} failed:\n")
            out.write("".join(traceback.format_exception(exc)))
    except Exception:  # no folder, a read-only disk: the one line is all there is
        return ""
    return f" The details are in {log}."


def _cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.demo import fill_demo

    opened = start(paths, seed=False, waiting=_waiting_once())  # the sample shop brings its own catalogue
    try:
        summary = fill_demo(opened.database, customers=args.customers, seed=args.seed, today=args.today)
    finally:
        opened.close()
    print(
        f"Sample shop written to {paths.describe()}: {summary.customers} customers, {summary.sales} sales, "
        f"{summary.follow_ups} follow-ups, {summary.promises} promises, {summary.jobs} service jobs, "
        f"{summary.requests} requests, {summary.interactions} contacts."
    )
    return 0


def _cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.storage import backup

    if paths.db_file is None:
        raise UserFacingError(
            "This database is on a PostgreSQL server: back it up on the server with pg_dump "
            "(see README, 'Several workstations')."
        )
    if not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to back up.")
    now = datetime.now(UTC)
    if args.to:
        target = Path(args.to).expanduser()
        if target.is_dir():
            target = target / f"crm-{now.astimezone():%Y%m%d-%H%M%S}.sqlite3"
        written = backup.backup_to(paths.db_file, target)
    else:
        written = backup.make_automatic_backup(paths.db_file, paths.backup_dir, "manual", now)
    print(f"Backup written to {written}")
    return 0


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.backups import SERVER_SENTENCE, restore
    from crm_desktop.storage.lock import InstanceLock

    if paths.db_file is None:
        raise UserFacingError(SERVER_SENTENCE)
    lock = InstanceLock(paths.db_file)  # not while the window has the database open
    if paths.data_dir.is_dir():
        lock.acquire()
    try:
        result = restore(paths, Path(args.file))
    finally:
        lock.release()
    print(f"Restored {result.restored_from} into {paths.db_file}.")
    if result.safety_backup is not None:
        print(f"The database as it was is kept in {result.safety_backup}")
    if result.erasures_reapplied:
        print(f"{result.erasures_reapplied} customer(s) erased since that backup were erased again.")
    return 0


def _cmd_move_to(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.move import move_to

    if paths.db_file is None:
        raise UserFacingError("This shop is already on a server: move-to copies a SQLite shop onto one.")
    if not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file}: nothing to move.")
    opened = start(
        paths, seed=False, waiting=_waiting_once()
    )  # the window must be closed: the file is read as it is
    try:
        report = move_to(opened.database, args.url)
    finally:
        opened.close()
    print(
        f"Moved {report.rows:,} rows in {len(report.tables)} tables to {report.target}; every table checked."
    )
    print(f"{paths.db_file} is unchanged. Point each workstation at the server:")
    print('  export CRM_DESKTOP_DATABASE_URL="<the URL>"   (see README, "Several workstations")')
    return 0


def _cmd_export_customer(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.privacy import export_customer_data

    folder = Path(args.output).expanduser()
    if not folder.is_dir():
        raise UserFacingError(f"The folder {folder} does not exist; create it or choose another.")
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to export.")
    opened = _reading(paths)
    try:
        exported = export_customer_data(
            opened.database, _one_customer(opened.database, args.customer), date.today()
        )
    finally:
        opened.close()
    stem = exported.file_stem
    data = json.dumps(exported.data, ensure_ascii=False, indent=2).encode()
    _write_atomically(folder / f"{stem}.json", data)
    _write_atomically(folder / f"{stem}-history.pdf", exported.history_pdf)
    print(f"The data of {exported.name} written to {folder / (stem + '.json')} and {stem}-history.pdf")
    return 0


def _cmd_erase_customer(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.privacy import erase_customer

    if not args.yes:
        raise UserFacingError("Erasing cannot be undone: add --yes to erase the customer's personal data.")
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nobody to erase.")
    opened = start(paths, seed=False, waiting=_waiting_once())
    try:
        customer_id = _one_customer(opened.database, args.customer)
        result = erase_customer(opened.database, customer_id, staff_id=None)
    finally:
        opened.close()
    print(
        f"Customer #{result.customer_id} erased: their personal data is gone; {result.sales_kept} sale(s) "
        f"and {result.jobs_kept} job(s) stay for the books under 'Erased customer'."
    )
    return 0


def _cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.maintenance import check_database

    report = check_database(paths)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(f"database:  {paths.describe()}")
        print(f"revision:  {report.revision or '(empty)'} (this version expects {report.head})")
        print(f"integrity: {'ok' if report.integrity_ok else 'PROBLEMS'}")
        for problem in report.problems:
            print(f"  - {problem}")
        print(f"links:     {'ok' if report.foreign_keys_ok else 'BROKEN'}")
        if report.revision != report.head:
            print("note:      the database will be upgraded the next time the app opens it")
    return 0 if report.ok else 1


def _cmd_search(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.search import search

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to search.")
    # No instance lock: searching only reads, and must work while the window is open.
    opened = _reading(paths)
    try:
        hits = search(opened.database, args.text, include_archived=args.archived)
    finally:
        opened.close()
    if args.json:
        print(json.dumps([hit.as_dict() for hit in hits], indent=2, ensure_ascii=False))
    elif not hits:
        print("No matches.")
    else:
        # The label starts with the number people see (J-0041, S-0042, R-0042) or the customer's name;
        # internal ids are never shown: `print job-sheet 17` means J-0017, not a row id.
        width = max(len(hit.kind) for hit in hits)
        for hit in hits:
            print(f"{hit.kind:<{width}}  {hit.label}  ({hit.why})")
    return 0


def _cmd_today(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.requests import list_requests, open_request_promises
    from crm_desktop.services.today import today_view

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to show.")
    # No instance lock and no backup: the Today page only reads, and must work while the window is open.
    day = args.date or date.today()
    opened = _reading(paths)
    try:
        view = today_view(opened.database, day)
        # Requests are not one of the Today service's sections (yet): listed here, longest idle first.
        live = sorted(
            list_requests(opened.database, day, open_only=True),
            key=lambda r: (-(r.days_without_action or 0), r.number_text),
        )
        promised = open_request_promises(opened.database, [r.id for r in live], day)
    finally:
        opened.close()
    if args.json:
        data = view.as_dict()
        data["open_requests"] = [_request_as_dict(r, promised.get(r.id)) for r in live]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"Today, {view.today:%a %d %b %Y}")
    for section in view.sections:
        print(f"\n{section.title} ({section.count})")
        for item in section.items:
            who = f" [{item.assignee_name}]" if item.assignee_name else ""
            print(f"  {item.customer_name}: {item.title} ({item.detail}){who}")
        if section.count > len(section.items):
            print(f"  ... and {section.count - len(section.items)} more")
    print(f"\nOpen requests ({len(live)})")
    for r in live[:_TODAY_REQUESTS]:
        chain = promised.get(r.id)
        facts = [r.status_text, idle_text(r.days_without_action or 0)]
        if chain is not None:
            facts.append(f"promised for {chain.due_date.isoformat()}")
        who = f" [{r.owner_name}]" if r.owner_name else ""
        print(f"  {r.customer_name}: {r.number_text} {r.kind_name} ({', '.join(facts)}){who}")
    if len(live) > _TODAY_REQUESTS:
        print(f"  ... and {len(live) - _TODAY_REQUESTS} more (crm-desktop requests --open)")
    return 0


_TODAY_REQUESTS = 20  # requests listed by `today`; `requests --open` lists them all


def _cmd_requests(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.requests import list_requests, open_request_promises

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to show.")
    today = date.today()
    opened = _reading(paths)
    try:
        found = list_requests(opened.database, today, open_only=args.open)
        promised = open_request_promises(opened.database, [r.id for r in found], today)
    finally:
        opened.close()
    if args.json:
        print(
            json.dumps([_request_as_dict(r, promised.get(r.id)) for r in found], indent=2, ensure_ascii=False)
        )
        return 0
    if not found:
        print("No open requests." if args.open else "No requests.")
        return 0
    header = ("Number", "Kind", "Customer", "Status", "Owner", "Opened", "Last action", "Promised for")
    rows = [
        (
            r.number_text,
            r.kind_name,
            r.customer_name,
            r.status_text,
            r.owner_name or "-",
            _local_day(r.opened_at),
            idle_text(r.days_without_action).removeprefix("last action ")
            if r.days_without_action is not None
            else "",
            promised[r.id].due_date.isoformat() if r.id in promised else "",
        )
        for r in found
    ]
    widths = [max(_columns(row[column]) for row in (header, *rows)) for column in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        cells = (value + " " * (width - _columns(value)) for value, width in zip(row, widths, strict=True))
        return "  ".join(cells).rstrip()

    indent = " " * (widths[0] + 2)  # a promise's lines sit under its request, from the Kind column
    print(line(header))
    for r, row in zip(found, rows, strict=True):
        print(line(row))
        chain = promised.get(r.id)
        if chain is not None:
            print(f"{indent}promise: {chain.description} ({chain.text})")
            for move in chain.changes:
                print(
                    f"{indent}moved {move.old_date.isoformat()} → {move.new_date.isoformat()}: {move.reason}"
                )
    return 0


def _columns(text: str) -> int:
    """How many columns a terminal gives ``text``: wide characters (田中) take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        for ch in text
    )


def _request_as_dict(r: RequestListing, chain: PromiseChainDetails | None) -> dict[str, object]:
    """A request as ``requests --json`` and ``today --json`` print it."""
    return {
        "id": r.id,
        "number": r.number_text,
        "kind": r.kind_name,
        "customer_id": r.customer_id,
        "customer": r.customer_name,
        "summary": r.summary,
        "priority": str(r.priority),
        "status": str(r.status),
        "status_text": r.status_text,
        "owner": r.owner_name,
        "opened": _local_day(r.opened_at),
        "closed": _local_day(r.closed_at) or None,
        "days_without_action": r.days_without_action,
        "promise": None
        if chain is None
        else {
            "promise": chain.description,
            "first_date": chain.original_due_date.isoformat(),
            "due_date": chain.due_date.isoformat(),
            "chain": chain.text,
            "moves": [
                {"from": m.old_date.isoformat(), "to": m.new_date.isoformat(), "reason": m.reason}
                for m in chain.changes
            ],
        },
    }


def _cmd_promises(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.promises import list_promises

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to show.")
    opened = _reading(paths)
    try:
        found = list_promises(opened.database, slipping_only=args.slipping, include_closed=args.all)
    finally:
        opened.close()
    if args.json:
        print(json.dumps([p.as_dict() for p in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("No slipping promises." if args.slipping else "No promises.")
    for p in found:
        flag = " · SLIPPING" + (" · needs the owner" if p.needs_owner else "") if p.slipping else ""
        owner = f" [{p.owner}]" if p.owner else ""
        print(f"{p.customer_name}: {p.description}{owner}")
        print(f"  {p.status} · first promised {p.first_date.isoformat()}, now {p.due_date.isoformat()}{flag}")
        for move in p.moves:
            print(f"  moved {move.old_date.isoformat()} → {move.new_date.isoformat()}: {move.reason}")
    return 0


def _cmd_sales(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.sales_list import SalesFilter, list_sales
    from crm_desktop.services.settings import shop_money

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to show.")
    if args.start is not None and args.end is not None and args.end < args.start:
        raise UserFacingError(
            f"The period ends ({args.end.isoformat()}) before it starts ({args.start.isoformat()})."
        )
    opened = _reading(paths)
    try:
        listing = list_sales(opened.database, SalesFilter(start=args.start, end=args.end))
        money = shop_money(opened.database)
    finally:
        opened.close()
    totals = listing.totals
    if args.json:
        data = {
            "sales": [r.as_dict(money) for r in listing.rows],
            "count": totals.count,
            "total": plain_amount(totals.total_minor, money.currency),
            "currency": money.currency,
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if not listing.rows:
        print("No sales in this period." if args.start or args.end else "No sales.")
        return 0
    header = ("Number", "Date", "Customer", "Seller", "Items", "Total")
    rows = [
        (
            r.number_text,
            r.sale_date.isoformat(),
            r.customer_name,
            r.seller_name or "-",
            r.items_text,
            money.format(r.total_minor),
        )
        for r in listing.rows
    ]
    widths = [max(_columns(row[column]) for row in (header, *rows)) for column in range(len(header))]
    for row in (header, *rows):
        cells = [value + " " * (width - _columns(value)) for value, width in zip(row, widths, strict=True)]
        cells[-1] = " " * (widths[-1] - _columns(row[-1])) + row[-1]  # amounts line up on the right
        print("  ".join(cells).rstrip())
    word = "sale" if totals.count == 1 else "sales"
    print(f"\n{totals.count:,} {word}, total {money.format(totals.total_minor)}")
    return 0


def _cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    import dataclasses

    from crm_desktop.app import start
    from crm_desktop.interchange.mapping import (
        ColumnMapping,
        DateOrder,
        ImportKind,
        guess_mapping,
        header_words,
    )
    from crm_desktop.interchange.readers import open_table
    from crm_desktop.services.imports import DuplicateChoice, ImportOptions, import_table

    kind = ImportKind(args.what)
    table = open_table(args.file, args.sheet, header_words=header_words())
    mapping = ColumnMapping.load(args.mapping) if args.mapping else guess_mapping(kind, table.header)
    if mapping.kind is not kind:
        raise UserFacingError(f"The mapping {args.mapping} is for {mapping.kind}, not {kind}.")
    if args.date_order:
        mapping = dataclasses.replace(mapping, date_order=DateOrder(args.date_order))
    if args.decimal:
        mapping = dataclasses.replace(mapping, decimal=args.decimal)
    if args.save_mapping:
        Path(args.save_mapping).write_text(mapping.to_json() + "\n", encoding="utf-8")
    options = ImportOptions(
        on_duplicate=DuplicateChoice.UPDATE if args.update else DuplicateChoice.SKIP,
        skip_bad_rows=args.skip_bad_rows,
        future_follow_ups_only=not args.all_follow_ups,
    )
    opened = start(paths, waiting=_waiting_once())
    try:
        report = import_table(
            opened.database, table, mapping, staff_id=None, today=date.today(), options=options,
            dry_run=args.dry_run,
        )  # fmt: skip
    finally:
        opened.close()
    if args.json:
        print(json.dumps(dataclasses.asdict(report), indent=2, ensure_ascii=False, default=str))
        return 0 if report.saved or (report.dry_run and not report.bad) else 1
    columns = ", ".join(f"{key} <- {column!r}" for key, column in mapping.columns.items())
    print(f"Columns: {columns}")
    for note in report.notes:
        print(note)
    for problem in report.problems:
        print(f"  {problem}")
    for duplicate in report.duplicates:
        print(f"  {duplicate}")
    print(report.summary())
    return 0 if report.saved or (report.dry_run and not report.bad) else 1


def _cmd_metrics(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.metrics import compute_metrics, summary_lines

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to measure.")
    opened = _reading(paths)
    try:
        result = compute_metrics(opened.database, args.end or date.today(), args.start)
    finally:
        opened.close()
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        for label, value in summary_lines(result):
            print(f"{label:<44} {value}")
    return 0


def _cmd_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.exports import (
        TITLES,
        ExportFormat,
        ExportKind,
        customers_table,
        export_bytes,
        formats_of,
    )
    from crm_desktop.services.staff import find_staff

    kind = ExportKind(args.kind)
    target = Path(args.output).expanduser()
    fmt: ExportFormat | None = ExportFormat(args.fmt) if args.fmt else None
    if fmt is None and target.suffix.lower() == ".xlsx":
        fmt = ExportFormat.XLSX
    if fmt is not None and fmt not in formats_of(kind):
        raise UserFacingError(
            f"--format {fmt.value} is for tables; {kind.value} is written as .{formats_of(kind)[0]}."
        )
    if args.staff is not None and kind is not ExportKind.CALENDAR:
        raise UserFacingError(
            "--staff is for the calendar: crm-desktop export calendar --staff NAME -o FILE.ics"
        )
    if args.customer is not None and kind is not ExportKind.VCARD:
        raise UserFacingError(
            "--customer is for vCards: crm-desktop export vcard --customer NAME -o FILE.vcf"
        )
    if args.include_archived and kind is not ExportKind.CUSTOMERS:
        raise UserFacingError("--include-archived is for the customers' table.")
    if not target.parent.is_dir():
        raise UserFacingError(f"The folder {target.parent} does not exist; create it or choose another file.")
    if target.is_dir():
        raise UserFacingError(f"{target} is a folder; give the name of the file to write.")
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to export.")
    opened = _reading(paths)
    try:
        database = opened.database
        staff = find_staff(database, args.staff) if args.staff is not None else None
        customers = [_one_customer(database, args.customer)] if args.customer is not None else None
        if kind is ExportKind.CUSTOMERS and args.include_archived:
            table = customers_table(database, include_archived=True)
            data = table.xlsx() if fmt is ExportFormat.XLSX else table.csv()
            what = f"{len(table.rows):,} customer" + ("" if len(table.rows) == 1 else "s")
        else:
            exported = export_bytes(
                database,
                kind,
                fmt,
                today=date.today(),
                staff_id=staff.id if staff is not None else None,
                customer_ids=customers,
            )
            data, what = exported.data, exported.what
    finally:
        opened.close()
    _write_atomically(target, data)
    whose = f" of {staff.name}" if staff is not None else ""
    print(f"{TITLES[kind]}{whose} ({what}) written to {target}")
    return 0


def _cmd_staff_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.staff import list_staff

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nobody to list.")
    opened = _reading(paths)
    try:
        everyone = list_staff(opened.database, include_inactive=True)
    finally:
        opened.close()
    members = [member for member in everyone if args.all or member.active]
    if args.json:
        print(json.dumps([member.as_dict() for member in members], indent=2, ensure_ascii=False))
        return 0
    if not everyone:
        print("Nobody works here yet: add someone with `crm-desktop staff add NAME --role owner`.")
        return 0
    if not members:
        print(f"Nobody is working here now ({len(everyone)} retired: see them with --all).")
        return 0
    rows = [
        (
            member.name,
            member.initials,
            member.roles_text,
            "active" if member.active else f"retired {_local_day(member.retired_at)}",
            "PIN" if member.has_pin else "no PIN",
        )
        for member in members
    ]
    w = [max(len(row[column]) for row in rows) for column in range(4)]
    for name, initials, roles, status, pin in rows:
        print(f"{name:<{w[0]}}  {initials:<{w[1]}}  {roles:<{w[2]}}  {status:<{w[3]}}  {pin}")
    return 0


def _cmd_staff_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import opened_app
    from crm_desktop.services.staff import StaffInput, add_staff

    data = StaffInput(name=args.name, roles=tuple(args.roles), initials=args.initials)
    with opened_app(paths) as context:
        member = add_staff(context.database, data, staff_id=None)  # the command line acts as the system
    print(f"Added {member.label}: {member.roles_text}.")
    return 0


def _cmd_staff_retire(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import opened_app
    from crm_desktop.services.staff import find_staff, open_work, retire_staff

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nobody to retire.")
    with opened_app(paths) as context:
        member = find_staff(context.database, args.name)
        heir = find_staff(context.database, args.reassign_to) if args.reassign_to else None
        if heir is None and member.active:
            # The service refuses too (in its own transaction); this says which option moves the work.
            work = open_work(context.database, member.id)
            if work.total:
                raise UserFacingError(
                    f"{member.name} still has {work.describe()}: give --reassign-to NAME to move it to a "
                    "colleague. Nothing was changed."
                )
        result = retire_staff(
            context.database,
            member.id,
            reassign_to=heir.id if heir is not None else None,
            staff_id=None,
            now=context.clock.now(),
        )
    retired = f"{result.member.name} retired on {_local_day(result.member.retired_at)}"
    if result.reassigned_to is not None and result.moved.total:
        print(f"{retired}; moved to {result.reassigned_to.name}: {result.moved.describe()}.")
    else:
        print(f"{retired}; they had no open work, so nothing moved.")
    return 0


def _local_day(moment: datetime | None) -> str:
    """The shop's calendar day of an instant, as 2026-03-31 (blank for None)."""
    return moment.astimezone().date().isoformat() if moment is not None else ""


def _print_target(output: str, paths: AppPaths) -> Path:
    target = Path(output).expanduser()
    if not target.parent.is_dir():
        raise UserFacingError(f"The folder {target.parent} does not exist; create it or choose another file.")
    if target.is_dir():
        raise UserFacingError(f"{target} is a folder; give the name of the PDF file to write.")
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to print.")
    return target


def _waiting_once() -> typing.Callable[[str], None]:
    """Says once, on standard error, that another workstation is upgrading the server (the command
    then waits for it)."""
    said: list[str] = []

    def say(message: str) -> None:
        if not said:
            said.append(message)
            print(f"crm-desktop: {message}", file=sys.stderr, flush=True)

    return say


def _cmd_messages(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.messages import list_outbox

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: no messages.")
    opened = _reading(paths)
    try:
        rows = list_outbox(opened.database, failed_only=args.failed)
    finally:
        opened.close()
    if args.json:
        print(json.dumps([_message_dict(row) for row in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No failed messages." if args.failed else "The outbox is empty: no message was queued yet.")
        return 0
    for row in rows:
        when = row.sent_at or row.next_attempt_at or row.created_at
        what = row.subject or " ".join(row.body.split())[:60]
        print(f"#{row.id}  {row.status.value:<9} {_local_day(when)}  {row.channel.value:<5} {row.recipient}  "
              f"{row.customer_name}: {what}")  # fmt: skip
        if row.error and row.status.value != "sent":
            print(f"       {row.error}")
    return 0


def _message_dict(row: typing.Any) -> dict[str, object]:
    return {
        "id": row.id,
        "status": row.status.value,
        "channel": row.channel.value,
        "event": row.event,
        "customer_id": row.customer_id,
        "customer": row.customer_name,
        "to": row.recipient,
        "subject": row.subject,
        "body": row.body,
        "attempts": row.attempts,
        "created_at": row.created_at.isoformat(),
        "next_attempt_at": row.next_attempt_at.isoformat() if row.next_attempt_at else None,
        "sent_at": row.sent_at.isoformat() if row.sent_at else None,
        "answer": row.answer,
        "error": row.error,
    }


def _cmd_messages_setup(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.messages import email_setup, save_email_setup

    password: str | None = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif args.user:
        opened = start(paths, lock=False, daily_backup=False, seed=False, waiting=_waiting_once())
        try:
            known = email_setup(opened.database)
        finally:
            opened.close()
        same = known is not None and (known.host, known.user) == (args.smtp_host.strip(), args.user.strip())
        if not (same and known is not None and known.has_password):  # none kept yet for this server: ask
            import getpass

            if not sys.stdin.isatty():
                raise UserFacingError("The password is asked on a terminal, or given with --password-stdin.")
            password = getpass.getpass(f"Password of {args.user} on {args.smtp_host}: ")
    opened = start(paths, lock=False, daily_backup=False, seed=False, waiting=_waiting_once())
    try:
        setup = save_email_setup(
            opened.database,
            host=args.smtp_host,
            port=args.smtp_port,
            security=args.security,
            user=args.user,
            from_address=args.from_address,
            from_name=args.from_name,
            password=password,
        )
    finally:
        opened.close()
    login = f", as {setup.user}" + (" (password in the system keyring)" if setup.has_password else "")
    print(
        f"E-mail goes through {setup.host}:{setup.port} ({setup.security}){login if setup.user else ''}, "
        f"from {setup.from_address}. Check it with `crm-desktop messages test --to ADDRESS`."
    )
    return 0


def _cmd_messages_send_queued(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.messages import queue_due_reminders, send_queued

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to send.")
    # Without the window's lock: a scheduled task sends while the window is open.
    opened = start(paths, lock=False, daily_backup=False, seed=False, waiting=_waiting_once())
    try:
        now = datetime.now(UTC)
        queue_due_reminders(opened.database, now.astimezone().date(), now)
        report = send_queued(opened.database, now, clock=lambda: datetime.now(UTC))
    finally:
        opened.close()
    print(report.describe())
    return 0 if not report.failed else 1


def _cmd_messages_test(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.messages import send_test_email

    opened = _reading(paths)
    try:
        answer = send_test_email(opened.database, args.to, datetime.now(UTC))
    finally:
        opened.close()
    print(f"Test message sent to {args.to}. The server said: {answer}")
    return 0


def _reading(paths: AppPaths) -> typing.Any:
    """The database opened for a command that only reads (printing, search, Today...), started like the
    window (:mod:`crm_desktop.app`) but without the instance lock (it must work while the window is
    open), the daily backup or the default seeding (it writes nothing)."""
    from crm_desktop.app import start

    return start(paths, lock=False, daily_backup=False, seed=False, waiting=_waiting_once())


def _cmd_print_warranty(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.warranty_certificate import warranty_certificate_pdf  # ReportLab only here
    from crm_desktop.services.warranties import certificate_data, certificate_item

    target = _print_target(args.output, paths)
    opened = _reading(paths)
    try:
        item = certificate_item(opened.database, args.unit, date.today(), args.item)
        data = certificate_data(opened.database, item)
    finally:
        opened.close()
    _write_atomically(target, warranty_certificate_pdf(data))
    unit = f"{data.description} {data.serial}" if data.serial else data.description
    print(f"Warranty certificate of {unit} ({data.sale_number_text}) written to {target}")
    return 0


def _cmd_print_job_sheet(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.job_sheet import job_sheet_pdf
    from crm_desktop.services.job_sheets import job_sheets
    from crm_desktop.services.jobs import find_job_by_number

    target = _print_target(args.output, paths)
    opened = _reading(paths)
    try:
        typed = args.job.strip()
        job = find_job_by_number(opened.database, f"J{typed}" if typed.isdigit() else typed)
        if job is None:
            raise UserFacingError(f"There is no service job {args.job}.")
        sheets = job_sheets(opened.database, [job.id], date.today())
    finally:
        opened.close()
    _write_atomically(target, job_sheet_pdf(sheets))
    print(f"Job sheet {job.number_text} ({job.customer_name}) written to {target}")
    return 0


def _cmd_print_day(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.common import long_date
    from crm_desktop.reports.job_sheet import job_sheet_pdf
    from crm_desktop.services.job_sheets import day_sheets, job_sheets
    from crm_desktop.services.staff import find_staff

    target = _print_target(args.output, paths)
    day = args.date or date.today()
    opened = _reading(paths)
    try:
        tech = find_staff(opened.database, args.technician) if args.technician is not None else None
        plan = day_sheets(opened.database, tech.id if tech else None, day)
        if not plan.count:
            who = tech.name if tech else "the team"
            raise UserFacingError(
                f"{who} has no visits on {long_date(day)} and no open job due by then: nothing to print."
            )
        sheets = job_sheets(opened.database, plan.job_ids, day)
    finally:
        opened.close()
    title = f"Job sheets of {plan.technician_name}, {long_date(day)}"
    _write_atomically(target, job_sheet_pdf(sheets, printed_on=day, title=title))
    print(f"{plan.describe()} of {plan.technician_name}, {long_date(day)}, written to {target}")
    if plan.left_out():
        print(plan.left_out())
    return 0


def _cmd_print_history(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.history import history_pdf
    from crm_desktop.services.history_report import history_report, twelve_months_before

    target = _print_target(args.output, paths)
    today = date.today()
    start = args.start
    if start is None and args.end is None and not args.all:
        start = twelve_months_before(today)  # the customer's copy is usually about the last year
    opened = _reading(paths)
    try:
        customer_id = _one_customer(opened.database, args.customer)
        report = history_report(
            opened.database,
            customer_id,
            today,
            start=start,
            end=args.end,
            include_internal=args.internal,
        )
    finally:
        opened.close()
    _write_atomically(target, history_pdf(report))
    copy = "shop's copy, internal notes included" if args.internal else "customer's copy"
    print(f"History of {report.header.name} ({copy}, {report.event_count} events) written to {target}")
    return 0


def _database_to_print(output: str | None, paths: AppPaths) -> None:
    """Before reading: the file named is one that can be written, and there is a database to print
    from (without ``-o`` the file is named after what is printed, once it is read)."""
    if output:
        _print_target(output, paths)
    elif paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(f"There is no database at {paths.db_file} yet: nothing to print.")


def _cmd_print_receipt(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.receipt import receipt_pdf, title_of
    from crm_desktop.services.receipts import receipt_by_number, receipt_format

    _database_to_print(args.output, paths)
    opened = _reading(paths)
    try:
        data = receipt_by_number(opened.database, args.number, date.today())
        fmt = args.fmt or receipt_format(opened.database)
    finally:
        opened.close()
    target = _print_target(args.output or f"receipt-{data.number_text}.pdf", paths)
    _write_atomically(target, receipt_pdf(data, fmt=fmt))
    shape = "80 mm roll" if fmt == "thermal" else "half page"
    print(f"{title_of(data)} {data.number_text} ({data.customer_name}, {shape}) written to {target}")
    return 0


def _cmd_print_label(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.label import job_label_pdf, label_size_text, serial_label_pdf
    from crm_desktop.services.receipts import job_label, serial_label

    if (args.job is None) == (args.serial is None):
        raise UserFacingError("Give a job number (print label J-0042) or a serial (print label --serial SN).")
    _database_to_print(args.output, paths)
    opened = _reading(paths)
    try:
        if args.serial is not None:
            serial = serial_label(opened.database, args.serial)
            pdf, what, size = serial_label_pdf(serial), f"Serial label {serial.serial}", serial.size_mm
        else:
            try:
                job = job_label(opened.database, args.job, date.today())
            except ValidationError as exc:
                if "-number" not in str(exc):
                    raise
                # A serial typed where the job number goes (some start with J and digits): say the way.
                raise ValidationError(
                    f"{exc}; for a unit's serial number: crm-desktop print label --serial {args.job}"
                ) from None
            pdf, what, size = job_label_pdf(job), f"Job label {job.number_text}", job.size_mm
    finally:
        opened.close()
    default = "label-" + "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in what.split()[-1])
    target = _print_target(args.output or f"{default}.pdf", paths)
    _write_atomically(target, pdf)
    print(f"{what} ({label_size_text(size)}) written to {target}")
    return 0


def _cmd_print_metrics(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.metrics_report import metrics_pdf
    from crm_desktop.services.job_sheets import shop_header
    from crm_desktop.services.metrics import compute_metrics

    day = args.end or date.today()
    target = _print_target(args.output or f"metrics-{day.isoformat()}.pdf", paths)
    opened = _reading(paths)
    try:
        result = compute_metrics(opened.database, day, args.start)
        shop = shop_header(opened.database)
    finally:
        opened.close()
    _write_atomically(target, metrics_pdf(result, shop, date.today()))
    print(f"Metrics report to {day.isoformat()} written to {target}")
    return 0


def _one_customer(database: typing.Any, text: str) -> int:
    """The customer that ``text`` names as the search box reads it (a name, phone, e-mail, serial, or a
    sale, job or request number); :class:`UserFacingError` when it names nobody or several people."""
    from crm_desktop.domain.text import fold
    from crm_desktop.services.search import search

    hits = search(database, text, include_archived=True)
    # A number or a whole serial first; then someone called exactly that ("Jack Smith", not "Jack
    # Smithers"); then whoever the text finds.
    exact = [hit for hit in hits if hit.exact]
    named = [hit for hit in hits if hit.kind == "customer" and fold(hit.label.split(" · ")[0]) == fold(text)]
    found = exact or named or list(hits)
    customers = {hit.customer_id: hit for hit in found}
    if not customers:
        raise UserFacingError(f"No customer matches {text!r}; try: crm-desktop search {shlex.quote(text)}")
    if len(customers) > 1:
        shown = "; ".join(hit.label for hit in list(customers.values())[:4])
        more = f" and {len(customers) - 4} more" if len(customers) > 4 else ""
        raise UserFacingError(
            f"{len(customers)} customers match {text!r} ({shown}{more}): give a phone number, a sale, job "
            "or request number, or more of the name."
        )
    (customer_id,) = customers
    return customer_id


def _write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` whole or not at all (:func:`crm_desktop.services.exports.write_atomically`)."""
    from crm_desktop.services.exports import write_atomically

    write_atomically(target, content)
