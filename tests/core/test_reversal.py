"""Voids and refunds are new entries pointing at the original, approved by another supervisor; the
ledger itself is only ever appended to (ORM guard and database triggers)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from bizcenter.errors import DomainError
from bizcenter.models import AuditEntry, Payment, Sale, SaleLine
from bizcenter.models.guards import LedgerTampering
from bizcenter.workflows.reversal import refund_sale, void_sale
from bizcenter.workflows.staff import Credentials, Operator
from scenario import (CLERK, DAY, SH, SUP, SUP2, build_world, card, cash, close_shift, copies, ledger_breaches,
                      open_shift, refused, room, sell, total_of)
from scenario import close_day as reconciled_close


@pytest.fixture
def w(engine):
    return build_world(engine)


@pytest.fixture
def sale(w):
    lines = [copies(10), copies(5, colour="colour")]
    total = total_of(w, lines)
    return sell(w, w.clerk, lines, [cash(3000, tendered=5000), card(total - 3000)])


def _void(w, sale_id, reason="wrong copies", approval=SUP, op=None, at=None):
    return lambda s: void_sale(s, op or w.clerk, sale_id, reason, approval, at or w.clock())


def _refund(w, sale_id, reason="guest unhappy", approval=SUP, op=None, at=None):
    return lambda s: refund_sale(s, op or w.clerk, sale_id, reason, approval, at or w.clock())


def test_void_is_a_new_entry_naming_original_reason_and_supervisor(w, sale):
    v = w.run(_void(w, sale.sale_id))
    assert (v.kind, v.reverses_receipt_no, v.reason, v.approved_by_name) == (
        "void", sale.receipt_no, "wrong copies", "王强")
    assert v.receipt_no == sale.receipt_no + 1 and v.sale_id != sale.sale_id
    assert [(l.service_code, l.quantity, l.amount_minor) for l in v.lines] == [
        (l.service_code, -l.quantity, -l.amount_minor) for l in sale.lines]
    assert [(p.method, p.amount_minor) for p in v.payments] == [(p.method, -p.amount_minor) for p in sale.payments]
    assert (v.subtotal_minor, v.service_charge_minor, v.tax_minor, v.total_minor) == (
        -sale.subtotal_minor, -sale.service_charge_minor, -sale.tax_minor, -sale.total_minor)
    original = w.run(lambda s: s.get(Sale, sale.sale_id))
    assert (original.kind, original.total_minor) == ("sale", sale.total_minor)  # untouched
    assert ledger_breaches(w.engine) == []


def test_refund_is_a_new_entry_by_the_original_means_of_payment(w, sale):
    r = w.run(_refund(w, sale.sale_id, approval=SUP2))
    assert (r.kind, r.reverses_receipt_no, r.approved_by_name) == ("refund", sale.receipt_no, "Anna Schmidt")
    assert [(p.method, p.amount_minor, p.card_last4) for p in r.payments] == [
        ("cash", -3000, None), ("card", -(sale.total_minor - 3000), "4242")]
    assert ledger_breaches(w.engine) == []


def test_reversals_are_in_the_audit_log(w, sale):
    second = sell(w, w.clerk, [copies(1)])
    w.run(_void(w, sale.sale_id))
    w.run(_refund(w, second.sale_id))
    rows = w.run(lambda s: s.execute(select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.detail)
                                     .where(AuditEntry.action.in_(("void", "refund"))).order_by(AuditEntry.id)).all())
    assert [(a, who, d["original_sale"], d["approved_by"], d["reason"]) for a, who, d in rows] == [
        ("void", w.clerk.staff_id, sale.sale_id, w.sup_id, "wrong copies"),
        ("refund", w.clerk.staff_id, second.sale_id, w.sup_id, "guest unhappy")]


def test_voiding_a_void_is_refused(w, sale):
    v = w.run(_void(w, sale.sale_id))
    refused(w, _void(w, v.sale_id), "reverse_reversal")
    refused(w, _refund(w, v.sale_id), "reverse_reversal")


def test_voiding_twice_or_refunding_a_voided_sale_is_refused(w, sale):
    w.run(_void(w, sale.sale_id))
    err = refused(w, _void(w, sale.sale_id), "already_reversed")
    assert str(sale.receipt_no + 1) in err.message("en")
    refused(w, _refund(w, sale.sale_id), "already_reversed")


def test_void_of_an_unknown_sale_is_refused(w):
    refused(w, _void(w, 9999), "no_such_sale")


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_void_without_a_reason_is_refused(w, sale, reason):
    refused(w, _void(w, sale.sale_id, reason=reason), "reason_required")


@pytest.mark.parametrize("approval, code", [
    (None, "approval_required"), (CLERK, "not_supervisor"), (Credentials("S01", "0000"), "bad_credentials"),
    (Credentials("NOBODY", "1234"), "bad_credentials"),
])
def test_void_without_a_valid_supervisor_approval_is_refused(w, sale, approval, code):
    refused(w, _void(w, sale.sale_id, approval=approval), code, may_change=("audit_log",))


def test_supervisor_cannot_approve_their_own_void(w):
    sup_op = Operator(w.sup_id, w.c1)
    open_shift(w, sup_op)
    own = sell(w, sup_op, [copies(2)])
    refused(w, _void(w, own.sale_id, op=sup_op, approval=SUP), "self_approval")
    w.run(_void(w, own.sale_id, op=sup_op, approval=SUP2))


def test_void_refused_after_day_close_but_refund_allowed(w, sale):
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    reconciled_close(w)
    open_shift(w, w.clerk, at=datetime(2026, 3, 11, 9, 0, tzinfo=SH))
    w.clock.set(datetime(2026, 3, 11, 9, 5, tzinfo=SH))
    refused(w, _void(w, sale.sale_id), "void_after_close")
    r = w.run(_refund(w, sale.sale_id))
    assert (r.kind, r.business_date) == ("refund", DAY + timedelta(days=1))
    assert ledger_breaches(w.engine) == []


def test_reversal_with_a_slower_counter_clock_keeps_the_ledger_verifiable(w, sale):
    """Counters sharing PostgreSQL each stamp actions with their own clock; a void entered at a
    counter whose clock runs a minute behind must not leave a ledger that `verify` rejects."""
    try:
        w.run(_void(w, sale.sale_id, op=w.clerk2, at=sale.posted_at - timedelta(minutes=1)))
    except DomainError:  # a refusal is an acceptable answer; a silently broken ledger is not
        return
    assert ledger_breaches(w.engine) == []


# --- append-only --------------------------------------------------------------------------------
@pytest.mark.parametrize("model, change", [
    (Sale, lambda o: setattr(o, "total_minor", 1)), (SaleLine, lambda o: setattr(o, "amount_minor", 1)),
    (Payment, lambda o: setattr(o, "amount_minor", 1)), (AuditEntry, lambda o: setattr(o, "action", "x")),
])
def test_orm_refuses_to_change_a_posted_record(w, sale, model, change):
    def tamper(s):
        change(s.scalars(select(model)).first())
        s.flush()

    with pytest.raises(LedgerTampering):
        w.run(tamper)

    def delete(s):
        s.delete(s.scalars(select(model)).first())
        s.flush()

    with pytest.raises(LedgerTampering):
        w.run(delete)


@pytest.mark.parametrize("sql", [
    "UPDATE sale SET total_minor = 0", "DELETE FROM sale_line", "UPDATE payment SET amount_minor = 1",
    "DELETE FROM payment", "UPDATE posting SET amount_minor = 0", "DELETE FROM audit_log",
    "UPDATE price_item SET rule = rule", "DELETE FROM cash_count", "UPDATE business_day SET closed_by = closed_by",
])
def test_database_refuses_raw_sql_that_changes_the_ledger(w, sql):
    sale_ = sell(w, w.clerk, [copies(3)], [room(total_of(w, [copies(3)]), "0808", "张三")])
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    reconciled_close(w)
    assert sale_.sale_id
    with pytest.raises(DBAPIError, match="append-only"):
        with w.engine.begin() as conn:
            conn.execute(text(sql))
