"""Printer settings and the print queue."""
