"""Faxes in simulated time, through the counter's own fax workflow steps.

Fax out: the clerk sends (number read back), records the transmission report; now and then the
report says failed / busy / no answer and the fax is resent free (again, if need be; after three
failed attempts the guest gives up and pays nothing). The guest pays once, for a fax that went
through; now and then the recipient disputes a reported success, which is noted, not re-charged.

Fax in: a fax for an in-house guest is matched by room and name, the guest notified and the fax
delivered, and the receiving fee billed; an unreadable one is not billed. A fax nobody in house
matches goes to the counter's rack; later a guest claims one (matched, collected, billed), or the
sender confirms a wrong address and it is archived early, and overdue ones are archived. A short
run still shows each of these once (the centre's first-time guarantees).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from ..workflows import fax_in, fax_out, fax_rack
from ..workflows.lines import LineRequest
from .clock import Script, Step
from .payments import spoken_name
from .context import Context

P_FAIL, P_FAIL_AGAIN, P_DISPUTE = 0.1, 0.2, 0.03
P_RACK, P_CLAIM, P_ARCHIVE, P_UNREADABLE = 0.2, 0.12, 0.04, 0.04
FAILURES = (("failed", "通讯错误 Communication error (report code 0x70)"), ("failed", "对方缺纸 Remote out of paper"),
            ("busy", None), ("no_answer", None))
UNKNOWN_ADDRESSEES = ("Delegation of Hoffmann AG / 霍夫曼代表团", "Attn: Conference organiser", "Ms. R. Okonkwo (arriving)",
                      "Procurement team, Zhongshan Trading / 中山贸易采购部", "Mr. Ferreira — please hold")
SENDERS = ("Siemens AG", "北京外企人力资源服务", "Tokyo Marine", "Law office Weber & Partner", "HSBC Hong Kong")
NOTIFY = ("phone", "phone", "message_light", "note_under_door")
GUEST_GONE = ("guest_not_in_house", "name_mismatch")  # the guest list changed since the run began


# --- fax out ----------------------------------------------------------------------------------------
def prepare_fax_out(ctx: Context, request: LineRequest, at: datetime) -> Script:
    op, rng, centre = ctx.op, ctx.rng, ctx.centre
    number, pages = request.params["number"], request.params["pages"]
    recipient = request.record.get("recipient") or "Recipient"
    job = yield Step(at, "fax_send", lambda s: fax_out.send(s, op, number, recipient, pages, None, at,
                                                                 read_back=request.record.get("read_back") is True))
    fail = centre.first("fax_resend") or rng.random() < P_FAIL
    for attempt in range(3):
        when = at + timedelta(seconds=10 + 12 * attempt)
        outcome, reason = rng.choice(FAILURES) if fail else ("sent", None)
        job = yield Step(when, "fax_result", lambda s, j=job.id: fax_out.record_result(s, op, j, outcome, reason, when))
        if not job.failed:
            break
        again = when + timedelta(seconds=5)
        job = yield Step(again, "fax_resend", lambda s, j=job.id: fax_out.resend(s, op, j, again))
        fail = rng.random() < P_FAIL_AGAIN
    if job.result is None:  # three failures: the last resend is still in the machine; the guest leaves
        last = at + timedelta(seconds=48)
        outcome, reason = rng.choice(FAILURES)
        yield Step(last, "fax_result", lambda s: fax_out.record_result(s, op, job.id, outcome, reason, last))
        return []
    if centre.first("fax_dispute") or rng.random() < P_DISPUTE:
        later = at + timedelta(seconds=50)
        note = "对方称未收到，传真报告显示成功 / Recipient says not received; report shows OK"
        job = yield Step(later, "fax_dispute", lambda s: fax_out.dispute(s, op, job.id, note, later))
    line = job.bill_line
    if line is None:
        return []
    return [LineRequest(line.service, line.params, record={**request.record, "report": "OK", **line.record})]


# --- fax in -----------------------------------------------------------------------------------------
def prepare_fax_in(ctx: Context, request: LineRequest, at: datetime) -> Script:
    op, rng, centre = ctx.op, ctx.rng, ctx.centre
    pages = request.params["pages"]
    rack = yield Step(at, "fax_rack", lambda s: fax_rack.rack_list(s, op.counter_id, "", at))
    if any(r.overdue for r in rack):
        yield Step(at, "fax_archive", lambda s: fax_rack.archive_unclaimed(s, op, at))
        rack = [r for r in rack if not r.overdue]
    guests = [g for g in centre.cast.guests if g.names]
    billed_once = not centre.due("fax_in_billed")
    if not guests or (billed_once and (centre.first("fax_rack") or centre.first("fax_rack_2"))):
        yield from _to_rack(ctx, pages, at)
        return []
    if len(rack) >= 2 and (centre.first("fax_archive") or rng.random() < P_ARCHIVE):
        reason = "发件人确认发错酒店 / Sender confirmed a wrong hotel"
        t = at + timedelta(seconds=10)
        yield Step(t, "fax_archive", lambda s: fax_rack.archive(s, op, rack[0].id, reason, t))
        return []
    if rack and billed_once and (centre.first("fax_rack_claim") or rng.random() < P_CLAIM):
        return (yield from _claim(ctx, rack[0], rng.choice(guests), at))
    if billed_once and rng.random() < P_RACK:
        yield from _to_rack(ctx, pages, at)
        return []
    return (yield from _for_guest(ctx, pages, rng.choice(guests), at))


def _for_guest(ctx: Context, pages: int, guest, at: datetime) -> Script:
    op, rng = ctx.op, ctx.rng
    written = spoken_name(rng, rng.choice(guest.names))
    legible = ctx.centre.first("fax_in_billed") or rng.random() >= P_UNREADABLE
    found = yield Step(at, "fax_in_lookup", lambda s: fax_in.candidates(s, written, guest.room, at))
    if not found:
        yield from _to_rack(ctx, pages, at, written)
        return []
    pick = found[0]
    paper = fax_in.IncomingFax(pages, legible, legible, written, guest.room, rng.choice(SENDERS))
    t = at + timedelta(seconds=10)
    fax = yield Step(t, "fax_in", lambda s: fax_in.register(s, op, paper, pick.stay_id, pick.guest_name, t), GUEST_GONE)
    if isinstance(fax, Exception):
        yield from _to_rack(ctx, pages, at, written)
        return []
    return (yield from _notify_and_deliver(ctx, fax, at + timedelta(seconds=20)))


def _claim(ctx: Context, racked, guest, at: datetime) -> Script:
    """A guest asks for a fax; the clerk finds it in the rack and matches it to the guest."""
    op, name, t = ctx.op, guest.names[0], at + timedelta(seconds=10)
    fax = yield Step(t, "fax_in_match", lambda s: fax_in.match(s, op, racked.id, guest.stay_id, name, t), GUEST_GONE)
    if isinstance(fax, Exception):
        return []
    return (yield from _notify_and_deliver(ctx, fax, at + timedelta(seconds=20), told=True))


def _notify_and_deliver(ctx: Context, fax, at: datetime, told: bool = False) -> Script:
    op, rng = ctx.op, ctx.rng
    how = "in_person" if told else rng.choice(NOTIFY)
    yield Step(at, "fax_notify", lambda s: fax_in.notify(s, op, fax.id, how, at))
    later = at + timedelta(seconds=15)
    delivery = "collected" if told or rng.random() < 0.5 else "bellboy"
    fax = yield Step(later, "fax_deliver", lambda s: fax_in.deliver(s, op, fax.id, delivery, later))
    return [fax.bill_line] if fax.bill_line is not None else []


def _to_rack(ctx: Context, pages: int, at: datetime, written: str | None = None) -> Script:
    op, rng = ctx.op, ctx.rng
    paper = fax_in.IncomingFax(pages, True, True, written or rng.choice(UNKNOWN_ADDRESSEES), None, rng.choice(SENDERS))
    t = at + timedelta(seconds=10)
    yield Step(t, "fax_in", lambda s: fax_in.register(s, op, paper, None, None, t))
