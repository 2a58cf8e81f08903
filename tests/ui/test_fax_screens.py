"""The fax screens as a clerk uses them: send with the price shown first, a failed fax resent free,
an incoming fax matched and billed, an unmatched one in the rack then given to the guest, the rack at
shift close."""
from __future__ import annotations

from uidriver import closed, idle, open_shift, WAIT
from bizcenter.workflows import fax_in
from bizcenter.workflows import guests

TOKYO = "+81 3 1234 5678"


def _send_dialog(qtbot, win, number=TOKYO, pages=3):
    win.counter.tile_buttons["fax_out"].click()
    dialog = win.counter.dialog
    assert dialog.objectName() == "faxSendDialog"
    qtbot.keyClicks(dialog.number, number)
    dialog.pages.setValue(pages)
    qtbot.keyClicks(dialog.recipient, "Mr. Tanaka")
    dialog.read_back.setChecked(True)
    return dialog


def _report(qtbot, win, dialog, result, reason=""):
    dialog.reason.setText(reason)
    dialog.result_buttons[result].click()
    idle(qtbot, win)


def test_fax_out_shows_country_and_price_before_sending_and_bills_the_sent_fax(qtbot, window):
    open_shift(qtbot, window)
    dialog = _send_dialog(qtbot, window)
    qtbot.waitUntil(dialog.send.isEnabled, timeout=WAIT)
    assert "日本" in dialog.destination.text() and "Japan" in dialog.destination.text()
    assert "35.00" in dialog.price.text() and "30.00" in dialog.price.text() and "95.00" in dialog.price.text()
    dialog.send.click()
    idle(qtbot, window)
    assert dialog.result_box.isVisible() and not dialog.number.isEnabled()
    _report(qtbot, window, dialog, "sent")
    dialog.finish_button.click()
    idle(qtbot, window)
    bill = window.counter.bill
    assert [r.service for r in bill.requests] == ["fax_out"] and "95.00" in bill.data(bill.index(0, 2))
    assert "Mr. Tanaka" in window.counter.message.text()


def test_a_failed_fax_is_resent_free_and_the_guest_pays_once(qtbot, window):
    open_shift(qtbot, window)
    dialog = _send_dialog(qtbot, window, pages=2)
    qtbot.waitUntil(dialog.send.isEnabled, timeout=WAIT)
    dialog.send.click()
    idle(qtbot, window)
    _report(qtbot, window, dialog, "failed")
    assert dialog.message.text()  # a failure needs the report's reason
    _report(qtbot, window, dialog, "failed", "Communication error")
    assert dialog.resend.isVisible() and dialog.lines == []
    dialog.resend.click()
    idle(qtbot, window)
    assert "free resend" in dialog.status.text() or "免费重发" in dialog.status.text()
    _report(qtbot, window, dialog, "sent")
    dialog.finish_button.click()
    idle(qtbot, window)
    assert len(window.counter.bill.requests) == 1
    window.counter.tile_buttons["fax_out"].click()  # the next fax's screen lists both attempts: both are kept
    again = window.counter.dialog
    qtbot.waitUntil(lambda: again.recent.count() == 2, timeout=WAIT)


def test_an_invalid_number_is_explained_and_cannot_be_sent(qtbot, window):
    open_shift(qtbot, window)
    dialog = _send_dialog(qtbot, window, number="+86 10 1234")
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT)
    assert not dialog.send.isEnabled() and dialog.destination.text() == ""
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, TOKYO)
    dialog.pages.setValue(0)
    qtbot.waitUntil(lambda: "零" in dialog.message.text() or "zero" in dialog.message.text(), timeout=WAIT)
    assert not dialog.send.isEnabled()


def test_incoming_fax_matched_by_room_and_name_notified_delivered_and_billed(qtbot, window):
    open_shift(qtbot, window)
    window.counter.tile_buttons["fax_in"].click()
    dialog = window.counter.dialog
    assert dialog.objectName() == "faxInDialog"
    qtbot.keyClicks(dialog.name, "hans muller")
    qtbot.keyClicks(dialog.room, "1208")
    dialog.pages.setValue(2)
    dialog.find.click()
    idle(qtbot, window)
    assert dialog.candidates.count() == 1 and "Müller, Hans" in dialog.candidates.item(0).text()
    dialog.register.click()
    idle(qtbot, window)
    dialog.notify_how.setCurrentIndex(dialog.notify_how.findData("message_light"))
    dialog.notify.click()
    idle(qtbot, window)
    dialog.deliver_how.setCurrentIndex(dialog.deliver_how.findData("bellboy"))
    dialog.deliver.click()
    idle(qtbot, window)
    assert "李娜" in dialog.state.text() and not dialog.deliver.isEnabled()
    dialog.bill.click()
    idle(qtbot, window)
    bill = window.counter.bill
    assert [r.service for r in bill.requests] == ["fax_in"] and "10.00" in bill.data(bill.index(0, 2))


def _rack_panel(win):
    return next(p for p in win.counter.running.panels if p.objectName() == "faxRackPanel")


def test_an_unmatched_fax_waits_in_the_rack_then_is_given_to_the_guest_who_asks(qtbot, window):
    open_shift(qtbot, window)
    window.counter.tile_buttons["fax_in"].click()
    dialog = window.counter.dialog
    qtbot.keyClicks(dialog.name, "ACME delegation")
    dialog.find.click()
    idle(qtbot, window)
    assert dialog.candidates.count() == 0 and not dialog.register.isEnabled()
    dialog.to_rack.click()
    idle(qtbot, window)
    rack = _rack_panel(window)
    qtbot.waitUntil(lambda: rack.table.rowCount() == 1, timeout=WAIT)
    assert rack.table.item(0, 2).text() == "ACME delegation" and "(1)" in rack.title()
    qtbot.keyClicks(rack.search, "nobody")
    qtbot.waitUntil(lambda: rack.table.rowCount() == 0, timeout=WAIT)
    rack.search.clear()
    qtbot.waitUntil(lambda: rack.table.rowCount() == 1, timeout=WAIT)
    rack.table.selectRow(0)
    rack.match.click()
    claim = rack.dialog
    claim.room.setText("1208")
    claim.name.setText("Hans Müller")
    claim.find.click()
    idle(qtbot, window)
    claim.register.click()
    idle(qtbot, window)
    claim.deliver_how.setCurrentIndex(claim.deliver_how.findData("collected"))
    claim.deliver.click()
    idle(qtbot, window)
    claim.bill.click()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: rack.table.rowCount() == 0, timeout=WAIT)
    assert [r.service for r in window.counter.bill.requests] == ["fax_in"]


def test_a_visitor_with_the_name_on_the_fax_collects_it_from_the_rack_and_pays(qtbot, window):
    open_shift(qtbot, window)
    from bizcenter.workflows.fax_in import IncomingFax

    window.station.desk.op(fax_in.register, window.station.op, IncomingFax(2, True, True, "Chen Wei"))
    rack = _rack_panel(window)
    rack.load()
    qtbot.waitUntil(lambda: rack.table.rowCount() == 1, timeout=WAIT)
    rack.table.selectRow(0)
    rack.visitor.click()
    dialog = rack.dialog
    assert dialog.objectName() == "faxVisitorDialog" and "Chen Wei" in dialog.addressee.text()
    dialog.name.setText("Wang Fang")  # not the addressee: refused, nothing handed over
    dialog.id_last4.setText("1234")
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    assert dialog.isVisible() and dialog.message.text() and rack.table.rowCount() == 1
    dialog.name.setText("CHEN wei")
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: rack.table.rowCount() == 0, timeout=WAIT)
    assert closed(dialog)
    assert [(r.service, r.params) for r in window.counter.bill.requests] == [("fax_in", {"pages": 2})]
    window.counter.bill.clear()  # the bill is dropped before Pay: the fee waits with the incoming faxes
    window.counter.tile_buttons["fax_in"].click()
    incoming = window.counter.dialog
    qtbot.waitUntil(lambda: incoming.waiting.count() == 1, timeout=WAIT)
    assert "CHEN wei" in incoming.waiting.item(0).text()
    incoming.waiting.setCurrentRow(0)
    incoming.resume.click()
    incoming.bill.click()
    idle(qtbot, window)
    assert [r.service for r in window.counter.bill.requests] == ["fax_in"]


def test_archiving_a_fresh_rack_fax_needs_a_reason(qtbot, window):
    open_shift(qtbot, window)
    op = window.station.op
    from bizcenter.workflows.fax_in import IncomingFax

    window.station.desk.op(fax_in.register, op, IncomingFax(1, True, True, "Mr Ito"))
    rack = _rack_panel(window)
    rack.load()
    qtbot.waitUntil(lambda: rack.table.rowCount() == 1, timeout=WAIT)
    rack.table.selectRow(0)
    rack.archive.click()
    idle(qtbot, window)
    assert rack.message.text() and rack.table.rowCount() == 1
    rack.reason.setText("Sender: wrong hotel")
    rack.archive.click()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: rack.table.rowCount() == 0, timeout=WAIT)


def test_the_rack_is_listed_for_handover_at_shift_close(qtbot, window):
    open_shift(qtbot, window)
    from bizcenter.workflows.fax_in import IncomingFax

    window.station.desk.op(fax_in.register, window.station.op, IncomingFax(2, True, True, "Ms Keller", "2201"))
    window.counter.close_button.click()
    close = window.shiftclose
    qtbot.waitUntil(lambda: "Ms Keller" in close.rack.text(), timeout=WAIT)
    assert "2201" in close.rack.text()


def test_a_recipient_who_says_not_received_is_noted_without_a_new_charge(qtbot, window):
    open_shift(qtbot, window)
    dialog = _send_dialog(qtbot, window)
    qtbot.waitUntil(dialog.send.isEnabled, timeout=WAIT)
    dialog.send.click()
    idle(qtbot, window)
    _report(qtbot, window, dialog, "sent")
    dialog.finish_button.click()
    idle(qtbot, window)
    window.counter.tile_buttons["fax_out"].click()  # later: the recipient calls
    later = window.counter.dialog
    qtbot.waitUntil(lambda: later.recent.count() == 1, timeout=WAIT)
    later.recent.setCurrentRow(0)
    later.dispute_note.setText("Recipient says nothing arrived")
    later.dispute.click()
    idle(qtbot, window)
    assert "1" in later.message.text() and not later.message.styleSheet().count("b00020")
    qtbot.waitUntil(lambda: any(t in later.recent.item(0).text() for t in ("not received", "对方称未收到")),
                    timeout=WAIT)
    later.recent.setCurrentRow(0)
    later.recent_resend.click()  # a fax that was sent is not resent free
    idle(qtbot, window)
    assert later.message.text() and later.lines == []
    later.recent_bill.click()  # already on the open bill: not added twice
    assert any(t in later.message.text() for t in ("open bill", "当前账单")) and later.lines == [] and later.isVisible()
    assert len(window.counter.bill.requests) == 1


def test_a_fax_registered_earlier_is_delivered_and_billed_when_the_bellboy_is_back(qtbot, window):
    open_shift(qtbot, window)
    from bizcenter.workflows.fax_in import IncomingFax

    stay = window.station.desk.op(guests.in_house_by_room, "1208")[0]
    window.station.desk.op(fax_in.register, window.station.op, IncomingFax(3, True, True, "Hans Müller", "1208"),
                                        stay.id, "Müller, Hans")
    window.counter.tile_buttons["fax_in"].click()
    dialog = window.counter.dialog
    qtbot.waitUntil(lambda: dialog.waiting.count() == 1, timeout=WAIT)
    assert dialog.waiting_box.isVisible()
    dialog.waiting.setCurrentRow(0)
    dialog.resume.click()
    assert not dialog.waiting_box.isVisible() and dialog.deliver.isEnabled()
    dialog.deliver.click()
    idle(qtbot, window)
    dialog.bill.click()
    idle(qtbot, window)
    bill = window.counter.bill
    assert [r.service for r in bill.requests] == ["fax_in"] and "15.00" in bill.data(bill.index(0, 2))


def test_a_note_under_the_door_prints_the_fax_arrived_notice(qtbot, window):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from fake_printer import FakePrinter, text_of

    from bizcenter.printing.target import parse_url

    printer = FakePrinter()
    try:
        open_shift(qtbot, window)
        window.station.desk.save_printer(window.station.op, parse_url(printer.url))
        window.counter.tile_buttons["fax_in"].click()
        dialog = window.counter.dialog
        qtbot.keyClicks(dialog.name, "hans muller")
        qtbot.keyClicks(dialog.room, "1208")
        dialog.pages.setValue(2)
        dialog.find.click()
        idle(qtbot, window)
        dialog.register.click()
        idle(qtbot, window)
        dialog.notify_how.setCurrentIndex(dialog.notify_how.findData("note_under_door"))
        dialog.notify.click()
        idle(qtbot, window)
        qtbot.waitUntil(lambda: bool(printer.jobs), timeout=WAIT)
        notice = text_of(printer.jobs[-1])
        assert "1208" in notice and "Müller" in notice
    finally:
        printer.stop()
