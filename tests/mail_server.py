"""A real SMTP server on localhost for the tests (aiosmtpd): what it received, read back as a mail
program would, and how it answers (it can refuse a recipient, or keep the sender waiting)."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import Any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Mailbox:
    """What the local mail server received, and how it answers."""

    port: int
    received: list[Any] = field(default_factory=list)
    refuse_rcpt: str | None = None  # e.g. "550 5.1.1 no such user"
    hold: threading.Event | None = None  # set: answer the data; unset: keep the sender waiting

    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(e.original_content, policy=default) for e in self.received]  # type: ignore[misc]

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope)
        while self.hold is not None and not self.hold.is_set():
            await asyncio.sleep(0.05)
        return "250 2.0.0 Ok: queued as TEST1"


def serve(box: Mailbox) -> Any:
    """Start the server for ``box`` on its port; the controller (``stop()`` it)."""
    from aiosmtpd.controller import Controller

    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    return controller
