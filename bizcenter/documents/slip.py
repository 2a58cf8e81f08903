"""The guest receipt and the counter's other slips as bilingual lines of fixed width (32 columns for
58 mm, 48 for 80 mm, 42 on screen).

Width is counted in display columns as the printer prints them (`width.py`): in GB18030 or Big5 text
mode every two-byte character ("×", "￥", "é", Chinese) takes two. The width handed to a slip may be a
`Paper` (columns and the encoding the slip goes out in); a plain int means the on-screen/raster
measure. Nothing is cut: long names, reasons and addresses wrap onto continuation lines (`wrap.py`),
a figure stays right-aligned on its label's last line, and every slip's lines pass through `fit` last.
"""
from __future__ import annotations

from ..money import plain
from .english import english_half, has_chinese
from .width import width as text_width
from .wrap import centre as centred
from .wrap import pair, wrap
from ..printing.target import PAPER_COLUMNS  # noqa: F401  (slips are laid out for these widths)
from ..workflows.receipts import Receipt
from ..payments.qr import NAMES as QR_NAMES

KIND_TITLES = {"sale": ("收据", "RECEIPT"), "void": ("作废单", "VOID"), "refund": ("退款单", "REFUND")}
METHOD_NAMES = {"cash": ("现金", "Cash"), "card": ("刷卡", "Card"), "room": ("挂房帐", "Room charge"),
                "qr": ("扫码支付", "QR wallet"), "account": ("单位挂账", "Company account")}


def method_name(p) -> tuple[str, str]:
    """(zh, en) of how a payment was made: a QR wallet payment names its wallet (微信支付 WeChat Pay)."""
    return QR_NAMES.get(p.provider, METHOD_NAMES["qr"]) if p.method == "qr" else METHOD_NAMES[p.method]


class Paper(int):
    """A slip's line width in columns that also names the encoding the slip prints in."""

    encoding: str

    def __new__(cls, columns: int, encoding: str = "raster"):
        self = super().__new__(cls, columns)
        self.encoding = encoding
        return self


def encoding_of(width: int) -> str:
    return getattr(width, "encoding", "raster")


def columns(text: str, width: int = 0) -> int:
    """Display columns of `text` in the encoding `width` carries (raster measure for a plain int)."""
    return text_width(text, encoding_of(width))


def pad(left: str, right: str, width: int) -> str:
    """Left text and right-aligned figure; a long label wraps with the figure on its last line, a long
    value (a name, a reason) wraps below the label. Lines joined by "\n" (split by the slip)."""
    return "\n".join(pair(left, right or "", int(width), encoding_of(width)))


def centre(text: str, width: int) -> str:
    return "\n".join(centred(text, int(width), encoding_of(width)))


def wrapped(text: str, width: int, indent: str = "") -> list[str]:
    """Text wrapped at word or Chinese-character boundaries to the slip's width."""
    return wrap(text, int(width), encoding_of(width), indent)


PAIR, CENTRED = "\t", "\t"  # in a line job: "label\tvalue" is a pair, "\ttext" a centred line


def marked(lines: list[str], width: int) -> list[str]:
    """A line job composed before its paper is known (the itinerary) marks its pairs "label\tvalue" and its
    centred lines "\ttext" (`PAIR`, `CENTRED`): laid out here for this paper, then `fit` as any slip."""
    out: list[str] = []
    for line in lines:
        label, mark, value = line.partition(PAIR)
        if not mark:
            out.append(line)
        else:
            out.append(centre(value, width) if not label else pad(label, value.replace(PAIR, " "), width))
    return fit(out, width)


def fit(lines: list[str], width: int) -> list[str]:
    """The slip's lines split at "\n", any line still wider than the paper wrapped (its indent kept).
    A plain (ASCII) printer gets each line's English half; a Chinese-only line is left out there
    (`english.py`), blank lines stay."""
    cols, enc = int(width), encoding_of(width)
    out: list[str] = []
    for line in (part for line in lines for part in line.split("\n")):
        if enc == "plain" and has_chinese(line):
            line = english_half(line)
            if line is None:
                continue
        if text_width(line, enc) <= cols:
            out.append(line)
        else:
            indent = line[: len(line) - len(line.lstrip(" "))]
            out += wrap(line.lstrip(" "), cols, enc, indent if len(indent) < cols // 2 else "")
    return out


def receipt_lines(r: Receipt, hotel: tuple[str, str], width: int = 42, copy: bool = False) -> list[str]:
    """The guest receipt. Every figure in the item block adds up to the subtotal (an item's price before
    its discount, the discount under it); subtotal + service charge + tax (+ cash rounding) = total =
    the payments. A void or refund prints the quantities given back (×12) with negative amounts."""
    zh, en = KIND_TITLES[r.kind]
    out = [centre(hotel[0], width), centre(hotel[1], width), centre(f"{zh} {en}", width)]
    if r.reverses_receipt_no:
        out.append(centre(f"冲销 Reverses {original_number(r)}", width))
    if copy:
        out.append(centre("重印 COPY", width))
    out += [
        pad("收据号 No.", r.number, width),
        pad("柜台 Counter", r.counter_code, width),
        pad("时间 Time", r.local_time.strftime("%Y-%m-%d %H:%M"), width),
        pad("收银员 Clerk", r.clerk_name, width),
    ]
    if r.reverses_receipt_no:
        out.append(pad("原单 Original", original_number(r), width))
        out.append(pad("原因 Reason", r.reason or "", width))
        out.append(pad("授权 Approved by", r.approved_by_name or "", width))
    out.append("-" * width)
    out += item_lines(r, width)
    out.append("-" * width)
    out += total_lines(r, width)
    out.append("-" * width)
    for p in r.payments:
        mz, me = method_name(p)
        out.append(pad(f"{mz} {me}", plain(p.amount_minor, r.currency), width))
        if p.method == "cash" and p.tendered_minor is not None:
            out.append(pad("  收取 Tendered", plain(p.tendered_minor, r.currency), width))
            out.append(pad("  找零 Change", plain(p.change_minor or 0, r.currency), width))
        if p.method == "card":
            out.append(pad("  卡号 Card", f"**** {p.card_last4}  {p.card_approval or ''}", width))
        if p.method == "qr":  # the provider's transaction number (a refund's own number), never the payment code
            out.append(pad("  交易号 Ref", p.reference or "", width))
        if p.method == "room":
            out.append(pad("  房号 Room", p.room or "", width))
            out.append(pad("  客人 Guest", p.guest_name or "", width))
            out.append(pad("  签单号 Voucher", p.voucher_no or "", width))
            if p.original_voucher_no:
                out.append(pad("  原签单 Reverses", p.original_voucher_no, width))
        if p.method == "account":
            out.append(pad("  单位 Company", p.company or "", width))
            out.append(pad("  签字人 Signed by", p.guest_name or "", width))
            out.append(pad("  签单号 Voucher", p.voucher_no or "", width))
    if r.kind == "sale" and any(p.method in ("room", "account") for p in r.payments):  # after every payment
        out += ["", "  客人签字 Guest signature:", "  " + "_" * (width - 4)]
    out += fapiao_lines(r, width)
    out.append("")
    out.append(centre("谢谢惠顾 Thank you", width))
    return fit(out, width)


FAPIAO_KINDS = {"ordinary": "普通发票 Ordinary", "special": "专用发票 Special VAT"}


def fapiao_lines(r: Receipt, width: int) -> list[str]:
    """That a fapiao was requested for the sale (the finance office issues it): its kind and title."""
    if not r.fapiao:
        return []
    kind, title = r.fapiao
    return ["-" * width, pad("发票 Fapiao", "已申请 Requested", width), pad("  类型 Kind", FAPIAO_KINDS[kind], width),
            pad("  抬头 Title", title, width)]


def original_number(r: Receipt) -> str:
    return f"{r.counter_code}-{r.reverses_receipt_no:06d}"


def item_lines(r: Receipt, width: int) -> list[str]:
    """Each line at its price before discount, the discount (signed) under it: the figures sum to the
    subtotal. Quantities print as given or given back (a reversal's amounts carry the sign)."""
    out: list[str] = []
    for line in r.lines:
        if encoding_of(width) != "plain":  # an ASCII printer prints the English name only
            out.append(line.name_zh)
        out.append(pad(f"  {line.name_en} ×{abs(line.quantity)}", plain(line.before_discount_minor, r.currency), width))
        if line.discount_minor:
            out.append(pad("    折扣 Discount", plain(-line.discount_minor, r.currency), width))
        if not (line.service_charged or line.taxed):
            out.append("    免服务费及税 No surcharge")
        elif not line.service_charged:
            out.append("    免服务费 No service charge")
        elif not line.taxed:
            out.append("    免税 No tax")
    return out


def total_lines(r: Receipt, width: int) -> list[str]:
    """Subtotal, service charge, tax, total (and cash rounding): each figure follows from those above it.
    When some lines carry no service charge or tax, the amount of the lines that do is printed first."""
    cur = r.currency
    out = [pad("小计 Subtotal", plain(r.subtotal_minor, cur), width)]
    charged = sum(line.amount_minor for line in r.lines if line.service_charged)
    taxed = sum(line.amount_minor for line in r.lines if line.taxed)
    if charged == taxed != r.subtotal_minor:
        out.append(pad("  计费金额 Chargeable", plain(charged, cur), width))
    elif charged != r.subtotal_minor:
        out.append(pad("  计服务费 Service base", plain(charged, cur), width))
    out.append(pad(f"服务费 Service {r.service_charge_pct}%", plain(r.service_charge_minor, cur), width))
    if charged != taxed and taxed != r.subtotal_minor:
        out.append(pad("  计税项目 Taxed items", plain(taxed, cur), width))
    out.append(pad(f"税 Tax {r.tax_pct}%", plain(r.tax_minor, cur), width))
    if r.cash_rounding_minor:  # cash rounded to the drawer's smallest coin (workflows/cashround.py)
        out.append(pad(f"合计 TOTAL {cur}", plain(r.total_minor - r.cash_rounding_minor, cur), width))
        out.append(pad("抹零 Rounding", plain(r.cash_rounding_minor, cur), width))
        out.append(pad(f"实收 AMOUNT PAID {cur}", plain(r.total_minor, cur), width))
    else:
        out.append(pad(f"合计 TOTAL {cur}", plain(r.total_minor, cur), width))
    return out


def vouchers_due(r: Receipt) -> bool:
    """A room charge or a company-account charge, or its void or refund, prints its voucher (the folio or
    account correction the front office and the finance office need for a reversal)."""
    return any(p.method in ("room", "account") and p.amount_minor for p in r.payments)


# --- the other slips of the counter; same width rules as the receipt -----------------------------------


def voucher_lines(r: Receipt, hotel: tuple[str, str], width: int = 42, copy_for: str = "guest",
                  reprint: bool = False) -> list[str]:
    """The room-charge voucher (挂房帐签单): one per room payment of the sale, with a signature line.

    Printed twice: the guest's copy and the accounts' copy (`copy_for` = guest | accounts). It shows the
    bill as the receipt does (items, subtotal, service charge, tax, total), less what was paid otherwise,
    down to the amount posted to the room: the figure the guest signs for. A void or refund of a room
    charge prints the reversal voucher: the credit posted to the folio, with the voucher it reverses."""
    who = ("客人联 GUEST COPY" if copy_for == "guest" else "财务联 ACCOUNTS COPY")
    reversal = r.kind != "sale"
    out: list[str] = []
    for p in r.payments:
        if p.method not in ("room", "account"):
            continue
        account = p.method == "account"  # a company account's voucher: the company and its signer, no room
        title = ("冲销签单 REVERSAL VOUCHER" if reversal else
                 "单位挂账签单 ACCOUNT VOUCHER" if account else "挂房帐签单 ROOM CHARGE VOUCHER")
        out += [centre(hotel[0], width), centre(hotel[1], width), centre(title, width), centre(who, width)]
        if reprint:
            out.append(centre("重印 COPY", width))
        out.append(pad("签单号 Voucher", p.voucher_no or "", width))
        if reversal:
            out.append(pad("原签单 Reverses", p.original_voucher_no or "", width))
        out += [
            *([pad("单位 Company", p.company or "", width), pad("签字人 Signed by", p.guest_name or "", width)]
              if account else [pad("房号 Room", p.room or "", width), pad("客人 Guest", p.guest_name or "", width)]),
            pad("收据号 Receipt", r.number, width),
        ]
        if reversal:
            out += [pad("原单 Original", original_number(r), width),
                    pad("原因 Reason", r.reason or "", width),
                    pad("授权 Approved by", r.approved_by_name or "", width)]
        out += [
            pad("时间 Time", r.local_time.strftime("%Y-%m-%d %H:%M"), width),
            pad("收银员 Clerk", r.clerk_name, width),
            "-" * width,
            *item_lines(r, width),
            "-" * width,
            *total_lines(r, width),
        ]
        for other in r.payments:
            if other is p:
                continue
            mz, me = method_name(other)
            label = f"  减 {mz} Less {me.lower()}" + (f" {other.room}" if other.method == "room" else "")
            out.append(pad(label, plain(-other.amount_minor, r.currency), width))
        posted = (("冲减挂账 Account credit" if reversal else "单位挂账 Account charge") if account else
                  "冲销房帐 Room credit" if reversal else "挂房帐 Room charge")
        out += [
            pad(f"{posted} {r.currency}", plain(p.amount_minor, r.currency), width),
            "",
            *(["收银员签字 Clerk signature:", "", "_" * width, "", "主管签字 Supervisor signature:"] if reversal
              else ["签字人签字 Signature:" if account else "客人签字 Guest signature:"]),
            "",
            "_" * width,
            "",
        ]
    return fit(out, width)


def shift_slip_lines(report, counter_code: str, hotel: tuple[str, str], printed_at, width: int = 42,
                     final: bool = False, currency: str = "CNY", counted_minor: int | None = None,
                     chain_head: str | None = None) -> list[str]:
    """The X slip (figures so far, shift open) or Z slip (final, at close) from `reports.shift_report`.

    `chain_head` is the ledger chain's head as printed ("#SEQ:HASH"): typed back into `bizcenter verify
    --head`, it shows whether records were deleted or rewritten since this slip was printed."""
    title = "Z 结班报表 Z REPORT" if final else "X 班中报表 X REPORT"
    out = [centre(hotel[0], width), centre(hotel[1], width), centre(title, width),
           pad("柜台 Counter", counter_code, width),
           pad("班次 Shift", str(report.shift_id), width),
           pad("收银员 Clerk", report.clerk_name, width),
           pad("营业日 Business day", report.business_date.isoformat(), width),
           pad("打印 Printed", printed_at.strftime("%Y-%m-%d %H:%M"), width),
           "-" * width,
           pad("销售 Sales", str(report.sales_count), width),
           pad("作废 Voids", str(report.voids_count), width),
           pad("退款 Refunds", str(report.refunds_count), width),
           "-" * width, "按服务 By service"]
    # Both blocks add up to the total: the services' amounts are before service charge and tax, so those
    # (the total's remainder) and the cash rounding follow them; the cash expected is float + cash taken.
    for row in report.by_service:
        out.append(pad(f"  {row.label}", plain(row.amount_minor, currency), width))
    rounding = getattr(report, "cash_rounding_minor", 0)
    surcharges = report.total_minor - rounding - sum(row.amount_minor for row in report.by_service)
    if surcharges:
        out.append(pad("  服务费及税 Service charge, tax", plain(surcharges, currency), width))
    if rounding:
        out.append(pad("  现金抹零 Cash rounding", plain(rounding, currency), width))
    out += ["-" * width, "按付款 By payment"]
    for row in report.by_payment:
        out.append(pad(f"  {row.label} ×{row.count}", plain(row.amount_minor, currency), width))
    out += ["-" * width,
            pad(f"合计 TOTAL {currency}", plain(report.total_minor, currency), width),
            "-" * width,
            pad("备用金 Float", plain(report.float_minor, currency), width),
            pad("  现金收入 Cash taken", plain(report.expected_cash_minor - report.float_minor, currency), width),
            pad("应有现金 Cash expected", plain(report.expected_cash_minor, currency), width)]
    counts = getattr(report, "counts", ())
    counted = counts[-1].counted_minor if counts else counted_minor
    if final and counted is not None:  # the count the variance comes from: the recount if there was one
        out.append(pad("实点现金 Cash counted" + (" (复点 recount)" if len(counts) > 1 else ""),
                       plain(counted, currency), width))
        out.append(pad("差异 Variance", plain(counted - report.expected_cash_minor, currency), width))
    if final and len(counts) > 1:  # the clerk's own first count stays on the slip beside the recount
        first, again = counts[0], counts[-1]
        out.append(pad("初点现金 First count", plain(first.counted_minor, currency), width))
        out.append(pad("  初点差异 Its variance", plain(first.variance_minor, currency), width))
        out.append(pad("复点授权 Recount approved by", again.approved_by or "", width))
        out.append(pad("  原因 Reason", again.reason or "", width))
    if chain_head:
        out += ["-" * width, pad("账链 Chain", chain_head, width)]
    out += ["", "收银员 Clerk: ________", "", "主管 Supervisor: ________"]
    return fit(out, width)


def fax_notice_lines(view, hotel: tuple[str, str], width: int = 42) -> list[str]:
    """The fax-arrived notice left for the guest (in the room or at the desk), from `fax_in.FaxInView`."""
    guest = view.guest_name or view.written_name
    room = view.room or view.written_room or ""
    out = [centre(hotel[0], width), centre(hotel[1], width), centre("传真到达通知 FAX ARRIVED", width),
           "-" * width,
           pad("客人 Guest", guest, width),
           pad("房号 Room", room, width),
           pad("页数 Pages", str(view.pages), width),
           pad("发件人 From", view.sender or "-", width),
           pad("收到 Received", view.received_at.strftime("%Y-%m-%d %H:%M"), width),
           pad("编号 Ref.", f"FAX-{view.id}", width),
           "-" * width,
           "您有一份传真，请到商务中心领取。",
           "A fax has arrived for you. Please collect it at the business centre.",
           "", centre("商务中心 Business Centre", width)]
    return fit(out, width)
