"""The composition root, free of Qt: paths -> open the database -> default seeding once -> a context.

The window (:mod:`crm_desktop.ui`) and the command line (:mod:`crm_desktop.cli`) both start here and
then talk to services through the :class:`AppContext`: the opened database, the clock, and the person
at the keyboard. The window never imports :mod:`crm_desktop.storage` itself; the context is its only
handle on the data (the import-linter contracts in ``pyproject.toml`` keep it so).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from crm_desktop.domain.changes import Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import AppPaths
from crm_desktop.services.staff import StaffMember
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import OpenedDatabase, open_database
from crm_desktop.storage.watch import ChangeWatcher


@dataclass(frozen=True)
class Clock:
    """Today and now, from one place, so a test (or a demo) can fix them."""

    now_fn: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def now(self) -> datetime:
        return self.now_fn()

    def today(self) -> date:
        return self.now_fn().astimezone().date()

    @classmethod
    def fixed(cls, instant: datetime) -> Clock:
        if instant.tzinfo is None:
            raise ValueError("a fixed clock needs an aware datetime")
        return cls(lambda: instant)


class ChangeFeed:
    """The one place where "this changed" is announced: pages subscribe, the operations helper publishes
    (on the GUI thread, after a write succeeded). Subscribers are held weakly, so a closed page drops
    out by itself."""

    def __init__(self) -> None:
        self._subscribers: list[weakref.ref[Callable[[Changes], object]]] = []

    def subscribe(self, callback: Callable[[Changes], object]) -> None:
        ref: weakref.ref[Callable[[Changes], object]]
        ref = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else weakref.ref(callback)
        self._subscribers.append(ref)

    def publish(self, changes: Changes) -> None:
        alive = []
        for ref in self._subscribers:
            callback = ref()
            if callback is not None:
                alive.append(ref)
                callback(changes)
        self._subscribers = alive


class AppContext:
    """What a running crm_desktop works with: one opened database, its clock, and who is acting.

    ``person`` is the staff member at the keyboard (None until someone is chosen); every write the
    window makes is done in their name (``person_id``).
    """

    def __init__(self, opened: OpenedDatabase, *, clock: Clock | None = None) -> None:
        self.opened = opened
        self.clock = clock or Clock()
        self.person: StaffMember | None = None
        self.changes = ChangeFeed()
        self._watcher: ChangeWatcher | None = None

    @property
    def database(self) -> Database:
        return self.opened.database

    @property
    def paths(self) -> AppPaths:
        return self.opened.paths

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person is not None else None

    @property
    def description(self) -> str:
        return self.opened.database.description

    @property
    def revision(self) -> str:
        return self.opened.revision

    @property
    def warnings(self) -> list[str]:
        return self.opened.warnings

    def others_saved(self) -> bool:
        """True when another workstation (or another program on the same file) has saved something
        since the last call; the first call starts watching (``storage.watch``)."""
        if self._watcher is None:
            self._watcher = ChangeWatcher(self.opened.database)
            return False
        return self._watcher.poll()

    def close(self) -> None:
        if self._watcher is not None:
            with suppress(Exception):  # the connection may be gone with the server; closing anyway
                self._watcher.close()
            self._watcher = None
        self.opened.close()


def start(
    paths: AppPaths,
    *,
    lock: bool = True,
    daily_backup: bool = True,
    clock: Clock | None = None,
    script_location: Path | None = None,
    seed: bool = True,
    waiting: Callable[[str], None] | None = None,
) -> AppContext:
    """Open (back up, migrate) the database at ``paths``, seed the shipped defaults once (``seed``:
    False for commands that only read, and for the sample shop, which brings its own), and return a
    context. The caller closes it (or uses :func:`opened_app`)."""
    opened = open_database(
        paths, lock=lock, daily_backup=daily_backup, script_location=script_location, waiting=waiting
    )
    context = AppContext(opened, clock=clock)
    _follow_shop_locale(context)
    if not seed or opened.database.read_only is not None:  # a copy that can't be changed gets nothing
        return context
    try:
        seed_defaults(context)
        _copy_backups_made(context)
    except UserFacingError as exc:  # a read-only copy still opens; the defaults come another day
        opened.warnings.append(str(exc))
    except BaseException:
        opened.close()
        raise
    return context


def _follow_shop_locale(context: AppContext) -> None:
    """Dates are written as in the shop's country (:mod:`crm_desktop.domain.dates`): tell it once open."""
    from crm_desktop import i18n
    from crm_desktop.services.settings import shop_money

    database = context.database
    i18n.use_shop_locale(lambda: shop_money(database).locale)  # read with the first date written


def _copy_backups_made(context: AppContext) -> None:
    """The backups made while opening (daily, before an upgrade) also go to the shop's second folder,
    when it has one; a missing USB stick is a warning, not a failure to start."""
    from crm_desktop.services.backups import copy_to_second_folder, second_folder

    made = list(context.opened.backups_made)
    folder = second_folder(context.database) if made else None
    if folder is None:
        return
    for path in made:
        try:
            copy_to_second_folder(path, folder)
        except UserFacingError as exc:
            context.opened.warnings.append(str(exc))
            return


def seed_defaults(context: AppContext) -> None:
    """The shipped after-sales plan, procedures and kinds of request, once, where the shop has none.
    One read says whether anything is missing (on every start but the first, nothing is): the services
    that write them load only then."""
    from sqlalchemy import exists, select

    from crm_desktop.storage.models import FollowUpPlan, Procedure, RequestKind

    with context.database.reading() as uow:
        found = uow.session.execute(
            select(
                exists().select_from(FollowUpPlan),
                exists().select_from(Procedure),
                exists().select_from(RequestKind),
            )
        ).one()
    if all(found):
        return
    from crm_desktop.services.catalogue import ensure_default_plans
    from crm_desktop.services.jobs import ensure_default_procedures
    from crm_desktop.services.requests import ensure_default_request_kinds

    ensure_default_plans(context.database)
    ensure_default_procedures(context.database)
    ensure_default_request_kinds(context.database)


def start_sample(paths: AppPaths, *, customers: int = 200, seed: int = 1) -> AppContext:
    """Open the sample shop at ``paths``, filling it first when it is empty (the demo builder writes its
    own catalogue, so the shipped defaults are not seeded here)."""
    from crm_desktop.services.demo import fill_demo
    from crm_desktop.services.overview import shop_overview

    context = start(paths, seed=False)
    try:
        if shop_overview(context.database).is_empty:
            fill_demo(context.database, customers=customers, seed=seed)
    except BaseException:
        context.close()
        raise
    return context


@contextmanager
def opened_app(paths: AppPaths, **options: object) -> Iterator[AppContext]:
    """``with opened_app(paths) as context:`` — the context, closed (and its lock released) after."""
    context = start(paths, **options)  # type: ignore[arg-type]
    try:
        yield context
    finally:
        context.close()


__all__ = ["AppContext", "ChangeFeed", "Clock", "opened_app", "seed_defaults", "start", "start_sample"]
