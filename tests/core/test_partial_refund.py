"""Partial refunds: chosen lines (or units of a per-unit line) given back by the means the guest is paid
back in, approved by a supervisor, never more than what is left of a line or of the sale."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.models import Posting, Sale
from bizcenter.workflows.lines import LineRequest
from bizcenter.workflows.partial_refund import RefundPick, refund_lines
from bizcenter.workflows.refundable import refundable
from bizcenter.workflows.reports import daily_report, shift_report
from bizcenter.workflows.reversal import refund_sale, void_sale
from scenario import (CLERK2, DAY, SUP, assert_bilingual, build_world, card, cash, copies, ledger_breaches, line, refused,
                      room, sell, total_of)


@pytest.fixture
def w(engine):
    return build_world(engine)


def three_lines():
    return [copies(10), line("scan", pages=2), line("typing", language="en", pages=10)]


def refund(w, sale_id, picks, method="cash", reason="guest unhappy", approval=SUP, **kw):
    return lambda s: refund_lines(s, w.clerk, sale_id, picks, method, reason, approval, w.clock(), **kw)


def left(w, sale_id):
    return w.run(lambda s: refundable(s, sale_id))


def by_key(rows):
    return {r.key: r.amount_minor for r in rows}


def test_one_of_three_lines_of_a_card_sale_goes_back_in_cash(w):
    lines = three_lines()
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [card(total)])
    back = w.run(refund(w, sale.sale_id, [RefundPick(2)]))
    assert back.kind == "refund" and back.reverses_receipt_no == sale.receipt_no
    assert [(l.line_no, l.service_code, l.quantity) for l in back.lines] == [(2, "scan", -2)]
    scan = next(l for l in sale.lines if l.line_no == 2)
    assert back.subtotal_minor == -scan.amount_minor
    assert back.subtotal_minor + back.service_charge_minor + back.tax_minor + back.cash_rounding_minor == back.total_minor
    assert back.service_charge_minor < 0 and back.tax_minor < 0  # its own share, not the whole sale's
    assert [(p.method, p.amount_minor) for p in back.payments] == [("cash", back.total_minor)]
    assert back.total_minor % 10 == 0 and abs(back.cash_rounding_minor) <= 5  # 抹零 on the cash paid back
    rest = left(w, sale.sale_id)
    assert [l.quantity_left for l in rest.lines] == [10, 0, 10]
    assert rest.paid_left_minor == total + back.total_minor and rest.refunds == (back.receipt_no,)
    assert ledger_breaches(w.engine) == []


def test_a_line_already_refunded_is_refused_then_the_rest_goes_back_to_zero(w):
    lines = three_lines()
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [card(total)])
    first = w.run(refund(w, sale.sale_id, [RefundPick(2)]))
    err = refused(w, refund(w, sale.sale_id, [RefundPick(2)]), "line_already_refunded")
    assert_bilingual(err)
    assert "already refunded" in err.message("en") and "已全部退款" in err.message("zh")
    refused(w, refund(w, sale.sale_id, [RefundPick(1, 11)]), "refund_more_than_left")
    refused(w, refund(w, sale.sale_id, [RefundPick(1)], reason=""), "reason_required")
    refused(w, refund(w, sale.sale_id, [RefundPick(1)], approval=None), "approval_required")
    refused(w, lambda s: refund_lines(s, w.clerk, sale.sale_id, [RefundPick(1)], "cash", "x", CLERK2, w.clock()),
            "not_supervisor", may_change=("audit_log", "staff"))
    # the whole sale can no longer be voided or refunded in one go: only what is left, line by line
    refused(w, lambda s: void_sale(s, w.clerk, sale.sale_id, "x", SUP, w.clock()), "already_reversed")
    refused(w, lambda s: refund_sale(s, w.clerk, sale.sale_id, "x", SUP, w.clock()), "already_reversed")
    second = w.run(refund(w, sale.sale_id, [RefundPick(1), RefundPick(3, 4)], method="card"))
    third = w.run(refund(w, sale.sale_id, [RefundPick(3)], method="card"))
    assert [l.quantity for l in third.lines] == [-6]
    rest = left(w, sale.sale_id)
    assert all(l.quantity_left == 0 and l.amount_left_minor == 0 for l in rest.lines) and not rest.anything_left
    refused(w, refund(w, sale.sale_id, [RefundPick(1)]), "line_already_refunded")
    backs = (first, second, third)
    orig = sale
    for figure in ("subtotal_minor", "service_charge_minor", "tax_minor"):
        assert getattr(orig, figure) + sum(getattr(b, figure) for b in backs) == 0  # every share given back exactly
    # the cash part was rounded; the card refunds give back the rest exactly, never more than was paid
    assert 0 <= total + sum(b.total_minor for b in backs) <= 5
    assert ledger_breaches(w.engine) == []


def test_a_refund_of_a_refund_and_partial_units_of_a_fax_are_refused(w):
    c = copies(2)
    lines = [copies(10), LineRequest(c.service, c.params, override_amount_minor=300, reason="agreed", record=c.record)]
    sale = sell(w, w.clerk, lines, approval=SUP)
    back = w.run(refund(w, sale.sale_id, [RefundPick(1, 3)]))
    refused(w, refund(w, back.sale_id, [RefundPick(1)]), "reverse_reversal")
    assert [l.quantity_left for l in left(w, sale.sale_id).lines] == [7, 2]
    refused(w, refund(w, sale.sale_id, [RefundPick(2, 1)]), "refund_line_whole")  # an agreed price: whole only
    refused(w, refund(w, sale.sale_id, [RefundPick(9)]), "no_such_line")
    refused(w, refund(w, sale.sale_id, [RefundPick(1)], method="room"), "refund_no_room_charge")


def test_a_room_charge_is_corrected_by_its_own_posting_for_the_refunded_part_only(w):
    lines = [copies(100), line("scan", pages=2)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [room(total, "0808", "张三")])
    back = w.run(refund(w, sale.sale_id, [RefundPick(2)], method="room"))
    assert [(p.method, p.room) for p in back.payments] == [("room", "0808")]
    assert back.payments[0].voucher_no and back.payments[0].original_voucher_no == sale.payments[0].voucher_no
    posted = w.run(lambda s: s.execute(select(Posting.amount_minor, Posting.voucher_no)
                                       .where(Posting.sale_id == back.sale_id)).all())
    assert posted == [(back.total_minor, back.payments[0].voucher_no)] and -total < back.total_minor < 0
    assert back.cash_rounding_minor == 0 and back.total_minor == back.subtotal_minor + back.service_charge_minor \
        + back.tax_minor
    assert left(w, sale.sale_id).room_left_minor == total + back.total_minor
    rest = w.run(refund(w, sale.sale_id, [RefundPick(1, 40)], method="room"))
    assert left(w, sale.sale_id).room_left_minor == total + back.total_minor + rest.total_minor > 0
    assert ledger_breaches(w.engine) == []


def test_reports_show_the_refunded_lines_and_the_method_paid_back_in(w):
    lines = three_lines()
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [card(total)])
    before = w.run(lambda s: daily_report(s, DAY))
    back = w.run(refund(w, sale.sale_id, [RefundPick(2)]))
    day = w.run(lambda s: daily_report(s, DAY))
    services, payments = by_key(day.by_service), by_key(day.by_payment)
    assert services["scan"] == 0 and services["copy"] == by_key(before.by_service)["copy"]
    assert services["typing"] == by_key(before.by_service)["typing"]
    assert payments == {"card": total, "cash": back.total_minor}  # the card stands; cash went out of the drawer
    assert day.refunds_count == 1 and day.total_minor == total + back.total_minor
    assert day.subtotal_minor == before.subtotal_minor + back.subtotal_minor
    x = w.run(lambda s: shift_report(s, w.shifts[w.clerk]))
    assert by_key(x.by_payment)["cash"] == back.total_minor
    assert x.expected_cash_minor == x.float_minor + back.total_minor
    assert x.refunds_count == 1 and by_key(x.by_service)["scan"] == 0


def test_verify_finds_a_refund_that_gives_back_more_than_the_line(w):
    from bizcenter.verify import reversals_sound

    sale = sell(w, w.clerk, [copies(10), copies(5)])
    back = w.run(refund(w, sale.sale_id, [RefundPick(1, 4)]))
    assert w.run(reversals_sound) == []
    from sqlalchemy import text

    def forge(s):  # a second refund of the whole first line, written behind the application's back
        s.execute(text("INSERT INTO sale (counter_id, receipt_no, shift_id, clerk_id, business_date, posted_at, kind, "
                       "reverses_id, reason, approved_by, currency, service_charge_pct, tax_pct, subtotal_minor, "
                       "service_charge_minor, tax_minor, total_minor, cash_rounding_minor) SELECT counter_id, 999, "
                       "shift_id, clerk_id, business_date, posted_at, kind, :r, reason, approved_by, currency, "
                       "service_charge_pct, tax_pct, subtotal_minor * 5, 0, 0, subtotal_minor * 5, 0 FROM sale "
                       "WHERE id = :r"), {"r": back.sale_id})
        forged = s.scalar(select(Sale.id).where(Sale.reverses_id == back.sale_id))
        s.execute(text("INSERT INTO sale_line (sale_id, line_no, service_code, name_zh, name_en, unit, quantity, "
                       "unit_price_minor, list_amount_minor, discount_minor, amount_minor, override, detail) SELECT "
                       ":f, line_no, service_code, name_zh, name_en, unit, quantity * 5, unit_price_minor, "
                       "list_amount_minor * 5, 0, amount_minor * 5, override, detail FROM sale_line WHERE sale_id = :r"),
                  {"f": forged, "r": back.sale_id})

    w.run(forge)
    found = w.run(reversals_sound)
    assert any("line 1" in m and "more than" in m for m in found), found
    assert any("more than" in m and "total" in m for m in found), found


def test_the_day_closes_with_partial_refunds_and_its_lists_name_the_sale_given_back(w):
    from bizcenter.workflows.revenue import Period, exceptions_report
    from bizcenter.workflows.summaries import daily_detail
    from scenario import close_day, close_shift

    lines = [copies(100), line("scan", pages=2), line("typing", language="en", pages=3)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [room(total, "0808", "张三")])
    first = w.run(refund(w, sale.sale_id, [RefundPick(2)], method="room"))
    second = w.run(refund(w, sale.sale_id, [RefundPick(1, 30)]))
    detail = w.run(lambda s: daily_detail(s, DAY))
    assert [(r.kind, r.original) for r in detail.reversals] == [("refund", sale.number)] * 2
    rows = w.run(lambda s: exceptions_report(s, w.sup_id, Period("day", DAY, DAY)))
    assert [r.detail for r in rows if r.kind == "refund"] == [sale.number] * 2
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    closed = close_day(w)
    day = w.run(lambda s: daily_report(s, DAY))
    assert day.total_minor == total + first.total_minor + second.total_minor and day.refunds_count == 2
    assert by_key(day.by_payment) == {"room": total + first.total_minor, "cash": second.total_minor}
    assert closed is not None and ledger_breaches(w.engine) == []


def test_a_call_stands_billed_while_another_line_of_its_sale_is_refunded_then_is_refunded_itself(w):
    from bizcenter.models.sessions import PhoneCall
    from bizcenter.workflows import calls

    call = w.run(lambda s: calls.record_metered_call(s, w.clerk, "+852 2123 4567", 61, w.clock()))
    sale = sell(w, w.clerk, [copies(5), call.line])
    w.run(refund(w, sale.sale_id, [RefundPick(1)]))
    assert w.run(lambda s: s.get(PhoneCall, call.id)).status == "billed"
    assert ledger_breaches(w.engine) == []  # verify judges the call by its own line, not by its sale
    refused(w, refund(w, sale.sale_id, [RefundPick(2, 1)]), "refund_line_whole")  # a call goes back whole
    w.run(refund(w, sale.sale_id, [RefundPick(2)], method="card", card_last4="4242"))
    assert w.run(lambda s: s.get(PhoneCall, call.id)).status == "refunded"
    assert ledger_breaches(w.engine) == []
