"""The calendar kept in a folder (File → Export…, "Keep it up to date") follows the changes made in the
window. Its own module, so that a shop that keeps no calendar never loads the export code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.services.settings import CALENDAR_FOLDER, CALENDAR_STAFF, get_settings
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.tasks import run_in_background

# What a change must touch for the kept calendar to be rewritten: follow-ups, visits (jobs), promises,
# and customers and staff (their names are in the events), and the setting itself.
CALENDAR_CHANGES = (
    Change.FOLLOW_UP,
    Change.JOB,
    Change.PROMISE,
    Change.CUSTOMER,
    Change.STAFF,
    Change.SETTINGS,
)


class CalendarKeeper(QObject):
    """Rewrites the calendar kept in the folder of the ``calendar.folder`` setting after changes that
    touch what it shows (a second later, so a burst of changes is one write), off the GUI thread, and
    only when its content changed. ``message`` says when it could not (the folder went away)."""

    message = Signal(str)
    DELAY_MS = 1000

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._running = False
        self._again = False
        self._last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        context.changes.subscribe(self.on_changes)
        self.timer.start()  # once at start: the day moved on, or another computer changed things

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*CALENDAR_CHANGES):
            self.timer.start()

    def write_now(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        database, today = self._context.database, self._context.clock.today()

        def work() -> bool:
            settings = get_settings(database)
            folder = settings.get(CALENDAR_FOLDER)
            if not folder:
                return False
            staff = settings.get(CALENDAR_STAFF)
            staff_id = int(staff) if staff and staff.isdigit() else None
            # the export code (and icalendar) is loaded only by a shop that keeps a calendar
            from crm_desktop.services.exports import keep_calendar

            return keep_calendar(database, Path(folder), today, staff_id=staff_id)

        run_in_background(work, self._done, self._failed)

    def _finish(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.timer.start()

    def _done(self, _written: bool) -> None:
        self._last_error = None
        self._finish()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, UserFacingError):
            raise error
        if str(error) != self._last_error:  # said once, not after every change
            self._last_error = str(error)
            self.message.emit(tr("Calendar not updated: {error}").format(error=error))


__all__ = ["CALENDAR_CHANGES", "CalendarKeeper"]
