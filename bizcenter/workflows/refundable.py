"""What is left to give back of a sale: per line and in total, after its earlier refunds.

A sale may be refunded in parts. The ledger keeps "nothing is reversed twice" as a database fact (a
unique index on `sale.reverses_id`), so the refunds of one sale form a chain: the first points at the
sale, each later one at the refund before it. A refund line keeps its original's `line_no`, so the
line it gives back is (the chain's original, line_no). Two counters refunding the same sale at once
both point at the same last link, and the index lets only one through.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, NotFound
from ..models import Payment, Sale, SaleLine
from ..services import find

@dataclass(frozen=True)
class LineLeft:
    """One line of the original and what of it is not yet given back. `whole_only`: a line with a
    business record (fax job, call, booking…) or a price that is not quantity × unit price goes back whole."""

    line_no: int
    service_code: str
    name_zh: str
    name_en: str
    unit: str
    quantity: int
    amount_minor: int
    quantity_left: int
    amount_left_minor: int
    whole_only: bool


@dataclass(frozen=True)
class Refundable:
    sale_id: int
    receipt_no: int
    currency: str
    total_minor: int
    paid_left_minor: int            # what the guest paid and has not been given back
    lines: tuple[LineLeft, ...]
    methods: tuple[str, ...]        # how the original was paid
    room_left_minor: int            # of it, charged to a room and not yet corrected
    card_last4: str | None
    voided: bool
    refunds: tuple[int, ...]        # receipt numbers of the refunds so far

    @property
    def anything_left(self) -> bool:
        return not self.voided and any(l.quantity_left > 0 or l.amount_left_minor > 0 for l in self.lines)


def original_of(session: Session, sale: Sale) -> Sale:
    """The sale a void or refund gives back (through the chain of earlier refunds)."""
    while sale.kind != "sale" and sale.reverses_id is not None:
        sale = session.get(Sale, sale.reverses_id)
    return sale


def chain(session: Session, original: Sale) -> list[Sale]:
    """The voids and refunds of a sale, oldest first."""
    out, link = [], original
    while (link := session.scalar(select(Sale).where(Sale.reverses_id == link.id))) is not None:
        out.append(link)
    return out


def partial_quantity_allowed(line: SaleLine) -> bool:
    """A line of several units whose price is exactly quantity × unit price and that keeps no business
    record (copies, prints, stationery) can be given back unit by unit; any other goes back whole."""
    s = find(line.service_code)
    return (line.quantity > 1 and not line.override and not (s is not None and s.business_record)
            and line.list_amount_minor == line.quantity * line.unit_price_minor)


def load(session: Session, sale_id: int) -> tuple[Sale, list[SaleLine], list[Sale], dict[int, list[SaleLine]]]:
    original = session.get(Sale, sale_id)
    if original is None:
        raise NotFound("no_such_sale", "找不到该笔销售", "No such sale")
    if original.kind != "sale":
        raise NotAllowed("reverse_reversal", "作废或退款单不能再次作废或退款",
                         "A void or refund cannot itself be voided or refunded")
    lines = list(session.scalars(select(SaleLine).where(SaleLine.sale_id == original.id).order_by(SaleLine.line_no)))
    done = chain(session, original)
    back: dict[int, list[SaleLine]] = {}
    if done:
        for l in session.scalars(select(SaleLine).where(SaleLine.sale_id.in_([r.id for r in done]))):
            back.setdefault(l.line_no, []).append(l)
    return original, lines, done, back


def refundable(session: Session, sale_id: int) -> Refundable:
    """The sale and what can still be refunded of it."""
    original, lines, done, back = load(session, sale_id)
    payments = list(session.scalars(select(Payment).where(Payment.sale_id == original.id).order_by(Payment.seq)))
    given = list(session.scalars(select(Payment).where(Payment.sale_id.in_([r.id for r in done])))) if done else []
    room_left = sum(p.amount_minor for p in payments + given if p.method == "room")
    left = tuple(LineLeft(
        l.line_no, l.service_code, l.name_zh, l.name_en, l.unit, l.quantity, l.amount_minor,
        l.quantity + sum(b.quantity for b in back.get(l.line_no, ())),
        l.amount_minor + sum(b.amount_minor for b in back.get(l.line_no, ())),
        not partial_quantity_allowed(l)) for l in lines)
    card = next((p.card_last4 for p in payments if p.method == "card" and p.card_last4), None)
    return Refundable(original.id, original.receipt_no, original.currency, original.total_minor,
                      original.total_minor + sum(r.total_minor for r in done), left,
                      tuple(dict.fromkeys(p.method for p in payments)), room_left, card,
                      any(r.kind == "void" for r in done), tuple(r.receipt_no for r in done if r.kind == "refund"))
