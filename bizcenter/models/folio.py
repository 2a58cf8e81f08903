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


class ExportBatch(Base):
    """One hand-over of room charges to the front office, as written (a file or a stream).

    Written before anyone knows whether it arrived; its postings count as exported only once the
    batch is confirmed (`PostingExport`): by the close that wrote its file durably, or by the
    receiver (`export-postings --confirm BATCH`)."""

    __tablename__ = "export_batch"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # FO000012
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: the scheduled feed
    business_date: Mapped[date | None] = mapped_column(Date)  # the day asked for; None: every day
    postings: Mapped[int]
    total_minor: Mapped[int]
    target: Mapped[str] = mapped_column(String(400))  # the file written, or "stdout"


class ExportBatchPosting(Base):
    """The postings one batch carries (the same posting may be in several unconfirmed batches)."""

    __tablename__ = "export_batch_posting"
    __table_args__ = (Index("ix_export_batch_posting_posting_id", "posting_id"),)

    batch_id: Mapped[str] = mapped_column(ForeignKey("export_batch.id"), primary_key=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id"), primary_key=True)


class PostingExport(Base):
    """A posting the front office has received: in exactly one confirmed batch (the primary key),
    written without touching the posting."""

    __tablename__ = "posting_export"

    posting_id: Mapped[int] = mapped_column(ForeignKey("posting.id"), primary_key=True)
    batch: Mapped[str] = mapped_column(String(40))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the batch was confirmed


class ExportConfirmation(Base):
    """A batch arrived: its file was written durably by the close, or its receiver said so. Once."""

    __tablename__ = "export_confirmation"

    batch_id: Mapped[str] = mapped_column(ForeignKey("export_batch.id"), primary_key=True)
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: the scheduled feed
