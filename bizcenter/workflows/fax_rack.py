"""The fax rack (传真储架): incoming faxes no in-house guest matched, kept with the date and the clerk.

Each counter has its own rack (the paper sits there), listed with each fax's age and handed over at
shift close. A guest who claims one takes it out (`fax_in.match`). A fax unclaimed for longer than the
`fax_rack_days` setting is traced and archived (寻找核实无主收件并存档): `archive_unclaimed` does all the
overdue ones at a counter; `archive` does one, and one that is not yet overdue needs a reason (the
sender confirmed a wrong hotel, say). Archived faxes are kept, never deleted.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed
from ..models import Staff, utcnow
from ..models.fax import FaxIn
from . import audit
from .fax_in import FaxInView, _clean, _fax, view
from .guests import names_match
from .settings import load_settings
from .staff import Operator


@dataclass(frozen=True)
class RackFax:
    id: int
    received_at: datetime  # hotel time
    racked_by: str
    written_name: str
    written_room: str | None
    sender: str | None
    pages: int
    age: timedelta
    overdue: bool  # unclaimed longer than the configured days: due for archiving

    @property
    def age_days(self) -> int:
        return self.age.days


def rack_days(session: Session) -> int:
    return int(load_settings(session).fax_rack_days)


def rack_list(session: Session, counter_id: int, search: str = "", at: datetime | None = None) -> list[RackFax]:
    """The rack at a counter, oldest first; `search` finds a name (any spelling the name check accepts),
    a room or a sender."""
    at = at or utcnow()
    tz, days = load_settings(session).tz, rack_days(session)
    rows = session.execute(
        select(FaxIn, Staff.name).join(Staff, Staff.id == FaxIn.racked_by)
        .where(FaxIn.counter_id == counter_id, FaxIn.status == "rack").order_by(FaxIn.received_at, FaxIn.id))
    out = []
    wanted = (search or "").strip().casefold()
    for fax, clerk in rows:
        if wanted and not (names_match(search, fax.written_name) or any(
                wanted in (text or "").casefold() for text in (fax.written_name, fax.written_room, fax.sender))):
            continue
        age = max(at - fax.received_at, timedelta(0))
        out.append(RackFax(fax.id, fax.received_at.astimezone(tz), clerk, fax.written_name, fax.written_room,
                           fax.sender, fax.pages, age, age > timedelta(days=days)))
    return out


def rack_for_handover(session: Session, counter_id: int, at: datetime | None = None) -> list[RackFax]:
    """What the closing clerk hands over: every fax still in this counter's rack."""
    return rack_list(session, counter_id, at=at)


def archive(session: Session, op: Operator, fax_id: int, reason: str | None = None,
            at: datetime | None = None) -> FaxInView:
    at = at or utcnow()
    fax = _fax(session, fax_id, lock=True)
    if fax.status != "rack":
        raise NotAllowed("fax_not_in_rack", "此传真不在传真储架上", "This fax is not in the fax rack")
    reason = _clean(reason, 200)
    overdue = at - fax.received_at > timedelta(days=rack_days(session))
    if not overdue and not reason:
        raise InvalidInput("archive_reason_required", "此传真未超过保留天数，提前存档须填写原因",
                           "This fax is not yet overdue; archiving it early needs a reason")
    _archive(session, op, fax, reason or "unclaimed / 无人认领", at)
    return view(session, fax.id)


def archive_unclaimed(session: Session, op: Operator, at: datetime | None = None) -> list[int]:
    """Archive every fax in this counter's rack unclaimed for longer than the configured days."""
    at = at or utcnow()
    cutoff = at - timedelta(days=rack_days(session))
    due = list(session.scalars(select(FaxIn).where(
        FaxIn.counter_id == op.counter_id, FaxIn.status == "rack", FaxIn.received_at < cutoff)
        .order_by(FaxIn.id).with_for_update()))
    for fax in due:
        _archive(session, op, fax, "unclaimed / 无人认领", at)
    return [f.id for f in due]


def _archive(session: Session, op: Operator, fax: FaxIn, reason: str, at: datetime) -> None:
    fax.status, fax.archived_at, fax.archived_by, fax.archive_reason = "archived", at, op.staff_id, reason
    audit.record(session, "fax_in_archived", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_in",
                 entity_id=fax.id, at=at, reason=reason)
