"""Printing from the counter: the receipt prints after Pay through the queue; a printer that is off
leaves the sale posted and the job in the print-queue tab, where Retry prints it once; the printer
settings dialog saves and test-prints; Reprint prints a COPY."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from fake_printer import FakePrinter, free_port, text_of  # noqa: E402
from uidriver import WAIT, add_copy_job, idle, open_shift  # noqa: E402

from bizcenter.printing.target import parse_url  # noqa: E402
from bizcenter.printing import queue


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def pay_cash(qtbot, win):
    win.counter.pay.click()
    dialog = win.counter.dialog
    dialog.tendered.setText("50.00")
    dialog.pay.click()
    idle(qtbot, win)
    return win.counter.dialog


def queue_panel(win):
    return next(p for p in win.counter.running.panels if p.objectName() == "printQueuePanel")


def test_receipt_prints_after_pay_and_reprint_prints_a_copy(qtbot, window, printer):
    open_shift(qtbot, window)
    window.station.desk.save_printer(window.station.op, parse_url(printer.url))
    add_copy_job(qtbot, window, pages=10)
    receipt = pay_cash(qtbot, window)
    assert receipt.objectName() == "receiptDialog"
    idle(qtbot, window)
    assert "Printed" in receipt.print_status.text() or "已打印" in receipt.print_status.text()
    assert "BC1-000001" in text_of(printer.wait_for(1)[0])
    receipt.reprint_button.click()
    idle(qtbot, window)
    assert "重印 COPY" in receipt.text.toPlainText()
    assert "重印 COPY" in text_of(printer.wait_for(2)[1])


def test_printer_off_keeps_the_sale_and_retry_from_the_queue_tab_prints_it(qtbot, window):
    open_shift(qtbot, window)
    port = free_port()
    window.station.desk.save_printer(window.station.op, parse_url(f"tcp://127.0.0.1:{port}", timeout_s=1))
    add_copy_job(qtbot, window, pages=10)
    receipt = pay_cash(qtbot, window)
    idle(qtbot, window)
    assert "BC1-000001" in receipt.text.toPlainText()  # the sale is posted whatever the printer does
    assert receipt.print_button.text() in ("Retry print", "重试打印")
    assert "127.0.0.1" in receipt.print_status.text()
    receipt.close()
    panel = queue_panel(window)
    panel.load()
    idle(qtbot, window)
    assert panel.table.rowCount() == 1 and "BC1-000001" in panel.table.item(0, 2).text()
    assert "(1)" in panel.title()
    panel.search.setText("no such receipt")
    assert panel.table.isRowHidden(0)
    panel.search.setText("BC1-000001")
    assert not panel.table.isRowHidden(0)
    printer = FakePrinter(port)
    try:
        panel.table.selectRow(0)
        panel.retry.click()
        idle(qtbot, window)
        idle(qtbot, window)
        assert "BC1-000001" in text_of(printer.wait_for(1)[0])
        assert panel.table.rowCount() == 0 and "(0)" in panel.title()
    finally:
        printer.stop()


def test_printer_settings_dialog_saves_and_test_prints(qtbot, window, printer):
    open_shift(qtbot, window)
    panel = queue_panel(window)
    panel.settings.click()
    dialog = panel.dialog
    idle(qtbot, window)
    dialog.address.setText("not a host:xx")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.message.text()
    dialog.address.setText(f"127.0.0.1:{printer.port}")
    dialog.paper.setCurrentIndex(dialog.paper.findData(58))
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("raster"))
    dialog.test_button.click()
    idle(qtbot, window)
    assert b"\x1dv0" in printer.wait_for(1)[0]
    dialog.save_button.click()
    idle(qtbot, window)
    info = window.station.desk.op(queue.printer_for, window.station.counter_id)
    assert info.spec.paper_mm == 58 and info.spec.encoding == "raster" and info.url == printer.url


def test_x_slip_from_the_queue_tab(qtbot, window, printer):
    open_shift(qtbot, window)
    window.station.desk.save_printer(window.station.op, parse_url(printer.url))
    panel = queue_panel(window)
    panel.load()
    idle(qtbot, window)
    panel.x_slip.click()
    idle(qtbot, window)
    assert "X 班中报表 X REPORT" in text_of(printer.wait_for(1)[0])


def test_reports_and_other_slips_from_the_queue_tab(qtbot, window, printer, tmp_path):
    open_shift(qtbot, window)
    window.station.desk.save_printer(window.station.op, parse_url(printer.url))
    panel = queue_panel(window)
    path = tmp_path / "daily.pdf"
    panel.save_report("daily", str(path), open_after=False)
    idle(qtbot, window)
    assert path.read_bytes().startswith(b"%PDF") and str(path) in panel.message.text()
    panel.save_report("shift", str(tmp_path / "shift.pdf"), open_after=False)
    idle(qtbot, window)
    assert (tmp_path / "shift.pdf").exists()
    started = window.station.desk.start_internet(window.station.op, guest_name="Walk-in guest", walk_in=True)
    panel.print_login_slip(started.session.account.lower())
    idle(qtbot, window)
    slip = text_of(printer.wait_for(1)[0])
    assert started.session.account in slip and started.session.password in slip
    panel.save_folio("1208", str(tmp_path / "folio.pdf"), open_after=False)
    idle(qtbot, window)
    assert (tmp_path / "folio.pdf").read_bytes().startswith(b"%PDF")
    panel.save_folio("9999", str(tmp_path / "none.pdf"), open_after=False)
    idle(qtbot, window)
    assert "9999" in panel.message.text() and not (tmp_path / "none.pdf").exists()
    panel.print_fax_notice("FAX-999")
    idle(qtbot, window)
    assert panel.message.text() and "FAX-999" not in "".join(text_of(b) for b in printer.jobs)


def test_closing_the_shift_prints_its_z_slip(qtbot, window, printer):
    open_shift(qtbot, window)
    window.station.desk.save_printer(window.station.op, parse_url(printer.url))
    window.counter.close_button.click()
    close = window.shiftclose
    close.spins[10000].setValue(5)  # the 500.00 float, no sales: no variance
    close.count_button.click()
    idle(qtbot, window)
    close.close_button.click()
    idle(qtbot, window)
    assert window.stack.currentWidget() is window.signin
    qtbot.waitUntil(lambda: bool(printer.jobs), timeout=WAIT)
    slip = text_of(printer.jobs[-1])
    assert "Z" in slip and "500.00" in slip
