"""Damage compensation: a supervisor-approved line with what was damaged, no service charge or tax,
in the audit log and the day's report; refused without approval or with a bad amount, writing nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.models import AuditEntry, SaleLine
from bizcenter.workflows.counter import LineRequest
from bizcenter.workflows.reports import daily_report
from bizcenter.workflows.reversal import void_sale

from scenario import (CLERK2, DAY, SUP, SUP2, assert_bilingual, build_world, cash, copies, ledger_breaches, refused,
                      sell, sell_action, total_of)


def damage(amount=30_000, what="projector lens cracked", booking_id=None) -> LineRequest:
    params = {"amount_minor": amount, "what": what}
    if booking_id is not None:
        params["booking_id"] = booking_id
    return LineRequest("damage", params, reason=what)


@pytest.fixture
def w(engine):
    return build_world(engine)


def test_a_supervisor_approved_damage_line_is_charged_without_service_charge_or_tax(w):
    lines = [copies(10), damage()]
    receipt = sell(w, w.clerk, lines, [cash(total_of(w, lines))], approval=SUP)
    copy_only = total_of(w, [copies(10)])
    assert receipt.total_minor - receipt.cash_rounding_minor == copy_only + 30_000  # surcharges: the copying's alone
    assert (receipt.lines[1].name_zh, receipt.lines[1].name_en) == ("损坏赔偿：projector lens cracked",
                                                                    "Damage compensation")
    line = w.run(lambda s: s.scalars(select(SaleLine).where(SaleLine.sale_id == receipt.sale_id,
                                                            SaleLine.service_code == "damage")).one())
    assert (line.approved_by, line.approval_reason, line.price_item_id) == (w.sup_id, "projector lens cracked", None)
    actions = w.run(lambda s: [(a.action, a.detail.get("approved_by")) for a in s.scalars(select(AuditEntry))])
    assert ("damage_charged", w.sup_id) in actions
    report = w.run(lambda s: daily_report(s, DAY))
    assert [(r.key, r.label, r.amount_minor) for r in report.by_service if r.key == "damage"] == [
        ("damage", "损坏赔偿 Damage compensation", 30_000)]
    assert ledger_breaches(w.engine) == []


def test_damage_without_a_supervisor_is_refused_and_nothing_is_written(w):
    lines = [damage()]
    refused(w, sell_action(w, w.clerk, lines, [cash(30_000)]), "approval_required")
    refused(w, sell_action(w, w.clerk, lines, [cash(30_000)], approval=CLERK2), "not_supervisor",
            may_change=("staff",))


def test_a_supervisor_cannot_approve_damage_on_their_own_sale(w):
    from bizcenter.workflows.staff import Operator

    from scenario import open_shift

    selling_supervisor = Operator(w.sup_id, w.c1)
    open_shift(w, selling_supervisor)
    refused(w, sell_action(w, selling_supervisor, [damage()], [cash(30_000)], approval=SUP), "self_approval")
    assert sell(w, selling_supervisor, [damage()], [cash(30_000)], approval=SUP2).total_minor == 30_000


@pytest.mark.parametrize("params, code", [
    ({"amount_minor": 0, "what": "lens"}, "damage_amount"), ({"amount_minor": -5, "what": "lens"}, "damage_amount"),
    ({"amount_minor": 10_000_001, "what": "lens"}, "damage_amount"), ({"amount_minor": True, "what": "lens"}, "damage_amount"),
    ({"amount_minor": 100.0, "what": "lens"}, "damage_amount"), ({"amount_minor": 100}, "damage_what"),
    ({"amount_minor": 100, "what": "   "}, "damage_what"), ({"amount_minor": 100, "what": "x" * 101}, "damage_what"),
])
def test_a_bad_damage_line_is_refused_with_a_clear_message(w, params, code):
    err = refused(w, sell_action(w, w.clerk, [LineRequest("damage", params)], [cash(100)], approval=SUP), code)
    assert_bilingual(err)


def test_damage_takes_no_discount_or_price_override(w):
    from dataclasses import replace

    refused(w, sell_action(w, w.clerk, [replace(damage(), discount_minor=100)], [cash(29_900)], approval=SUP),
            "damage_adjusted")


def test_a_damage_sale_can_be_voided_and_the_ledger_stays_whole(w):
    receipt = sell(w, w.clerk, [damage(booking_id=7)], [cash(30_000)], approval=SUP)
    w.run(lambda s: void_sale(s, w.clerk, receipt.sale_id, "wrong booking", SUP, w.clock()))
    assert ledger_breaches(w.engine) == []
    detail = w.run(lambda s: s.scalars(select(SaleLine.detail).where(SaleLine.sale_id == receipt.sale_id)).one())
    assert detail["booking_id"] == 7 and detail["what"] == "projector lens cracked"
