"""What a shift hands over, as it stood at one instant: the shift's close (or now, for a shift still open).

A past shift's handover must list what was open when that clerk left, not what is open today: a fax
is in the rack from its racking until it is matched, collected or archived; an internet session or a
phone call waits from its start until it is billed (a void makes it wait again, a refund never does —
read from the audit trail, since a void clears the row's billing); equipment is out from hand-out to
return; a deposit is held from taking to giving back; a fault is open from its report to its clearing.
Each list is read from the records' own instants, so printing shift 1 a week later prints shift 1.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, EquipmentFault, Staff
from ..models.errands import RentalBooking, RentalDeposit
from ..models.fax import FaxIn
from ..models.sessions import InternetSession, PhoneCall


@dataclass(frozen=True)
class HandoverLists:
    at: datetime  # the instant the lists are as of (UTC)
    internet: tuple  # internet.SessionInfo, status and flag as at `at`
    calls: tuple  # calls.CallInfo, status as at `at`
    rack: tuple  # fax_rack.RackFax, age as at `at`
    equipment_out: tuple  # rental_calendar.BookingView
    deposits: tuple  # deposits.HeldDeposit
    faults: tuple  # equipment.Fault


def _later(column, at: datetime):
    """Not yet happened at `at`: never, or after it."""
    return or_(column.is_(None), column > at)


def _billed_at(session: Session, entity: str, ids: list[int], at: datetime, prefix: str) -> set[int]:
    """Records whose charge stood at `at` (billed or refunded, not voided back to waiting), by replaying
    the audit trail up to `at`."""
    if not ids:
        return set()
    state: dict[int, bool] = {}
    rows = session.execute(select(AuditEntry.entity_id, AuditEntry.action).where(
        AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids), AuditEntry.at <= at,
        AuditEntry.action.in_((f"{prefix}_billed", f"{prefix}_unbilled", f"{prefix}_refunded")))
        .order_by(AuditEntry.at, AuditEntry.id))
    for entity_id, action in rows:
        state[entity_id] = action != f"{prefix}_unbilled"
    return {i for i, billed in state.items() if billed}


def internet_as_of(session: Session, counter_id: int, at: datetime) -> tuple:
    from .internet import _info

    rows = list(session.scalars(select(InternetSession).where(
        InternetSession.counter_id == counter_id, InternetSession.started_at <= at)
        .order_by(InternetSession.started_at, InternetSession.id)))
    billed = _billed_at(session, "internet_session", [r.id for r in rows], at, "internet")
    out = []
    for r in rows:
        still_open = r.stopped_at is None or r.stopped_at > at
        if not still_open and (r.id in billed or (r.billed_at is not None and r.billed_at <= at
                                                  and not _audited(session, "internet_session", r.id))):
            continue
        info = _info(session, r, at)
        out.append(replace(info, status="open", stopped_at=None, stopped_by_name="", seconds=None, sale_id=None)
                   if still_open else replace(info, status="stopped", sale_id=None))
    return tuple(out)


def calls_as_of(session: Session, counter_id: int, at: datetime) -> tuple:
    from .calls import _info

    rows = list(session.scalars(select(PhoneCall).where(
        PhoneCall.counter_id == counter_id, PhoneCall.recorded_at <= at).order_by(PhoneCall.id)))
    billed = _billed_at(session, "phone_call", [r.id for r in rows], at, "call")
    out = []
    for r in rows:
        running = r.ended_at is None or r.ended_at > at
        if not running and (r.status == "cancelled" or r.id in billed or (
                r.billed_at is not None and r.billed_at <= at and not _audited(session, "phone_call", r.id))):
            continue
        info = _info(session, r)
        out.append(replace(info, status="running", ended_at=None, seconds=None) if running
                   else replace(info, status="ended"))
    return tuple(out)


def _audited(session: Session, entity: str, entity_id: int) -> bool:
    """Whether the record's billing is in the audit trail at all (rows written by bulk tools are not)."""
    return session.scalar(select(AuditEntry.id).where(AuditEntry.entity == entity,
                                                      AuditEntry.entity_id == entity_id,
                                                      AuditEntry.action.like("%billed")).limit(1)) is not None


def rack_as_of(session: Session, counter_id: int, at: datetime) -> tuple:
    from .fax_rack import RackFax, rack_days
    from .settings import load_settings

    tz, days = load_settings(session).tz, rack_days(session)
    rows = session.execute(
        select(FaxIn, Staff.name).join(Staff, Staff.id == FaxIn.racked_by)
        .where(FaxIn.counter_id == counter_id, FaxIn.racked_at.is_not(None), FaxIn.racked_at <= at,
               _later(FaxIn.matched_at, at), _later(FaxIn.delivered_at, at), _later(FaxIn.archived_at, at))
        .order_by(FaxIn.received_at, FaxIn.id))
    out = []
    for fax, clerk in rows:
        age = max(at - fax.received_at, timedelta(0))
        out.append(RackFax(fax.id, fax.received_at.astimezone(tz), clerk, fax.written_name, fax.written_room,
                           fax.sender, fax.pages, age, age > timedelta(days=days)))
    return tuple(out)


def equipment_out_as_of(session: Session, at: datetime) -> tuple:
    from .rental_calendar import view

    rows = session.scalars(select(RentalBooking).where(
        RentalBooking.service == "equipment", RentalBooking.handed_out_at.is_not(None),
        RentalBooking.handed_out_at <= at, _later(RentalBooking.returned_at, at)).order_by(RentalBooking.ends_at))
    return tuple(replace(v, status="out", returned_at=None) for v in (view(session, b) for b in rows))


def deposits_as_of(session: Session, at: datetime) -> tuple:
    from .deposits import HeldDeposit

    rows = session.execute(
        select(RentalDeposit, RentalBooking).join(RentalBooking, RentalBooking.id == RentalDeposit.booking_id)
        .where(RentalDeposit.taken_at <= at, _later(RentalDeposit.returned_at, at)).order_by(RentalDeposit.taken_at))
    return tuple(HeldDeposit(b.id, b.party_name, b.item, d.method, d.amount_minor, d.taken_at) for d, b in rows)


def faults_as_of(session: Session, at: datetime) -> tuple:
    from .equipment import Fault

    rows = session.execute(select(EquipmentFault, Staff.name).join(Staff, Staff.id == EquipmentFault.reported_by)
                           .where(EquipmentFault.reported_at <= at, _later(EquipmentFault.cleared_at, at))
                           .order_by(EquipmentFault.reported_at))
    return tuple(Fault(f.id, f.device, f.note, f.reported_at, name) for f, name in rows)


def handover_lists(session: Session, counter_id: int, at: datetime) -> HandoverLists:
    """Everything the handover lists, as it stood at `at`."""
    return HandoverLists(at, internet_as_of(session, counter_id, at), calls_as_of(session, counter_id, at),
                         rack_as_of(session, counter_id, at), equipment_out_as_of(session, at),
                         deposits_as_of(session, at), faults_as_of(session, at))
