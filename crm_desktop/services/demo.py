"""The sample shop, under the name the command line, the window and the tests have always imported.

It lives in :mod:`crm_desktop.sample`; this module only re-exports its entry points.
"""

from __future__ import annotations

from crm_desktop.sample import DemoSummary, fill_demo

__all__ = ["DemoSummary", "fill_demo"]
