"""The shift handover report on A4: sales by service and payment, the cash count and its variance,
the room-charge vouchers, the handover note, and what the next shift takes over (internet sessions and
phone calls not yet billed, faxes in the rack, equipment out, deposits held, equipment faults), each as
it stood at the shift's close, however much later the report is printed."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .pdf_common import build, money, para, table


def write_shift(h, path, hotel: tuple[str, str], printed_at: datetime):
    from zoneinfo import ZoneInfo

    r, cur, tz = h.report, h.currency, ZoneInfo(h.timezone)

    def local(t):
        return t.astimezone(tz).strftime("%Y-%m-%d %H:%M") if t else "—"

    status = {"open": "进行中 open", "counted": "已点钞 counted", "closed": "已结班 closed"}.get(r.status, r.status)
    story = [para(f"柜台 Counter {h.counter_code} · 收银员 Clerk {r.clerk_name} · 营业日 Business day "
                  f"{r.business_date.isoformat()} · {status}"),
             para(f"开班 Opened {local(h.opened_at)} · 结班 Closed {local(h.closed_at)}"),
             para(f"销售 Sales {r.sales_count} · 作废 Voids {r.voids_count} · 退款 Refunds {r.refunds_count}")]
    for title, rows in (("按服务 By service（未含服务费及税 before service charge and tax）", r.by_service),
                        ("按付款方式 By payment", r.by_payment)):
        story += [para(title, "h2"),
                  table(["项目 Item", "笔数 Count", f"金额 Amount ({cur})"],
                        [[x.label, x.count, money(x.amount_minor, cur)] for x in rows],
                        [100 * mm, 25 * mm, 45 * mm], numeric=(1, 2),
                        total=("合计 Total", "", money(sum(x.amount_minor for x in rows), cur)))]
    cash_rows = [["备用金 Float", money(r.float_minor, cur)]]
    if r.cash_rounding_minor:
        cash_rows.append(["现金抹零 Cash rounding", money(r.cash_rounding_minor, cur)])
    cash_rows.append(["应有现金 Cash expected", money(r.expected_cash_minor, cur)])
    recounted = len(r.counts) > 1
    cash_rows.append(["实点现金 Cash counted" + (" (复点 recount)" if recounted else ""),
                      money(h.counted_minor, cur) if h.counted_minor is not None else "未点 not counted"])
    if h.variance_minor is not None:
        cash_rows.append(["差异 Variance", money(h.variance_minor, cur)])
    if recounted:  # the clerk's own first count stays on record beside the approved recount
        first, again = r.counts[0], r.counts[-1]
        cash_rows.append([f"初点现金 First count ({first.counted_by}, {local(first.counted_at)})",
                          money(first.counted_minor, cur)])
        cash_rows.append(["初点差异 Its variance", money(first.variance_minor, cur)])
        cash_rows.append([f"复点 Recount {local(again.counted_at)} · 授权 approved by {again.approved_by}: "
                          f"{again.reason}", money(again.counted_minor, cur)])
    if h.variance_approver:
        cash_rows.append(["差异授权 Variance approved by", f"{h.variance_approver}: {h.variance_reason}"])
    story += [para("现金清点 Cash count", "h2"), table(["项目 Item", f"金额 Amount ({cur})"], cash_rows,
                                                    [100 * mm, 70 * mm], numeric=(1,))]
    story += [para("挂房帐签单 Room-charge vouchers", "h2"),
              table(["签单号 Voucher", "房号 Room", "客人 Guest", "单号 Receipt", "金额 Amount"],
                    [[v.voucher_no, v.room, v.guest_name, v.receipt, money(v.amount_minor, cur)] for v in h.vouchers],
                    [35 * mm, 20 * mm, 55 * mm, 30 * mm, 30 * mm], numeric=(4,),
                    total=("合计 Total", "", "", "", money(sum(v.amount_minor for v in h.vouchers), cur)))]
    story += [para("交班说明 Handover note", "h2"), para(h.note or "—")]
    as_of = local(h.as_of) if h.as_of else "—"
    story += [para(f"移交清单 What the next shift takes over — 截至 as of {as_of}", "h2"),
              para("以下各项为该时刻的状态（结班时；未结班则为打印时）。 Each list below is as it stood at that "
                   "moment: the shift's close, or when printed for a shift still open.", "small")]
    story += [para("未结束的上网 Internet sessions handed over", "h2"),
              table(["账号 Account", "客人 Guest", "房号 Room", "开始 Started", "状态 Status"],
                    [list(s) for s in h.internet_sessions], [30 * mm, 55 * mm, 20 * mm, 35 * mm, 30 * mm])]
    story += [para("未结束的电话 Phone calls running or unbilled", "h2"),
              table(["号码 Number", "目的地 Destination", "开始 Started", "状态 Status", "收银员 Clerk"],
                    [list(c) for c in h.calls], [35 * mm, 55 * mm, 25 * mm, 25 * mm, 30 * mm])]
    story += [para("待领传真 Faxes in the rack", "h2"),
              table(["编号 Ref.", "收件人 Addressee", "房号 Room", "页数 Pages", "天数 Days"],
                    [list(f) for f in h.rack], [30 * mm, 65 * mm, 25 * mm, 25 * mm, 25 * mm], numeric=(3, 4))]
    story += [para("外借设备 Equipment out", "h2"),
              table(["设备 Item", "数量 Units", "借用人 Borrower", "房号 Room", "应还 Due back"],
                    [list(b) for b in h.equipment_out], [55 * mm, 20 * mm, 50 * mm, 20 * mm, 25 * mm], numeric=(1,))]
    story += [para("押金 Deposits held", "h2"),
              table(["预订 Booking", "交押金人 Party", "方式 Method", f"金额 Amount ({cur})", "收取 Taken"],
                    [[b, p, m, money(a, cur), t] for b, p, m, a, t in h.deposits],
                    [22 * mm, 55 * mm, 30 * mm, 35 * mm, 28 * mm], numeric=(3,),
                    total=("合计 Total", "", "", money(sum(d[3] for d in h.deposits), cur), "")
                    if h.deposits else None)]
    story += [para("设备故障 Equipment faults", "h2"),
              table(["设备 Device", "说明 Note", "报告 Reported"], [list(f) for f in h.faults],
                    [40 * mm, 95 * mm, 35 * mm])]
    story += [Spacer(1, 14 * mm),
              para("交班人 Handed over by: ________________        接班人 Taken over by: ________________")]
    return build(path, f"交接班报告 Shift handover report · 班次 Shift {r.shift_id}", f"{h.counter_code} · {cur}",
                 story, hotel, printed_at)
