"""Courier consignments, and bookings of meeting rooms and rentable equipment.

These are business records (业务记录), not ledger rows: their state moves on (sent → delivered,
booked → out → returned), each move stamped with who and when and written to the audit trail. The
money lives in the sale that settles them (`charge_sale_id`), never here.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class CourierConsignment(Base):
    """One waybill handed to a carrier at the counter (快递). A waybill number is unique per carrier."""

    __tablename__ = "courier_consignment"
    __table_args__ = (
        UniqueConstraint("carrier", "waybill_no", name="uq_courier_consignment_carrier_waybill"),
        CheckConstraint("status IN ('sent','delivered')", name="status"),
        CheckConstraint("sender_kind IN ('guest','walk_in')", name="sender_kind"),
        CheckConstraint("grams > 0", name="grams"),
        Index("ix_courier_consignment_status", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier: Mapped[str] = mapped_column(String(10))
    waybill_no: Mapped[str] = mapped_column(String(40))
    sender_kind: Mapped[str] = mapped_column(String(10))
    sender_name: Mapped[str] = mapped_column(String(200))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))
    room: Mapped[str | None] = mapped_column(String(10))
    sender_phone: Mapped[str | None] = mapped_column(String(30))
    recipient: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(Text)
    destination: Mapped[str] = mapped_column(String(10))  # tariff zone: local / domestic / intl_*
    grams: Mapped[int]
    quoted_minor: Mapped[int]
    sender_copy: Mapped[bool]
    status: Mapped[str] = mapped_column(String(10))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delivery_note: Mapped[str | None] = mapped_column(Text)
    charge_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    charged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

RENTALS = ("meeting_room", "equipment")  # the services booked on the rental calendar (the column's check)


class RentalBooking(Base):
    """A slot of a meeting room or of rentable equipment (会议室、会议设备出租), for a guest or a visitor.

    `item` is the price list's option key (boardroom, projector…); `units` is how many pieces of
    that item (always 1 for a room). booked → out (handed over) → returned, or booked → cancelled.
    """

    __tablename__ = "rental_booking"
    __table_args__ = (
        CheckConstraint("service IN ('meeting_room','equipment')", name="service"),
        CheckConstraint("status IN ('booked','out','returned','cancelled')", name="status"),
        CheckConstraint("party_kind IN ('guest','visitor')", name="party_kind"),
        CheckConstraint("ends_at > starts_at", name="slot"),
        CheckConstraint("units >= 1", name="units"),
        Index("ix_rental_booking_slot", "service", "item", "starts_at"),
        Index("ix_rental_booking_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service: Mapped[str] = mapped_column(String(20))
    item: Mapped[str] = mapped_column(String(40))
    units: Mapped[int]
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10))
    party_kind: Mapped[str] = mapped_column(String(10))
    party_name: Mapped[str] = mapped_column(String(200))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))
    room: Mapped[str | None] = mapped_column(String(10))
    company: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    handed_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handed_out_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    charge_params: Mapped[dict | None]  # the price request fixed at return (room+minutes / item+days+units)
    charge_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    charged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RentalDeposit(Base):
    """The deposit (押金) for one booking: not revenue, never in a sale. A cash deposit is kept in the
    deposit envelope, apart from the drawer, so the shift's expected cash does not include it; a
    card deposit is the card imprint's last four digits and approval code. One per booking."""

    __tablename__ = "rental_deposit"
    __table_args__ = (
        CheckConstraint("method IN ('cash','card')", name="method"),
        CheckConstraint("amount_minor > 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("rental_booking.id"), unique=True)
    method: Mapped[str] = mapped_column(String(10))
    amount_minor: Mapped[int]
    card_last4: Mapped[str | None] = mapped_column(String(4))
    card_approval: Mapped[str | None] = mapped_column(String(12))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
