"""The ledger's hash chain: every ledger record linked to the one before by a hash of its content.

A consistent edit made behind the application's back (triggers dropped, the file edited) changes a
record's hash and so breaks the chain at that record; deleting the newest records is caught by
comparing the chain's head with one printed on a Z slip or stored with a backup.
"""
from .head import EMPTY, GENESIS, ChainHead
from .check import verify_chain
from .links import current_head, link_at

__all__ = ["EMPTY", "GENESIS", "ChainHead", "current_head", "link_at", "verify_chain"]
