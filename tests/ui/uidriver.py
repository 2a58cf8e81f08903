"""Steps a clerk takes, for the UI tests."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

# How long a test waits for something that must come true (a job's answer, a dialog, a focus move).
# Generous: a CI machine has run the suite 3.5 times slower than a quiet one, and a passing wait ends
# as soon as its condition holds, so the figure costs nothing but on a real failure.
WAIT = 60_000

CLERK, CLERK2, SUPERVISOR = ("C01", "1111"), ("C02", "2222"), ("S01", "9999")


def closed(dialog) -> bool:
    """A dialog that is done: hidden, or already deleted (ui/modal.py deletes a dialog once it is done)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def idle(qtbot, win, timeout=WAIT) -> None:
    """The window's background jobs answered (generous: a loaded CI machine is slow, a fast one waits no longer)."""
    qtbot.waitUntil(lambda: win.runner.in_flight == 0, timeout=timeout)


def sign_in(qtbot, win, who=CLERK) -> None:
    qtbot.keyClicks(win.signin.code, who[0])
    qtbot.keyClicks(win.signin.pin, who[1])
    qtbot.keyClick(win.signin.pin, Qt.Key_Return)
    idle(qtbot, win)  # an Argon2 check takes seconds when the machine is busy


def signed_in_app(qtbot, url, monkeypatch, who=SUPERVISOR):
    """The app at counter BC1 on `url`, at 1366×768, with `who` signed in."""
    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    from ui.app import build

    _, win = build(db=url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    idle(qtbot, win)
    sign_in(qtbot, win, who)
    idle(qtbot, win)
    return win


def open_shift(qtbot, win, who=CLERK) -> None:
    sign_in(qtbot, win, who)
    assert win.stack.currentWidget() is win.shiftstart
    idle(qtbot, win)
    win.shiftstart.float_edit.setText("500.00")
    win.shiftstart.open_button.click()
    idle(qtbot, win)
    assert win.stack.currentWidget() is win.counter
    idle(qtbot, win)


def add_copy_job(qtbot, win, pages=10) -> None:
    counter = win.counter
    counter.tile_buttons["copy"].click()
    form = counter.dialog
    form.widgets["pages"].setValue(pages)
    form.widgets["test_copy_approved"].setChecked(True)
    qtbot.waitUntil(lambda: form.ok.isEnabled(), timeout=WAIT)
    form.ok.click()
    idle(qtbot, win)
