"""Cash at the counter: the pay dialog asks for cash rounded to ¥0.10 (抹零) and card to the fen; the
shift-close screen keeps the first count final and takes a recount only with a supervisor."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel
from uidriver import SUPERVISOR, add_copy_job, idle, open_shift


def test_pay_dialog_asks_the_rounded_cash_and_the_card_to_the_fen(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window, pages=10)  # ¥23.32
    window.counter.pay.click()
    dialog = window.counter.dialog
    assert "23.32" in dialog.due.text() and "23.30" in dialog.due.text() and "-¥0.02" in dialog.due.text()
    assert dialog.amount.minor() == 2330
    dialog.method_buttons.button(1).click()  # card: the exact total, no rounding shown
    assert dialog.amount.minor() == 2332 and "23.30" not in dialog.due.text()
    dialog.method_buttons.button(0).click()
    assert dialog.amount.minor() == 2330
    dialog.tendered.setText("30.00")
    assert "6.70" in dialog.change.text()
    dialog.pay.click()
    idle(qtbot, window)
    text = window.counter.dialog.text.toPlainText()
    assert "抹零 Rounding" in text and "-0.02" in text and "6.70" in text
    report = window.station.desk.shift_report(window.station.shift.id)
    assert (report.expected_cash_minor, report.cash_rounding_minor) == (50_000 + 2330, -2)


def _to_shift_close(qtbot, window):
    window.counter.close_button.click()
    idle(qtbot, window)
    assert window.stack.currentWidget() is window.shiftclose
    return window.shiftclose


def test_shift_close_refuses_a_second_count_and_takes_a_recount_only_with_a_supervisor(qtbot, window):
    open_shift(qtbot, window)
    close = _to_shift_close(qtbot, window)
    close.spins[10000].setValue(4)  # ¥400.00 of a ¥500.00 float
    close.count_button.click()
    idle(qtbot, window)
    assert "-¥100.00" in close.figures.text()
    assert not close.count_button.isEnabled() and close.recount_button.isEnabled()
    close.back.click()  # back to the counter and in again: the screen is fresh, the count is not
    close = _to_shift_close(qtbot, window)
    close.spins[10000].setValue(5)
    close.count_button.click()
    idle(qtbot, window)
    assert "首次清点为最终结果" in close.message.text() and close.figures.text() == ""
    assert not close.close_button.isEnabled() and close.recount_button.isEnabled()
    desk, shift_id = window.station.desk, window.station.shift.id
    assert [c.counted_minor for c in desk.shift_report(shift_id).counts] == [40_000]
    close.recount_button.click()  # the supervisor counts with the clerk and approves
    approval = close.dialog
    approval.code.setText(SUPERVISOR[0])
    approval.pin.setText(SUPERVISOR[1])
    approval.reason.setText("recounted together")
    approval.accept()
    idle(qtbot, window)
    assert close.result.attempt == 2 and close.result.variance_minor == 0 and close.close_button.isEnabled()
    assert not close.recount_button.isEnabled()
    counts = desk.shift_report(shift_id).counts
    assert [(c.counted_minor, c.approved_by) for c in counts] == [(40_000, None), (50_000, "王强")]


def test_x_report_shows_the_cash_rounding_inside_the_total(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window, pages=10)  # ¥23.32, paid ¥23.30 in cash
    window.counter.pay.click()
    window.counter.dialog.tendered.setText("30.00")
    window.counter.dialog.pay.click()
    idle(qtbot, window)
    window.counter.dialog.close()
    window.counter.xreport.click()
    idle(qtbot, window)
    text = window.counter.dialog.findChild(QLabel, "xReportText").text()
    assert "-¥0.02" in text and "¥23.30" in text and "¥523.30" in text  # rounding, total, cash expected
