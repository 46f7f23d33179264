"""The Today page's rows read by hand-written SQL (`make bench`'s baseline for Today): the same counts and
the same first rows of every section, with the customer's name, the person, the first phone number and a
moved promise's reasons, as plain tuples. Only :mod:`sqlite3`, so that the cold-start baseline can run it
in a bare process. Default settings (a promise slips once moved; news every 3 days), as the bench shop
has them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

LIMIT = 200


def _instant(day: date) -> str:
    """The start of ``day`` on this computer's clock, as SQLite stores instants (UTC wall time)."""
    start = datetime.combine(day, time()).astimezone().astimezone(UTC)
    return start.strftime("%Y-%m-%d %H:%M:%S.%f")


_FOLLOW_UPS = """
SELECT f.id, f.customer_id, f.title, f.kind, f.due_date, c.name, s.name
FROM follow_up f JOIN customer c ON c.id = f.customer_id LEFT JOIN staff s ON s.id = f.assignee_id
WHERE f.status = 'open' AND {where} ORDER BY f.due_date, f.id LIMIT :limit
"""

_RANGES = {
    "overdue": "f.due_date < :today AND f.due_date >= :long",
    "due_today": "f.due_date = :today",
    "next_days": "f.due_date > :today AND f.due_date <= :horizon",
    "long_overdue": "f.due_date < :long",
}

# Open promises, jobs and requests: what places each (read once, MATERIALIZED), its section, a row per
# section with its count, then each section's first rows in its order.
_OPEN = """
WITH facts AS MATERIALIZED (
  SELECT t.id, t.{acted} AS acted, {due}
    coalesce((SELECT max(i.occurred_at) FROM interaction i
              WHERE i.{link} = t.id AND i.direction = 'outbound'), t.{since}) AS news,
    EXISTS (SELECT 1 FROM interaction i WHERE i.{link} = t.id AND i.occurred_at >= :idle) AS recent
  FROM {table} t WHERE {open}),
placed AS MATERIALIZED (SELECT *, CASE {cases} END AS section FROM facts)
SELECT u.section, u.n, u.acted, u.news, u.moves, {columns}, c.name, s.name
FROM (
  SELECT section, count(*) AS n, NULL AS id, NULL AS acted, NULL AS news, NULL AS moves
  FROM placed WHERE section IS NOT NULL GROUP BY section
  {listings}
) u LEFT JOIN {table} t ON t.id = u.id LEFT JOIN customer c ON c.id = t.customer_id
LEFT JOIN staff s ON s.id = t.{whose}
"""
_LISTING = (
    "UNION ALL SELECT * FROM (SELECT section, NULL, id, acted, news, {moves} FROM placed "
    "WHERE section = '{key}' ORDER BY {order}, id LIMIT :limit)"
)
_IDLE = "WHEN acted < :idle AND NOT recent THEN 'no_action' WHEN news < :cut THEN 'waiting_for_news'"
_KINDS: dict[str, dict[str, Any]] = {
    "promise": {
        "table": "promise",
        "acted": "updated_at",
        "since": "promised_at",
        "link": "promise_id",
        "whose": "promised_by_id",
        "open": "t.status = 'open'",
        "due": "t.due_date AS due, t.original_due_date AS first, "
        "(SELECT count(*) FROM promise_change c WHERE c.promise_id = t.id) AS moves,",
        "cases": "WHEN due < :today THEN 'promises_broken' "
        "WHEN due > first AND moves >= 1 THEN 'slipping' "
        + _IDLE
        + " WHEN due <= :horizon THEN 'promises_due'",
        "columns": "t.id, t.customer_id, t.description, t.status, t.due_date, t.original_due_date",
        "orders": {
            "no_action": "acted",
            "waiting_for_news": "news",
            "promises_broken": "due",
            "slipping": "moves DESC, due",
            "promises_due": "due",
        },
    },
    "job": {
        "table": "service_job",
        "acted": "last_action_at",
        "since": "received_at",
        "link": "job_id",
        "whose": "technician_id",
        "open": "t.status NOT IN ('collected', 'cancelled')",
        "columns": "t.id, t.customer_id, t.number, t.unit_description, t.status",
    },
    "request": {
        "table": "customer_request",
        "acted": "last_action_at",
        "since": "opened_at",
        "link": "request_id",
        "whose": "owner_id",
        "open": "t.status NOT IN ('resolved', 'cancelled')",
        "columns": "t.id, t.customer_id, t.number, t.summary, t.status",
    },
}


def _open_sql(kind: str) -> str:
    spec = dict(_KINDS[kind])
    orders = spec.pop("orders", {"no_action": "acted", "waiting_for_news": "news"})
    spec.setdefault("due", "")
    spec.setdefault("cases", _IDLE)
    moves = "moves" if kind == "promise" else "0"
    spec["listings"] = "\n  ".join(
        _LISTING.format(moves=moves, key=key, order=order) for key, order in orders.items()
    )
    return _OPEN.format(**spec)


QUERIES = {kind: _open_sql(kind) for kind in _KINDS}


def raw_today(connection: sqlite3.Connection, today: date) -> dict[str, Any]:
    """Every Today section's count and first rows, read raw."""
    params = {
        "today": today.isoformat(),
        "long": (today - timedelta(days=90)).isoformat(),
        "horizon": (today + timedelta(days=7)).isoformat(),
        "idle": _instant(today - timedelta(days=13)),
        "cut": _instant(today - timedelta(days=2)),
        "broken": _instant(today - timedelta(days=6)),
        "limit": LIMIT,
    }
    execute = connection.execute
    execute(
        "SELECT key, value FROM setting WHERE key IN "
        "('promises.slipping_rule', 'promises.slipping_days', 'news.every_days')"
    ).fetchall()
    counts = execute(
        "SELECT "
        + ", ".join(
            f"(SELECT count(*) FROM follow_up f WHERE f.status = 'open' AND {where})"
            for where in _RANGES.values()
        ),
        params,
    ).fetchone()
    found: dict[str, Any] = {}
    for (key, where), count in zip(_RANGES.items(), counts, strict=True):
        found[key] = (count, execute(_FOLLOW_UPS.format(where=where), params).fetchall() if count else [])
    for kind, sql in QUERIES.items():
        found[kind] = execute(sql, params).fetchall()
    broken = "FROM promise t WHERE t.status = 'broken' AND t.resolved_at >= :broken"
    (count,) = execute("SELECT count(*) " + broken, params).fetchone()
    found["broken"] = (
        count,
        execute(
            "SELECT t.id, t.customer_id, t.description, t.status, t.due_date, t.original_due_date, c.name, s.name "
            + broken.replace(
                "FROM promise t",
                "FROM promise t JOIN customer c ON c.id = t.customer_id "
                "LEFT JOIN staff s ON s.id = t.promised_by_id",
            )
            + " ORDER BY t.due_date, t.id LIMIT :limit",
            params,
        ).fetchall()
        if count
        else [],
    )
    rows = [row for key in _RANGES for row in found[key][1]] + found["broken"][1]
    listed = [row for kind in QUERIES for row in found[kind] if row[1] is None]
    customers = sorted({row[1] for row in rows} | {row[6] for row in listed})
    promises = sorted(
        {row[5] for row in found["promise"] if row[1] is None} | {row[0] for row in found["broken"][1]}
    )
    marks = ", ".join("?" * len(customers))
    found["phones"] = execute(
        f"SELECT customer_id, number_raw FROM customer_phone WHERE customer_id IN ({marks}) "
        "ORDER BY customer_id, position, id",
        customers,
    ).fetchall()
    marks = ", ".join("?" * len(promises))
    found["reasons"] = execute(
        f"SELECT promise_id, reason FROM promise_change WHERE promise_id IN ({marks}) ORDER BY changed_at, id",
        promises,
    ).fetchall()
    return found


__all__ = ["QUERIES", "raw_today"]
