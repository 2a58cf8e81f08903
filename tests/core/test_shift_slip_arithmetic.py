"""The X and Z slips add up as printed: the by-service block (amounts before service charge and tax, then
those and the cash rounding) and the by-payment block each sum to the total; the float plus the cash taken
is the cash expected, and the count less the expected is the variance."""
from __future__ import annotations

from decimal import Decimal

import pytest

from bizcenter.documents.slip import PAPER_COLUMNS, Paper, shift_slip_lines
from bizcenter.workflows.reports import shift_report
from bizcenter.workflows.reversal import void_sale
from scenario import SUP, build_world, card, cash, close_shift, copies, room, sell, total_of
from slip_figures import blocks, figure, labelled
from test_slip_arithmetic import discounted

HOTEL = ("示例大酒店", "Demo Grand Hotel")


@pytest.fixture
def w(engine):
    return build_world(engine)


def a_shift_of_selling(w) -> None:
    sell(w, w.clerk, [copies(3)], [cash(total_of(w, [copies(3)]))])  # ¥6.996 → paid ¥7.00 in cash
    sell(w, w.clerk, [discounted(12, 400)], [card(total_of(w, [discounted(12, 400)]))], approval=SUP)
    lines = [copies(266)]
    sell(w, w.clerk, lines, [room(30_000, "0808", "张三"), cash(total_of(w, lines) - 30_000)])
    wrong = sell(w, w.clerk, [copies(5)])
    w.run(lambda s: void_sale(s, w.clerk, wrong.sale_id, "wrong size", SUP, w.clock()))


def slip_text(w, paper: int, final: bool) -> str:
    report = w.run(lambda s: shift_report(s, w.shifts[w.clerk]))
    return "\n".join(shift_slip_lines(report, "BC1", HOTEL, w.clock(), Paper(PAPER_COLUMNS[paper], "gb18030"),
                                      final=final))


def block_sum(block: list[str]) -> Decimal:
    return sum((f for f in map(figure, block) if f is not None), Decimal(0))


@pytest.mark.parametrize("paper", [58, 80])
@pytest.mark.parametrize("final", [False, True])
def test_the_x_and_z_slips_blocks_each_add_up_to_the_total(w, paper, final):
    a_shift_of_selling(w)
    if final:
        close_shift(w, w.clerk, off_by=-100)
    parts = blocks(slip_text(w, paper, final))
    by_service = next(b for b in parts if b and b[0].startswith("按服务 By service"))
    by_payment = next(b for b in parts if b and b[0].startswith("按付款 By payment"))
    total = labelled(next(b for b in parts if any(line.startswith("合计 TOTAL") for line in b)), "合计 TOTAL")
    assert total > 0 and block_sum(by_service) == total == block_sum(by_payment)
    assert labelled(by_service, "现金抹零 Cash rounding") != 0
    cash = next(b for b in parts if any(line.startswith("应有现金 Cash expected") for line in b))
    expected = labelled(cash, "应有现金 Cash expected")
    assert labelled(cash, "备用金 Float") + labelled(cash, "现金收入 Cash taken") == expected
    if final:
        counted = labelled(cash, "实点现金 Cash counted")
        assert counted - expected == labelled(cash, "差异 Variance") == Decimal("-1.00")
