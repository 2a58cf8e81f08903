"""Selling: service tiles, one short form per service, and the bill."""
