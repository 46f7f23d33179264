"""Files in and out: CSV, spreadsheets, vCard and iCalendar, read and written as plain values (no storage,
no Qt)."""
