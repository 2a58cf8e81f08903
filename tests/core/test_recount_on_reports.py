"""Both counts of a recounted drawer — the clerk's first, final for the clerk, and the supervisor-approved
recount the variance comes from — on the shift report, the printed Z slip (decoded from the printer's
bytes), the handover PDF and the supervisor's day check."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from bizcenter.desk import Desk
from bizcenter.printing.target import parse_url
from bizcenter.workflows import shift
from bizcenter.workflows.reconcile import day_check
from bizcenter.workflows.reports import shift_report
from fake_printer import FakePrinter, text_of
from scenario import DAY, FLOAT, SUP, build_world, copies, counts_for, expected_cash, ledger_breaches, sell


@pytest.fixture
def w(engine):
    w = build_world(engine)
    sell(w, w.clerk, [copies(10)])  # ¥23.32, ¥23.30 taken in cash
    shift_id = w.shifts[w.clerk]
    drawer = expected_cash(w, shift_id)
    w.run(lambda s: shift.count_cash(s, w.clerk, shift_id, counts_for(drawer - 2_000), w.clock()))
    w.run(lambda s: shift.recount_cash(s, w.clerk, shift_id, counts_for(drawer), SUP, "a ¥20 note under the tray",
                                       w.clock()))
    w.run(lambda s: shift.close_shift(s, w.clerk, shift_id, "", None, None, w.clock()))
    return w


def test_the_shift_report_has_both_counts_and_the_variance_of_the_recount(w):
    report = w.run(lambda s: shift_report(s, w.shifts[w.clerk]))
    assert report.expected_cash_minor == FLOAT + 2330 and report.cash_rounding_minor == -2
    assert (report.first_count.counted_minor, report.first_count.variance_minor) == (FLOAT + 330, -2_000)
    assert (report.recount.counted_minor, report.recount.variance_minor) == (FLOAT + 2330, 0)
    assert (report.recount.approved_by, report.recount.reason) == ("王强", "a ¥20 note under the tray")
    assert ledger_breaches(w.engine) == []


def test_the_printed_z_slip_shows_the_recount_and_the_first_count(w):
    desk, printer = Desk(w.engine), FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url))
        assert desk.print_shift_slip(w.clerk, w.shifts[w.clerk], final=True).status == "done"
        z = text_of(printer.wait_for(1)[0])
    finally:
        printer.stop()
    rows = {line.rsplit(None, 1)[0].strip(): line.split()[-1] for line in z.splitlines() if line.strip()}
    assert rows["实点现金 Cash counted (复点 recount)"] == "523.30" and rows["差异 Variance"] == "0.00"
    assert rows["初点现金 First count"] == "503.30" and rows["初点差异 Its variance"] == "-20.00"
    assert rows["复点授权 Recount approved by"] == "王强" and rows["现金抹零 Cash rounding"] == "-0.02"


def test_the_day_check_lists_both_counts_for_the_supervisor(w):
    check = w.run(lambda s: day_check(s, w.sup_id, DAY))
    line = next(s for s in check.shifts if s.shift_id == w.shifts[w.clerk])
    assert (line.first_counted_minor, line.counted_minor, line.variance_minor) == (FLOAT + 330, FLOAT + 2330, 0)
    assert (line.recount.approved_by, line.recount.reason) == ("王强", "a ¥20 note under the tray")
    assert not line.needs_approval
    other = next(s for s in check.shifts if s.shift_id == w.shifts[w.clerk2])
    assert other.recount is None and other.first_counted_minor is None  # not counted yet


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_handover_pdf_shows_both_counts(w, tmp_path):
    from bizcenter.documents.pdf_reports import write_report

    path = w.run(lambda s: write_report(s, "shift", tmp_path / "shift.pdf", shift_id=w.shifts[w.clerk]))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    assert "初点现金 First count" in text and "503.30" in text and "复点 Recount" in text and "王强" in text
    assert "现金抹零 Cash rounding" in text
