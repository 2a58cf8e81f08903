"""Counter sales: priced from the price list, service charge and tax, cash/card/room payments, the
card-number rule, refusals that write nothing, the double click, and prices that stay as charged."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bizcenter.models import Posting, Sale, SaleLine
from bizcenter.workflows import catalogue, receipts
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.staff import Credentials, Operator
from scenario import (CLERK, SUP, all_text, audit_actions, build_world, card, cash, copies, ledger_breaches, line,
                      open_shift, refused, room, sell, sell_action, snapshot, total_of, variant_pricelist)


@pytest.fixture
def w(engine):
    return build_world(engine)


def test_sale_lines_are_priced_from_the_price_list(w):
    r = sell(w, w.clerk, [copies(10), line("copy", pages=3, size="A3", colour="colour"),
                          line("fax_out", number="010 6512 3456", pages=3)])
    assert [(l.service_code, l.quantity, l.amount_minor) for l in r.lines] == [
        ("copy", 10, 2000),      # A4 b/w ¥2.00 a page
        ("copy", 3, 6000),       # A3 colour ¥20.00 a page
        ("fax_out", 3, 2000),    # local fax: ¥10.00 first page + 2 × ¥5.00
    ]
    assert r.subtotal_minor == 10_000
    assert "+861065123456" in r.lines[2].name_en  # the business record keeps the number dialled


def test_service_charge_and_tax_are_separate_figures_with_tax_on_both(w):
    r = sell(w, w.clerk, [copies(50)])  # ¥100.00
    assert (r.subtotal_minor, r.service_charge_minor, r.tax_minor, r.total_minor) == (10_000, 1_000, 660, 11_660)
    assert (r.service_charge_pct, r.tax_pct) == ("10", "6")


@pytest.mark.parametrize("charged, service, tax, total", [
    (1005, 101, 66, 1172),  # 100.5 → 101 (half up; half-even would give 100)
    (68, 7, 5, 80),         # tax on 75 = 4.5 → 5 (half up; half-even would give 4)
    (1004, 100, 66, 1170),  # 100.4 → 100
])
def test_service_charge_and_tax_round_half_up_to_the_fen(w, charged, service, tax, total):
    r = sell(w, w.clerk, [LineRequest("copy", {"pages": 1}, override_amount_minor=charged, reason="agreed")],
             approval=SUP)
    assert (r.subtotal_minor, r.service_charge_minor, r.tax_minor) == (charged, service, tax)
    assert r.total_minor - r.cash_rounding_minor == total  # paid in cash: rounded to ¥0.10 beside it


def test_cash_tendered_gives_change(w):
    r = sell(w, w.clerk, [copies(10)], [cash(2332, tendered=5000)])  # total ¥23.32, ¥23.30 in cash
    assert r.payments[0].tendered_minor == 5000
    assert r.change_minor == 5000 - 2330


def test_cash_tendered_short_is_refused(w):
    refused(w, sell_action(w, w.clerk, [copies(10)], [cash(2332, tendered=2000)]), "tendered_short")


def test_card_payment_keeps_last_four_digits_and_approval_code(w):
    total = total_of(w, [copies(10)])
    r = sell(w, w.clerk, [copies(10)], [card(total, " 4242 ", "ab12cd")])
    assert (r.payments[0].card_last4, r.payments[0].card_approval) == ("4242", "AB12CD")


FULL = "4111111111111111"


@pytest.mark.parametrize("last4, approval", [
    ("4111 1111 1111 1111", "A1B2C3"),
    (FULL, "A1B2C3"),
    ("1111", FULL),
    ("1111", "4111-1111-1111-1111"),
])
def test_full_card_number_is_refused_and_stored_nowhere(w, last4, approval):
    total = total_of(w, [copies(10)])
    err = refused(w, sell_action(w, w.clerk, [copies(10)], [card(total, last4, approval)]), "full_card_number")
    assert FULL not in err.message("zh") + err.message("en")
    digits = ["".join(ch for ch in value if ch.isdigit()) for value in all_text(w.engine)]
    assert not [d for d in digits if FULL in d or "41111111" in d]
    if w.engine.dialect.name == "sqlite":
        db = Path(w.engine.url.database)
        for f in (db, Path(f"{db}-wal")):
            if f.exists():
                raw = f.read_bytes()
                assert FULL.encode() not in raw and b"4111 1111 1111 1111" not in raw


def test_room_charge_posts_to_the_guests_folio_with_a_voucher(w):
    total = total_of(w, [copies(10)])
    r = sell(w, w.clerk, [copies(10)], [room(total, "1208", "hans muller")])
    pay = r.payments[0]
    assert (pay.method, pay.room, pay.guest_name) == ("room", "1208", "Müller, Hans")
    assert pay.voucher_no
    posting = w.run(lambda s: s.scalars(select(Posting)).one())
    assert (posting.stay_id, posting.amount_minor, posting.voucher_no) == (w.stays["1208"], total, pay.voucher_no)


def test_split_cash_card_and_room_is_one_balanced_sale(w):
    total = total_of(w, [copies(50)])  # ¥116.60
    r = sell(w, w.clerk, [copies(50)], [cash(5000, tendered=6000), card(4000), room(total - 9000, "0808", "张三")])
    assert [p.method for p in r.payments] == ["cash", "card", "room"]
    assert sum(p.amount_minor for p in r.payments) == r.total_minor
    assert r.change_minor == 1000
    assert w.run(lambda s: s.scalar(select(func.sum(Posting.amount_minor)))) == total - 9000
    assert ledger_breaches(w.engine) == []


@pytest.mark.parametrize("paid", [-1, +1, -2332])
def test_sale_that_does_not_balance_is_refused_and_nothing_written(w, paid):
    total = total_of(w, [copies(10)])
    payments = [cash(total + paid)] if total + paid > 0 else [cash(1), card(1)]
    refused(w, sell_action(w, w.clerk, [copies(10)], payments),
            "unbalanced" if total + paid > 0 else None)


@pytest.mark.parametrize("request_", [
    line("copy", pages=0), line("copy", pages=-3), line("copy", pages=10 ** 9), line("copy", pages=2.5),
    line("copy", pages="10"), line("copy", pages=True), line("copy", pages=1, copies=0),
    line("fax_out", number="010 6512 3456", pages=0), line("phone", number="010 6512 3456", seconds=-60),
    line("internet", minutes=10 ** 9), line("courier", destination="domestic", grams=0),
], ids=lambda r: f"{r.service}-{r.params}")
def test_zero_negative_or_absurd_quantity_is_refused_and_nothing_written(w, request_):
    refused(w, sell_action(w, w.clerk, [request_], [cash(100)]))


def test_unknown_service_is_refused_and_nothing_written(w):
    refused(w, sell_action(w, w.clerk, [line("teleport", pages=1)], [cash(100)]), "unknown_service")


def test_empty_bill_and_bill_without_payment_are_refused(w):
    refused(w, sell_action(w, w.clerk, [], [cash(100)]), "empty_sale")
    refused(w, sell_action(w, w.clerk, [copies(1)], []), "no_payment")


def test_double_click_on_pay_posts_the_sale_once(w):
    first = sell(w, w.clerk, [copies(10)], draft_key="draft-1")
    err = refused(w, sell_action(w, w.clerk, [copies(10)], draft_key="draft-1"), "already_settled")
    assert str(first.receipt_no) in err.message("en")
    assert w.run(lambda s: s.scalar(select(func.count()).select_from(Sale))) == 1


def test_sale_without_an_open_shift_is_refused(engine):
    w = build_world(engine, open_shifts=False)
    refused(w, sell_action(w, w.clerk, [copies(1)], [cash(233)]), "no_open_shift")


def _discounted(w, approval, op=None):
    return sell_action(w, op or w.clerk, [LineRequest("copy", {"pages": 10}, discount_minor=500, reason="regular")],
                       [cash(1749)], approval=approval)


@pytest.mark.parametrize("approval, code", [
    (None, "approval_required"),
    (CLERK, "not_supervisor"),   # a clerk's own PIN is no approval
    (Credentials(SUP.code, "0000"), "bad_credentials"),
])
def test_discount_needs_a_supervisors_approval(w, approval, code):
    refused(w, _discounted(w, approval), code, may_change=("audit_log",))


def test_supervisor_cannot_approve_their_own_discount(w):
    sup_at_counter = Operator(w.sup_id, w.c1)
    open_shift(w, sup_at_counter)
    refused(w, _discounted(w, SUP, sup_at_counter), "self_approval")


def test_approved_discount_and_override_are_kept_on_the_line_and_audited(w):
    r = w.run(_discounted(w, SUP))
    assert (r.lines[0].discount_minor, r.lines[0].amount_minor, r.total_minor - r.cash_rounding_minor) == (500, 1500, 1749)
    sell(w, w.clerk, [LineRequest("copy", {"pages": 10}, override_amount_minor=1000, reason="VIP")], approval=SUP)
    lines = w.run(lambda s: list(s.scalars(select(SaleLine).order_by(SaleLine.id))))
    assert [(l.approved_by, l.override, l.list_amount_minor) for l in lines] == [
        (w.sup_id, False, 2000), (w.sup_id, True, 2000)]
    assert {"discount", "price_override"} <= set(audit_actions(w))


def test_sale_keeps_its_price_and_reprints_the_same_after_a_new_price_list(w):
    old = sell(w, w.clerk, [copies(10)])
    def double_a4(rule):
        rule["options"]["A4"].update(bw_minor=400, bw_duplex_minor=600)
    w.run(lambda s: catalogue.publish_pricelist(s, w.sup_id, variant_pricelist("copy", double_a4),
                                                w.clock.t + timedelta(minutes=5), "A4 dearer"))
    w.clock.set(w.clock.t + timedelta(minutes=10))
    new = sell(w, w.clerk, [copies(10)])
    assert (old.subtotal_minor, new.subtotal_minor) == (2000, 4000)
    assert w.run(lambda s: receipts.load_receipt(s, old.sale_id)) == old
    assert ledger_breaches(w.engine) == []


def test_receipt_numbers_run_without_gaps_per_counter_despite_refusals(w):
    for i in range(3):
        sell(w, w.clerk, [copies(1 + i)])
        refused(w, sell_action(w, w.clerk, [copies(1)], [cash(1)]), "unbalanced")
        sell(w, w.clerk2, [copies(2)])
    sell(w, w.clerk, [copies(1)])
    numbers = w.run(lambda s: s.execute(select(Sale.counter_id, Sale.receipt_no).order_by(Sale.id)).all())
    assert [n for c, n in numbers if c == w.c1] == [1, 2, 3, 4]
    assert [n for c, n in numbers if c == w.c2] == [1, 2, 3]
    receipts = {k: v for k, v in snapshot(w.engine)["<sequences>"].items() if k.startswith("receipt:")}
    assert receipts == {f"receipt:{w.c1}": 4, f"receipt:{w.c2}": 3}


def test_an_air_fare_collected_for_the_agency_carries_no_service_charge_or_tax(engine):
    """Only the centre's own fee is surcharged: a ¥1,200 fare plus ¥50 fee is ¥1,200 + ¥50 × 1.166."""
    from bizcenter.db import unit_of_work
    from bizcenter.workflows.counter import quote

    build_world(engine, open_shifts=False)
    fee = LineRequest("ticket_fee", {"kind": "domestic", "tickets": 1})
    fare = LineRequest("ticket_fare", {"fare_minor": 110_000, "taxes_minor": 10_000})
    q_fee = unit_of_work(engine, lambda s: quote(s, [fee]))
    q_both = unit_of_work(engine, lambda s: quote(s, [fee, fare]))
    assert q_both.subtotal_minor == q_fee.subtotal_minor + 120_000
    assert (q_both.service_charge_minor, q_both.tax_minor) == (q_fee.service_charge_minor, q_fee.tax_minor)
    assert q_both.total_minor == q_fee.total_minor + 120_000
