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
from crm_desktop.domain import dates
from crm_desktop.domain.enums import StaffRole
from crm_desktop.domain.money import plain_amount
from crm_desktop.domain.timeline import idle_text
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.paths import AppPaths, resolve

if typing.TYPE_CHECKING:
    from crm_desktop.services.promises import PromiseChainDetails
    from crm_desktop.services.requests import RequestListing

Handler = Callable[[argparse.Namespace, AppPaths], int]


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line that points to --help, instead of the whole usage block."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(
            2, _("{prog}: {message} (see {prog} --help)").format(prog=self.prog, message=message) + "\n"
        )


def _database_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group(_("database"))
    group.add_argument("--db", metavar="PATH", default=default, help=_("use this SQLite file"))
    group.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=_(
            "use this database, e.g. postgresql+psycopg://user@server/crm (or set CRM_DESKTOP_DATABASE_URL)"
        ),
    )
    group.add_argument(
        "--data-dir", metavar="DIR", default=default, help=_("keep the database and its backups in DIR")
    )
    # Read (and applied) before the parser is built, so that --help speaks it too: see _speak.
    parser.add_argument(
        "--language",
        metavar="CODE",
        default=default,
        help=_(
            "the language to speak: en, fr, de, es or nl (default: Settings → Language, else the computer's)"
        ),
    )


EARLIEST_DAY = date(1900, 1, 1)  # a shop's dates lie between these; beyond, date arithmetic overflows
LATEST_DAY = date(2199, 12, 31)


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date like 2026-03-31").format(text=repr(text))
        ) from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise argparse.ArgumentTypeError(
            _("{text} is too far from today: give a day from {first} to {last}").format(
                text=text, first=EARLIEST_DAY, last=LATEST_DAY
            )
        )
    return day


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not a whole number").format(text=repr(text))) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be at least 1"))
    return value


def _role(text: str) -> StaffRole:
    try:
        return StaffRole(text.strip().lower())
    except ValueError:
        roles = ", ".join(role.value for role in StaffRole)
        raise argparse.ArgumentTypeError(
            _("{text} is not a role; the roles are {roles}").format(text=repr(text), roles=roles)
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crm-desktop",
        description=_(
            "crm_desktop: after-sales service for small shops. Without a command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {crm_desktop.__version__}")
    _database_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=_("fill an empty database with a realistic sample shop"))
    _database_options(demo, suppress=True)
    demo.add_argument("--customers", type=_positive, default=200, help=_("how many customers (default 200)"))
    demo.add_argument("--seed", type=int, default=1, help=_("the same seed gives the same shop (default 1)"))
    demo.add_argument("--today", type=_date, default=None, help=_("date the sample ends on (default today)"))
    demo.set_defaults(handler=_cmd_demo)

    backup = commands.add_parser("backup", help=_("copy the database to a safe file"))
    _database_options(backup, suppress=True)
    backup.add_argument(
        "--to",
        metavar="PATH",
        help=_("file (or folder) to write; default: the backups folder beside the data"),
    )
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help=_("replace the database with a backup (checked first; the current one is backed up before)"),
    )
    _database_options(restore, suppress=True)
    restore.add_argument("file", metavar="FILE", help=_("the backup file to restore"))
    restore.set_defaults(handler=_cmd_restore)

    move = commands.add_parser(
        "move-to",
        help=_("copy this SQLite shop onto an empty PostgreSQL database and verify it (the file stays)"),
    )
    _database_options(move, suppress=True)
    move.add_argument(
        "url", metavar="URL", help=_("the server's database, e.g. postgresql+psycopg://shop@server/crm")
    )
    move.set_defaults(handler=_cmd_move_to)

    export_customer = commands.add_parser(
        "export-customer", help=_("a customer's data as JSON, with their copy of the history (PDF)")
    )
    _database_options(export_customer, suppress=True)
    export_customer.add_argument(
        "customer",
        metavar="CUSTOMER",
        help=_("whom: what the search finds for one customer (name, phone, S-0042...)"),
    )
    export_customer.add_argument(
        "-o", "--output", metavar="FOLDER", required=True, help=_("the folder to write to")
    )
    export_customer.set_defaults(handler=_cmd_export_customer)

    erase_customer = commands.add_parser(
        "erase-customer", help=_("erase a customer's personal data (sales and jobs stay, anonymous)")
    )
    _database_options(erase_customer, suppress=True)
    erase_customer.add_argument(
        "customer",
        metavar="CUSTOMER",
        help=_("whom: what the search finds for one customer (name, phone, S-0042...)"),
    )
    erase_customer.add_argument(
        "--yes", action="store_true", help=_("really erase (required: it cannot be undone)")
    )
    erase_customer.set_defaults(handler=_cmd_erase_customer)

    check = commands.add_parser(
        "check", help=_("check the database's integrity and print its schema revision")
    )
    _database_options(check, suppress=True)
    check.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    check.set_defaults(handler=_cmd_check)

    search = commands.add_parser(
        "search",
        help=_("find customers, phones, e-mails, serials, sale and job numbers, as the search box does"),
    )
    _database_options(search, suppress=True)
    search.add_argument(
        "text",
        metavar="TEXT",
        help=_("what to look for, as typed in the search box (also text starting with -)"),
    )
    search.add_argument("--json", action="store_true", help=_("print the matches as a JSON list"))
    search.add_argument("--archived", action="store_true", help=_("include archived customers"))
    search.set_defaults(handler=_cmd_search)

    today = commands.add_parser(
        "today", help=_("what is overdue, due today, due this week, promised, and left without action")
    )
    _database_options(today, suppress=True)
    today.add_argument(
        "--date", type=_date, default=None, help=_("show the page of this day (default today)")
    )
    today.add_argument("--json", action="store_true", help=_("print the sections as JSON"))
    today.set_defaults(handler=_cmd_today)

    promises = commands.add_parser(
        "promises", help=_("the promises made to customers, with every date change and its reason")
    )
    _database_options(promises, suppress=True)
    promises.add_argument("--slipping", action="store_true", help=_("only those moved past their first date"))
    promises.add_argument("--all", action="store_true", help=_("also the kept, broken and cancelled ones"))
    promises.add_argument("--json", action="store_true", help=_("print the promises as JSON"))
    promises.set_defaults(handler=_cmd_promises)

    requests = commands.add_parser(
        "requests",
        help=_("customers' requests (R-0042): status, owner, days without action, the promise and its moves"),
    )
    _database_options(requests, suppress=True)
    requests.add_argument(
        "--open", action="store_true", help=_("only those still open or waiting on someone")
    )
    requests.add_argument("--json", action="store_true", help=_("print the requests as JSON"))
    requests.set_defaults(handler=_cmd_requests)

    sales = commands.add_parser(
        "sales", help=_("every sale, newest first (the Sales page's list), with the count and the total")
    )
    _database_options(sales, suppress=True)
    sales.add_argument("--from", dest="start", type=_date, default=None, help=_("first day of the period"))
    sales.add_argument("--to", dest="end", type=_date, default=None, help=_("last day of the period"))
    sales.add_argument("--json", action="store_true", help=_("print the sales and the totals as JSON"))
    sales.set_defaults(handler=_cmd_sales)

    importing = commands.add_parser(
        "import",
        help=_("import customers, products or sales from a CSV, Excel, LibreOffice or vCard file"),
        description=_(
            "Import a file in one go: nothing is saved if a row has a problem (unless "
            "--skip-bad-rows), and rows already on file are left as they are (or updated with --update)."
        ),
    )
    _database_options(importing, suppress=True)
    importing.add_argument("what", choices=("customers", "products", "sales"), help=_("what the file holds"))
    importing.add_argument("file", metavar="FILE", help=_(".csv, .xlsx, .xls, .ods or .vcf"))
    importing.add_argument("--sheet", help=_("the spreadsheet's sheet (default: the first)"))
    importing.add_argument(
        "--mapping", metavar="FILE.json", help=_("which column holds what, as saved by the import wizard")
    )
    importing.add_argument(
        "--save-mapping", metavar="FILE.json", help=_("write the mapping used to this file")
    )
    importing.add_argument(
        "--date-order",
        choices=("DMY", "MDY", "YMD"),
        type=str.upper,
        help=_("how dates such as 03/04/2024 read: DMY (3 April) or MDY (4 March)"),
    )
    importing.add_argument("--decimal", choices=(".", ","), help=_("the decimal separator of amounts"))
    importing.add_argument(
        "--update", action="store_true", help=_("update what is already here from the file")
    )
    importing.add_argument(
        "--skip-bad-rows", action="store_true", help=_("import the good rows and leave out the bad ones")
    )
    importing.add_argument(
        "--all-follow-ups",
        action="store_true",
        help=_("sales: schedule past follow-ups too (default: only those still due)"),
    )
    importing.add_argument("--dry-run", action="store_true", help=_("print the report without saving"))
    importing.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    importing.set_defaults(handler=_cmd_import)

    export = commands.add_parser(
        "export",
        help=_(
            "write customers, sales, follow-ups, jobs, requests or contacts (CSV, Excel), the calendar "
            "(.ics) or vCards (.vcf) to a file"
        ),
    )
    _database_options(export, suppress=True)
    export.add_argument(
        "kind",
        metavar="KIND",
        choices=("customers", "sales", "follow-ups", "jobs", "requests", "contacts", "calendar", "vcard"),
        help=_(
            "customers, sales (one row per item), follow-ups, jobs, requests, contacts, calendar "
            "(open follow-ups, visits, open promises) or vcard"
        ),
    )
    export.add_argument(
        "--format",
        dest="fmt",
        choices=("csv", "xlsx"),
        default=None,
        help=_(
            "for tables: csv (UTF-8, the default) or xlsx (Excel); without it, a FILE ending in .xlsx "
            "is an Excel file"
        ),
    )
    export.add_argument("--staff", metavar="NAME", default=None, help=_("calendar: only this person's work"))
    export.add_argument(
        "--customer",
        metavar="CUSTOMER",
        default=None,
        help=_("vcard: only this customer (a name, a phone, S-0042, J-0042, R-0042); default: everyone"),
    )
    export.add_argument(
        "--include-archived", action="store_true", help=_("customers: the archived ones too (marked)")
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the file to write"))
    export.set_defaults(handler=_cmd_export)

    metrics = commands.add_parser(
        "metrics", help=_("after-sales metrics: account value, contacts, promises...")
    )
    _database_options(metrics, suppress=True)
    metrics.add_argument("--from", dest="start", type=_date, default=None, help=_("first day of the period"))
    metrics.add_argument(
        "--to", dest="end", type=_date, default=None, help=_("the report date (default today)")
    )
    metrics.add_argument("--json", action="store_true", help=_("print every figure and table as JSON"))
    metrics.set_defaults(handler=_cmd_metrics)

    staff = commands.add_parser("staff", help=_("the shop's people: list them, add someone, retire someone"))
    _database_options(staff, suppress=True)
    staff_actions = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    staff_list = staff_actions.add_parser("list", help=_("who works here: name, initials, roles, PIN or not"))
    _database_options(staff_list, suppress=True)
    staff_list.add_argument("--all", action="store_true", help=_("include retired staff"))
    staff_list.add_argument("--json", action="store_true", help=_("print the staff as a JSON list"))
    staff_list.set_defaults(handler=_cmd_staff_list)
    staff_add = staff_actions.add_parser("add", help=_("add a staff member"))
    _database_options(staff_add, suppress=True)
    staff_add.add_argument("name", metavar="NAME", help=_("the name as colleagues and customers read it"))
    staff_add.add_argument(
        "--role",
        dest="roles",
        metavar="ROLE",
        type=_role,
        action="append",
        required=True,
        help=_("owner, sales or technician; repeat for someone with several roles"),
    )
    staff_add.add_argument("--initials", metavar="XY", default=None, help=_("default: from the name"))
    staff_add.set_defaults(handler=_cmd_staff_add)
    staff_retire = staff_actions.add_parser(
        "retire", help=_("retire a staff member (history keeps their name), moving their open work")
    )
    _database_options(staff_retire, suppress=True)
    staff_retire.add_argument(
        "name", metavar="NAME", help=_("whom to retire (a unique part of the name does)")
    )
    staff_retire.add_argument(
        "--reassign-to",
        metavar="NAME",
        default=None,
        help=_("the colleague who takes over their open follow-ups, jobs, visits and promises"),
    )
    staff_retire.set_defaults(handler=_cmd_staff_retire)

    messages = commands.add_parser(
        "messages", help=_("e-mail and SMS to customers: the outbox, sending what is queued, the mail server")
    )
    _database_options(messages, suppress=True)
    messages.add_argument("--failed", action="store_true", help=_("only the messages that failed"))
    messages.add_argument("--json", action="store_true", help=_("print the outbox as a JSON list"))
    messages.set_defaults(handler=_cmd_messages)
    message_actions = messages.add_subparsers(dest="action", metavar="ACTION")
    setup = message_actions.add_parser(
        "setup",
        help=_("how the shop sends e-mail: its mail server (the password goes in the system keyring)"),
    )
    _database_options(setup, suppress=True)
    setup.add_argument(
        "--smtp-host", required=True, metavar="HOST", help=_("the mail server, e.g. smtp.example.com")
    )
    setup.add_argument(
        "--smtp-port", type=int, default=None, metavar="PORT", help=_("default: 587, or 465 with --tls")
    )
    security = setup.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls",
                          help=_("STARTTLS on the submission port (the default)"))  # fmt: skip
    security.add_argument(
        "--tls", dest="security", action="store_const", const="tls", help=_("TLS from the start")
    )
    security.add_argument("--no-encryption", dest="security", action="store_const", const="none",
                          help=_("no encryption: only for a server on the shop's own network"))  # fmt: skip
    setup.add_argument("--user", default=None, metavar="USER", help=_("the user name to log in with"))
    setup.add_argument("--from", dest="from_address", required=True, metavar="ADDRESS",
                       help=_("the shop's address the messages come from"))  # fmt: skip
    setup.add_argument("--from-name", default=None, metavar="NAME", help=_("default: the shop's name"))
    setup.add_argument(
        "--password-stdin",
        action="store_true",
        help=_("read the password from the standard input (not asked)"),
    )
    setup.set_defaults(handler=_cmd_messages_setup, security="starttls")
    send_queued = message_actions.add_parser(
        "send-queued",
        help=_("send what is due in the outbox (for a scheduled task on a computer that stays on)"),
    )
    _database_options(send_queued, suppress=True)
    send_queued.set_defaults(handler=_cmd_messages_send_queued)
    test = message_actions.add_parser("test", help=_("send a test e-mail now, to check the setup"))
    _database_options(test, suppress=True)
    test.add_argument("--to", required=True, metavar="ADDRESS", help=_("where the test message goes"))
    test.set_defaults(handler=_cmd_messages_test)

    printing = commands.add_parser("print", help=_("print a document to a PDF file"))
    _database_options(printing, suppress=True)
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    warranty = documents.add_parser("warranty", help=_("the warranty certificate of a sold item"))
    _database_options(warranty, suppress=True)
    warranty.add_argument(
        "unit", metavar="SERIAL_OR_SALE", help=_("the unit's serial/IMEI, or its sale's number (S-0042)")
    )
    warranty.add_argument(
        "--item",
        type=_positive,
        default=None,
        help=_("which line of the sale (1 = the first), when it sold several"),
    )
    warranty.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the PDF file to write"))
    warranty.set_defaults(handler=_cmd_print_warranty)
    sheet = documents.add_parser("job-sheet", help=_("the technician's job sheet of a service job"))
    _database_options(sheet, suppress=True)
    sheet.add_argument("job", metavar="JOB_NUMBER", help=_("the job's number, e.g. J-0042 or 42"))
    sheet.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the PDF file to write"))
    sheet.set_defaults(handler=_cmd_print_job_sheet)
    day = documents.add_parser(
        "day",
        help=_("a technician's day in one PDF: the jobs visited that day and the open jobs due by then"),
    )
    _database_options(day, suppress=True)
    day.add_argument(
        "--technician", metavar="NAME", default=None, help=_("whose day (default: the whole team)")
    )
    day.add_argument("--date", type=_date, default=None, help=_("which day (default today)"))
    day.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the PDF file to write"))
    day.set_defaults(handler=_cmd_print_day)
    history = documents.add_parser(
        "history", help=_("a customer's history: the last 12 months unless --all or --from/--to")
    )
    _database_options(history, suppress=True)
    history.add_argument(
        "customer",
        metavar="CUSTOMER",
        help=_("whom: what the search finds for one customer, e.g. a name, a phone, S-0042, J-0042, R-0042"),
    )
    period = history.add_mutually_exclusive_group()
    period.add_argument("--from", dest="start", type=_date, default=None, help=_("first day to include"))
    period.add_argument(
        "--all", action="store_true", help=_("the whole history (default: the last 12 months)")
    )
    history.add_argument("--to", dest="end", type=_date, default=None, help=_("last day to include"))
    history.add_argument(
        "--internal",
        action="store_true",
        help=_("the shop's copy, with its internal notes (default: the customer's copy, nothing internal)"),
    )
    history.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the PDF file to write"))
    history.set_defaults(handler=_cmd_print_history)
    receipt = documents.add_parser(
        "receipt", help=_("the intake receipt of a job or a request, for the customer")
    )
    _database_options(receipt, suppress=True)
    receipt.add_argument(
        "number", metavar="NUMBER", help=_("the job's or request's number: J-0042 (or 42), R-0042")
    )
    receipt.add_argument(
        "--format",
        dest="fmt",
        choices=("a4", "thermal"),
        default=None,
        help=_(
            "a4: half a page of the shop's paper (A4 or Letter); thermal: an 80 mm roll "
            "(default: the print.receipt_format setting, else a4)"
        ),
    )
    receipt.add_argument("-o", "--output", metavar="FILE", default=None, help=_("the PDF file to write"))
    receipt.set_defaults(handler=_cmd_print_receipt)
    label = documents.add_parser("label", help=_("a label for a job's unit, or for a serial number"))
    _database_options(label, suppress=True)
    label.add_argument(
        "job", metavar="JOB_NUMBER", nargs="?", default=None, help=_("the job, e.g. J-0042 or 42")
    )
    label.add_argument(
        "--serial", metavar="SERIAL", default=None, help=_("a serial label instead of a job label")
    )
    label.add_argument("-o", "--output", metavar="FILE", default=None, help=_("the PDF file to write"))
    label.set_defaults(handler=_cmd_print_label)
    report = documents.add_parser("metrics", help=_("the after-sales metrics report with its charts"))
    _database_options(report, suppress=True)
    report.add_argument("--from", dest="start", type=_date, default=None, help=_("first day of the period"))
    report.add_argument(
        "--to", dest="end", type=_date, default=None, help=_("the report date (default today)")
    )
    report.add_argument("-o", "--output", metavar="FILE", default=None, help=_("the PDF file to write"))
    report.set_defaults(handler=_cmd_print_metrics)
    return parser


def _text_after_options(argv: list[str]) -> list[str]:
    """``crm-desktop search -ma``: text that starts with "-" (a reference, a phone typed "-45 67") is
    the search text, not an unknown option. It is moved after a ``--``, where argparse takes it as text."""
    if "search" not in argv or "--" in argv:
        return argv
    at = argv.index("search")
    known = {"-h", "--help", "--json", "--archived", "--db", "--database-url", "--data-dir", "--language"}
    takes_value = {"--db", "--database-url", "--data-dir", "--language"}
    rest = argv[at + 1 :]
    for position, token in enumerate(rest):
        previous = rest[position - 1] if position else ""
        if token.startswith("-") and token.split("=")[0] not in known and previous not in takes_value:
            return [*argv[: at + 1], *rest[:position], *rest[position + 1 :], "--", token]
    return argv


def _option_value(argv: Sequence[str], name: str) -> str | None:
    """The value of ``name VALUE`` or ``name=VALUE`` on the command line (the last one), before ``--``."""
    found = None
    for position, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and position + 1 < len(argv):
            found = argv[position + 1]
        elif arg.startswith(f"{name}="):
            found = arg.partition("=")[2]
    return found


def _speak(argv: Sequence[str]) -> None:
    """Choose the language before a word is said, argparse's help included: ``--language``, else
    Settings → Language as kept in the data folder, else the computer's (:mod:`crm_desktop.i18n`)."""
    from crm_desktop.i18n import choose_language, use_language

    try:
        data_dir: Path | None = resolve(
            db=_option_value(argv, "--db"),
            database_url=_option_value(argv, "--database-url"),
            data_dir=_option_value(argv, "--data-dir"),
        ).data_dir
    except UserFacingError:  # said once the command runs, in the language chosen without it
        data_dir = None
    use_language(choose_language(_option_value(argv, "--language"), data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    words = _text_after_options(list(sys.argv[1:] if argv is None else argv))
    try:
        _speak(words)
    except UserFacingError as exc:  # an unknown --language, or its catalogue missing
        print(_("crm-desktop: {message}").format(message=exc), file=sys.stderr)
        return exc.exit_code
    parser = build_parser()
    args = parser.parse_args(words)
    try:
        paths = resolve(db=args.db, database_url=args.database_url, data_dir=args.data_dir)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            from crm_desktop.ui.app import run_gui  # Qt is loaded only for the window

            return run_gui(paths)
        return handler(args, paths)
    except UserFacingError as exc:
        print(_("crm-desktop: {message}").format(message=exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("crm-desktop: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `crm-desktop search x | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line for the person, the traceback in the log for us
        where = _log_bug(args, exc)
        message = _(
            "crm-desktop: something went wrong that should not have ({kind}: {details}). Each save is all or "
            "nothing, so nothing was half-written."
        ).format(kind=type(exc).__name__, details=str(exc).splitlines()[0] if str(exc) else _("no details"))
        print(f"{message} {where}" if where else message, file=sys.stderr)
        return 70  # EX_SOFTWARE


def _log_bug(args: argparse.Namespace, exc: BaseException) -> str:
    """Append the traceback to the data folder's log; the sentence that says where it went (or nothing)."""
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
    return _("The details are in {log}.").format(log=log)


def _cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.demo import fill_demo

    opened = start(paths, seed=False, waiting=_waiting_once())  # the sample shop brings its own catalogue
    try:
        summary = fill_demo(opened.database, customers=args.customers, seed=args.seed, today=args.today)
    finally:
        opened.close()
    contents = [
        ngettext("{count} customer", "{count} customers", summary.customers),
        ngettext("{count} sale", "{count} sales", summary.sales),
        ngettext("{count} follow-up", "{count} follow-ups", summary.follow_ups),
        ngettext("{count} promise", "{count} promises", summary.promises),
        ngettext("{count} service job", "{count} service jobs", summary.jobs),
        ngettext("{count} request", "{count} requests", summary.requests),
        ngettext("{count} contact", "{count} contacts", summary.interactions),
    ]
    counts = (
        summary.customers, summary.sales, summary.follow_ups, summary.promises, summary.jobs,
        summary.requests, summary.interactions,
    )  # fmt: skip
    print(
        _("Sample shop written to {database}: {contents}.").format(
            database=paths.describe(),
            contents=", ".join(text.format(count=n) for text, n in zip(contents, counts, strict=True)),
        )
    )
    return 0


def _cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.storage import backup

    if paths.db_file is None:
        raise UserFacingError(
            _(
                "This database is on a PostgreSQL server: back it up on the server with pg_dump "
                "(see README, 'Several workstations')."
            )
        )
    if not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to back up.").format(path=paths.db_file)
        )
    now = datetime.now(UTC)
    if args.to:
        target = Path(args.to).expanduser()
        if target.is_dir():
            target = target / f"crm-{now.astimezone():%Y%m%d-%H%M%S}.sqlite3"
        written = backup.backup_to(paths.db_file, target)
    else:
        written = backup.make_automatic_backup(paths.db_file, paths.backup_dir, "manual", now)
    print(_("Backup written to {path}").format(path=written))
    return 0


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.backups import SERVER_SENTENCE, restore
    from crm_desktop.storage.lock import InstanceLock

    if paths.db_file is None:
        raise UserFacingError(_(SERVER_SENTENCE))
    lock = InstanceLock(paths.db_file)  # not while the window has the database open
    if paths.data_dir.is_dir():
        lock.acquire()
    try:
        result = restore(paths, Path(args.file))
    finally:
        lock.release()
    print(_("Restored {backup} into {path}.").format(backup=result.restored_from, path=paths.db_file))
    if result.safety_backup is not None:
        print(_("The database as it was is kept in {path}").format(path=result.safety_backup))
    if result.erasures_reapplied:
        print(
            ngettext(
                "{count} customer erased since that backup was erased again.",
                "{count} customers erased since that backup were erased again.",
                result.erasures_reapplied,
            ).format(count=result.erasures_reapplied)
        )
    return 0


def _cmd_move_to(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.move import move_to

    if paths.db_file is None:
        raise UserFacingError(_("This shop is already on a server: move-to copies a SQLite shop onto one."))
    if not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path}: nothing to move.").format(path=paths.db_file)
        )
    opened = start(
        paths, seed=False, waiting=_waiting_once()
    )  # the window must be closed: the file is read as it is
    try:
        report = move_to(opened.database, args.url)
    finally:
        opened.close()
    print(
        ngettext(
            "Moved {rows} rows in {count} table to {target}; every table checked.",
            "Moved {rows} rows in {count} tables to {target}; every table checked.",
            len(report.tables),
        ).format(rows=f"{report.rows:,}", count=len(report.tables), target=report.target)
    )
    print(_("{path} is unchanged. Point each workstation at the server:").format(path=paths.db_file))
    print(_('  export CRM_DESKTOP_DATABASE_URL="<the URL>"   (see README, "Several workstations")'))
    return 0


def _cmd_export_customer(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.privacy import export_customer_data

    folder = Path(args.output).expanduser()
    if not folder.is_dir():
        raise UserFacingError(
            _("The folder {folder} does not exist; create it or choose another.").format(folder=folder)
        )
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to export.").format(path=paths.db_file)
        )
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
    print(
        _("The data of {name} written to {data} and {history}").format(
            name=exported.name, data=folder / (stem + ".json"), history=f"{stem}-history.pdf"
        )
    )
    return 0


def _cmd_erase_customer(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.privacy import erase_customer

    if not args.yes:
        raise UserFacingError(_("Erasing cannot be undone: add --yes to erase the customer's personal data."))
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nobody to erase.").format(path=paths.db_file)
        )
    opened = start(paths, seed=False, waiting=_waiting_once())
    try:
        customer_id = _one_customer(opened.database, args.customer)
        result = erase_customer(opened.database, customer_id, staff_id=None)
    finally:
        opened.close()
    print(
        _(
            "Customer #{id} erased: their personal data is gone; {sales} and {jobs} stay for the books "
            "under 'Erased customer'."
        ).format(
            id=result.customer_id,
            sales=ngettext("{count} sale", "{count} sales", result.sales_kept).format(
                count=result.sales_kept
            ),
            jobs=ngettext("{count} job", "{count} jobs", result.jobs_kept).format(count=result.jobs_kept),
        )
    )
    return 0


def _cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.maintenance import check_database

    report = check_database(paths)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:

        def line(label: str, value: str) -> None:
            print(f"{label:<10} {value}")  # the values line up after the longest label

        line(_("database:"), paths.describe())
        line(
            _("revision:"),
            _("{revision} (this version expects {head})").format(
                revision=report.revision or _("(empty)"), head=report.head
            ),
        )
        line(_("integrity:"), _("ok") if report.integrity_ok else _("PROBLEMS"))
        for problem in report.problems:
            print(f"  - {problem}")
        line(_("links:"), _("ok") if report.foreign_keys_ok else _("BROKEN"))
        if report.revision != report.head:
            line(_("note:"), _("the database will be upgraded the next time the app opens it"))
    return 0 if report.ok else 1


def _cmd_search(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.search import search, target_text

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to search.").format(path=paths.db_file)
        )
    # No instance lock: searching only reads, and must work while the window is open.
    opened = _reading(paths)
    try:
        hits = search(opened.database, args.text, include_archived=args.archived)
    finally:
        opened.close()
    if args.json:
        print(json.dumps([hit.as_dict() for hit in hits], indent=2, ensure_ascii=False))
    elif not hits:
        print(_("No matches."))
    else:
        # The label starts with the number people see (J-0041, S-0042, R-0042) or the customer's name;
        # internal ids are never shown: `print job-sheet 17` means J-0017, not a row id.
        width = max(len(target_text(hit.kind)) for hit in hits)
        for hit in hits:
            print(f"{target_text(hit.kind):<{width}}  {hit.label}  ({hit.why})")
    return 0


def _cmd_today(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.requests import list_requests, open_request_promises
    from crm_desktop.services.today import today_view

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to show.").format(path=paths.db_file)
        )
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
    print(_("Today, {date}").format(date=dates.weekday_date(view.today, with_year=True)))
    for section in view.sections:
        print(f"\n{section.title} ({section.count})")
        for item in section.items:
            who = f" [{item.assignee_name}]" if item.assignee_name else ""
            print(f"  {item.customer_name}: {item.title} ({item.detail}){who}")
        if section.count > len(section.items):
            print("  " + _("... and {count} more").format(count=section.count - len(section.items)))
    print("\n" + _("Open requests ({count})").format(count=len(live)))
    for r in live[:_TODAY_REQUESTS]:
        chain = promised.get(r.id)
        facts = [r.status_text, idle_text(r.days_without_action or 0)]
        if chain is not None:
            facts.append(_("promised for {date}").format(date=chain.due_date.isoformat()))
        who = f" [{r.owner_name}]" if r.owner_name else ""
        print(f"  {r.customer_name}: {r.number_text} {r.kind_name} ({', '.join(facts)}){who}")
    if len(live) > _TODAY_REQUESTS:
        print(
            "  "
            + _("... and {count} more (crm-desktop requests --open)").format(
                count=len(live) - _TODAY_REQUESTS
            )
        )
    return 0


_TODAY_REQUESTS = 20  # requests listed by `today`; `requests --open` lists them all


def _cmd_requests(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.requests import list_requests, open_request_promises

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to show.").format(path=paths.db_file)
        )
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
        print(_("No open requests.") if args.open else _("No requests."))
        return 0
    header = (
        _("Number"), _("Kind"), _("Customer"), _("Status"), _("Owner"), _("Opened"), _("Last action"),
        _("Promised for"),
    )  # fmt: skip
    rows = [
        (
            r.number_text,
            r.kind_name,
            r.customer_name,
            r.status_text,
            r.owner_name or "-",
            _local_day(r.opened_at),
            _idle_column(r.days_without_action) if r.days_without_action is not None else "",
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
            print(
                indent + _("promise: {promise} ({chain})").format(promise=chain.description, chain=chain.text)
            )
            for move in chain.changes:
                print(
                    indent
                    + _("moved {old} → {new}: {reason}").format(
                        old=move.old_date.isoformat(), new=move.new_date.isoformat(), reason=move.reason
                    )
                )
    return 0


def _idle_column(days: int) -> str:
    """How long a request went without action, in the Last action column: ``today``, ``yesterday``,
    ``12 days ago`` (the Today page's ``last action 12 days ago`` without its first words)."""
    if days <= 0:
        return _("today")
    if days == 1:
        return _("yesterday")
    return ngettext("{count} day ago", "{count} days ago", days).format(count=days)


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


# A promise's state in the ``promises`` list (marked for the catalogue, translated when printed)
_PROMISE_STATUS: typing.Final = {
    "open": N_("open"),
    "kept": N_("kept"),
    "broken": N_("broken"),
    "cancelled": N_("cancelled"),
}


def _cmd_promises(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.promises import list_promises

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to show.").format(path=paths.db_file)
        )
    opened = _reading(paths)
    try:
        found = list_promises(opened.database, slipping_only=args.slipping, include_closed=args.all)
    finally:
        opened.close()
    if args.json:
        print(json.dumps([p.as_dict() for p in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(_("No slipping promises.") if args.slipping else _("No promises."))
    for p in found:
        facts = [
            _(_PROMISE_STATUS[p.status]) if p.status in _PROMISE_STATUS else str(p.status),
            _("first promised {first}, now {now}").format(
                first=p.first_date.isoformat(), now=p.due_date.isoformat()
            ),
        ]
        if p.slipping:
            facts.append(_("SLIPPING"))
            if p.needs_owner:
                facts.append(_("needs the owner"))
        owner = f" [{p.owner}]" if p.owner else ""
        print(f"{p.customer_name}: {p.description}{owner}")
        print("  " + " · ".join(facts))
        for move in p.moves:
            print(
                "  "
                + _("moved {old} → {new}: {reason}").format(
                    old=move.old_date.isoformat(), new=move.new_date.isoformat(), reason=move.reason
                )
            )
    return 0


def _cmd_sales(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.sales_list import SalesFilter, list_sales
    from crm_desktop.services.settings import shop_money

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to show.").format(path=paths.db_file)
        )
    if args.start is not None and args.end is not None and args.end < args.start:
        raise UserFacingError(
            _("The period ends ({end}) before it starts ({start}).").format(
                end=args.end.isoformat(), start=args.start.isoformat()
            )
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
        print(_("No sales in this period.") if args.start or args.end else _("No sales."))
        return 0
    header = (_("Number"), _("Date"), _("Customer"), _("Seller"), _("Items"), _("Total"))
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
    print(
        "\n"
        + ngettext("{count} sale, total {total}", "{count} sales, total {total}", totals.count).format(
            count=f"{totals.count:,}", total=money.format(totals.total_minor)
        )
    )
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
        raise UserFacingError(
            _("The mapping {file} is for {kind}, not {wanted}.").format(
                file=args.mapping, kind=mapping.kind, wanted=kind
            )
        )
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
    print(_("Columns: {columns}").format(columns=columns))
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
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to measure.").format(path=paths.db_file)
        )
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
            _("--format {format} is for tables; {kind} is written as .{suffix}.").format(
                format=fmt.value, kind=kind.value, suffix=formats_of(kind)[0]
            )
        )
    if args.staff is not None and kind is not ExportKind.CALENDAR:
        raise UserFacingError(
            _("--staff is for the calendar: crm-desktop export calendar --staff NAME -o FILE.ics")
        )
    if args.customer is not None and kind is not ExportKind.VCARD:
        raise UserFacingError(
            _("--customer is for vCards: crm-desktop export vcard --customer NAME -o FILE.vcf")
        )
    if args.include_archived and kind is not ExportKind.CUSTOMERS:
        raise UserFacingError(_("--include-archived is for the customers' table."))
    if not target.parent.is_dir():
        raise UserFacingError(
            _("The folder {folder} does not exist; create it or choose another file.").format(
                folder=target.parent
            )
        )
    if target.is_dir():
        raise UserFacingError(
            _("{path} is a folder; give the name of the file to write.").format(path=target)
        )
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to export.").format(path=paths.db_file)
        )
    opened = _reading(paths)
    try:
        database = opened.database
        staff = find_staff(database, args.staff) if args.staff is not None else None
        customers = [_one_customer(database, args.customer)] if args.customer is not None else None
        if kind is ExportKind.CUSTOMERS and args.include_archived:
            table = customers_table(database, include_archived=True)
            data = table.xlsx() if fmt is ExportFormat.XLSX else table.csv()
            what = ngettext("{count} customer", "{count} customers", len(table.rows)).format(
                count=f"{len(table.rows):,}"
            )
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
    if staff is not None:
        print(
            _("{title} of {name} ({what}) written to {path}").format(
                title=_(TITLES[kind]), name=staff.name, what=what, path=target
            )
        )
    else:
        print(_("{title} ({what}) written to {path}").format(title=_(TITLES[kind]), what=what, path=target))
    return 0


def _cmd_staff_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.staff import list_staff

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nobody to list.").format(path=paths.db_file)
        )
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
        print(_("Nobody works here yet: add someone with `crm-desktop staff add NAME --role owner`."))
        return 0
    if not members:
        print(
            _("Nobody is working here now ({count} retired: see them with --all).").format(
                count=len(everyone)
            )
        )
        return 0
    rows = [
        (
            member.name,
            member.initials,
            member.roles_text,
            _("active") if member.active else _("retired {date}").format(date=_local_day(member.retired_at)),
            _("PIN") if member.has_pin else _("no PIN"),
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
    print(_("Added {name}: {roles}.").format(name=member.label, roles=member.roles_text))
    return 0


def _cmd_staff_retire(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import opened_app
    from crm_desktop.services.staff import find_staff, open_work, retire_staff

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nobody to retire.").format(path=paths.db_file)
        )
    with opened_app(paths) as context:
        member = find_staff(context.database, args.name)
        heir = find_staff(context.database, args.reassign_to) if args.reassign_to else None
        if heir is None and member.active:
            # The service refuses too (in its own transaction); this says which option moves the work.
            work = open_work(context.database, member.id)
            if work.total:
                raise UserFacingError(
                    _(
                        "{name} still has {work}: give --reassign-to NAME to move it to a "
                        "colleague. Nothing was changed."
                    ).format(name=member.name, work=work.describe())
                )
        result = retire_staff(
            context.database,
            member.id,
            reassign_to=heir.id if heir is not None else None,
            staff_id=None,
            now=context.clock.now(),
        )
    name, day = result.member.name, _local_day(result.member.retired_at)
    if result.reassigned_to is not None and result.moved.total:
        print(
            _("{name} retired on {date}; moved to {colleague}: {work}.").format(
                name=name, date=day, colleague=result.reassigned_to.name, work=result.moved.describe()
            )
        )
    else:
        print(
            _("{name} retired on {date}; they had no open work, so nothing moved.").format(
                name=name, date=day
            )
        )
    return 0


def _local_day(moment: datetime | None) -> str:
    """The shop's calendar day of an instant, as 2026-03-31 (blank for None)."""
    return moment.astimezone().date().isoformat() if moment is not None else ""


def _print_target(output: str, paths: AppPaths) -> Path:
    target = Path(output).expanduser()
    if not target.parent.is_dir():
        raise UserFacingError(
            _("The folder {folder} does not exist; create it or choose another file.").format(
                folder=target.parent
            )
        )
    if target.is_dir():
        raise UserFacingError(
            _("{path} is a folder; give the name of the PDF file to write.").format(path=target)
        )
    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to print.").format(path=paths.db_file)
        )
    return target


def _waiting_once() -> typing.Callable[[str], None]:
    """Says once, on standard error, that another workstation is upgrading the server (the command
    then waits for it)."""
    said: list[str] = []

    def say(message: str) -> None:
        if not said:
            said.append(message)
            print(_("crm-desktop: {message}").format(message=message), file=sys.stderr, flush=True)

    return say


def _cmd_messages(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.services.messages import list_outbox

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: no messages.").format(path=paths.db_file)
        )
    opened = _reading(paths)
    try:
        rows = list_outbox(opened.database, failed_only=args.failed)
    finally:
        opened.close()
    if args.json:
        print(json.dumps([_message_dict(row) for row in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(
            _("No failed messages.") if args.failed else _("The outbox is empty: no message was queued yet.")
        )
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
                raise UserFacingError(
                    _("The password is asked on a terminal, or given with --password-stdin.")
                )
            password = getpass.getpass(
                _("Password of {user} on {host}: ").format(user=args.user, host=args.smtp_host)
            )
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
    if not setup.user:
        how = _("E-mail goes through {host}:{port} ({security}), from {address}.")
    elif setup.has_password:
        how = _(
            "E-mail goes through {host}:{port} ({security}), as {user} (password in the system keyring), "
            "from {address}."
        )
    else:
        how = _("E-mail goes through {host}:{port} ({security}), as {user}, from {address}.")
    how = how.format(
        host=setup.host, port=setup.port, security=setup.security, user=setup.user, address=setup.from_address
    )
    print(how + " " + _("Check it with `crm-desktop messages test --to ADDRESS`."))
    return 0


def _cmd_messages_send_queued(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.app import start
    from crm_desktop.services.messages import queue_due_reminders, send_queued

    if paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to send.").format(path=paths.db_file)
        )
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
    print(
        _("Test message sent to {address}. The server said: {answer}").format(address=args.to, answer=answer)
    )
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
    print(
        _("Warranty certificate of {unit} ({sale}) written to {path}").format(
            unit=unit, sale=data.sale_number_text, path=target
        )
    )
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
            raise UserFacingError(_("There is no service job {number}.").format(number=args.job))
        sheets = job_sheets(opened.database, [job.id], date.today())
    finally:
        opened.close()
    _write_atomically(target, job_sheet_pdf(sheets))
    print(
        _("Job sheet {number} ({customer}) written to {path}").format(
            number=job.number_text, customer=job.customer_name, path=target
        )
    )
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
            if tech is not None:
                message = _("{name} has no visits on {date} and no open job due by then: nothing to print.")
            else:
                message = _("the team has no visits on {date} and no open job due by then: nothing to print.")
            raise UserFacingError(message.format(name=tech.name if tech else "", date=long_date(day)))
        sheets = job_sheets(opened.database, plan.job_ids, day)
    finally:
        opened.close()
    title = _("Job sheets of {name}, {date}").format(name=plan.technician_name, date=long_date(day))
    _write_atomically(target, job_sheet_pdf(sheets, printed_on=day, title=title))
    print(
        _("{sheets} of {name}, {date}, written to {path}").format(
            sheets=plan.describe(), name=plan.technician_name, date=long_date(day), path=target
        )
    )
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
    if args.internal:
        done = ngettext(
            "History of {name} (shop's copy, internal notes included, {count} event) written to {path}",
            "History of {name} (shop's copy, internal notes included, {count} events) written to {path}",
            report.event_count,
        )
    else:
        done = ngettext(
            "History of {name} (customer's copy, {count} event) written to {path}",
            "History of {name} (customer's copy, {count} events) written to {path}",
            report.event_count,
        )
    print(done.format(name=report.header.name, count=report.event_count, path=target))
    return 0


def _database_to_print(output: str | None, paths: AppPaths) -> None:
    """Before reading: the file named is one that can be written, and there is a database to print
    from (without ``-o`` the file is named after what is printed, once it is read)."""
    if output:
        _print_target(output, paths)
    elif paths.db_file is not None and not paths.db_file.exists():
        raise UserFacingError(
            _("There is no database at {path} yet: nothing to print.").format(path=paths.db_file)
        )


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
    if fmt == "thermal":
        done = _("{title} {number} ({customer}, 80 mm roll) written to {path}")
    else:
        done = _("{title} {number} ({customer}, half page) written to {path}")
    print(
        done.format(title=title_of(data), number=data.number_text, customer=data.customer_name, path=target)
    )
    return 0


def _cmd_print_label(args: argparse.Namespace, paths: AppPaths) -> int:
    from crm_desktop.reports.label import job_label_pdf, label_size_text, serial_label_pdf
    from crm_desktop.services.receipts import job_label, serial_label

    if (args.job is None) == (args.serial is None):
        raise UserFacingError(
            _("Give a job number (print label J-0042) or a serial (print label --serial SN).")
        )
    _database_to_print(args.output, paths)
    opened = _reading(paths)
    try:
        if args.serial is not None:
            serial = serial_label(opened.database, args.serial)
            pdf, size = serial_label_pdf(serial), serial.size_mm
            what = _("Serial label {serial}").format(serial=serial.serial)
            name = serial.serial
        else:
            try:
                job = job_label(opened.database, args.job, date.today())
            except ValidationError as exc:
                if "-number" not in str(exc):
                    raise
                # A serial typed where the job number goes (some start with J and digits): say the way.
                raise ValidationError(
                    _(
                        "{problem}; for a unit's serial number: crm-desktop print label --serial {serial}"
                    ).format(problem=exc, serial=args.job)
                ) from None
            pdf, size = job_label_pdf(job), job.size_mm
            what = _("Job label {number}").format(number=job.number_text)
            name = job.number_text
    finally:
        opened.close()
    # the file is named after the serial or job number (its last word, as before)
    default = "label-" + "".join(
        ch if ch.isalnum() or ch in "-_" else "_" for ch in (name.split() or [""])[-1]
    )
    target = _print_target(args.output or f"{default}.pdf", paths)
    _write_atomically(target, pdf)
    print(_("{what} ({size}) written to {path}").format(what=what, size=label_size_text(size), path=target))
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
    print(_("Metrics report to {date} written to {path}").format(date=day.isoformat(), path=target))
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
        raise UserFacingError(
            _("No customer matches {text}; try: crm-desktop search {quoted}").format(
                text=repr(text), quoted=shlex.quote(text)
            )
        )
    if len(customers) > 1:
        shown = "; ".join(hit.label for hit in list(customers.values())[:4])
        if len(customers) > 4:
            shown = _("{names} and {count} more").format(names=shown, count=len(customers) - 4)
        raise UserFacingError(
            _(
                "{count} customers match {text} ({names}): give a phone number, a sale, job "
                "or request number, or more of the name."
            ).format(count=len(customers), text=repr(text), names=shown)
        )
    (customer_id,) = customers
    return customer_id


def _write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` whole or not at all (:func:`crm_desktop.services.exports.write_atomically`)."""
    from crm_desktop.services.exports import write_atomically

    write_atomically(target, content)
