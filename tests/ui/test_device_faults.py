"""A device with an open fault is shown faulty at the shift-start check (not pre-ticked as working), and a
service done on it asks before it is sold — in the clerk's language; the clerk may still sell it (the work can
be done another way), and a service on working devices opens at once."""
from __future__ import annotations

import pytest

from bizcenter.db import make_engine, unit_of_work
from bizcenter.workflows import devices
from ui.sell.faults import FaultWarning
from uidriver import CLERK, idle, sign_in, WAIT

SCANNER = "扫描仪 Scanner"


@pytest.fixture
def scanner_broken(seeded_url):
    engine = make_engine(seeded_url)
    unit_of_work(engine, lambda s: devices.report_fault(s, 3, SCANNER, "玻璃板裂了 glass cracked"))
    engine.dispose()
    return seeded_url


def _open_shift_keeping_the_checks(qtbot, win):
    sign_in(qtbot, win, CLERK)
    page = win.shiftstart
    qtbot.waitUntil(lambda: SCANNER in page.device_rows, timeout=WAIT)
    page.float_edit.setText("500.00")
    page.open_button.click()
    idle(qtbot, win)
    assert win.stack.currentWidget() is win.counter
    idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(getattr(win.counter.board, "open_faults", None)), timeout=WAIT)


def test_the_check_shows_the_scanner_faulty_and_scan_asks_before_selling(qtbot, window, scanner_broken):
    sign_in(qtbot, window, CLERK)
    page = window.shiftstart
    qtbot.waitUntil(lambda: SCANNER in page.device_rows, timeout=WAIT)
    ok, note = page.device_rows[SCANNER]
    assert not ok.isChecked() and "glass cracked" in note.text() and ok.text() != SCANNER
    copier_ok, _ = page.device_rows["复印机 Copier"]
    assert copier_ok.isChecked()
    page.float_edit.setText("500.00")
    page.open_button.click()  # the open fault's note stands as the description: the shift opens
    idle(qtbot, window)
    counter = window.counter
    assert window.stack.currentWidget() is counter
    qtbot.waitUntil(lambda: bool(getattr(counter.board, "open_faults", None)), timeout=WAIT)
    assert counter.board.faults.count() == 1  # still one fault, not a second for the same scanner

    counter.tile_buttons["scan"].click()
    box = counter.dialog
    assert isinstance(box, FaultWarning)
    assert "扫描" in box.text() and "glass cracked" in box.informativeText()
    box.cancel.click()
    idle(qtbot, window)
    assert counter.dialog is box and not counter.bill.requests  # nothing opened, nothing on the bill

    counter.tile_buttons["scan"].click()
    box = counter.dialog
    box.sell.click()  # the guest's pages go through the copier's scanner instead
    idle(qtbot, window)
    assert type(counter.dialog).__name__ == "ServiceForm"
    counter.dialog.reject()

    counter.tile_buttons["copy"].click()  # nothing wrong with the copier
    assert type(counter.dialog).__name__ == "ServiceForm"
    counter.dialog.reject()
    idle(qtbot, window)


def test_the_question_is_in_english_for_an_english_clerk(qtbot, window, scanner_broken):
    from ui import i18n

    window.signin.language.setCurrentIndex(window.signin.language.findData("en"))
    try:
        _open_shift_keeping_the_checks(qtbot, window)
        window.counter.tile_buttons["scan"].click()
        box = window.counter.dialog
        assert isinstance(box, FaultWarning)
        assert "Scan" in box.text() and "open fault" in box.text() and box.sell.text() == "Sell anyway"
        assert "扫描" not in box.text()
        box.cancel.click()
    finally:
        i18n.set_language("zh")
