"""Weekly and yearly summaries on A4: revenue per day / month and per service as charts (`pdf_charts`),
each table closed by its totals row."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from .pdf_charts import period_columns, service_bars
from .pdf_common import build, money, para, table


def write_summary(p, path, hotel: tuple[str, str], printed_at: datetime):
    cur = p.currency
    services = sorted(p.by_service, key=lambda r: (-r.amount_minor, r.label))  # as the chart: largest first
    per = "按日 By day" if p.grain == "week" else "按月 By month"
    story = [para(f"{p.start.isoformat()} – {p.end.isoformat()} · 销售 Sales {p.sales_count} · 作废 Voids "
                  f"{p.voids_count} · 退款 Refunds {p.refunds_count} · 合计 Total {money(p.total_minor, cur)} {cur}"),
             period_columns([b.label[5:] for b in p.buckets], [b.total_minor for b in p.buckets], cur, 180 * mm,
                            60 * mm, f"营业额 Revenue, {per}"),
             para(per, "h2"),
             table(["期间 Period", "销售笔数 Sales", f"金额 Amount ({cur})"],
                   [[b.label, b.sales_count, money(b.total_minor, cur)] for b in p.buckets],
                   [80 * mm, 40 * mm, 50 * mm], numeric=(1, 2), total=("合计 Total", p.sales_count,
                                                                       money(p.total_minor, cur)))]
    story += [para("按服务 By service（未含服务费及税 before service charge and tax）", "h2"),
              service_bars([r.label for r in services], [r.amount_minor for r in services], cur, 180 * mm,
                           "营业额构成 Share by service"),
              table(["服务 Service", "笔数 Count", f"金额 Amount ({cur})"],
                    [[r.label, r.count, money(r.amount_minor, cur)] for r in services],
                    [100 * mm, 25 * mm, 45 * mm], numeric=(1, 2), total=_total(services, cur))]
    story += [para("按付款方式 By payment", "h2"),
              table(["付款 Payment", "笔数 Count", f"金额 Amount ({cur})"],
                    [[r.label, r.count, money(r.amount_minor, cur)] for r in p.by_payment],
                    [100 * mm, 25 * mm, 45 * mm], numeric=(1, 2), total=_total(p.by_payment, cur))]
    kind = "周报 Weekly summary" if p.grain == "week" else "年报 Yearly summary"
    return build(path, f"{kind} · {p.title}", cur, story, hotel, printed_at)


def _total(rows, cur: str) -> tuple:
    return ("合计 Total", sum(r.count for r in rows), money(sum(r.amount_minor for r in rows), cur))
