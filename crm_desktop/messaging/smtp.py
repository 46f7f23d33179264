"""Handing an e-mail to the shop's own mail server (SMTP), and what it answered.

Python's ``smtplib`` does the talking: STARTTLS on the submission port (587) or TLS from the start (465),
certificates checked against the system's authorities, a login when the server wants one. What the
server said when it took the message ("250 2.0.0 Ok: queued as 4F3A1") is kept; every failure becomes a
:class:`SendingError` with a sentence for the shopkeeper, and says whether trying again later can help
(the server is down, busy, or said 4xx) or not (the password is wrong, the address refused with 5xx).
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any, Final

from crm_desktop.i18n import _

STARTTLS: Final = "starttls"
TLS: Final = "tls"
PLAIN: Final = "none"  # no encryption: a server on the shop's own network, or the tests' local one
SECURITY: Final = (STARTTLS, TLS, PLAIN)


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # one of SECURITY
    user: str | None
    sender_address: str
    sender_name: str
    timeout: float = 30.0


class SendingError(Exception):
    """A message not handed over: ``reason`` for people; ``retry``: whether later may work."""

    def __init__(self, reason: str, *, retry: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


class _Answered:
    """Keeps the server's answer to the message's data (smtplib's ``sendmail`` checks it, then drops it),
    and whether the data had started to go (after that, a broken connection may still have delivered it)."""

    answer: tuple[int, bytes] | None = None
    data_started = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_started = True
        self.answer = super().data(msg)  # type: ignore[misc]
        return self.answer


class _Smtp(_Answered, smtplib.SMTP):
    pass


class _SmtpTls(_Answered, smtplib.SMTP_SSL):
    pass


def send_email(settings: SmtpSettings, password: str | None, message: EmailMessage) -> str:
    """Hand ``message`` to the server; the server's answer. :class:`SendingError` when it was not taken.

    Once the server has answered the message's data with 2xx, the message is gone: a connection that
    breaks after that (on QUIT) does not make it a failure, so it is never sent a second time."""
    where = f"{settings.host}:{settings.port}"
    context = ssl.create_default_context()
    server: _Smtp | _SmtpTls | None = None
    try:
        if settings.security == TLS:
            server = _SmtpTls(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            server = _Smtp(settings.host, settings.port, timeout=settings.timeout)
        server.ehlo()
        if settings.security == STARTTLS:
            if not server.has_extn("starttls"):
                raise SendingError(
                    _(
                        "The mail server at {where} does not offer STARTTLS: choose TLS or check the port."
                    ).format(where=where),
                    retry=False,
                )
            server.starttls(context=context)
            server.ehlo()
        if settings.user:
            server.login(settings.user, password or "")
        server.send_message(message)
    except SendingError:
        raise
    except smtplib.SMTPAuthenticationError as error:
        raise SendingError(
            _("The mail server at {where} refused the user name or password ({said}).").format(
                where=where, said=_said(error)
            ),
            retry=False,
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        code, said = next(iter(error.recipients.values()), (550, b""))
        raise SendingError(
            _("The mail server refused the address {address} ({code} {said}).").format(
                address=", ".join(error.recipients), code=code, said=_text(said)
            ),
            retry=400 <= code < 500,
        ) from error
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
        raise SendingError(
            _("The mail server at {where} did not take the message ({said}).").format(
                where=where, said=_said(error)
            ),
            retry=400 <= error.smtp_code < 500,
        ) from error
    except smtplib.SMTPNotSupportedError as error:
        raise SendingError(
            _("The mail server at {where} cannot do this: {why}.").format(where=where, why=error), retry=False
        ) from error
    except ssl.SSLError as error:
        raise SendingError(
            _(
                "No secure connection with the mail server at {where} ({why}): "
                "check the port and the security setting."
            ).format(where=where, why=error.reason or error),
            retry=False,
        ) from error
    except UnicodeError:  # a password (or user name) the SMTP login cannot carry
        raise SendingError(
            _(
                "The mail server at {where} cannot take this user name or password (only plain characters "
                "go through its login): check them in Settings → Messages."
            ).format(where=where),
            retry=False,
        ) from None
    except (smtplib.SMTPException, OSError) as error:  # refused, timed out, no such host, disconnected
        if server is not None and server.data_started and server.answer is None:
            raise SendingError(
                _(
                    "The connection to the mail server at {where} broke while it was taking the message "
                    "({why}): it may have gone. Check with the customer before sending it again."
                ).format(where=where, why=_why(error)),
                retry=False,
            ) from error
        raise SendingError(
            _("The mail server at {where} could not be reached ({why}).").format(
                where=where, why=_why(error)
            ),
            retry=True,
        ) from error
    finally:
        if server is not None:
            try:
                server.quit()
            except (smtplib.SMTPException, OSError):
                server.close()
    code, said = server.answer if server.answer is not None else (250, b"")
    return f"{code} {_text(said)}".strip()


def _said(error: smtplib.SMTPResponseException) -> str:
    return f"{error.smtp_code} {_text(error.smtp_error)}".strip()


def _text(said: bytes | str) -> str:
    return said.decode("utf-8", "replace") if isinstance(said, bytes) else said


def _why(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return _("connection refused")
    if isinstance(error, socket.timeout | TimeoutError):
        return _("no answer in time")
    if isinstance(error, socket.gaierror):
        return _("no such server name")
    return str(error) or type(error).__name__


__all__ = ["PLAIN", "SECURITY", "STARTTLS", "TLS", "SendingError", "SmtpSettings", "send_email"]
