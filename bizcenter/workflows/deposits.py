"""Rental deposits (押金): taken before a hand-over, given back at the return or the cancellation.

A deposit is not revenue and never enters a sale. A cash deposit goes into the deposit envelope kept
apart from the till, so the drawer's expected cash (float + cash sales) stays the shift's takings
alone and the blind count is not confused by money that belongs to the guest; `held` lists what the
envelope must contain, for the handover. A card deposit is the imprint's last four digits and its
approval code (the card rule of the counter applies: never a full card number).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed
from ..models import utcnow
from ..models.errands import RentalBooking, RentalDeposit
from . import audit
from .lines import check_card
from .rental_calendar import DepositView, booking_row, view
from .shift import current_shift
from .staff import Operator

MAX_DEPOSIT_MINOR = 10_000_000  # ¥100,000


@dataclass(frozen=True)
class HeldDeposit:
    booking_id: int
    party_name: str
    item: str
    method: str
    amount_minor: int
    taken_at: datetime


def take(session: Session, op: Operator, booking_id: int, method: str, amount_minor: int,
         card_last4: str | None = None, card_approval: str | None = None, at: datetime | None = None):
    at = at or utcnow()
    current_shift(session, op)
    b = booking_row(session, booking_id, lock=True)
    if b.status not in ("booked", "out"):
        raise NotAllowed("deposit_closed", "预订 {id} 已结束，不能再收押金", "Booking {id} is finished; no deposit can be taken",
                         id=b.id)
    if session.scalar(select(RentalDeposit.id).where(RentalDeposit.booking_id == b.id)) is not None:
        raise NotAllowed("deposit_taken", "预订 {id} 已收过押金", "A deposit is already held for booking {id}", id=b.id)
    if method not in ("cash", "card"):
        raise InvalidInput("deposit_method", "押金只收现金或信用卡", "A deposit is taken in cash or by card")
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or not 0 < amount_minor <= MAX_DEPOSIT_MINOR:
        raise InvalidInput("deposit_amount", "押金金额必须大于零", "The deposit must be more than zero")
    last4 = approval = None
    if method == "card":
        last4, approval = check_card(card_last4, card_approval)
    session.add(RentalDeposit(booking_id=b.id, method=method, amount_minor=amount_minor, card_last4=last4,
                              card_approval=approval, taken_at=at, taken_by=op.staff_id))
    session.flush()
    audit.record(session, "deposit_taken", staff_id=op.staff_id, counter_id=op.counter_id, entity="rental_booking",
                 entity_id=b.id, at=at, method=method, amount=amount_minor)
    return view(session, b)


def give_back(session: Session, op: Operator, booking_id: int, at: datetime):
    """Return the booking's deposit if one is held; the DepositView returned, or None."""
    d = session.scalar(select(RentalDeposit).where(RentalDeposit.booking_id == booking_id,
                                                   RentalDeposit.returned_at.is_(None)))
    if d is None:
        return None
    d.returned_at, d.returned_by = at, op.staff_id
    audit.record(session, "deposit_returned", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="rental_booking", entity_id=booking_id, at=at, method=d.method, amount=d.amount_minor)
    return DepositView(d.method, d.amount_minor, d.card_last4, d.taken_at, d.returned_at)


def held(session: Session) -> list[HeldDeposit]:
    """Deposits not yet given back: what the envelope (cash) and the imprints (card) must hold."""
    rows = session.execute(
        select(RentalDeposit, RentalBooking).join(RentalBooking, RentalBooking.id == RentalDeposit.booking_id)
        .where(RentalDeposit.returned_at.is_(None)).order_by(RentalDeposit.taken_at))
    return [HeldDeposit(b.id, b.party_name, b.item, d.method, d.amount_minor, d.taken_at) for d, b in rows]


def errands_consistent(session: Session) -> list[str]:
    """`verify`: a deposit is given back exactly when its booking is returned or cancelled (so the
    envelope holds what `held` lists), and a rental or courier record marked charged points at a
    standing sale (not a void or refund, not since reversed) — what the settle and reversal hooks keep."""
    from sqlalchemy import text as sql

    out = [f"booking {bid} ({status}): deposit {'given back' if back else 'still held'}" for bid, status, back in
           session.execute(sql("""
        SELECT b.id, b.status, d.returned_at IS NOT NULL
        FROM rental_deposit d JOIN rental_booking b ON b.id = d.booking_id
        WHERE (b.status IN ('returned','cancelled')) <> (d.returned_at IS NOT NULL)"""))]
    from .reversed_lines import REVERSED_LINE, line_given_back

    for table, what, key in (("rental_booking", "booking", "booking_id"),
                             ("courier_consignment", "consignment", "consignment_id")):
        # its own line voided or refunded (a refund may give back other lines of the sale); a booking billed in
        # parts is released by its first part's line
        given_back = line_given_back(session, "s.id", key, "r.id", first_part=key == "booking_id")
        out += [f"{what} {rid} is marked charged by sale {sid}, which is not a standing sale" for rid, sid in
                session.execute(sql(f"""WITH RECURSIVE {REVERSED_LINE}
            SELECT r.id, r.charge_sale_id FROM {table} r JOIN sale s ON s.id = r.charge_sale_id
            WHERE s.kind <> 'sale' OR {given_back}"""))]
    return out
