"""Hostile text: control characters never reach a printer or a free-text field, card numbers are
never stored in one, and the card's last four are four ASCII digits."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from bizcenter.documents.slip import receipt_lines, voucher_lines
from bizcenter.errors import InvalidInput
from bizcenter.models import Base, StayGuest
from bizcenter.models.textnet import free_text_columns
from bizcenter.printing.escpos_out import Slip, render
from bizcenter.printing.target import parse_url
from bizcenter.textguard import card_number_in, clean_text, last_four, printable
from bizcenter.workflows.frontoffice import import_guests
from bizcenter.workflows.receipts import load_receipt
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.stays import StayInput, enter_stay
from scenario import DAY, SUP, build_world, card, copies, refused, room, sell, sell_action, total_of

DRAWER_PULSE = b"\x1bp\x00\x19\xfa"
EVIL = "Evil\x1bp\x00\x19\xfa Guest"  # the cash-drawer pulse inside a guest name
HOTEL = ("示例大酒店", "Demo Grand Hotel")


@pytest.fixture
def w(engine):
    return build_world(engine)


def _charge_the_room_of_a_name_stored_raw(w) -> tuple[int, str]:
    """A guest whose name holds ESC p NUL …, written by plain SQL as a row stored before the checks was
    (PostgreSQL text cannot hold NUL: there the pulse's drawer pin is 1, ESC p 1, as dangerous)."""
    name = EVIL if w.engine.dialect.name == "sqlite" else EVIL.replace("\x00", "\x01")
    with w.engine.begin() as conn:
        conn.execute(text("UPDATE stay_guest SET name = :n WHERE stay_id = :s"), {"n": name, "s": w.stays["0808"]})
    total = total_of(w, [copies(3)])
    return sell(w, w.clerk, [copies(3)], [room(total, "0808", name)]).sale_id, name


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "plain"])
def test_a_receipt_for_a_guest_named_with_the_drawer_pulse_carries_no_control_byte_from_the_name(w, encoding):
    sale_id, name = _charge_the_room_of_a_name_stored_raw(w)
    r = w.run(lambda s: load_receipt(s, sale_id))
    assert r.payments[0].guest_name == name  # the stored row is as it was: only printing cleans it
    slips = [Slip(tuple(receipt_lines(r, HOTEL, 42))), Slip(tuple(voucher_lines(r, HOTEL, 42, "guest")))]
    data = render(slips, parse_url("tcp://127.0.0.1:9100", encoding=encoding, drawer_kick=False))
    assert DRAWER_PULSE not in data and b"\x1bp" not in data and b"\x19\xfa" not in data
    if encoding != "big5":  # (Big5 lacks "ú": that line is drawn as an image)
        assert data.count(b"Evil p  ") == 2  # the name is printed on both slips, its control bytes as spaces


def test_the_drawer_opens_once_for_cash_and_never_because_of_a_name(w):
    sale_id, _ = _charge_the_room_of_a_name_stored_raw(w)
    r = w.run(lambda s: load_receipt(s, sale_id))
    data = render([Slip(tuple(receipt_lines(r, HOTEL, 42)), kick_drawer=True)],
                  parse_url("tcp://127.0.0.1:9100", encoding="gb18030", drawer_kick=True))
    assert data.count(b"\x1bp") == 1  # the one pulse the cash sale asked for


def test_printable_keeps_the_text_and_blanks_every_control():
    assert printable("Müller 张三 ￥12.00") == "Müller 张三 ￥12.00"
    assert printable(EVIL) == "Evil p  ú Guest"
    assert printable("a\u202eb\u2066c\u200bd\x85e\x7f") == "a b c d e "


def test_an_imported_guest_name_loses_its_control_characters_and_the_row_is_named(engine):
    data = ("folio,room,guest_names,arrival,departure\r\n"
            "F1,1301,Anna Berg,2026-03-08,2026-03-12\r\n"
            f"F2,1302,{EVIL},2026-03-08,2026-03-12\r\n").encode("utf-8")
    result = w_run(engine, lambda s: import_guests(s, None, data, at=None))
    assert [(x.row, x.en) for x in result.warnings] == [(3, "invisible control characters removed")]
    names = w_run(engine, lambda s: list(s.scalars(select(StayGuest.name).order_by(StayGuest.id))))
    assert "Evilpú Guest" in names
    assert not any(ch in n for n in names for ch in "\x1b\x00\x19")


def test_a_card_number_in_an_imported_name_rejects_the_row(engine):
    data = ("folio,room,guest_names,arrival,departure\r\n"
            "F1,1301,Anna 4111 1111 1111 1111,2026-03-08,2026-03-12\r\n").encode("utf-8")
    with pytest.raises(InvalidInput) as info:
        w_run(engine, lambda s: import_guests(s, None, data))
    assert info.value.code == "import_rejected"
    assert "Row 2" in str(info.value.params["errors"][0]) and "card number" in str(info.value.params["errors"][0])


def w_run(engine, action):
    from bizcenter.db import unit_of_work

    return unit_of_work(engine, action)


@pytest.mark.parametrize("reason, code", [
    ("guest changed mind\x1bp\x00\x19\xfa", "control_character"),
    ("wrong\u202eamount", "control_character"),
    ("card 4111111111111111 exp 12/29 cvv 123", "card_number_in_text"),
    ("paid by 5500-0000-0000-0004 instead", "card_number_in_text"),
])
def test_a_typed_reason_with_a_control_character_or_a_card_number_is_refused_and_nothing_is_written(w, reason, code):
    sale = sell(w, w.clerk, [copies(3)])
    err = refused(w, lambda s: void_sale(s, w.clerk, sale.sale_id, reason, SUP), code)
    assert "reason" in err.message("en") and "原因" in err.message("zh")


def test_a_stay_typed_with_a_control_character_in_a_name_is_refused(w):
    inp = StayInput("2201", ("Bad\x00Name",), DAY, DAY)
    err = refused(w, lambda s: enter_stay(s, w.sup_id, inp), "invalid_stay")
    assert "control character" in err.message("en")


@pytest.mark.parametrize("table, column", free_text_columns(Base))
def test_every_free_text_column_refuses_control_characters_and_card_numbers(table, column):
    cls = next(m.class_ for m in Base.registry.mappers if m.local_table.name == table)
    row = cls()
    setattr(row, column, "Fine text 张三, room 1208, call +86 138 0013 8000")
    for bad, code in (("a\x1bp\x00b", "control_character"), ("x\u202ey", "control_character"),
                      ("4111 1111 1111 1111", "card_number_in_text")):
        with pytest.raises(InvalidInput) as info:
            setattr(row, column, bad)
        assert info.value.code == code


def test_structured_numbers_are_not_free_text_and_a_luhn_valid_waybill_is_kept():
    from bizcenter.models.errands import CourierConsignment
    from bizcenter.models.fax import FaxJob

    waybill = "340000000000000018"  # 18 digits, passes Luhn, starts like an Amex number
    assert card_number_in(waybill)
    row = CourierConsignment(waybill_no=waybill, sender_phone="+8613800138000")
    assert row.waybill_no == waybill
    fax = FaxJob(number="0086-21-6888\x1b0000")  # a control character in a number is simply taken out
    assert fax.number == "0086-21-68880000"


@pytest.mark.parametrize("text", [
    "call +86 138 0013 8000", "13800138000", "flight MU5101 PNR ABC123", "SF1234567890123 delivered",
    "waybill 123456789012345678", "ticket 781-2345678901", "room 1208 from 2026-03-08 to 2026-03-12",
    "0000 0000 0000 0000", "ID 110101199003077777",
])
def test_ordinary_numbers_in_free_text_are_not_taken_for_cards(text):
    assert card_number_in(text) is None
    assert clean_text(text, "备注", "note") == text


@pytest.mark.parametrize("text, found", [
    ("4111111111111111", "4111…1111"), ("card 4111-1111-1111-1111 exp 12/29", "4111…1111"),
    ("Amex 3782 822463 10005", "3782…0005"), ("银联 ６２５０ ９４１０ ０６５２ ８５９９", "6250…8599"),
    ("MC 5500000000000004, thanks", "5500…0004"),
])
def test_card_numbers_however_typed_are_found(text, found):
    assert card_number_in(text) == found


@pytest.mark.parametrize("last4, code", [("４２４２", "card_last4"), ("٤٢٤٢", "card_last4"), ("42a2", "card_last4"),
                                         ("424", "card_last4"), ("4 24", "card_last4"), ("42424", "full_card_number")])
def test_the_last_four_are_exactly_four_ascii_digits(w, last4, code):
    with pytest.raises(InvalidInput):
        last_four(last4)
    total = total_of(w, [copies(3)])
    refused(w, sell_action(w, w.clerk, [copies(3)], [card(total, last4=last4)]), code)


def test_four_ascii_digits_are_the_last_four(w):
    assert last_four(" 4242 ") == "4242"
    total = total_of(w, [copies(3)])
    sale = sell(w, w.clerk, [copies(3)], [card(total, last4="0042")])
    assert w.run(lambda s: load_receipt(s, sale.sale_id)).payments[0].card_last4 == "0042"


def test_a_card_number_typed_into_a_lines_record_is_refused_and_a_waybill_is_kept(w):
    """The record typed with a line (a scan's destination, a fax's recipient) is stored with the line for
    ever: a card number there is refused like in any free-text field; a waybill number is not a card."""
    import dataclasses

    line = dataclasses.replace(copies(2), record={"destination": "card 4111 1111 1111 1111 exp 12/29"})
    err = refused(w, sell_action(w, w.clerk, [line]), "card_number_in_text")
    assert "destination" in err.message("en") and "卡号" in err.message("zh")
    kept = dataclasses.replace(copies(2), record={"waybill": "340000000000000018", "destination": "USB stick"})
    sold = sell(w, w.clerk, [kept])
    receipt = w.run(lambda s: load_receipt(s, sold.sale_id))
    assert receipt.sale_id == sold.sale_id
    with w.engine.connect() as conn:
        detail = conn.execute(text("SELECT detail FROM sale_line WHERE sale_id = :s"), {"s": sold.sale_id}).scalar()
    assert "340000000000000018" in str(detail) and "USB stick" in str(detail)
