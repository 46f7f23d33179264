"""Rules about the shop's people, on plain values: names, initials, roles, PINs.

A PIN is a light lock on "who is at the keyboard" (so that a job move cannot be made in a colleague's
name by accident), not a password for the data. It is 4 to 8 digits and is kept only as a salted scrypt
hash (RFC 7914, :func:`hashlib.scrypt`): ``scrypt$n$r$p$salt$hash`` with salt and hash in base64.
Checking compares in constant time. The PIN itself is never stored or logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from typing import Final

from crm_desktop.domain.enums import StaffRole
from crm_desktop.i18n import N_, _

NAME_MAX: Final = 120
INITIALS_MAX: Final = 8
PIN_MIN: Final = 4
PIN_MAX: Final = 8

# Marked for the catalogue: translate where shown, ``_(ROLE_WORDS[role])``.
ROLE_WORDS: Final = {
    StaffRole.OWNER: N_("owner"),
    StaffRole.SALES: N_("sales"),
    StaffRole.TECHNICIAN: N_("technician"),
}
ROLE_ORDER: Final = (StaffRole.OWNER, StaffRole.SALES, StaffRole.TECHNICIAN)

# scrypt cost: about 30 ms and 16 MiB per check here, once per switch of person.
_N: Final = 2**14
_R: Final = 8
_P: Final = 1


def initials_of(name: str) -> str:
    """Initials from a name as written: "Tomás Ferreira" -> "TF", "Cher" -> "CH", "李小龍" -> "李"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        word = words[0]
        return (word[:2] if word[:1].isascii() else word[:1]).upper()
    return (words[0][0] + words[-1][0]).upper()


def sorted_roles(roles: Iterable[StaffRole]) -> tuple[StaffRole, ...]:
    """Roles in the order people read them: owner, sales, technician."""
    held = set(roles)
    return tuple(role for role in ROLE_ORDER if role in held)


def roles_text(roles: Iterable[StaffRole]) -> str:
    """ "owner, sales, technician", in the current language."""
    return ", ".join(_(ROLE_WORDS[role]) for role in sorted_roles(roles))


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a PIN, or None when it can."""
    if not pin.isascii() or not pin.isdigit():
        return _("A PIN is digits only (0–9).")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        return _("A PIN has {least} to {most} digits.").format(least=PIN_MIN, most=PIN_MAX)
    return None


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The stored form of ``pin`` (see the module docstring). Check :func:`pin_problem` first."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"  # untranslated: hash


def pin_matches(pin: str, stored: str) -> bool:
    """True when ``pin`` is the PIN whose hash is ``stored``; False for anything malformed."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


__all__ = [
    "INITIALS_MAX",
    "NAME_MAX",
    "PIN_MAX",
    "PIN_MIN",
    "ROLE_WORDS",
    "hash_pin",
    "initials_of",
    "pin_matches",
    "pin_problem",
    "roles_text",
    "sorted_roles",
]
