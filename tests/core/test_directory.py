"""The city directory: a supervisor keeps entries (bilingual names and addresses, a checked phone number,
hours), a clerk is refused; the counter finds them whatever case, accents or width the clerk types, by
category, without retired ones; a printed entry can be logged as an enquiry answered; the demo's examples
are marked as such and installed once."""
from __future__ import annotations

import pytest

from bizcenter.db import unit_of_work
from bizcenter.desk import Desk
from bizcenter.printing.target import parse_url
from bizcenter.demo import install_demo
from bizcenter.workflows import directory, enquiries
from bizcenter.workflows.directory import EntryInput

from fake_printer import FakePrinter, text_of
from scenario import DAY, audit_actions, build_world, refused

BANK = EntryInput("bank", "中国工商银行南京西路支行", "ICBC Nánjīng West Road Branch", "上海市静安区南京西路1000号",
                  "1000 Nanjing West Road, Jing'an", "021 6279 7650", "周一至周五 09:00–17:00", "https://www.icbc.com.cn",
                  "外币兑换 Foreign exchange")
CLINIC = EntryInput("hospital", "", "Dr. Müller's International Clinic", "上海市长宁区仙霞路88号", "88 Xianxia Road",
                    "+86 400 639 3900", "24 hours")


@pytest.fixture
def w(engine):
    return build_world(engine)


def _add(w, data, sup=None):
    return w.run(lambda s: directory.save(s, sup or w.sup_id, data, at=w.clock()))


def test_a_supervisor_adds_an_entry_with_its_phone_read_in_the_hotel_s_country_and_it_is_audited(w):
    entry_id = _add(w, BANK)
    v = w.run(lambda s: directory.view(s, entry_id))
    assert (v.name_zh, v.address_zh, v.address_en) == (BANK.name_zh, BANK.address_zh, BANK.address_en)
    assert (v.phone, v.phone_shown) == ("+862162797650", "+86 21 6279 7650")
    assert (v.category, v.active, v.example, v.changed_by) == ("bank", True, False, "王强")
    assert v.changed_at.utcoffset().total_seconds() == 8 * 3600  # hotel time
    w.run(lambda s: directory.save(s, w.sup2_id, BANK.__class__(**{**BANK.__dict__, "hours": "24小时"}), entry_id,
                                   at=w.clock()))
    assert w.run(lambda s: directory.view(s, entry_id)).hours == "24小时"
    assert audit_actions(w)[-2:] == ["directory_entry_added", "directory_entry_changed"]


def test_a_clerk_may_not_change_the_directory_and_bad_input_is_refused(w):
    err = refused(w, lambda s: directory.save(s, w.clerk.staff_id, BANK, at=w.clock()), "directory_supervisor")
    assert "supervisor" in err.message("en") and "领班" in err.message("zh")
    entry_id = _add(w, BANK)
    refused(w, lambda s: directory.set_active(s, w.clerk.staff_id, entry_id, False), "directory_supervisor")
    refused(w, lambda s: directory.save(s, w.sup_id, EntryInput("bank", phone="021 1234"), at=w.clock()))
    refused(w, lambda s: directory.save(s, w.sup_id, EntryInput("bank", "银行", phone="021 1234"), at=w.clock()),
            "directory_phone")
    refused(w, lambda s: directory.save(s, w.sup_id, EntryInput("casino", "赌场"), at=w.clock()), "directory_category")
    refused(w, lambda s: directory.save(s, w.sup_id, EntryInput("bank", " ", " "), at=w.clock()), "directory_name")


@pytest.mark.parametrize("typed", ["icbc", "ＩＣＢＣ", "nanjing west", "NANJĪNG", "南京西路", "工商", "foreign exchange",
                                   "银行 icbc", "6279"])
def test_search_folds_case_accents_and_width_over_both_languages(w, typed):
    bank, clinic = _add(w, BANK), _add(w, CLINIC)
    assert [v.id for v in w.run(lambda s: directory.search(s, typed))] == [bank]
    assert clinic in [v.id for v in w.run(lambda s: directory.search(s, "muller"))]


def test_search_by_category_name_or_filter_and_retired_entries_leave_the_counter_s_search(w):
    bank, clinic = _add(w, BANK), _add(w, CLINIC)
    assert [v.id for v in w.run(lambda s: directory.search(s, "医院"))] == [clinic]  # the category's Chinese name
    assert [v.id for v in w.run(lambda s: directory.search(s, "hospital"))] == [clinic]
    assert [v.id for v in w.run(lambda s: directory.search(s, "", "bank"))] == [bank]
    assert [v.id for v in w.run(lambda s: directory.search(s, "100%"))] == []  # typed wildcards match themselves
    w.run(lambda s: directory.set_active(s, w.sup_id, bank, False, at=w.clock()))
    assert [v.id for v in w.run(lambda s: directory.search(s))] == [clinic]
    assert [v.id for v in w.run(lambda s: directory.search(s, include_retired=True))] == [bank, clinic]
    assert "directory_entry_retired" in audit_actions(w)
    w.run(lambda s: directory.set_active(s, w.sup_id, bank, True, at=w.clock()))
    assert len(w.run(lambda s: directory.search(s))) == 2


def test_a_printed_entry_is_logged_as_an_enquiry_answered_for_the_supervisor_s_daily_look(w):
    bank = _add(w, BANK)
    w.run(lambda s: directory.log_answered(s, w.clerk, bank, "Hans Müller", "1208", at=w.clock()))
    [row] = w.run(lambda s: enquiries.log(s, DAY, DAY))
    assert "ICBC" in row.question and "银行" in row.question
    assert BANK.address_zh in row.answer and "+86 21 6279 7650" in row.answer
    assert (row.answered_by, row.room) == ("李娜", "1208")


def test_the_demo_installs_a_dozen_shanghai_examples_once_and_a_supervisor_s_save_adopts_one(engine):
    from datetime import date

    assert install_demo(engine, date(2026, 3, 10)).directory >= 12
    assert install_demo(engine, date(2026, 3, 10)).directory == 0
    entries = unit_of_work(engine, lambda s: directory.search(s))
    assert all(v.example for v in entries)
    assert {"consulate", "bank", "hospital", "transport"} <= {v.category for v in entries}
    pudong = unit_of_work(engine, lambda s: directory.search(s, "pudong airport"))
    assert pudong and "浦东" in pudong[0].name_zh
    from bizcenter.models import Staff
    from sqlalchemy import select

    sup = unit_of_work(engine, lambda s: s.scalar(select(Staff.id).where(Staff.code == "S01")))
    unit_of_work(engine, lambda s: directory.save(s, sup, pudong[0].as_input(), pudong[0].id))
    assert not unit_of_work(engine, lambda s: directory.view(s, pudong[0].id)).example


def test_the_entry_prints_as_a_bilingual_slip_through_the_queue_for_the_taxi_driver(w):
    entry_id = _add(w, BANK)
    desk, printer = Desk(w.engine), FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        job = desk.print_directory_slip(w.clerk, entry_id)
        assert job.status == "done" and "ICBC" in job.title
        slip = text_of(printer.wait_for(1)[0])
        for part in ("城市指南 CITY GUIDE", "银行 Bank", "中国工商银行南京西路支行", "上海市静安区南京西路1000号", "Nanjing West",
                     "+86 21 6279 7650", "09:00", "司机师傅"):
            assert part in slip, part
        assert all(len(line.encode("gb18030")) <= 32 for line in slip.splitlines())
    finally:
        printer.stop()
        desk.close()
