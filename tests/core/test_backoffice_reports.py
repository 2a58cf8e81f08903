"""Reports viewer: shift/day/week/month/year, filters by service, clerk and payment, the exceptions
with their approvers, CSV that a spreadsheet cannot run; supervisors only."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from bizcenter.workflows import revenue
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.reversal import refund_sale, void_sale
from scenario import DAY, SUP, build_world, card, cash, close_shift, copies, line, refused, sell, total_of


@pytest.fixture
def w(engine):
    w = build_world(engine)
    w.copy_cash = sell(w, w.clerk, [copies(10)])
    w.scan_card = sell(w, w.clerk2, [line("scan", pages=2)], [card(total_of(w, [line("scan", pages=2)]))])
    w.voided = sell(w, w.clerk, [copies(1)])
    w.run(lambda s: void_sale(s, w.clerk, w.voided.sale_id, "wrong size", SUP, w.clock()))
    discounted = [LineRequest("copy", {"pages": 10}, discount_minor=100, reason="regular guest")]
    w.discount = sell(w, w.clerk, discounted, [cash(total_of(w, discounted))], approval=SUP)
    return w


def report(w, kind="day", anchor=DAY, shift_id=None, **filters):
    return w.run(lambda s: revenue.revenue_report(s, w.sup_id, revenue.period(kind, anchor, shift_id),
                                                  revenue.ReportFilter(**filters)))


def test_periods_cover_the_calendar_week_month_and_year():
    assert revenue.period("week", DAY).start.weekday() == 0
    assert revenue.period("month", DAY).end.day == 31
    assert (revenue.period("year", DAY).start.month, revenue.period("year", DAY).end.day) == (1, 31)


def test_day_week_month_year_agree_on_a_single_day_of_business(w):
    totals = {k: report(w, k).total_minor for k in ("day", "week", "month", "year")}
    assert len(set(totals.values())) == 1 and totals["day"] > 0
    day = report(w)
    assert (day.sales_count, day.voids_count) == (4, 1)
    assert report(w, "day", DAY + timedelta(days=1)).total_minor == 0


def test_filters_by_service_clerk_payment_and_shift(w):
    assert {r.key for r in report(w, service="scan").by_service} == {"scan"}
    assert report(w, service="scan").total_minor == w.scan_card.total_minor
    assert report(w, method="card").total_minor == w.scan_card.total_minor
    assert {r.key for r in report(w, method="card").by_payment} == {"card"}
    clerk1 = report(w, clerk_id=w.clerk.staff_id)
    assert [r.key for r in clerk1.by_clerk] == ["C01"]
    shift2 = report(w, "shift", DAY, w.shifts[w.clerk2])
    assert shift2.total_minor == w.scan_card.total_minor and shift2.period.kind == "shift"


def test_exceptions_list_voids_discounts_and_variances_with_who_approved(w):
    close_shift(w, w.clerk2, off_by=-2000, approval=SUP, reason="counted twice")
    rows = w.run(lambda s: revenue.exceptions_report(s, w.sup_id, revenue.period("day", DAY)))
    kinds = {r.kind: r for r in rows}
    assert set(kinds) == {"void", "discount", "variance"}
    assert kinds["void"].approver == "王强" and kinds["void"].reason == "wrong size"
    assert kinds["void"].detail == f"BC1-{w.voided.receipt_no:06d}"
    assert kinds["discount"].amount_minor == -100 and kinds["discount"].reason == "regular guest"
    assert kinds["variance"].amount_minor < 0 and kinds["variance"].reason == "counted twice"


def test_csv_is_safe_against_formula_injection(w):
    w.run(lambda s: refund_sale(s, w.clerk, w.copy_cash.sale_id, "=HYPERLINK(\"http://x\")", SUP, w.clock()))
    rows = w.run(lambda s: revenue.exceptions_report(s, w.sup_id, revenue.period("day", DAY)))
    text = revenue.exceptions_csv(rows)
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and not any(c.startswith("=") for c in cells)
    lines = list(csv.reader(io.StringIO(report(w).csv_text())))
    assert lines[0] == ["section", "key", "label", "count", "amount", "currency"]
    assert any(r[0] == "service" and r[1] == "copy" for r in lines)


def test_a_clerk_cannot_read_the_reports(w):
    refused(w, lambda s: revenue.revenue_report(s, w.clerk.staff_id, revenue.period("day", DAY)), "not_allowed")
    refused(w, lambda s: revenue.exceptions_report(s, w.clerk.staff_id, revenue.period("day", DAY)), "not_allowed")


def test_bad_period_and_method_are_refused(w):
    with pytest.raises(Exception) as e:
        revenue.period("fortnight", DAY)
    assert e.value.code == "unknown_period"
    refused(w, lambda s: revenue.revenue_report(s, w.sup_id, revenue.period("day", DAY),
                                                revenue.ReportFilter(method="cheque")), "unknown_method")
