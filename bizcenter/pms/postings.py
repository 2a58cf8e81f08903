"""Room charges asked of the PMS by sequence number, and what it answered.

A posting is reserved first (its `P#` committed, so it is never reused), then sent as a FIAS Posting
Simple `PS` and answered by a Posting Answer `PA` with the same `P#` (see `frames` for the source).
An answer is applied once: a second answer for the same `P#` (a duplicate) changes nothing, an answer
for a `P#` we never sent is logged and ignored, and answers may come in any order because each names its
own `P#`. When the link is down the posting is `queued`; when it was sent but no answer came in time it is
`unconfirmed`. Neither is ever sent under a new number: the link, once up again, first resyncs, then
asks again with the same `P#`, so a PMS that already posted it answers without posting twice.

A correction (a void or refund of a room charge, or a confirmed posting whose sale did not go through)
is its own posting with a negative amount (`reverses_seq` names the posting it corrects).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import Session

from ..models import Payment, PmsPosting, Posting, utcnow
from ..workflows.settings import load_settings
from .frames import Record, record

OPEN_STATES = ("sent", "queued", "unconfirmed")
OK, REFUSED = "answered_ok", "refused"


@dataclass(frozen=True)
class Outcome:
    seq: int
    state: str
    answer_text: str | None


def reserve(session: Session, *, kind: str, room: str, guest_name: str, amount_minor: int, business_date: date,
            draft_key: str | None = None, reverses_seq: int | None = None, ledger_posting_id: int | None = None,
            at: datetime | None = None) -> int:
    row = PmsPosting(kind=kind, room=room, guest_name=guest_name, amount_minor=amount_minor,
                     business_date=business_date, draft_key=draft_key, reverses_seq=reverses_seq,
                     ledger_posting_id=ledger_posting_id, state="queued", wanted=True, attempts=0,
                     created_at=at or utcnow())
    session.add(row)
    session.flush()
    return row.seq


def ps_record(session: Session, row: PmsPosting, outlet: str, at: datetime | None = None) -> Record:
    """The `PS` for a posting, its date (`DA`) and time (`TI`) on the hotel's wall clock, as the PMS's own are."""
    at = load_settings(session).clock.local(at or utcnow())
    return record("PS", RN=row.room, TA=row.amount_minor, **{"P#": row.seq}, PT="C", SO=outlet,
                  GN=row.guest_name[:40], DA=at.strftime("%y%m%d"), TI=at.strftime("%H%M%S"))


def mark_sent(session: Session, seq: int, at: datetime | None = None) -> None:
    row = session.get(PmsPosting, seq)
    if row is not None and row.state in OPEN_STATES:
        row.state, row.sent_at, row.attempts = "sent", at or utcnow(), row.attempts + 1


def apply_answer(session: Session, rec: Record, at: datetime | None = None) -> str:
    """Apply a `PA`: 'ok' / 'refused' when it decided a posting, 'duplicate' or 'unknown' when it changed nothing."""
    try:
        seq = int(rec.get("P#") or "")
    except ValueError:
        return "unknown"
    row = session.get(PmsPosting, seq)
    if row is None:
        return "unknown"
    if row.state in (OK, REFUSED):
        return "duplicate"
    status = (rec.get("AS") or "").upper()
    row.answer_status, row.answer_text = status[:4], (rec.get("CT") or "")[:200] or None
    row.answered_at = at or utcnow()
    row.state = OK if status == "OK" else REFUSED
    return "ok" if status == "OK" else "refused"


def settle_open(session: Session, seq: int, state: str) -> None:
    """No answer in time: the posting waits as queued (never sent) or unconfirmed (sent, not answered)."""
    row = session.get(PmsPosting, seq)
    if row is not None and row.state in OPEN_STATES:
        row.state = state


def outcome(session: Session, seq: int) -> Outcome:
    row = session.get(PmsPosting, seq)
    return Outcome(seq, row.state, row.answer_text)


def link_payment(session: Session, seq: int, sale_id: int, payment_seq: int) -> None:
    """The posting belongs to this payment of the sale just written (same transaction as the sale)."""
    payment_id = select(Payment.id).where(Payment.sale_id == sale_id, Payment.seq == payment_seq).scalar_subquery()
    session.execute(update(PmsPosting).where(PmsPosting.seq == seq).values(payment_id=payment_id))


def not_wanted(session: Session, seqs: list[int], at: datetime | None = None) -> list[int]:
    """The sale these postings were for did not post: stop them, and correct those the PMS already took.

    Returns the new correction postings' numbers (to be sent)."""
    corrections = []
    for seq in seqs:
        row = session.get(PmsPosting, seq)
        if row is None or not row.wanted:
            continue
        row.wanted = False
        if row.state == "queued":
            row.state = "withdrawn"  # never left the building: nothing to correct
        elif row.state == OK:
            corrections.append(_correct(session, row, at))
    return corrections


def _correct(session: Session, row: PmsPosting, at) -> int:
    return reserve(session, kind="correction", room=row.room, guest_name=row.guest_name,
                   amount_minor=-row.amount_minor, business_date=row.business_date, reverses_seq=row.seq, at=at)


def late_corrections(session: Session, at: datetime | None = None) -> list[int]:
    """Postings confirmed after their sale was given up (an answer that came too late): correct each once."""
    corrected = select(PmsPosting.reverses_seq).where(PmsPosting.reverses_seq.is_not(None))
    rows = session.scalars(select(PmsPosting).where(PmsPosting.state == OK, PmsPosting.wanted.is_(False),
                                                    PmsPosting.kind == "charge", PmsPosting.seq.not_in(corrected))).all()
    return [_correct(session, row, at) for row in rows]


def ledger_corrections(session: Session, at: datetime | None = None) -> list[int]:
    """A void or refund of a room charge that went through the link becomes its own negative posting."""
    charged = select(PmsPosting.seq).join(Payment, Payment.id == PmsPosting.payment_id).where(
        Payment.stay_id == Posting.stay_id, PmsPosting.kind == "charge")
    done = select(PmsPosting.seq).where(PmsPosting.ledger_posting_id == Posting.id)
    rows = session.scalars(select(Posting).where(Posting.amount_minor < 0, exists(charged), ~exists(done))
                           .order_by(Posting.id)).all()
    return [reserve(session, kind="correction", room=p.room, guest_name=p.guest_name, amount_minor=p.amount_minor,
                    business_date=p.business_date, ledger_posting_id=p.id, at=at) for p in rows]


def to_send(session: Session) -> list[PmsPosting]:
    """What the link sends once up (after its resync): queued and unanswered postings, oldest first,
    each under its own number. A given-up posting that never left stays withdrawn."""
    return list(session.scalars(select(PmsPosting).where(PmsPosting.state.in_(OPEN_STATES))
                                .order_by(PmsPosting.seq)))


def unconfirmed(session: Session, business_date: date | None = None) -> list[PmsPosting]:
    """Postings the PMS has not confirmed (for the day close and the supervisor's pending list)."""
    query = select(PmsPosting).where(PmsPosting.state.in_(OPEN_STATES), and_(PmsPosting.wanted.is_(True)))
    if business_date is not None:
        query = query.where(PmsPosting.business_date <= business_date)
    return list(session.scalars(query.order_by(PmsPosting.seq)))

