"""`bizcenter fapiao list|issue|red`: the finance office's daily fapiao list and marking fapiaos issued.

`list` reads (as the reports do); `issue` and `red` write who issued, so they ask the acting supervisor's
code (`--as CODE`) and PIN (from $BIZCENTER_PIN, else prompted), checked before the command's transaction.
"""
from __future__ import annotations

from ..money import plain
from ..workflows import fapiao
from ..workflows.settings import load_settings
from .admin import _credentials, _supervisor
from .report import parse_date


def register(sub) -> None:
    f = sub.add_parser("fapiao", help="fapiao requests for the finance office / 发票申请")
    fs = f.add_subparsers(dest="fapiao_command", metavar="ACTION", required=True)
    ls = fs.add_parser("list", help="a business day's fapiao list / 每日发票清单")
    ls.add_argument("--date", required=True, help="business date, YYYY-MM-DD")
    ls.add_argument("--show", choices=fapiao.FILTERS, default="all",
                    help="all (default), requested (still to issue), issued, red (red-letter fapiaos due)")
    ls.add_argument("--csv", metavar="FILE", help="write the list as CSV (UTF-8)")
    ls.add_argument("--pdf", metavar="FILE", help="write the list as an A4 PDF")
    ls.set_defaults(run=run_list)
    i = fs.add_parser("issue", help="mark a request issued with the fapiao's number / 登记发票号")
    i.add_argument("request", type=int, help="the request's number (ID on the list)")
    i.add_argument("number", help="the fapiao's number")
    i.add_argument("--as", dest="actor", required=True, metavar="CODE", help="your staff code (supervisor)")
    i.set_defaults(run=run_issue)
    r = fs.add_parser("red", help="mark a red-letter fapiao issued for a void or refund / 登记红字发票号")
    r.add_argument("reversal", type=int, help="the void's or refund's sale id (on the list)")
    r.add_argument("number", help="the red-letter fapiao's number")
    r.add_argument("--as", dest="actor", required=True, metavar="CODE", help="your staff code (supervisor)")
    r.set_defaults(run=run_red)


def run_list(args, ctx) -> int:
    day = parse_date(args.date)

    def action(s):
        lst = fapiao.day_list(s, None, day, args.show)
        if args.pdf:
            from ..documents.fapiao_list import write_pdf

            settings = load_settings(s)
            write_pdf(lst, args.pdf, (settings.hotel_name_zh, settings.hotel_name_en), settings.clock.now())
        return lst

    lst = ctx.run(action)
    if args.csv:
        from ..documents.fapiao_list import write_csv

        write_csv(lst, args.csv)
    print(ctx.text(f"发票清单 {day}", f"Fapiao list {day}"))
    for r in lst.requests:
        print(f"  {r.id:>5}  {r.kind:<8} {r.status:<9} {plain(r.amount_minor, r.currency):>10} {r.currency}  "
              f"{r.title}  {r.taxpayer_no or '-'}  {' '.join(r.receipts)}  {r.fapiao_no or ''}")
    for d in lst.red_letters:
        print(f"  red {d.reversal_id:>5}  {d.reversal_kind:<8} {plain(-d.amount_minor, d.currency):>10} {d.currency}  "
              f"{d.receipt}  fapiao {d.fapiao_no}  {d.title}  {d.red_no or ctx.text('待开红字', 'red letter due')}")
    return 0


def run_issue(args, ctx) -> int:
    token = _credentials(args, ctx)
    row = ctx.run(lambda s: fapiao.issue(s, _supervisor(s, args, token), args.request, args.number))
    print(ctx.text(f"申请 {row.id} 已开具，发票号 {row.fapiao_no}", f"Request {row.id} issued, fapiao {row.fapiao_no}"))
    return 0


def run_red(args, ctx) -> int:
    token = _credentials(args, ctx)
    ctx.run(lambda s: fapiao.issue_red(s, _supervisor(s, args, token), args.reversal, args.number))
    print(ctx.text(f"红字发票 {args.number} 已登记", f"Red-letter fapiao {args.number} recorded"))
    return 0
