"""The business centre's folio statement for one stay: every posting the guest signed, with the total."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from .pdf_common import build, money, para, table

KINDS = {"sale": "消费 charge", "void": "作废 void", "refund": "退款 refund"}


def write_folio(stay, postings, path, hotel: tuple[str, str], printed_at: datetime, currency: str = "CNY"):
    names = "、".join(stay.guests)
    story = [para(f"房号 Room {stay.room} · 客人 Guest {names}"),
             para(f"入住 Arrival {stay.arrival} · 离店 Departure {stay.departure}"),
             para("商务中心消费明细 Business centre charges", "h2"),
             table(["日期 Date", "签单号 Voucher", "单号 Receipt", "签字人 Signed by", "类型 Kind", f"金额 Amount ({currency})"],
                   [[p.business_date.isoformat(), p.voucher_no, p.receipt, p.guest_name, KINDS.get(p.kind, p.kind),
                     money(p.amount_minor, currency)] for p in postings],
                   [24 * mm, 30 * mm, 28 * mm, 36 * mm, 26 * mm, 26 * mm], numeric=(5,),
                   total=("合计 Total", "", "", "", "", money(sum(p.amount_minor for p in postings), currency))),
             para(" "), para(" "), para("客人签字 Guest signature: ______________________")]
    return build(path, f"房帐明细 Folio statement · 房号 Room {stay.room}", f"Stay {stay.id} · {currency}", story,
                 hotel, printed_at)
