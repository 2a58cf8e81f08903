"""`bizcenter print receipt|shift|drain|jobs`: slips to a receipt printer, for night audit scripts.

Every print goes through the persistent queue like the counter's: a printer that does not take the
job leaves it waiting (exit status 3, the error on stderr), and `print drain` tries it again.
"""
from __future__ import annotations

import sys

from ..errors import NotFound

FAILED = 3  # the printer did not take the job; it waits in the queue


def _printer_options(p) -> None:
    p.add_argument("--printer", metavar="URL",
                   help="tcp://HOST:9100, usb:VID:PID, serial:/dev/ttyS0[@BAUD] or file:/path "
                        "(default: the counter's printer)")
    p.add_argument("--paper", type=int, choices=(58, 80), help="paper width in mm (default 80)")
    p.add_argument("--encoding", choices=("gb18030", "big5", "plain", "raster"),
                   help="GB18030/Big5 text, plain ASCII, or raster image (default gb18030)")
    p.add_argument("--timeout", type=int, metavar="S", help="give up after S seconds (default 8)")
    p.add_argument("--check-paper", action="store_true", default=None,
                   help="ask the printer's paper sensor first (only for printers that answer status queries)")


def register(sub) -> None:
    p = sub.add_parser("print", help="print slips on a receipt printer / 打印小票",
                       description="Print slips through the print queue. Exit 3: the printer did not take the "
                                   "job (it stays queued; see `print jobs`, retry with `print drain`).")
    psub = p.add_subparsers(dest="print_what", metavar="WHAT", required=True)
    r = psub.add_parser("receipt", help="a sale's receipt (a second print is marked COPY / 重印 and audited)")
    r.add_argument("--sale", type=int, help="sale id")
    r.add_argument("--receipt", metavar="COUNTER-NO", help="or the receipt number, e.g. BC1-000012")
    _printer_options(r)
    r.set_defaults(run=run_receipt)
    s = psub.add_parser("shift", help="the X slip of a shift (or the Z slip with --final)")
    s.add_argument("--shift", type=int, required=True, help="shift id")
    s.add_argument("--final", action="store_true", help="Z slip (final figures with the cash count)")
    _printer_options(s)
    s.set_defaults(run=run_shift)
    i = psub.add_parser("login-slip", help="the internet login slip of a running session")
    i.add_argument("--account", required=True, help="the session's account, e.g. NET-8V5BSF")
    _printer_options(i)
    i.set_defaults(run=run_login_slip)
    f = psub.add_parser("fax-notice", help="the fax-arrived notice for the guest")
    f.add_argument("--fax", required=True, metavar="REF", help="the incoming fax, e.g. FAX-12 or 12")
    _printer_options(f)
    f.set_defaults(run=run_fax_notice)
    d = psub.add_parser("drain", help="try every waiting print job once, oldest first")
    d.add_argument("--counter", metavar="CODE", help="only this counter's jobs")
    d.set_defaults(run=run_drain)
    j = psub.add_parser("jobs", help="list waiting and failed print jobs")
    j.add_argument("--counter", metavar="CODE")
    j.add_argument("--all", action="store_true", help="printed jobs too")
    j.set_defaults(run=run_jobs)


def _spec(args):
    if not args.printer:
        return None
    from ..printing.target import parse_url

    return parse_url(args.printer, paper_mm=args.paper, encoding=args.encoding, timeout_s=args.timeout,
                     check_paper=args.check_paper)


def _where(args) -> dict:
    """The printer named on the command line, kept with the job so `print drain` uses it too."""
    spec = _spec(args)
    if spec is None:
        return {}
    return {"printer_url": spec.url, "paper_mm": spec.paper_mm, "encoding": spec.encoding, "timeout_s": spec.timeout_s,
            "check_paper": spec.check_paper}


def _desk(ctx):
    from ..desk import Desk

    return Desk(ctx.engine)


def _report(job, ctx) -> int:
    if job.status == "done":
        print(ctx.text(f"已打印：{job.title}", f"Printed: {job.title}"))
        return 0
    print(ctx.text(f"未打印，任务 {job.id} 留在队列中：{job.last_error}",
                   f"Not printed; job {job.id} stays queued: {job.last_error}"), file=sys.stderr)
    return FAILED


def run_receipt(args, ctx) -> int:
    from sqlalchemy import select

    from ..errors import InvalidInput
    from ..models import Sale
    from ..models.printing import PrintJob
    from ..printing import queue
    from ..workflows.receipts import find_sale, reprint

    where = _where(args)

    def prepare(s):
        if args.sale is not None:
            sale_id = args.sale
        elif args.receipt:
            code, _, no = args.receipt.rpartition("-")
            if not code or not no.isdigit():
                raise InvalidInput(zh="收据号格式应为 柜台-号码：{t}", en="A receipt number looks like BC1-000012: {t}",
                                   t=args.receipt)
            sale_id = find_sale(s, code, int(no))
        else:
            raise InvalidInput(zh="请给出 --sale 或 --receipt", en="Give --sale or --receipt")
        sale = s.get(Sale, sale_id)
        if sale is None:
            raise NotFound("no_such_sale", "找不到该笔销售", "No such sale")
        waiting = queue.waiting_receipt(s, sale_id)
        if waiting is not None:  # its first print is still waiting: print that one, not a second original
            if where:
                waiting.args = {**waiting.args, **where}
            return queue.job_info(s, waiting.id)
        printed = s.scalar(select(PrintJob.id).where(PrintJob.sale_id == sale_id, PrintJob.kind == "receipt",
                                                     PrintJob.status == "done").limit(1)) is not None
        if printed:
            reprint(s, None, sale.counter_id, sale_id)  # audited like the counter's reprint
        return queue.enqueue(s, counter_id=sale.counter_id, staff_id=None, kind="receipt", sale_id=sale_id,
                             copy=printed, args=where)

    job = ctx.run(prepare)
    return _report(_desk(ctx).attempt_print(job.id), ctx)


def run_shift(args, ctx) -> int:
    from ..models import Shift
    from ..printing import queue

    where = _where(args)

    def prepare(s):
        shift = s.get(Shift, args.shift)
        if shift is None:
            raise NotFound(zh="班次不存在", en="No such shift")
        return queue.enqueue(s, counter_id=shift.counter_id, staff_id=None,
                             kind="z_slip" if args.final else "x_slip", args={"shift_id": shift.id, **where})

    job = ctx.run(prepare)
    return _report(_desk(ctx).attempt_print(job.id), ctx)


def _record_slip(args, ctx, kind: str, find) -> int:
    """Queue a slip about a record (at the record's counter) and try it once."""
    from ..models import Counter
    from ..printing import queue

    where = _where(args)

    def prepare(s):
        from sqlalchemy import select

        record_args, counter_code = find(s)
        counter_id = s.scalar(select(Counter.id).where(Counter.code == counter_code))
        return queue.enqueue(s, counter_id=counter_id, staff_id=None, kind=kind, args={**record_args, **where})

    return _report(_desk(ctx).attempt_print(ctx.run(prepare).id), ctx)


def run_login_slip(args, ctx) -> int:
    from ..workflows import internet

    def find(s):
        wanted = args.account.strip().upper()
        for info in internet.running(s).sessions:
            if info.account.upper() == wanted or info.account.upper().endswith("-" + wanted):
                return {"session_id": info.id}, info.counter_code
        raise NotFound("no_such_account", "找不到正在使用的上网账号：{a}", "No running internet session {a}",
                       a=args.account)

    return _record_slip(args, ctx, "internet_slip", find)


def run_fax_notice(args, ctx) -> int:
    from ..errors import InvalidInput
    from ..workflows import fax_in

    def find(s):
        ref = args.fax.strip().upper().removeprefix("FAX-")
        if not ref.isdigit():
            raise InvalidInput(zh="传真编号的格式如 FAX-12：{t}", en="A fax reference looks like FAX-12: {t}", t=args.fax)
        view = fax_in.view(s, int(ref))
        return {"fax_id": view.id}, view.counter_code

    return _record_slip(args, ctx, "fax_notice", find)


def _counter_id(ctx, code):
    return _desk(ctx).counter_id(code) if code else None


def run_drain(args, ctx) -> int:
    results = _desk(ctx).drain_prints(_counter_id(ctx, args.counter))
    status = 0
    for job in results:
        status = max(status, _report(job, ctx))
    if not results:
        print(ctx.text("没有等待打印的任务", "No print jobs waiting"))
    return status


def run_jobs(args, ctx) -> int:
    from zoneinfo import ZoneInfo

    from ..printing import queue
    from ..workflows.settings import load_settings

    tz = ZoneInfo(ctx.run(load_settings).values["timezone"])
    jobs = _desk(ctx).op(queue.jobs, _counter_id(ctx, args.counter), include_done=args.all)
    for j in jobs:
        print(f"{j.id:>6}  {j.created_at.astimezone(tz):%Y-%m-%d %H:%M}  {j.status:<8} ×{j.attempts}  {j.title}"
              + (f"\n        {j.last_error}" if j.last_error and j.status != "done" else ""))
    if not jobs:
        print(ctx.text("没有等待打印的任务", "No print jobs waiting"))
    return 0
