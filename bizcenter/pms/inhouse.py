"""The in-house list kept current from the PMS: Guest In `GI`, Guest Change `GC`, Guest Out `GO`, and a
Database Resync (`DR` asked, answered `DS`, one `GI` per guest, `DE`).

A stay from the link is keyed by the PMS's reservation number (`G#`, stored as external_ref `PMS:<G#>`),
so a repeated `GI` updates it instead of adding a second stay. At the end of a resync, a stay from the
link that the PMS no longer listed has left. Stays from the CSV import (the fallback when no link is
configured) are left as they are.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Stay, StayGuest, utcnow
from .frames import Record
from ..workflows.guests import name_key, normalise_room
from ..workflows.settings import load_settings

PREFIX = "PMS:"


def _date(text: str | None, fallback: date) -> date:
    try:
        return datetime.strptime(text or "", "%y%m%d").date()
    except ValueError:
        return fallback


def _stay(session: Session, reservation: str) -> Stay | None:
    return session.scalars(select(Stay).where(Stay.external_ref == PREFIX + reservation)).first()


def apply(session: Session, rec: Record, at: datetime | None = None) -> str | None:
    """Apply a guest record; returns the reservation number it concerned (None when it named none)."""
    reservation = (rec.get("G#") or "").strip()[:36]
    if not reservation:
        return None
    at = at or utcnow()
    stay = _stay(session, reservation)
    if rec.type == "GO":
        if stay is not None and stay.status != "checked_out":
            stay.status, stay.updated_at = "checked_out", at
        return reservation
    today = load_settings(session).business_date(at)  # the hotel's day, for a record without dates
    if stay is None:
        stay = Stay(external_ref=PREFIX + reservation, room="", arrival=today, departure=today)
        session.add(stay)
    stay.room = normalise_room(rec.get("RN") or "")[:10]
    stay.arrival = _date(rec.get("GA"), stay.arrival or today)
    stay.departure = _date(rec.get("GD"), stay.departure or today)
    stay.status = "in_house"
    stay.no_post = (rec.get("NP") or "N").upper() == "Y"
    limit = rec.get("CL") or ""
    stay.credit_limit_minor = int(limit) if limit.lstrip("-").isdigit() else None
    stay.updated_at = at
    name = (rec.get("GN") or "").strip()
    if name and [g.name for g in stay.guests] != [name]:
        stay.guests.clear()
        session.flush()
        stay.guests.append(StayGuest(name=name[:200], name_key=name_key(name)))
    session.flush()
    return reservation


def finish_resync(session: Session, listed: set[str], at: datetime | None = None) -> int:
    """After `DE`: stays from the link the PMS did not list have left. Returns how many."""
    gone = 0
    for stay in session.scalars(select(Stay).where(Stay.status == "in_house", Stay.external_ref.like(PREFIX + "%"))):
        if stay.external_ref[len(PREFIX):] not in listed:
            stay.status, stay.updated_at = "checked_out", at or utcnow()
            gone += 1
    return gone
