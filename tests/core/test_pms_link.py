"""The live PMS link against the FIAS simulator on a loopback port: a room charge is confirmed by the PMS
before the voucher prints, and every failure on the line ends with the PMS and bizcenter agreeing —
nothing posted twice, nothing lost."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from bizcenter.models import Payment, PmsLinkState, PmsPosting, Sale, Stay
from bizcenter.pms import counter as pms_counter
from bizcenter.pms.frames import StreamDecoder, encode, record
from bizcenter.pms.link import PmsLink
from bizcenter.pms.simulator import Guest, PmsSimulator
from bizcenter.workflows.counter import SaleDraft
from scenario import assert_bilingual, build_world, copies, room, total_of

WAIT = 1.0


@pytest.fixture
def w(engine):
    return build_world(engine)


@pytest.fixture
def sim():
    s = PmsSimulator([Guest("1501", "R1501", "Mr John Smith"), Guest("0808", "R0808", "张三")]).start()
    yield s
    s.stop()


@pytest.fixture
def link(w, sim):
    lk = PmsLink(f"tcp://127.0.0.1:{sim.port}", w.engine, keepalive=0.5, backoff_max=0.2).start()
    assert lk.up.wait(3) and lk.resynced.wait(3)
    yield lk
    lk.stop()


def until(cond, timeout=4.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


def charge(w, link, room_no="1501", name="John Smith", policy="queue", wait=WAIT, key=None, op=None):
    lines = (copies(10),)
    draft = SaleDraft(lines, (room(total_of(w, lines), room_no, name),), key)
    return pms_counter.settle(w.engine, op or w.clerk, draft, link, pms_counter.PmsSettings(policy, wait), at=w.clock())


def rows(w):
    return w.run(lambda s: [(r.seq, r.kind, r.state, r.amount_minor, r.payment_id, r.wanted)
                            for r in s.scalars(select(PmsPosting).order_by(PmsPosting.seq))])


def sales(w):
    return w.run(lambda s: s.scalar(select(func.count()).select_from(Sale)))


def agree(w, sim, room_no="1501"):
    """What the PMS holds for the room equals what bizcenter's room-charge payments say it holds."""
    ours = w.run(lambda s: s.scalar(select(func.coalesce(func.sum(Payment.amount_minor), 0))
                                    .where(Payment.method == "room", Payment.room == room_no)))
    return sim.total_posted(room_no) == ours


def test_frames_survive_garbage_split_and_merged_reads():
    ps = encode(record("PS", RN="1501", TA=1234, **{"P#": 17}, DA="261207", TI="103000"))
    assert ps == b"\x02PS|RN1501|TA1234|P#17|DA261207|TI103000|\x03"
    d = StreamDecoder()
    assert d.feed(b"\xff\x00junk" + ps[:7]) == []
    got = d.feed(ps[7:] + b"\x02no good\x03" + b"\x02PS|RN15" + ps + ps)
    assert [r.get("P#") for r in got] == ["17", "17", "17"] and got[0].get("TA") == "1234"


def test_a_room_charge_is_confirmed_before_the_voucher(w, sim, link):
    receipt = charge(w, link)
    assert receipt.payments[0].voucher_no
    (seq, kind, state, amount, payment_id, _), = rows(w)
    assert (kind, state, amount) == ("charge", "answered_ok", receipt.total_minor) and payment_id is not None
    assert [p.seq for p in sim.posted] == [seq] and agree(w, sim)
    assert w.run(lambda s: s.get(PmsLinkState, "pms").state) == "up"


def test_a_no_post_refusal_leaves_no_sale(w, sim, link):
    sim.guests["1501"].no_post = True  # the PMS knows better than the last resync
    with pytest.raises(pms_counter.PmsRefused) as err:
        charge(w, link)
    assert_bilingual(err.value)
    assert "no-post" in err.value.message("en")
    assert sales(w) == 0 and sim.posted == [] and [r[2] for r in rows(w)] == ["refused"]


def test_link_lost_mid_posting_is_asked_again_under_the_same_number(w, sim, link):
    sim.drop_on_posting = True  # the PMS posts it, then the line drops before the answer
    receipt = charge(w, link, wait=0.3)
    assert receipt.sale_id  # the queue policy: the sale stands on the local checks
    assert until(lambda: [r[2] for r in rows(w)] == ["answered_ok"])
    (seq, *_), = rows(w)
    assert [r.get("P#") for r in sim.received if r.type == "PS"] == [str(seq), str(seq)]
    assert len(sim.posted) == 1 and agree(w, sim) and sim.connections >= 2


def test_a_posting_the_pms_never_got_is_sent_once_the_link_is_back(w, sim, link):
    sim.drop_on_posting, sim.post_before_drop = True, False
    charge(w, link, wait=0.3)
    assert until(lambda: [r[2] for r in rows(w)] == ["answered_ok"])
    assert len(sim.posted) == 1 and agree(w, sim)


def test_a_late_answer_under_the_refuse_policy_is_corrected(w, sim, link):
    sim.answer_delay = 0.6
    with pytest.raises(pms_counter.PmsUnavailable):
        charge(w, link, policy="refuse", wait=0.2)
    assert sales(w) == 0
    assert until(lambda: [r[1:4] for r in rows(w)] == [("charge", "answered_ok", sim.posted[0].amount_minor),
                                                       ("correction", "answered_ok", -sim.posted[0].amount_minor)])
    assert sim.total_posted("1501") == 0 and agree(w, sim)


def test_a_duplicate_answer_changes_nothing(w, sim, link):
    sim.answer_twice = True
    charge(w, link)
    assert until(lambda: link.duplicate_answers >= 1)
    assert [r[2] for r in rows(w)] == ["answered_ok"] and len(sim.posted) == 1 and agree(w, sim)


def test_answers_out_of_order_each_find_their_posting(w, sim, link):
    sim.hold_answers = 2
    results = {}

    def sell(name, op, room_no, guest):
        results[name] = charge(w, link, room_no, guest, op=op, wait=3)

    threads = [threading.Thread(target=sell, args=("a", w.clerk, "1501", "John Smith")),
               threading.Thread(target=sell, args=("b", w.clerk2, "0808", "张三"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(6)
    assert set(results) == {"a", "b"}
    # a sale that waited its 3 s on a busy machine is "unconfirmed" until its late answer finds it
    assert until(lambda: [r[2] for r in rows(w)] == ["answered_ok", "answered_ok"])
    assert agree(w, sim, "1501") and agree(w, sim, "0808")


def test_garbage_on_the_line_is_skipped(w, sim, link):
    sim.garbage = True
    charge(w, link)
    assert [r[2] for r in rows(w)] == ["answered_ok"] and agree(w, sim)


def test_an_answer_for_an_unknown_number_is_ignored(w, sim, link):
    sim.unknown_answer = True
    charge(w, link)
    assert link.unknown_answers >= 1 and [r[2] for r in rows(w)] == ["answered_ok"] and agree(w, sim)


def test_a_check_out_racing_a_posting(w, sim, link):
    sim.checkout_on_posting = "1501"
    with pytest.raises(pms_counter.PmsRefused):
        charge(w, link)
    assert sales(w) == 0 and sim.posted == []
    assert until(lambda: w.run(lambda s: s.scalar(select(Stay.status).where(Stay.external_ref == "PMS:R1501")))
                 == "checked_out")


def test_the_in_house_list_follows_the_pms(w, sim, link):
    assert w.run(lambda s: s.scalar(select(Stay.room).where(Stay.external_ref == "PMS:R0808"))) == "0808"
    sim.check_in(Guest("2001", "R2001", "Ada Lovelace", "260308", "260315"))
    assert until(lambda: w.run(lambda s: s.scalar(select(Stay.status).where(Stay.external_ref == "PMS:R2001")))
                 == "in_house")
    receipt = charge(w, link, "2001", "Ada Lovelace")
    assert receipt.sale_id and agree(w, sim, "2001")
    sim.check_out("2001")
    assert until(lambda: w.run(lambda s: s.scalar(select(Stay.status).where(Stay.external_ref == "PMS:R2001")))
                 == "checked_out")


def test_a_void_of_a_linked_room_charge_is_its_own_correction_posting(w, sim, link):
    from scenario import SUP
    from bizcenter.workflows.reversal import void_sale

    receipt = charge(w, link)
    w.run(lambda s: void_sale(s, w.clerk, receipt.sale_id, "wrong room", SUP, w.clock()))
    link.send_open()
    assert until(lambda: [r[1:4] for r in rows(w)][-1:] == [("correction", "answered_ok", -receipt.total_minor)])
    assert sim.total_posted("1501") == 0 and agree(w, sim) and len(rows(w)) == 2
    link.send_open()  # asking again sends nothing new
    assert len(rows(w)) == 2 and len(sim.posted) == 2
