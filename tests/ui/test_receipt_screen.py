"""The receipt on screen adds up like the printed one: a discounted item at its list amount with the
discount under it, summing to the subtotal; a voided room charge shows its reversal voucher (the screen
shows a voucher exactly when the printer prints one)."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from scenario import SUP, build_world, copies, room, sell, total_of  # noqa: E402
from slip_figures import blocks, check_receipt_adds_up, labelled  # noqa: E402

from bizcenter.workflows.counter import LineRequest  # noqa: E402
from bizcenter.workflows.receipts import load_receipt  # noqa: E402
from bizcenter.workflows.reversal import void_sale  # noqa: E402
from ui.receiptview import ReceiptDialog  # noqa: E402

HOTEL = ("示例大酒店", "Demo Grand Hotel")


def shown(qtbot, receipt) -> str:
    dialog = ReceiptDialog(None, None, receipt, HOTEL, auto_print=False)
    qtbot.addWidget(dialog)
    return dialog.text.toPlainText()


def test_the_screen_receipt_of_a_discounted_bill_adds_up(qtbot, engine):
    w = build_world(engine)
    c = copies(6)
    line = LineRequest(c.service, c.params, discount_minor=240, reason="regular guest", record=c.record)
    sale = sell(w, w.clerk, [line, copies(2)], approval=SUP)
    text = shown(qtbot, w.run(lambda s: load_receipt(s, sale.sale_id)))
    assert "12.00" in text and "-2.40" in text
    assert check_receipt_adds_up(text)["subtotal"] == Decimal("13.60")


def test_a_voided_room_charge_shows_its_reversal_voucher_on_screen(qtbot, engine):
    w = build_world(engine)
    lines = [copies(266)]
    sale = sell(w, w.clerk, lines, [room(total_of(w, lines), "0808", "张三")])
    void = w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "wrong size", SUP, w.clock()))
    text = shown(qtbot, void)
    assert "×-" not in text and "×266" in text
    receipt_part, voucher = text.split("冲销签单 REVERSAL VOUCHER")
    check_receipt_adds_up(receipt_part)
    assert labelled(blocks(voucher)[2], "冲销房帐 Room credit") == Decimal("-620.31")
