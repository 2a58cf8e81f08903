"""Room charge (挂房帐): the name and the room must belong to one in-house guest; no-post stays and
credit limits are respected; a reversal puts a negative posting on the same folio."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.models import Posting
from bizcenter.workflows.guests import folio_balance, names_match
from bizcenter.workflows.reversal import void_sale
from scenario import SUP, build_world, copies, ledger_breaches, refused, room, sell_action, total_of


@pytest.fixture
def w(engine):
    return build_world(engine)


def _charge(w, room_no, name, pages=10):
    lines = [copies(pages)]
    return sell_action(w, w.clerk, lines, [room(total_of(w, lines), room_no, name)])


@pytest.mark.parametrize("room_no, given, registered", [
    ("1208", "hans muller", "Müller, Hans"),
    ("1208", "MÜLLER, Hans", "Müller, Hans"),
    ("1208", "Hans  Müller", "Müller, Hans"),
    ("1208", "ＭＵＬＬＥＲ ＨＡＮＳ", "Müller, Hans"),   # full-width, as some IMEs type it
    ("0808", "张 三", "张三"),
    ("0808", "张三先生", "张三"),
    ("1501", "smith john", "Mr John Smith"),
    ("1501", "Jane Smith", "Mrs Jane Smith"),
    (" 1501 ", "JOHN SMITH", "Mr John Smith"),
])
def test_room_charge_accepted_when_name_matches_in_any_case_accent_spacing_or_order(w, room_no, given, registered):
    r = w.run(_charge(w, room_no, given))
    assert (r.payments[0].room, r.payments[0].guest_name) == (room_no.strip(), registered)
    assert ledger_breaches(w.engine) == []


@pytest.mark.parametrize("room_no, given", [
    ("1208", "Hans Miller"), ("1208", "Hans"), ("1208", "张三"), ("0808", "张四"), ("0808", "李三"),
    ("1501", "John Smithson"), ("1501", "Jim Smith"), ("1208", ""),
])
def test_room_charge_refused_when_name_does_not_match(w, room_no, given):
    refused(w, _charge(w, room_no, given), "name_mismatch")


def test_room_charge_refused_for_checked_out_room(w):
    refused(w, _charge(w, "0606", "Li Lei"), "room_checked_out")


def test_room_charge_refused_for_room_without_guest(w):
    refused(w, _charge(w, "4404", "Li Lei"), "room_not_in_house")
    refused(w, _charge(w, "", "Li Lei"), "room_required")


def test_room_charge_refused_for_no_post_stay(w):
    refused(w, _charge(w, "0707", "Han Meimei"), "no_post")


def test_room_charge_refused_over_the_credit_limit(w):
    w.run(_charge(w, "0909", "Wang Fang", pages=30))       # ¥69.96 of ¥100.00
    refused(w, _charge(w, "0909", "Wang Fang", pages=15), "credit_limit")  # + ¥34.98
    w.run(_charge(w, "0909", "Wang Fang", pages=12))       # + ¥27.98 = ¥97.94, still within
    assert w.run(lambda s: folio_balance(s, w.stays["0909"])) == 9794


def test_room_charge_reversal_puts_a_negative_posting_on_the_same_folio(w):
    sale = w.run(_charge(w, "1208", "hans muller"))
    void = w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "wrong room", SUP, w.clock()))
    postings = w.run(lambda s: list(s.scalars(select(Posting).order_by(Posting.id))))
    assert [(p.stay_id, p.amount_minor, p.sale_id) for p in postings] == [
        (w.stays["1208"], sale.total_minor, sale.sale_id), (w.stays["1208"], -sale.total_minor, void.sale_id)]
    assert postings[0].voucher_no != postings[1].voucher_no
    assert void.payments[0].voucher_no == postings[1].voucher_no
    assert w.run(lambda s: folio_balance(s, w.stays["1208"])) == 0
    assert ledger_breaches(w.engine) == []


def test_voided_room_charge_frees_the_credit_limit(w):
    sale = w.run(_charge(w, "0909", "Wang Fang", pages=30))
    w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "guest pays cash instead", SUP, w.clock()))
    w.run(_charge(w, "0909", "Wang Fang", pages=30))


@pytest.mark.parametrize("given, registered, same", [
    ("MÜLLER, Hans", "hans muller", True), ("张三", "张 三", True), ("Mr John Smith", "smith john", True),
    ("Zoë Saldaña", "zoe saldana", True), ("O'Brien, Sean", "sean o'brien", True),
    ("Hans Müller", "Hans Mueller-Lüdenscheidt", False), ("张三", "张三丰", False), ("Mr", "John Smith", False),
    ("", "John Smith", False),
])
def test_guest_names_compare_case_accent_space_and_order_insensitively(given, registered, same):
    assert names_match(given, registered) is same
    assert names_match(registered, given) is same


def _charge_on(w, day_offset: int, hour: int = 10):
    """A room charge to 1208 (stay 03-08 → 03-13) at `hour` on 2026-03-10 + `day_offset` days, hotel time."""
    from datetime import datetime, timedelta

    from scenario import SH

    when = datetime(2026, 3, 10, hour, tzinfo=SH) + timedelta(days=day_offset)
    lines = [copies(2)]
    return sell_action(w, w.clerk, lines, [room(total_of(w, lines), "1208", "Hans Müller")], at=when)


def test_the_departure_day_is_still_in_house_until_the_front_office_checks_out(w):
    receipt = w.run(_charge_on(w, 3, hour=11))  # 2026-03-13, the departure date
    assert receipt.payments[0].room == "1208"
    receipt = w.run(_charge_on(w, 4, hour=3))  # 03:00 on the 14th is still business day 13 (cut-off 04:00)
    assert receipt.payments[0].room == "1208"


def test_a_room_charge_after_the_departure_date_is_refused_naming_it(w):
    err = refused(w, _charge_on(w, 4, hour=5), "departure_passed")  # business day 2026-03-14
    assert "2026-03-13" in err.message("en") and "2026-03-13" in err.message("zh")
    assert "front office" in err.message("en") and "前台" in err.message("zh")


def test_a_stay_is_not_in_house_before_its_arrival(w):
    refused(w, _charge_on(w, -3), "room_not_in_house")  # 2026-03-07; the stay arrives on the 8th


def test_in_house_lists_use_the_hotel_business_date_of_the_moment_asked(w):
    from datetime import date

    from bizcenter.workflows.guests import find_by_name, in_house_by_room

    assert [v.room for v in w.run(lambda s: in_house_by_room(s, "1208", date(2026, 3, 13)))] == ["1208"]
    assert w.run(lambda s: in_house_by_room(s, "1208", date(2026, 3, 14))) == []
    assert w.run(lambda s: find_by_name(s, "Hans Müller", at=date(2026, 12, 7))) == []
