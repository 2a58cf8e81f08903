"""A company's monthly statement (对账单): opening balance, each charge, credit and payment of the month,
the closing balance and when it is due, and the ageing of what is still owed."""
from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm

from .pdf_common import build, money, para, table

KINDS = {"charge": "挂账 Charge", "credit": "冲减 Credit", "payment": "收款 Payment"}


def write_statement(st, ageing_row, path, hotel: tuple[str, str], printed_at: datetime):
    """`st` is workflows.account_statements.Statement; `ageing_row` its AgeingRow (None when nothing is owed)."""
    cur = st.currency
    story = [para(f"{st.name} ({st.code})", "h2")]
    if st.address:
        story.append(para(f"地址 Address: {st.address}"))
    if st.contacts:
        story.append(para(f"联系人 Contacts: {'、'.join(st.contacts)}"))
    story += [para(f"信用额度 Credit limit {money(st.credit_limit_minor, cur)} · 付款期限 Terms {st.terms_days} 天 days"),
              para("明细 Details", "h2"),
              table(["日期 Date", "类型 Kind", "单号 / 签单号 Receipt / voucher", "签字人 Signed by", f"金额 Amount ({cur})"],
                    [["", "", "期初余额 Opening balance", "", money(st.opening_minor, cur)]]
                    + [[l.day.isoformat(), KINDS[l.kind], l.reference, l.signer, money(l.amount_minor, cur)]
                       for l in st.lines],
                    [24 * mm, 26 * mm, 62 * mm, 38 * mm, 30 * mm], numeric=(4,),
                    total=("", "", "期末余额 Closing balance", "", money(st.closing_minor, cur))),
              para(" "),
              table(["", f"金额 Amount ({cur})"],
                    [["本月挂账 Charged this month (less credits)", money(st.charges_minor, cur)],
                     ["本月收款 Received this month", money(st.payments_minor, cur)],
                     [f"应付余额 Balance due by {_due(st.due)}", money(st.closing_minor, cur)]],
                    [130 * mm, 50 * mm], numeric=(1,))]
    if ageing_row is not None:
        from ..workflows.account_statements import BUCKET_NAMES, BUCKETS

        story += [para(f"账龄（截至 {printed_at:%Y-%m-%d}） Ageing as at {printed_at:%Y-%m-%d}", "h2"),
                  table([f"{BUCKET_NAMES[b][0]} {BUCKET_NAMES[b][1]}" for b in BUCKETS],
                        [[money(ageing_row.buckets[b], cur) for b in BUCKETS]], [45 * mm] * 4, numeric=(0, 1, 2, 3))]
    story += [para(" "), para("如有疑问请与酒店财务部联系。 Please contact the hotel's finance office with any question.")]
    title = f"对账单 Statement · {st.first:%Y-%m}"
    return build(path, title, f"{st.first.isoformat()} – {st.last.isoformat()} · {cur}", story, hotel, printed_at)


def _due(day: date) -> str:
    return day.isoformat()


def write_company_statement(session, company_id: int, month: date, path):
    """Read the figures and write the PDF (one call for the desk and the command line)."""
    from ..workflows.account_statements import ageing, statement
    from ..workflows.settings import load_settings

    settings = load_settings(session)
    st = statement(session, company_id, month)
    row = next((r for r in ageing(session) if r.company_id == company_id), None)
    return write_statement(st, row, path, (settings.hotel_name_zh, settings.hotel_name_en), settings.clock.now())
