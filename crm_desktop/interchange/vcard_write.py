"""vCards (RFC 2426, vCard 3.0: the version phones, Outlook and Google all read): plain values in, bytes
out. Text is escaped as the RFC says (backslash, comma, semicolon, line breaks) and lines are folded at
75 octets without splitting a UTF-8 character, so ``Smith & Sons <VIP>; Leeds`` arrives as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

LINE_OCTETS: Final = 75

# The shop's phone labels as vCard TEL types (anything else is a plain voice number).
PHONE_TYPES: Final = {
    "mobile": "CELL",
    "cell": "CELL",
    "cellphone": "CELL",
    "home": "HOME",
    "work": "WORK",
    "office": "WORK",
    "business": "WORK",
    "fax": "FAX",
}


@dataclass(frozen=True)
class CardPhone:
    label: str  # the shop's label: mobile, home, work...
    number: str  # as it should be dialled: E.164 when known


@dataclass(frozen=True)
class ContactCard:
    uid: str
    name: str
    business: bool  # a business: its name is the organisation
    company: str | None
    email: str | None
    phones: tuple[CardPhone, ...]
    address: str | None


def escape_text(text: str) -> str:
    """A TEXT value as RFC 2426 §4 writes it."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def phone_type(label: str) -> str:
    return PHONE_TYPES.get(label.strip().casefold(), "VOICE")


def vcard_bytes(cards: Iterable[ContactCard]) -> bytes:
    """Every card, one after the other (a .vcf file may hold many), CRLF line ends, UTF-8."""
    lines: list[str] = []
    for card in cards:
        lines += _card(card)
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _card(card: ContactCard) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{escape_text(card.uid)}", f"FN:{escape_text(card.name)}"]
    if card.business:
        lines.append("N:;;;;")
        lines.append(f"ORG:{escape_text(card.name)}")
        lines.append("X-ABShowAs:COMPANY")  # Apple Contacts lists it under the company's name
    else:
        # Family name: the last word; given names: the rest ("Ann Marie Smith" -> Smith; Ann Marie). A
        # guess, as every address book makes one; FN keeps the name exactly as the shop writes it.
        words = card.name.split()
        family, given = (words[-1], " ".join(words[:-1])) if words else ("", "")
        lines.append(f"N:{escape_text(family)};{escape_text(given)};;;")
        if card.company:
            lines.append(f"ORG:{escape_text(card.company)}")
    for phone in card.phones:
        lines.append(f"TEL;TYPE={phone_type(phone.label)}:{escape_text(phone.number)}")
    if card.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape_text(card.email)}")
    if card.address:
        # The shop keeps an address as free text: it goes in the street part, lines and all, and as the
        # printed label.
        kind = "WORK" if card.business else "HOME"
        lines.append(f"ADR;TYPE={kind}:;;{escape_text(card.address)};;;;")
    lines.append("END:VCARD")
    return lines


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 2425 §5.8.1)."""
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line
    parts: list[str] = []
    current, size = "", 0
    limit = LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
            limit = LINE_OCTETS - 1  # continuation lines start with a space
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


__all__ = ["PHONE_TYPES", "CardPhone", "ContactCard", "escape_text", "phone_type", "vcard_bytes"]
