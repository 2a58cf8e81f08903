"""Air tickets in the counter app, as a new clerk would use them: an enquiry taken, reserved, billed and
paid at the counter, issued and handed over; one changed (change fee and fare difference billed);
one refunded with a supervisor (money back, refund fee billed); the reminders tab; the day's report."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from uidriver import SUPERVISOR, closed, idle, open_shift, WAIT
from bizcenter.printing import queue
from bizcenter.workflows import reports


def beijing_now() -> datetime:
    """Flights are entered in the origin airport's local time: Beijing for PEK."""
    return datetime.now(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None, second=0, microsecond=0)


def tickets_dialog(qtbot, win):
    win.counter.tile_buttons["ticket_fee"].click()
    dialog = win.counter.dialog
    assert dialog.objectName() == "ticketOrdersDialog"
    idle(qtbot, win)
    return dialog


def fill_order(dialog, when: datetime, name="Hans Muller", id_name="MULLER/HANS", expiry="2031-01-31"):
    f = dialog.form
    dialog.tabs.setCurrentIndex(1)
    f.contact.setText(name)
    f.phone.setText("13800138000")
    f.room.setText("1208")
    f.agency.setText("CITS")
    f.fare.setText("1200.00")
    f.taxes.setText("50.00")
    for col, text in enumerate((name, id_name, None, "E12345678", expiry)):
        if text is not None:
            f.set_cell(f.passengers, 0, col, text)
    for col, text in enumerate(("CA", "1501", "PEK", "SHA", when.strftime("%Y-%m-%d %H:%M"))):
        f.set_cell(f.segments, 0, col, text)


def pay_cash(qtbot, win):
    win.counter.pay.click()
    pay = win.counter.dialog
    pay.pay.click()
    idle(qtbot, win)
    assert win.counter.dialog.objectName() == "receiptDialog"
    return win.counter.dialog.text.toPlainText()


def step(qtbot, win, dialog, name):
    """Press the action as the clerk sees it: on the page the order is at, not scrolled away or greyed out."""
    button = dialog.steps.buttons[name]
    assert button.isVisibleTo(dialog), f"{name} is not on the page shown; the order is {dialog.order.state}"
    assert button.isEnabled(), f"{name} is greyed out; the order is {dialog.order.state}"
    button.click()
    idle(qtbot, win)


def more(dialog, name):
    """Open an action's own page from "More…" (a change, a refund, a flight delay)."""
    action = dialog.steps.more_actions[name]
    assert action.isEnabled(), f"More… {name} is greyed out; the order is {dialog.order.state}"
    action.trigger()


def new_paid_order(qtbot, win, when):
    dialog = tickets_dialog(qtbot, win)
    fill_order(dialog, when)
    dialog.form.save.click()
    idle(qtbot, win)
    assert dialog.order is not None and dialog.order.state == "enquiry", dialog.message.text()
    assert dialog.tabs.currentIndex() == 0 and dialog.timeline.count() == 1
    dialog.steps.pnr.setText("HX7K2P")
    assert dialog.steps.buttons["reserve"].isVisibleTo(dialog)
    qtbot.keyClick(dialog.steps.taxes, Qt.Key_Return)  # Enter in the step's last field presses its action
    idle(qtbot, win)
    assert dialog.order.state == "reserved" and not dialog.steps.buttons["issue"].isEnabled()
    assert dialog.steps.indicator.labels["reserved"].property("current")
    order_id = dialog.order.id
    step(qtbot, win, dialog, "bill")
    assert closed(dialog)
    assert [r.service for r in win.counter.bill.requests] == ["ticket_fee", "ticket_fare"]
    receipt = pay_cash(qtbot, win)
    assert "1250.00" in receipt and "50.00" in receipt
    return order_id


def reopen(qtbot, win, order_id):
    win.counter.dialog.close()
    dialog = tickets_dialog(qtbot, win)
    dialog.load_list(order_id)
    idle(qtbot, win)
    assert dialog.order.id == order_id
    return dialog


def issue_and_hand_over(qtbot, win, dialog):
    assert dialog.order.state == "paid"
    dialog.steps.ticket_nos.setText("999-1234567890")
    step(qtbot, win, dialog, "issue")
    assert dialog.order.state == "issued"
    step(qtbot, win, dialog, "deliver")
    assert dialog.order.state == "issued" and ("Check" in dialog.message.text() or "核对" in dialog.message.text())
    dialog.steps.checked.setChecked(True)
    step(qtbot, win, dialog, "deliver")
    assert dialog.order.state == "delivered"


def test_enquiry_to_delivery_then_a_change_all_in_the_app(qtbot, window, tmp_path, monkeypatch):
    open_shift(qtbot, window)
    when = beijing_now() + timedelta(hours=20)
    order_id = new_paid_order(qtbot, window, when)
    dialog = reopen(qtbot, window, order_id)
    issue_and_hand_over(qtbot, window, dialog)
    assert "E1*****78" in dialog.summary.text()  # a clerk sees the ID number masked
    timeline = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert len(timeline) == 5 and all("李娜" in t for t in timeline)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",  # the clerk saves it where the dialog suggests
                        staticmethod(lambda parent, title, suggested, filt: (str(tmp_path / Path(suggested).name), filt)))
    step(qtbot, window, dialog, "itinerary")
    assert (tmp_path / f"{dialog.order.number}.pdf").read_bytes().startswith(b"%PDF")
    # the guest moves to the next day's flight: change fee and fare difference go on the bill
    assert not dialog.steps.buttons["change"].isVisibleTo(dialog)  # a delivered order shows only its step
    more(dialog, "change")
    dialog.steps.new_flight["departs"].setText((when + timedelta(days=1)).strftime("%Y-%m-%d %H:%M"))
    dialog.steps.difference.setText("300.00")
    step(qtbot, window, dialog, "change")
    assert dialog.order.pending == "change"
    step(qtbot, window, dialog, "bill")
    pay_cash(qtbot, window)
    dialog = reopen(qtbot, window, order_id)
    assert dialog.order.state == "changed" and dialog.order.active_segments[0].departs_local.date() == \
        (when + timedelta(days=1)).date()
    dialog.close()
    report = window.station.desk.op(reports.daily_report, window.station.shift.business_date)
    amounts = {r.key: r.amount_minor for r in report.by_service}
    assert amounts == {"ticket_fee": 10_000, "ticket_fare": 155_000}


def test_an_order_refunded_with_a_supervisor_gives_the_money_back(qtbot, window):
    open_shift(qtbot, window)
    order_id = new_paid_order(qtbot, window, beijing_now() + timedelta(days=3))
    dialog = reopen(qtbot, window, order_id)
    issue_and_hand_over(qtbot, window, dialog)
    more(dialog, "refund")
    assert not dialog.steps.buttons["cancel"].isVisibleTo(dialog)
    dialog.steps.reason.setText("trip called off")
    step(qtbot, window, dialog, "refund")
    approval = dialog.approval
    approval.code.setText(SUPERVISOR[0])
    approval.pin.setText(SUPERVISOR[1])
    approval._accept()
    idle(qtbot, window)
    assert dialog.order.state == "refunded" and dialog.order.pending == "refund_fee", dialog.message.text()
    step(qtbot, window, dialog, "bill")
    assert [r.params.get("kind") for r in window.counter.bill.requests] == ["refund"]
    pay_cash(qtbot, window)
    report = window.station.desk.op(reports.daily_report, window.station.shift.business_date)
    assert report.refunds_count == 1
    assert {r.key: r.amount_minor for r in report.by_service} == {"ticket_fee": 5_000, "ticket_fare": 0}


def test_an_id_that_expires_before_the_flight_stops_the_order_in_plain_words(qtbot, window):
    open_shift(qtbot, window)
    dialog = tickets_dialog(qtbot, window)
    fill_order(dialog, beijing_now() + timedelta(days=10), expiry=(date.today() + timedelta(days=2)).isoformat())
    dialog.form.save.click()
    idle(qtbot, window)
    assert dialog.order is None
    assert "证件" in dialog.message.text() or "ID" in dialog.message.text()
    dialog.form.set_cell(dialog.form.passengers, 0, 4, "not a date")
    dialog.form.save.click()
    idle(qtbot, window)
    assert "not a date" in dialog.message.text()


def test_reminders_tab_lists_a_departure_within_a_day_and_opens_the_order(qtbot, window):
    open_shift(qtbot, window)
    order_id = new_paid_order(qtbot, window, beijing_now() + timedelta(hours=6))
    panel = window.counter.findChild(QWidget, "ticketRemindersPanel")
    panel.load()
    idle(qtbot, window)
    assert [(r.kind, r.order_id) for r in panel.rows] == [("departure", order_id)]
    panel.open_selected()
    idle(qtbot, window)
    assert panel.dialog.order.id == order_id
    panel.dialog.close()


def test_a_card_order_is_billed_only_after_the_ticket_arrives(qtbot, window):
    open_shift(qtbot, window)
    dialog = tickets_dialog(qtbot, window)
    fill_order(dialog, beijing_now() + timedelta(days=2))
    dialog.form.pay_method.setCurrentIndex(dialog.form.pay_method.findData("card"))
    dialog.form.save.click()
    idle(qtbot, window)
    dialog.steps.pnr.setText("CARD01")
    step(qtbot, window, dialog, "reserve")
    assert not dialog.steps.buttons["bill"].isEnabled() and dialog.steps.buttons["arrived"].isVisibleTo(dialog)
    step(qtbot, window, dialog, "arrived")
    step(qtbot, window, dialog, "bill")
    window.counter.pay.click()
    pay = window.counter.dialog
    pay.method_buttons.button(1).click()
    pay.last4.setText("4242")
    pay.approval_code.setText("A1B2C3")
    pay.pay.click()
    idle(qtbot, window)
    assert "**** 4242" in window.counter.dialog.text.toPlainText()
    dialog = reopen(qtbot, window, dialog.order.id)
    assert dialog.order.state == "paid" and dialog.steps.buttons["issue"].isVisibleTo(dialog)


def test_the_itinerary_prints_on_the_receipt_printer_and_waits_in_the_queue_when_it_is_off(qtbot, window):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from fake_printer import FakePrinter, free_port, text_of

    from bizcenter.printing.target import parse_url

    open_shift(qtbot, window)
    when = beijing_now() + timedelta(hours=20)
    order_id = new_paid_order(qtbot, window, when)
    dialog = reopen(qtbot, window, order_id)
    issue_and_hand_over(qtbot, window, dialog)
    printer = FakePrinter()
    try:
        window.station.desk.save_printer(window.station.op, parse_url(printer.url))
        step(qtbot, window, dialog, "slip")
        qtbot.waitUntil(lambda: bool(printer.jobs), timeout=WAIT)
        text = text_of(printer.jobs[-1])
        assert dialog.order.number in text and "CA1501" in text and "PEK→SHA" in text
        assert "E12345678" not in text and "E1*****78" in text  # the ID number is masked on paper
    finally:
        printer.stop()
    off = parse_url(f"tcp://127.0.0.1:{free_port()}", timeout_s=1)  # nothing listens there: the printer is off
    window.station.desk.save_printer(window.station.op, off)
    step(qtbot, window, dialog, "slip")  # nothing lost: the job waits in the queue
    assert "未打印" in dialog.message.text() or "Not printed" in dialog.message.text()
    jobs = window.station.desk.op(queue.jobs, window.station.counter_id)
    assert any(j.status != "done" and "Itinerary" in (j.title or "") for j in jobs)
