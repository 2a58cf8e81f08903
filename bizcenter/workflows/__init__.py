"""Workflow functions: one per user action; each takes a session and never commits (the caller's unit of work does).

The workflows write the ledger, so importing any of them installs the hash chain's flush and commit hooks
(`chain.capture`): every ledger row they write is linked when its transaction commits.
"""
from ..chain import capture  # noqa: F401
