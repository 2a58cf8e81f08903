"""Company accounts (挂账): a sale charged to a company with the signer's name, refused over the limit,
for a closed account or a stranger's signature; voids and refunds credit the account back; payments
received reduce what it owes; the ageing list by the charge's hotel business day; the monthly statement;
the day's check counts account charges apart from the drawer's cash."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
import time_machine

from bizcenter.workflows import companies as co
from bizcenter.workflows.account_statements import ageing, statement
from bizcenter.workflows.lines import PaymentRequest
from bizcenter.workflows.partial_refund import RefundPick, refund_lines
from bizcenter.workflows.reversal import void_sale
from scenario import (DAY, SUP, assert_bilingual, build_world, cash, copies, ledger_breaches, refused, sell,
                      sell_action, total_of)


@pytest.fixture
def w(engine):
    return build_world(engine)


def add_company(w, limit=50_000, active=True, contacts=(co.ContactInput("张伟", "13812345678", "zw@acme.cn"),),
                code="ACME"):
    data = co.CompanyInput(code, "艾克美贸易 Acme Trading", limit, 30, "北京市朝阳区", active, tuple(contacts))
    return w.run(lambda s: co.save_company(s, w.sup_id, data, at=w.clock()))


def account(amount, company_id, signer="张伟"):
    return PaymentRequest("account", amount, guest_name=signer, company_id=company_id)


def owed(w, company_id):
    return w.run(lambda s: co.balance(s, company_id))


def test_a_charge_keeps_company_signer_and_voucher_and_counts_against_the_limit(w):
    acme = add_company(w)
    total = total_of(w, [copies(10)])
    receipt = sell(w, w.clerk, [copies(10)], [account(total, acme, " 张伟 ")])
    (paid,) = receipt.payments
    assert (paid.method, paid.guest_name, paid.company) == ("account", "张伟", "艾克美贸易 Acme Trading")
    assert paid.voucher_no
    assert owed(w, acme) == total
    view = w.run(lambda s: co.company_view(s, acme))
    assert view.available_minor == 50_000 - total and view.contacts[0].phone == "+8613812345678"
    assert ledger_breaches(w.engine) == []


def test_over_the_limit_a_closed_account_and_a_stranger_are_refused(w):
    acme = add_company(w, limit=1_000)
    total = total_of(w, [copies(10)])  # ¥20 > ¥10 limit
    err = refused(w, sell_action(w, w.clerk, [copies(10)], [account(total, acme)]), "account_over_limit")
    assert "10.00" in err.message("en") and "信用额度" in err.message("zh")
    roomy = add_company(w, limit=100_000, code="BETA")
    err = refused(w, sell_action(w, w.clerk, [copies(10)], [account(total, roomy, "Somebody Else")]), "account_signer")
    assert_bilingual(err)
    closed = add_company(w, limit=100_000, active=False, code="GONE", contacts=())
    refused(w, sell_action(w, w.clerk, [copies(10)], [account(total, closed, "anyone")]), "account_closed")
    refused(w, sell_action(w, w.clerk, [copies(10)], [account(total, None)]), "account_company")
    # no authorised contacts: any name is taken as written, but a name is needed
    free = add_company(w, limit=100_000, code="FREE", contacts=(co.ContactInput("Accounts", authorised=False),))
    refused(w, sell_action(w, w.clerk, [copies(10)], [account(total, free, "  ")]), "text_required")
    assert sell(w, w.clerk, [copies(10)], [account(total, free, "Mr Visitor")]).payments[0].guest_name == "Mr Visitor"


def test_a_void_and_a_partial_refund_credit_the_account_back(w):
    acme = add_company(w)
    lines = [copies(10), copies(5)]
    total = total_of(w, lines)
    first = sell(w, w.clerk, lines, [account(total, acme)])
    second = sell(w, w.clerk, [copies(10)], [account(total_of(w, [copies(10)]), acme)])
    back = w.run(lambda s: void_sale(s, w.clerk, second.sale_id, "wrong company", SUP, w.clock()))
    assert back.payments[0].method == "account" and back.payments[0].company == "艾克美贸易 Acme Trading"
    assert owed(w, acme) == total
    part = w.run(lambda s: refund_lines(s, w.clerk, first.sale_id, [RefundPick(2)], "account", "guest unhappy", SUP,
                                        w.clock()))
    assert owed(w, acme) == total + part.total_minor < total
    by_cash = sell(w, w.clerk, [copies(1)]).sale_id
    refused(w, lambda s: refund_lines(s, w.clerk, by_cash, [RefundPick(1)], "account", "x", SUP, w.clock()),
            "refund_no_account")
    assert ledger_breaches(w.engine) == []


def test_payments_received_reduce_the_balance_and_a_transfer_needs_its_reference(w):
    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sell(w, w.clerk, [copies(10)], [account(total, acme)])
    refused(w, lambda s: co.receive_payment(s, w.sup_id, acme, "transfer", 1_000, "", at=w.clock()),
            "account_receipt_reference")
    refused(w, lambda s: co.receive_payment(s, w.sup_id, acme, "cheque", 1_000, at=w.clock()), "account_receipt_method")
    refused(w, lambda s: co.receive_payment(s, w.clerk.staff_id, acme, "cash", 1_000, at=w.clock()))
    w.run(lambda s: co.receive_payment(s, w.sup_id, acme, "transfer", 1_500, "ICBC-2026-0042", at=w.clock()))
    assert owed(w, acme) == total - 1_500


def test_company_input_is_checked(w):
    refused(w, lambda s: co.save_company(s, w.sup_id, co.CompanyInput("X", "X", 100, contacts=(
        co.ContactInput("A", "12345"),))), "company_phone")
    refused(w, lambda s: co.save_company(s, w.sup_id, co.CompanyInput("X", "X", 100, contacts=(
        co.ContactInput("A", email="not-an-address"),))), "company_email")
    refused(w, lambda s: co.save_company(s, w.sup_id, co.CompanyInput("X", "X", -1)), "company_number")
    add_company(w)
    refused(w, lambda s: co.save_company(s, w.sup_id, co.CompanyInput("acme", "Other", 100)), "company_code_taken")


def _utc(text):
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize("now, bucket", [
    (_utc("2026-04-08T19:59:00"), "current"),  # 9 April 03:59 in Shanghai: still business day 8 April = day 29
    (_utc("2026-04-08T20:01:00"), "30"),       # 04:01: business day 9 April = 30 days after 10 March
    (_utc("2026-05-08T20:01:00"), "60"),       # 9 May: day 60
    (_utc("2026-06-08T20:01:00"), "90"),       # 8 June: day 90
])
def test_ageing_buckets_by_the_hotel_business_day(w, now, bucket):
    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sell(w, w.clerk, [copies(10)], [account(total, acme)])  # business day 10 March
    with time_machine.travel(now, tick=False):
        (row,) = w.run(lambda s: ageing(s))
    assert row.buckets == {b: (total if b == bucket else 0) for b in ("current", "30", "60", "90")}


def test_ageing_applies_payments_to_the_oldest_charges_first(w):
    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sell(w, w.clerk, [copies(10)], [account(total, acme)])
    w.run(lambda s: co.receive_payment(s, w.sup_id, acme, "cash", total - 100, at=w.clock()))
    (row,) = w.run(lambda s: ageing(s, _utc("2026-05-01T02:00:00")))
    assert row.buckets["30"] == 100 and row.total_minor == 100


def test_the_monthly_statement_adds_up(w):
    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sale = sell(w, w.clerk, [copies(10)], [account(total, acme)])
    sell(w, w.clerk, [copies(10)], [account(total, acme)])
    w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "wrong company", SUP, w.clock()))
    w.run(lambda s: co.receive_payment(s, w.sup_id, acme, "transfer", 1_000, "BOC-77", at=w.clock()))
    st = w.run(lambda s: statement(s, acme, date(2026, 3, 1)))
    assert st.opening_minor == 0 and [l.kind for l in st.lines] == ["charge", "charge", "credit", "payment"]
    assert st.charges_minor == total and st.payments_minor == 1_000 and st.closing_minor == total - 1_000
    assert st.due == date(2026, 4, 30)
    april = w.run(lambda s: statement(s, acme, date(2026, 4, 15)))
    assert april.opening_minor == total - 1_000 and april.lines == () and april.closing_minor == total - 1_000


def test_the_statement_pdf_shows_its_totals(w, tmp_path):
    import shutil
    import subprocess

    from bizcenter.documents.pdf_statement import write_company_statement

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sell(w, w.clerk, [copies(10)], [account(total, acme)])
    w.run(lambda s: co.receive_payment(s, w.sup_id, acme, "transfer", 1_000, "BOC-77", at=w.clock()))
    path = w.run(lambda s: write_company_statement(s, acme, DAY, tmp_path / "statement.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Acme Trading" in text and "Closing balance" in text and "BOC-77" in text
    assert f"{(total - 1_000) / 100:.2f}" in text and "2026-04-30" in text


def test_the_day_close_counts_account_charges_apart_from_the_drawer(w):
    from bizcenter.models import BusinessDay
    from bizcenter.workflows import reconcile
    from bizcenter.workflows.reports import daily_report
    from bizcenter.workflows.summaries import three_way_check
    from scenario import close_day, close_shift, expected_cash, FLOAT

    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sell(w, w.clerk, [copies(10)], [account(total, acme)])
    split = sell(w, w.clerk, [copies(5)], [account(500, acme), cash(total_of(w, [copies(5)]) - 500)])
    plain = sell(w, w.clerk, [copies(3)])
    cash_taken = sum(p.amount_minor for r in (split, plain) for p in r.payments if p.method == "cash")
    assert cash_taken > 0
    assert expected_cash(w, w.shifts[w.clerk]) == FLOAT + cash_taken
    report = w.run(lambda s: daily_report(s, DAY))
    by = {r.key: (r.label, r.amount_minor) for r in report.by_payment}
    assert by["account"] == ("单位挂账 Company account", total + 500) and by["cash"][1] == cash_taken
    checks = w.run(lambda s: three_way_check(s, DAY))
    assert checks[-1].name.startswith("帐帐 Company accounts") and checks[-1].left_minor == checks[-1].right_minor == total + 500
    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    day = w.run(lambda s: reconcile.day_check(s, w.sup_id, DAY))
    assert (day.ledger_cash_minor, day.ledger_account_minor, day.account_charges_minor) == (
        cash_taken, total + 500, total + 500)
    assert day.cash_variance_minor == 0
    close_day(w)
    kept = w.run(lambda s: s.get(BusinessDay, DAY)).summary["three_way"]
    assert kept["ledger_account_minor"] == kept["account_charges_minor"] == total + 500
    assert kept["ledger_cash_minor"] == cash_taken


def test_the_voucher_names_the_company_and_the_signer_and_a_void_prints_its_credit(w):
    from bizcenter.documents.slip import receipt_lines, voucher_lines, vouchers_due

    acme = add_company(w)
    total = total_of(w, [copies(10)])
    sale = sell(w, w.clerk, [copies(10)], [account(total, acme)])
    assert vouchers_due(sale)
    text = "\n".join(voucher_lines(sale, ("酒店", "Hotel"), 42, "accounts"))
    assert "ACCOUNT VOUCHER" in text and "Acme Trading" in text and "张伟" in text
    assert sale.payments[0].voucher_no in text and "签字人签字 Signature:" in text and "Room" not in text
    assert "Company account" in "\n".join(receipt_lines(sale, ("酒店", "Hotel"), 42))
    back = w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "wrong company", SUP, w.clock()))
    text = "\n".join(voucher_lines(back, ("酒店", "Hotel"), 42, "accounts"))
    assert "REVERSAL VOUCHER" in text and "Account credit" in text and "Acme Trading" in text


def test_verify_finds_an_account_charge_without_its_account_payment(w):
    from sqlalchemy import text

    acme = add_company(w)
    by_cash = sell(w, w.clerk, [copies(1)])
    assert ledger_breaches(w.engine) == []
    with w.engine.begin() as conn:  # a raw insert, as a SQL console could: inserts are not blocked
        pid = conn.execute(text("SELECT id FROM payment WHERE sale_id = :s"), {"s": by_cash.sale_id}).scalar_one()
        conn.execute(text("INSERT INTO account_charge (payment_id, company_id, sale_id, amount_minor, signer, "
                          "business_date, posted_at) VALUES (:p, :c, :s, 100, 'x', :d, :t)"),
                     {"p": pid, "c": acme, "s": by_cash.sale_id, "d": DAY, "t": w.clock()})
    assert [b.check for b in ledger_breaches(w.engine) if "not backed by an account payment" in b.message] == [
        "account_charges_match_payments"]


def test_charges_and_payments_received_are_never_changed(w):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from bizcenter.models.accounts import AccountReceipt
    from bizcenter.models.guards import LedgerTampering

    acme = add_company(w)
    sell(w, w.clerk, [copies(10)], [account(total_of(w, [copies(10)]), acme)])
    rid = w.run(lambda s: co.receive_payment(s, w.sup_id, acme, "cash", 500, at=w.clock()))

    def edit(s):
        s.get(AccountReceipt, rid).amount_minor = 5
        s.flush()
    with pytest.raises(LedgerTampering):
        w.run(edit)
    for sql in ("UPDATE account_receipt SET amount_minor = 5", "DELETE FROM account_charge"):
        with pytest.raises(DBAPIError), w.engine.begin() as conn:
            conn.execute(text(sql))
    assert owed(w, acme) == total_of(w, [copies(10)]) - 500
