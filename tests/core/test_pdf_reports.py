"""The A4 reports read back with poppler's `pdftotext` (an extractor independent of ReportLab):
their key figures equal the database's and `bizcenter report daily`; the CJK font is embedded."""
from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest

from bizcenter.db import unit_of_work
from bizcenter.documents.pdf_reports import write_report
from bizcenter.errors import InvalidInput
from bizcenter.money import plain
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.reports import daily_report
from bizcenter.workflows.reversal import refund_sale, void_sale
from bizcenter.workflows.summaries import daily_detail, period_summary
from scenario import DAY, SUP, build_world, card, close_shift, copies, open_shift, room, sell, total_of

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def pdftext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def busy_day(engine):
    """A day with cash, card and room-charge sales, a discount, an override, a void and a refund."""
    w = build_world(engine)
    sell(w, w.clerk, [copies(10)])
    sell(w, w.clerk2, [copies(5)], [card(total_of(w, [copies(5)]))])
    sell(w, w.clerk, [copies(7)], [room(total_of(w, [copies(7)]), "0808", "张三")])
    sell(w, w.clerk, [LineRequest("copy", {"pages": 10}, discount_minor=500, reason="熟客 regular")], approval=SUP)
    sell(w, w.clerk, [LineRequest("copy", {"pages": 1}, override_amount_minor=100, reason="agreed")], approval=SUP)
    voided = sell(w, w.clerk, [copies(3)])
    w.run(lambda s: void_sale(s, w.clerk, voided.sale_id, "打错了 wrong item", SUP, w.clock()))
    refunded = sell(w, w.clerk2, [copies(2)])
    w.run(lambda s: refund_sale(s, w.clerk2, refunded.sale_id, "guest unhappy", SUP, w.clock()))
    return w


@pytest.fixture
def w(engine):
    return busy_day(engine)


def test_daily_pdf_totals_equal_the_database_and_name_every_approver(w, tmp_path):
    path = w.run(lambda s: write_report(s, "daily", tmp_path / "daily.pdf", day=DAY))
    text = pdftext(path)
    report = w.run(lambda s: daily_report(s, DAY))
    assert "营业日报 Daily revenue report 2026-03-10" in text
    for amount in (report.total_minor, report.subtotal_minor, report.service_charge_minor, report.tax_minor):
        assert plain(amount) in text
    for row in report.by_service + report.by_payment + report.by_clerk:
        assert row.label in text and plain(row.amount_minor) in text
    detail = w.run(lambda s: daily_detail(s, DAY))
    assert len(detail.reversals) == 2 and len(detail.adjustments) == 2
    assert "作废 void" in text and "退款 refund" in text and "王强" in text and "guest unhappy" in text
    assert "熟客 regular" in text and "改价" in text and "override" in text and "agreed" in text
    assert detail.room_charges[0].voucher_no in text and "张三" in text
    ledger, folio, vouchers, cash = detail.checks
    assert ledger.ok and folio.ok and vouchers.pending and cash.pending  # no voucher ticked, shifts open
    assert text.count("相符 OK") == 2 and text.count("待核") == 2 and "张未核" in text


def test_daily_pdf_embeds_its_chinese_font(w, tmp_path):
    path = w.run(lambda s: write_report(s, "daily", tmp_path / "daily.pdf", day=DAY))
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("WenQuanYiMicroHei" in r for r in rows)
    assert all(r.split()[-5] == "yes" for r in rows), fonts  # the 'emb' column


def test_three_way_check_shows_a_difference_when_cash_is_short(w, tmp_path):
    from sqlalchemy import func, select

    from bizcenter.models import Posting, Shift
    from bizcenter.workflows.reconcile import tick_voucher

    close_shift(w, w.clerk, off_by=-1000, approval=SUP, reason="short")
    close_shift(w, w.clerk2)
    for posting_id in w.run(lambda s: list(s.scalars(select(Posting.id)))):
        w.run(lambda s, p=posting_id: tick_voucher(s, w.sup_id, p))
    checks = w.run(lambda s: daily_detail(s, DAY)).checks
    variance = w.run(lambda s: s.scalar(select(func.sum(Shift.variance_minor))))
    assert [c.ok for c in checks] == [True, True, True, False] and checks[3].difference_minor == -variance >= 1000
    assert not w.run(lambda s: daily_detail(s, DAY + timedelta(days=1))).checks[3].pending
    text = pdftext(w.run(lambda s: write_report(s, "daily", tmp_path / "d.pdf", day=DAY)))
    assert "差异 DIFF" in text and plain(-variance) in text and text.count("相符 OK") == 3


def test_shift_handover_pdf_has_sales_cash_count_vouchers_and_note(w, tmp_path):
    from bizcenter.workflows import internet
    from bizcenter.workflows.reports import shift_report

    info = w.run(lambda s: internet.start_session(s, w.clerk, guest_name="张三", room="0808", at=w.clock()))
    close_shift(w, w.clerk, note="复印机卡纸已处理 copier jam cleared")
    shift_id = w.shifts[w.clerk]
    text = pdftext(w.run(lambda s: write_report(s, "shift", tmp_path / "shift.pdf", shift_id=shift_id)))
    report = w.run(lambda s: shift_report(s, shift_id))
    assert "交接班报告 Shift handover report" in text and plain(report.total_minor) in text
    assert plain(report.expected_cash_minor) in text and "实点现金 Cash counted" in text
    assert "copier jam cleared" in text and info.account in text
    voucher = w.run(lambda s: daily_detail(s, DAY)).room_charges[0].voucher_no
    assert voucher in text


def test_weekly_and_yearly_summaries_add_up_the_days(w, tmp_path):
    close_shift(w, w.clerk)
    w.clock.set(w.clock.t + timedelta(days=1))
    open_shift(w, w.clerk)
    sell(w, w.clerk, [copies(4)])
    week = w.run(lambda s: period_summary(s, "week", DAY))
    year = w.run(lambda s: period_summary(s, "year", DAY))
    days = [w.run(lambda s, d=d: daily_report(s, d)).total_minor for d in (DAY, DAY + timedelta(days=1))]
    assert week.total_minor == year.total_minor == sum(days)
    assert [b.total_minor for b in week.buckets if b.total_minor] == days
    assert year.buckets[2].total_minor == sum(days) and len(year.buckets) == 12
    for kind in ("weekly", "yearly"):
        text = pdftext(w.run(lambda s, k=kind: write_report(s, k, tmp_path / f"{k}.pdf", day=DAY)))
        assert plain(sum(days)) in text


def test_folio_statement_and_price_list(w, tmp_path):
    stay_id = w.stays["0808"]
    text = pdftext(w.run(lambda s: write_report(s, "folio", tmp_path / "folio.pdf", stay_id=stay_id)))
    charge = w.run(lambda s: daily_detail(s, DAY)).room_charges[0]
    assert "房帐明细 Folio statement" in text and "0808" in text and charge.voucher_no in text
    assert plain(charge.amount_minor) in text
    text = pdftext(w.run(lambda s: write_report(s, "pricelist", tmp_path / "prices.pdf")))
    assert "价目表 Price list" in text and "复印" in text and "2.00" in text


def test_a_report_without_its_date_is_refused(w, tmp_path):
    with pytest.raises(InvalidInput):
        w.run(lambda s: write_report(s, "daily", tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
