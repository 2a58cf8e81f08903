"""The fax rack (传真储架): incoming faxes no in-house guest matched, kept with the date and the clerk.

Each counter has its own rack (the paper sits there), listed with each fax's age and handed over at
shift close. A guest who claims one takes it out (`fax_in.match`). A visitor who is not staying (an
addressee arriving for a meeting, say) collects one with `hand_to_visitor`: the name must be the one
written on the fax, the clerk checks an ID and keeps its last four characters, and the receiving fee
goes on the bill (paid at the counter: a visitor has no room to charge). A fax unclaimed for longer than the
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
from .fax_in import FaxInView, _clean, rack_fax, view
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


def hand_to_visitor(session: Session, op: Operator, fax_id: int, name: str, id_last4: str,
                    at: datetime | None = None) -> FaxInView:
    """A visitor (not an in-house guest) collects a fax from the rack after showing an ID."""
    at = at or utcnow()
    fax = rack_fax(session, fax_id)
    name = _clean(name, 200)
    if not name:
        raise InvalidInput("visitor_name_required", "请填写来取件人的姓名（与证件一致）",
                           "Enter the visitor's name as on their ID")
    if not names_match(name, fax.written_name):
        raise NotAllowed("visitor_name_mismatch", "来取件人的姓名与传真上的收件人不符",
                         "The visitor's name does not match the addressee on the fax")
    last4 = _clean(id_last4, 4).upper()
    if len(last4) != 4 or not last4.isalnum() or not last4.isascii():
        raise InvalidInput("visitor_id_required", "请核对证件，并填写证件号码的末四位",
                           "Check an ID and enter the last four characters of its number")
    fax.status, fax.delivered_how, fax.delivered_at, fax.delivered_by = "delivered", "collected", at, op.staff_id
    fax.collector_name, fax.collector_id_last4 = name, last4
    audit.record(session, "fax_in_collected_by_visitor", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="fax_in", entity_id=fax.id, at=at, name=name, id_last4=last4)
    return view(session, fax.id)


def archive(session: Session, op: Operator, fax_id: int, reason: str | None = None,
            at: datetime | None = None) -> FaxInView:
    at = at or utcnow()
    fax = rack_fax(session, fax_id)
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
