"""Serving guests during a shift: quote, settle, and now and then a discount, a price override,
a refused room charge, a void of a slip just written, or a refund of an earlier day's sale.

Each guest is the counter app's sequence of actions: the bill is quoted before the work (告知收费标准),
re-quoted after a supervisor's adjustment, then settled with the payments the guest chose. A
refused attempt (the name is not the room's, the folio is over its credit limit) writes nothing;
the clerk then corrects the name or takes a card, as the counter would.
"""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from ..errors import DomainError
from ..services import find
from ..workflows.counter import settle
from ..workflows.lines import LineRequest, SaleDraft, quote
from ..workflows.guests import in_house_by_room
from ..workflows.receipts import Receipt
from ..workflows.reversal import refund_sale, void_sale
from ..workflows.staff import Operator
from .centre import Centre, Posted
from .clock import Script, Step
from .dialling import Dialling
from .payments import Guest, Tender
from .roster import ShiftPlan
from .services import Requests
from .context import Context

P_VOID, P_REFUND, P_OVER_LIMIT = 0.012, 0.01, 0.004
P_DISCOUNT, P_OVERRIDE, P_WRONG_NAME = 0.012, 0.006, 0.04
VOID_REASONS = ("录错服务 / Wrong service keyed", "客人取消 / Guest cancelled", "页数录错 / Wrong page count")
REFUND_REASONS = ("传真对方未收到，经核实退款 / Fax not received, refunded after checking",
                  "客人投诉打印质量 / Guest complained about print quality", "会议取消 / Meeting cancelled")
DISCOUNTS = ((10, "VIP 客人九折 / VIP 10% off"), (20, "长住客优惠 / Long-stay guest"),
             (50, "复印机卡纸致歉 / Apology for a copier jam"))
OVERRIDE_REASON = "公司协议价 / Corporate agreed rate"
ROOM_REFUSALS = ("credit_limit", "no_post")  # what the front office's settings can make a room charge meet
WRONG_NAME = ("name_mismatch", *ROOM_REFUSALS)
BIGGEST_STUNT_MINOR = 5_000_000  # a folio with more than ¥50,000 left is not worth a staged refusal


class Selling:
    def __init__(self, centre: Centre, rng: random.Random):
        self.centre, self.rng = centre, rng
        self.requests = Requests(rng, centre.cast.rules, Dialling(rng, centre.cast.zones))
        self.tender = Tender(rng, centre.cast.guests)
        self.limited = tuple(g for g in self.tender.chargeable if g.credit_limit_minor is not None)
        self.count = 0  # bills started at this counter in this run: the draft keys
        self.plan: ShiftPlan | None = None
        self.op: Operator | None = None
        self.drawer_minor = 0  # the cash physically in this shift's drawer
        self.own: list[Posted] = []  # this shift's sales: what a void may take back

    def start(self, plan: ShiftPlan, op: Operator, float_minor: int) -> None:
        """A new shift at this counter: its clerk, a fresh drawer with the float, no slips yet."""
        self.plan, self.op, self.drawer_minor, self.own = plan, op, float_minor, []

    def serve(self, at: datetime) -> Script:
        """One guest at the counter (or one supervisor-approved correction)."""
        c, roll = self.centre, self.rng.random()
        if len(self.own) >= 3 and (c.due("void") or roll < P_VOID) and (yield from self._void(at)):
            return
        if c.due("refund") or roll < P_VOID + P_REFUND:
            original = c.refundable(self.plan.day, self.drawer_minor, self.rng)
            if original is not None:
                c.first("refund")
                yield from self._reverse(at, "refund", original)
                return
        if self.limited and (c.due("over_limit") or roll > 1 - P_OVER_LIMIT):
            c.first("over_limit")
            yield from self._over_limit(at)
            return
        yield from self._sale(at)

    # --- a sale ---------------------------------------------------------------------------------
    def _sale(self, at: datetime) -> Script:
        lines = yield from self._lines(at)
        if not lines:
            return  # nothing to bill yet (a free resend, a session left running)
        q = yield Step(at, "quote", lambda s: quote(s, lines, at))
        adjusted = self._adjust(lines, q)
        if adjusted:
            lines, again = adjusted, at + timedelta(seconds=30)
            q = yield Step(again, "quote", lambda s: quote(s, lines, again))
        approval = self.plan.supervisor.credentials if adjusted else None
        method = self._method()
        guest = self.rng.choice(self.tender.chargeable) if method == "room" else None
        at += timedelta(seconds=self.rng.randint(60, 150))  # the work is done, then paid for
        draft = self._draft(lines, self.tender.payments(method, q.total_minor, guest), approval)
        if method == "split" and len(draft.payments) < 2:
            self.centre.unpaid.insert(0, "split")  # too small to split; the next bill shows one
        if guest is not None and (self.centre.first("wrong_name") or self.rng.random() < P_WRONG_NAME):
            wrong = self.tender.wrong_name(guest)
            if wrong:
                attempt = replace(draft, payments=(self.tender.room(q.total_minor, guest, wrong),))
                if (yield from self._settle(at, attempt, WRONG_NAME)):
                    return
        room = any(p.method == "room" for p in draft.payments)
        if not (yield from self._settle(at, draft, ROOM_REFUSALS if room else ())):
            self.tender.refused(draft.payments)
            yield from self._settle(at, replace(draft, payments=(self.tender.card(q.total_minor),)))

    def _lines(self, at: datetime) -> Script:
        """The guest's requests; a service with a business record runs its workflow steps first."""
        unsold, local = self.centre.unsold, at.astimezone(self.centre.cast.tz)
        wanted = [self.requests.next_line(local, unsold.pop(0) if unsold else None)]
        extra = self.rng.random()
        for _ in range(2 if extra < 0.06 else 1 if extra < 0.26 else 0):
            wanted.append(self.requests.next_line(local))
        ctx = Context(self.centre, self.op, self.rng, self.plan.counter.code, refund_sale)
        lines: list[LineRequest] = []
        for request in wanted:
            lines.extend((yield from prepare(ctx, request, at)))
        return lines

    def _adjust(self, lines: list[LineRequest], q) -> list[LineRequest] | None:
        """A supervisor-approved discount or override on the first line, now and then."""
        c, roll = self.centre, self.rng.random()
        listed = q.lines[0].charge.amount_minor
        if c.due("discount") or roll < P_DISCOUNT:
            pct, reason = self.rng.choice(DISCOUNTS)
            if listed * pct // 100 > 0:
                c.first("discount")
                return [replace(lines[0], discount_minor=listed * pct // 100, reason=reason), *lines[1:]]
        elif c.due("override") or roll < P_DISCOUNT + P_OVERRIDE:
            agreed = listed * 80 // 100 // 100 * 100
            if 0 < agreed < listed:
                c.first("override")
                return [replace(lines[0], override_amount_minor=agreed, reason=OVERRIDE_REASON), *lines[1:]]
        return None

    def _method(self) -> str:
        unpaid = self.centre.unpaid
        while unpaid:
            method = unpaid.pop(0)
            if method != "room" or self.tender.chargeable:
                return method
        return self.tender.method()

    def _draft(self, lines, payments, approval) -> SaleDraft:
        self.count += 1
        key = f"sim:{self.plan.counter.code}:{self.plan.day.isoformat()}:{self.count}"
        return SaleDraft(tuple(lines), tuple(payments), draft_key=key, approval=approval)

    def _settle(self, at: datetime, draft: SaleDraft, refusals: tuple[str, ...] = ()) -> Script:
        """Settle; True when posted. A refusal comes back only where one can happen (room charges)."""
        op = self.op
        kind = "sale" if draft.approval is None else "approved_sale"  # the PIN check is timed apart
        result = yield Step(at, kind, lambda s: settle(s, op, draft, at=at), refusals)
        if isinstance(result, DomainError):
            return False
        self.own.append(self._book(result))
        return True

    def _book(self, receipt: Receipt) -> Posted:
        self.drawer_minor += sum(p.amount_minor for p in receipt.payments if p.method == "cash")
        return self.centre.book(receipt)

    # --- refused on purpose: over the credit limit ----------------------------------------------
    def _over_limit(self, at: datetime) -> Script:
        """A guest asks to put a week's projector rental on a room near its credit limit."""
        guest: Guest = self.rng.choice(self.limited)
        views = yield Step(at, "folio", lambda s: in_house_by_room(s, guest.room, at))
        balance = next((v.balance_minor for v in views if v.id == guest.stay_id), 0)
        rule = self.centre.cast.rules.get("equipment")
        if rule is None or guest.credit_limit_minor - balance > BIGGEST_STUNT_MINOR:
            yield from self._sale(at)
            return
        item, rate = max(((k, o["rate_minor"]) for k, o in rule["options"].items()), key=lambda kv: kv[1])
        needed = max(1, (guest.credit_limit_minor - balance) // max(rate, 1) + 1)
        days = min(366, needed)
        lines = [LineRequest("equipment", {"item": item, "days": days, "units": min(100, -(-needed // days))},
                             record={"event": "conference week / 会议周"})]
        q = yield Step(at, "quote", lambda s: quote(s, lines, at))
        draft = self._draft(lines, (self.tender.room(q.total_minor, guest),), None)
        if not (yield from self._settle(at + timedelta(minutes=1), draft, ROOM_REFUSALS)):
            yield from self._settle(at + timedelta(minutes=2), replace(draft, payments=(self.tender.card(q.total_minor),)))

    # --- reversals -------------------------------------------------------------------------------
    def _void(self, at: datetime) -> Script:
        """Void the latest slip of this shift whose cash is still in the drawer; False if none."""
        mine = [p for p in self.own if not p.reversed and p.cash_minor <= self.drawer_minor]
        if not mine:
            return False
        original = mine[-1]
        original.reversed = True
        self.centre.first("void")
        yield from self._reverse(at, "void", original)
        return True

    def _reverse(self, at: datetime, kind: str, original: Posted) -> Script:
        op, approval = self.op, self.plan.supervisor.credentials
        reason = self.rng.choice(VOID_REASONS if kind == "void" else REFUND_REASONS)
        reverse = void_sale if kind == "void" else refund_sale
        receipt = yield Step(at, kind, lambda s: reverse(s, op, original.sale_id, reason, approval, at=at))
        self._book(receipt)


def prepare(ctx: Context, request: LineRequest, at: datetime) -> Script:
    """The lines to bill for a drawn request: the service's simulated steps first, when it has any."""
    s = find(request.service)
    if s is None or s.simulate is None:
        return [request]
    return (yield from s.simulate(ctx, request, at))
