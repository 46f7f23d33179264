"""Printed documents (ReportLab): each report takes plain values from a service and returns PDF bytes."""
