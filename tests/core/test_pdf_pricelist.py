"""The printed price list: the price column holds only money; a rule's parameters (grams, minutes a
block, grace minutes, minimums) are in their own terms column, in both languages; the effective time is
the hotel's wall clock with its zone, not UTC. Read back with poppler's `pdftotext -bbox`.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timezone

import pytest
import time_machine

from bizcenter.documents.pdf_reports import write_report
from bizcenter.workflows import pricebook
from scenario import T0, build_world

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

EFFECTIVE = datetime(2026, 3, 10, 16, 30, tzinfo=timezone.utc)  # 00:30 on the 11th in Shanghai


def columns(path) -> dict[str, list[str]]:
    """The words under each table heading ("价格", "计费条件", …), by the heading's horizontal span."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    words = [(float(a), float(b), float(c), w) for a, b, c, w in
             re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', html)
             if float(b) < 780]  # above the page footer (A4 is 842 points high)
    heads = {w: x0 for x0, _, _, w in words if w in ("服务", "单位", "收费项目", "价格", "计费条件")}
    order = sorted(heads.items(), key=lambda kv: kv[1])
    spans = {name: (x0 - 2, order[i + 1][1] - 2 if i + 1 < len(order) else 1e9) for i, (name, x0) in enumerate(order)}
    out: dict[str, list[str]] = {name: [] for name in spans}
    for x0, _, x1, w in words:
        for name, (lo, hi) in spans.items():
            if lo <= x0 < hi:
                out[name].append(w)
    return out


def test_prices_are_money_and_parameters_have_their_own_column(engine, tmp_path):
    w = build_world(engine, start=T0)
    w.run(lambda s: pricebook.change_rates(s, w.sup_id, {("copy", ("options", "A4", "bw_minor")): 250}, EFFECTIVE,
                                           "paper cost", at=T0))
    with time_machine.travel(datetime(2026, 3, 12, 2, 0, tzinfo=timezone.utc), tick=False):
        path = w.run(lambda s: write_report(s, "pricelist", tmp_path / "prices.pdf"))
    cols = columns(path)
    prices = [p for p in cols["价格"] if p not in ("价格", "Price", "(CNY)")]
    assert prices and all(re.fullmatch(r"\d+\.\d\d", p) for p in prices), prices
    assert "2.50" in prices and "30.00" in prices  # the new A4 black-and-white copy; internet's block
    terms = " ".join(cols["计费条件"])
    for said in ("30 min a block", "5 min grace", "at least 1 block", "first 1,000 g", "per further 1,000 g",
                 "at least 2 hours"):
        assert said in terms, said
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "生效 Effective 2026-03-11 00:30 Asia/Shanghai" in text
    assert "16:30" not in text
