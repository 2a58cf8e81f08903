"""A refund of chosen lines, paid back by the means the guest is given the money in.

The refund is a new sale of kind 'refund' holding only the lines given back (negative amounts, each
keeping its original's line number), with its own share of the original's service charge, tax and cash
rounding. Each share is what was left of the figure before this refund less what is left after it, the
left part being the figure in proportion to the amounts still standing: so the shares of all refunds add
up to the original's figure exactly and never pass it, per line or in total. Cash paid back is rounded
(抹零, cashround.py); nothing, cash or not, goes beyond what the guest paid and has not yet had back. A room-charge
correction posts its own credit to the folio the sale was charged to, for the refunded amount only.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed
from ..models import Payment, Posting, Sale, SaleLine, utcnow
from ..money import format_money
from ..services import find
from ..textguard import clean_text, last_four
from . import audit
from .cashround import round_cash, unit_of
from .numbers import VOUCHER_SEQUENCE, format_voucher, next_number, receipt_sequence
from .receipts import Receipt, load_receipt
from .refundable import load, partial_quantity_allowed
from .settings import load_settings
from .shift import current_shift
from .qrmoney import qr_refund
from .staff import Credentials, Operator, approve
from .companies import credit_back

REFUND_METHODS = ("cash", "card", "room", "qr", "account")


@dataclass(frozen=True)
class RefundPick:
    """A line to give back; `quantity` None gives back all that is left of it."""

    line_no: int
    quantity: int | None = None


def _share(figure: int, part: int, whole: int) -> int:
    """`figure` × part / whole, rounded half-up (by size, sign kept); the whole figure when part is whole."""
    if part == whole:
        return figure
    if whole == 0:
        return 0
    sign = -1 if figure < 0 else 1
    return sign * ((2 * abs(figure) * part + whole) // (2 * whole))


def _at(line: SaleLine, units: int) -> tuple[int, int, int]:
    """(list amount, discount, amount) of the first `units` units of a line."""
    if units == line.quantity:
        return line.list_amount_minor, line.discount_minor, line.amount_minor
    listed = units * line.unit_price_minor
    discount = _share(line.discount_minor, units, line.quantity)
    return listed, discount, listed - discount


def _bears(line: SaleLine) -> tuple[bool, bool]:
    """(service charge, tax) apply to the line, by the rule of `lines.surcharges`."""
    d = line.detail or {}
    free = bool(d.get("pass_through") or d.get("no_surcharge"))
    return not free and not d.get("no_service_charge"), not free and not d.get("no_tax")


@dataclass(frozen=True)
class RefundQuote:
    """What a refund of the chosen lines gives back (positive figures), before it is posted."""

    subtotal_minor: int
    service_charge_minor: int
    tax_minor: int
    cash_rounding_minor: int
    total_minor: int


def preview(session: Session, sale_id: int, picks, method: str) -> RefundQuote:
    """The figures of a refund without writing anything: what the clerk tells the guest."""
    plan = _plan(session, sale_id, picks, method)
    return RefundQuote(plan.subtotal, plan.service, plan.tax, plan.paid - plan.subtotal - plan.service - plan.tax,
                       plan.paid)


@dataclass
class _Plan:
    original: Sale
    lines: list
    done: list
    pieces: dict
    subtotal: int
    service: int
    tax: int
    due: int
    rounding_share: int
    paid: int


def _plan(session: Session, sale_id: int, picks, method: str) -> _Plan:
    if method not in REFUND_METHODS:
        raise InvalidInput("refund_method", "退款方式须为现金、银行卡或房账冲减",
                           "Pay back in cash, to a card or as a room-charge correction")
    picks = tuple(picks)
    if not picks:
        raise InvalidInput("refund_no_lines", "请选择要退款的项目", "Choose the lines to refund")
    if len({p.line_no for p in picks}) != len(picks):
        raise InvalidInput("refund_line_twice", "同一项目只能选一次", "Each line can be chosen once")
    original, lines, done, back = load(session, sale_id)
    if any(r.kind == "void" for r in done):
        raise NotAllowed("already_reversed", "该单已{kind_zh}（收据号 {no}）", "This sale was already {kind} (receipt {no})",
                         kind_zh="作废", kind="voided", no=next(r.receipt_no for r in done if r.kind == "void"))
    by_no = {l.line_no: l for l in lines}
    given = {n: -sum(b.quantity for b in bs) for n, bs in back.items()}  # units already given back, positive
    units: dict[int, tuple[int, int]] = {}  # line_no → (units given back before, after)
    for p in picks:
        line = by_no.get(p.line_no)
        if line is None:
            raise NotAllowed("no_such_line", "原单没有第 {n} 项", "The sale has no line {n}", n=p.line_no)
        before = given.get(p.line_no, 0)
        left = line.quantity - before
        if left <= 0:
            raise NotAllowed("line_already_refunded", "第 {n} 项（{name_zh}）已全部退款，不能再退",
                             "Line {n} ({name_en}) was already refunded in full; it cannot be refunded again",
                             n=p.line_no, name_zh=line.name_zh, name_en=line.name_en)
        qty = left if p.quantity is None else p.quantity
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 1 or qty > left:
            raise NotAllowed("refund_more_than_left", "第 {n} 项（{name_zh}）只剩 {left} 可退",
                             "Only {left} of line {n} ({name_en}) is left to refund",
                             n=p.line_no, left=left, name_zh=line.name_zh, name_en=line.name_en)
        if qty < left and not partial_quantity_allowed(line):
            raise NotAllowed("refund_line_whole", "第 {n} 项（{name_zh}）只能整项退款",
                             "Line {n} ({name_en}) can only be refunded whole",
                             n=p.line_no, name_zh=line.name_zh, name_en=line.name_en)
        units[p.line_no] = (before, before + qty)

    # what of each line is given back now, and the bases the shares follow (amounts still standing)
    pieces = {}
    base = {"all": [0, 0], "sc": [0, 0], "tax": [0, 0]}  # figure → [original base, base left after]
    for line in lines:
        before, after = units.get(line.line_no, (given.get(line.line_no, 0),) * 2)
        l0, d0, a0 = _at(line, before) if before else (0, 0, 0)
        l1, d1, a1 = _at(line, after) if after else (0, 0, 0)
        if line.line_no in units:
            pieces[line.line_no] = (after - before, l1 - l0, d1 - d0, a1 - a0)
        standing = line.amount_minor - a1
        sc, tax = _bears(line)
        for key, bears in (("all", True), ("sc", sc), ("tax", tax)):
            if bears:
                base[key][0] += line.amount_minor
                base[key][1] += standing
    nothing_left = all(units.get(l.line_no, (0, given.get(l.line_no, 0)))[1] >= l.quantity for l in lines)

    def part(figure: int, key: str, attr: str) -> int:
        left_before = figure + sum(getattr(r, attr) for r in done)
        left_after = 0 if nothing_left else _share(figure, base[key][1], base[key][0])
        return left_before - left_after

    subtotal = sum(p[3] for p in pieces.values())
    service = part(original.service_charge_minor, "sc", "service_charge_minor")
    tax = part(original.tax_minor, "tax", "tax_minor")
    rounding_share = part(original.cash_rounding_minor, "all", "cash_rounding_minor")
    due = subtotal + service + tax + rounding_share
    paid_left = original.total_minor + sum(r.total_minor for r in done)  # the guest never gets back more
    if method == "cash":
        unit = unit_of(load_settings(session).cash_rounding)
        paid = round_cash(due, unit)
        if paid > paid_left:
            paid = paid_left // unit * unit if unit > 1 else paid_left
    else:
        paid = min(due, paid_left)  # only after cash given back was rounded up: the fen it took are kept
    return _Plan(original, lines, done, pieces, subtotal, service, tax, due, rounding_share, paid)


def refund_lines(session: Session, op: Operator, sale_id: int, picks, method: str, reason: str,
                 approval: Credentials | None, at: datetime | None = None, card_last4: str | None = None) -> Receipt:
    at = at or utcnow()
    if not (reason or "").strip():
        raise InvalidInput("reason_required", "请填写原因", "A reason is required")
    reason = clean_text(reason, "原因", "reason", multiline=True).strip()
    plan = _plan(session, sale_id, picks, method)
    original, lines, done, pieces, paid = plan.original, plan.lines, plan.done, plan.pieces, plan.paid
    shift = current_shift(session, op)
    if shift.status != "open":
        raise NotAllowed("shift_counting", "本班已清点现金，不能再操作", "Cash is already counted for this shift")
    approver = approve(session, approval, op.staff_id, "refund / 退款", at)
    payments = list(session.scalars(select(Payment).where(Payment.sale_id == original.id).order_by(Payment.seq)))
    same = [p for p in payments if p.method == method]
    seq = same[0].seq if same else 1  # the slip names the voucher a room correction reverses by this
    back_payment = Payment(sale_id=0, seq=seq, method=method, amount_minor=-paid)
    if method == "card":
        last4 = card_last4 or next((p.card_last4 for p in same if p.card_last4), None)
        if not last4:
            raise InvalidInput("refund_card_last4", "请输入退款银行卡的后四位", "Enter the last four digits of the card paid back to")
        back_payment.card_last4 = last_four(last4)
        back_payment.card_approval = next((p.card_approval for p in same if p.card_last4 == back_payment.card_last4),
                                          None)
    if method == "qr":  # back through the wallet that took it, from its first QR payment
        if not same:
            raise InvalidInput("refund_qr", "原单未用扫码支付，不能退回钱包", "The sale was not paid by QR wallet")
        back_payment.provider = same[0].provider
        back_payment.reference = qr_refund(session, same[0], f"{original.id}-{same[0].seq}-R{len(done) + 1}", paid)
    if method == "account":  # back to the account that was charged (its first account payment)
        if not same:
            raise NotAllowed("refund_no_account", "原单未挂账，不能冲减挂账，请以现金或银行卡退款",
                             "The sale was not charged to a company account; pay back in cash or to a card")
        back_payment.guest_name = same[0].guest_name
        back_payment.voucher_no = format_voucher(next_number(session, VOUCHER_SEQUENCE))
    if method == "room":
        room = _room_to_correct(session, same, done, paid, original.currency)
        back_payment.seq, back_payment.stay_id, back_payment.room, back_payment.guest_name = \
            room.seq, room.stay_id, room.room, room.guest_name
        back_payment.voucher_no = format_voucher(next_number(session, VOUCHER_SEQUENCE))

    refund = Sale(
        counter_id=op.counter_id, receipt_no=next_number(session, receipt_sequence(op.counter_id)),
        shift_id=shift.id, clerk_id=op.staff_id, business_date=shift.business_date, posted_at=at, kind="refund",
        reverses_id=(done[-1] if done else original).id, reason=reason, approved_by=approver.id,
        currency=original.currency, price_list_version_id=original.price_list_version_id,
        service_charge_pct=original.service_charge_pct, tax_pct=original.tax_pct, subtotal_minor=-plan.subtotal,
        service_charge_minor=-plan.service, tax_minor=-plan.tax, total_minor=-paid,
        cash_rounding_minor=-(plan.rounding_share + paid - plan.due))
    session.add(refund)
    session.flush()
    for line in lines:
        if line.line_no not in pieces:
            continue
        qty, listed, discount, amount = pieces[line.line_no]
        session.add(SaleLine(
            sale_id=refund.id, line_no=line.line_no, service_code=line.service_code, name_zh=line.name_zh,
            name_en=line.name_en, unit=line.unit, quantity=-qty, unit_price_minor=line.unit_price_minor,
            list_amount_minor=-listed, discount_minor=-discount, amount_minor=-amount, override=line.override,
            approved_by=approver.id, approval_reason=reason, price_item_id=line.price_item_id,
            detail=dict(line.detail)))
        s = find(line.service_code)
        if s is not None and s.reverse is not None:  # the line's record (fax job, booking…) is no longer charged
            s.reverse(session, original, refund, line, at)
    back_payment.sale_id = refund.id
    session.add(back_payment)
    session.flush()
    if method == "account":
        credit_back(session, same[0], back_payment, refund, at)
    if method == "room":
        session.add(Posting(stay_id=back_payment.stay_id, payment_id=back_payment.id, sale_id=refund.id,
                            room=back_payment.room, guest_name=back_payment.guest_name,
                            voucher_no=back_payment.voucher_no, amount_minor=back_payment.amount_minor,
                            business_date=refund.business_date, posted_at=at))
    audit.record(session, "refund", staff_id=op.staff_id, counter_id=op.counter_id, entity="sale", entity_id=refund.id,
                 at=at, original_sale=original.id, original_receipt=original.receipt_no, reason=reason,
                 approved_by=approver.id, amount=paid, method=method,
                 lines={str(n): p[0] for n, p in pieces.items()})
    return load_receipt(session, refund.id)


def _room_to_correct(session: Session, room_payments: list[Payment], done: list[Sale], amount: int, currency: str):
    """The original's room charge that still holds `amount` (less what earlier corrections took back)."""
    if not room_payments:
        raise NotAllowed("refund_no_room_charge", "原单未挂房账，不能冲减房账，请以现金或银行卡退款",
                         "The sale was not charged to a room; pay back in cash or to a card")
    corrected: dict[int | None, int] = {}
    if done:
        for p in session.scalars(select(Payment).where(Payment.sale_id.in_([r.id for r in done]),
                                                       Payment.method == "room")):
            corrected[p.stay_id] = corrected.get(p.stay_id, 0) + p.amount_minor
    left = 0
    for p in room_payments:
        left = p.amount_minor + corrected.get(p.stay_id, 0)
        corrected[p.stay_id] = min(0, left)  # a second charge to the same stay counts what the first left
        if left >= amount:
            return p
    raise NotAllowed("refund_room_exceeds", "冲减房账 {amount} 超过该房账尚余的 {left}",
                     "A room-charge correction of {amount} is more than the {left} still charged to the room",
                     amount=format_money(amount, currency), left=format_money(max(0, left), currency))
