"""The daily report's figures add up as printed: the totals table sums to its total (the discounts given,
already taken off the subtotal, stand apart from it), and each discount or price-override row reads
price − discount = net, an override's price in its own column."""
from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from bizcenter.documents.pdf_reports import write_report
from scenario import DAY, SUP, build_world, copies, sell
from test_slip_arithmetic import discounted

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
AMOUNT = re.compile(r"-?\d[\d,]*\.\d\d")


@pytest.fixture
def w(engine):
    return build_world(engine)


def amounts(line: str) -> list[Decimal]:
    return [Decimal(a.replace(",", "")) for a in AMOUNT.findall(line)]


def pdf_text(w, tmp_path) -> str:
    path = w.run(lambda s: write_report(s, "daily", tmp_path / "daily.pdf", day=DAY))
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_the_daily_reports_totals_and_adjustments_add_up(w, tmp_path):
    sell(w, w.clerk, [discounted(12, 400), copies(3)], approval=SUP)  # ¥24.00 less ¥4.00
    sell(w, w.clerk, [discounted(6, 150, override_amount_minor=1000)], approval=SUP)  # ¥12.00 set to ¥10.00, less ¥1.50
    text = pdf_text(w, tmp_path)
    lines = text.splitlines()

    def row(label: str) -> Decimal:  # the first table is the totals
        return amounts(next(line for line in lines if re.match(rf"{re.escape(label)}\s", line.strip())))[-1]

    total = row("合计 Total")
    assert row("小计 Subtotal") + row("服务费 Service charge") + row("税 Tax") + row("现金抹零 Cash rounding") == total
    assert row("小计 Subtotal") == Decimal("34.50")
    assert "5.50" in next(line for line in lines if "Discounts given" in line)  # ¥4.00 + ¥1.50, beside the table
    adjustments = lines[next(i for i, line in enumerate(lines) if "Discounts and price overrides" in line):]
    discount = next(amounts(line) for line in adjustments if "BC1-000001" in line)
    override = next(amounts(line) for line in adjustments if "BC1-000002" in line)
    assert discount == [Decimal("24.00"), Decimal("4.00"), Decimal("20.00")]  # list − discount = net
    assert override == [Decimal("12.00"), Decimal("10.00"), Decimal("1.50"), Decimal("8.50")]  # set to − discount = net
