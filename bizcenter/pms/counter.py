"""A room charge asked of the PMS before the sale posts, so the voucher prints only for a charge it took.

The order, and why:
1. the sale is rehearsed (the whole settle, rolled back): every local check — balance, shift, the
   guest in house, no-post, credit limit — refuses before anything is asked of the PMS;
2. each room-charge payment is reserved under a new `P#` and sent; the counter waits for the answer,
   at most `wait` seconds, holding no database lock meanwhile;
3. a refusal (`PA` not OK: no such guest, no-post, credit) refuses the sale with the PMS's reason, and
   any earlier room payment of the same bill the PMS already took is corrected; the clerk chooses
   another payment;
4. no answer (link down, or too late) follows the policy: `queue` posts the sale on the local checks
   and leaves the posting queued/unconfirmed for the link to send when up; `refuse` refuses the sale
   and any late confirmation is corrected;
5. the sale is settled for real and each posting linked to its payment in the same transaction; if
   that fails after the PMS took the charge, the charge is corrected.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..db.unit import unit_of_work
from ..errors import NotAllowed
from ..models import utcnow
from ..workflows import counter
from . import postings

POLICIES = ("queue", "refuse")


class PmsRefused(NotAllowed):
    code = "pms_refused"


class PmsUnavailable(NotAllowed):
    code = "pms_unavailable"


_REASONS = {  # the PMS's clear text → what the clerk reads
    "NO SUCH GUEST": ("酒店系统中该房没有此客人", "the hotel system has no such guest in the room"),
    "NO POST": ("酒店系统设置为禁止挂帐", "the hotel system has the room on no-post"),
    "CREDIT LIMIT": ("超出酒店系统的挂帐限额", "it is over the hotel system's credit limit"),
}


@dataclass(frozen=True)
class PmsSettings:
    policy: str = "queue"
    wait: float = 10.0


class _Rehearsal(Exception):
    def __init__(self, receipt):
        self.receipt = receipt


def _rehearse(engine, op, draft, at):
    def action(session):
        raise _Rehearsal(counter.settle(session, op, draft, at))
    try:
        unit_of_work(engine, action)
    except _Rehearsal as done:
        return done.receipt
    raise AssertionError("unreachable")


def settle(engine, op, draft: counter.SaleDraft, link, conf: PmsSettings = PmsSettings(), at=None):
    """`counter.settle` with each room-charge payment confirmed by the PMS first (see the module)."""
    if link is None or not any(p.method == "room" for p in draft.payments):
        return unit_of_work(engine, lambda s: counter.settle(s, op, draft, at))
    at = at or utcnow()
    rehearsed = _rehearse(engine, op, draft, at)
    asked: list[tuple[int, int]] = []  # (P#, payment seq)
    for pay_seq, pay in enumerate(rehearsed.payments, start=1):
        if pay.method != "room":
            continue
        seq = unit_of_work(engine, lambda s: postings.reserve(
            s, kind="charge", room=pay.room, guest_name=pay.guest_name, amount_minor=pay.amount_minor,
            business_date=rehearsed.business_date, draft_key=draft.draft_key))
        asked.append((seq, pay_seq))
        result = _ask(engine, link, seq, conf.wait)
        if result.state == postings.REFUSED:
            _give_up(engine, link, [s for s, _ in asked])
            zh, en = _REASONS.get((result.answer_text or "").upper(), (result.answer_text or "拒绝", result.answer_text or "refused"))
            raise PmsRefused(None, "酒店系统拒绝了 {room} 房的挂帐：{reason_zh}。请客人选择其他付款方式",
                             "The hotel system refused the room charge to room {room}: {reason_en}. Choose another payment",
                             room=pay.room, reason_zh=zh, reason_en=en)
        if result.state != postings.OK and conf.policy == "refuse":
            _give_up(engine, link, [s for s, _ in asked])
            raise PmsUnavailable(None, "酒店系统未确认 {room} 房的挂帐（{why}），按设置不挂帐；请客人选择其他付款方式",
                                 "The hotel system did not confirm the room charge to room {room} ({why_en}); by the "
                                 "settings it is not charged — choose another payment", room=pay.room,
                                 why="连接中断" if result.state == "queued" else "未及时回复",
                                 why_en="link down" if result.state == "queued" else "no answer in time")

    def real(session):
        receipt = counter.settle(session, op, draft, at)
        for seq, pay_seq in asked:
            postings.link_payment(session, seq, receipt.sale_id, pay_seq)
        return receipt
    try:
        return unit_of_work(engine, real)
    except Exception:
        _give_up(engine, link, [s for s, _ in asked])
        raise


def _ask(engine, link, seq: int, wait: float) -> postings.Outcome:
    event = link.expect(seq)
    try:
        sent = False
        if link.up.is_set():
            ps = unit_of_work(engine, lambda s: postings.ps_record(s, s.get(postings.PmsPosting, seq), link.outlet))
            unit_of_work(engine, lambda s: postings.mark_sent(s, seq))
            sent = link.send(ps)
        if sent:
            event.wait(wait)
        unit_of_work(engine, lambda s: postings.settle_open(s, seq, "unconfirmed" if sent else "queued"))
        return unit_of_work(engine, lambda s: postings.outcome(s, seq))
    finally:
        link.forget(seq)


def _give_up(engine, link, seqs: list[int]) -> None:
    corrections = unit_of_work(engine, lambda s: postings.not_wanted(s, seqs))
    if corrections and link.up.is_set():
        link.send_open(only_corrections=True)
