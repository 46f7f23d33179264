"""Settings → Shop server: which PostgreSQL server this computer uses, checking it, keeping its password,
and moving the shop onto it (see :mod:`crm_desktop.services.move`).

The choice is kept per computer in ``server.json`` in the data folder (:func:`crm_desktop.paths.resolve`
reads it at start); the password never goes there (:mod:`crm_desktop.storage.passwords`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import URL, create_engine, inspect, make_url, text
from sqlalchemy.exc import DBAPIError

from crm_desktop.domain.validation import FieldErrors
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _, ngettext
from crm_desktop.paths import (
    TLS_MODES,
    AppPaths,
    ServerSettings,
    read_server_file,
    resolve,
    write_server_file,
)
from crm_desktop.services.move import MoveReport, move_to
from crm_desktop.storage import migrate, passwords
from crm_desktop.storage.engine import Database

KEEP_KEYRING: Final = "keyring"
KEEP_PGPASS: Final = "pgpass"
KEEP_NOWHERE: Final = "nowhere"  # the server needs none (trust, peer or certificate authentication)
CONNECT_TIMEOUT_S: Final = 8  # a server that does not answer: say so instead of a frozen wait


@dataclass(frozen=True)
class ServerCheck:
    """What *Test connection* found: ``empty`` (no tables: a shop can be moved there), ``shop`` (a
    crm_desktop shop this version can open), ``customers`` in it."""

    sentence: str
    version: str
    empty: bool
    shop: bool
    customers: int | None


def current_server(data_dir: Path) -> ServerSettings | None:
    """The shop server this computer uses (None: the shop's file on this computer)."""
    return read_server_file(data_dir)


def check_input(host: str, port: str, database: str, user: str, tls: str) -> ServerSettings:
    """The typed fields as settings, or :class:`FieldErrors` saying what to fix, field by field."""
    problems: dict[str, str] = {}
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        problems["host"] = _("Type the server's name or address (e.g. shop-server or 192.168.1.20).")
    elif any(c.isspace() for c in host) or len(host) > 255:
        problems["host"] = _("A server name has no spaces and at most 255 characters.")
    number = 0
    try:
        number = int(port.strip() or "5432")
        if not 1 <= number <= 65_535:
            raise ValueError
    except ValueError:
        problems["port"] = _("The port is a whole number from 1 to 65535 (PostgreSQL's own is 5432).")
    if not database or len(database) > 63:
        problems["database"] = _("Type the database's name (at most 63 characters), e.g. crm.")
    if not user or len(user) > 63:
        problems["user"] = _("Type the user name the server knows this shop by (at most 63 characters).")
    if tls not in TLS_MODES:
        problems["tls"] = _("Choose one of {modes}.").format(modes=", ".join(TLS_MODES))
    if problems:
        raise FieldErrors(problems)
    return ServerSettings(host=host, port=number, database=database, user=user, tls=tls)


def _url(settings: ServerSettings, password: str | None) -> URL:
    """The shop's URL for a test connection: with the password typed (never shown) and a time limit."""
    url = make_url(settings.url()).update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return url.set(password=password or None)


def probe_server(settings: ServerSettings, password: str | None = None) -> ServerCheck:
    """Connect as the shop would and say what is there, in a sentence; :class:`UserFacingError` with
    the server's own reason when it cannot (never with the password in it)."""
    url = _url(settings, password or passwords.keyring_password(
        settings.host, settings.port, settings.database, settings.user
    ))  # fmt: skip
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar())
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            customers = None
            if "customer" in tables:
                customers = int(conn.execute(text("SELECT count(*) FROM customer")).scalar() or 0)
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
        raise UserFacingError(
            _("The server {host}:{port} refused or did not answer: {why}").format(
                host=settings.host, port=settings.port, why=first
            )
        ) from None
    finally:
        engine.dispose()
    short = version.split()[0]
    if not tables:
        said = _(
            "Connected to PostgreSQL {version}. The database {database} is empty: this shop can be "
            "moved onto it, or a new shop started there."
        ).format(version=short, database=settings.database)
        return ServerCheck(said, short, empty=True, shop=False, customers=None)
    if revision is None or customers is None:
        raise UserFacingError(
            _(
                "Connected to PostgreSQL {version}, but the database {database} holds other tables ({count}) "
                "and is not a crm_desktop shop. Choose another database, or ask for an empty one."
            ).format(version=short, database=settings.database, count=len(tables))
        )
    if revision not in migrate.known_revisions()[0]:
        raise UserFacingError(
            _(
                "Connected to PostgreSQL {version}: the shop there was saved by a newer version of "
                "crm_desktop. Update crm_desktop on this computer first."
            ).format(version=short)
        )
    said = ngettext(
        "Connected to PostgreSQL {version}: a crm_desktop shop with {count} customer.",
        "Connected to PostgreSQL {version}: a crm_desktop shop with {count} customers.",
        customers,
    ).format(version=short, count=f"{customers:,}")
    return ServerCheck(said, short, empty=False, shop=True, customers=customers)


def keep_password(settings: ServerSettings, password: str | None, where: str) -> str:
    """Keep ``password`` where chosen; the sentence says where (the password itself is never shown)."""
    if where == KEEP_NOWHERE or not password:
        return _("No password is kept: the server lets this computer in without one.")
    args = (settings.host, settings.port, settings.database, settings.user, password)
    if where == KEEP_KEYRING:
        problem = passwords.keyring_problem()
        if problem is not None:
            raise UserFacingError(
                _("The password cannot go in the system keyring: {problem}.").format(problem=problem)
            )
        try:
            passwords.keep_in_keyring(*args)
        except Exception as exc:  # the keyring said no (locked, refused): nothing half-done
            raise UserFacingError(
                _("The system keyring did not keep the password: {why}").format(why=exc)
            ) from None
        return _("The password is kept in the system keyring.")
    if where == KEEP_PGPASS:
        try:
            path = passwords.keep_in_pgpass(*args)
        except OSError as exc:
            raise UserFacingError(
                _("The password file cannot be written: {why}").format(why=exc.strerror or exc)
            ) from None
        return _("The password is kept in {path}, readable by you only.").format(path=path)
    raise UserFacingError(_("{where} is not a place to keep the password.").format(where=repr(where)))


def use_server(data_dir: Path, settings: ServerSettings | None) -> AppPaths:
    """From the next start (and the window that opens now), this computer uses ``settings`` (None: the
    shop's file on this computer again). Returns where the shop now is."""
    try:
        write_server_file(data_dir, settings)
    except OSError as exc:
        raise UserFacingError(
            _("The choice of server cannot be saved in {folder}: {why}").format(
                folder=data_dir, why=exc.strerror or exc
            )
        ) from None
    return resolve(data_dir=str(data_dir), environ={})


def move_shop(source: Database, settings: ServerSettings) -> MoveReport:
    """Copy this computer's shop onto the (empty) server and verify it; the file here is left as it was.
    The password was kept first (:func:`keep_password`): the copy connects as the shop will."""
    return move_to(source, settings.url())


keyring_problem = passwords.keyring_problem  # for the window: why the keyring is not offered
pgpass_file = passwords.pgpass_file

__all__ = [
    "KEEP_KEYRING",
    "KEEP_NOWHERE",
    "KEEP_PGPASS",
    "ServerCheck",
    "check_input",
    "current_server",
    "keep_password",
    "keyring_problem",
    "move_shop",
    "pgpass_file",
    "probe_server",
    "use_server",
]
