"""What the PMS has not confirmed yet, as the clerk, the supervisor and the day close read it.

A room charge accepted on the local checks while the link was down (queued), or sent but not answered
(unconfirmed), is on the guest's bill here but perhaps not on the hotel's folio: the day close lists
each one so the supervisor can check it with the front office before the guest leaves.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import PmsPosting
from .postings import OPEN_STATES, unconfirmed


@dataclass(frozen=True)
class PendingPosting:
    seq: int  # the FIAS P#
    business_date: date
    kind: str  # charge | correction
    room: str
    guest_name: str
    amount_minor: int
    state: str  # queued (never sent) | sent | unconfirmed (sent, not answered)


def pending(session: Session, business_date: date | None = None) -> tuple[PendingPosting, ...]:
    """Postings not confirmed by the PMS, of that business day and the days before (all when None)."""
    return tuple(PendingPosting(r.seq, r.business_date, r.kind, r.room, r.guest_name, r.amount_minor, r.state)
                 for r in unconfirmed(session, business_date))


def pending_count(session: Session) -> int:
    """For the counter's status bar: how many postings wait for the PMS."""
    return session.scalar(select(func.count()).select_from(PmsPosting)
                          .where(PmsPosting.state.in_(OPEN_STATES), PmsPosting.wanted.is_(True))) or 0
