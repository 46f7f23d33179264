"""Sample data: a believable small shop with about three years of after-sales history.

:func:`fill_demo` writes an owner and staff, a catalogue with follow-up plans and procedures, and then,
for each customer, the sales, follow-ups, promises, service jobs, visits, requests and contacts a real
shop would have on file, all dated relative to ``today``. It is what ``crm-desktop demo`` runs, what
screenshots are made from and what the benchmarks fill 100,000 customers with.

Determinism: the same seed and the same ``today`` give the same file, byte for byte in every column (ids,
numbers and timestamps are all set here, never by the clock). Another ``today`` moves every date by the
same number of days and changes nothing else, except where a calendar rule has to move with it (a
warranty bought on 31 January ends on 28 or 29 February; a recovery call falls on the next working day).

The sample follows the app's own rules rather than copies of them: warranty ends and the intake check
(:mod:`crm_desktop.domain.warranty`), plan expansion and assignees (:mod:`crm_desktop.domain.plans`), the
shipped procedures (``services.jobs.DEFAULT_PROCEDURES``), the job workflow, the audit vocabulary, the
recovery call after a low score, the search folding for e-mail addresses, the phone normalisation.

Speed: on a 2-core machine, 1,000 customers take about a second and 100,000 customers (about 2.2
million rows) 75 to 105 seconds, in 160 MB of memory.

The parts, one file per concept:

* ``tables``, ``names``, ``cases``: the fixed data (staff, plans, catalogue, procedures, settings; names,
  phones and places; repairs and job paths);
* ``writer``, ``clock``, ``state``: the rows waiting to be written, time as offsets from today, and the
  state the parts share;
* ``staff``, ``catalogue``, ``serials``: the shop's people and products;
* ``people``, ``history``: a customer and their story with the shop;
* ``sales``, ``follow_ups``, ``jobs``, ``promises``, ``requests``, ``contacts``, ``audit``: what happens
  in it;
* ``fill``: :func:`fill_demo` and :class:`DemoSummary`, the bulk writing and the numbering.
"""

from __future__ import annotations

from crm_desktop.sample.fill import DemoSummary, fill_demo

__all__ = ["DemoSummary", "fill_demo"]
