"""Notices: a supervisor posts a notice (meeting contents, a new procedure) for all clerks or chosen staff;
each reader sees it at sign-in, newest first, and acknowledges it (who and when, on the hotel's clock)
before a shift opens; a supervisor is not held up by notices for clerks; withdrawing a notice stops
asking for it; the supervisor sees who has read each notice and who has not.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.workflows import notices, shift

from scenario import audit_actions, build_world, open_shift, refused


@pytest.fixture
def w(engine):
    return build_world(engine, open_shifts=False)


def post(w, title="Fax cover sheets", body="From Monday every outgoing fax has a cover sheet.", readers=None,
         kind="procedure", **kw):
    return w.run(lambda s: notices.post(s, w.sup_id, kind, title_en=title, body_en=body, readers=readers,
                                        at=w.clock(), **kw))


def pending(w, staff_id):
    return w.run(lambda s: notices.pending(s, staff_id))


def test_a_clerk_must_acknowledge_each_notice_before_opening_a_shift(w):
    first = post(w, "Meeting 10 March", "Minutes: the new courier rates.", kind="meeting")
    second = post(w)
    waiting = pending(w, w.clerk.staff_id)
    assert [n.id for n in waiting] == [second, first]  # newest first
    assert waiting[0].title("zh") == "Fax cover sheets"  # written in English only: shown in English to all
    err = refused(w, lambda s: shift.open_shift(s, w.clerk, 50_000, at=w.clock()), "notices_unread")
    assert "2" in err.message("en")
    assert w.run(lambda s: notices.acknowledge(s, w.clerk.staff_id, [second], at=w.clock())) == 1
    assert [n.id for n in pending(w, w.clerk.staff_id)] == [first]
    w.run(lambda s: notices.acknowledge(s, w.clerk.staff_id, [first, first], at=w.clock()))
    assert pending(w, w.clerk.staff_id) == []
    open_shift(w, w.clerk)
    assert audit_actions(w).count("notice_read") == 2


def test_a_supervisor_is_not_held_up_by_a_notice_for_clerks_but_is_by_one_chosen_for_them(w):
    post(w)
    assert pending(w, w.sup2_id) == []
    chosen = post(w, "Night audit", "Supervisors sign the Z slips.", readers=[w.sup2_id, w.clerk2.staff_id])
    assert [n.id for n in pending(w, w.sup2_id)] == [chosen]
    assert chosen in [n.id for n in pending(w, w.clerk2.staff_id)]
    assert chosen not in [n.id for n in pending(w, w.clerk.staff_id)]


def test_the_supervisor_sees_who_has_read_a_notice_and_who_has_not(w):
    n = post(w)
    when = w.clock()
    w.run(lambda s: notices.acknowledge(s, w.clerk.staff_id, [n], at=when))
    status = w.run(lambda s: notices.board(s, w.sup_id))[0]
    assert [(r.name, r.acknowledged_at) for r in status.readers] == [("Tom Baker", None), ("李娜", when)]
    assert [r.name for r in status.unread] == ["Tom Baker"]
    assert status.readers[1].acknowledged_at.utcoffset() == timedelta(hours=8)  # shown on the hotel's clock


def test_a_withdrawn_notice_is_asked_of_nobody_and_its_readings_stay(w):
    n = post(w)
    w.run(lambda s: notices.acknowledge(s, w.clerk.staff_id, [n], at=w.clock()))
    w.run(lambda s: notices.withdraw(s, w.sup_id, n, at=w.clock()))
    assert pending(w, w.clerk2.staff_id) == []
    open_shift(w, w.clerk2)
    status = w.run(lambda s: notices.board(s, w.sup_id))[0]
    assert status.notice.withdrawn_at is not None and [r.name for r in status.readers if r.acknowledged_at] == ["李娜"]
    refused(w, lambda s: notices.withdraw(s, w.sup_id, n), "notice_withdrawn")


def test_both_languages_each_reader_reads_their_own(w):
    n = w.run(lambda s: notices.post(s, w.sup_id, "meeting", "例会纪要", "新的快递价格。", "Meeting minutes",
                                     "The new courier rates.", at=w.clock()))
    view = pending(w, w.clerk.staff_id)[0]
    assert (view.id, view.title("zh"), view.body("en")) == (n, "例会纪要", "The new courier rates.")


@pytest.mark.parametrize("kw, code", [
    (dict(title_en="Title only"), "notice_half"),
    (dict(), "notice_empty"),
    (dict(title_en="T", body_en="B", readers=[]), "notice_no_readers"),
    (dict(title_en="T", body_en="Card 4111 1111 1111 1111"), "card_number_in_text"),
])
def test_a_notice_without_its_text_or_readers_is_refused(w, kw, code):
    refused(w, lambda s: notices.post(s, w.sup_id, "other", **kw), code)


def test_only_a_supervisor_posts_or_withdraws(w):
    refused(w, lambda s: notices.post(s, w.clerk.staff_id, "other", title_en="T", body_en="B"))
    n = post(w)
    refused(w, lambda s: notices.withdraw(s, w.clerk.staff_id, n))
