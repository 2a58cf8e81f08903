"""Display width as the printer prints it: GB18030/Big5 two-byte characters are double-width, what the
code page cannot print goes out transliterated, raster widths follow the shipped font."""
from __future__ import annotations

import pytest

from bizcenter.documents.width import printed, width
from bizcenter.printing.escpos_out import encode_line


@pytest.mark.parametrize("text, gb, big5, raster", [
    ("×", 2, 2, 1),          # ambiguous in Unicode, a two-byte (double-width) character on the printer
    ("￥", 2, 2, 2),
    ("¥", 2, 2, 1),          # GB18030 writes ¥ in four bytes: it goes out as ￥
    ("é", 2, 1, 1),          # in GB2312's pinyin row; Big5 lacks it: e
    ("ü", 2, 1, 1),
    ("ö", 1, 1, 1),          # four bytes in GB18030: transliterated to o
    ("ễ", 1, 1, 1),
    ("ă", 1, 1, 1),
    ("中", 2, 2, 2),
    ("—", 2, 2, 2),          # the font draws it full-width in raster: two cells
    ("Copy ×12", 9, 9, 8),
    ("e\u0301", 2, 1, 1),    # decomposed é composes first
])
def test_width_is_what_the_printer_prints_in_each_encoding(text, gb, big5, raster):
    assert (width(text, "gb18030"), width(text, "big5"), width(text, "raster")) == (gb, big5, raster)


def test_gb18030_never_gets_a_four_byte_code_accented_names_are_transliterated():
    name = "Nguyễn Văn Ăn, Jürgen Öztürk, Łukasz Đặng, Straße"
    data = encode_line(name, "gb18030")
    assert data.decode("gb18030") == "Nguyen Van An, Jürgen Oztürk, Lukasz Dang, Strasse"
    assert all(len(ch.encode("gb18030")) <= 2 for ch in data.decode("gb18030"))
    assert len(data) == width(name, "gb18030")  # the printer's columns are the bytes it gets


def test_big5_gets_its_own_yen_sign_and_plain_letters():
    assert printed("￥9.60 Müller", "big5") == "¥9.60 Muller"
    assert encode_line("￥9.60 Müller", "big5") == "¥9.60 Muller".encode("big5")


def test_raster_keeps_the_accents_the_font_has_and_transliterates_those_it_lacks():
    assert printed("Nguyễn Văn Ăn", "raster") == "Nguyễn Văn Ăn"
    assert printed("Ștefan Țurcanu", "raster") == "Ștefan Turcanu"  # ț has no glyph: it would print a box


def test_plain_printer_gets_letters_not_question_marks():
    from bizcenter.printing.escpos_out import ascii_line

    assert ascii_line("客人 Guest   Nguyễn Văn Ăn") == "Guest        Nguyen Van An"  # the Chinese half's 5 columns kept as spaces
