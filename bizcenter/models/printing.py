"""Printers configured per counter and the persistent print queue.

A print job is written in its own transaction after the sale it prints, so a printer that is off,
unplugged or out of paper never loses or blocks a sale: the job waits (`queued`/`failed`) with its
last error until a retry or the drain prints it. Jobs are kept as the record of what was printed.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime  # noqa: F401

PRINTER_KINDS = ("network", "usb", "serial", "file")
ENCODINGS = ("gb18030", "big5", "plain", "raster")
JOB_STATUSES = ("queued", "printing", "done", "failed")


class Printer(Base):
    """The receipt printer of one counter (role 'receipt'); `address` is host:port, vid:pid, a device or a file."""

    __tablename__ = "printer"
    __table_args__ = (
        UniqueConstraint("counter_id", "role"),
        CheckConstraint("kind IN ('network','usb','serial','file')", name="kind"),
        CheckConstraint("encoding IN ('gb18030','big5','plain','raster')", name="encoding"),
        CheckConstraint("paper_mm IN (58, 80)", name="paper"),
        CheckConstraint("timeout_s > 0 AND timeout_s <= 120", name="timeout"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    role: Mapped[str] = mapped_column(String(20), default="receipt")
    kind: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(200))
    paper_mm: Mapped[int] = mapped_column(default=80)
    encoding: Mapped[str] = mapped_column(String(10), default="gb18030")
    logo_path: Mapped[str | None] = mapped_column(String(400))
    drawer_kick: Mapped[bool] = mapped_column(default=False)
    check_paper: Mapped[bool] = mapped_column(default=False)  # ask the paper sensor first (printers that answer)
    timeout_s: Mapped[int] = mapped_column(default=8)
    enabled: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class PrintJob(Base):
    """One slip to print: what (`kind` + `sale_id` or `args`), where, and how far it got."""

    __tablename__ = "print_job"
    __table_args__ = (
        CheckConstraint("status IN ('queued','printing','done','failed')", name="status"),
        CheckConstraint("attempts >= 0", name="attempts"),
        Index("ix_print_job_counter_status", "counter_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    printer_id: Mapped[int | None] = mapped_column(ForeignKey("printer.id"))
    kind: Mapped[str] = mapped_column(String(20))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"), index=True)
    args: Mapped[dict] = mapped_column(default=dict)
    copy: Mapped[bool] = mapped_column(default=False)
    title: Mapped[str] = mapped_column(String(200))  # what the clerk sees in the queue, e.g. "收据 Receipt C1-000012"
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
