"""QR wallet payments (WeChat Pay, Alipay, UnionPay QR): the guest is charged once whatever the acquirer
answers, the sale keeps the provider and its reference but never the payment code, refunds go back
through the same wallet, and reports and the day's check show each wallet on its own line."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from bizcenter.errors import DomainError
from bizcenter.payments import qr
from bizcenter.textguard import clean_text, payment_code_in
from bizcenter.workflows.lines import PaymentRequest
from bizcenter.workflows.partial_refund import RefundPick, refund_lines
from bizcenter.workflows.receipts import load_receipt
from bizcenter.workflows.reconcile import day_check
from bizcenter.workflows.reports import daily_report, shift_report
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.settings import set_setting
from scenario import (DAY, SUP, all_text, build_world, cash, copies, ledger_breaches, line, refused, sell,
                      sell_action, total_of)

WECHAT = "134567890123456789"  # 18 digits starting 10–15
ALIPAY = "2876543210987654321"  # 16–24 digits starting 25–30
UNIONPAY = "6212345678901234567"  # 19 digits starting 62


@pytest.fixture
def w(engine):
    world = build_world(engine)
    world.run(lambda s: set_setting(s, "qr_acquirer", "test"))
    return world


@pytest.fixture
def acq(monkeypatch):
    fresh = qr.TestAcquirer()
    monkeypatch.setattr(qr, "TEST", fresh)
    return fresh


def pay_qr(w, acq, code, amount, order):
    """What the pay dialog does: collect from the acquirer (outside any transaction), then settle."""
    paid = qr.collect(acq, order, code, amount)
    return PaymentRequest("qr", amount, provider=paid.provider, reference=paid.reference)


def test_the_wallet_is_read_from_the_payment_code():
    assert [qr.provider_of(c) for c in (WECHAT, ALIPAY, UNIONPAY)] == ["wechat", "alipay", "unionpay"]
    with pytest.raises(DomainError) as e:
        qr.provider_of("4111111111111111")
    assert e.value.code == "qr_code"


def test_a_scanned_code_settles_with_its_provider_and_reference_never_the_code(w, acq):
    lines = [copies(10)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [pay_qr(w, acq, WECHAT, total, "o1")])
    (p,) = sale.payments
    assert (p.method, p.provider, p.amount_minor) == ("qr", "wechat", total)
    assert p.reference == acq.charges["o1"][2] and acq.charged() == total
    assert not any(WECHAT in t for t in all_text(w.engine))
    assert ledger_breaches(w.engine) == []


def test_a_declined_payment_charges_nothing_and_says_why(w, acq):
    acq.behaviour = "declined"
    with pytest.raises(DomainError) as e:
        qr.collect(acq, "o1", ALIPAY, 500)
    assert e.value.code == "qr_declined" and e.value.zh and e.value.en
    assert acq.charged() == 0


def test_a_timeout_is_queried_and_a_charge_that_went_through_is_used_once(w, acq):
    acq.behaviour = "timeout_paid"
    lines = [copies(10)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [pay_qr(w, acq, ALIPAY, total, "o1")])
    assert sale.payments[0].reference == acq.charges["o1"][2]
    assert acq.charged() == total  # queried, not paid again


def test_a_timeout_with_nothing_charged_is_cancelled_before_the_clerk_retries(w, acq):
    acq.behaviour = "timeout_unpaid"
    lines = [copies(10)]
    total = total_of(w, lines)
    with pytest.raises(DomainError) as e:
        qr.collect(acq, "o1", UNIONPAY, total)
    assert e.value.code == "qr_timeout" and "o1" in acq.cancelled and acq.charged() == 0
    acq.behaviour = "success"  # a late charge under the cancelled order cannot land; the retry is a new order
    assert acq.pay("o1", "unionpay", UNIONPAY, total).status == "declined"
    sale = sell(w, w.clerk, lines, [pay_qr(w, acq, UNIONPAY, total, "o2")])
    assert sale.payments[0].provider == "unionpay" and acq.charged() == total


def test_the_counter_never_settles_an_unconfirmed_qr_payment(w, acq):
    lines = [copies(10)]
    total = total_of(w, lines)
    scanned_code = PaymentRequest("qr", total, provider="wechat", reference=WECHAT)
    refused(w, sell_action(w, w.clerk, lines, [scanned_code]), "qr_code_as_reference")
    refused(w, sell_action(w, w.clerk, lines, [PaymentRequest("qr", total, provider="wechat")]), "qr_reference")
    refused(w, sell_action(w, w.clerk, lines, [PaymentRequest("qr", total, reference="4200000001")]), "qr_provider")


def test_a_void_and_a_partial_refund_go_back_through_the_same_wallet(w, acq):
    lines = [copies(10), line("scan", pages=2)]
    total = total_of(w, lines)
    sale = sell(w, w.clerk, lines, [pay_qr(w, acq, WECHAT, total, "o1")])
    back = w.run(lambda s: refund_lines(s, w.clerk, sale.sale_id, [RefundPick(2)], "qr", "guest unhappy", SUP,
                                        w.clock()))
    (p,) = back.payments
    assert (p.method, p.provider) == ("qr", "wechat") and p.amount_minor < 0
    assert acq.charged() == total + p.amount_minor  # the wallet gave that much back
    other = sell(w, w.clerk, [copies(5)], [pay_qr(w, acq, ALIPAY, total_of(w, [copies(5)]), "o2")])
    void = w.run(lambda s: void_sale(s, w.clerk, other.sale_id, "wrong item", SUP, w.clock()))
    assert [(q.method, q.provider) for q in void.payments] == [("qr", "alipay")]
    assert acq.charged("o2") == 0
    assert ledger_breaches(w.engine) == []


def test_reports_and_the_days_check_show_each_wallet(w, acq):
    a, b = total_of(w, [copies(10)]), total_of(w, [copies(5)])
    sell(w, w.clerk, [copies(10)], [pay_qr(w, acq, WECHAT, a, "o1")])
    sell(w, w.clerk, [copies(5)], [pay_qr(w, acq, ALIPAY, b, "o2")])
    sell(w, w.clerk, [copies(5)], [cash(b)])
    day = w.run(lambda s: daily_report(s, DAY))
    rows = {r.key: (r.label, r.amount_minor) for r in day.by_payment}
    assert rows["qr_wechat"] == ("微信支付 WeChat Pay", a) and rows["qr_alipay"] == ("支付宝 Alipay", b)
    x = w.run(lambda s: shift_report(s, s.scalar(text("SELECT shift_id FROM sale LIMIT 1"))))
    assert {r.key for r in x.by_payment} >= {"qr_wechat", "qr_alipay", "cash"}
    from bizcenter.documents.slip import receipt_lines, shift_slip_lines

    x_slip = "\n".join(shift_slip_lines(x, "BC1", ("酒店", "Hotel"), w.clock(), 48))
    assert "微信支付 WeChat Pay" in x_slip and "支付宝 Alipay" in x_slip  # the X/Z slip: each wallet its own line
    wallet_sale = w.run(lambda s: load_receipt(s, s.scalar(text("SELECT sale_id FROM payment WHERE provider = 'wechat'"))))
    receipt = "\n".join(receipt_lines(wallet_sale, ("酒店", "Hotel"), 32))
    assert "微信支付 WeChat Pay" in receipt and wallet_sale.payments[0].reference in receipt.replace("\n", "")
    check = w.run(lambda s: day_check(s, w.sup_id, DAY))
    assert [(k, amount) for k, _, amount in check.ledger_qr] == [("qr_wechat", a), ("qr_alipay", b)]


def test_a_payment_code_scanned_into_a_text_field_is_refused_but_an_id_number_is_not():
    assert payment_code_in(WECHAT) and payment_code_in(f" {ALIPAY} ")
    with pytest.raises(DomainError) as e:
        clean_text(UNIONPAY, "备注", "note")
    assert e.value.code == "card_number_in_text" and "payment code" in e.value.en
    body = "11010519491231000"  # a Beijing resident ID number, with its check digit: not a payment code
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11]
    assert check.isdigit()
    assert payment_code_in(f"{body}{check}") is None and payment_code_in("13812345678") is None
    assert payment_code_in(f"{body}{(int(check) + 1) % 10}")  # the same digits failing the check: refused
    assert payment_code_in(f"waybill {WECHAT}") is None  # in a sentence: a waybill has the same form


def test_old_payment_links_verify_under_v1_and_a_rewritten_reference_is_caught(w, acq, monkeypatch):
    from bizcenter.chain import canonical, capture

    lines = [copies(10)]
    total = total_of(w, lines)
    monkeypatch.setattr(capture, "FORM", "v1")  # written by the release before: its links are in form v1
    old = sell(w, w.clerk, lines, [cash(total)])
    monkeypatch.undo()
    with w.engine.connect() as conn:
        assert set(conn.execute(text("SELECT form FROM ledger_chain l JOIN payment p ON l.record_table = 'payment' "
                                     "AND l.record_key = CAST(p.id AS VARCHAR(20)) WHERE p.sale_id = :s"),
                                {"s": old.sale_id}).scalars()) == {"v1"}
    assert ledger_breaches(w.engine) == []  # old links still verify, under the form they were hashed in
    sale = sell(w, w.clerk, lines, [pay_qr(w, acq, WECHAT, total, "o1")])
    with w.engine.begin() as conn:
        qid = conn.execute(text("SELECT id FROM payment WHERE sale_id = :s"), {"s": sale.sale_id}).scalar()
        assert conn.execute(text("SELECT form FROM ledger_chain WHERE record_table = 'payment' AND record_key = :k"),
                            {"k": str(qid)}).scalar() == canonical.CURRENT == "v2"
        _without_triggers(conn, "UPDATE payment SET reference = 'X9999' WHERE id = :i", {"i": qid})
    assert any(f"payment {qid} was changed after it was recorded" in b.message for b in ledger_breaches(w.engine))


def test_payment_rows_stay_append_only_after_the_upgrade(w, acq):
    total = total_of(w, [copies(10)])
    sell(w, w.clerk, [copies(10)], [pay_qr(w, acq, WECHAT, total, "o1")])
    with pytest.raises(Exception, match="append-only"):
        with w.engine.begin() as conn:
            conn.execute(text("UPDATE payment SET reference = 'X9999'"))


def _without_triggers(conn, sql, params):
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER payment_no_update"))
        conn.execute(text(sql), params)
        conn.execute(text("CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment "
                          "BEGIN SELECT RAISE(ABORT, 'append-only: payment rows are never changed'); END"))
    else:
        conn.execute(text("ALTER TABLE payment DISABLE TRIGGER payment_append_only"))
        conn.execute(text(sql), params)
        conn.execute(text("ALTER TABLE payment ENABLE TRIGGER payment_append_only"))


def test_the_terminal_setting_takes_a_typed_reference_and_refuses_a_scanned_code():
    paid = qr.take("terminal", "o1", " 4200001234567890 ", "alipay", 800)
    assert (paid.provider, paid.reference, paid.amount_minor) == ("alipay", "4200001234567890", 800)
    for typed, chosen, code in ((WECHAT, "wechat", "qr_terminal"), ("4200001234", None, "qr_provider"),
                                ("12", "wechat", "qr_reference")):
        with pytest.raises(DomainError) as e:
            qr.take("terminal", "o1", typed, chosen, 800)
        assert e.value.code == code
    with pytest.raises(DomainError) as e:  # the test acquirer confirms only what it charged itself
        qr.take("test", "o1", "4200001234", "wechat", 800)
    assert e.value.code == "qr_code"


def test_the_closed_days_three_way_figures_keep_each_wallet():
    from bizcenter.workflows.dayclose import three_way

    figures = three_way(5000, {"cash": 1000, "qr_wechat": 2500, "qr_alipay": 1500}, (), 1000)
    assert figures["ledger_qr_minor"] == {"qr_alipay": 1500, "qr_wechat": 2500}
    assert figures["ledger_cash_minor"] == 1000 and figures["cash_variance_minor"] == 0  # wallets are not cash


def test_the_revenue_report_and_its_export_name_each_wallet_and_filter_by_it(w, acq):
    from bizcenter.workflows.revenue import Period, ReportFilter, revenue_report

    a, b = total_of(w, [copies(10)]), total_of(w, [copies(5)])
    sell(w, w.clerk, [copies(10)], [pay_qr(w, acq, WECHAT, a, "o1")])
    sell(w, w.clerk, [copies(5)], [pay_qr(w, acq, ALIPAY, b, "o2")])
    sell(w, w.clerk, [copies(5)], [cash(b)])
    day = Period("day", DAY, DAY)
    report = w.run(lambda s: revenue_report(s, w.sup_id, day))
    rows = {r.key: r.amount_minor for r in report.by_payment}
    assert rows.keys() == {"cash", "qr_alipay", "qr_wechat"} and (rows["qr_wechat"], rows["qr_alipay"]) == (a, b)
    assert "微信支付 WeChat Pay" in report.csv_text() and "支付宝 Alipay" in report.csv_text()
    wechat = w.run(lambda s: revenue_report(s, w.sup_id, day, ReportFilter(method="qr_wechat")))
    assert wechat.total_minor == a and [r.key for r in wechat.by_payment] == ["qr_wechat"]
    wallets = w.run(lambda s: revenue_report(s, w.sup_id, day, ReportFilter(method="qr")))
    assert wallets.total_minor == a + b


def test_an_outcome_still_unknown_is_asked_again_under_the_same_order_before_anything_else():
    class Silent(qr.TestAcquirer):  # the acquirer's line is down for queries as well
        down = True

        def query(self, order_no):
            if self.down:
                raise qr.AcquirerTimeout(order_no)
            return super().query(order_no)

    silent = Silent(behaviour="timeout_paid")
    with pytest.raises(DomainError) as e:
        qr.collect(silent, "o1", WECHAT, 900)
    assert e.value.code == "qr_unknown" and "o1" not in silent.cancelled  # nothing cancelled, nothing retried
    silent.down = False
    paid = qr.collect(silent, "o1", WECHAT, 900, resume=True)  # the clerk presses Pay again: asked, not paid
    assert paid.reference == silent.charges["o1"][2] and silent.charged() == 900
