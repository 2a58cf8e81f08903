"""The daily revenue report on A4: totals, by service / payment / clerk, voids and refunds,
discounts and overrides with their approvers, room charges for accounts, and the three-way check."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from .pdf_common import build, money, para, table


PMS_STATES = {"queued": "未发送 queued", "sent": "已发送 sent", "unconfirmed": "未回复 unanswered"}


def write_daily(detail, path, hotel: tuple[str, str], printed_at: datetime):
    r, cur = detail.report, detail.report.currency
    state = "已日结 closed" if r.closed else "未日结 open"
    story = [
        para(f"销售 Sales {r.sales_count} · 作废 Voids {r.voids_count} · 退款 Refunds {r.refunds_count}"
             + (f" · 未结班次 Shifts open {r.shifts_open}" if r.shifts_open else "")),
        para("合计 Totals", "h2"),
        table(["项目 Item", f"金额 Amount ({cur})"],
              [["小计 Subtotal", money(r.subtotal_minor, cur)],
               ["服务费 Service charge", money(r.service_charge_minor, cur)],
               ["税 Tax", money(r.tax_minor, cur)],
               ["现金抹零 Cash rounding", money(r.cash_rounding_minor, cur)]],
              [120 * mm, 50 * mm], numeric=(1,), total=("合计 Total", money(r.total_minor, cur))),
        # not a term of the total above: the subtotal is already net of them
        para(f"折扣 Discounts given（已在小计中扣除 already taken off the subtotal）: {money(detail.discounts_minor, cur)}"),
    ]
    for title, rows in (("按服务 By service（未含服务费及税 before service charge and tax）", r.by_service), ("按付款方式 By payment", r.by_payment),
                        ("按员工 By clerk", r.by_clerk)):
        story += [para(title, "h2"),
                  table(["项目 Item", "笔数 Count", f"金额 Amount ({cur})"],
                        [[row.label, row.count, money(row.amount_minor, cur)] for row in rows],
                        [100 * mm, 25 * mm, 45 * mm], numeric=(1, 2),
                        total=("合计 Total", "", money(sum(x.amount_minor for x in rows), cur)))]
    story += [para("作废与退款 Voids and refunds", "h2"),
              table(["单号 Receipt", "类型 Kind", "原单 Original", "员工 Clerk", "授权 Approver", "原因 Reason", "金额 Amount"],
                    [[v.receipt, {"void": "作废 void", "refund": "退款 refund"}[v.kind], v.original, v.clerk, v.approver,
                      v.reason, money(v.amount_minor, cur)] for v in detail.reversals],
                    [24 * mm, 22 * mm, 24 * mm, 22 * mm, 22 * mm, 36 * mm, 20 * mm], numeric=(6,))]
    story += [para("折扣与改价 Discounts and price overrides", "h2"),
              # an override's price is its own column, so each row reads price − discount = net
              table(["单号 Receipt", "服务 Service", "类型 Kind", "原价 List", "改价 Set to", "折扣 Disc.", "实收 Net",
                     "授权 Approver", "原因 Reason"],
                    [[a.receipt, a.service, "改价 override" if a.kind == "override" else "折扣 discount",
                      money(a.list_amount_minor, cur),
                      money(a.amount_minor + a.discount_minor, cur) if a.kind == "override" else "",
                      money(a.discount_minor, cur), money(a.amount_minor, cur), a.approver, a.reason]
                     for a in detail.adjustments],
                    [22 * mm, 26 * mm, 20 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm, 20 * mm, 22 * mm],
                    numeric=(3, 4, 5, 6))]
    story += [para("挂房帐（交财务）Room charges for accounts", "h2"),
              table(["签单号 Voucher", "房号 Room", "客人 Guest", "单号 Receipt", "入房帐 Folio", "金额 Amount"],
                    [[c.voucher_no, c.room, c.guest_name, c.receipt, "是 yes" if c.posted else "否 NO",
                      money(c.amount_minor, cur)] for c in detail.room_charges],
                    [30 * mm, 18 * mm, 42 * mm, 28 * mm, 22 * mm, 30 * mm], numeric=(5,),
                    total=("合计 Total", "", "", "", "", money(sum(c.amount_minor for c in detail.room_charges), cur)))]
    if detail.pms_pending:  # on the guest's bill here, perhaps not on the hotel's folio: check with the front office
        story += [para("酒店系统未确认的挂帐 Room charges not confirmed by the PMS", "h2"),
                  table(["序号 P#", "营业日 Day", "房号 Room", "客人 Guest", "状态 State", "金额 Amount"],
                        [[p.seq, p.business_date.isoformat(), p.room, p.guest_name, PMS_STATES.get(p.state, p.state),
                          money(p.amount_minor, cur)] for p in detail.pms_pending],
                        [18 * mm, 24 * mm, 18 * mm, 52 * mm, 30 * mm, 28 * mm], numeric=(5,))]
    story += [para("三方核对 Three-way check: ledger ↔ vouchers ↔ cash", "h2"),
              table(["核对 Check", "", "", "", "", "结果 Result"],
                    [[c.name, c.left_label, money(c.left_minor, cur), c.right_label,
                      "—" if c.pending else money(c.right_minor, cur),
                      "待核 PENDING" if c.pending else "相符 OK" if c.ok else f"差异 DIFF {money(c.difference_minor, cur)}"]
                     for c in detail.checks],
                    [44 * mm, 32 * mm, 18 * mm, 32 * mm, 18 * mm, 26 * mm], numeric=(2, 4))]
    if detail.chain is not None:
        story += [para("账链 Ledger chain（可用 bizcenter verify --head 核对 check with bizcenter verify --head）", "h2"),
                  table(["链头 Head", "", "仍在链中 Still in the chain"], chain_rows(detail.chain),
                        [62 * mm, 42 * mm, 76 * mm])]
    return build(path, f"营业日报 Daily revenue report {r.business_date.isoformat()}", f"{state} · {cur}", story, hotel,
                 printed_at)


def chain_rows(chain) -> list[list[str]]:
    """The heads a closed day kept (its own at the close, the previous close's) and whether the chain
    holds them now; an open day shows the head as the report prints."""
    def held(value) -> str:
        return "—" if value is None else "是 yes" if value else "否 NO — 记录已丢失或被改写 records lost or rewritten"

    if chain.head is None:
        return [["打印时 At printing", chain.current.text(), ""]]
    rows = [["日结时 At the close", chain.head.text(), held(chain.head_held)]]
    if chain.previous_date is not None:
        label = f"上次日结 Previous close {chain.previous_date.isoformat()}"
        if chain.previous_head is None:
            rows.append([label, "—", ""])
        else:
            at_close = "" if chain.previous_held_at_close is None else (
                " · 日结时 at the close: " + ("是 yes" if chain.previous_held_at_close else "否 NO"))
            rows.append([label, chain.previous_head.text(), held(chain.previous_held_now) + at_close])
    rows.append(["打印时 At printing", chain.current.text(), ""])
    return rows
