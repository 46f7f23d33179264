"""The folders shipped with the app, ``migrations/`` and ``resources/``: inside the installed package (the
wheel copies them there), else at the top of a checkout.

Apart from :mod:`crm_desktop.paths` (which parses database URLs with SQLAlchemy) so that the reports can
find their fonts without importing SQLAlchemy (see the import-linter contracts in ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

import crm_desktop


def package_resource(name: str) -> Path:
    """``migrations`` or ``resources``: inside the installed package, else at the top of the repo."""
    package_dir = Path(crm_desktop.__file__).resolve().parent
    for candidate in (package_dir / name, package_dir.parent / name):
        if candidate.is_dir():
            return candidate
    raise RuntimeError(f"crm_desktop is installed without its {name}/ folder")


__all__ = ["package_resource"]
