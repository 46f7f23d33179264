"""Handing an SMS to the shop's SMS provider over HTTP, the shape most of them accept: a URL, a method,
the fields of the request (the recipient, the text, the sender name) and an authentication header.

The fields are lines ``name=value`` whose values may hold ``{to}``, ``{text}`` and ``{sender}``; a POST
sends them as a form or as JSON, a GET in the query string. A 2xx answer means the provider took the
message (its answer is kept); 408, 429 and 5xx, or no answer, may work later; any other 4xx will not.
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Final

from crm_desktop.i18n import _
from crm_desktop.messaging.smtp import SendingError

FORM: Final = "form"
JSON: Final = "json"
ANSWER_MAX: Final = 500  # characters of the provider's answer kept with the message


@dataclass(frozen=True)
class GatewaySettings:
    url: str
    method: str  # "POST" or "GET"
    body: str  # FORM or JSON (POST only)
    fields: str  # lines "name=value", values with {to} {text} {sender}
    sender: str  # the sender name shown on the phone (up to 11 letters at most providers)
    header_name: str | None = None  # "Authorization"
    timeout: float = 30.0


class FieldsError(ValueError):
    """Fields that cannot make a request, with the sentence that says why."""


def parse_fields(text: str) -> list[tuple[str, str]]:
    """The ``name=value`` lines (blank lines skipped); :class:`FieldsError` for a line without a name."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, value = line.partition("=")
        if not sep or not name.strip():
            raise FieldsError(
                _("Line {number} of the fields is not name=value: “{line}”.").format(
                    number=number, line=line.strip()[:60]
                )
            )
        out.append((name.strip(), value.strip()))
    if not any("{text}" in value for _name, value in out):
        raise FieldsError(_("No field carries the message: put {text} in one of them (text={text})."))
    if not any("{to}" in value for _name, value in out):
        raise FieldsError(_("No field carries the phone number: put {to} in one of them (to={to})."))
    return out


def send_sms(settings: GatewaySettings, secret: str | None, to: str, text: str) -> str:
    """Send ``text`` to the number ``to`` (E.164, "+32470123456"); the provider's answer, shortened.
    :class:`SendingError` when it was not taken."""
    values = {"to": to, "text": text, "sender": settings.sender}
    fields = [(name, _fill(value, values)) for name, value in parse_fields(settings.fields)]
    url, data = settings.url, None
    headers = {"User-Agent": "crm_desktop"}
    if settings.method.upper() == "GET":
        url += ("&" if urllib.parse.urlsplit(url).query else "?") + urllib.parse.urlencode(fields)
    elif settings.body == JSON:
        data = json.dumps(dict(fields), ensure_ascii=False).encode("utf-8")
        headers["Content-Type"] = "application/json; charset=utf-8"
    else:
        data = urllib.parse.urlencode(fields).encode("ascii")
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if settings.header_name and secret:
        headers[settings.header_name] = secret
    request = urllib.request.Request(url, data=data, headers=headers, method=settings.method.upper())
    where = urllib.parse.urlsplit(settings.url).netloc or settings.url
    try:
        with urllib.request.urlopen(request, timeout=settings.timeout) as response:  # the shop's own provider
            answer = response.read(ANSWER_MAX * 4).decode("utf-8", "replace")
            return f"{response.status} {' '.join(answer.split())}"[:ANSWER_MAX]
    except urllib.error.HTTPError as error:
        said = " ".join(error.read(ANSWER_MAX).decode("utf-8", "replace").split())
        retry = error.code in (408, 429) or error.code >= 500
        raise SendingError(
            _("The SMS provider at {where} refused the message ({code} {said}).").format(
                where=where, code=error.code, said=said or error.reason
            )[:ANSWER_MAX],
            retry=retry,
        ) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, socket.timeout | TimeoutError) or isinstance(
            error, socket.timeout | TimeoutError
        ):
            # The request went; the answer did not come: it may have been taken. Not tried again by itself.
            raise SendingError(
                _(
                    "The SMS provider at {where} did not answer in time: it may have gone. "
                    "Check with the customer before sending it again."
                ).format(where=where),
                retry=False,
            ) from error
        raise SendingError(
            _("The SMS provider at {where} could not be reached ({why}).").format(where=where, why=reason),
            retry=True,
        ) from error
    except (
        ValueError,
        UnicodeError,
    ) as error:  # a header or address the request cannot carry; no secret in it
        raise SendingError(
            _(
                "The SMS settings cannot make a request to {where} ({kind}): check the address "
                "and the authentication header in Settings → Messages."
            ).format(where=where, kind=type(error).__name__),
            retry=False,
        ) from None


def _fill(value: str, values: dict[str, str]) -> str:
    """One pass: a "{sender}" typed inside the message's text stays text."""
    return _SLOT.sub(lambda match: values[match.group(1)], value)


_SLOT: Final = re.compile(r"\{(to|text|sender)\}")


__all__ = ["FORM", "JSON", "FieldsError", "GatewaySettings", "parse_fields", "send_sms"]
