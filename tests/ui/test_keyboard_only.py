"""A clerk who never touches the mouse: from signing in to the receipt, one bill of each payment kind
(cash, card, room charge checked against the guest's name and signed, a split of cash and card), with key
presses only, sent to whichever widget has the keyboard focus — as a keyboard would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from uidriver import CLERK, closed, idle, WAIT


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    target = focused() or QApplication.activeWindow()
    if target is None:  # offscreen, closing a dialog does not always hand activation back to the window
        target = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        target.activateWindow()
        QApplication.processEvents()
        target = focused() or target
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:
    assert text.isascii()  # keyClicks of other text kills pytest (stack-notes)
    qtbot.keyClicks(focused(), text)


def press_until(qtbot, key, modifier, done, tries=3) -> None:
    """Offscreen, the first synthetic key after a page or dialog appears is now and then not offered to the
    shortcut map (on a real display it is): press again, at most `tries` times."""
    for _ in range(tries):
        press(qtbot, key, modifier)
        try:
            qtbot.waitUntil(done, timeout=5000)
            return
        except qtbot.TimeoutError:
            continue
    assert done()


def sign_in_and_open_shift(qtbot, win) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)
    idle(qtbot, win)  # the warm-up: the engine, the screens' modules (slow on a busy machine)
    win.signin.code.setFocus()
    type_text(qtbot, CLERK[0])
    press(qtbot, Qt.Key_Return)
    assert focused() is win.signin.pin  # Enter in the code moves to the PIN
    type_text(qtbot, CLERK[1])
    press(qtbot, Qt.Key_Return)
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.shiftstart, timeout=WAIT)
    idle(qtbot, win)
    qtbot.waitUntil(lambda: focused() is win.shiftstart.float_edit, timeout=WAIT)
    press(qtbot, Qt.Key_Return)  # the float offered, 500.00
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.counter, timeout=WAIT)
    idle(qtbot, win)


def copy_one_page(qtbot, win) -> None:
    """Alt+C opens the copy form; Enter walks its fields, Space ticks the test copy, Enter in the last adds
    the line."""
    counter = win.counter
    press_until(qtbot, Qt.Key_C, Qt.AltModifier,
                lambda: counter.dialog is not None and counter.dialog.objectName() == "form_copy"
                and counter.dialog.isVisible())
    form = counter.dialog
    qtbot.waitUntil(lambda: focused() is form.widgets["pages"], timeout=WAIT)
    seen = []
    while focused() is not form.widgets["test_copy_approved"]:
        seen.append(focused())
        press(qtbot, Qt.Key_Return)
        assert focused() not in seen and len(seen) < 8  # Enter moved on to another field
    press(qtbot, Qt.Key_Space)
    assert form.widgets["test_copy_approved"].isChecked()
    for _ in range(4):
        if closed(form):
            break
        assert isinstance(focused(), QCheckBox)
        press(qtbot, Qt.Key_Return)  # the last field's Enter adds the line, once its price is quoted
        qtbot.waitUntil(lambda: closed(form) or focused() is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: closed(form), timeout=WAIT)
    idle(qtbot, win)
    qtbot.waitUntil(lambda: counter.bill.quote is not None, timeout=WAIT)


def open_payment(qtbot, win):
    counter = win.counter
    press_until(qtbot, Qt.Key_F12, Qt.NoModifier,
                lambda: counter.dialog is not None and counter.dialog.objectName() == "paymentDialog")
    dialog = counter.dialog
    qtbot.waitUntil(lambda: focused() is dialog.tendered, timeout=WAIT)  # digits go into the tendered amount
    return dialog


def receipt_text(qtbot, win) -> str:
    counter = win.counter
    qtbot.waitUntil(lambda: counter.dialog is not None and counter.dialog.objectName() == "receiptDialog",
                    timeout=WAIT)
    receipt = counter.dialog
    text = receipt.text.toPlainText()
    qtbot.waitUntil(receipt.isActiveWindow, timeout=WAIT)
    press(qtbot, Qt.Key_Escape)  # Esc closes the receipt; the counter is ready for the next guest
    qtbot.waitUntil(lambda: closed(receipt), timeout=WAIT)
    idle(qtbot, win)
    return text


def test_one_bill_of_each_payment_kind_sold_with_keys_only(qtbot, window):
    win = window
    sign_in_and_open_shift(qtbot, win)

    # cash: the tendered amount typed at once, Enter pays, the change is on the receipt
    copy_one_page(qtbot, win)
    dialog = open_payment(qtbot, win)
    type_text(qtbot, "50")
    press(qtbot, Qt.Key_Return)
    idle(qtbot, win)
    text = receipt_text(qtbot, win)
    assert "BC1-000001" in text and "找零 Change" in text

    # card: F6 puts the cursor in the last four digits; Enter moves to the approval code; Enter pays
    copy_one_page(qtbot, win)
    dialog = open_payment(qtbot, win)
    press(qtbot, Qt.Key_F6)
    assert focused() is dialog.last4
    type_text(qtbot, "4242")
    press(qtbot, Qt.Key_Return)
    assert focused() is dialog.approval_code
    type_text(qtbot, "A1B2C3")
    press(qtbot, Qt.Key_Return)
    idle(qtbot, win)
    text = receipt_text(qtbot, win)
    assert "BC1-000002" in text and "**** 4242" in text

    # room charge: the room, Enter (the guests in house are listed), the name as the guest says it, Enter
    copy_one_page(qtbot, win)
    dialog = open_payment(qtbot, win)
    press(qtbot, Qt.Key_F7)
    assert focused() is dialog.room
    type_text(qtbot, "1208")
    press(qtbot, Qt.Key_Return)
    assert focused() is dialog.guest_name
    idle(qtbot, win)
    assert dialog.guests.count() == 1
    type_text(qtbot, "hans muller")
    press(qtbot, Qt.Key_Return)
    idle(qtbot, win)
    text = receipt_text(qtbot, win)
    assert "BC1-000003" in text and "Müller, Hans" in text and "签字" in text  # the guest signs the voucher

    # split: Shift+Tab back to the amount, 1.00 in cash as a part (F8), the rest by card
    copy_one_page(qtbot, win)
    dialog = open_payment(qtbot, win)
    press(qtbot, Qt.Key_Tab, Qt.ShiftModifier)
    assert focused() is dialog.amount
    press(qtbot, Qt.Key_A, Qt.ControlModifier)
    type_text(qtbot, "1.00")
    press(qtbot, Qt.Key_F8)
    assert len(dialog.parts) == 1 and dialog.parts[0].method == "cash"
    press(qtbot, Qt.Key_F6)
    assert focused() is dialog.last4
    type_text(qtbot, "4242")
    press(qtbot, Qt.Key_Return)
    type_text(qtbot, "A1B2C3")
    press(qtbot, Qt.Key_Return)
    idle(qtbot, win)
    text = receipt_text(qtbot, win)
    assert "BC1-000004" in text and "**** 4242" in text and "1.00" in text

    report = win.station.desk.shift_report(win.station.shift.id)
    assert report.sales_count == 4


def test_esc_cancels_a_form_and_the_payment_without_selling(qtbot, window):
    win = window
    sign_in_and_open_shift(qtbot, win)
    counter = win.counter
    press_until(qtbot, Qt.Key_C, Qt.AltModifier,
                lambda: counter.dialog is not None and counter.dialog.objectName() == "form_copy")
    form = counter.dialog
    qtbot.waitUntil(form.isActiveWindow, timeout=WAIT)
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: closed(form), timeout=WAIT)
    idle(qtbot, win)
    assert counter.bill.quote is None
    copy_one_page(qtbot, win)
    dialog = open_payment(qtbot, win)
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT)
    idle(qtbot, win)
    assert counter.bill.quote is not None  # the bill waits; nothing was sold
    assert win.station.desk.shift_report(win.station.shift.id).sales_count == 0


def test_every_counter_action_and_tab_names_its_key(qtbot, window):
    from ui.counter import ACTION_KEYS

    sign_in_and_open_shift(qtbot, window)
    counter = window.counter
    keys = [key for _, key in ACTION_KEYS(counter)]
    assert len(set(keys)) == len(keys)  # no key does two things
    for button, key in ACTION_KEYS(counter):
        assert button.toolTip(), button.objectName()
    tips = [counter.running.tabToolTip(i) for i in range(counter.running.count())]
    assert "Ctrl+1" in tips[0] and "Ctrl+2" in tips[1] and all(tips)
    for code, tile in counter.tile_buttons.items():
        assert tile.shortcut().toString().startswith("Alt+"), code
    shortcuts = [t.shortcut().toString() for t in counter.tile_buttons.values()]
    assert len(set(shortcuts)) == len(shortcuts)
    press_until(qtbot, Qt.Key_2, Qt.ControlModifier, lambda: counter.running.currentIndex() == 1)


def test_every_back_office_tab_has_a_key_and_all_are_in_sight(qtbot, office):
    """More jobs than Ctrl+1..= can name: after Ctrl+= come Ctrl+Shift+1…; the tabs are a list down the left,
    every one of them inside the window at 1366×768 (no scroll arrows)."""
    page = office.backoffice
    tabs = page.tabs
    assert tabs.count() > 12
    office.resize(1366, 768 - 32)
    idle(qtbot, office)
    bar = tabs.tabBar()
    for i in range(tabs.count()):
        assert tabs.tabToolTip(i), tabs.tabText(i)
        assert bar.rect().contains(bar.tabRect(i)), tabs.tabText(i)  # in sight, not scrolled away
    assert "Ctrl+=" in tabs.tabToolTip(11) and "Ctrl+Shift+1" in tabs.tabToolTip(12)
    office.activateWindow()
    qtbot.waitUntil(office.isActiveWindow, timeout=WAIT)
    press_until(qtbot, Qt.Key_1, Qt.ControlModifier | Qt.ShiftModifier, lambda: tabs.currentIndex() == 12)
    press_until(qtbot, Qt.Key_Equal, Qt.ControlModifier, lambda: tabs.currentIndex() == 11)
    press_until(qtbot, Qt.Key_1, Qt.ControlModifier, lambda: tabs.currentIndex() == 0)
