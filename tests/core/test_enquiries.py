"""Enquiries answered at the counter: logged with the question, the answer, who answered and when (the
hotel's business day), listed for the supervisor by day; an empty question or answer is refused."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bizcenter.workflows import enquiries

from scenario import DAY, SH, audit_actions, build_world, refused


@pytest.fixture
def w(engine):
    return build_world(engine)


def test_an_enquiry_is_logged_with_the_answer_who_and_when_and_listed_by_day(w):
    first = w.run(lambda s: enquiries.record(s, w.clerk, "Where is the nearest bank?", "ICBC, 200 m east on Nanjing Rd",
                                             "Hans Müller", " 1208 ", w.clock()))
    second = w.run(lambda s: enquiries.record(s, w.clerk2, "会议室可以用到几点？", "晚上十点", at=w.clock()))
    next_day = datetime(2026, 3, 11, 4, 1, tzinfo=SH)  # after the cut-off: the next business day
    w.run(lambda s: enquiries.record(s, w.clerk, "Taxi to Pudong?", "About 45 minutes", at=next_day))
    rows = w.run(lambda s: enquiries.log(s, DAY, DAY))
    assert [r.id for r in rows] == [second, first]  # newest first
    r = rows[1]
    assert (r.question, r.answer, r.answered_by, r.counter_code, r.guest_name, r.room) == (
        "Where is the nearest bank?", "ICBC, 200 m east on Nanjing Rd", "李娜", "BC1", "Hans Müller", "1208")
    assert r.asked_at.utcoffset() == timedelta(hours=8)
    assert (rows[0].answered_by, rows[0].guest_name, rows[0].room) == ("Tom Baker", "", "")
    assert len(w.run(lambda s: enquiries.log(s, DAY + timedelta(days=1), DAY + timedelta(days=1)))) == 1
    assert audit_actions(w).count("enquiry_recorded") == 3


def test_an_enquiry_without_question_or_answer_is_refused(w):
    refused(w, lambda s: enquiries.record(s, w.clerk, "  ", "Yes", at=w.clock()), "message_incomplete")
    refused(w, lambda s: enquiries.record(s, w.clerk, "Open on Sunday?", "", at=w.clock()), "message_incomplete")
    refused(w, lambda s: enquiries.record(s, w.clerk, "Pay by 4111 1111 1111 1111?", "No", at=w.clock()))
