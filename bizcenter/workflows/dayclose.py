"""Day close (日结): the one close of a business day, for the back office, `bizcenter close-day`, the
simulator and the bench alike. No flag skips a rule; a refusal writes nothing.

The day closes only when it reconciles:
- every shift of the day is closed;
- every cash variance is accepted by a supervisor who is not the shift's clerk (over the limit at the
  shift close, the rest at the day close: `reconcile.approve_variance`);
- every room-charge voucher is ticked as in hand, or the missing ones are explained in a note (the
  close names them);
- every room charge of the day is in a confirmed export batch — or the close exports the rest itself,
  writing their file durably into a folder and confirming that batch (`exports`);
- a day after the hotel's today cannot be closed, and closing today, while it is still running,
  needs the supervisor's confirmation: afterwards no counter can open a shift until tomorrow.

Writing the BusinessDay row is what locks the day: from then on the database refuses new sales,
shifts or postings dated that day. The row keeps the day's totals and the three-way figures (ledger ↔
ledger, ledger ↔ vouchers, ledger ↔ cash) as they stood at the close, which `verify` checks later, and
the ledger chain's head at the close beside the previous close's head, so a close shows whether the
chain still holds what was there the day before (`chain.checkpoints`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Date, bindparam, func, select
from sqlalchemy.orm import Session

from ..chain import checkpoints
from ..errors import NotAllowed
from ..models import (BusinessDay, Counter, ExportBatchPosting, ExportConfirmation, Posting, PostingExport, Shift,
                      Staff, utcnow)
from ..models.backoffice import VarianceApproval, VoucherCheck
from . import audit, exports
from .reports import daily_report
from .settings import load_settings
from .staff import require_role
from .still_running import RunningDay, running_day as running_day_of
from .companies import charged_on


_sh, _day = Shift.__table__.c, bindparam("day", type_=Date)
_SHIFTS = select(  # closed already? shifts still open? the day's shifts, their variance and counted cash, in one read
    select(BusinessDay.__table__.c.business_date).where(BusinessDay.__table__.c.business_date == _day)
    .scalar_subquery(),
    func.count().filter(_sh.status != "closed"), func.count(), func.coalesce(func.sum(_sh.variance_minor), 0),
    func.coalesce(func.sum(_sh.counted_minor - _sh.float_minor), 0),
).where(_sh.business_date == _day)
_va, _po, _vc = VarianceApproval.__table__.c, Posting.__table__.c, VoucherCheck.__table__.c
_UNAPPROVED = (  # variances no supervisor accepted, at the shift close or since
    select(Counter.__table__.c.code, Staff.__table__.c.name, _sh.variance_minor)
    .join_from(Shift.__table__, Counter.__table__, Counter.__table__.c.id == _sh.counter_id)
    .join(Staff.__table__, Staff.__table__.c.id == _sh.clerk_id)
    .where(_sh.business_date == _day, _sh.variance_minor != 0, _sh.variance_approved_by.is_(None),
           ~select(_va.shift_id).where(_va.shift_id == _sh.id).exists())
    .order_by(_sh.opened_at, _sh.id))
_VOUCHERS = (  # the day's postings: voucher, amount, ticked?, exported?
    select(_po.voucher_no, _po.amount_minor, _vc.posting_id.is_not(None),
           select(PostingExport.__table__.c.posting_id).where(PostingExport.__table__.c.posting_id == _po.id)
           .exists())
    .outerjoin(VoucherCheck.__table__, _vc.posting_id == _po.id).where(_po.business_date == _day)
    .order_by(_po.voucher_no))
_BATCHES = (  # the confirmed batches that carried the day's room charges
    select(ExportConfirmation.__table__.c.batch_id).distinct()
    .join(ExportBatchPosting.__table__, ExportBatchPosting.__table__.c.batch_id
          == ExportConfirmation.__table__.c.batch_id)
    .join(Posting.__table__, _po.id == ExportBatchPosting.__table__.c.posting_id)
    .where(_po.business_date == _day).order_by(ExportConfirmation.__table__.c.batch_id))


@dataclass(frozen=True)
class DayClosed:
    business_date: date
    shifts: int
    total_minor: int
    variance_minor: int
    missing: tuple[str, ...] = ()  # voucher numbers not in hand, explained by the note
    batch: str | None = None  # the batch the close itself exported and confirmed, if any
    export_path: str | None = None  # its durably written file
    exported: int = 0  # postings in that batch
    figures: dict = field(default_factory=dict)  # the three-way figures kept with the close
    chain: dict = field(default_factory=dict)  # the chain's head at the close and the previous close's (kept)
    pms_unconfirmed: tuple = ()  # room charges the hotel's PMS had not confirmed at the close (pms/pending.py)

    @property
    def chain_head(self) -> str:
        """The chain's head at the close as printed ("#SEQ:HASH"), for `verify --head` later."""
        return checkpoints.printed(self.chain.get("head"))

    @property
    def previous_held(self) -> bool | None:
        """Does the chain still hold the previous close's head? None: no previous close kept one."""
        return (self.chain.get("previous") or {}).get("held")


def close_day(session: Session, supervisor_id: int, business_date: date, at: datetime | None = None, *,
              note: str = "", running_day: bool = False, export_folder: str | Path | None = None) -> DayClosed:
    """Close the day if it reconciles; `running_day` confirms closing the hotel's today while it runs,
    `export_folder` lets the close export (durably) the day's room charges not yet in a confirmed batch."""
    at = at or utcnow()
    require_role(session, supervisor_id)
    settings = load_settings(session)
    today = settings.business_date(at)
    if business_date > today:
        raise NotAllowed("day_not_begun", "营业日 {d} 还没有开始，不能日结（今天是 {t}）",
                         "Business day {d} has not begun yet (today is {t}); it cannot be closed",
                         d=business_date.isoformat(), t=today.isoformat())
    from .shift import day_lock

    day_lock(session)
    conn = session.connection()
    closed, open_count, shifts, variance, counted = conn.execute(_SHIFTS, {"day": business_date}).one()
    if closed is not None:
        raise NotAllowed("day_already_closed", "营业日 {d} 已日结", "Business day {d} is already closed",
                         d=business_date.isoformat())
    if open_count:
        raise NotAllowed("shifts_open", "还有 {n} 个班次未结班，不能日结",
                         "{n} shift(s) of that day are still open; close them first", n=open_count)
    unapproved = conn.execute(_UNAPPROVED, {"day": business_date}).all()
    if unapproved:
        raise NotAllowed("variance_unapproved", "还有 {n} 个班次的现金差异未批准（{shifts}），须由另一位领班填写原因批准",
                         "{n} shift(s) have a cash variance not yet approved ({shifts}); another supervisor "
                         "approves each with a reason", n=len(unapproved),
                         shifts=", ".join(f"{code} {clerk} {v:+d}" for code, clerk, v in unapproved))
    vouchers = conn.execute(_VOUCHERS, {"day": business_date}).all()
    missing = tuple(no for no, _, ticked, _ in vouchers if not ticked)
    note = (note or "").strip()
    if missing and not note:
        raise NotAllowed("vouchers_missing", "缺少 {n} 张签单（{nos}），请填写说明后再日结",
                         "{n} signed voucher(s) missing ({nos}); write a note before closing",
                         n=len(missing), nos=", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""))
    unexported = sum(not exported for *_, exported in vouchers)
    if unexported and export_folder is None:
        raise NotAllowed("postings_unexported",
                         "该日还有 {n} 笔挂房帐未在已确认的导出批次中：先导出并确认（export-postings，再 --confirm），"
                         "或在日结时指定导出文件夹",
                         "{n} room charge(s) of that day are in no confirmed export batch: export and confirm them "
                         "(export-postings, then --confirm), or close with an export folder", n=unexported)
    if business_date == today and not running_day:
        raise running_day_refusal(running_day_of(session, business_date, at))
    batch = path = None
    exported = 0
    if unexported:
        batch, path, exported = _export(session, supervisor_id, business_date, Path(export_folder), at)
    report = daily_report(session, business_date, by_clerk=False)
    from ..pms.pending import pending

    pms_pending = pending(session, business_date)
    by_payment = {r.key: r.amount_minor for r in report.by_payment}
    figures = three_way(report.total_minor, by_payment, vouchers, counted, note, missing,
                        charged_on(session, business_date))
    summary = {
        "shifts": shifts, "variance_minor": variance, "sales": report.sales_count, "voids": report.voids_count,
        "refunds": report.refunds_count, "total_minor": report.total_minor,
        "by_payment": by_payment, "by_service": {r.key: r.amount_minor for r in report.by_service},
        "three_way": figures, "batches": list(conn.execute(_BATCHES, {"day": business_date}).scalars()),
        "running_day": business_date == today,
        "chain": checkpoints.at_close(session),  # the chain's head now, and whether the previous close's still holds
        # not confirmed by the hotel's PMS at the close: kept, so the front office can be asked about each
        "pms_unconfirmed": [{"seq": p.seq, "business_date": p.business_date.isoformat(), "room": p.room,
                             "guest_name": p.guest_name, "amount_minor": p.amount_minor, "state": p.state}
                            for p in pms_pending],
    }
    session.add(BusinessDay(business_date=business_date, closed_at=at, closed_by=supervisor_id, summary=summary))
    audit.record(session, "day_closed", staff_id=supervisor_id, entity="business_day", at=at,
                 business_date=business_date.isoformat(), total=report.total_minor, missing=list(missing),
                 note=note or None, cash_variance=figures["cash_variance_minor"], batch=batch,
                 running_day=business_date == today)
    return DayClosed(business_date, shifts, report.total_minor, variance, missing, batch, path, exported, figures,
                     summary["chain"], pms_pending)


def three_way(total: int, by_payment: dict, vouchers, counted: int, note: str = "",
              missing: tuple[str, ...] = (), account_charges: int = 0) -> dict:
    """The figures a supervisor signs for (the back office shows the same as `reconcile.DayCheck`), as
    kept in the closed day's summary: ledger ↔ ledger, ledger ↔ vouchers, ledger ↔ cash."""
    cash = by_payment.get("cash", 0)
    return {
        "ledger_total_minor": total,
        "ledger_room_minor": by_payment.get("room", 0), "postings_minor": sum(v[1] for v in vouchers),
        "vouchers": len(vouchers), "vouchers_ticked": sum(bool(v[2]) for v in vouchers),
        "vouchers_ticked_minor": sum(v[1] for v in vouchers if v[2]),
        "missing_vouchers": list(missing), "missing_note": note or None,
        "ledger_cash_minor": cash, "counted_cash_minor": counted, "cash_variance_minor": counted - cash,
        # company accounts: signed for, not cash in the drawer; the sales' figure against the account ledger's
        "ledger_account_minor": by_payment.get("account", 0), "account_charges_minor": account_charges,
        # QR wallets: each wallet's figure, to match against what that wallet settles to the hotel
        "ledger_qr_minor": {k: v for k, v in sorted(by_payment.items()) if k.startswith("qr_")},
    }


def running_day_refusal(day: RunningDay) -> NotAllowed:
    """The confirmation a front end asks for, as a refusal naming the consequence and what still runs."""
    running_zh = "；".join(day.running.lines("zh")).replace(":；", "：") or "无"
    running_en = "; ".join(day.running.lines("en")).replace(":;", ":") or "nothing"
    return NotAllowed("day_still_running",
                      "营业日 {d} 是今天，还在进行中。日结后，直到 {opens} 任何柜台都不能开班。仍在进行：{running_zh}。确认后才能日结",
                      "Business day {d} is today and still running. Once it is closed, no counter can open a shift "
                      "until {opens}. Still running: {running_en}. Confirm to close it now",
                      d=day.business_date.isoformat(), opens=day.reopens, running_zh=running_zh,
                      running_en=running_en, running=day)


def _export(session: Session, staff_id: int, business_date: date, folder: Path, at: datetime):
    """The day's room charges not yet exported: a batch, its file written durably, the batch confirmed."""
    from ..fileperms import private_dir
    from .frontoffice import export_postings

    try:
        private_dir(folder, tighten=False)
    except OSError as exc:
        raise exports.write_refusal(folder, exc) from None
    result = export_postings(session, staff_id, business_date, target=str(folder), at=at)
    path = folder / f"room-charges-{business_date.isoformat()}-{result.batch}.csv"
    exports.write_durably(path, result.csv_bytes())
    confirmed = exports.confirm_batch(session, staff_id, result.batch, at)
    return result.batch, str(path), confirmed.postings
