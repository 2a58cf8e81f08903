"""Settle's fast path: prepared statements on the driver cursor, and the unit of work's reusable slots.

What a clerk would notice if these went wrong: a sale half-written (autocommit), a setting change
not seen by the next sale, a double click charging twice, a second action locked out by the first,
a busy database reported as a crash. Each is asserted here through the ordinary workflows.
"""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, func, select
from sqlalchemy.orm import Session

from bizcenter.db import slots, unit_of_work
from bizcenter.db.prepared import Prepared
from bizcenter.errors import NotAllowed
from bizcenter.models import Payment, Sale, SaleLine
from bizcenter.workflows.posting import CONTEXT, LINE_COLUMNS
from bizcenter.workflows.settings import set_setting

from scenario import build_world, card, copies, room, sell, sell_action, total_of


def _sales(engine) -> int:
    return unit_of_work(engine, lambda s: s.scalar(select(func.count()).select_from(Sale)))


def test_a_sale_written_by_the_fast_path_reads_back_through_the_orm_exactly(engine):
    w = build_world(engine)
    receipt = sell(w, w.clerk, [copies(3), copies(2, colour="colour")])

    def read(s):
        sale = s.get(Sale, receipt.sale_id)
        lines = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)).all()
        pay = s.scalars(select(Payment).where(Payment.sale_id == sale.id)).one()
        return sale.posted_at, sale.business_date, [(l.amount_minor, l.override, l.detail) for l in lines], pay

    posted_at, business_date, lines, pay = unit_of_work(engine, read)
    assert posted_at == receipt.posted_at and posted_at.utcoffset() == timedelta(0)  # aware, UTC, to the µs
    assert business_date == receipt.business_date
    assert [amount for amount, _, _ in lines] == [l.amount_minor for l in receipt.lines]
    assert all(override is False for _, override, _ in lines)
    assert lines[1][2]["colour"] == "colour"  # JSON detail round-trips as a dict
    assert pay.method == "cash" and pay.amount_minor == receipt.total_minor


def test_outside_a_unit_of_work_the_fast_path_still_writes_inside_the_sessions_transaction(engine):
    """A raw cursor must never fall into autocommit: a sale rolled back leaves nothing behind."""
    w = build_world(engine)
    action = sell_action(w, w.clerk, [copies(4)])
    before = _sales(engine)
    with Session(engine) as session:
        session.begin()
        action(session)
        session.rollback()
    assert _sales(engine) == before


def test_a_setting_changed_in_one_action_is_seen_by_the_very_next_sale(engine):
    """Slots reuse sessions; per-transaction caches must not travel with them."""
    w = build_world(engine)
    first = sell(w, w.clerk, [copies(10)])
    w.run(lambda s: set_setting(s, "service_charge_pct", "15"))
    second = sell(w, w.clerk, [copies(10)])
    assert first.service_charge_pct != "15" and second.service_charge_pct == "15"
    assert second.service_charge_minor == 300  # 15 % of ¥20.00


def test_a_double_click_is_refused_and_the_slot_it_used_serves_the_next_sale(engine):
    w = build_world(engine)
    lines = [copies(2)]
    pay = (card(total_of(w, lines)),)
    sell(w, w.clerk, lines, pay, draft_key="click")
    with pytest.raises(NotAllowed) as info:
        sell(w, w.clerk, lines, pay, draft_key="click")
    assert info.value.code == "already_settled"
    again = sell(w, w.clerk, [copies(1)])
    assert again.receipt_no == 2  # the refused attempt's number came back: no gap


def test_a_unit_of_work_started_inside_another_gets_its_own_connection(engine):
    w = build_world(engine)

    def outer(s):
        inner = unit_of_work(engine, lambda s2: sell_action(w, w.clerk, [copies(1)])(s2))
        return inner.receipt_no, s.scalar(select(func.count()).select_from(Sale))

    receipt_no, seen = unit_of_work(engine, outer)
    assert receipt_no == 1 and seen == 1


def test_units_of_work_from_several_threads_each_settle_once(sqlite_engine):
    w = build_world(sqlite_engine)
    errors, done = [], []

    def clerk():
        try:
            for _ in range(5):
                done.append(sell(w, w.clerk, [copies(1)]).receipt_no)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=clerk) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(done) == list(range(1, 16))  # gapless, none twice


def test_dispose_closes_the_idle_slots(sqlite_engine):
    w = build_world(sqlite_engine)
    sell(w, w.clerk, [copies(1)])
    idle = list(slots._slots(sqlite_engine).idle)
    assert idle and all(not s.connection.closed for s in idle)
    sqlite_engine.dispose()
    assert all(s.connection.closed for s in idle)
    assert slots._slots(sqlite_engine).idle == []


def test_a_failed_action_leaves_nothing_behind_and_no_open_transaction(sqlite_engine):
    w = build_world(sqlite_engine)
    sell(w, w.clerk, [copies(1)])  # warm: settings and price list cached, so settle touches only the cursor
    with pytest.raises(ZeroDivisionError):
        unit_of_work(sqlite_engine, lambda s: (sell_action(w, w.clerk, [copies(1)])(s), 1 / 0))
    assert all(not s.driver.in_transaction for s in slots._slots(sqlite_engine).idle)
    assert sell(w, w.clerk, [copies(1)]).receipt_no == 2  # nothing was kept, not even the number
    assert _sales(sqlite_engine) == 2


def test_nothing_a_unit_of_work_keeps_on_its_session_reaches_the_next(engine):
    unit_of_work(engine, lambda s: s.info.setdefault("bizcenter.settings", "stale"))
    assert unit_of_work(engine, lambda s: dict(s.info).get("bizcenter.settings")) is None


def test_the_sale_context_uses_the_one_open_shift_index(sqlite_engine):
    """A bound 'closed' would make SQLite re-prepare the statement on every sale (the partial index
    can only be proved usable from a literal)."""
    c = CONTEXT._for(sqlite_engine.dialect)
    assert "'closed'" in c.sql
    with sqlite_engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + c.sql, tuple(range(c.sql.count("?")))).fetchall()
    assert any("uq_shift_one_open_per_clerk_counter" in row[-1] for row in plan)


def test_an_insert_that_would_skip_a_python_default_is_refused_when_it_is_built():
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("kind", String, default="x"),
                  Column("name", String))
    with pytest.raises(ValueError, match="kind"):
        Prepared.insert(table, ("name",))
    Prepared.insert(table, ("name", "kind"))  # named: fine


def test_a_plain_insert_into_a_ledger_table_is_refused_so_no_row_misses_its_chain_link():
    with pytest.raises(ValueError, match="ChainedInsert"):
        Prepared.insert(SaleLine.__table__, LINE_COLUMNS)


def test_a_room_charge_matches_the_name_however_written_and_refuses_a_stranger(engine):
    w = build_world(engine)
    amount = total_of(w, [copies(1)])
    with pytest.raises(NotAllowed) as info:
        sell(w, w.clerk, [copies(1)], (room(amount, "1501", "Nobody Here"),))
    assert info.value.code == "name_mismatch"
    with pytest.raises(NotAllowed) as info:
        sell(w, w.clerk, [copies(1)], (room(amount, "0606", "Li Lei"),))
    assert info.value.code == "room_checked_out"
    receipt = sell(w, w.clerk, [copies(1)], (room(amount, "1501", "smith jane"),))
    assert receipt.payments[0].guest_name == "Mrs Jane Smith"
