"""Reading the chain: its head now, and the link at a given position (to compare with a printed head)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..models.chain import LedgerLink
from .head import EMPTY, ChainHead

_link = LedgerLink.__table__.c


def current_head(session: Session | Connection) -> ChainHead:
    """The newest link's position and hash (`EMPTY` before the first ledger record)."""
    row = session.execute(select(_link.seq, _link.link_hash).order_by(_link.seq.desc()).limit(1)).first()
    return EMPTY if row is None else ChainHead(row[0], row[1])


def link_at(session: Session | Connection, seq: int) -> ChainHead | None:
    """The chain as it stood after link `seq`: None when there is no such link (the chain is shorter, or
    that link was removed). `link_at(s, 0)` is `EMPTY`."""
    if seq == 0:
        return EMPTY
    row = session.execute(select(_link.seq, _link.link_hash).where(_link.seq == seq)).first()
    return None if row is None else ChainHead(row[0], row[1])
