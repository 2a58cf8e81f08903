"""The refund dialog: tick lines (and units), see the amount to pay back, choose how, approve; the refund
slip lists only the lines given back and adds up. A wrong PIN keeps the dialog open with what was typed."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from bizcenter.services import find
from bizcenter.workflows.counter import PaymentRequest, SaleDraft
from bizcenter.workflows.lines import LineRequest
from uidriver import SUPERVISOR, WAIT, closed, idle, open_shift

SHOTS = os.environ.get("BIZCENTER_SHOTS")  # a folder: save the dialog's screenshot there


def _card_sale(win):
    desk, op = win.station.desk, win.station.op
    def followed(code, params):  # as a clerk who ticked every check the service needs
        return LineRequest(code, params, record=find(code).followed(params) if find(code) else {})

    lines = (followed("copy", {"pages": 10}), followed("scan", {"pages": 2}),
             followed("typing", {"language": "en", "pages": 3}))
    total = desk.quote(lines).total_minor
    return desk.settle(op, SaleDraft(lines, (PaymentRequest("card", total, card_last4="4242",
                                                            card_approval="A1B2C3"),)))


def _open_refund(qtbot, win, sale):
    win.counter.reverse("refund", sale.receipt_no)
    idle(qtbot, win)
    dialog = win.counter.dialog
    assert dialog.objectName() == "refundDialog"
    return dialog


@pytest.fixture
def counter(qtbot, window):
    open_shift(qtbot, window)
    return window


def test_the_clerk_gives_back_one_line_in_cash_and_the_slip_lists_only_it(qtbot, counter):
    win = counter
    sale = _card_sale(win)
    dialog = _open_refund(qtbot, win, sale)
    assert dialog.methods.checkedButton().objectName() == "refundBy_card"  # as it was paid, until changed
    assert not dialog.ok.isEnabled() and dialog.amount.text() == "—"
    dialog.tick(2)
    idle(qtbot, win)
    assert dialog.amount.text() != "—"
    card_amount = dialog.amount.text()
    dialog.findChild(type(dialog.methods.button(0)), "refundBy_cash").setChecked(True)
    idle(qtbot, win)
    assert dialog.card_last4.isHidden() and dialog.amount.text()
    shown = dialog.amount.text()
    qtbot.keyClicks(dialog.reason, "scan unreadable")
    qtbot.keyClicks(dialog.code, SUPERVISOR[0])
    qtbot.keyClicks(dialog.pin, "0000")  # wrong: the dialog stays, the ticks and the reason kept
    dialog.ok.click()
    idle(qtbot, win)
    assert dialog.isVisible() and dialog.error.text() and dialog.pin.text() == ""
    assert dialog.reason.text() == "scan unreadable" and dialog.picks()[0].line_no == 2
    qtbot.keyClicks(dialog.pin, SUPERVISOR[1])
    posted = []  # the dialog is deleted once done: the refund it posted is read as it closes
    dialog.accepted.connect(lambda: posted.append(dialog.receipt))
    dialog.ok.click()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT)
    (back,) = posted
    assert back is not None and back.kind == "refund"
    assert [l.line_no for l in back.lines] == [2] and [p.method for p in back.payments] == ["cash"]
    assert shown.replace("-", "").replace("−", "").strip() and card_amount  # figures were shown before posting
    from bizcenter.documents.slip import receipt_lines

    text = "\n".join(receipt_lines(back, ("酒店", "Hotel"), 42))
    assert "Scan" in text or "扫描" in text
    assert "Copy" not in text and "复印" not in text and "Typing" not in text  # only the line given back
    assert back.subtotal_minor + back.service_charge_minor + back.tax_minor + back.cash_rounding_minor \
        == back.total_minor == sum(p.amount_minor for p in back.payments)
    # the same line again: the dialog shows it refunded and cannot tick it
    again = _open_refund(qtbot, win, sale)
    row = next(i for i, l in enumerate(again.sale.lines) if l.line_no == 2)
    assert not (again.table.item(row, 0).flags() & Qt.ItemIsUserCheckable)
    assert again.findChild(type(again.amount), "refundEarlier") is not None
    again.reject()


def test_units_of_a_copy_line_and_a_dialog_that_fits_in_both_languages(qtbot, counter):
    from ui import i18n

    win = counter
    sale = _card_sale(win)
    for lang in ("en", "zh"):
        i18n.set_language(lang)
        dialog = _open_refund(qtbot, win, sale)
        dialog.tick(1, 4)
        dialog.tick(3)
        idle(qtbot, win)
        assert [(p.line_no, p.quantity) for p in dialog.picks()] == [(1, 4), (3, None)]
        assert not dialog.spins[2].isEnabled() or not dialog.sale.lines[2].whole_only
        assert dialog.width() <= 1366 and dialog.height() <= 768
        if SHOTS:
            qtbot.wait(50)
            dialog.grab().save(os.path.join(SHOTS, f"refund_dialog_{lang}.png"))
        dialog.reject()
    i18n.set_language("en")
