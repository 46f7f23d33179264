"""`python -m crm_desktop`: the same entry point as the `crm-desktop` command."""

from crm_desktop.cli import main

raise SystemExit(main())
