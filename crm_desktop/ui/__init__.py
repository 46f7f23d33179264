"""The window: the only package that imports PySide6."""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (first: its import hook is made lighter below, before the rest loads)


def _lighter_feature_scan() -> None:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6" (for its
    optional ``from __feature__ import ...`` switches), with ``inspect.getsource``, which reads every
    module through ``linecache`` and keeps all their lines: about 6 MB and a tenth of this app's start-up.
    The same question is asked here of the file's bytes; a module that is not a plain source file, or a
    PySide6 that works otherwise, keeps PySide's own check."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "lighter", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.lighter = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # the lines PySide's check kept of the modules loaded before it (a cache)


_lighter_feature_scan()
