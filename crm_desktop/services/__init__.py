"""Use cases: take plain values, run in one unit of work, return frozen results."""
