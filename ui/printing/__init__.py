"""Printer settings and the print queue (issue 6)."""
