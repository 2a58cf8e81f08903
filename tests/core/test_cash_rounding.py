"""Cash rounding (抹零): cash is rounded to the drawer's smallest coin (¥0.10 by default), card and room
charges never; the rounding is its own figure on the sale, the receipt and the reports, a void mirrors
it, and a drawer counted right balances to zero."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.models import Payment, Sale
from bizcenter.workflows import shift
from bizcenter.workflows.cashround import round_cash, unit_of
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.reports import daily_report, shift_report
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.settings import DEFAULTS, load_settings, set_setting
from scenario import (DAY, FLOAT, SUP, build_world, card, cash, copies, counts_for, expected_cash, ledger_breaches,
                      refused, room, sell, sell_action, total_of)

# ¥23.00 agreed for ten copies: + 10 % service ¥2.30 + 6 % tax ¥1.52 = ¥26.82
AGREED = LineRequest("copy", {"pages": 10}, override_amount_minor=2300, reason="agreed price")


@pytest.fixture
def w(engine):
    return build_world(engine)


def _sell_agreed(w, payments):
    return sell(w, w.clerk, [AGREED], payments, approval=SUP)


def _sale(w, sale_id):
    def read(s):
        sale = s.get(Sale, sale_id)
        paid = list(s.scalars(select(Payment.amount_minor).where(Payment.sale_id == sale_id).order_by(Payment.seq)))
        return sale.total_minor, sale.cash_rounding_minor, paid
    return w.run(read)


def test_the_default_rounds_cash_to_ten_fen():
    assert DEFAULTS["cash_rounding"] == "10" and unit_of(DEFAULTS["cash_rounding"]) == 10


@pytest.mark.parametrize("sent", [2682, 2680], ids=["sent-to-the-fen", "sent-rounded"])
def test_cash_sale_of_26_82_is_paid_26_80_with_the_rounding_on_the_sale_and_the_receipt(w, sent):
    from bizcenter.documents.slip import receipt_lines

    receipt = _sell_agreed(w, [cash(sent, tendered=5000)])
    assert _sale(w, receipt.sale_id) == (2680, -2, [2680])
    assert (receipt.total_minor, receipt.cash_rounding_minor, receipt.change_minor) == (2680, -2, 2320)
    text = "\n".join(receipt_lines(receipt, ("酒店", "Hotel")))
    assert [l.split()[-1] for l in text.splitlines() if l.startswith(("合计", "抹零", "实收"))] == [
        "26.82", "-0.02", "26.80"]
    assert ledger_breaches(w.engine) == []


@pytest.mark.parametrize("method", ["card", "room"])
def test_card_and_room_charges_are_not_rounded(w, method):
    from bizcenter.documents.slip import receipt_lines

    payment = card(2682) if method == "card" else room(2682, "0808", "张三")
    receipt = _sell_agreed(w, [payment])
    assert _sale(w, receipt.sale_id) == (2682, 0, [2682])
    assert "抹零" not in "\n".join(receipt_lines(receipt, ("酒店", "Hotel")))


def test_in_a_split_only_the_cash_that_settles_the_rest_is_rounded(w):
    receipt = _sell_agreed(w, [card(1000), cash(1682)])
    assert _sale(w, receipt.sale_id) == (2680, -2, [1000, 1680])
    assert ledger_breaches(w.engine) == []


def test_cash_that_is_neither_the_rest_nor_the_rounded_rest_is_refused(w):
    refused(w, sell_action(w, w.clerk, [AGREED], [cash(2670)], approval=SUP), "unbalanced")
    refused(w, sell_action(w, w.clerk, [AGREED], [cash(2680, tendered=2600)], approval=SUP), "tendered_short")


@pytest.mark.parametrize("setting, paid, rounding", [("none", 2682, 0), ("10", 2680, -2), ("100", 2700, 18)])
def test_each_rounding_setting(w, setting, paid, rounding):
    w.run(lambda s: set_setting(s, "cash_rounding", setting))
    receipt = _sell_agreed(w, [cash(2682)])
    assert _sale(w, receipt.sale_id) == (paid, rounding, [paid])
    assert ledger_breaches(w.engine) == []


@pytest.mark.parametrize("value", ["5", "0.10", "1.00", 1, None, "round"])
def test_a_rounding_setting_other_than_none_10_or_100_is_refused(w, value):
    refused(w, lambda s: set_setting(s, "cash_rounding", value), "invalid_input")


@pytest.mark.parametrize("amount, unit, rounded", [
    (2682, 10, 2680), (2685, 10, 2690), (2649, 100, 2600), (2650, 100, 2700), (-2685, 10, -2690), (2682, 0, 2682)])
def test_half_up_to_the_unit(amount, unit, rounded):
    assert round_cash(amount, unit) == rounded


def test_a_drawer_counted_right_balances_to_zero_after_several_cash_sales(w):
    for pages in (1, 3, 7, 10, 13):  # ¥2.33, ¥7.00, ¥16.32, ¥23.32, ¥30.32: four of them not whole dimes
        sell(w, w.clerk, [copies(pages)])
    sell(w, w.clerk, [copies(4)], [card(total_of(w, [copies(4)]))])
    drawer = expected_cash(w, w.shifts[w.clerk])
    assert drawer % 10 == 0 and drawer == FLOAT + 230 + 700 + 1630 + 2330 + 3030
    result = w.run(lambda s: shift.count_cash(s, w.clerk, w.shifts[w.clerk], counts_for(drawer), w.clock()))
    assert (result.counted_minor, result.variance_minor) == (drawer, 0)
    report = w.run(lambda s: shift_report(s, w.shifts[w.clerk]))
    assert report.cash_rounding_minor == -3 - 2 - 2 - 2 and report.expected_cash_minor == drawer
    assert ledger_breaches(w.engine) == []


def test_a_void_reverses_the_rounding_exactly(w):
    from bizcenter.documents.slip import receipt_lines

    sale = _sell_agreed(w, [cash(2682)])
    void = w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "wrong job", SUP, w.clock()))
    assert _sale(w, void.sale_id) == (-2680, 2, [-2680])
    assert "抹零 Rounding" in "\n".join(receipt_lines(void, ("酒店", "Hotel")))
    assert expected_cash(w, w.shifts[w.clerk]) == FLOAT
    day = w.run(lambda s: daily_report(s, DAY))
    assert (day.total_minor, day.cash_rounding_minor) == (0, 0)
    assert ledger_breaches(w.engine) == []


def test_the_daily_report_and_pdf_show_the_rounding_and_its_totals_add_up(w, tmp_path):
    import shutil
    import subprocess

    from bizcenter.documents.pdf_reports import write_report

    _sell_agreed(w, [cash(2682)])
    sell(w, w.clerk2, [copies(10)], [card(2332)])
    day = w.run(lambda s: daily_report(s, DAY))
    assert day.cash_rounding_minor == -2 and day.total_minor == 2680 + 2332
    assert day.subtotal_minor + day.service_charge_minor + day.tax_minor + day.cash_rounding_minor == day.total_minor
    assert sum(r.amount_minor for r in day.by_payment) == day.total_minor
    if shutil.which("pdftotext"):
        path = w.run(lambda s: write_report(s, "daily", tmp_path / "daily.pdf", day=DAY))
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        assert "现金抹零 Cash rounding" in text and "-0.02" in text


def test_verify_finds_a_rounding_that_breaks_the_sale(w):
    """A sale changed around the rules (the trigger lifted, on SQLite) is named by `verify`."""
    from sqlalchemy import text

    if w.engine.dialect.name != "sqlite":
        pytest.skip("the PostgreSQL guard is a shared function; the rule checked is the same SQL")
    sale = _sell_agreed(w, [cash(2682)])
    with w.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER sale_no_update"))
        conn.execute(text("UPDATE sale SET cash_rounding_minor = -3 WHERE id = :id"), {"id": sale.sale_id})
    found = [b.check for b in ledger_breaches(w.engine)]
    assert "sale_totals_add_up" in found
    # the edit also shows as a changed record and a dropped trigger; no other rule is breached
    assert set(found) == {"sale_totals_add_up", "ledger_chain_intact", "append_only_triggers_present"}


def test_settings_read_the_rounding_for_the_next_sale(w):
    w.run(lambda s: set_setting(s, "cash_rounding", "none"))
    assert w.run(lambda s: load_settings(s).cash_rounding) == "none"
    receipt = sell(w, w.clerk, [copies(10)])
    assert receipt.total_minor == 2332 and receipt.cash_rounding_minor == 0
