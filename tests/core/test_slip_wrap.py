"""Wrapping, never cutting: the slips the counter printed cut or split mid-word at 58 mm; each case here
is one of those, checked on the bytes a GB18030 printer gets (and on the lines for raster)."""
from __future__ import annotations

import re

import pytest

from bizcenter.documents.internet_slip import internet_slip_lines
from bizcenter.documents.slip import Paper, fax_notice_lines, fit, receipt_lines, voucher_lines
from bizcenter.documents.width import width
from bizcenter.documents.wrap import item_line, pair, wrap
from slip_samples import HOTEL, fax_view, item, payment, printed_job, receipt, session_info, tariff


def _squash(lines) -> str:
    return "".join("".join(lines).split())


def _gb_lines(lines, paper=58) -> list[str]:
    """The lines as a GB18030 printer gets them, each checked to fit the paper by its bytes."""
    cols = {58: 32, 80: 48}[paper]
    text, runs = printed_job(lines, paper, "gb18030")
    assert not runs
    assert all(len(line) <= cols for line in text), [l.decode("gb18030") for l in text if len(l) > cols]
    return [line.decode("gb18030") for line in text]


# --- the engine --------------------------------------------------------------------------------------------
def test_latin_words_break_at_spaces_and_chinese_between_characters():
    assert wrap("Please log out and pay at the counter.", 16) == ["Please log out", "and pay at the", "counter."]
    assert wrap("请到商务中心领取传真", 8) == ["请到商务", "中心领取", "传真"]
    assert wrap("abcdefghijklmnopqrstuvwxyz", 10) == ["abcdefghij", "klmnopqrst", "uvwxyz"]  # last resort
    assert wrap("", 10) == [""]


def test_chinese_punctuation_never_starts_a_line():
    lines = wrap("请到商务中心领取，谢谢。", 16)
    assert all(not line.startswith(("，", "。")) for line in lines)
    assert _squash(lines) == "请到商务中心领取，谢谢。"


def test_item_amount_stays_right_aligned_on_the_last_line_of_a_long_name():
    lines = item_line("  Copy B5 colour double-sided on heavy paper ×12", "9.60", 32, "gb18030")
    assert lines[-1].endswith(" 9.60") and width(lines[-1], "gb18030") == 32
    assert all(width(l, "gb18030") <= 32 for l in lines) and all(l.startswith("  ") for l in lines)
    assert "9.60" not in "".join(lines[:-1])
    assert _squash(lines) == _squash(["Copy B5 colour double-sided on heavy paper ×12 9.60"])


def test_a_long_value_wraps_below_its_label():
    lines = pair("原因 Reason", "会议取消 / Meeting cancelled by the client", 32, "gb18030")
    assert lines[0] == "原因 Reason" and all(l.startswith("  ") for l in lines[1:])
    assert _squash(lines[1:]) == _squash(["会议取消 / Meeting cancelled by the client"])


# --- the reproductions -----------------------------------------------------------------------------------------
def test_an_item_line_with_times_sign_keeps_its_last_digit_on_its_line():
    """"9.6" then "0": × counted one column while the printer prints it two."""
    r = receipt([item("复印", "Copy B5 colour", 12, 960, 240)])
    lines = _gb_lines(receipt_lines(r, HOTEL, Paper(32, "gb18030")))
    assert "0" not in [l.strip() for l in lines]
    (row,) = [l for l in lines if "×12" in l]
    assert re.search(r" \d+\.\d\d$", row)  # the item's amount, whole, on its line


def test_a_void_reason_is_printed_whole():
    """"会议取消 / Meeting c": the reason was cut at half the width."""
    r = receipt(kind="void", reason="会议取消 / Meeting cancelled by the organiser")
    lines = _gb_lines(receipt_lines(r, HOTEL, Paper(32, "gb18030")))
    assert "会议取消/Meetingcancelledbytheorganiser" in _squash(lines)
    assert any(l.strip().startswith("Meeting cancelled") or "Meeting cancelled" in l for l in lines)


@pytest.mark.parametrize("enc", ["gb18030", "raster"])
def test_a_courier_address_wraps_at_words(enc):
    """"Taiw|an": a line longer than the paper was cut at the column, mid-word."""
    address = ["寄往 To: 台北市信义区松仁路 100 号 No. 100, Songren Road, Xinyi District, Taipei, Taiwan"]
    lines = fit(address, Paper(32, enc))
    assert all(width(l, enc) <= 32 for l in lines) and any("Taiwan" in l for l in lines)
    assert _squash(lines) == _squash(address)
    if enc == "gb18030":
        assert "Taiwan" in "\n".join(_gb_lines(lines))


def test_the_login_slip_keeps_minutes_together():
    """"分/钟": the rate's Chinese sentence broke inside a word."""
    for cols, paper in ((32, 58), (48, 80)):
        lines = _gb_lines(internet_slip_lines(session_info(), tariff(), HOTEL, "Asia/Shanghai",
                                              Paper(cols, "gb18030")), paper)
        assert not any(a.rstrip().endswith("分") and b.lstrip().startswith("钟") for a, b in zip(lines, lines[1:]))
        assert "分钟" in "".join(lines) and "plusservicechargeandtax" in _squash(lines)


def test_a_fax_for_a_department_keeps_its_chinese_half():
    """"Procurement team" lost its Chinese half: names were cut at half the width."""
    view = fax_view(written_name="Procurement team 采购部", sender="Shanghai Electric Procurement Dept. 上海电气采购部")
    lines = _gb_lines(fax_notice_lines(view, HOTEL, Paper(32, "gb18030")))
    flat = _squash(lines)
    assert "Procurementteam采购部" in flat and "ShanghaiElectricProcurementDept.上海电气采购部" in flat
    assert "Please collect it at the business centre." in " ".join(l.strip() for l in lines)


def test_a_voucher_names_each_item_whole():
    """"Copy B5 c": the voucher cut item names to fit the amount."""
    r = receipt([item("复印", "Copy B5 colour", 2, 400)], [payment("room", 400 + 40 + 26, "1208", "Li Lei", "V-1")])
    lines = _gb_lines(voucher_lines(r, HOTEL, Paper(32, "gb18030"), "guest"))
    assert any("Copy B5 colour" in l for l in lines)
