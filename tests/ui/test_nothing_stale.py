"""Nothing stale on screen: a message goes at the clerk's next action, signing out leaves nothing of the
previous person, a wrong supervisor PIN is retyped in a dialog that stays open, and a card number typed by
mistake is emptied from its field once refused."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from uidriver import CLERK, SUPERVISOR, add_copy_job, idle, open_shift, sign_in, WAIT


@pytest.fixture
def window(window, qtbot):
    """The app once its warm-up (engine, screens' modules) is done: slow on a busy machine."""
    idle(qtbot, window)
    return window


def pay_dialog(qtbot, win):
    win.counter.pay.click()
    dialog = win.counter.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def sell_for_cash(qtbot, win) -> None:
    add_copy_job(qtbot, win)
    pay_dialog(qtbot, win).pay.click()
    idle(qtbot, win)
    win.counter.dialog.close()


def test_the_next_session_sees_no_message_bill_or_dialog_of_the_previous(qtbot, window):
    win = window
    open_shift(qtbot, win)
    sell_for_cash(qtbot, win)
    assert "BC1-000001" in win.counter.message.text()
    add_copy_job(qtbot, win)  # a bill half built …
    win.counter.tile_buttons["copy"].click()  # … and a form open when the clerk signs out
    form = win.counter.dialog
    assert form.isVisible()
    win.counter.signed_out.emit()
    assert not form.isVisible()
    sign_in(qtbot, win, CLERK)
    assert win.stack.currentWidget() is win.counter
    assert win.counter.message.text() == ""  # not the previous clerk's "Receipt BC1-000001 posted."
    assert win.counter.bill.quote is None and win.counter.bill.requests == []


def test_the_back_office_forgets_a_half_typed_form_and_its_pin_at_sign_out(qtbot, office):
    staff = office.backoffice.show_tab("staff")
    idle(qtbot, office)
    qtbot.keyClicks(staff.code, "C09")
    qtbot.keyClicks(staff.name, "Half Typed")
    qtbot.keyClicks(staff.pin, "1234")
    office.backoffice.sign_out.click()
    assert office.stack.currentWidget() is office.signin
    sign_in(qtbot, office, SUPERVISOR)
    idle(qtbot, office)
    assert office.stack.currentWidget() is office.backoffice
    staff = office.backoffice.show_tab("staff")  # the next person's back office: built anew, nothing kept
    assert (staff.code.text(), staff.name.text(), staff.pin.text()) == ("", "", "")


def test_a_red_refusal_goes_when_the_clerk_retries_and_stays_gone_when_it_succeeds(qtbot, office):
    staff = office.backoffice.show_tab("staff")
    idle(qtbot, office)
    for field, text in ((staff.code, "C09"), (staff.name, "New Clerk"), (staff.pin, "12")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(staff.pin, Qt.Key_Return)  # Enter moves on to the language …
    assert QApplication.focusWidget() is staff.language or not office.isActiveWindow()
    staff.language.setFocus()
    qtbot.keyClick(staff.language, Qt.Key_Return)  # … and, in the last field, adds
    idle(qtbot, office)
    assert "PIN" in staff.message.text()  # too short
    qtbot.keyClicks(staff.pin, "34")  # the clerk's next key: the refusal is gone at once
    assert staff.message.text() == ""
    qtbot.keyClick(staff.language, Qt.Key_Return)
    idle(qtbot, office)
    assert "PIN" not in staff.message.text()
    assert any(p.code == "C09" for p in staff.people.rows)


def test_a_stale_tendered_refusal_goes_while_the_change_shows(qtbot, window):
    win = window
    open_shift(qtbot, win)
    add_copy_job(qtbot, win)  # ¥23.30 in cash
    dialog = pay_dialog(qtbot, win)
    qtbot.keyClicks(dialog.tendered, "1")
    dialog.pay.click()
    idle(qtbot, win)
    assert dialog.isVisible() and dialog.message.text()  # cash tendered is less than the amount due
    qtbot.keyClicks(dialog.tendered, "00")  # 100.00 now
    assert dialog.message.text() == ""
    assert "76.70" in dialog.change.text()


def test_the_payment_dialog_opens_with_the_cursor_in_the_tendered_amount(qtbot, window):
    win = window
    open_shift(qtbot, win)
    add_copy_job(qtbot, win)
    dialog = pay_dialog(qtbot, win)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tendered, timeout=WAIT)
    dialog.method_buttons.button(2).click()  # room charge: the cursor goes to the room number
    assert QApplication.focusWidget() is dialog.room


def _void_dialog(qtbot, win):
    open_shift(qtbot, win)
    sell_for_cash(qtbot, win)
    win.counter.reverse("void", number=1)
    approval = win.counter.dialog
    qtbot.waitUntil(approval.isVisible, timeout=WAIT)
    return approval


def test_a_wrong_supervisor_pin_keeps_the_approval_open_to_retype_only_the_pin(qtbot, window):
    win = window
    approval = _void_dialog(qtbot, win)
    qtbot.keyClicks(approval.code, SUPERVISOR[0])
    qtbot.keyClicks(approval.pin, "0000")
    qtbot.keyClicks(approval.reason, "wrong size")
    qtbot.keyClick(approval.reason, Qt.Key_Return)  # Enter in the last field is OK
    idle(qtbot, win)
    assert approval.isVisible()
    assert "PIN" in approval.error.text() and approval.error.property("role") == "error"  # in red
    assert approval.pin.text() == "" and QApplication.focusWidget() is approval.pin
    assert approval.code.text() == SUPERVISOR[0] and approval.reason.text() == "wrong size"
    qtbot.keyClicks(approval.pin, SUPERVISOR[1])
    assert approval.error.text() == ""  # typing again is the next action
    qtbot.keyClick(approval.pin, Qt.Key_Return)  # → reason
    qtbot.keyClick(approval.reason, Qt.Key_Return)  # → OK
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.counter.dialog is not approval, timeout=WAIT)
    idle(qtbot, win)
    assert "BC1-000001" in win.counter.dialog.text.toPlainText()  # the void is posted


def test_a_clerk_as_approver_is_refused_in_the_open_dialog(qtbot, window):
    approval = _void_dialog(qtbot, window)
    approval.code.setText(CLERK[0])
    approval.pin.setText(CLERK[1])
    approval.reason.setText("wrong size")
    approval.ok.click()
    idle(qtbot, window)
    assert approval.isVisible() and "领班" in approval.error.text()
    assert approval.code.text() == "" and approval.pin.text() == ""


def test_a_locked_out_supervisor_is_told_how_long_is_left(qtbot, window):
    approval = _void_dialog(qtbot, window)
    approval.code.setText(SUPERVISOR[0])
    approval.reason.setText("wrong size")
    for _ in range(6):  # five wrong PINs lock out (the default), the sixth is refused unchecked
        approval.pin.setText("0000")
        approval.ok.click()
        idle(qtbot, window)
        assert approval.isVisible()
    text = approval.error.text()
    assert "15 分钟" in text or "15 min" in text, text  # locked out for the settings' 15 minutes


def test_a_card_number_typed_for_the_last_four_is_emptied_and_the_rest_kept(qtbot, window):
    win = window
    open_shift(qtbot, win)
    add_copy_job(qtbot, win)
    dialog = pay_dialog(qtbot, win)
    dialog.method_buttons.button(1).click()
    qtbot.keyClicks(dialog.last4, "4111111111111111")
    qtbot.keyClicks(dialog.approval_code, "A1B2C3")
    dialog.pay.click()
    idle(qtbot, win)
    assert dialog.isVisible() and "卡号" in dialog.message.text()
    assert dialog.last4.text() == "" and QApplication.focusWidget() is dialog.last4
    assert dialog.approval_code.text() == "A1B2C3"


def test_a_card_number_in_a_back_office_note_is_emptied_and_the_rest_kept(qtbot, office):
    guests = office.backoffice.show_tab("guests")
    idle(qtbot, office)
    qtbot.keyClicks(guests.guest, "Hans Mueller")
    qtbot.keyClicks(guests.room, "1208")
    qtbot.keyClicks(guests.what, "paid with 4111 1111 1111 1111")
    guests.record.click()
    idle(qtbot, office)
    assert guests.message.text()  # refused: looks like a card number
    assert guests.what.text() == ""
    assert (guests.guest.text(), guests.room.text()) == ("Hans Mueller", "1208")
