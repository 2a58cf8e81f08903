"""Slips without a database: receipts, shift reports, fax notices and login slips built from plain
values, and a reader for the ESC/POS bytes a printer gets (text lines as the printer counts them,
raster rows as the image it is sent)."""
from __future__ import annotations

from datetime import date, datetime, timezone
from types import SimpleNamespace

from bizcenter.printing.escpos_out import Slip, render
from bizcenter.printing.raster import LINE_PX
from bizcenter.printing.target import PrinterSpec
from bizcenter.workflows.receipts import Receipt, ReceiptLine, ReceiptPayment

HOTEL = ("示例大酒店", "Demo Grand Hotel")
AT = datetime(2026, 12, 6, 12, 30, tzinfo=timezone.utc)


def item(name_zh="复印", name_en="Copy A4", quantity=1, amount=200, discount=0, n=1, detail=None) -> ReceiptLine:
    unit = (amount + discount) // max(abs(quantity), 1)
    return ReceiptLine(n, "copy", name_zh, name_en, "page", quantity, unit, discount, amount, False, dict(detail or {}))


def payment(method="cash", amount=200, room=None, guest=None, voucher=None, tendered=None, change=None):
    last4, approval = ("4242", "A12345") if method == "card" else (None, None)
    return ReceiptPayment(method, amount, tendered, change, last4, approval, room, guest, voucher)


def receipt(lines=None, payments=None, kind="sale", reason=None, clerk="王芳 Wang Fang", rounding=0) -> Receipt:
    lines = tuple(lines or (item(),))
    subtotal = sum(x.amount_minor for x in lines)
    service = subtotal // 10
    tax = (subtotal + service) * 6 // 100
    total = subtotal + service + tax + rounding
    payments = tuple(payments or (payment("cash", total),))
    return Receipt(sale_id=1, kind=kind, counter_code="BC1", receipt_no=42, clerk_name=clerk, posted_at=AT,
                   business_date=date(2026, 12, 6), currency="CNY", lines=lines, service_charge_pct="10",
                   tax_pct="6", subtotal_minor=subtotal, service_charge_minor=service, tax_minor=tax,
                   total_minor=total, payments=payments, reverses_receipt_no=41 if kind != "sale" else None,
                   reason=reason, approved_by_name="李主管 Li" if kind != "sale" else None,
                   timezone="Asia/Shanghai", cash_rounding_minor=rounding)


def shift_report(services=(("复印 Copy", 1200),), payments=(("现金 Cash", 3, 1500),), clerk="王芳",
                 counts=()):
    return SimpleNamespace(
        shift_id=7, clerk_name=clerk, business_date=date(2026, 12, 6), sales_count=12, voids_count=1,
        refunds_count=0, by_service=[SimpleNamespace(label=l, count=1, amount_minor=a) for l, a in services],
        by_payment=[SimpleNamespace(label=l, count=c, amount_minor=a) for l, c, a in payments],
        total_minor=sum(a for _, _, a in payments), float_minor=50000, expected_cash_minor=51500,
        cash_rounding_minor=-2, counts=tuple(counts))


def count(counted=51500, variance=0, approved_by="李主管", reason="复点 recount"):
    return SimpleNamespace(counted_minor=counted, variance_minor=variance, approved_by=approved_by, reason=reason)


def fax_view(written_name="张伟", sender="Procurement team 采购部", room="1208", guest=None):
    return SimpleNamespace(id=5, guest_name=guest, written_name=written_name, room=room, written_room=room,
                           pages=3, sender=sender, received_at=datetime(2026, 12, 6, 20, 30))


def message_view(guest="Nguyễn Văn Ăn", caller="Procurement team 采购部", company="", phone="+86 21 5555 0101",
                 text="Please call back about the 3 pm meeting.", callback=True, kind="phone", clerk="王芳"):
    from bizcenter.workflows.messages import MessageView

    return MessageView(12, kind, "BC1", datetime(2026, 12, 6, 20, 30), clerk, "1208", guest, caller, phone, company,
                       text, callback, "taken", None, None, None, None, None, None, None)


def directory_view(category="consulate", name_zh="德国驻上海总领事馆", name_en="Consulate General of Germany",
                   address_zh="上海市徐汇区永福路181号", address_en="181 Yongfu Road, Xuhui District",
                   phone="+86 21 3401 0106", hours="Mon–Fri 08:00–11:30", website="", notes="", example=False):
    from bizcenter.workflows.directory import EntryView

    return EntryView(7, category, name_zh, name_en, address_zh, address_en, phone.replace(" ", ""), phone, hours,
                     website, notes, True, example, datetime(2026, 12, 6, 20, 30), "王强")


def session_info(guest="Nguyễn Văn Ăn", room="1208", clerk="王芳"):
    from bizcenter.workflows.internet import SessionInfo

    return SessionInfo(id=1, account="NET-ABC234", password="XYZ23456", guest_kind="room", room=room,
                       guest_name=guest, status="open", counter_code="BC1", started_by_name=clerk, started_at=AT,
                       started_shift_id=1, stopped_at=None, stopped_by_name="", seconds=None, sale_id=None,
                       alert_hours=12, read_at=AT)


def tariff(rate=200, block=15, minimum=1, grace=5):
    from bizcenter.pricing.rules import PriceItem
    from bizcenter.workflows.internet import InternetTariff

    rule = {"rate_minor": rate, "block_minutes": block, "minimum_blocks": minimum, "grace_minutes": grace}
    return InternetTariff(PriceItem("internet", "上网", "Internet", "minute", rule), SimpleNamespace(currency="CNY"))


# --- what the printer gets ------------------------------------------------------------------------------
COMMANDS = (b"\x1b@", b"\x1c&", b"\x1c.", b"\x1bd\x06", b"\x1dVA\x00", b"\x1dV\x00", b"\x1dVA\x01",
            b"\x1b!\x10\x1c!\x08", b"\x1b!\x00\x1c!\x00")


def printed_job(lines, paper_mm: int, encoding: str) -> tuple[list[bytes], list[int]]:
    """Render one slip for a printer of this paper and encoding; return the text lines as the bytes the
    printer gets (commands removed) and the row count of each raster run (image height less margin,
    in slip lines)."""
    data = render([Slip(tuple(lines))], PrinterSpec("file", "/dev/null", paper_mm, encoding))
    return read_job(data)


def read_job(data: bytes) -> tuple[list[bytes], list[int]]:
    text = bytearray()
    runs: list[int] = []
    heights = 0
    i = 0
    while i < len(data):
        if data.startswith(b"\x1dv0", i):  # GS v 0 m xL xH yL yH, then xL+256*xH bytes per row
            xbytes = data[i + 4] + 256 * data[i + 5]
            rows = data[i + 6] + 256 * data[i + 7]
            heights += rows
            i += 8 + xbytes * rows
            continue
        if heights:  # a run of image fragments ended
            runs.append(_rows(heights))
            heights = 0
        for cmd in COMMANDS:
            if data.startswith(cmd, i):
                i += len(cmd)
                break
        else:
            text.append(data[i])
            i += 1
    if heights:
        runs.append(_rows(heights))
    if runs and data.find(b"\x1dv0") < _first_text(data):
        runs[0] -= 1  # a slip that starts as raster: its first line, the hotel's name, is double height
    return [bytes(line) for line in bytes(text).split(b"\n")[:-1]], runs


def _first_text(data: bytes) -> int:
    """Where the first line of text starts (after the job's opening commands), or the end."""
    k = data.find(b"\n")
    return len(data) if k < 0 else k


def _rows(height: int) -> int:
    lines, rest = divmod(height, LINE_PX)
    assert rest == 0, f"raster height {height} is not a whole number of slip lines (30 dots, as text lines)"
    return lines
