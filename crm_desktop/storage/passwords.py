"""The shop server's password, kept where the person chose: libpq's own password file (``~/.pgpass``, or
``PGPASSFILE``), which libpq reads by itself, or the system keyring (Secret Service, macOS Keychain,
Windows Credential Locker), which the engine asks when it connects. Never in settings, logs, URLs shown
or command lines."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from crm_desktop.i18n import _

KEYRING_SERVICE: Final = "crm_desktop"


def keyring_name(host: str, port: int, database: str, user: str) -> str:
    return f"{user}@{host}:{port}/{database}"


def keyring_problem() -> str | None:
    """Why the system keyring cannot be used here (None: it can)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return _("the keyring library is not installed")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration: say so, use the password file
        return _("the system keyring does not work here ({why})").format(why=exc)
    if isinstance(backend, fail.Keyring):
        return _("this computer has no system keyring (no Secret Service, Keychain or Credential Locker)")
    return None


def keyring_password(host: str, port: int, database: str, user: str) -> str | None:
    """The password kept in the system keyring for this server and user; None when there is none or
    the keyring cannot be reached (libpq then tries its password file, then asks the server)."""
    if keyring_problem() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(host, port, database, user))
    except Exception:  # a locked or broken keyring is not a reason to fail the start: libpq goes on
        return None


def keep_in_keyring(host: str, port: int, database: str, user: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_name(host, port, database, user), password)


def pgpass_file() -> Path:
    """libpq's password file: ``PGPASSFILE``, else ``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf``
    on Windows)."""
    named = os.environ.get("PGPASSFILE")
    if named:
        return Path(named).expanduser()
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def keep_in_pgpass(host: str, port: int, database: str, user: str, password: str) -> Path:
    """Add (or replace) this server's line in libpq's password file, readable by its owner only (libpq
    ignores a file others can read). Other lines are kept as they were."""
    path = pgpass_file()
    prefix = ":".join(_field(v) for v in (host, str(port), database, user)) + ":"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    kept = [line for line in lines if not line.startswith(prefix)]
    kept.append(prefix + _field(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(kept) + "\n")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return path


__all__ = [
    "keep_in_keyring",
    "keep_in_pgpass",
    "keyring_password",
    "keyring_problem",
    "pgpass_file",
]
