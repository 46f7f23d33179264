"""The window's quiet sender: every minute while the window is open, off the GUI thread, the reminders
due today are queued and what is due in the outbox goes. It looks first and writes only when something
is due, so an idle shop's workstations do not wake each other up every minute."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.ui.tasks import run_in_background

if TYPE_CHECKING:
    from crm_desktop.services.messages import SendReport

SEND_EVERY_MS = 60_000  # how often the sender looks for due messages
log = logging.getLogger(__name__)


class OutboxSender(QObject):
    """Sends what is due in the outbox every minute, off the GUI thread, while the window is open; the
    history of those customers refreshes when something went, Today when something failed."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_EVERY_MS)
        self.timer.timeout.connect(self.send)
        self.timer.start()

    def send(self) -> None:
        if self.busy or self.context.database.read_only is not None:
            return
        self.busy = True
        from crm_desktop.services.messages import send_due  # loaded on the first look, not at start-up

        database, now, today = self.context.database, self.context.clock.now(), self.context.clock.today()

        def done(report: SendReport) -> None:
            self.busy = False
            if report.sent or report.failed or report.retrying:
                kinds = (Change.MESSAGE, Change.CONTACT) if report.sent else (Change.MESSAGE,)
                self.context.changes.publish(Changes.of(*kinds))

        def failed(error: BaseException) -> None:  # a locked or unreachable database: next minute
            self.busy = False
            why = "sending the outbox failed; trying again in a minute"  # untranslated: a log line
            log.warning(why, exc_info=error)

        run_in_background(lambda: send_due(database, today, now), done, failed)


__all__ = ["SEND_EVERY_MS", "OutboxSender"]
