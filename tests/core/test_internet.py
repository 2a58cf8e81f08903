"""Internet sessions: a guest is logged in with a generated account and password, the session lives
in the database until it is stopped, and it is billed once by the time rule, by whoever stops it.

Default price list: ¥30.00 per started 30-minute block after 5 minutes' grace, at least one block,
then 10 % service charge and 6 % tax on top (¥30.00 → ¥34.98).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from bizcenter.desk import Desk
from bizcenter.models import AuditEntry
from bizcenter.models.sessions import InternetSession
from bizcenter.workflows import internet
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.reversal import refund_sale, void_sale
from bizcenter.workflows.staff import Operator
from scenario import (SUP, build_world, close_shift, ledger_breaches, open_shift, refused, sell,
                      sell_action, total_of)

ONE_BLOCK, TWO_BLOCKS = 3498, 6996  # with service charge and tax


@pytest.fixture
def w(engine):
    return build_world(engine)


def start(w, op=None, *, name="Hans Müller", room="1208", walk_in=False, at=None):
    return w.run(lambda s: internet.start_session(s, op or w.clerk, guest_name=name, room=room, walk_in=walk_in,
                                                  at=at or w.clock()))


def stop(w, session_id, op=None, at=None):
    return w.run(lambda s: internet.stop_session(s, op or w.clerk, session_id, at or w.clock()))


def used(w, minutes: int, seconds: int = 0, op=None):
    """A session started now and stopped `minutes:seconds` later."""
    info = start(w, op)
    return stop(w, info.id, op, at=info.started_at + timedelta(minutes=minutes, seconds=seconds))


def test_in_house_guest_gets_a_readable_account_and_password(w):
    info = start(w, name="hans muller")
    assert info.status == "open" and info.room == "1208" and info.guest_name == "Müller, Hans"
    assert info.account.startswith("NET-") and len(info.password) == 8
    for code in (info.account[4:], info.password):
        assert set(code) <= set(internet.READABLE) and not set(code) & set("0O1IL")
    other = start(w, name="张三", room="0808")
    assert (other.account, other.password) != (info.account, info.password)


def test_walk_in_guest_needs_only_a_name(w):
    info = start(w, name="Visitor Chen", room=None, walk_in=True)
    assert (info.guest_kind, info.room, info.guest_name) == ("walk_in", None, "Visitor Chen")


@pytest.mark.parametrize("room,name,code", [
    ("1208", "Hans Schmidt", "name_mismatch"),
    ("9999", "Nobody", "room_not_in_house"),
    ("0606", "Li Lei", "room_not_in_house"),  # checked out
    ("", "Hans Müller", "room_required"),
    ("1208", "  ", "missing_field"),
])
def test_a_guest_who_is_not_in_house_under_that_name_is_refused_and_nothing_written(w, room, name, code):
    at = w.clock()
    refused(w, lambda s: internet.start_session(s, w.clerk, guest_name=name, room=room, at=at), code)


def test_stop_charges_by_the_time_rule_with_its_grace_minutes(w):
    assert total_of(w, [used(w, 10).line]) == ONE_BLOCK  # minimum one block
    assert total_of(w, [used(w, 35).line]) == ONE_BLOCK  # inside the grace
    assert total_of(w, [used(w, 35, 1).line]) == TWO_BLOCKS  # 35:01 starts a second block


def test_running_charge_on_screen_is_what_the_stop_will_bill(w):
    tariff = w.run(internet.tariff)
    assert tariff.total_minor(35 * 60) == ONE_BLOCK and tariff.total_minor(35 * 60 + 1) == TWO_BLOCKS
    assert "30" in tariff.describe("en") and "分钟" in tariff.describe("zh")


def test_stopping_a_session_twice_is_refused_and_nothing_written(w):
    info = used(w, 20)
    at = w.clock()
    err = refused(w, lambda s: internet.stop_session(s, w.clerk, info.id, at), "session_already_stopped")
    assert info.account in err.message("en")


def test_the_stopped_session_is_billed_once_and_a_second_settle_is_refused(w):
    info = used(w, 40)
    receipt = sell(w, w.clerk, [info.line])
    assert receipt.lines[0].amount_minor == 6000
    row = w.run(lambda s: s.get(InternetSession, info.id))
    assert (row.status, row.sale_id) == ("billed", receipt.sale_id)
    refused(w, sell_action(w, w.clerk, [info.line]), "session_already_billed")
    assert ledger_breaches(w.engine) == []


def test_an_open_session_cannot_be_billed_and_the_bill_cannot_change_its_time(w):
    info = start(w)
    forged = LineRequest("internet", {"seconds": 600}, record={"internet_session_id": info.id})
    refused(w, sell_action(w, w.clerk, [forged]), "session_still_open")
    stopped = stop(w, info.id, at=info.started_at + timedelta(minutes=50))
    shorter = LineRequest("internet", {"seconds": 600}, record={"internet_session_id": stopped.id})
    refused(w, sell_action(w, w.clerk, [shorter]), "session_time_mismatch")


def test_a_session_survives_a_restart_of_the_app(db_url):
    w = build_world(Desk(db_url).engine)
    info = start(w)
    w.engine.dispose()  # the app crashed; the session was only ever in the database
    desk = Desk(db_url)
    try:
        open_ids = [s.id for s in desk.op(internet.running).sessions if s.status == "open"]
        assert open_ids == [info.id]
        stopped = desk.op(internet.stop_session, w.clerk, info.id)
        assert stopped.status == "stopped" and stopped.seconds > 0
    finally:
        desk.close()


def test_an_open_session_is_handed_over_at_shift_close_and_billed_once_by_the_next_shift(engine):
    w = build_world(engine, open_shifts=False)
    open_shift(w, w.clerk)
    info = start(w)
    close_shift(w, w.clerk)
    handed = w.run(lambda s: internet.open_sessions_for_handover(s, w.c1))
    assert [(h.id, h.status) for h in handed] == [(info.id, "open")]
    next_clerk = Operator(w.clerk2.staff_id, w.c1)
    open_shift(w, next_clerk)
    stopped = stop(w, info.id, op=next_clerk, at=info.started_at + timedelta(hours=3))
    receipt = sell(w, next_clerk, [stopped.line])
    assert receipt.lines[0].amount_minor == 6 * 3000
    row = w.run(lambda s: s.get(InternetSession, info.id))
    assert row.started_shift_id != row.stopped_shift_id == w.shifts[next_clerk]
    assert w.run(lambda s: internet.open_sessions_for_handover(s, w.c1)) == []
    refused(w, sell_action(w, next_clerk, [stopped.line]), "session_already_billed")
    assert ledger_breaches(w.engine) == []


def test_a_voided_charge_puts_the_session_back_to_unbilled_and_it_is_billed_again(w):
    info = used(w, 20)
    receipt = sell(w, w.clerk, [info.line])
    w.run(lambda s: void_sale(s, w.clerk, receipt.sale_id, "wrong guest", SUP, w.clock()))
    again = w.run(lambda s: internet.unbilled(s, info.id))
    assert again.status == "stopped" and again.line == info.line
    sell(w, w.clerk, [again.line])
    actions = w.run(lambda s: [a.action for a in s.query(AuditEntry).filter(AuditEntry.entity == "internet_session")])
    assert actions == ["internet_started", "internet_stopped", "internet_billed", "internet_unbilled", "internet_billed"]
    assert ledger_breaches(w.engine) == []


def test_a_refunded_session_is_not_billed_again(w):
    info = used(w, 20)
    receipt = sell(w, w.clerk, [info.line])
    w.run(lambda s: refund_sale(s, w.clerk, receipt.sale_id, "guest complained", SUP, w.clock()))
    assert w.run(lambda s: s.get(InternetSession, info.id)).status == "refunded"
    refused(w, lambda s: internet.unbilled(s, info.id), "session_not_billable")
    refused(w, sell_action(w, w.clerk, [info.line]), "session_already_billed")


def test_the_login_slip_shows_account_password_and_rate_in_both_languages(db_url):
    import time_machine

    w = build_world(Desk(db_url).engine)
    desk = Desk(db_url)
    # the app reads the real clock: on the world's day, when its guests are in house
    travel = time_machine.travel(w.clock.t, tick=False)
    travel.start()
    try:
        started = desk.start_internet(w.clerk, guest_name="张三", room="0808")
        text = "\n".join(started.slip)
        assert started.session.account in text and started.session.password in text
        assert "密码 Password" in text and "0808 张三" in text and "per 30 min" in text
        assert desk.internet_slip(started.session.id) == started.slip
    finally:
        travel.stop()
        desk.close()


def test_verify_finds_a_session_whose_billing_does_not_match_the_ledger(w):
    from sqlalchemy import update

    info = used(w, 20)
    sell(w, w.clerk, [info.line])
    assert ledger_breaches(w.engine) == []
    w.run(lambda s: s.execute(update(InternetSession).where(InternetSession.id == info.id).values(status="stopped")))
    assert [b.check for b in ledger_breaches(w.engine)] == ["timed_records_billed_once"]


def test_a_walk_in_without_a_name_is_refused(w):
    at = w.clock()
    refused(w, lambda s: internet.start_session(s, w.clerk, guest_name=" ", walk_in=True, at=at), "missing_field")


def test_simulated_sessions_run_across_shift_closes_and_are_billed_once_by_whoever_stops_them(engine, monkeypatch):
    """Two simulated days at two counters: sessions started in one shift are stopped in a later one
    (some at the other counter), every stopped session is billed exactly once, and calls are
    timed as well as read off the meter."""
    from argon2 import PasswordHasher
    from sqlalchemy import func, select

    from bizcenter.demo import install_demo
    from bizcenter.models.sessions import PhoneCall
    from bizcenter.simulate import simulate

    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    today = date(2026, 3, 5)
    install_demo(engine, today)
    simulate(engine, days=2, seed=3, start=today - timedelta(days=2), counters=2)
    assert ledger_breaches(engine) == []
    with Session(engine) as s:
        handed = s.scalar(select(func.count()).where(InternetSession.started_shift_id != InternetSession.stopped_shift_id))
        statuses = set(s.scalars(select(InternetSession.status)))
        methods = set(s.scalars(select(PhoneCall.method).where(PhoneCall.status == "billed")))
    assert handed >= 1 and "billed" in statuses and statuses <= {"open", "billed", "stopped", "refunded"}
    assert methods == {"meter", "timer"}


def test_a_30_hour_session_is_billed_30_hours_by_the_time_used_with_no_daily_cap(w):
    info = used(w, 30 * 60)
    assert info.seconds == 30 * 3600 and info.line.params == {"seconds": 30 * 3600}
    receipt = sell(w, w.clerk, [info.line])
    assert receipt.lines[0].amount_minor == 60 * 3000  # 30 h in 30-minute blocks (the grace saves none)


def test_a_session_running_past_the_alert_limit_is_flagged_at_handover_and_still_billed_in_full(engine):
    from bizcenter.workflows.settings import set_setting
    from bizcenter.workflows.summaries import shift_handover

    w = build_world(engine, open_shifts=False)
    w.run(lambda s: set_setting(s, "internet_session_alert_hours", 6))
    open_shift(w, w.clerk)
    long = start(w)
    short = start(w, at=long.started_at + timedelta(hours=5, minutes=30))
    w.clock.set(long.started_at + timedelta(hours=6, minutes=30))
    close_shift(w, w.clerk)
    handed = {h.id: h for h in w.run(lambda s: internet.open_sessions_for_handover(s, w.c1, w.clock.t))}
    assert handed[long.id].flagged and not handed[short.id].flagged
    assert internet.over_limit_text(handed[long.id], "en") == "running over 6 h"
    report = w.run(lambda s: shift_handover(s, w.shifts[w.clerk]))
    statuses = {row[0]: row[4] for row in report.internet_sessions}
    assert "running over 6 h" in statuses[long.account] and "已超过 6 小时" in statuses[long.account]
    assert "running over" not in statuses[short.account]
    assert handed[long.id].status == "open"  # flagged, not stopped or cut short
    next_clerk = Operator(w.clerk2.staff_id, w.c1)
    open_shift(w, next_clerk)
    stopped = stop(w, long.id, op=next_clerk, at=long.started_at + timedelta(hours=30))
    receipt = sell(w, next_clerk, [stopped.line])
    assert receipt.lines[0].amount_minor == 60 * 3000


@pytest.mark.parametrize("value", [0, 169, "8", 2.5, True])
def test_the_alert_limit_is_a_whole_number_of_hours_from_1_to_168(w, value):
    from bizcenter.workflows.settings import set_setting

    refused(w, lambda s: set_setting(s, "internet_session_alert_hours", value))
