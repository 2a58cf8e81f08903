"""Phone calls and internet sessions in the counter app: the rate before the call, the meter or the
timer, the login slip, the live timers on the running panel, Stop that bills, the handover at close."""
from __future__ import annotations

from uidriver import closed, idle, open_shift, sign_in, WAIT


def phone_dialog(qtbot, win, number: str | None = None):
    win.counter.tile_buttons["phone"].click()
    dialog = win.counter.dialog
    assert dialog.objectName() == "phoneCallDialog"
    idle(qtbot, win)
    if number is not None:
        dialog.number.setText(number)
    return dialog


def seconds_shown(dialog) -> int:
    """The call's running time on the dialog ("0:01:05  ≈ ¥2.00" → 65)."""
    hours, minutes, seconds = dialog.elapsed.text().split()[0].split(":")
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)


def test_phone_number_shows_country_zone_and_rate_then_the_meter_reading_goes_on_the_bill(qtbot, window):
    open_shift(qtbot, window)
    dialog = phone_dialog(qtbot, window, "+852 2123 4567")
    qtbot.waitUntil(dialog.add.isEnabled, timeout=WAIT)
    assert "香港" in dialog.destination.text() and "Hong Kong" in dialog.destination.text()
    assert "8.00" in dialog.rate.text() and "9.33" in dialog.rate_note.text()  # ¥8.00 a minute to Hong Kong
    dialog.minutes.setValue(2)
    dialog.seconds.setValue(5)
    dialog.add.click()
    idle(qtbot, window)
    assert closed(dialog)
    (line,) = window.counter.bill.requests
    assert line.service == "phone" and line.params["seconds"] == 125 and "call_id" in line.record
    assert "24.00" in window.counter.totals.text()  # three started minutes


def test_an_invalid_number_is_refused_in_plain_words_and_cannot_be_billed(qtbot, window):
    open_shift(qtbot, window)
    dialog = phone_dialog(qtbot, window, "+44 121")
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=WAIT)
    assert "+44 121" in dialog.message.text() and not dialog.add.isEnabled() and not dialog.start.isEnabled()


def test_the_call_timer_keeps_running_when_the_dialog_is_closed_and_stop_bills_it(qtbot, window):
    open_shift(qtbot, window)
    dialog = phone_dialog(qtbot, window, "6512 3456")
    qtbot.waitUntil(dialog.start.isEnabled, timeout=WAIT)
    dialog.start.click()
    idle(qtbot, window)
    assert dialog.call is not None and dialog.stop.isEnabled()
    dialog.close_button.click()
    reopened = phone_dialog(qtbot, window)
    idle(qtbot, window)
    assert reopened.call is not None and reopened.number.text() == "6512 3456"  # picked up from the database
    qtbot.waitUntil(lambda: seconds_shown(reopened) >= 1, timeout=WAIT)  # a slow machine may skip a tick
    reopened.stop.click()
    idle(qtbot, window)
    (line,) = window.counter.bill.requests
    assert line.service == "phone" and line.params["seconds"] >= 1
    assert "1.00" in window.counter.totals.text()  # one local minute


def start_internet(qtbot, win, *, room="1208", name="hans muller", walk_in=False):
    win.counter.tile_buttons["internet"].click()
    dialog = win.counter.dialog
    assert dialog.objectName() == "internetDialog"
    idle(qtbot, win)
    if walk_in:
        dialog.walk_in.setChecked(True)
    else:
        dialog.room.setText(room)
        dialog.room.editingFinished.emit()
        idle(qtbot, win)
        assert dialog.guests.count() == 1
    dialog.name.setText(name)
    dialog.start_button.click()
    idle(qtbot, win)
    return dialog


def internet_panel(win):
    return next(p for p in win.counter.running.panels if p.objectName() == "internetPanel")


def test_starting_a_session_shows_the_login_slip_and_bills_nothing(qtbot, window):
    open_shift(qtbot, window)
    dialog = start_internet(qtbot, window)
    assert "30" in dialog.rate.text()  # the rate is told first
    slip = dialog.slip.toPlainText()
    account = dialog.started.session.account
    assert account in slip and dialog.started.session.password in slip and "密码 Password" in slip
    dialog.done_button.click()
    idle(qtbot, window)
    assert window.counter.bill.requests == []
    assert account in window.counter.message.text()


def test_the_running_panel_ticks_live_and_stop_puts_the_charge_on_the_bill(qtbot, window):
    open_shift(qtbot, window)
    start_internet(qtbot, window).done_button.click()
    start_internet(qtbot, window, name="Walk-in Chen", walk_in=True).done_button.click()
    idle(qtbot, window)
    panel = internet_panel(window)
    tabs = window.counter.running
    assert panel.model.rowCount() == 2 and "(2)" in tabs.tabText(tabs.indexOf(panel))
    panel.search.setText("chen")
    assert panel.proxy.rowCount() == 1
    elapsed = panel.proxy.index(0, 4)
    first = elapsed.data()
    qtbot.waitUntil(lambda: panel.proxy.index(0, 4).data() != first, timeout=WAIT)  # the clock ticks by itself
    assert "34.98" in panel.proxy.index(0, 5).data()  # one 30-minute block with service charge and tax
    panel.stop.click()
    idle(qtbot, window)
    (line,) = window.counter.bill.requests
    assert line.service == "internet" and "internet_session_id" in line.record
    panel.stop.click()  # the same session again: it is on the bill already
    assert "already" in panel.message.text() or "已" in panel.message.text()
    window.counter.pay.click()
    pay = window.counter.dialog
    pay.tendered.setText("100.00")
    pay.pay.click()
    idle(qtbot, window)
    panel.search.clear()
    assert panel.model.rowCount() == 1 and "(1)" in tabs.tabText(tabs.indexOf(panel))


def test_open_sessions_and_running_calls_are_listed_for_the_handover_at_shift_close(qtbot, window):
    open_shift(qtbot, window)
    account = start_internet(qtbot, window).started.session.account
    window.counter.dialog.done_button.click()
    idle(qtbot, window)
    call = phone_dialog(qtbot, window, "6512 3456")
    qtbot.waitUntil(call.start.isEnabled, timeout=WAIT)
    call.start.click()
    idle(qtbot, window)
    call.close_button.click()
    window.counter.close_button.click()
    idle(qtbot, window)
    box = window.shiftclose.internet_handover
    assert box.isVisible() and account in box.list.text() and "6512 3456" in box.list.text()
    box.to_note.click()
    assert account in window.shiftclose.note.toPlainText()


def test_an_open_session_is_still_on_the_running_panel_after_the_app_restarts(qtbot, window, seeded_url):
    open_shift(qtbot, window)
    account = start_internet(qtbot, window).started.session.account
    window.counter.dialog.done_button.click()
    idle(qtbot, window)
    window.station.desk.close()  # the app is gone; the session lives on in the database
    from ui.app import build

    _, again = build(db=seeded_url)
    qtbot.addWidget(again)
    again.show()
    try:
        sign_in(qtbot, again)
        assert again.stack.currentWidget() is again.counter  # the clerk's shift resumes
        idle(qtbot, again)
        panel = internet_panel(again)
        assert panel.model.rowCount() == 1 and panel.proxy.index(0, 0).data() == account
        assert panel.ticker.isActive()
    finally:
        idle(qtbot, again)
        again.station.desk.close()


def test_the_login_slip_prints_on_the_counters_receipt_printer_when_the_session_starts(qtbot, window):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from fake_printer import FakePrinter, text_of

    from bizcenter.printing.target import parse_url

    printer = FakePrinter()
    try:
        open_shift(qtbot, window)
        window.station.desk.save_printer(window.station.op, parse_url(printer.url))
        dialog = start_internet(qtbot, window)
        qtbot.waitUntil(lambda: bool(printer.jobs), timeout=WAIT)
        printed = text_of(printer.jobs[-1])
        session = dialog.started.session
        assert session.account in printed and session.password in printed
        assert "印" in dialog.message.text() or "printed" in dialog.message.text()
    finally:
        printer.stop()
