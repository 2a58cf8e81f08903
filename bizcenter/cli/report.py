"""`bizcenter report daily --date D [--csv F] [--json] [--pdf F]`: totals by service, payment and clerk;
`report shift|weekly|yearly|folio|pricelist … --pdf F`: the A4 reports (figures from the same workflows)."""
from __future__ import annotations

import csv
import json
from datetime import date

from ..errors import InvalidInput
from ..fileperms import private_file, private_opener
from ..money import plain
from ..workflows.reports import daily_report


def register(sub) -> None:
    p = sub.add_parser("report", help="revenue reports / 营业报表")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    d = rsub.add_parser("daily", help="one business day: by service, payment and clerk / 日报")
    d.add_argument("--date", required=True, help="business date, YYYY-MM-DD")
    d.add_argument("--csv", metavar="FILE", help="also write the figures as CSV")
    d.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    d.add_argument("--pdf", metavar="FILE", help="also write the A4 daily revenue report (PDF)")
    d.set_defaults(run=run_daily)
    _register_pdf_reports(rsub)


def _register_pdf_reports(rsub) -> None:
    """The A4 reports; each prints a short summary and, with --pdf, writes the PDF."""
    s = rsub.add_parser("shift", help="shift handover report / 交接班报告")
    s.add_argument("--shift", type=int, required=True, help="shift id")
    w = rsub.add_parser("weekly", help="the ISO week (Mon–Sun) holding --date, with charts / 周报")
    w.add_argument("--date", required=True, help="any day of the week, YYYY-MM-DD")
    y = rsub.add_parser("yearly", help="the calendar year, month by month, with charts / 年报")
    y.add_argument("--year", type=int, required=True)
    f = rsub.add_parser("folio", help="a stay's business-centre folio statement / 房帐明细")
    f.add_argument("--stay", type=int, required=True, help="stay id (see `bizcenter guests`)")
    p = rsub.add_parser("pricelist", help="the printable price list in effect / 价目表")
    for sp, required in ((s, False), (w, False), (y, False), (f, True), (p, True)):
        sp.add_argument("--pdf", metavar="FILE", required=required, help="write the A4 report as PDF")
        sp.set_defaults(run=run_pdf_report)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(zh="日期格式应为 YYYY-MM-DD：{t}", en="A date must look like YYYY-MM-DD: {t}", t=text) from None


def _safe(cell):
    """Spreadsheet formula injection: the one rule of the front-office export, for text cells."""
    from ..workflows.frontoffice import safe_cell

    return safe_cell(cell) if isinstance(cell, str) else cell


def run_daily(args, ctx) -> int:
    report = ctx.run(lambda s: daily_report(s, parse_date(args.date)))
    cur = report.currency
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8-sig", opener=private_opener) as f:
            w = csv.writer(f)
            w.writerow(["section", "key", "label", "count", "amount"])
            for section, rows in (("service", report.by_service), ("payment", report.by_payment),
                                  ("clerk", report.by_clerk)):
                for r in rows:
                    w.writerow([section, _safe(r.key), _safe(r.label), r.count, plain(r.amount_minor, cur)])
            for key in ("subtotal_minor", "service_charge_minor", "tax_minor", "cash_rounding_minor", "total_minor"):
                w.writerow(["total", key.removesuffix("_minor"), "", "", plain(getattr(report, key), cur)])
        private_file(args.csv)  # an existing file written over keeps its mode otherwise
    if args.pdf:
        _write_pdf(ctx, "daily", args.pdf, day=report.business_date)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return 0
    _print_text(report, cur)
    return 0


def _write_pdf(ctx, kind: str, path: str, **where) -> None:
    import sys

    from ..documents.pdf_reports import write_report

    ctx.run(lambda s: write_report(s, kind, path, **where))
    print(ctx.text(f"已写入 {path}", f"Wrote {path}"), file=sys.stderr)


def run_pdf_report(args, ctx) -> int:
    from datetime import date as _date

    from ..workflows.reports import shift_report
    from ..workflows.summaries import period_summary

    kind = args.report
    where: dict = {}
    if kind == "shift":
        where["shift_id"] = args.shift
        r = ctx.run(lambda s: shift_report(s, args.shift))
        print(f"交接班 Shift {r.shift_id} {r.clerk_name} {r.business_date}  ({r.status})")
        for row in r.by_service + r.by_payment:
            print(_row(row.label, row.count, plain(row.amount_minor)))
        print(_row("合计 Total", "", plain(r.total_minor)))
        print(_row("现金抹零 Cash rounding", "", plain(r.cash_rounding_minor)))
        print(_row("应有现金 Cash expected", "", plain(r.expected_cash_minor)))
        for c in r.counts:  # the clerk's first count, then a recount a supervisor approved
            label = "初点 First count" if c.attempt == 1 else f"复点 Recount ({c.approved_by})"
            print(_row(label, "", f"{plain(c.counted_minor)} ({plain(c.variance_minor)})"))
    elif kind in ("weekly", "yearly"):
        if kind == "weekly":
            day = parse_date(args.date)
        elif 1900 < args.year < 3000:
            day = _date(args.year, 1, 1)
        else:
            raise InvalidInput(zh="年份无效：{y}", en="Not a year: {y}", y=args.year)
        where["day"] = day
        p = ctx.run(lambda s: period_summary(s, "week" if kind == "weekly" else "year", day))
        print(p.title)
        for b in p.buckets:
            print(_row(b.label, b.sales_count, plain(b.total_minor, p.currency)))
        print(_row("合计 Total", p.sales_count, plain(p.total_minor, p.currency)))
    elif kind == "folio":
        where["stay_id"] = args.stay
    if args.pdf:
        _write_pdf(ctx, kind, args.pdf, **where)
    return 0


def _row(label: str, count, amount: str) -> str:
    from ..documents.slip import columns

    return f"  {label}{' ' * max(38 - columns(label), 1)}{str(count):>6}  {amount:>14}"


def _print_text(report, cur) -> None:
    state = "已日结 closed" if report.closed else "未日结 open"
    print(f"营业日报 Daily revenue report  {report.business_date}  ({state})")
    print(f"销售 sales {report.sales_count}  作废 voids {report.voids_count}  退款 refunds {report.refunds_count}")
    for title, rows in (("按服务 By service", report.by_service), ("按付款方式 By payment", report.by_payment),
                        ("按员工 By clerk", report.by_clerk)):
        print(f"\n{title}")
        for r in rows:
            print(_row(r.label, r.count, plain(r.amount_minor, cur)))
    print()
    for zh_en, key in (("小计 Subtotal", "subtotal_minor"), ("服务费 Service charge", "service_charge_minor"),
                       ("税 Tax", "tax_minor"), ("现金抹零 Cash rounding", "cash_rounding_minor"),
                       ("合计 Total", "total_minor")):
        print(_row(zh_en, "", plain(getattr(report, key), cur)))
    if report.shifts_open:
        print(f"\n注意 Note: {report.shifts_open} 个班次未结 shift(s) still open")
