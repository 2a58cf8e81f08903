"""Phone and visitor messages for in-house guests: taken only for a guest in house (room and name checked
as for a room charge), the guest told, the message delivered, each step when and by whom on the hotel's
clock and in order; the message slip prints through the queue; the counter lists what is undelivered.

Scenario: at BC1 (C01) and BC2 (C02) callers leave messages for Hans Müller (1208), the Smiths (1501)
and guests who are not in house; the fake clock moves one minute per action, from 09:00 Shanghai.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.desk import Desk
from bizcenter.printing.target import parse_url
from bizcenter.workflows import messages
from bizcenter.workflows.messages import NewMessage

from fake_printer import FakePrinter, text_of
from scenario import DAY, SH, audit_actions, build_world, refused


@pytest.fixture
def w(engine):
    return build_world(engine)


def note(room="1208", guest="hans muller", caller="Ms Zhou", text="Please call about the 3 pm meeting.", **kw):
    return NewMessage(kw.pop("kind", "phone"), room, guest, caller, text, **kw)


def take(w, msg=None, op=None, at=None):
    return w.run(lambda s: messages.take(s, op or w.clerk, msg or note(), at or w.clock()))


def test_a_message_for_an_in_house_guest_keeps_the_registered_name_and_who_took_it(w):
    m = take(w, note(caller_phone="+86 21 5555 0101", caller_company="Siemens AG", callback=True))
    assert (m.room, m.guest_name, m.caller_name, m.caller_phone, m.caller_company) == (
        "1208", "Müller, Hans", "Ms Zhou", "+86 21 5555 0101", "Siemens AG")
    assert m.callback and m.status == "taken" and m.taken_by == "李娜" and m.counter_code == "BC1"
    assert m.taken_at.tzinfo is not None and m.taken_at.utcoffset() == timedelta(hours=8)  # hotel time
    assert m.taken_at.replace(tzinfo=None) == w.clock.t.replace(tzinfo=None)
    assert "message_taken" in audit_actions(w)


@pytest.mark.parametrize("room, guest, code", [
    ("0606", "Li Lei", "guest_not_in_house"),  # checked out
    ("4444", "Anyone", "room_not_in_house"),  # nobody in that room
    ("1208", "John Smith", "name_mismatch"),  # in house, but in another room
    ("", "Hans Muller", "room_required"),
])
def test_a_message_for_someone_not_in_house_is_refused_with_a_message(w, room, guest, code):
    err = refused(w, lambda s: messages.take(s, w.clerk, note(room, guest), w.clock()), code)
    assert room in err.message("en") or code in ("room_required",)


def test_a_message_for_a_stay_whose_departure_has_passed_is_refused(w):
    later = w.clock.t + timedelta(days=5)  # the stays leave on day 3 and nobody checked them out
    refused(w, lambda s: messages.take(s, w.clerk, note(), later), "guest_not_in_house")


def test_incomplete_or_hostile_messages_are_refused(w):
    refused(w, lambda s: messages.take(s, w.clerk, note(caller=" "), w.clock()), "message_incomplete")
    refused(w, lambda s: messages.take(s, w.clerk, note(text=""), w.clock()), "message_incomplete")
    refused(w, lambda s: messages.take(s, w.clerk, note(caller_phone="call me \x1b"), w.clock()), "bad_phone")
    refused(w, lambda s: messages.take(s, w.clerk, note(kind="email"), w.clock()), "bad_message_kind")
    refused(w, lambda s: messages.take(s, w.clerk, note(text="card 4111 1111 1111 1111"), w.clock()))


def test_the_steps_go_in_order_each_with_when_and_who(w):
    m = take(w)
    refused(w, lambda s: messages.deliver(s, w.clerk, m.id, "bellboy", w.clock()), "message_not_notified")
    told = w.run(lambda s: messages.notify(s, w.clerk2, m.id, "message_light", w.clock()))
    assert (told.status, told.notified_how, told.notified_by) == ("notified", "message_light", "Tom Baker")
    again = w.run(lambda s: messages.notify(s, w.clerk, m.id, "phone", w.clock()))  # a second try, recorded
    assert again.notified_how == "phone" and again.notified_at > told.notified_at
    refused(w, lambda s: messages.deliver(s, w.clerk, m.id, "bellboy", told.notified_at - timedelta(minutes=5)),
            "message_step_order")
    done = w.run(lambda s: messages.deliver(s, w.clerk2, m.id, "bellboy", w.clock()))
    assert done.status == "delivered" and done.delivered_by == "Tom Baker"
    assert done.taken_at < done.notified_at < done.delivered_at
    assert all(t.utcoffset() == timedelta(hours=8) for t in (done.taken_at, done.notified_at, done.delivered_at))
    refused(w, lambda s: messages.notify(s, w.clerk, m.id, "phone", w.clock()), "message_delivered")
    refused(w, lambda s: messages.deliver(s, w.clerk, m.id, "collected", w.clock()), "message_delivered")
    refused(w, lambda s: messages.notify(s, w.clerk, m.id, "carrier pigeon", w.clock()), "bad_notify")
    actions = audit_actions(w)
    assert actions.count("message_notified") == 2 and actions.count("message_delivered") == 1


def test_a_guest_at_the_counter_collects_a_message_without_being_told_first(w):
    m = take(w, note("1501", "Jane Smith", kind="visitor", caller="Mr Lee"))
    got = w.run(lambda s: messages.deliver(s, w.clerk, m.id, "collected", w.clock()))
    assert got.status == "delivered" and got.guest_name == "Mrs Jane Smith" and got.notified_at is None


def test_the_counter_lists_undelivered_messages_of_every_counter_and_the_log_by_day(w):
    first = take(w)
    second = take(w, note("1501", "john smith"), op=w.clerk2)
    third = take(w, note("0808", "张三"))
    w.run(lambda s: messages.notify(s, w.clerk, first.id, "note_under_door", w.clock()))
    w.run(lambda s: messages.deliver(s, w.clerk, third.id, "collected", w.clock()))
    waiting = w.run(messages.undelivered)
    assert [(m.id, m.status) for m in waiting] == [(first.id, "notified"), (second.id, "taken")]
    w.run(lambda s: messages.close_undelivered(s, w.clerk, second.id, "Guest left before collecting", w.clock()))
    assert [m.id for m in w.run(messages.undelivered)] == [first.id]
    assert {m.id for m in w.run(lambda s: messages.log(s, DAY, DAY))} == {first.id, second.id, third.id}
    assert w.run(lambda s: messages.log(s, DAY + timedelta(days=1), DAY + timedelta(days=1))) == []


def test_a_message_at_0359_belongs_to_the_business_day_before(w):
    from datetime import datetime

    late = datetime(2026, 3, 11, 3, 59, tzinfo=SH)  # before the 04:00 cut-off: still 10 March's business day
    m = take(w, at=late)
    assert [x.id for x in w.run(lambda s: messages.log(s, DAY, DAY))] == [m.id]


def test_the_message_slip_prints_through_the_queue(w):
    desk = Desk(w.engine)
    printer = FakePrinter()
    try:
        desk.save_printer(w.clerk, parse_url(printer.url, paper_mm=58))
        m = take(w, note(caller_company="上海电气集团股份有限公司", caller_phone="021-5555 0101", callback=True,
                         text="会议改到下午三点。The meeting moved to 3 pm; please call back."))
        job = desk.print_message_slip(w.clerk, m.id)
        assert job.status == "done" and m.ref in job.title and "1208" in job.title
        slip = text_of(printer.wait_for(1)[0])
        for part in ("电话留言 PHONE MESSAGE", "Müller, Hans", "1208", "Ms Zhou", "021-5555 0101", "请回电 PLEASE CALL BACK",
                     "李娜", m.ref, m.taken_at.strftime("%Y-%m-%d %H:%M"), "会议改到下午三点"):
            assert part in slip, part
        assert all(len(line.encode("gb18030")) <= 32 for line in slip.splitlines())
    finally:
        printer.stop()
        desk.close()
