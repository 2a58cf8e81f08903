"""Receipts and room-charge vouchers read back from the printer's bytes: every printed figure adds up.

The item block sums to the printed subtotal (an item at its price before discount, the discount under
it), subtotal + service charge + tax (+ cash rounding) is the total, the payments are the total, and the
voucher shows the same bill down to the amount the guest signs for, which is the amount posted."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from bizcenter.desk import Desk
from bizcenter.documents.slip import PAPER_COLUMNS, Paper, receipt_lines, voucher_lines
from bizcenter.models import Posting
from bizcenter.printing.escpos_out import Slip, render
from bizcenter.printing.target import parse_url
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.receipts import load_receipt
from fake_printer import FakePrinter, text_of
from scenario import SUP, build_world, cash, copies, room, sell, total_of
from slip_figures import blocks, check_receipt_adds_up, figure, labelled

HOTEL = ("示例大酒店", "Demo Grand Hotel")
PAPERS = [58, 80]


@pytest.fixture
def w(engine):
    return build_world(engine)


def discounted(pages: int, discount: int, **kw) -> LineRequest:
    c = copies(pages)
    return LineRequest(c.service, c.params, discount_minor=discount, reason="regular guest", record=c.record, **kw)


def printed(r, paper: int, *, voucher: str | None = None) -> str:
    """The slip as a GB18030 printer of that paper width receives it, decoded back to text."""
    width = Paper(PAPER_COLUMNS[paper], "gb18030")  # laid out as the print queue lays it out for that printer
    lines = voucher_lines(r, HOTEL, width, voucher) if voucher else receipt_lines(r, HOTEL, width)
    return text_of(render([Slip(tuple(lines))], parse_url("file:///dev/null", encoding="gb18030", paper_mm=paper)))


def receipt(w, sale):
    return w.run(lambda s: load_receipt(s, sale.sale_id))


BILLS = {
    "plain": lambda: [copies(3), copies(7)],
    "discounted": lambda: [discounted(6, 240), copies(2)],  # ¥12.00 less ¥2.40, and ¥4.00
    "override and discount": lambda: [discounted(6, 100, override_amount_minor=1000)],
    "air fare without service charge": lambda: [copies(5), LineRequest("ticket_fare", {"fare_minor": 110_000,
                                                                                         "taxes_minor": 10_000})],
}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("bill", list(BILLS))
def test_every_printed_receipt_adds_up_to_its_subtotal_total_and_payments(w, paper, bill):
    sale = sell(w, w.clerk, BILLS[bill](), approval=SUP)
    r = receipt(w, sale)
    figures = check_receipt_adds_up(printed(r, paper))
    assert figures["subtotal"] == Decimal(r.subtotal_minor) / 100
    assert figures["paid"] == Decimal(r.total_minor) / 100


@pytest.mark.parametrize("paper", PAPERS)
def test_a_discounted_line_prints_its_list_amount_then_the_discount(w, paper):
    sale = sell(w, w.clerk, [discounted(6, 240)], approval=SUP)
    items = blocks(printed(receipt(w, sale), paper))[1]
    amounts = [(line.strip(), figure(line)) for line in items if figure(line) is not None]
    assert [a for _, a in amounts] == [Decimal("12.00"), Decimal("-2.40")]
    assert amounts[1][0].startswith("折扣 Discount")
    assert "×6" in items[1]
    totals = blocks(printed(receipt(w, sale), paper))[2]
    assert labelled(totals, "小计 Subtotal") == Decimal("9.60")


def test_the_screen_receipt_shows_the_same_arithmetic(w):
    """The on-screen receipt is the same lines at 42 columns."""
    sale = sell(w, w.clerk, [discounted(6, 240), copies(2)], approval=SUP)
    text = "\n".join(receipt_lines(receipt(w, sale), HOTEL, 42))
    assert check_receipt_adds_up(text)["subtotal"] == Decimal("13.60")


def test_an_air_fare_line_names_the_amount_that_carries_service_charge(w):
    sale = sell(w, w.clerk, [copies(5), LineRequest("ticket_fare", {"fare_minor": 110_000, "taxes_minor": 10_000})])
    text = printed(receipt(w, sale), 58)
    totals = blocks(text)[2]
    assert labelled(totals, "计费金额 Chargeable") == Decimal("10.00")
    assert labelled(totals, "服务费 Service 10%") == Decimal("1.00")  # 10 % of the chargeable ¥10.00
    assert "免服务费及税 No surcharge" in text


@pytest.mark.parametrize("paper", PAPERS)
def test_a_cash_rounded_receipt_adds_up_to_the_amount_paid(w, paper):
    bill, total = [], 0
    for n in range(1, 20):  # the first number of pages whose total is not a whole ¥0.10
        if (total := total_of(w, [copies(n)])) % 10:
            bill = [copies(n)]
            break
    assert total % 10
    sale = sell(w, w.clerk, bill, [cash(total)])
    r = receipt(w, sale)
    assert r.cash_rounding_minor
    figures = check_receipt_adds_up(printed(r, paper))
    assert figures["paid"] == Decimal(r.total_minor) / 100 and figures["paid"] * 100 % 10 == 0


# --- the room-charge voucher ------------------------------------------------------------------------
def voucher_figures(text: str) -> dict[str, Decimal]:
    parts = blocks(text)
    items, totals = parts[1], parts[2]
    subtotal = labelled(totals, "小计 Subtotal")
    assert sum((f for f in map(figure, items) if f is not None), Decimal(0)) == subtotal
    total = labelled(totals, "合计 TOTAL")
    assert subtotal + labelled(totals, "服务费 Service") + labelled(totals, "税 Tax") == total
    if any(line.startswith("抹零 Rounding") for line in totals):
        assert total + labelled(totals, "抹零 Rounding") == labelled(totals, "实收 AMOUNT PAID")
        total = labelled(totals, "实收 AMOUNT PAID")
    less = [figure(line) for line in totals if line.strip().startswith("减 ")]
    charged = labelled(totals, "挂房帐 Room charge")
    assert total + sum(less, Decimal(0)) == charged, totals
    return {"subtotal": subtotal, "total": total, "charged": charged}


def postings(w, sale_id: int) -> list[int]:
    return w.run(lambda s: s.scalars(select(Posting.amount_minor).where(Posting.sale_id == sale_id)).all())


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("copy_for", ["guest", "accounts"])
def test_the_voucher_shows_subtotal_service_charge_tax_and_the_total_the_guest_signs_for(w, paper, copy_for):
    lines = [copies(266)]  # ¥532.00 of copying: ¥620.31 with 10 % service charge and 6 % tax on both
    total = total_of(w, lines)
    assert total == 62031
    sale = sell(w, w.clerk, lines, [room(total, "0808", "张三")])
    text = printed(receipt(w, sale), paper, voucher=copy_for)
    figures = voucher_figures(text)
    assert (figures["subtotal"], figures["charged"]) == (Decimal("532.00"), Decimal("620.31"))
    assert postings(w, sale.sale_id) == [62031]
    assert text.index("挂房帐 Room charge") < text.index("客人签字 Guest signature")


@pytest.mark.parametrize("paper", PAPERS)
def test_a_split_sales_voucher_takes_off_the_cash_down_to_the_posted_room_charge(w, paper):
    lines = [discounted(266, 3200)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [room(30_000, "1208", "Müller, Hans"), cash(total - 30_000)], approval=SUP)
    r = receipt(w, sale)
    figures = voucher_figures(printed(r, paper, voucher="guest"))
    assert figures["charged"] == Decimal("300.00") and postings(w, sale.sale_id) == [30_000]
    assert figures["total"] == Decimal(r.total_minor) / 100
    check_receipt_adds_up(printed(r, paper))


@pytest.mark.parametrize("paper", PAPERS)
def test_a_split_sale_prints_its_payments_together_then_the_signature_block(w, paper):
    lines = [copies(20)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [room(2_000, "0808", "张三"), cash(total - 2_000)])
    text = printed(receipt(w, sale), paper)
    payments = blocks(text)[3]
    top = [line for line in payments if line and not line.startswith(" ")]
    assert [line.split()[0] for line in top][:2] == ["挂房帐", "现金"]
    signature = next(i for i, line in enumerate(payments) if "客人签字 Guest signature" in line)
    cash_line = next(i for i, line in enumerate(payments) if line.startswith("现金 Cash"))
    assert cash_line < signature
    assert not any(figure(line) is not None for line in payments[signature:])  # nothing paid after it


def test_the_room_charge_job_prints_receipt_and_both_vouchers_that_add_up(w):
    """Through the print queue as the counter prints it: three slips, each cut."""
    desk = Desk(w.engine)
    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        lines = [copies(266)]
        sale = sell(w, w.clerk, lines, [room(total_of(w, lines), "0808", "张三")])
        job = desk.print_receipt(w.clerk, sale.sale_id)
        assert job.status == "done" and "签单 voucher" in job.title
        data = printer.wait_for(1)[0]
        assert data.count(b"\x1dV\x00") == 3
        receipt_part, *vouchers = text_of(data).split("挂房帐签单 ROOM CHARGE VOUCHER")
        assert check_receipt_adds_up(receipt_part)["paid"] == Decimal("620.31")
        assert len(vouchers) == 2
        for part in vouchers:
            assert voucher_figures(part)["charged"] == Decimal("620.31")
    finally:
        printer.stop()
