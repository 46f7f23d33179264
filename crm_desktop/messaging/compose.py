"""A message as it leaves the shop: the e-mail (headers, a plain text part and a simple HTML part) and the
size of an SMS in parts. Plain values in, standard objects out; no network here.

Header values are made of one line whatever the customer's name or a template's subject hold: a line
break there would start a header of its own (e-mail header injection); every run of white space becomes
one space. Python's ``email`` package (policy SMTP) encodes non-ASCII names and subjects (RFC 2047).
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Final

import gsm0338  # noqa: F401  # registers the "gsm03.38" codec (the SMS alphabet)

from crm_desktop.i18n import _, ngettext

SUBJECT_MAX: Final = 300


@dataclass(frozen=True)
class Letter:
    """An e-mail to send: who from, who to, what."""

    sender_address: str
    sender_name: str
    to_address: str
    to_name: str
    subject: str
    text: str
    key: str  # the message's identity in the outbox: its Message-ID, whatever the attempt
    at: datetime  # aware
    attachments: tuple[tuple[str, bytes], ...] = ()  # (file name, PDF) — the intake receipt


def one_line(value: str, limit: int = SUBJECT_MAX) -> str:
    """A header value: one line, no control characters, at most ``limit`` characters."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def email_message(letter: Letter) -> EmailMessage:
    """The e-mail: From, To, Subject, Date and Message-ID, a text part and an HTML part of the same, and
    the PDFs attached."""
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(display_name=one_line(letter.sender_name, 120), addr_spec=letter.sender_address)
    message["To"] = Address(display_name=one_line(letter.to_name, 120), addr_spec=letter.to_address)
    message["Subject"] = one_line(letter.subject)
    message["Date"] = format_datetime(letter.at)
    domain = letter.sender_address.rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<{letter.key}@{domain}>"
    message.set_content(letter.text)
    message.add_alternative(_html(letter.text), subtype="html")
    for name, data in letter.attachments:
        message.add_attachment(data, maintype="application", subtype="pdf", filename=one_line(name, 120))
    return message


def _html(text: str) -> str:
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family: sans-serif; font-size: 15px; line-height: 1.4">\n{body}\n</body></html>\n'
    )


@dataclass(frozen=True)
class SmsSize:
    """How an SMS travels: in the GSM alphabet (160 characters in one part, 153 a part beyond) or in
    Unicode (70 and 67: one accent outside the alphabet, an emoji, Polish or Greek letters...)."""

    length: int  # in the units the network counts (an extension character such as € counts two)
    unicode: bool
    parts: int

    @property
    def per_part(self) -> int:
        single, multi = (70, 67) if self.unicode else (160, 153)
        return single if self.parts <= 1 else multi

    def describe(self) -> str:
        """``132 of 160 characters, 1 part`` or ``75 characters in Unicode: 2 parts (67 each)``."""
        if self.parts <= 1:
            if self.unicode:
                text = _("{length} of {per_part} characters in Unicode, 1 part")
            else:
                text = _("{length} of {per_part} characters, 1 part")
        elif self.unicode:
            text = ngettext(
                "{length} characters in Unicode: {parts} part ({per_part} each)",
                "{length} characters in Unicode: {parts} parts ({per_part} each)",
                self.parts,
            )
        else:
            text = ngettext(
                "{length} characters: {parts} part ({per_part} each)",
                "{length} characters: {parts} parts ({per_part} each)",
                self.parts,
            )
        return text.format(length=self.length, per_part=self.per_part, parts=self.parts)


def sms_size(text: str) -> SmsSize:
    """The size of ``text`` as an SMS."""
    try:
        length = len(text.encode("gsm03.38"))  # an extension character is an escape and itself
        unicode = False
    except UnicodeEncodeError:
        length = len(text.encode("utf-16-be")) // 2  # a character beyond U+FFFF counts two
        unicode = True
    single, multi = (70, 67) if unicode else (160, 153)
    parts = 1 if length <= single else math.ceil(length / multi)
    return SmsSize(length, unicode, parts)


__all__ = ["Letter", "SmsSize", "email_message", "one_line", "sms_size"]
