"""Void and refund slips read as reversals: quantities given back without a minus (×12), amounts negative,
the original named; the figures add up like a sale's. A reversed room charge prints its reversal voucher
(guest and accounts copies: the folio correction the front office needs), and the print job's title names
a voucher only when one is printed."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from bizcenter.desk import Desk
from bizcenter.models import Posting
from bizcenter.printing.target import parse_url
from bizcenter.workflows.reversal import refund_sale, void_sale
from fake_printer import FakePrinter, text_of
from scenario import SUP, build_world, cash, copies, room, sell, total_of
from slip_figures import blocks, check_receipt_adds_up, figure, labelled
from test_slip_arithmetic import discounted, printed, receipt

REVERSE = {"void": void_sale, "refund": refund_sale}


@pytest.fixture
def w(engine):
    return build_world(engine)


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def reverse(w, kind: str, sale):
    return w.run(lambda s: REVERSE[kind](s, w.clerk, sale.sale_id, "wrong size", SUP, w.clock()))


@pytest.mark.parametrize("paper", [58, 80])
@pytest.mark.parametrize("kind", ["void", "refund"])
def test_a_reversal_prints_quantities_given_back_and_negative_amounts_that_add_up(w, kind, paper):
    sale = sell(w, w.clerk, [discounted(12, 400), copies(3)], approval=SUP)
    back = reverse(w, kind, sale)
    text = printed(back, paper)
    assert "×-" not in text and "×12" in text and "×3" in text
    assert f"冲销 Reverses {sale.number}" in text
    items = blocks(text)[1]
    assert [figure(line) for line in items if figure(line) is not None] == [
        Decimal("-24.00"), Decimal("4.00"), Decimal("-6.00")]  # list, its discount given back, the other line
    figures = check_receipt_adds_up(text)
    assert figures["subtotal"] == Decimal("-26.00") and figures["paid"] == Decimal(back.total_minor) / 100 < 0


@pytest.mark.parametrize("kind", ["void", "refund"])
def test_a_reversed_cash_sale_prints_no_voucher_and_its_title_promises_none(w, desk_printer, kind):
    desk, printer = desk_printer
    sale = sell(w, w.clerk, [copies(3)])
    back = reverse(w, kind, sale)
    job = desk.print_receipt(w.clerk, back.sale_id)
    assert job.status == "done" and "voucher" not in job.title and "签单" not in job.title
    data = printer.wait_for(1)[0]
    assert data.count(b"\x1dV\x00") == 1 and "VOUCHER" not in text_of(data)


@pytest.fixture
def desk_printer(w, printer):
    desk = Desk(w.engine)
    desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
    return desk, printer


def reversal_postings(w, sale_id: int) -> list[tuple[str, int]]:
    return w.run(lambda s: s.execute(select(Posting.voucher_no, Posting.amount_minor)
                                     .where(Posting.sale_id == sale_id)).all())


@pytest.mark.parametrize("kind", ["void", "refund"])
def test_a_reversed_room_charge_prints_the_reversal_voucher_it_promises(w, desk_printer, kind):
    desk, printer = desk_printer
    lines = [copies(266)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [room(total, "0808", "张三")])
    original_voucher = receipt(w, sale).payments[0].voucher_no
    back = reverse(w, kind, sale)
    job = desk.print_receipt(w.clerk, back.sale_id)
    assert job.status == "done" and "冲销签单 reversal voucher" in job.title
    data = printer.wait_for(1)[0]
    assert data.count(b"\x1dV\x00") == 3  # the slip and two voucher copies, each cut
    slip, *vouchers = text_of(data).split("冲销签单 REVERSAL VOUCHER")
    assert "客人签字" not in slip  # nobody signs a reversal receipt for the guest
    assert len(vouchers) == 2 and "客人联 GUEST COPY" in vouchers[0] and "财务联 ACCOUNTS COPY" in vouchers[1]
    [(voucher_no, posted)] = reversal_postings(w, back.sale_id)
    assert posted == -total == -62031
    for text in vouchers:
        parts = blocks(text)
        head, items, totals = parts[0], parts[1], parts[2]
        assert any(voucher_no in line for line in head) and any(original_voucher in line for line in head)
        assert any(sale.number in line for line in head) and any("wrong size" in line for line in head)
        assert "×266" in "\n".join(items) and "×-" not in text
        subtotal = labelled(totals, "小计 Subtotal")
        assert sum((f for f in map(figure, items) if f is not None), Decimal(0)) == subtotal == Decimal("-532.00")
        total_printed = labelled(totals, "合计 TOTAL")
        assert subtotal + labelled(totals, "服务费 Service") + labelled(totals, "税 Tax") == total_printed
        assert labelled(totals, "冲销房帐 Room credit") == total_printed == Decimal(posted) / 100
        assert "主管签字 Supervisor signature" in text


def test_the_screen_shows_the_reversal_voucher_of_a_voided_room_charge(w):
    """The screen's receipt shows a voucher exactly when the printer prints one."""
    from bizcenter.documents.slip import voucher_lines, vouchers_due

    lines = [copies(5)]
    total = total_of(w, lines)
    split = sell(w, w.clerk, lines, [room(500, "0808", "张三"), cash(total - 500)])
    back = reverse(w, "void", split)
    assert vouchers_due(back) and not vouchers_due(reverse(w, "void", sell(w, w.clerk, lines)))
    text = "\n".join(voucher_lines(back, ("酒店", "Hotel"), 42, "guest"))
    totals = blocks(text)[2]
    assert labelled(totals, "冲销房帐 Room credit") == Decimal("-5.00")
    total = labelled(totals, "合计 TOTAL") + labelled(totals, "抹零 Rounding")  # the cash part was rounded
    assert total == labelled(totals, "实收 AMOUNT PAID")
    assert total + labelled(totals, "减 现金 Less cash") == Decimal("-5.00")
