"""The city directory on screen: the supervisor adds a place (a bad phone number refused on the tab's
message line), finds it, retires it and sees it again under "Show retired"; at the counter the clerk finds
a place by a word typed any way (F9, City directory), prints it for the guest through the print queue and
the print is logged as an enquiry answered."""
from __future__ import annotations

import pytest

from bizcenter.db import make_engine, unit_of_work
from bizcenter.models import Staff
from bizcenter.printing import queue
from bizcenter.workflows import directory, enquiries
from sqlalchemy import select

from uidriver import SUPERVISOR, idle, open_shift


def test_the_supervisor_adds_finds_and_retires_a_place(qtbot, office):
    page = office.backoffice.show_tab("directory")
    idle(qtbot, office)
    examples = len(page.list.rows)
    assert examples >= 12 and all(v.example for v in page.list.rows)  # the demo's, marked as examples
    page.new.click()
    page.category.setCurrentIndex(page.category.findData("office"))
    page.name_zh.setText("上海市公安局出入境管理局")
    page.name_en.setText("Shanghai Exit-Entry Administration (visas)")
    page.address_zh.setPlainText("上海市浦东新区民生路1500号")
    page.address_en.setPlainText("1500 Minsheng Road, Pudong")
    page.hours.setText("Mon–Sat 09:00–17:00")
    page.phone.setText("021 1234")
    page.save.click()
    idle(qtbot, office)
    assert "021 1234" in page.message.text() and len(page.list.rows) == examples  # refused: nothing saved
    page.phone.setText("021 2895 1900")
    page.save.click()
    idle(qtbot, office)
    [entry] = [v for v in page.list.rows if not v.example]
    assert (entry.phone_shown, entry.category, entry.example) == ("+86 21 2895 1900", "office", False)
    page.search.setText("MÍNSHENG")
    page.search.returnPressed.emit()
    idle(qtbot, office)
    assert [v.id for v in page.list.rows] == [entry.id]
    page.list_view.selectRow(0)
    page.retire.click()
    idle(qtbot, office)
    assert [v.id for v in page.list.rows] == []
    page.show_retired.setChecked(True)
    idle(qtbot, office)
    assert [v.active for v in page.list.rows] == [False]


@pytest.fixture
def seeded_url(sqlite_url):  # noqa: F811 - the counter's seed, then the demo's directory examples
    from conftest import _seed

    engine = make_engine(sqlite_url)
    unit_of_work(engine, _seed)
    unit_of_work(engine, lambda s: directory.seed_examples(
        s, s.scalar(select(Staff.id).where(Staff.code == SUPERVISOR[0]))))
    engine.dispose()
    return sqlite_url


def test_the_clerk_finds_a_place_prints_it_for_the_guest_and_the_enquiry_is_logged(qtbot, window):
    open_shift(qtbot, window)
    window.counter.logs.click()
    dialog = window.counter.dialog
    page = dialog.show_tab("directory")
    idle(qtbot, window)
    assert len(page.results.rows) >= 12  # every place in use, before anything is typed
    page.search.setText("ＰＵＤＯＮＧ airport")  # full-width, as a Chinese keyboard may type it
    page.search.returnPressed.emit()
    idle(qtbot, window)
    [found] = page.results.rows
    assert "浦东" in found.name_zh and "浦东" in page.detail.toPlainText()
    page.category.setCurrentIndex(page.category.findData("bank"))
    idle(qtbot, window)
    assert page.results.rows == []  # the airport is no bank
    page.category.setCurrentIndex(0)
    idle(qtbot, window)
    page.room.setText("1208")
    page.guest.setText("Hans Muller")
    page.print_slip.click()
    idle(qtbot, window)
    jobs = window.station.desk.op(queue.jobs, window.station.counter_id, include_done=True)
    assert any(j.kind == "directory_slip" and "Pudong" in j.title for j in jobs)
    [asked] = window.station.desk.op(enquiries.log)
    assert "Pudong" in asked.question and asked.room == "1208" and page.room.text() == ""
