"""The persistent print queue: a job is a row written after the sale, in its own transaction.

An attempt is three short steps so no transaction is open while a printer is slow: `claim` (mark
the job printing, count the attempt, build its slips from the database), the send (no database),
`finish` (done, or failed with the error the clerk sees). A failed or interrupted job waits for a
retry or for `waiting_jobs` + the drain; nothing about the sale depends on it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Sale, Shift, utcnow
from ..models.printing import Printer, PrintJob
from . import target
from .escpos_out import Slip
from .target import PrinterSpec

JOB_KINDS = ("receipt", "internet_slip", "fax_notice", "message_slip", "directory_slip", "x_slip", "z_slip", "lines")
JOB_KINDS += ("travel_slip",)  # a VIP travel movement for the driver or greeter
STALE_PRINTING = timedelta(minutes=2)  # a 'printing' job older than this was cut off (crash): try again


@dataclass(frozen=True)
class PrinterInfo:
    id: int | None  # None: the first-start wizard's printer, not saved in the printer table yet
    counter_id: int
    spec: PrinterSpec
    enabled: bool

    @property
    def url(self) -> str:
        return self.spec.url


@dataclass(frozen=True)
class JobInfo:
    id: int
    counter_id: int | None
    kind: str
    sale_id: int | None
    title: str
    copy: bool
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    last_attempt_at: datetime | None
    done_at: datetime | None
    printer_url: str | None = None


@dataclass(frozen=True)
class Work:
    """What a claimed job sends: the printer and the slips. `spec` None: no printer to send to."""

    job_id: int
    spec: PrinterSpec | None
    slips: tuple[Slip, ...]


# --- printers ----------------------------------------------------------------------------------------
def _spec(row: Printer) -> PrinterSpec:
    return PrinterSpec(row.kind, row.address, row.paper_mm, row.encoding, row.logo_path, row.drawer_kick,
                       row.timeout_s, row.check_paper)


def printer_for(session: Session, counter_id: int | None) -> PrinterInfo | None:
    """The counter's printer; before one is saved here, the first-start wizard's (setting `counter_printers`)."""
    if counter_id is None:
        return None
    row = session.scalar(select(Printer).where(Printer.counter_id == counter_id, Printer.role == "receipt"))
    if row is not None:
        return PrinterInfo(row.id, row.counter_id, _spec(row), row.enabled)
    from ..workflows.settings import load_settings

    counter = session.get(Counter, counter_id)
    wizard = (load_settings(session).values.get("counter_printers") or {}).get(counter.code if counter else "")
    if wizard and wizard.get("kind") in target.KINDS and wizard.get("address"):
        try:
            spec = PrinterSpec(wizard["kind"], wizard["address"])
            target.check(spec)
        except InvalidInput:
            return None
        return PrinterInfo(None, counter_id, spec, True)
    return None


def save_printer(session: Session, staff_id: int | None, counter_id: int, spec: PrinterSpec, enabled: bool = True,
                 at: datetime | None = None) -> PrinterInfo:
    from ..workflows import audit

    spec = spec.with_options(address=(spec.address or "").strip(), logo_path=(spec.logo_path or "").strip() or None)
    target.check(spec)
    if spec.logo_path:
        import os

        if not os.path.isfile(spec.logo_path):
            raise InvalidInput("no_logo", "找不到标志图片：{p}", "Logo image not found: {p}", p=spec.logo_path)
    if session.get(Counter, counter_id) is None:
        raise NotFound("no_such_counter", "柜台不存在", "No such counter")
    row = session.scalar(select(Printer).where(Printer.counter_id == counter_id, Printer.role == "receipt"))
    if row is None:
        row = Printer(counter_id=counter_id, role="receipt")
        session.add(row)
    row.kind, row.address, row.paper_mm, row.encoding = spec.kind, spec.address, spec.paper_mm, spec.encoding
    row.logo_path, row.drawer_kick, row.timeout_s, row.enabled = spec.logo_path, spec.drawer_kick, spec.timeout_s, enabled
    row.check_paper = spec.check_paper and spec.kind != "file"  # a file cannot answer
    row.updated_at, row.updated_by = at or utcnow(), staff_id
    session.flush()
    audit.record(session, "printer_saved", staff_id=staff_id, counter_id=counter_id, entity="printer",
                 entity_id=row.id, url=spec.url, encoding=spec.encoding, paper=spec.paper_mm)
    return PrinterInfo(row.id, row.counter_id, _spec(row), row.enabled)


# --- jobs --------------------------------------------------------------------------------------------
def _info(session: Session, job: PrintJob) -> JobInfo:
    printer = session.get(Printer, job.printer_id) if job.printer_id else None
    return JobInfo(job.id, job.counter_id, job.kind, job.sale_id, job.title, job.copy, job.status, job.attempts,
                   job.last_error, job.created_at, job.last_attempt_at, job.done_at,
                   (job.args or {}).get("printer_url") or (_spec(printer).url if printer else None))


def _title(session: Session, kind: str, sale_id: int | None, args: dict, copy: bool) -> str:
    if kind == "receipt":
        sale = session.get(Sale, sale_id) if sale_id else None
        if sale is None:
            raise NotFound("no_such_sale", "找不到该笔销售", "No such sale")
        code = session.get(Counter, sale.counter_id).code
        name = {"sale": "收据 Receipt", "void": "作废单 Void", "refund": "退款单 Refund"}[sale.kind]
        if any(p.method in ("room", "account") and p.amount_minor for p in sale_payments(session, sale.id)):
            name += " + 签单 voucher" if sale.kind == "sale" else " + 冲销签单 reversal voucher"
        text = f"{name} {code}-{sale.receipt_no:06d}"
    elif kind in ("x_slip", "z_slip"):
        if session.get(Shift, args.get("shift_id")) is None:
            raise NotFound(zh="班次不存在", en="No such shift")
        text = f"{'X' if kind == 'x_slip' else 'Z'} 报表 report, shift {args['shift_id']}"
    elif kind == "internet_slip":
        from ..workflows import internet

        info = internet.find(session, args.get("session_id"))  # NotFound before anything is queued
        text = f"上网登录 Internet login {info.account} {info.room or ''} {info.guest_name}"
    elif kind == "fax_notice":
        from ..workflows import fax_in

        view = fax_in.view(session, args.get("fax_id"))
        text = f"传真通知 Fax notice FAX-{view.id} {view.room or view.written_room or ''} {view.guest_name or view.written_name}"
    elif kind == "message_slip":
        from ..workflows import messages

        msg = messages.view(session, args.get("message_id"))
        text = f"留言条 Message slip {msg.ref} {msg.room} {msg.guest_name}"
    elif kind == "travel_slip":
        from ..workflows import travel_board

        mv = travel_board.view(session, args.get("movement_id"))
        text = f"接送单 Travel slip {mv.ref} {mv.flight} {mv.guest_name}"
    elif kind == "directory_slip":
        from ..workflows import directory

        entry = directory.view(session, args.get("entry_id"))
        text = f"城市指南 City guide {entry.name_zh} {entry.name_en}"
    else:
        text = args.get("title") or "打印 Print"
    return (text + (" 重印 COPY" if copy else ""))[:200]


def sale_payments(session: Session, sale_id: int):
    from ..models import Payment

    return session.scalars(select(Payment).where(Payment.sale_id == sale_id).order_by(Payment.seq)).all()


def enqueue(session: Session, *, counter_id: int | None, staff_id: int | None, kind: str, sale_id: int | None = None,
            args: dict | None = None, copy: bool = False, at: datetime | None = None) -> JobInfo:
    if kind not in JOB_KINDS:
        raise InvalidInput("bad_print_kind", "未知的打印内容：{k}", "Unknown print job kind: {k}", k=kind)
    args = dict(args or {})
    if kind == "lines" and not [str(x) for x in args.get("lines", ())]:
        raise InvalidInput("nothing_to_print", "没有要打印的内容", "Nothing to print")
    printer = printer_for(session, counter_id)
    job = PrintJob(counter_id=counter_id, printer_id=printer.id if printer else None, kind=kind, sale_id=sale_id,
                   args=args, copy=copy, title=_title(session, kind, sale_id, args, copy), status="queued",
                   attempts=0, created_at=at or utcnow(), created_by=staff_id)
    session.add(job)
    session.flush()
    return _info(session, job)


def _job(session: Session, job_id: int, lock: bool = False) -> PrintJob:
    job = session.get(PrintJob, job_id, with_for_update=lock) if isinstance(job_id, int) else None
    if job is None:
        raise NotFound("no_such_print_job", "找不到该打印任务", "No such print job")
    return job


def job_info(session: Session, job_id: int) -> JobInfo:
    return _info(session, _job(session, job_id))


def job_args(session: Session, job_id: int) -> dict:
    return dict(_job(session, job_id).args or {})


def claim(session: Session, job_id: int, spec: PrinterSpec | None = None, at: datetime | None = None) -> Work:
    """Mark the job printing and build its slips. `spec` overrides the counter's printer (the CLI)."""
    at = at or utcnow()
    job = _job(session, job_id, lock=True)  # two counters retrying the same job: one claims it
    if job.status == "done":
        raise NotAllowed("job_done", "此任务已打印；如需再打请用重印", "This job has printed; use Reprint for another copy")
    if job.status == "printing" and job.last_attempt_at and at - job.last_attempt_at < STALE_PRINTING:
        raise NotAllowed("job_printing", "此任务正在打印", "This job is printing now")
    if spec is None and (job.args or {}).get("printer_url"):  # queued by the CLI for a given printer
        a = job.args
        spec = target.parse_url(a["printer_url"], paper_mm=a.get("paper_mm"), encoding=a.get("encoding"),
                                timeout_s=a.get("timeout_s"), check_paper=a.get("check_paper"))
    printer = None
    if spec is None:
        printer = printer_for(session, job.counter_id)
        if printer is not None and printer.enabled:
            spec, job.printer_id = printer.spec, printer.id
    job.attempts += 1
    job.last_attempt_at = at
    if spec is None:
        job.status, job.last_error = "failed", (
            "本柜台的打印机已停用 / the counter's printer is switched off in its settings" if printer is not None
            else "未设置打印机 / no printer set up for this counter")
        return Work(job.id, None, ())
    job.status = "printing"
    first = job.attempts == 1
    from ..documents.slip import Paper  # the slip is laid out for this printer's columns and encoding

    return Work(job.id, spec, build_slips(session, job, Paper(spec.columns, spec.encoding), first_attempt=first))


def finish(session: Session, job_id: int, error: str | None, at: datetime | None = None) -> JobInfo:
    at = at or utcnow()
    job = _job(session, job_id)
    if error is None:
        job.status, job.done_at, job.last_error = "done", at, None
    else:
        job.status, job.last_error = "failed", error[:2000]
    return _info(session, job)


def jobs(session: Session, counter_id: int | None, search: str = "", include_done: bool = False,
         limit: int = 200) -> list[JobInfo]:
    """The counter's jobs, newest first: those waiting or failed, and the printed ones if asked."""
    q = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
    if counter_id is not None:
        q = q.where(PrintJob.counter_id == counter_id)
    if not include_done:
        q = q.where(PrintJob.status != "done")
    text = (search or "").strip()
    if text:
        q = q.where(or_(PrintJob.title.ilike(f"%{text}%"), PrintJob.last_error.ilike(f"%{text}%")))
    return [_info(session, j) for j in session.scalars(q)]


def receipt_queued(session: Session, sale_id: int) -> bool:
    """Has this sale's receipt been queued before (printed or not)? Then another print is a reprint."""
    return session.scalar(select(PrintJob.id).where(PrintJob.sale_id == sale_id, PrintJob.kind == "receipt")
                          .limit(1)) is not None


def waiting_receipt(session: Session, sale_id: int) -> PrintJob | None:
    """The sale's receipt job that has not printed yet, if any (print that one, not a second original)."""
    return session.scalar(select(PrintJob).where(PrintJob.sale_id == sale_id, PrintJob.kind == "receipt",
                                                 PrintJob.status != "done").order_by(PrintJob.id).limit(1))


def waiting_jobs(session: Session, counter_id: int | None = None, at: datetime | None = None) -> list[int]:
    """Jobs a drain should try: queued, failed, or printing for longer than a print can take."""
    at = at or utcnow()
    q = select(PrintJob).where(PrintJob.status != "done").order_by(PrintJob.id)
    if counter_id is not None:
        q = q.where(PrintJob.counter_id == counter_id)
    return [j.id for j in session.scalars(q)
            if j.status != "printing" or not j.last_attempt_at or at - j.last_attempt_at >= STALE_PRINTING]


# --- what each kind of job prints ---------------------------------------------------------------------
def build_slips(session: Session, job: PrintJob, width: int, first_attempt: bool = True) -> tuple[Slip, ...]:
    from ..documents import slip as layout
    from ..workflows.settings import load_settings

    settings = load_settings(session)
    hotel = (settings.hotel_name_zh, settings.hotel_name_en)
    args = job.args or {}
    if job.kind == "receipt":
        from ..workflows.receipts import load_receipt

        r = load_receipt(session, job.sale_id)
        cash = any(p.method == "cash" and p.amount_minor != 0 for p in r.payments)  # taken, or paid back
        slips = [Slip(tuple(layout.receipt_lines(r, hotel, width, copy=job.copy)),
                      kick_drawer=cash and first_attempt and not job.copy)]
        if layout.vouchers_due(r):  # a room charge's voucher, or a reversed one's reversal voucher
            for who in ("guest", "accounts"):
                slips.append(Slip(tuple(layout.voucher_lines(r, hotel, width, who, reprint=job.copy))))
        return tuple(slips)
    if job.kind in ("x_slip", "z_slip"):
        from ..workflows.reports import shift_report

        shift = session.get(Shift, args["shift_id"])
        report = shift_report(session, shift.id)
        code = session.get(Counter, shift.counter_id).code
        printed = utcnow().astimezone(settings.tz)
        from ..chain.checkpoints import now as chain_now  # the head as this slip prints, for `verify --head`

        return (Slip(tuple(layout.shift_slip_lines(report, code, hotel, printed, width, final=job.kind == "z_slip",
                                                   counted_minor=shift.counted_minor,
                                                   chain_head=chain_now(session).text()))),)
    if job.kind == "internet_slip":
        from ..documents.internet_slip import internet_slip_lines
        from ..workflows import internet

        info = internet.find(session, int(args["session_id"]))
        return (Slip(tuple(internet_slip_lines(info, internet.tariff(session), hotel, settings.timezone, width))),)
    if job.kind == "fax_notice":
        from ..workflows import fax_in

        return (Slip(tuple(layout.fax_notice_lines(fax_in.view(session, int(args["fax_id"])), hotel, width))),)
    if job.kind == "message_slip":
        from ..documents.message_slip import message_slip_lines
        from ..workflows import messages

        return (Slip(tuple(message_slip_lines(messages.view(session, int(args["message_id"])), hotel, width))),)
    if job.kind == "travel_slip":
        from ..documents.travel_slip import travel_slip_lines
        from ..workflows import travel_board

        return (Slip(tuple(travel_slip_lines(travel_board.view(session, int(args["movement_id"])), hotel, width))),)
    if job.kind == "directory_slip":
        from ..documents.directory_slip import directory_slip_lines
        from ..workflows import directory

        return (Slip(tuple(directory_slip_lines(directory.view(session, int(args["entry_id"])), hotel, width))),)
    lines = [str(x) for x in args.get("lines", ())]
    if job.copy:
        lines = [layout.centre("重印 COPY", width), *lines]
    return (Slip(tuple(layout.marked(lines, width))),)  # laid out for this printer's paper, nothing cut
