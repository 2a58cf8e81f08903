"""The clerk's day in the app: sign in, open the shift, sell, take payment, see the receipt."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from uidriver import CLERK, SUPERVISOR, add_copy_job, idle, open_shift, sign_in, WAIT
from bizcenter.workflows import shift


def pay(qtbot, win):
    win.counter.pay.click()
    return win.counter.dialog


def test_sell_a_copy_job_for_cash_shows_the_receipt_with_change(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window, pages=10)
    assert "¥" in window.counter.total.text() and "23.32" in window.counter.total.text()  # 20 + 10 % + 6 %
    dialog = pay(qtbot, window)
    dialog.tendered.setText("50.00")
    assert "26.70" in dialog.change.text()  # ¥23.30 in cash: rounded to the ¥0.10 coin (抹零)
    dialog.pay.click()
    idle(qtbot, window)
    receipt = window.counter.dialog
    assert receipt.objectName() == "receiptDialog"
    text = receipt.text.toPlainText()
    assert "BC1-000001" in text and "23.32" in text and "找零 Change" in text and "26.70" in text
    assert "抹零 Rounding" in text and "23.30" in text
    assert window.counter.bill.quote is None  # the bill is cleared for the next guest


def test_wrong_pin_keeps_the_clerk_on_the_sign_in_screen_with_a_plain_message(qtbot, window):
    sign_in(qtbot, window, ("C01", "0000"))
    assert window.stack.currentWidget() is window.signin
    assert "PIN" in window.signin.message.text()
    assert "Traceback" not in window.signin.message.text()


def test_room_charge_with_a_wrong_name_is_refused_then_accepted_with_the_right_name(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    dialog = pay(qtbot, window)
    dialog.method_buttons.button(2).click()
    dialog.room.setText("1208")
    dialog.room.editingFinished.emit()
    idle(qtbot, window)
    assert dialog.guests.count() == 1
    dialog.guest_name.setText("Hans Schmidt")
    dialog.pay.click()
    idle(qtbot, window)
    assert dialog.isVisible() and "1208" in dialog.message.text()
    dialog.guest_name.setText("hans muller")
    dialog.pay.click()
    idle(qtbot, window)
    text = window.counter.dialog.text.toPlainText()
    assert "V0000001" in text and "Müller, Hans" in text and "签字" in text


def test_split_payment_cash_and_card(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window, pages=10)  # 23.32
    dialog = pay(qtbot, window)
    dialog.amount.setText("10.00")
    dialog.add_part.click()
    assert "13.32" in dialog.due.text()
    dialog.method_buttons.button(1).click()
    dialog.last4.setText("4242")
    dialog.approval_code.setText("A1B2C3")
    dialog.pay.click()
    idle(qtbot, window)
    text = window.counter.dialog.text.toPlainText()
    assert "**** 4242" in text and "10.00" in text and "13.32" in text


def test_full_card_number_is_refused_in_plain_words(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    dialog = pay(qtbot, window)
    dialog.method_buttons.button(1).click()
    dialog.last4.setText("4111111111111111")
    dialog.approval_code.setText("A1")
    dialog.pay.click()
    idle(qtbot, window)
    assert dialog.isVisible() and "卡号" in dialog.message.text()


def test_double_click_on_pay_posts_once(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    dialog = pay(qtbot, window)
    dialog.pay.click()
    assert not dialog.pay.isEnabled()  # disabled while posting
    dialog.pay.click()  # a second click on a disabled button does nothing
    dialog.submit()  # and even a second submit cannot post twice: the draft key is already used
    idle(qtbot, window)
    report = window.station.desk.shift_report(window.station.shift.id)
    assert report.sales_count == 1



def test_a_receipt_that_cannot_be_drawn_leaves_the_sale_recorded_and_says_so(qtbot, window, monkeypatch):
    """The slip's text is composed after the sale is posted: its failure must not read as a failed sale."""
    import ui.counter

    def unreadable_font(*_args, **_kwargs):
        raise OSError("the slip font cannot be read")

    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    monkeypatch.setattr(ui.counter, "receipt_text", unreadable_font)
    dialog = pay(qtbot, window)
    dialog.pay.click()
    idle(qtbot, window)
    message = window.counter.message.text()
    assert "BC1-000001" in message and ("recorded" in message or "已记账" in message)
    assert "did not complete" not in message and "未完成" not in message
    assert window.counter.bill.quote is None  # the bill was paid: the next guest's bill is empty
    assert window.station.desk.shift_report(window.station.shift.id).sales_count == 1

def test_void_needs_a_supervisor_and_is_refused_with_a_clerks_pin(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    pay(qtbot, window).pay.click()
    idle(qtbot, window)
    window.counter.dialog.close()
    window.counter.reverse("void", number=1)
    approval = window.counter.dialog
    approval.code.setText(CLERK[0])
    approval.pin.setText(CLERK[1])
    approval.reason.setText("wrong size")
    approval.accept()
    idle(qtbot, window)
    assert "领班" in window.counter.message.text() or "supervisor" in window.counter.message.text()
    window.counter.reverse("void", number=1)
    approval = window.counter.dialog
    approval.code.setText(SUPERVISOR[0])
    approval.pin.setText(SUPERVISOR[1])
    approval.reason.setText("wrong size")
    approval.accept()
    idle(qtbot, window)
    text = window.counter.dialog.text.toPlainText()
    assert "作废单 VOID" in text and "BC1-000001" in text and "王强" in text


def test_shift_close_with_a_variance_needs_a_supervisor(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window)
    pay(qtbot, window).pay.click()
    idle(qtbot, window)
    window.counter.dialog.close()
    window.counter.close_button.click()
    close = window.shiftclose
    assert window.stack.currentWidget() is close
    assert close.figures.text() == ""  # blind: nothing expected is shown before the count
    close.spins[10000].setValue(4)  # 400.00 counted, 523.30 expected (¥23.32 paid ¥23.30 in cash)
    close.count_button.click()
    idle(qtbot, window)
    assert "-¥123.30" in close.figures.text() and "¥523.30" in close.figures.text()
    close.note.setPlainText("复印机卡纸，已报修")
    close.close_button.click()
    approval = close.dialog
    approval.code.setText(SUPERVISOR[0])
    approval.pin.setText(SUPERVISOR[1])
    approval.reason.setText("短款，已核查")
    approval.accept()
    idle(qtbot, window)
    assert window.stack.currentWidget() is window.signin
    handover = window.station.desk.op(shift.pending_handover, window.station.desk.counter_id("BC1"))
    assert handover is not None and "卡纸" in handover.note


def test_every_action_has_a_keyboard_route(qtbot, window):
    open_shift(qtbot, window)
    tile = window.counter.tile_buttons["copy"]
    assert tile.shortcut().toString() == "Alt+C" and "Alt+C" in tile.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.counter.table.setFocus()
    # Offscreen, the first synthetic key event after the page appears is now and then not offered to the
    # shortcut map (a second press always is; on a real X display Alt+C right after sign-in opened the
    # form): press again once.
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_C, Qt.AltModifier)
        try:
            qtbot.waitUntil(lambda: window.counter.dialog is not None, timeout=5000)  # the click is animated
            break
        except qtbot.TimeoutError:
            continue
    assert window.counter.dialog is not None
    assert window.counter.dialog.objectName() == "form_copy"
    form = window.counter.dialog
    qtbot.waitUntil(lambda: form.ok.isEnabled() or bool(form.message.text()), timeout=WAIT)
    qtbot.keyClick(form, Qt.Key_Return)  # Enter confirms … but only once the test copy is approved
    assert form.isVisible() and form.message.text()


def test_discount_needs_a_supervisor_and_the_receipt_shows_it(qtbot, window):
    open_shift(qtbot, window)
    add_copy_job(qtbot, window, pages=10)  # 20.00
    window.counter.adjust("discount", row=0)
    dialog = window.counter.dialog
    dialog.amount.setText("5.00")
    dialog.code.setText(CLERK[0])
    dialog.pin.setText(CLERK[1])
    dialog.reason.setText("regular guest")
    dialog.accept()
    idle(qtbot, window)
    assert "20.00" in window.counter.bill.data(window.counter.bill.index(0, 2))  # refused: no discount
    window.counter.adjust("discount", row=0)
    dialog = window.counter.dialog
    dialog.amount.setText("5.00")
    dialog.code.setText(SUPERVISOR[0])
    dialog.pin.setText(SUPERVISOR[1])
    dialog.reason.setText("regular guest")
    dialog.accept()
    idle(qtbot, window)
    assert "15.00" in window.counter.bill.data(window.counter.bill.index(0, 2))
    pay(qtbot, window).pay.click()
    idle(qtbot, window)
    text = window.counter.dialog.text.toPlainText()
    assert "折扣 Discount" in text and "-5.00" in text


def test_a_faulty_device_at_shift_start_stays_on_the_board_until_cleared(qtbot, window, monkeypatch):
    sign_in(qtbot, window)
    idle(qtbot, window)
    page = window.shiftstart
    device = next(iter(page.device_rows))
    ok, note = page.device_rows[device]
    ok.setChecked(False)
    page.float_edit.setText("300.00")
    page.open_button.click()
    idle(qtbot, window)
    assert window.stack.currentWidget() is page and page.message.text()  # a fault needs a description
    note.setText("卡纸 paper jam")
    page.open_button.click()
    idle(qtbot, window)
    board = window.counter.board
    qtbot.waitUntil(lambda: board.faults.count() == 1, timeout=WAIT)
    assert "卡纸" in board.faults.item(0).text()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("engineer replaced the roller", True))
    board.clear.click()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: board.faults.count() == 0, timeout=WAIT)


def test_a_database_that_cannot_be_reached_gives_a_plain_message(qtbot, monkeypatch):
    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    from ui.app import build

    _, win = build(db="postgresql://nobody@127.0.0.1:1/nowhere")
    qtbot.addWidget(win)
    win.show()
    sign_in(qtbot, win, CLERK)
    assert win.stack.currentWidget() is win.signin
    assert "数据库" in win.signin.message.text() or "database" in win.signin.message.text()
    qtbot.waitUntil(lambda: win.runner.in_flight == 0, timeout=WAIT)
