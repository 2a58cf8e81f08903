"""The simulator drives whole days through the workflows; afterwards the ledger must verify clean.

Scenario: the demo is installed for 2026-03-05, then three business days (03-02 … 03-04) are simulated
at one counter with seed 7. Every service of the price list is sold, every payment method taken,
some sales voided the same day and some refunded on a later day, and all three days are closed.
"""
from __future__ import annotations

import random
import shutil
from collections import Counter
from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bizcenter.cli import main
from bizcenter.db import make_engine, unit_of_work
from bizcenter.demo import install_demo
from bizcenter.errors import NotAllowed
from bizcenter.models import BusinessDay, Counter as CounterRow, Payment, Sale, SaleLine, Shift
from bizcenter.pricing import LISTED
from bizcenter.simulate import default_start, simulate
from bizcenter.simulation.payments import spoken_name
from bizcenter.verify import verify
from bizcenter.workflows.guests import names_match

TODAY = date(2026, 3, 5)
START = TODAY - timedelta(days=3)


@pytest.fixture
def cheap_pins(monkeypatch):
    """Real Argon2id with tiny parameters: a PIN check costs microseconds instead of 0.2 s."""
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def simulated(engine, cheap_pins):
    install_demo(engine, TODAY)
    return simulate(engine, days=3, seed=7, start=START)


def _scalars(engine, query):
    with Session(engine) as s:
        return list(s.scalars(query))


def test_every_service_and_payment_method_appears_in_the_simulated_ledger(engine, simulated):
    assert set(_scalars(engine, select(SaleLine.service_code).distinct())) == set(LISTED)
    assert set(_scalars(engine, select(Payment.method).distinct())) == {"cash", "card", "room", "qr"}
    assert set(_scalars(engine, select(Payment.provider).where(Payment.method == "qr").distinct())) <= {
        "wechat", "alipay", "unionpay"}


def test_voids_refunds_adjustments_and_splits_happen(engine, simulated):
    kinds = Counter(_scalars(engine, select(Sale.kind)))
    assert kinds["void"] >= 1 and kinds["refund"] >= 1
    assert simulated.voids == kinds["void"] and simulated.refunds == kinds["refund"]
    assert simulated.sales == kinds["sale"]
    lines = _scalars(engine, select(SaleLine).join(Sale).where(Sale.kind == "sale"))
    assert any(l.discount_minor for l in lines) and any(l.override for l in lines)
    with Session(engine) as s:
        split = s.scalar(select(func.count()).select_from(
            select(Payment.sale_id).group_by(Payment.sale_id).having(func.count() > 1).subquery()))
    assert split >= 1


def test_refunds_are_for_earlier_days_and_voids_for_the_same_day(engine, simulated):
    with Session(engine) as s:
        for reversal in s.scalars(select(Sale).where(Sale.kind != "sale")):
            original = s.get(Sale, reversal.reverses_id)
            if reversal.kind == "void":
                assert original.business_date == reversal.business_date
            else:
                assert original.business_date < reversal.business_date


def test_every_simulated_day_is_closed_and_every_shift_acknowledged_its_handover(engine, simulated):
    closed = set(_scalars(engine, select(BusinessDay.business_date)))
    assert closed == {START + timedelta(days=n) for n in range(3)}
    shifts = _scalars(engine, select(Shift).order_by(Shift.opened_at))
    assert all(sh.status == "closed" for sh in shifts) and simulated.shifts == len(shifts)
    noted = {sh.id for sh in shifts if (sh.handover_note or "").strip()}
    acknowledged = {sh.acknowledged_shift_id for sh in shifts}
    assert noted - acknowledged <= {shifts[-1].id}  # only the very last note waits for tomorrow's clerk


def test_the_simulated_ledger_verifies_clean(engine, simulated):
    assert unit_of_work(engine, verify) == []
    with Session(engine) as s:
        assert s.scalar(select(func.sum(Sale.total_minor))) == simulated.total_minor


def test_refused_room_charges_are_counted_but_leave_nothing_behind(engine, simulated):
    """A name mismatch and an over-limit charge are tried at least once; neither leaves a row or a number."""
    assert simulated.refused >= 2
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == simulated.sales + simulated.voids + simulated.refunds
    assert unit_of_work(engine, verify) == []  # receipt numbers and vouchers still gapless and unique


@pytest.mark.parametrize("registered", ["Müller, Hans", "O'Brien Mary", "Tanaka Hiroshi", "张伟", "García López, José",
                                        "Herr Klaus Weiß", "Nguyễn Văn An", "Mr David Thompson", "司马相如"])
def test_guests_give_their_names_in_many_ways_that_all_pass_the_name_check(registered):
    rng = random.Random(registered)
    said = {spoken_name(rng, registered) for _ in range(60)}
    assert len(said) >= 3 and all(names_match(name, registered) for name in said)


def test_a_second_run_starts_after_the_last_closed_day_and_refuses_to_overlap(engine, simulated):
    assert default_start(engine, 3, TODAY) == TODAY
    with pytest.raises(NotAllowed) as refused:
        simulate(engine, days=1, seed=7, start=START + timedelta(days=2))
    assert refused.value.code == "days_closed"
    simulate(engine, days=1, seed=8, start=TODAY)
    assert unit_of_work(engine, verify) == []


def _ledger(url: str) -> list[tuple]:
    engine = make_engine(url)
    try:
        with Session(engine) as s:
            sales = s.execute(select(CounterRow.code, Sale.receipt_no, Sale.kind, Sale.business_date, Sale.posted_at,
                                     Sale.total_minor, Sale.reverses_id).join(CounterRow).order_by(Sale.id)).all()
            lines = s.execute(select(SaleLine.sale_id, SaleLine.service_code, SaleLine.quantity,
                                     SaleLine.amount_minor, SaleLine.detail).order_by(SaleLine.id)).all()
            payments = s.execute(select(Payment.sale_id, Payment.method, Payment.amount_minor, Payment.tendered_minor,
                                        Payment.card_last4, Payment.room, Payment.guest_name, Payment.voucher_no)
                                 .order_by(Payment.id)).all()
            shifts = s.execute(select(Shift.clerk_id, Shift.counted_minor, Shift.variance_minor, Shift.handover_note)
                               .order_by(Shift.id)).all()
            closes = s.execute(select(BusinessDay.business_date, BusinessDay.closed_at, BusinessDay.summary)
                               .order_by(BusinessDay.business_date)).all()  # ticks, approvals, batches
        # a close's kept chain heads cover the staff rows, whose PIN hashes are salted: twins differ there alone
        kept = [(d, t, repr({k: v for k, v in m.items() if k != "chain"})) for d, t, m in closes]
        return [tuple(r) for r in (*sales, *lines, *payments, *shifts)] + kept
    finally:
        engine.dispose()


def test_the_same_seed_and_start_give_the_same_ledger(sqlite_url, tmp_path, cheap_pins):
    twin = tmp_path / "twin.sqlite3"
    shutil.copyfile(sqlite_url.removeprefix("sqlite:///"), twin)
    for url in (sqlite_url, f"sqlite:///{twin}"):
        engine = make_engine(url)
        install_demo(engine, TODAY)
        simulate(engine, days=2, seed=11, start=START, counters=2)
        engine.dispose()
    first, second = _ledger(sqlite_url), _ledger(f"sqlite:///{twin}")
    assert len(first) > 100 and first == second


def test_demo_then_simulate_then_verify_from_the_command_line(db_url, cheap_pins, capsys):
    assert main(["--db", db_url, "demo"]) == 0
    assert main(["--db", db_url, "simulate", "--days", "3"]) == 0
    out = capsys.readouterr().out
    assert "sales/s" in out and "refunds" in out
    assert main(["--db", db_url, "verify"]) == 0


def test_five_simulated_days_are_closed_as_a_supervisor_closes_them(engine, cheap_pins):
    """Before each close the simulated supervisor approves the variances, ticks the vouchers (now and then
    one is missing, explained), exports the room charges and has the batch confirmed: every rule holds."""
    from bizcenter.models import ExportConfirmation, Posting, PostingExport
    from bizcenter.models.backoffice import VarianceApproval, VoucherCheck

    install_demo(engine, TODAY + timedelta(days=2))
    simulate(engine, days=5, seed=11, start=START)
    assert unit_of_work(engine, verify) == []
    with Session(engine) as s:
        days = {d.business_date: d.summary for d in s.scalars(select(BusinessDay))}
        assert len(days) == 5
        postings = s.scalars(select(Posting)).all()
        ticked = set(s.scalars(select(VoucherCheck.posting_id)))
        for p in postings:
            three_way = days[p.business_date]["three_way"]
            assert p.id in ticked or (p.voucher_no in three_way["missing_vouchers"] and three_way["missing_note"])
        exported = dict(s.execute(select(PostingExport.posting_id, PostingExport.batch)).all())
        confirmed = set(s.scalars(select(ExportConfirmation.batch_id)))
        assert postings and all(exported.get(p.id) in confirmed for p in postings)
        approved = set(s.scalars(select(VarianceApproval.shift_id)))
        shifts = s.scalars(select(Shift)).all()
        assert all(sh.id in approved or sh.variance_approved_by is not None for sh in shifts if sh.variance_minor)
        assert all(d["three_way"]["postings_minor"] == d["three_way"]["ledger_room_minor"] for d in days.values())
