"""Paying by WeChat Pay / Alipay / UnionPay QR at the counter: F9 puts the cursor in the scan field, the
scanner types the payment code and Enter, the wallet is shown, the sale settles with the wallet's
reference on the receipt, and the code itself is nowhere; a declined payment says so in the dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bizcenter.payments import qr
from bizcenter.workflows.settings import set_setting
from uidriver import add_copy_job, idle, open_shift, WAIT

WECHAT = "134567890123456789"


@pytest.fixture
def acq(monkeypatch):
    fresh = qr.TestAcquirer()
    monkeypatch.setattr(qr, "TEST", fresh)
    return fresh


def qr_dialog(qtbot, win):
    open_shift(qtbot, win)
    win.station.desk.op(set_setting, "qr_acquirer", "test")
    add_copy_job(qtbot, win, pages=10)  # 23.32
    win.counter.pay.click()
    dialog = win.counter.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tendered, timeout=WAIT)
    for _ in range(3):  # offscreen, the first key after a dialog appears is now and then not offered to shortcuts
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F9)
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.qr_code, timeout=5000)
            break
        except qtbot.TimeoutError:
            continue
    assert QApplication.focusWidget() is dialog.qr_code and dialog.method() == "qr"
    return dialog


def test_a_scanned_wechat_code_and_enter_settles_the_sale(qtbot, window, acq):
    dialog = qr_dialog(qtbot, window)
    qtbot.keyClicks(dialog.qr_code, WECHAT)  # a barcode scanner types like a keyboard: digits…
    assert dialog.qr_provider.currentData() == "wechat"  # the wallet shown from the code
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 736  # the dialog with its QR page fits 1366×768
    qtbot.keyClick(dialog.qr_code, Qt.Key_Return)  # …and Enter
    assert "…" in dialog.qr_state.text() or not dialog.isVisible()  # waiting while the acquirer answers
    idle(qtbot, window)
    receipt = window.counter.dialog
    assert receipt.objectName() == "receiptDialog"
    text = receipt.text.toPlainText()
    (order,) = acq.charges
    assert "微信支付 WeChat Pay" in text and acq.charges[order][2] in text and "23.32" in text
    assert WECHAT not in text and acq.charged() == 2332
    report = window.station.desk.shift_report(window.station.shift.id)
    assert [(r.key, r.amount_minor) for r in report.by_payment] == [("qr_wechat", 2332)]


def test_a_declined_payment_is_told_and_the_clerk_may_scan_again(qtbot, window, acq):
    acq.behaviour = "declined"
    dialog = qr_dialog(qtbot, window)
    qtbot.keyClicks(dialog.qr_code, WECHAT)
    qtbot.keyClick(dialog.qr_code, Qt.Key_Return)
    idle(qtbot, window)
    assert dialog.isVisible() and "拒绝" in dialog.message.text()
    assert dialog.qr_code.text() == "" and dialog.qr_code.isEnabled() and acq.charged() == 0
    acq.behaviour = "timeout_paid"  # the next scan's answer is lost, but the query finds the charge
    qtbot.keyClicks(dialog.qr_code, WECHAT)
    qtbot.keyClick(dialog.qr_code, Qt.Key_Return)
    idle(qtbot, window)
    assert window.counter.dialog.objectName() == "receiptDialog" and acq.charged() == 2332


def test_a_refund_of_a_wallet_sale_goes_back_to_the_wallet(qtbot, window, acq):
    from bizcenter.services import find
    from bizcenter.workflows.counter import PaymentRequest, SaleDraft
    from bizcenter.workflows.lines import LineRequest
    from uidriver import SUPERVISOR

    open_shift(qtbot, window)
    window.station.desk.op(set_setting, "qr_acquirer", "test")
    desk, op = window.station.desk, window.station.op
    lines = tuple(LineRequest(c, p, record=find(c).followed(p)) for c, p in (("copy", {"pages": 10}),
                                                                             ("scan", {"pages": 2})))
    total = desk.quote(lines).total_minor
    paid = qr.collect(acq, "o1", WECHAT, total)
    sale = desk.settle(op, SaleDraft(lines, (PaymentRequest("qr", total, provider="wechat", reference=paid.reference),)))
    window.counter.reverse("refund", sale.receipt_no)
    idle(qtbot, window)
    dialog = window.counter.dialog
    assert dialog.objectName() == "refundDialog"
    assert dialog.methods.checkedButton().objectName() == "refundBy_qr"  # as it was paid
    dialog.tick(2)
    qtbot.keyClicks(dialog.reason, "scan unreadable")
    qtbot.keyClicks(dialog.code, SUPERVISOR[0])
    qtbot.keyClicks(dialog.pin, SUPERVISOR[1])
    idle(qtbot, window)
    dialog.ok.click()
    idle(qtbot, window)
    back = dialog.receipt
    assert back is not None and [(p.method, p.provider) for p in back.payments] == [("qr", "wechat")]
    assert acq.charged() == total + back.payments[0].amount_minor < total  # the wallet paid that part back
