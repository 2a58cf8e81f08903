"""The print queue: a printer that is off, unplugged or hanging never loses or blocks a sale.

The sale is posted first; its receipt is a job in the database that ends done or failed with the
error the clerk sees; a retry or the drain prints it exactly once when the printer is back.
"""
from __future__ import annotations

import time

import pytest
import time_machine
from sqlalchemy import func, select

from bizcenter.desk import Desk
from bizcenter.errors import NotAllowed
from bizcenter.models import Sale
from bizcenter.models.printing import PrintJob
from bizcenter.printing import escpos_out
from bizcenter.printing.target import parse_url
from bizcenter.workflows import internet
from fake_printer import FakePrinter, free_port, text_of
from scenario import audit_actions, build_world, close_shift, copies, ledger_breaches, room, sell, total_of
from bizcenter.printing import queue as queue_flow
from bizcenter.workflows import receipts


@pytest.fixture
def w(engine):
    return build_world(engine)


@pytest.fixture
def desk(w):
    return Desk(w.engine)


def _sales(w) -> int:
    return w.run(lambda s: s.scalar(select(func.count()).select_from(Sale)))


def test_printer_off_keeps_the_sale_and_leaves_the_job_failed_with_the_error(w, desk):
    desk.save_printer(w.clerk, parse_url(f"tcp://127.0.0.1:{free_port()}", timeout_s=2))
    sale = sell(w, w.clerk, [copies(4)])
    job = desk.print_receipt(w.clerk, sale.sale_id)
    assert job.status == "failed" and job.attempts == 1
    assert "127.0.0.1" in job.last_error and "printer is off" in job.last_error
    assert _sales(w) == 1 and desk.op(receipts.load_receipt, sale.sale_id).total_minor == sale.total_minor
    waiting = desk.op(queue_flow.jobs, w.clerk.counter_id)
    assert [j.id for j in waiting] == [job.id] and waiting[0].title.endswith(sale.number)
    assert ledger_breaches(w.engine) == []


def test_retry_after_the_printer_is_back_prints_once(w, desk):
    port = free_port()
    desk.save_printer(w.clerk, parse_url(f"tcp://127.0.0.1:{port}", timeout_s=2))
    sale = sell(w, w.clerk, [copies(4)])
    failed = desk.print_receipt(w.clerk, sale.sale_id)
    printer = FakePrinter(port)
    try:
        done = desk.retry_print(failed.id)
        assert done.status == "done" and done.attempts == 2 and done.last_error is None
        assert sale.number in text_of(printer.wait_for(1)[0])
        with pytest.raises(NotAllowed) as exc:
            desk.retry_print(failed.id)
        assert exc.value.code == "job_done"
        assert desk.drain_prints(w.clerk.counter_id) == []
        time.sleep(0.2)
        assert len(printer.jobs) == 1
        assert desk.op(queue_flow.jobs, w.clerk.counter_id) == []
        assert [j.status for j in desk.op(queue_flow.jobs, w.clerk.counter_id, include_done=True)] == ["done"]
    finally:
        printer.stop()


def test_drain_prints_every_waiting_job_oldest_first(w, desk):
    port = free_port()
    desk.save_printer(w.clerk, parse_url(f"tcp://127.0.0.1:{port}", timeout_s=2))
    sales = [sell(w, w.clerk, [copies(n)]) for n in (1, 2)]
    for s in sales:
        assert desk.print_receipt(w.clerk, s.sale_id).status == "failed"
    printer = FakePrinter(port)
    try:
        results = desk.drain_prints()
        assert [r.status for r in results] == ["done", "done"]
        texts = [text_of(b) for b in printer.wait_for(2)]
        assert sales[0].number in texts[0] and sales[1].number in texts[1]
    finally:
        printer.stop()


def test_a_hanging_printer_is_given_up_after_its_timeout(w, desk, monkeypatch):
    def hang(spec, data):
        time.sleep(30)

    monkeypatch.setattr(escpos_out, "_write", hang)
    desk.save_printer(w.clerk, parse_url("usb:04b8:0202", timeout_s=1))
    sale = sell(w, w.clerk, [copies(1)])
    started = time.monotonic()
    job = desk.print_receipt(w.clerk, sale.sale_id)
    assert time.monotonic() - started < 4
    assert job.status == "failed" and "1 s" in job.last_error
    assert _sales(w) == 1


def test_no_printer_set_up_queues_the_job_and_says_so(w, desk):
    sale = sell(w, w.clerk, [copies(1)])
    job = desk.print_receipt(w.clerk, sale.sale_id)
    assert job.status == "failed" and "no printer" in job.last_error
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(PrintJob))) == 1


def test_reprint_is_audited_and_marked_copy_and_does_not_open_the_drawer(w, desk):
    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, drawer_kick=True))
        sale = sell(w, w.clerk, [copies(2)])
        assert desk.print_receipt(w.clerk, sale.sale_id).status == "done"
        receipt, job = desk.reprint_receipt(w.clerk, sale.sale_id)
        assert job.status == "done" and job.copy and receipt.sale_id == sale.sale_id
        first, second = printer.wait_for(2)
        assert b"\x1bp" in first and b"\x1bp" not in second
        assert "重印 COPY" not in text_of(first) and "重印 COPY" in text_of(second)
        assert "reprint" in audit_actions(w)
    finally:
        printer.stop()


def test_room_charge_prints_receipt_and_two_voucher_copies(w, desk):
    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        total = total_of(w, [copies(5)])
        sale = sell(w, w.clerk, [copies(5)], [room(total, "0808", "张三")])
        assert desk.print_receipt(w.clerk, sale.sale_id).status == "done"
        data = printer.wait_for(1)[0]
        assert data.count(b"\x1dV\x00") == 3  # three slips, each cut
        text = text_of(data)
        assert "客人联 GUEST COPY" in text and "财务联 ACCOUNTS COPY" in text and text.count("张三") >= 3
    finally:
        printer.stop()


def test_x_and_z_slips_and_the_internet_login_slip_print(w, desk):
    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url))
        sell(w, w.clerk, [copies(10)])
        shift_id = w.shifts[w.clerk]
        assert desk.print_shift_slip(w.clerk, shift_id).status == "done"
        info = w.run(lambda s: internet.start_session(s, w.clerk, guest_name="张三", room="0808", at=w.clock()))
        assert desk.print_internet_slip(w.clerk, info.id).status == "done"
        close_shift(w, w.clerk)
        assert desk.print_shift_slip(w.clerk, shift_id, final=True).status == "done"
        x, login, z = (text_of(b) for b in printer.wait_for(3))
        assert "X 班中报表 X REPORT" in x and "20.00" in x
        assert info.account in login and info.password in login
        assert "Z 结班报表 Z REPORT" in z and "实点现金 Cash counted" in z
    finally:
        printer.stop()


def test_the_first_start_wizards_printer_is_used_until_one_is_saved(w, desk):
    from bizcenter.workflows.settings import set_setting

    printer = FakePrinter()
    try:
        host_port = printer.url.removeprefix("tcp://")
        w.run(lambda s: set_setting(s, "counter_printers", {"BC1": {"kind": "network", "address": host_port}}))
        info = desk.op(queue_flow.printer_for, w.clerk.counter_id)
        assert info.id is None and info.url == printer.url
        sale = sell(w, w.clerk, [copies(1)])
        assert desk.print_receipt(w.clerk, sale.sale_id).status == "done"
        assert sale.number in text_of(printer.wait_for(1)[0])
        saved = desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        assert saved.id is not None and desk.op(queue_flow.printer_for, w.clerk.counter_id).spec.paper_mm == 58
    finally:
        printer.stop()


def test_fax_arrived_notice_names_the_guest_and_unknown_records_queue_nothing(w, desk):
    from bizcenter.errors import NotFound
    from bizcenter.workflows import fax_in

    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        fax = w.run(lambda s: fax_in.register(s, w.clerk, fax_in.IncomingFax(3, True, True, "Hans Muller", "1208",
                                                                             "ACME GmbH"),
                                              w.stays["1208"], "Müller, Hans", w.clock()))
        assert desk.print_fax_notice(w.clerk, fax.id).status == "done"
        notice = text_of(printer.wait_for(1)[0])
        assert "传真到达通知 FAX ARRIVED" in notice and "Müller, Hans" in notice and "1208" in notice
        assert f"FAX-{fax.id}" in notice and "ACME GmbH" in notice
        for call in (lambda: desk.print_fax_notice(w.clerk, 999), lambda: desk.print_login_slip(w.clerk, "NOPE")):
            with pytest.raises(NotFound):
                call()
        assert len(desk.op(queue_flow.jobs, w.clerk.counter_id, include_done=True)) == 1
    finally:
        printer.stop()


def test_a_job_being_printed_is_not_claimed_twice_and_one_cut_off_by_a_crash_is_retried(w, desk):
    from datetime import timedelta

    from bizcenter.printing import queue

    desk.save_printer(w.clerk, parse_url("file:/dev/null"))
    sale = sell(w, w.clerk, [copies(1)])
    job = desk.queue_print(w.clerk, "receipt", sale.sale_id)
    now = w.clock()
    w.run(lambda s: queue.claim(s, job.id, at=now))  # a worker took it, then the app died
    with pytest.raises(NotAllowed) as exc:
        w.run(lambda s: queue.claim(s, job.id, at=now + timedelta(seconds=30)))
    assert exc.value.code == "job_printing"
    assert w.run(lambda s: queue.waiting_jobs(s, at=now + timedelta(seconds=30))) == []
    later = now + queue.STALE_PRINTING
    assert w.run(lambda s: queue.waiting_jobs(s, at=later)) == [job.id]
    assert desk.drain_prints()[0].status == "done"


def test_a_switched_off_printer_setting_keeps_jobs_waiting_and_says_why(w, desk):
    desk.save_printer(w.clerk, parse_url("file:/dev/null"), enabled=False)
    sale = sell(w, w.clerk, [copies(1)])
    job = desk.print_receipt(w.clerk, sale.sale_id)
    assert job.status == "failed" and "switched off" in job.last_error
    assert desk.print_new_receipt(w.clerk, sell(w, w.clerk, [copies(2)]).sale_id) is None  # no automatic print


def test_z_slip_of_the_last_closed_shift(w, desk):
    from bizcenter.errors import NotFound

    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url))
        with pytest.raises(NotFound):
            desk.print_last_z_slip(w.clerk)
        sell(w, w.clerk, [copies(3)])
        close_shift(w, w.clerk)
        assert desk.print_last_z_slip(w.clerk).status == "done"
        z = text_of(printer.wait_for(1)[0])
        assert "Z 结班报表 Z REPORT" in z and f"{w.shifts[w.clerk]}" in z and "差异 Variance" in z
    finally:
        printer.stop()


def test_a_cash_refund_slip_opens_the_drawer_and_names_the_original(w, desk):
    from scenario import SUP

    from bizcenter.workflows.reversal import refund_sale

    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, drawer_kick=True))
        sale = sell(w, w.clerk, [copies(3)])
        refund = w.run(lambda s: refund_sale(s, w.clerk, sale.sale_id, "wrong size", SUP, w.clock()))
        assert desk.print_receipt(w.clerk, refund.sale_id).status == "done"
        data = printer.wait_for(1)[0]
        assert b"\x1bp" in data
        text = text_of(data)
        assert "退款单 REFUND" in text and sale.number in text and "wrong size" in text and "王强" in text
    finally:
        printer.stop()


def test_print_after_a_failed_first_print_retries_it_and_later_prints_a_copy(w, desk):
    port = free_port()
    desk.save_printer(w.clerk, parse_url(f"tcp://127.0.0.1:{port}", timeout_s=2))
    sale = sell(w, w.clerk, [copies(2)])
    first = desk.print_receipt(w.clerk, sale.sale_id)
    printer = FakePrinter(port)
    try:
        assert desk.print_or_reprint(w.clerk, sale.sale_id).id == first.id
        copy = desk.print_or_reprint(w.clerk, sale.sale_id)
        assert copy.id != first.id and copy.copy
        original, second = (text_of(b) for b in printer.wait_for(2))
        assert "重印 COPY" not in original and "重印 COPY" in second
    finally:
        printer.stop()


def test_any_slip_laid_out_by_a_screen_prints_through_the_queue(w, desk):
    from bizcenter.errors import InvalidInput

    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url))
        with time_machine.travel(w.clock(), tick=True):  # the guest in 0808 is in house on the world's day
            started = desk.start_internet(w.clerk, guest_name="张三", room="0808")
        job = desk.print_lines(w.clerk, started.slip, "上网登录 Internet login")
        assert job.status == "done" and job.title == "上网登录 Internet login"
        assert started.session.password in text_of(printer.wait_for(1)[0])
        with pytest.raises(InvalidInput):
            desk.print_lines(w.clerk, [], "nothing")
    finally:
        printer.stop()


def test_a_printer_out_of_paper_keeps_the_job_waiting_until_a_roll_is_loaded(w, desk):
    from fake_printer import PAPER_OK, PAPER_OUT

    printer = FakePrinter(paper=PAPER_OUT)
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, check_paper=True, timeout_s=2))
        sale = sell(w, w.clerk, [copies(2)])
        job = desk.print_receipt(w.clerk, sale.sale_id)
        assert job.status == "failed" and "out of paper" in job.last_error
        assert sale.number.encode() not in b"".join(printer.wait_for(1))  # only the status query was sent
        printer.paper = PAPER_OK
        assert desk.retry_print(job.id).status == "done"
        assert sale.number in text_of(printer.wait_for(2)[1])
    finally:
        printer.stop()


def test_a_printer_that_never_answers_the_paper_query_times_out(w, desk):
    printer = FakePrinter(paper=None)
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, check_paper=True, timeout_s=1))
        started = time.monotonic()
        job = desk.print_receipt(w.clerk, sell(w, w.clerk, [copies(1)]).sale_id)
        assert job.status == "failed" and "did not answer" in job.last_error and time.monotonic() - started < 4
    finally:
        printer.stop()
