"""What the reviewer of the golden slip images found still wrong on paper, each checked on what the printer
gets: plain ASCII printers printing blanks and fragments of the Chinese half, raster letters overflowing
their cells and lines shorter than text lines, the itinerary's title and label/value pairs, a number
parted from its measure word, an item's quantity left alone on a line."""
from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from bizcenter.documents.english import english_half, english_value
from bizcenter.documents.internet_slip import internet_slip_lines
from bizcenter.documents.itinerary import itinerary_slip
from bizcenter.documents.slip import Paper, marked, receipt_lines, shift_slip_lines, voucher_lines
from bizcenter.documents.width import width
from bizcenter.documents.wrap import item_line, wrap
from bizcenter.printing.raster import LINE_PX, render
from slip_samples import HOTEL, item, payment, printed_job, receipt, session_info, shift_report, tariff


def _plain(lines, paper=58) -> list[str]:
    text, runs = printed_job(lines, paper, "plain")
    assert not runs
    return [line.decode("ascii") for line in text]


def _centred(line: str, cols: int) -> bool:
    left = len(line) - len(line.lstrip(" "))
    return abs(left - (cols - len(line.rstrip(" ")))) <= 1


# --- plain ASCII printers: the English half, never a blank or a fragment --------------------------------
def test_english_half_of_a_bilingual_line_and_none_for_a_chinese_only_line():
    assert english_half("复印 A4 黑白") is None  # not a lone "A4"
    assert english_half("示例大酒店") is None
    assert english_half("Z 结班报表 Z REPORT") == "Z REPORT"
    assert english_half("  减 刷卡 Less card") == "  Less card"
    assert english_half("实点现金 Cash counted (复点 recount)") == "Cash counted (recount)"
    assert english_value("0808 张三") == "0808" and english_value("西门子 Siemens") == "Siemens"


def test_plain_receipt_has_no_blank_first_line_no_fragments_and_centres_by_printed_width():
    r = receipt([item("复印 A4 黑白", "Copy A4 B/W", 12, 2400), item("扫描", "Scan", 2, 1000)])
    lines = _plain(receipt_lines(r, HOTEL, Paper(32, "plain")))
    assert lines[0].strip() == "Demo Grand Hotel" and _centred(lines[0], 32)
    receipt_title = next(line for line in lines if line.strip() == "RECEIPT")
    thanks = next(line for line in lines if line.strip() == "Thank you")
    assert _centred(receipt_title, 32) and _centred(thanks, 32)
    assert not any(line.strip() in ("A4", "A3") for line in lines)
    items = lines[lines.index("-" * 32) + 1:]
    assert items[0].strip().startswith("Copy A4 B/W x12") and items[1].strip().startswith("Scan x2")


def test_plain_z_slip_title_is_not_doubled_and_chinese_only_lines_are_left_out():
    lines = _plain(shift_slip_lines(shift_report(), "BC1", HOTEL, datetime(2026, 3, 10, 18, 30),
                                    Paper(32, "plain"), final=True))
    assert any(line.strip() == "Z REPORT" for line in lines)
    login = _plain(internet_slip_lines(session_info(), tariff(), HOTEL, "Asia/Shanghai", Paper(32, "plain")))
    assert login[0].strip() == "Demo Grand Hotel"
    assert not any(line.strip() in ("1", "2", "30") for line in login)  # leftovers of the Chinese rate
    assert "Please log out and pay at the counter." in " ".join(line.strip() for line in login)
    assert "" not in login[:login.index("Rate:") - 1]  # no blank where the Chinese sentence was


# --- raster: letters inside their cells, lines as tall as text lines -------------------------------------
@pytest.mark.parametrize("ch", list("WM%m@"))
def test_a_wide_latin_letter_stays_inside_its_cell(ch):
    image = render([ch + "        |"], 58)
    ink = [x for x in range(12, 48) for y in range(image.height) if image.getpixel((x, y)) == 0]
    assert not ink, f"{ch!r} reaches into the next cells"


def test_raster_lines_are_thirty_dots_like_text_lines_and_the_hotel_name_double_height():
    assert render(["a", "b", "c"], 58).height == 3 * LINE_PX == 90
    assert render(["示例大酒店", "Demo", "x"], 80, tall_first=True).height == 4 * LINE_PX


def test_big5_lines_drawn_as_images_keep_the_text_lines_rhythm():
    from bizcenter.printing.escpos_out import Slip, render as job

    from bizcenter.printing.target import PrinterSpec

    data = job([Slip(("示例大酒店", "时间 Time 09:00", "Big5 text"))], PrinterSpec("file", "/dev/null", 58, "big5"))
    start = data.index(b"\x1dv0")
    assert data[start + 6] + 256 * data[start + 7] == LINE_PX  # one simplified line: one 30-dot row


# --- the itinerary: centred title, pairs kept on their line ----------------------------------------------
def _order():
    seg = SimpleNamespace(status="active", airline="CA", flight_no="1501", origin="PEK", destination="SHA",
                          origin_city="Beijing", destination_city="Shanghai", cabin="economy", disruption=None,
                          departs_local=datetime(2026, 3, 12, 8, 30))
    passenger = SimpleNamespace(seq=1, id_name="Zhang San", id_type="id_card", id_number="11**************34",
                                ticket_no=None, id_expiry=date(2030, 1, 1))
    return SimpleNamespace(state="reserved", number="TK000001", agency="国旅票务 CITS", pnr="HX7K2P",
                           passengers=[passenger], segments=[seg], fare_minor=120_000, taxes_minor=5_000)


def test_itinerary_at_58mm_keeps_each_value_on_its_labels_line_and_centres_its_title():
    settings = SimpleNamespace(hotel_name_zh=HOTEL[0], hotel_name_en=HOTEL[1])
    lines = marked(itinerary_slip(_order(), settings), Paper(32, "gb18030"))
    text, _ = printed_job(lines, 58, "gb18030")
    out = [line.decode("gb18030") for line in text]
    title = next(line for line in out if "Air-ticket order" in line)
    left = len(title) - len(title.lstrip())
    assert left > 0 and abs(left - (32 - width(title, "gb18030"))) <= 1
    for label, value in (("PNR", "HX7K2P"), ("Taxes", "50.00"), ("Cabin", "经济舱 Economy"), ("Fare", "1200.00")):
        line = next(line for line in out if label in line)
        assert line.endswith(value) and width(line, "gb18030") == 32, line


# --- wrapping: what belongs together stays together --------------------------------------------------------
def test_a_number_keeps_its_measure_word_and_a_currency_sign_its_amount():
    lines = wrap("每 30 分钟 ￥30.00，最少 1 段，超时 5 分钟内不另计（另加服务费及税）", 30, "gb18030", "  ")
    assert not any(line.rstrip().endswith(("1", "5", "30")) for line in lines), lines
    assert not any(line.rstrip().endswith(("￥", "CN")) for line in wrap("at least CN￥30.00 per 30 min", 10))
    assert wrap("运费 ￥30.00 每件", 8, "gb18030")[1].startswith("￥30.00")


@pytest.mark.parametrize("enc", ["gb18030", "big5", "raster", "plain"])
def test_a_long_item_name_keeps_its_quantity_with_its_last_word(enc):
    lines = item_line("  Translation English to Chinese ×2", "-400.00", 32, enc)
    assert len(lines) == 2 and lines[1].split()[:2] in (["Chinese", "×2"], ["Chinese", "x2"]), lines
    assert lines[1].endswith("-400.00") and width(lines[1], enc) == 32


def test_a_reversal_voucher_at_58mm_prints_no_lone_quantity():
    r = receipt([item("翻译 英译中", "Translation English to Chinese", 2, -40000)],
                [payment("room", -46640, "1501", "Mrs Jane Smith", "V3")], kind="refund", reason="译文有误")
    text, _ = printed_job(voucher_lines(r, HOTEL, Paper(32, "gb18030")), 58, "gb18030")
    assert not any(line.decode("gb18030").strip().startswith("×") for line in text)
