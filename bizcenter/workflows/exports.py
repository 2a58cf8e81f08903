"""Room charges leave once, and only when they have arrived: export batches and their confirmation.

An export writes a batch (`ExportBatch`: what was written, the postings it carries) but marks nothing.
A posting counts as exported (`PostingExport`, one row per posting: it is in exactly one confirmed
batch) only when its batch is confirmed — by whoever wrote the batch's file durably (`write_durably`:
temporary file in the same folder, fsync, rename, fsync of the folder), or, for a stream, by the
receiver (`bizcenter export-postings --confirm BATCH`). A batch never confirmed is simply exported
again: the next export carries the same postings (the same batch while nothing has changed).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import ExportBatch, ExportBatchPosting, ExportConfirmation, PostingExport, utcnow
from ..money import plain
from . import audit
from .numbers import next_number

EXPORT_SEQUENCE = "posting_export"
STREAM = "stdout"


@dataclass(frozen=True)
class Confirmed:
    batch: str
    postings: int
    total_minor: int


def new_batch(session: Session, staff_id: int | None, postings: list[tuple[int, int]], business_date: date | None,
              target: str, at: datetime) -> str:
    """The batch carrying these (posting id, amount) pairs: the newest unconfirmed batch when it carries
    exactly these postings (an export repeated before anyone confirmed), else a new one."""
    ids = sorted(pid for pid, _ in postings)
    last = session.scalar(select(ExportBatch.id).outerjoin(ExportConfirmation, ExportConfirmation.batch_id
                                                           == ExportBatch.id)
                          .where(ExportConfirmation.batch_id.is_(None)).order_by(ExportBatch.id.desc()).limit(1))
    if last is not None and sorted(session.scalars(
            select(ExportBatchPosting.posting_id).where(ExportBatchPosting.batch_id == last))) == ids:
        return last
    batch = f"FO{next_number(session, EXPORT_SEQUENCE):06d}"
    session.add(ExportBatch(id=batch, created_at=at, created_by=staff_id, business_date=business_date,
                            postings=len(ids), total_minor=sum(a for _, a in postings), target=target[:400]))
    session.flush()
    session.add_all(ExportBatchPosting(batch_id=batch, posting_id=pid) for pid in ids)
    session.flush()
    audit.record(session, "export_batch_written", staff_id=staff_id, entity="export_batch", at=at, batch=batch,
                 postings=len(ids), target=target[:200],
                 business_date=business_date.isoformat() if business_date else None)
    return batch


def confirm_batch(session: Session, staff_id: int | None, batch: str, at: datetime | None = None) -> Confirmed:
    """The batch arrived: mark its postings exported. Refused for a batch confirmed already, and for a
    stale one (some of its postings arrived since in another batch: export again)."""
    at = at or utcnow()
    row = session.get(ExportBatch, (batch or "").strip().upper())
    if row is None:
        raise NotFound("no_such_batch", "没有批次 {batch}", "No export batch {batch}", batch=batch)
    if session.get(ExportConfirmation, row.id) is not None:
        raise NotAllowed("batch_confirmed", "批次 {batch} 已确认过，其挂帐已标记为已导出",
                         "Batch {batch} was confirmed already; its postings are marked exported", batch=row.id)
    ids = list(session.scalars(select(ExportBatchPosting.posting_id).where(ExportBatchPosting.batch_id == row.id)))
    taken = session.execute(select(PostingExport.batch, func.count()).where(PostingExport.posting_id.in_(ids))
                            .group_by(PostingExport.batch)).all() if ids else []
    if taken:
        raise NotAllowed("batch_stale", "批次 {batch} 已过期：其中 {n} 笔挂帐已随批次 {other} 确认；未标记任何内容，请重新导出",
                         "Batch {batch} is stale: {n} of its postings arrived in batch {other}; nothing was marked, "
                         "export again", batch=row.id, n=sum(n for _, n in taken),
                         other=", ".join(b for b, _ in taken))
    session.add(ExportConfirmation(batch_id=row.id, confirmed_at=at, confirmed_by=staff_id))
    session.add_all(PostingExport(posting_id=pid, batch=row.id, exported_at=at) for pid in ids)
    try:
        session.flush()
    except IntegrityError:  # another confirmation of the same postings won the race
        raise NotAllowed("export_in_progress", "另一导出正在确认同样的挂帐，请稍后重试",
                         "Another export is confirming the same postings; try again in a moment") from None
    audit.record(session, "postings_exported", staff_id=staff_id, entity="posting_export", at=at, batch=row.id,
                 postings=len(ids), total_minor=row.total_minor)
    return Confirmed(row.id, len(ids), row.total_minor)


def write_durably(target: Path, data: bytes) -> Path:
    """Whole file or none, and on the disk before anything is marked: a temporary file beside the
    target, written and fsynced, renamed over it, then the folder fsynced so the rename survives a
    power cut. A full disk or any other failure removes the temporary file and refuses plainly."""
    target = Path(target)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        # 0600: guests' rooms and charges are for the owner of this login only (bizcenter.fileperms)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(part, target)
        _sync_folder(target.parent)
    except OSError as exc:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        raise write_refusal(target, exc) from None
    return target


def write_refusal(path: Path, exc: OSError) -> InvalidInput:
    """A file that could not be written, said plainly (a full disk is named as such)."""
    import errno

    full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    reason_zh = "磁盘已满" if full else (exc.strerror or str(exc))
    reason_en = "the disk is full" if full else (exc.strerror or str(exc))
    return InvalidInput("cannot_write", "无法写入文件 {path}：{reason_zh}；未标记任何挂帐为已导出",
                        "Cannot write {path}: {reason_en}; no posting was marked exported",
                        path=str(path), reason_zh=reason_zh, reason_en=reason_en)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to fsync it; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe(confirmed: Confirmed, currency: str = "CNY") -> tuple[str, str]:
    """The confirmation in both languages, for a front end to print."""
    total = plain(confirmed.total_minor, currency)
    return (f"批次 {confirmed.batch} 已确认：{confirmed.postings} 笔挂帐（合计 {total}）已标记为已导出",
            f"Batch {confirmed.batch} confirmed: {confirmed.postings} posting(s) (total {total}) marked exported")
