"""`bizcenter print …` and `bizcenter report … --pdf`: what night audit scripts run."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from bizcenter.cli import main
from bizcenter.money import plain
from fake_printer import FakePrinter, free_port, text_of
from scenario import DAY, close_shift, copies, sell
from test_pdf_reports import busy_day
from bizcenter.printing import queue


@pytest.fixture
def w(engine):
    return busy_day(engine)


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def test_print_receipt_to_a_network_printer_then_a_copy(w, db_url, printer, capsys):
    sale = sell(w, w.clerk, [copies(6)])
    assert main(["--db", db_url, "print", "receipt", "--sale", str(sale.sale_id), "--printer", printer.url]) == 0
    assert main(["--db", db_url, "print", "receipt", "--receipt", sale.number, "--printer", printer.url,
                 "--paper", "58"]) == 0
    first, second = (text_of(b) for b in printer.wait_for(2))
    assert sale.number in first and "重印 COPY" not in first
    assert "重印 COPY" in second and max(len(l) for l in second.splitlines() if l.isascii()) <= 32
    assert "Printed" in capsys.readouterr().out


def test_printer_off_exits_3_and_drain_prints_it_later(w, db_url, capsys):
    port = free_port()
    sale = sell(w, w.clerk, [copies(2)])
    url = f"tcp://127.0.0.1:{port}"
    assert main(["--db", db_url, "print", "receipt", "--sale", str(sale.sale_id), "--printer", url,
                 "--timeout", "2"]) == 3
    assert "stays queued" in capsys.readouterr().err
    assert main(["--db", db_url, "print", "jobs"]) == 0
    assert sale.number in capsys.readouterr().out
    printer = FakePrinter(port)
    try:
        assert main(["--db", db_url, "print", "drain"]) == 0
        assert sale.number in text_of(printer.wait_for(1)[0])
    finally:
        printer.stop()


def test_printing_a_receipt_whose_first_print_waits_prints_that_job_not_a_second_original(w, db_url, printer):
    from bizcenter.desk import Desk

    sale = sell(w, w.clerk, [copies(2)])
    desk = Desk(w.engine)
    waiting = desk.print_receipt(w.clerk, sale.sale_id)  # no printer set up: it waits
    assert waiting.status == "failed"
    assert main(["--db", db_url, "print", "receipt", "--sale", str(sale.sale_id), "--printer", printer.url]) == 0
    assert "重印 COPY" not in text_of(printer.wait_for(1)[0])
    jobs = desk.op(queue.jobs, None, include_done=True)
    assert [(j.id, j.status, j.copy) for j in jobs] == [(waiting.id, "done", False)]


def test_print_z_slip_of_a_closed_shift(w, db_url, printer):
    close_shift(w, w.clerk)
    assert main(["--db", db_url, "print", "shift", "--shift", str(w.shifts[w.clerk]), "--final",
                 "--printer", printer.url, "--encoding", "raster"]) == 0
    assert b"\x1dv0" in printer.wait_for(1)[0]


def test_bad_printer_url_is_refused_with_exit_2(w, db_url, capsys):
    assert main(["--db", db_url, "print", "receipt", "--sale", "1", "--printer", "lpt1"]) == 2
    assert "打印机地址无效" in capsys.readouterr().err


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_report_pdfs_match_report_daily(w, db_url, tmp_path, capsys):
    assert main(["--db", db_url, "report", "daily", "--date", DAY.isoformat(), "--json",
                 "--pdf", str(tmp_path / "daily.pdf")]) == 0
    daily = json.loads(capsys.readouterr().out)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "daily.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert plain(daily["total_minor"]) in text and plain(daily["tax_minor"]) in text
    for args in (["shift", "--shift", str(w.shifts[w.clerk])], ["weekly", "--date", DAY.isoformat()],
                 ["yearly", "--year", str(DAY.year)], ["pricelist"], ["folio", "--stay", str(w.stays["0808"])]):
        out = tmp_path / f"{args[0]}.pdf"
        assert main(["--db", db_url, "report", *args, "--pdf", str(out)]) == 0, args
        assert out.read_bytes().startswith(b"%PDF")
    weekly = subprocess.run(["pdftotext", str(tmp_path / "weekly.pdf"), "-"], capture_output=True, text=True).stdout
    assert plain(daily["total_minor"]) in weekly


def test_report_help_lists_the_pdf_reports(capsys):
    with pytest.raises(SystemExit):
        main(["report", "yearly", "--help"])
    assert "--pdf" in capsys.readouterr().out


def test_login_slip_and_fax_notice_from_the_command_line(w, db_url, printer, capsys):
    from bizcenter.workflows import fax_in, internet

    info = w.run(lambda s: internet.start_session(s, w.clerk, guest_name="张三", room="0808", at=w.clock()))
    fax = w.run(lambda s: fax_in.register(s, w.clerk, fax_in.IncomingFax(1, True, True, "张三", "0808"),
                                          w.stays["0808"], "张三", w.clock()))
    assert main(["--db", db_url, "print", "login-slip", "--account", info.account, "--printer", printer.url,
                 "--paper", "58"]) == 0
    assert main(["--db", db_url, "print", "fax-notice", "--fax", f"FAX-{fax.id}", "--printer", printer.url]) == 0
    login, notice = (text_of(b) for b in printer.wait_for(2))
    assert info.password in login and "传真到达通知 FAX ARRIVED" in notice and "张三" in notice
    assert main(["--db", db_url, "print", "fax-notice", "--fax", "FAX-x"]) == 2
    assert main(["--db", db_url, "print", "login-slip", "--account", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err
