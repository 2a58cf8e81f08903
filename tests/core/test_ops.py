"""`desk.op`: a workflow function run as one unit of work, its result typed from the function, and what it
changed — so a screen reloads the sales list after a sale, not after a look-up (both databases)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bizcenter.desk import Desk
from bizcenter.errors import InvalidInput
from bizcenter.models import Sale
from bizcenter.workflows import counter
from bizcenter.workflows.catalogue import current_pricelist
from bizcenter.workflows.settings import set_setting

from scenario import build_world, cash, copies, sell_action, total_of


def _sales(desk: Desk) -> int:
    return desk.op(lambda s: s.scalar(select(func.count()).select_from(Sale)))


def test_an_operation_returns_the_workflows_result_and_says_what_it_wrote(engine):
    w, desk = build_world(engine), Desk(engine)
    lines = (copies(3),)
    done = desk.op_done(counter.settle, w.clerk, counter.SaleDraft(lines, (cash(total_of(w, lines)),)), w.clock())
    assert done.value.receipt_no == 1 and done.value.total_minor == total_of(w, lines)
    assert done.changes.touched("sales") and not done.changes.touched("prices", "staff")
    assert {"sale", "sale_line", "payment"} <= done.changes.tables  # written through the fast path on SQLite


def test_a_look_up_changes_nothing_and_a_setting_says_so(engine):
    desk = Desk(engine)
    build_world(engine)
    read = desk.op_done(current_pricelist)
    assert read.value and not read.changes
    changed = desk.op_done(set_setting, "service_charge_pct", "12")
    assert changed.changes.touched("settings") and not changed.changes.touched("sales")


def test_an_operation_is_one_unit_of_work_a_refusal_leaves_nothing(engine):
    w, desk = build_world(engine), Desk(engine)
    before = _sales(desk)

    def sell_then_refuse(s):
        sell_action(w, w.clerk, [copies(2)])(s)
        raise InvalidInput("x", "拒绝", "refused")

    with pytest.raises(InvalidInput):
        desk.op(sell_then_refuse)
    assert _sales(desk) == before
