"""The guest receipt as bilingual lines of fixed width (42 columns for 80 mm, 32 for 58 mm).

Width is counted in display columns: a Chinese character takes two, so columns line up on a
thermal printer and in the on-screen preview alike.
"""
from __future__ import annotations

import unicodedata

from ..money import plain
from ..workflows.receipts import Receipt

KIND_TITLES = {"sale": ("收据", "RECEIPT"), "void": ("作废单", "VOID"), "refund": ("退款单", "REFUND")}
METHOD_NAMES = {"cash": ("现金", "Cash"), "card": ("刷卡", "Card"), "room": ("挂房帐", "Room charge")}


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(left: str, right: str, width: int) -> str:
    """Left text and right-aligned figure on one line; when both do not fit, the figure goes below."""
    gap = width - columns(left) - columns(right)
    if gap < 1:
        return left + "\n" + " " * max(width - columns(right), 0) + right
    return left + " " * gap + right


def centre(text: str, width: int) -> str:
    room = max(width - columns(text), 0)
    return " " * (room // 2) + text


def receipt_lines(r: Receipt, hotel: tuple[str, str], width: int = 42, copy: bool = False) -> list[str]:
    zh, en = KIND_TITLES[r.kind]
    out = [centre(hotel[0], width), centre(hotel[1], width), centre(f"{zh} {en}", width)]
    if copy:
        out.append(centre("重印 COPY", width))
    out += [
        pad("收据号 No.", r.number, width),
        pad("时间 Time", r.local_time.strftime("%Y-%m-%d %H:%M"), width),
        pad("收银员 Clerk", r.clerk_name, width),
    ]
    if r.reverses_receipt_no:
        out.append(pad("原单 Original", f"{r.counter_code}-{r.reverses_receipt_no:06d}", width))
        out.append(pad("原因 Reason", (r.reason or "")[:width // 2], width))
        out.append(pad("授权 Approved by", r.approved_by_name or "", width))
    out.append("-" * width)
    for line in r.lines:
        out.append(line.name_zh)
        out.append(pad(f"  {line.name_en} ×{line.quantity}", plain(line.amount_minor, r.currency), width))
        if line.discount_minor:
            out.append(pad("  折扣 Discount", "-" + plain(line.discount_minor, r.currency), width))
    out.append("-" * width)
    out.append(pad("小计 Subtotal", plain(r.subtotal_minor, r.currency), width))
    out.append(pad(f"服务费 Service {r.service_charge_pct}%", plain(r.service_charge_minor, r.currency), width))
    out.append(pad(f"税 Tax {r.tax_pct}%", plain(r.tax_minor, r.currency), width))
    out.append(pad(f"合计 TOTAL {r.currency}", plain(r.total_minor, r.currency), width))
    out.append("-" * width)
    for p in r.payments:
        mz, me = METHOD_NAMES[p.method]
        out.append(pad(f"{mz} {me}", plain(p.amount_minor, r.currency), width))
        if p.method == "cash" and p.tendered_minor is not None:
            out.append(pad("  收取 Tendered", plain(p.tendered_minor, r.currency), width))
            out.append(pad("  找零 Change", plain(p.change_minor or 0, r.currency), width))
        if p.method == "card":
            out.append(pad("  卡号 Card", f"**** {p.card_last4}  {p.card_approval or ''}", width))
        if p.method == "room":
            out.append(pad("  房号 Room", p.room or "", width))
            out.append(pad("  客人 Guest", p.guest_name or "", width))
            out.append(pad("  签单号 Voucher", p.voucher_no or "", width))
            out.append("")
            out.append("  客人签字 Guest signature:")
            out.append("  " + "_" * (width - 4))
    out.append("")
    out.append(centre("谢谢惠顾 Thank you", width))
    return [part for line in out for part in line.split("\n")]
