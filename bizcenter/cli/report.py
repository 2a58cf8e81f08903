"""`bizcenter report daily --date D [--csv F] [--json]`: totals by service, payment and clerk."""
from __future__ import annotations

import csv
import json
from datetime import date

from ..errors import InvalidInput
from ..money import plain
from ..workflows.reports import daily_report


def register(sub) -> None:
    p = sub.add_parser("report", help="revenue reports / 营业报表")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    d = rsub.add_parser("daily", help="one business day: by service, payment and clerk / 日报")
    d.add_argument("--date", required=True, help="business date, YYYY-MM-DD")
    d.add_argument("--csv", metavar="FILE", help="also write the figures as CSV")
    d.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    d.set_defaults(run=run_daily)


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
        with open(args.csv, "w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow(["section", "key", "label", "count", "amount"])
            for section, rows in (("service", report.by_service), ("payment", report.by_payment),
                                  ("clerk", report.by_clerk)):
                for r in rows:
                    w.writerow([section, _safe(r.key), _safe(r.label), r.count, plain(r.amount_minor, cur)])
            for key in ("subtotal_minor", "service_charge_minor", "tax_minor", "total_minor"):
                w.writerow(["total", key.removesuffix("_minor"), "", "", plain(getattr(report, key), cur)])
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return 0
    _print_text(report, cur)
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
                       ("税 Tax", "tax_minor"), ("合计 Total", "total_minor")):
        print(_row(zh_en, "", plain(getattr(report, key), cur)))
    if report.shifts_open:
        print(f"\n注意 Note: {report.shifts_open} 个班次未结 shift(s) still open")
