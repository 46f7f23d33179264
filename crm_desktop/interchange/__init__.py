"""Files exchanged with other programs: CSV and Excel tables, iCalendar, vCards (plain values in, bytes
out; no database, no Qt)."""
