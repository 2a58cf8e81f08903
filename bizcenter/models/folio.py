"""In-house stays (fed from the front office) and the room-charge postings to their folios."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime


class Stay(Base):
    __tablename__ = "stay"
    __table_args__ = (
        CheckConstraint("status IN ('in_house','checked_out')", name="status"),
        Index("ix_stay_room_status", "room", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room: Mapped[str] = mapped_column(String(10))
    arrival: Mapped[date] = mapped_column(Date)
    departure: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="in_house")
    vip: Mapped[bool] = mapped_column(default=False)
    no_post: Mapped[bool] = mapped_column(default=False)
    credit_limit_minor: Mapped[int | None]
    external_ref: Mapped[str | None] = mapped_column(String(40), unique=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    guests: Mapped[list["StayGuest"]] = relationship(
        back_populates="stay", cascade="all, delete-orphan", order_by="StayGuest.id"
    )


class StayGuest(Base):
    """A guest name on a stay; `name_key` is the case-, accent- and space-folded form we match on."""

    __tablename__ = "stay_guest"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)

    stay: Mapped[Stay] = relationship(back_populates="guests")


class Posting(Base):
    """A charge (or its reversal, negative) on a stay's folio; one per room-charge payment."""

    __tablename__ = "posting"
    __table_args__ = (Index("ix_posting_business_date", "business_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), index=True)
    room: Mapped[str] = mapped_column(String(10))
    guest_name: Mapped[str] = mapped_column(String(200))
    voucher_no: Mapped[str] = mapped_column(String(30))
    amount_minor: Mapped[int]
    business_date: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PostingExport(Base):
    """Which postings went to the front office in which export, without touching the posting."""

    __tablename__ = "posting_export"

    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id"), primary_key=True)
    batch: Mapped[str] = mapped_column(String(40))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
