"""Personal data past its retention period, erased in one sweep: the ID numbers on air-ticket orders and the
profiles of guests not seen since. One setting (`ticket_id_retention_days`) governs both, so one call, one
transaction, whichever screen starts it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from . import profiles, tickets


@dataclass(frozen=True)
class Erased:
    ticket_orders: list[int]  # orders whose ID numbers were erased
    profiles: list[int]  # guest profiles erased


def erase_expired(session: Session, at: datetime | None = None) -> Erased:
    """Both erasures are audited by the workflows that own them."""
    return Erased(tickets.erase_expired_ids(session, at), profiles.erase_expired(session, at))
