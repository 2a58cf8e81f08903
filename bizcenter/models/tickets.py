"""Air-ticket orders: passengers, segments, fares, state history and disruptions.

An order moves enquiry → reserved → paid → issued → delivered (→ changed, refunded) or is cancelled;
every move is a `TicketEvent` row (who, when, from, to), never an overwritten fact. Money is not
kept here: `TicketCharge` points at the sale lines that collected it (and at their reversals), so
the ledger stays the one place money lives.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime
from .sealing import Sealed

ORDER_STATES = ("enquiry", "reserved", "paid", "issued", "delivered", "changed", "refunded", "cancelled")
_STATES_SQL = ",".join(f"'{s}'" for s in ORDER_STATES)


class TicketOrder(Base):
    """One booking request with the contracted agency, for one or more passengers on one itinerary.

    `pending` names the bill the guest owes now (booking, change or refund_fee) with its amounts; the
    settle hook clears it once the lines of its `round` are paid in full.
    """

    __tablename__ = "ticket_order"
    __table_args__ = (
        CheckConstraint(f"state IN ({_STATES_SQL})", name="state"),
        CheckConstraint("pay_method IN ('cash','card','room')", name="pay_method"),
        CheckConstraint("pending IS NULL OR pending IN ('booking','change','refund_fee')", name="pending"),
        Index("ix_ticket_order_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(String(12), default="enquiry")
    contact_name: Mapped[str] = mapped_column(String(200))
    contact_phone: Mapped[str] = mapped_column(String(20))  # E.164, checked with phonenumbers
    room: Mapped[str | None] = mapped_column(String(10))
    pay_method: Mapped[str] = mapped_column(String(5))  # how the guest means to pay: card is taken at delivery
    kind: Mapped[str] = mapped_column(String(15))  # domestic | international: the fee option
    agency: Mapped[str] = mapped_column(String(100))
    pnr: Mapped[str | None] = mapped_column(String(10))
    fare_minor: Mapped[int]
    taxes_minor: Mapped[int]
    notes: Mapped[str | None] = mapped_column(Text)  # special needs: meals, wheelchair, seats
    round: Mapped[int] = mapped_column(default=0)  # bumped for each bill the order asks for
    pending: Mapped[str | None] = mapped_column(String(12))
    pending_fee_kind: Mapped[str | None] = mapped_column(String(15))  # ticket_fee option, None: no fee line
    pending_fare_minor: Mapped[int] = mapped_column(default=0)
    pending_taxes_minor: Mapped[int] = mapped_column(default=0)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # card orders: ticket reached the counter
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ids_erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TicketPassenger(Base):
    __tablename__ = "ticket_passenger"
    __table_args__ = (CheckConstraint("id_type IN ('id_card','passport','other')", name="id_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("ticket_order.id"), index=True)
    seq: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))  # as on the request form
    id_name: Mapped[str] = mapped_column(String(200))  # as read from the ID; must match `name`
    id_type: Mapped[str] = mapped_column(String(10))
    id_number: Mapped[str | None] = mapped_column(Sealed())  # sealed at rest; None once erased after the retention
    id_expiry: Mapped[date] = mapped_column(Date)
    ticket_no: Mapped[str | None] = mapped_column(String(20))


class TicketSegment(Base):
    """One flight; a change replaces the active segments with new ones (the old stay, 'replaced')."""

    __tablename__ = "ticket_segment"
    __table_args__ = (
        CheckConstraint("status IN ('pending','active','replaced')", name="status"),
        CheckConstraint("cabin IN ('economy','premium','business','first')", name="cabin"),
        Index("ix_ticket_segment_departs_at", "departs_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("ticket_order.id"), index=True)
    seq: Mapped[int]
    airline: Mapped[str] = mapped_column(String(3))
    flight_no: Mapped[str] = mapped_column(String(8))
    origin: Mapped[str] = mapped_column(String(3))
    destination: Mapped[str] = mapped_column(String(3))
    departs_at: Mapped[datetime] = mapped_column(UTCDateTime)  # entered as local time at the origin airport
    cabin: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="active")
    round: Mapped[int] = mapped_column(default=0)  # the change round that added it


class TicketEvent(Base):
    """The order's timeline: every state change and every fact worth telling the guest about."""

    __tablename__ = "ticket_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("ticket_order.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(20))
    state_from: Mapped[str | None] = mapped_column(String(12))
    state_to: Mapped[str | None] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(Text)


class TicketCharge(Base):
    """A sale line that collected money for the order (fee or fare), and its reversal if any."""

    __tablename__ = "ticket_charge"
    __table_args__ = (
        CheckConstraint("purpose IN ('booking','change','refund_fee')", name="purpose"),
        CheckConstraint("service IN ('ticket_fee','ticket_fare')", name="service"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("ticket_order.id"), index=True)
    round: Mapped[int]
    purpose: Mapped[str] = mapped_column(String(12))
    service: Mapped[str] = mapped_column(String(12))
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), index=True)
    line_no: Mapped[int]
    amount_minor: Mapped[int]
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reversal_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TicketDisruption(Base):
    """A delay or cancellation of one segment, and when and how the guest was told."""

    __tablename__ = "ticket_disruption"
    __table_args__ = (CheckConstraint("kind IN ('delay','cancellation')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("ticket_order.id"), index=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("ticket_segment.id"))
    kind: Mapped[str] = mapped_column(String(12))
    old_departs_at: Mapped[datetime] = mapped_column(UTCDateTime)  # as booked before this disruption
    new_departs_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notified_how: Mapped[str | None] = mapped_column(String(20))
    notified_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
