"""Files exchanged with other programs: CSV and spreadsheet tables, vCards and iCalendar, read and
written as plain values (no database, no Qt)."""
