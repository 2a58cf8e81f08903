"""The weekly and yearly charts stay readable with 16 services of very different sizes: every service
named once in the chart, largest first, no text outside the page or on top of other text, amounts
and shares beside the bars, and a totals row under every table. Read back with poppler's
`pdftotext -bbox` (word boxes), independent of ReportLab.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timezone

import pytest

from bizcenter.documents.pdf_summary import write_summary
from bizcenter.money import plain
from bizcenter.workflows.reports import Row
from bizcenter.workflows.summaries import Bucket, PeriodSummary

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

NAMES = ["复印 Copy", "打印 Print", "扫描 Scan", "打字 Typing", "装订 Binding", "收传真 Fax in", "发传真 Fax out",
         "电话 Phone call", "上网 Internet", "快递 Courier", "翻译 Translation", "秘书服务 Secretarial service",
         "会议室 Meeting room", "设备租赁 Equipment rental", "机票服务费 Air-ticket service fee",
         "机票票款（代收） Air fare and taxes (collected for the agency)"]
AMOUNTS = [5_000_000, 1_200_000, 800, 150, 200, 500, 64_000, 12_300, 3_000_000, 45_000, 990_000, 15_000,
           7_500_000, 2_000, 25_000_000, 100]  # from ¥1.00 to ¥250,000.00


def summary(grain: str) -> PeriodSummary:
    services = tuple(Row(f"s{i}", n, i + 1, a) for i, (n, a) in enumerate(zip(NAMES, AMOUNTS)))
    total = sum(AMOUNTS)
    if grain == "week":
        buckets = tuple(Bucket(f"2026-03-{9 + i:02d}", date(2026, 3, 9 + i), 3, total // 7 * (i % 3))
                        for i in range(7))
    else:
        buckets = tuple(Bucket(f"2026-{m:02d}", date(2026, m, 1), 3, 123_456_789 // (m * m)) for m in range(1, 13))
    payments = (Row("cash", "现金 Cash", 40, total - 100_000), Row("card", "刷卡 Card", 3, 100_000))
    return PeriodSummary(grain, "test", buckets[0].start, buckets[-1].start, "CNY", 43, 0, 0,
                         sum(b.total_minor for b in buckets), buckets, services, payments)


def words(path) -> list[tuple[float, float, float, float, str, int]]:
    """(xMin, yMin, xMax, yMax, word, page) for every word, and the page width as the first entry."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    out, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
            width = float(re.search(r'width="([\d.]+)"', line).group(1))
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', line)
        if m:
            out.append((*map(float, m.groups()[:4]), m.group(5), page, width))
    return out


@pytest.mark.parametrize("grain", ["week", "year"])
def test_sixteen_services_of_very_different_sizes_stay_readable(grain, tmp_path):
    p = summary(grain)
    path = write_summary(p, tmp_path / f"{grain}.pdf", ("酒店", "Hotel"), datetime(2026, 3, 16, tzinfo=timezone.utc))
    boxes = words(path)
    for x0, y0, x1, y1, word, page, width in boxes:
        assert 0 < x0 and x1 < width - 20, f"{word!r} at the page edge"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    # the chart: one bar label per service, largest on top, each with its amount and its share
    biggest_first = sorted(zip(NAMES, AMOUNTS), key=lambda p: -p[1])
    chart_rows = [line for line in text.splitlines() if "%" in line]
    assert len(chart_rows) == 16
    for (name, amount), line in zip(biggest_first, chart_rows):
        assert name.split()[0] in line and plain(amount) in line, (name, line)
    assert f"{100 * AMOUNTS[14] / sum(AMOUNTS):.1f}%" in chart_rows[0]
    # no two words of the chart on top of each other (a pie's labels of small slices pile up)
    chart = [b for b in boxes if b[5] == 1]
    for i, a in enumerate(chart):
        for b in chart[i + 1:]:
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= 0.5 or overlap_y <= 0.5, (a[4], b[4])
    # totals rows under the tables
    assert text.count("合计 Total") >= 3
    for figure in (p.total_minor, sum(AMOUNTS), sum(r.amount_minor for r in p.by_payment)):
        assert plain(figure) in text

