"""Receipt printers: the ESC/POS bytes a network printer on loopback receives, decoded back to text.

Each encoding is checked the way the printer would read it: GB18030 and Big5 after `FS &`
(Chinese mode), plain ASCII without the Chinese half, and the raster fallback as one image.
"""
from __future__ import annotations

import pytest

from bizcenter.documents.slip import PAPER_COLUMNS, columns, receipt_lines, voucher_lines
from bizcenter.errors import InvalidInput
from bizcenter.printing.escpos_out import Slip, ascii_line, print_slips, render
from bizcenter.printing.target import parse_url
from bizcenter.workflows.receipts import load_receipt
from fake_printer import FakePrinter, text_of
from scenario import assert_bilingual, build_world, card, cash, copies, room, sell, total_of

HOTEL = ("示例大酒店", "Demo Grand Hotel")


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


@pytest.fixture
def w(engine):
    return build_world(engine)


def _receipt(w, payments=None, lines=(copies(3),)):
    sale = sell(w, w.clerk, lines, payments)
    return w.run(lambda s: load_receipt(s, sale.sale_id))


def test_gb18030_receipt_reaches_a_network_printer_and_reads_back_in_chinese_and_english(w, printer):
    r = _receipt(w)
    lines = receipt_lines(r, HOTEL, 48)
    sent = print_slips([Slip(tuple(lines))], parse_url(printer.url, encoding="gb18030"))
    data = printer.wait_for(1)[0]
    assert len(data) == sent
    assert data.startswith(b"\x1b@") and b"\x1c&" in data  # init, then Chinese mode
    text = text_of(data)
    assert "示例大酒店" in text and "收据 RECEIPT" in text and "合计 TOTAL CNY" in text
    assert r.number in text and "6.00" in text  # three pages at ¥2.00
    assert r.lines[0].name_zh in text
    assert data.endswith(b"\x1dV\x00")  # cut


@pytest.mark.parametrize("paper", [58, 80])
def test_every_receipt_and_voucher_line_fits_the_paper(w, paper):
    width = PAPER_COLUMNS[paper]
    total = total_of(w, [copies(3)])
    r = _receipt(w, [room(total, "1208", "Müller, Hans")])
    for lines in (receipt_lines(r, HOTEL, width), voucher_lines(r, HOTEL, width, "guest"),
                  voucher_lines(r, HOTEL, width, "accounts")):
        too_wide = [l for l in lines if columns(l) > width]
        assert not too_wide, too_wide
    voucher = "\n".join(voucher_lines(r, HOTEL, width, "accounts"))
    assert "财务联 ACCOUNTS COPY" in voucher and "1208" in voucher and "Müller, Hans" in voucher
    assert r.payments[0].voucher_no in voucher and "客人签字 Guest signature" in voucher


def test_big5_printer_gets_big5_text_after_chinese_mode(printer):
    lines = ("客人 Guest        Wang Fang", "金額 Amount           12.00")
    print_slips([Slip(lines)], parse_url(printer.url, encoding="big5"))
    data = printer.wait_for(1)[0]
    assert b"\x1c&" in data and "客人".encode("big5") in data
    text = text_of(data, "big5")
    assert "客人 Guest" in text and "金額 Amount" in text and "12.00" in text


def test_big5_printer_gets_simplified_only_lines_as_an_image_not_question_marks(printer):
    lines = ("客人 Guest        Wang Fang", "收据号 No.        BC1-000001", "金額 Amount           12.00")
    print_slips([Slip(lines)], parse_url(printer.url, encoding="big5"))
    data = printer.wait_for(1)[0]
    before, image, after = data.partition(b"\x1dv0\x00")
    assert image and "客人 Guest".encode("big5") in before and "金額 Amount".encode("big5") in after
    assert b"BC1-000001" not in data and b"?" not in before  # 据/号 are not in Big5: drawn, not "?"


def test_logo_is_printed_before_the_text_and_a_missing_logo_is_refused(w, tmp_path, printer):
    from PIL import Image

    from bizcenter.desk import Desk

    logo = tmp_path / "logo.png"
    Image.new("L", (800, 120), 0).save(logo)  # wider than the paper: scaled down to 576 dots
    spec = parse_url(printer.url, logo_path=str(logo))
    print_slips([Slip(("合计 TOTAL 6.00",))], spec)
    data = printer.wait_for(1)[0]
    assert data.index(b"\x1dv0\x00") < data.index("合计".encode("gb18030"))
    with pytest.raises(InvalidInput) as exc:
        Desk(w.engine).save_printer(w.clerk, parse_url(printer.url, logo_path=str(tmp_path / "none.png")))
    assert_bilingual(exc.value)


def test_plain_printer_gets_the_english_half_with_figures_in_their_column(printer):
    lines = ("收据号 No.                     BC1-000001", "  找零 Change                        4.00")
    print_slips([Slip(lines)], parse_url(printer.url, encoding="plain"))
    data = printer.wait_for(1)[0]
    assert b"\x1c&" not in data and all(b < 0x80 for b in data)
    text = text_of(data, "ascii").splitlines()
    assert text[0].startswith("No.") and text[0].endswith("BC1-000001")
    assert len(text[0]) == columns(lines[0]) and len(text[1]) == columns(lines[1])
    assert ascii_line("谢谢惠顾 Thank you") == "Thank you"


@pytest.mark.parametrize("paper,px", [(58, 384), (80, 576)])
def test_raster_fallback_sends_one_image_of_the_paper_width_and_no_text(printer, paper, px):
    lines = ("示例大酒店", "合计 TOTAL CNY        6.00")
    print_slips([Slip(lines)], parse_url(printer.url, encoding="raster", paper_mm=paper))
    data = printer.wait_for(1)[0]
    assert b"\x1dv0\x00" in data  # GS v 0: raster bit image
    i = data.index(b"\x1dv0\x00") + 4
    assert data[i] + 256 * data[i + 1] == px // 8  # bytes per row
    assert "合计".encode("gb18030") not in data and b"TOTAL" not in data and b"\x1c&" not in data


def test_cash_receipt_kicks_the_drawer_and_a_card_receipt_does_not(w):
    spec = parse_url("file:/dev/null", drawer_kick=True)
    cash_r = _receipt(w)
    card_r = _receipt(w, [card(total_of(w, [copies(3)]))])
    assert render([Slip(tuple(receipt_lines(cash_r, HOTEL, 48)), kick_drawer=True)], spec).find(b"\x1bp") > 0
    assert b"\x1bp" not in render([Slip(tuple(receipt_lines(card_r, HOTEL, 48)))], spec)
    no_drawer = parse_url("file:/dev/null", drawer_kick=False)
    assert b"\x1bp" not in render([Slip(("x",), kick_drawer=True)], no_drawer)


def test_file_printer_writes_the_same_bytes(tmp_path):
    out = tmp_path / "slip.bin"
    spec = parse_url(f"file:{out}")
    n = print_slips([Slip(("合计 TOTAL 6.00",))], spec)
    assert out.read_bytes() == render([Slip(("合计 TOTAL 6.00",))], spec) and n == out.stat().st_size


@pytest.mark.parametrize("url,options", [
    ("lpt1", {}), ("tcp://", {}), ("tcp://host:99999", {}), ("usb:zz:01", {}), ("usb:04b8", {}),
    ("tcp://127.0.0.1:9100", {"encoding": "utf8"}), ("tcp://127.0.0.1:9100", {"paper_mm": 76}),
    ("tcp://127.0.0.1:9100", {"timeout_s": 0}), ("tcp://127.0.0.1:9100", {"timeout_s": 600}),
])
def test_bad_printer_settings_are_refused_in_both_languages(url, options):
    with pytest.raises(InvalidInput) as exc:
        parse_url(url, **options)
    assert_bilingual(exc.value)


def test_urls_read_back_as_written():
    assert parse_url("tcp://10.0.0.5:9100").url == "tcp://10.0.0.5:9100"
    assert parse_url("usb:04b8:0202").kind == "usb"
    assert parse_url("serial:/dev/ttyS0@19200").kind == "serial"
    assert parse_url("file:///tmp/x.bin").address == "/tmp/x.bin"


def test_raster_wraps_a_line_longer_than_the_paper_at_words():
    from bizcenter.documents.wrap import wrap
    from bizcenter.printing.raster import render as draw

    assert wrap("Please log out and pay at the counter.", 32) == ["Please log out and pay at the", "counter."]
    assert wrap("上网结束请到柜台结帐上网结束请到柜台结帐", 32) == ["上网结束请到柜台结帐上网结束请到", "柜台结帐"]
    assert draw(["x" * 40], 58).height == draw(["x", "y"], 58).height
    assert draw(["Please log out and pay at the counter."], 58).height == draw(["x", "y"], 58).height


def test_driver_errors_read_as_what_the_clerk_can_do():
    from bizcenter.printing.escpos_out import describe

    assert "printer is off" in describe(ConnectionRefusedError(111, "Connection refused"))
    assert "did not answer" in describe(TimeoutError("timed out"))
    assert "unplugged" in describe(type("USBNotFoundError", (Exception,), {})("Device not found"))
    assert "no permission" in describe(PermissionError(13, "Permission denied"))
    assert "libusb" in describe(type("NoBackendError", (Exception,), {})("No backend available"))


@pytest.mark.parametrize("paper", [58, 80])
def test_x_z_and_fax_notice_slips_fit_the_paper(w, paper):
    from datetime import datetime, timezone

    from bizcenter.documents.slip import fax_notice_lines, shift_slip_lines
    from bizcenter.workflows import fax_in
    from bizcenter.workflows.reports import shift_report

    width = PAPER_COLUMNS[paper]
    sell(w, w.clerk, [copies(3)], [room(total_of(w, [copies(3)]), "1501", "Mrs Jane Smith")])
    report = w.run(lambda s: shift_report(s, w.shifts[w.clerk]))
    now = datetime.now(timezone.utc)
    fax = w.run(lambda s: fax_in.register(s, w.clerk, fax_in.IncomingFax(2, True, True, "Jane Smith", "1501",
                                                                         "Very Long Sender Name International Ltd"),
                                          w.stays["1501"], "Mrs Jane Smith", w.clock()))
    for lines in (shift_slip_lines(report, "BC1", HOTEL, now, width), shift_slip_lines(report, "BC1", HOTEL, now, width,
                                                                                         final=True, counted_minor=1),
                  fax_notice_lines(fax, HOTEL, width)):
        assert not [l for l in lines if columns(l) > width]


def test_the_hotel_name_prints_double_height_in_chinese_text_modes():
    spec = parse_url("file:/dev/null")
    data = render([Slip(("示例大酒店", "Demo Grand Hotel"))], spec)
    assert b"\x1b!\x10\x1c!\x08" + "示例大酒店".encode("gb18030") + b"\x1b!\x00\x1c!\x00\n" in data
    assert b"\x1b!" not in render([Slip(("示例大酒店", "Demo Grand Hotel"))], parse_url("file:/dev/null",
                                                                                      encoding="plain"))
