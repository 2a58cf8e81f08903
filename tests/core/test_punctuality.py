"""Punctuality: a shift's opening against its clerk's rostered turn on the hotel's clock, five minutes
early by the procedure (a setting); recorded when the shift opens, so a later roster edit changes nothing
that happened; turns past midnight and both sides of the business-day cut-off; the daily look and the
weekly staff report (rostered, worked, late, minutes late, absent).

The world: clerks C01 (李娜) at BC1 and C02 (Tom Baker) at BC2, supervisor S01; Shanghai time.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine

from bizcenter.workflows import punctuality, roster, shift
from bizcenter.workflows.settings import set_setting

from scenario import SH, build_world, open_shift

MON = date(2026, 3, 9)  # a Monday; the world's clock starts on Tuesday the 10th


@pytest.fixture
def w(engine):
    return build_world(engine, open_shifts=False)


def rota(w, op, day, starts, ends, counter=True):
    return w.run(lambda s: roster.add_shift(s, w.sup_id, op.staff_id, day, starts, ends,
                                            op.counter_id if counter else None))


def at(day, hhmm, plus_days=0):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=SH) + timedelta(days=plus_days)


def opened(w, day, last=None, late_only=False):
    return w.run(lambda s: punctuality.openings(s, day, last or day, late_only))


def test_opening_five_minutes_early_is_on_time_and_at_the_turns_start_is_five_minutes_late(w):
    day = date(2026, 3, 10)
    rota(w, w.clerk, day, "07:00", "15:00")
    rota(w, w.clerk2, day, "07:00", "15:00")
    open_shift(w, w.clerk, at=at(day, "06:55"))
    open_shift(w, w.clerk2, at=at(day, "07:00"))
    by_name = {o.clerk: o for o in opened(w, day)}
    assert (by_name["李娜"].minutes_late, by_name["李娜"].late, by_name["李娜"].hours) == (0, False, "07:00–15:00")
    assert (by_name["Tom Baker"].minutes_late, by_name["Tom Baker"].late) == (5, True)
    assert by_name["Tom Baker"].due_at == at(day, "06:55") and by_name["Tom Baker"].opened_at.utcoffset() == timedelta(hours=8)
    assert [o.clerk for o in opened(w, day, late_only=True)] == ["Tom Baker"]


def test_the_minutes_early_are_a_setting(w):
    day = date(2026, 3, 10)
    w.run(lambda s: set_setting(s, "punctual_minutes_early", 0))
    rota(w, w.clerk, day, "07:00", "15:00")
    open_shift(w, w.clerk, at=at(day, "07:00"))
    assert opened(w, day)[0].minutes_late == 0


def test_a_roster_edited_after_the_opening_does_not_rewrite_it(w):
    day = date(2026, 3, 10)
    turn = rota(w, w.clerk, day, "07:00", "15:00")
    open_shift(w, w.clerk, at=at(day, "07:20"))
    w.run(lambda s: roster.remove_shift(s, w.sup_id, turn))
    rota(w, w.clerk, day, "08:00", "16:00")  # "it was really 8 o'clock": history stays as it was
    o = opened(w, day)[0]
    assert (o.hours, o.minutes_late, o.rostered) == ("07:00–15:00", 25, True)


def test_an_opening_without_a_turn_at_this_counter_is_unrostered(w):
    day = date(2026, 3, 10)
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, day, "07:00", "15:00", w.c2))  # at BC2
    open_shift(w, w.clerk, at=at(day, "09:00"))  # at BC1
    o = opened(w, day)[0]
    assert (o.rostered, o.hours, o.minutes_late, o.late) == (False, "", 0, False)


def test_a_turn_without_a_counter_counts_at_any_counter(w):
    day = date(2026, 3, 10)
    rota(w, w.clerk, day, "07:00", "15:00", counter=False)
    open_shift(w, w.clerk, at=at(day, "07:02"))
    assert opened(w, day)[0].minutes_late == 7


def test_a_night_turn_opened_after_midnight_belongs_to_the_turn_of_the_evening_before(w):
    day = date(2026, 3, 10)
    rota(w, w.clerk, day, "23:00", "07:00")
    open_shift(w, w.clerk, at=at(day, "00:20", plus_days=1))  # 00:20 on the 11th: business day of the 10th
    o = opened(w, day)[0]
    assert (o.business_date, o.hours, o.minutes_late) == (day, "23:00–07:00", 85)


@pytest.mark.parametrize("clock_utc, business_day, late", [
    ("2026-03-10T19:59:00Z", date(2026, 3, 10), 304),  # 03:59 on the 11th: still the 10th's business day
    ("2026-03-10T20:01:00Z", date(2026, 3, 11), 306),  # 04:01: the 11th has begun
])
def test_both_sides_of_the_business_day_cut_off_with_a_frozen_clock(w, clock_utc, business_day, late):
    """The night turn 23:00–07:00 of the 10th, opened very late without an explicit time: the turn is the
    10th's either way, the shift is filed under the business day the clock says."""
    rota(w, w.clerk, date(2026, 3, 10), "23:00", "07:00")
    rota(w, w.clerk, date(2026, 3, 11), "12:00", "20:00")
    with time_machine.travel(clock_utc, tick=False):
        w.run(lambda s: shift.open_shift(s, w.clerk, 50_000))
    days = opened(w, date(2026, 3, 10), date(2026, 3, 11))
    assert [(o.business_date, o.minutes_late, o.hours) for o in days] == [(business_day, late, "23:00–07:00")]
    assert len(opened(w, business_day)) == 1


def test_an_opening_just_before_a_turn_belongs_to_it_not_to_the_turn_ending(w):
    rota(w, w.clerk, date(2026, 3, 10), "20:00", "04:00")
    rota(w, w.clerk, date(2026, 3, 11), "04:00", "12:00")
    open_shift(w, w.clerk, at=at(date(2026, 3, 11), "03:50"))
    o = opened(w, date(2026, 3, 10))[0]  # 03:50: the 10th's business day, the 11th's 04:00 turn
    assert (o.hours, o.minutes_late) == ("04:00–12:00", 0)


def test_the_weekly_staff_report_counts_turns_worked_late_and_absent(w):
    rota(w, w.clerk, date(2026, 3, 10), "07:00", "15:00")
    rota(w, w.clerk, date(2026, 3, 11), "07:00", "15:00")
    rota(w, w.clerk, date(2026, 3, 12), "07:00", "15:00")  # never opened: absent once it is over
    rota(w, w.clerk2, date(2026, 3, 10), "15:00", "23:00")
    rota(w, w.clerk2, date(2026, 3, 16), "15:00", "23:00")  # next week
    open_shift(w, w.clerk, at=at(date(2026, 3, 10), "07:10"))  # 15 minutes late
    w.run(lambda s: _close(s, w.clerk, at(date(2026, 3, 10), "15:00")))
    open_shift(w, w.clerk, at=at(date(2026, 3, 11), "06:58"))  # 3 minutes late
    open_shift(w, w.clerk2, at=at(date(2026, 3, 10), "14:50"))  # on time
    week = w.run(lambda s: punctuality.staff_week(s, w.sup_id, date(2026, 3, 12), at=at(date(2026, 3, 14), "12:00")))
    assert [(c.clerk, c.rostered, c.worked, c.late, c.minutes_late, c.absent, c.unrostered) for c in week] == [
        ("Tom Baker", 1, 1, 0, 0, 0, 0), ("李娜", 3, 2, 2, 18, 1, 0)]
    early = w.run(lambda s: punctuality.staff_week(s, w.sup_id, MON, at=at(date(2026, 3, 12), "10:00")))
    assert [c.absent for c in early if c.clerk == "李娜"] == [0]  # the 12th's turn is not over yet


def _close(s, op, when):
    cur = shift.current_shift(s, op)
    shift.count_cash(s, op, cur.id, {10000: 5}, at=when)
    shift.close_shift(s, op, cur.id, "", at=when)


def test_the_staff_report_is_for_supervisors(w):
    from scenario import refused

    refused(w, lambda s: punctuality.staff_week(s, w.clerk.staff_id, MON))
