"""The one day close refuses a day that does not reconcile, from the core and from `bizcenter close-day`,
with nothing written; closing the hotel's today while it runs needs a confirmation that names what still
runs; `verify` names a closed day that broke one of the close's rules."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from bizcenter.cli import main
from bizcenter.models import BusinessDay, utcnow
from bizcenter.workflows import exports, internet, reconcile, shift
from bizcenter.workflows.dayclose import close_day
from bizcenter.workflows.fax_in import IncomingFax, register
from bizcenter.workflows.frontoffice import export_postings
from bizcenter.workflows.settings import load_settings
from scenario import (DAY, SH, build_world, close_shift, copies, ledger_breaches, prepare_close, refused, room, sell,
                      snapshot, total_of)
from scenario import close_day as reconciled_close


def _room_charge(w, op=None):
    lines = [copies(4)]
    return sell(w, op or w.clerk, lines, [room(total_of(w, lines), "1208", "Hans Muller")])


@pytest.fixture
def w(engine):
    """BC1 sells a room charge and closes ¥5.00 short (under the ¥10.00 limit: nobody approved it at the
    shift close); BC2 closes even."""
    w = build_world(engine)
    _room_charge(w)
    close_shift(w, w.clerk, off_by=-500)
    close_shift(w, w.clerk2)
    return w


def close(w, **kw):
    kw.setdefault("running_day", True)
    return lambda s: close_day(s, w.sup_id, DAY, w.clock(), **kw)


def test_each_unmet_rule_refuses_the_close_and_writes_nothing(w, tmp_path):
    err = refused(w, close(w), "variance_unapproved")
    assert "李娜" in err.message("zh") and "-500" in err.message("en")
    w.run(lambda s: reconcile.approve_variance(s, w.sup_id, w.shifts[w.clerk], "short change given"))
    voucher = w.run(lambda s: reconcile.day_check(s, w.sup_id, DAY)).vouchers[0]
    assert voucher.voucher_no in refused(w, close(w), "vouchers_missing").message("en")
    w.run(lambda s: reconcile.tick_voucher(s, w.sup_id, voucher.posting_id))
    assert "1 room charge" in refused(w, close(w), "postings_unexported").message("en")
    batch = w.run(lambda s: export_postings(s, w.sup_id, DAY)).batch  # written, never confirmed
    refused(w, close(w), "postings_unexported")
    w.run(lambda s: exports.confirm_batch(s, None, batch))
    done = w.run(close(w))
    row = w.run(lambda s: s.get(BusinessDay, DAY))
    assert row.summary["batches"] == [batch] and done.batch is None
    assert row.summary["three_way"]["cash_variance_minor"] == -500 and row.summary["three_way"]["vouchers_ticked"] == 1
    assert ledger_breaches(w.engine) == []


def test_a_day_after_today_and_a_day_with_an_open_shift_are_refused(engine):
    w = build_world(engine)
    close_shift(w, w.clerk)
    refused(w, close(w), "shifts_open")
    refused(w, lambda s: close_day(s, w.sup_id, DAY + timedelta(days=1), w.clock(), running_day=True),
            "day_not_begun")


def test_closing_the_running_day_asks_for_a_confirmation_naming_what_still_runs(engine):
    w = build_world(engine)
    w.run(lambda s: internet.start_session(s, w.clerk2, guest_name="张三", room="0808", at=w.clock()))
    w.run(lambda s: register(s, w.clerk2, IncomingFax(2, True, True, "Mr Nobody Here"), at=w.clock()))
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    prepare_close(w)
    err = refused(w, close(w, running_day=False), "day_still_running")
    en, zh = err.message("en"), err.message("zh")
    assert "no counter can open a shift until 2026-03-11 04:00" in en and "任何柜台都不能开班" in zh
    assert "Internet sessions (1)" in en and "张三" in en and "Faxes in the rack (1)" in en and "Mr Nobody Here" in en
    assert "传真架上的传真" in zh and err.params["running"].running.count == 2
    assert w.run(close(w)).business_date == DAY  # confirmed
    refused(w, lambda s: shift.open_shift(s, w.clerk, 50_000, None, w.clock()), "day_closed")
    assert ledger_breaches(w.engine) == []


def test_an_earlier_day_closes_without_the_running_day_confirmation(engine):
    w = build_world(engine)
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    next_morning = datetime(2026, 3, 11, 8, 0, tzinfo=SH)
    assert w.run(lambda s: close_day(s, w.sup_id, DAY, next_morning)).business_date == DAY


# --- the command line ----------------------------------------------------------------------------
def cli(db_url, monkeypatch, *args):
    monkeypatch.setenv("BIZCENTER_PIN", "9753")
    return main(["--db", db_url, "--lang", "en", "close-day", "--as", "S01", *args])


def test_close_day_refuses_the_unapproved_five_yuan_and_the_unticked_voucher(w, db_url, monkeypatch, capsys,
                                                                            tmp_path):
    before = snapshot(w.engine)
    assert cli(db_url, monkeypatch, "--date", DAY.isoformat()) == 2
    assert "cash variance not yet approved" in capsys.readouterr().err
    after = snapshot(w.engine)
    assert after == before  # nothing written, not even the close's audit entry
    w.run(lambda s: reconcile.approve_variance(s, w.sup2_id, w.shifts[w.clerk], "short change given"))
    assert cli(db_url, monkeypatch, "--date", DAY.isoformat()) == 2
    assert "signed voucher(s) missing" in capsys.readouterr().err
    assert cli(db_url, monkeypatch, "--date", DAY.isoformat(), "--note", "guest signs at check-out") == 2
    assert "in no confirmed export batch" in capsys.readouterr().err
    folder = tmp_path / "accounts"
    assert cli(db_url, monkeypatch, "--date", DAY.isoformat(), "--note", "guest signs at check-out",
               "--export-to", str(folder)) == 0
    out = capsys.readouterr().out
    assert "Business day 2026-03-10 closed" in out and "0 of 1 in hand" in out and "variance -5.00" in out
    assert "Missing vouchers: V" in out and len(list(folder.glob("room-charges-2026-03-10-FO*.csv"))) == 1
    assert ledger_breaches(w.engine) == []


def test_close_day_needs_running_day_to_close_the_hotels_today(engine, db_url, monkeypatch, capsys):
    now = utcnow().astimezone(SH)
    w = build_world(engine, start=now - timedelta(minutes=30))
    today = w.run(lambda s: load_settings(s).business_date(utcnow()))
    w.clock.t = now - timedelta(minutes=10)
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    before = snapshot(w.engine)
    assert cli(db_url, monkeypatch, "--date", today.isoformat()) == 2
    err = capsys.readouterr().err
    assert "still running" in err and "no counter can open a shift" in err and "--running-day" in err
    assert snapshot(w.engine) == before
    assert cli(db_url, monkeypatch, "--date", today.isoformat(), "--running-day") == 0


# --- verify ----------------------------------------------------------------------------------------
def _unguarded(conn, table: str, sql: str) -> None:
    """Past the append-only trigger, as a SQL console could."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
    else:
        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
    conn.execute(text(sql))


@pytest.mark.parametrize("breach, table, sql", [
    ("neither ticked nor explained", None, "DELETE FROM voucher_check"),
    ("in no confirmed export batch", "posting_export", "DELETE FROM posting_export"),
    ("was never approved", "variance_approval", "DELETE FROM variance_approval"),
])
def test_verify_names_a_closed_day_that_broke_a_rule_of_the_close(w, breach, table, sql):
    w.run(lambda s: reconcile.approve_variance(s, w.sup2_id, w.shifts[w.clerk], "short change given"))
    reconciled_close(w)
    assert ledger_breaches(w.engine) == []
    with w.engine.begin() as conn:
        if table:
            _unguarded(conn, table, sql)
        else:
            conn.execute(text(sql))
    found = [b for b in ledger_breaches(w.engine) if b.check == "closed_days_reconciled"]
    assert len(found) == 1 and breach in found[0].message and "2026-03-10" in found[0].message
