"""The clerk's own logs at the counter (Logs, F9): a message taken for the guest in 1208 with its slip
printed, the guest told and the message delivered (the running panel's Messages tab counts what waits);
a message for a room nobody is in refused with a message; a complaint recorded that the supervisor's
open-complaints list shows; a supply use taken off the stock; an enquiry logged for the day."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bizcenter.db import make_engine, unit_of_work
from bizcenter.models import Staff
from bizcenter.printing import queue
from bizcenter.workflows import complaints, enquiries, messages, supplies
from sqlalchemy import select

from uidriver import SUPERVISOR, idle, open_shift


@pytest.fixture
def stocked_url(seeded_url):
    """The seeded counter with A4 paper in the cupboard (set up by the supervisor)."""
    engine = make_engine(seeded_url)

    def stock(s):
        sup = s.scalar(select(Staff.id).where(Staff.code == SUPERVISOR[0]))
        item = supplies.add_item(s, sup, "A4", "A4 复印纸", "A4 paper", "ream", 2, 10)
        supplies.receive(s, sup, item, 12)

    unit_of_work(engine, stock)
    engine.dispose()
    return seeded_url


@pytest.fixture
def seeded_url(sqlite_url):  # noqa: F811 - the counter's seed, then the cupboard
    from conftest import _seed

    engine = make_engine(sqlite_url)
    unit_of_work(engine, _seed)
    engine.dispose()
    return sqlite_url


def _logs(qtbot, win, tab):
    win.counter.logs.click()
    dialog = win.counter.dialog
    assert dialog.objectName() == "counterLogsDialog"
    page = dialog.show_tab(tab)
    idle(qtbot, win)
    return dialog, page


def test_a_message_is_taken_printed_told_and_delivered_and_the_counter_shows_it_waiting(qtbot, window):
    open_shift(qtbot, window)
    panel = next(p for p in window.counter.running.panels if p.objectName() == "messagesPanel")
    dialog, page = _logs(qtbot, window, "messages")
    page.room.setText("4444")
    page.guest.setText("Anyone")
    page.caller.setText("Ms Zhou")
    page.text.setPlainText("Call me")
    page.take.click()
    idle(qtbot, window)
    assert "4444" in page.message.text() and page.waiting.rows == []  # nobody in house there: refused
    page.room.setText("1208")
    page.room.editingFinished.emit()
    idle(qtbot, window)
    assert "Müller, Hans" in page.in_room.text()
    page.guest.setText("hans muller")
    page.phone.setText("+86 21 5555 0101")
    page.company.setText("Siemens AG")
    page.text.setPlainText("会议改到下午三点 — the meeting moved to 3 pm.")
    page.callback.setChecked(True)
    page.take.click()
    idle(qtbot, window)
    [waiting] = page.waiting.rows
    assert (waiting.room, waiting.guest_name, waiting.caller_name, waiting.callback) == ("1208", "Müller, Hans",
                                                                                         "Ms Zhou", True)
    assert waiting.ref in page.message.text() and page.caller.text() == ""
    jobs = window.station.desk.op(queue.jobs, window.station.counter_id, include_done=True)
    assert any(waiting.ref in j.title for j in jobs)  # the slip went through the print queue
    page.waiting.table.selectRow(0)
    page.waiting.notify_how.setCurrentIndex(page.waiting.notify_how.findData("note_under_door"))
    page.waiting.notify.click()
    idle(qtbot, window)
    assert page.waiting.rows[0].status == "notified" and page.waiting.rows[0].notified_how == "note_under_door"
    dialog.reject()
    idle(qtbot, window)
    assert panel.count == 1 and "1" in window.counter.running.tabText(window.counter.running.indexOf(panel))
    panel.list.table.selectRow(0)
    panel.list.deliver_how.setCurrentIndex(panel.list.deliver_how.findData("bellboy"))
    panel.list.deliver.click()
    idle(qtbot, window)
    assert panel.count == 0
    done = window.station.desk.op(messages.view, waiting.id)
    assert done.status == "delivered" and done.delivered_by == "李娜" and done.notified_at < done.delivered_at


def test_the_clerk_records_a_complaint_the_supervisor_sees_open(qtbot, window):
    open_shift(qtbot, window)
    _, page = _logs(qtbot, window, "complaints")
    page.kind.setCurrentIndex(page.kind.findData("complaint"))
    page.guest.setText("Hans Muller")
    page.room.setText("1208")
    page.what.setPlainText("复印件不清楚 — the copies were faint.")
    page.record.click()
    idle(qtbot, window)
    assert [f.guest_name for f in page.today_list.rows] == ["Hans Muller"]
    [seen] = window.station.desk.op(complaints.log, open_only=True)  # the back office's open complaints
    assert (seen.kind, seen.room, seen.recorded_by, seen.status) == ("complaint", "1208", "李娜", "open")


def test_the_clerk_records_supplies_used_and_the_stock_goes_down(qtbot, stocked_url, monkeypatch):
    from ui.app import build

    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    _, win = build(db=stocked_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    idle(qtbot, win)
    try:
        open_shift(qtbot, win)
        _, page = _logs(qtbot, win, "supplies")
        assert page.item.count() == 1 and page.record.isEnabled()
        page.quantity.setValue(20)  # more than the cupboard holds
        page.record.click()
        idle(qtbot, win)
        assert "12" in page.message.text() and page.items[0].on_hand == 12
        page.quantity.setValue(3)
        page.note.setText("meeting room copier")
        page.record.click()
        idle(qtbot, win)
        assert page.items[0].on_hand == 9 and page.items[0].used_7_days == 3
    finally:
        idle(qtbot, win)
        win.station.desk.close()


def test_the_clerk_logs_an_enquiry_for_the_supervisors_daily_look(qtbot, window):
    open_shift(qtbot, window)
    dialog, page = _logs(qtbot, window, "enquiries")
    page.record.click()
    idle(qtbot, window)
    assert page.message.text() and page.today_list.rows == []  # nothing asked: refused
    page.question.setPlainText("Where is the nearest pharmacy?")
    page.answer.setPlainText("Watsons, B1 of the mall across the road")
    page.room.setText("1208")
    page.record.click()
    idle(qtbot, window)
    [row] = page.today_list.rows
    assert (row.answered_by, row.room, row.counter_code) == ("李娜", "1208", "BC1")
    today = window.station.hotel_clock().today()
    assert len(window.station.desk.op(enquiries.log, today, today)) == 1
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
    idle(qtbot, window)  # closing the logs reloads the running panel



def test_the_supervisor_sees_the_days_messages_enquiries_and_open_complaints(qtbot, office):
    from bizcenter.workflows.messages import NewMessage

    desk, op = office.station.desk, office.station.op
    msg = desk.op(messages.take, op, NewMessage("visitor", "1208", "Hans Muller", "Mr Lee", "Back at six"))
    desk.op(messages.notify, op, msg.id, "message_light")
    desk.op(enquiries.record, op, "Is the gym open?", "Until 22:00")
    desk.op(complaints.record, op.staff_id, "complaint", "Hans Muller", "Printer jammed twice", "1208")
    page = office.backoffice.show_tab("logs")
    idle(qtbot, office)
    assert [m.id for m in page.messages.rows] == [msg.id] and page.messages.rows[0].status == "notified"
    assert [e.question for e in page.enquiries.rows] == ["Is the gym open?"]
    assert "1" in page.open_complaints.text()
    tomorrow = page.clock.today().toordinal() + 1
    from datetime import date

    from ui.backoffice.common import to_qdate

    page.start.setDate(to_qdate(date.fromordinal(tomorrow)))
    page.end.setDate(to_qdate(date.fromordinal(tomorrow)))
    page.show_button.click()
    idle(qtbot, office)
    assert page.messages.rows == [] and page.enquiries.rows == []
