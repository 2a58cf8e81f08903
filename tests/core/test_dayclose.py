"""Day close (日结): only a supervisor, only when every shift of the day is closed, once; the business
day follows the hotel's cut-off hour; a closed day takes no more sales or shifts."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, StatementError

from bizcenter.models import BusinessDay
from bizcenter.workflows import settings, shift
from bizcenter.workflows.dayclose import close_day
from bizcenter.workflows.reports import daily_report
from bizcenter.workflows.reversal import refund_sale
from scenario import (DAY, SH, SUP, audit_actions, build_world, card, close_shift, copies, counts_for,
                      ledger_breaches, open_shift, refused, sell, snapshot, total_of)
from scenario import close_day as reconciled_close

NEXT = DAY + timedelta(days=1)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SH)


@pytest.fixture
def w(engine):
    return build_world(engine)


def _close_day(w, staff_id=None, day=DAY, when=None, **kw):
    """The close itself, nothing prepared (for refusals); a still-running day confirmed unless told."""
    kw.setdefault("running_day", True)
    return lambda s: close_day(s, staff_id or w.sup_id, day, when or w.clock(), **kw)


def _close_all(w):
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)


def test_day_close_refused_while_a_shift_is_open(w):
    close_shift(w, w.clerk)
    err = refused(w, _close_day(w), "shifts_open")
    assert "1" in err.message("en")


def test_day_close_refused_while_a_shift_is_counted_but_not_closed(w):
    close_shift(w, w.clerk)
    w.run(lambda s: shift.count_cash(s, w.clerk2, w.shifts[w.clerk2], counts_for(50_000), w.clock()))
    refused(w, _close_day(w), "shifts_open")


def test_clerk_cannot_close_a_day(w):
    _close_all(w)
    refused(w, _close_day(w, staff_id=w.clerk.staff_id), "not_allowed")


def test_closing_a_day_twice_is_refused(w):
    _close_all(w)
    reconciled_close(w)
    refused(w, _close_day(w), "day_already_closed")


def test_day_close_records_the_days_totals_and_is_audited(w):
    a = sell(w, w.clerk, [copies(10)])
    b = sell(w, w.clerk2, [copies(50)], [card(total_of(w, [copies(50)]))])
    _close_all(w)
    closed = reconciled_close(w)
    assert (closed.business_date, closed.shifts, closed.total_minor) == (DAY, 2, a.total_minor + b.total_minor)
    row = w.run(lambda s: s.get(BusinessDay, DAY))
    assert row.summary["by_payment"] == {"cash": a.total_minor, "card": b.total_minor}
    assert (row.closed_by, "day_closed" in audit_actions(w)) == (w.sup_id, True)
    assert ledger_breaches(w.engine) == []


@pytest.mark.parametrize("instant, business_date", [
    (at(DAY, 9), DAY), (at(DAY, 23, 59), DAY), (at(NEXT, 0, 0), DAY), (at(NEXT, 3, 59), DAY),
    (at(NEXT, 4, 0), NEXT), (datetime(2026, 3, 10, 19, 59, tzinfo=timezone.utc), DAY),   # 03:59 in Shanghai
    (datetime(2026, 3, 10, 20, 0, tzinfo=timezone.utc), NEXT),                            # 04:00 in Shanghai
])
def test_business_day_follows_the_hotels_cut_off_hour_in_its_time_zone(instant, business_date):
    assert settings.Settings(dict(settings.DEFAULTS)).business_date(instant) == business_date


def test_night_shift_sales_after_midnight_belong_to_the_day_the_shift_opened(engine):
    w = build_world(engine, start=at(DAY, 22, 50), open_shifts=False)
    night = open_shift(w, w.clerk, at=at(DAY, 23, 0))
    late = sell(w, w.clerk, [copies(10)], at=at(NEXT, 2, 0))
    assert (night.business_date, late.business_date) == (DAY, DAY)
    assert w.run(lambda s: daily_report(s, DAY)).total_minor == late.total_minor
    assert w.run(lambda s: daily_report(s, NEXT)).sales_count == 0
    close_shift(w, w.clerk, at=at(NEXT, 3, 0))
    assert reconciled_close(w, at=at(NEXT, 3, 30)).total_minor == late.total_minor
    assert ledger_breaches(w.engine) == []


def test_cut_off_hour_is_a_hotel_setting(engine):
    w = build_world(engine, open_shifts=False)
    w.run(lambda s: settings.set_setting(s, "day_cutoff_hour", 6))
    assert open_shift(w, w.clerk, at=at(NEXT, 5, 30)).business_date == DAY


def test_shift_cannot_be_opened_on_a_closed_day(w):
    _close_all(w)
    reconciled_close(w, at=at(DAY, 23, 0))
    refused(w, lambda s: shift.open_shift(s, w.clerk, 50_000, None, at(NEXT, 3, 0)), "day_closed")
    assert open_shift(w, w.clerk, at=at(NEXT, 4, 0)).business_date == NEXT


@pytest.mark.parametrize("table", ["sale", "shift", "posting"])
def test_database_refuses_rows_dated_on_a_closed_day(w, table):
    sale = sell(w, w.clerk, [copies(1)])
    _close_all(w)
    reconciled_close(w)
    copy_row = {
        "sale": f"INSERT INTO sale (counter_id, receipt_no, shift_id, clerk_id, business_date, posted_at, kind, "
                f"currency, service_charge_pct, tax_pct, subtotal_minor, service_charge_minor, tax_minor, "
                f"total_minor) SELECT counter_id, 99, shift_id, clerk_id, business_date, posted_at, kind, currency, "
                f"service_charge_pct, tax_pct, 0, 0, 0, 0 FROM sale WHERE id = {sale.sale_id}",
        "shift": "INSERT INTO shift (counter_id, clerk_id, business_date, status, opened_at, float_minor) "
                 "SELECT counter_id, clerk_id, business_date, 'open', opened_at, 0 FROM shift LIMIT 1",
        "posting": f"INSERT INTO posting (stay_id, payment_id, sale_id, room, guest_name, voucher_no, amount_minor, "
                   f"business_date, posted_at) SELECT {w.stays['0808']}, id, sale_id, '0808', 'x', 'V9', 0, "
                   f"'{DAY.isoformat()}', '2026-03-10 10:00:00' FROM payment LIMIT 1",
    }[table]
    before = snapshot(w.engine)
    with pytest.raises(DBAPIError, match="business day is closed"):
        with w.engine.begin() as conn:
            conn.execute(text(copy_row))
    assert snapshot(w.engine) == before


def test_refund_after_day_close_lands_on_the_next_day_and_leaves_the_closed_day_intact(w):
    sale = sell(w, w.clerk, [copies(10)])
    _close_all(w)
    reconciled_close(w, at=at(DAY, 23, 0))
    open_shift(w, w.clerk, at=at(NEXT, 9, 0))
    r = w.run(lambda s: refund_sale(s, w.clerk, sale.sale_id, "double charge", SUP, at(NEXT, 9, 5)))
    assert r.business_date == NEXT
    assert w.run(lambda s: daily_report(s, DAY)).total_minor == sale.total_minor
    assert w.run(lambda s: daily_report(s, NEXT)).total_minor == -sale.total_minor
    assert ledger_breaches(w.engine) == []


def test_a_day_that_has_not_yet_begun_cannot_be_closed(engine):
    """A slip of the date on the close screen must not lock tomorrow before anyone has worked it."""
    w = build_world(engine, open_shifts=False)
    refused(w, _close_day(w, day=NEXT + timedelta(days=30), when=at(DAY, 12, 0)), "day_not_begun")
    refused(w, _close_day(w, day=NEXT, when=at(NEXT, 3, 59)), "day_not_begun")  # still DAY until 04:00


def test_times_without_a_time_zone_are_refused(engine):
    w = build_world(engine, open_shifts=False)
    before = snapshot(w.engine)
    with pytest.raises((ValueError, StatementError)):
        w.run(lambda s: shift.open_shift(s, w.clerk, 50_000, None, datetime(2026, 3, 10, 9, 0)))
    assert snapshot(w.engine) == before
