"""Fax jobs: outgoing sends with their result and free resends; incoming faxes and the rack.

A `FaxJob` is one transmission attempt. A resend is a new attempt that points at the failed one
(`resend_of_id`) and at the guest's first attempt (`original_id`): the chain is the guest's fax,
billed once, on the first attempt's row. A `FaxIn` is one received fax; its `status` says where the
paper is (with a guest, in the rack, delivered, archived) and each step keeps who and when.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

FAX_RESULTS = ("sent", "failed", "busy", "no_answer")
CHARGE_STATES = ("uncharged", "charged", "refunded")
FAX_IN_STATUSES = ("matched", "rack", "delivered", "archived")


class FaxJob(Base):
    __tablename__ = "fax_job"
    __table_args__ = (
        CheckConstraint("pages > 0", name="pages"),
        CheckConstraint("result IS NULL OR result IN ('sent','failed','busy','no_answer')", name="result"),
        CheckConstraint("charge_state IN ('uncharged','charged','refunded')", name="charge_state"),
        Index("ix_fax_job_original", "original_id"),
        Index("ix_fax_job_counter_created", "counter_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    number: Mapped[str] = mapped_column(String(40))  # as the guest wrote it (what the sale line is priced from)
    e164: Mapped[str] = mapped_column(String(20))
    region: Mapped[str] = mapped_column(String(3))
    country_zh: Mapped[str] = mapped_column(String(80))
    country_en: Mapped[str] = mapped_column(String(80))
    zone: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(200))
    sender: Mapped[str | None] = mapped_column(String(200))
    pages: Mapped[int]
    # the number and recipient were read back to the guest before sending (procedure.py); None: a fax sent
    # before the record kept it
    read_back: Mapped[bool | None]
    result: Mapped[str | None] = mapped_column(String(10))  # None while the machine is still sending
    failure_reason: Mapped[str | None] = mapped_column(Text)
    result_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resend_of_id: Mapped[int | None] = mapped_column(ForeignKey("fax_job.id"), unique=True)
    original_id: Mapped[int | None] = mapped_column(ForeignKey("fax_job.id"))
    charge_state: Mapped[str] = mapped_column(String(10), default="uncharged")
    charged_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    charged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disputed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disputed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    dispute_note: Mapped[str | None] = mapped_column(Text)


class FaxIn(Base):
    __tablename__ = "fax_in"
    __table_args__ = (
        CheckConstraint("pages > 0", name="pages"),
        CheckConstraint("status IN ('matched','rack','delivered','archived')", name="status"),
        CheckConstraint("charge_state IN ('uncharged','charged','refunded')", name="charge_state"),
        CheckConstraint("status <> 'rack' OR (racked_at IS NOT NULL AND stay_id IS NULL)", name="rack_state"),
        # delivered to a guest (stay) or, from the rack, to a visitor who showed an ID (collector_name)
        CheckConstraint("status NOT IN ('matched','delivered') OR stay_id IS NOT NULL OR collector_name IS NOT NULL",
                        name="guest_state"),
        Index("ix_fax_in_counter_status", "counter_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    pages: Mapped[int]
    legible: Mapped[bool]
    complete: Mapped[bool]
    written_name: Mapped[str] = mapped_column(String(200))
    written_room: Mapped[str | None] = mapped_column(String(10))
    sender: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))
    room: Mapped[str | None] = mapped_column(String(10))
    guest_name: Mapped[str | None] = mapped_column(String(200))
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    matched_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    racked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    racked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    notified_how: Mapped[str | None] = mapped_column(String(20))
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notified_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delivered_how: Mapped[str | None] = mapped_column(String(20))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    collector_name: Mapped[str | None] = mapped_column(String(200))  # a visitor (not staying) who collected it
    collector_id_last4: Mapped[str | None] = mapped_column(String(4))  # of the ID the clerk saw; never the whole number
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    archived_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    archive_reason: Mapped[str | None] = mapped_column(Text)
    charge_state: Mapped[str] = mapped_column(String(10), default="uncharged")
    charged_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    charged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
