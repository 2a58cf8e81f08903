"""Workflow functions: one per user action; each takes a session and never commits (the caller's unit of work does)."""
