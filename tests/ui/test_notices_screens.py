"""Notices and punctuality on screen: the supervisor posts a notice for all clerks in the back office; a
clerk signing in meets it in one dialog and cannot go on before ticking "I have read this"; then the
shift start; the supervisor's Notices tab shows who has read it and who has not. A clerk who opens the
shift late against the roster shows among the late sign-ins of the Counter logs and in the Staff week."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from bizcenter.models import Staff
from bizcenter.workflows import roster

from uidriver import CLERK, SUPERVISOR, WAIT, idle, open_shift, sign_in


def _supervisor_tab(qtbot, win, key):
    sign_in(qtbot, win, SUPERVISOR)
    assert win.stack.currentWidget() is win.backoffice
    page = win.backoffice.show_tab(key)
    idle(qtbot, win)
    return page


def test_a_clerk_must_acknowledge_the_notice_before_the_shift_start_and_the_supervisor_sees_who_has_not(qtbot, window):
    page = _supervisor_tab(qtbot, window, "notices")
    page.title_en.setText("Fax cover sheets")
    page.body_en.setPlainText("From Monday every outgoing fax has a cover sheet.")
    page.post_button.click()
    idle(qtbot, window)
    assert page.list.rowCount() == 1 and page.readers.rowCount() == 2  # the two clerks
    window.backoffice.sign_out.click()
    idle(qtbot, window)

    sign_in(qtbot, window, CLERK)
    qtbot.waitUntil(lambda: getattr(window.signin, "notices", None) is not None
                    and window.signin.notices.isVisible(), timeout=WAIT)
    dialog = window.signin.notices
    assert window.stack.currentWidget() is window.signin  # not at the shift start yet
    go_on = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not go_on.isEnabled()
    assert "Fax cover sheets" in dialog.texts[0][0].text()
    dialog.ticks[0].setChecked(True)
    assert go_on.isEnabled()
    go_on.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.shiftstart, timeout=WAIT)
    idle(qtbot, window)
    window.shiftstart.back_button.click()  # sign out without opening the shift
    idle(qtbot, window)

    page = _supervisor_tab(qtbot, window, "notices")
    page.load()
    idle(qtbot, window)
    read = {page.readers.row(i).code: page.readers.row(i).acknowledged_at for i in range(page.readers.rowCount())}
    assert read["C01"] is not None and read["C02"] is None
    assert "Tom Baker" in page.unread.text() and "李娜" not in page.unread.text()
    assert page.list.data(page.list.index(0, 4)) == "1/2"


def test_a_late_opening_shows_in_the_counter_logs_and_the_staff_week(qtbot, window):
    idle(qtbot, window)  # the start-up's schema check and backup are done before the roster is written
    desk = window.station.desk
    clock = desk.settings().clock
    start = clock.now() - timedelta(hours=1)  # the turn began an hour ago: the clerk is about 65 minutes late

    def rota(s):
        ids = dict(s.execute(select(Staff.code, Staff.id)).all())
        roster.add_shift(s, ids[SUPERVISOR[0]], ids[CLERK[0]], start.date(), f"{start:%H:%M}",
                         f"{start + timedelta(hours=8):%H:%M}")

    desk.run(rota)
    open_shift(qtbot, window, CLERK)
    window.counter.signed_out.emit()
    idle(qtbot, window)

    logs = _supervisor_tab(qtbot, window, "logs")
    logs.start.setDate(logs.start.date().addDays(-1))  # the turn may have begun on the business day before
    logs.refresh()
    idle(qtbot, window)
    assert logs.late.rowCount() == 1
    late = logs.late.row(0)
    assert late.clerk and 64 <= late.minutes_late <= 66

    week = window.backoffice.show_tab("staffweek")
    week.week.setDate(week.week.date().fromString(f"{start:%Y-%m-%d}", "yyyy-MM-dd"))
    week.refresh()
    idle(qtbot, window)
    row = next(week.rows.row(i) for i in range(week.rows.rowCount()) if week.rows.row(i).code == CLERK[0])
    assert (row.rostered, row.worked, row.late) == (1, 1, 1)
