"""The clerk's own logs between guests, as the counter's Logs dialog records them: a phone or visitor
message for an in-house guest (taken, the guest told, delivered), an enquiry answered, a complaint or a
compliment written down, paper taken from the cupboard. Random choices come from their own stream, so
the sales of a seed stay what they were; each kind happens at least once in a run."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..workflows import complaints, enquiries, messages, supplies
from ..workflows.messages import NewMessage
from ..workflows.staff import Operator
from .centre import Centre
from .clock import Script, Step
from .roster import ShiftPlan

P_MESSAGE, P_ENQUIRY, P_FEEDBACK, P_SUPPLY = 0.08, 0.08, 0.03, 0.05
CALLERS = (("周女士", "上海电气", "021-5555 0101"), ("Mr Tanaka", "Mitsui & Co.", "+81 3 1234 5678"),
           ("Ms Berger", "", ""), ("李先生", "", "138 0013 8000"))
MESSAGE_TEXTS = ("下午三点的会议改到四点 / The 3 pm meeting moved to 4 pm",
                 "Please call back about tomorrow's flight", "文件已放在前台 / The documents are at the front desk")
ENQUIRIES = (("最近的银行在哪里？ / Where is the nearest bank?", "南京路工商银行，往东 200 米 / ICBC, 200 m east"),
             ("Can I print from a USB stick?", "Yes, at the counter: print per page"),
             ("去浦东机场要多久？ / How long to Pudong airport?", "约 45 分钟 / About 45 minutes by taxi"))
FEEDBACK = (("complaint", "复印件颜色太浅 / The copies came out faint"),
            ("feedback", "Would like longer opening hours at weekends"),
            ("praise", "Thanks for the quick fax service"))
CUPBOARD = (("A4", "A4 复印纸", "A4 paper", "ream", 5, 20), ("TONER", "复印机碳粉", "Copier toner", "pcs", 1, 2))
GONE = ("guest_not_in_house", "room_not_in_house", "name_mismatch")  # the guest list was read at the start


class Duties:
    """One shift's clerk's duties between guests (the sale of the moment is done by then)."""

    def __init__(self, centre: Centre, plan: ShiftPlan, op: Operator, rng: random.Random):
        self.centre, self.plan, self.op, self.rng = centre, plan, op, rng
        self.waiting: list = []  # messages told but not yet delivered: a bellboy goes up after the next guest

    def after(self, at: datetime) -> Script:
        """Whatever duty comes up after the guest served at `at` (often none)."""
        centre, op, rng = self.centre, self.op, self.rng
        at = at + timedelta(seconds=165)
        if self.waiting:
            taken, how = self.waiting.pop(0), rng.choice(tuple(messages.DELIVERY))
            yield Step(at, "message_delivered", lambda s: messages.deliver(s, op, taken.id, how, at))
            at += timedelta(seconds=5)
        roll = rng.random()
        if centre.cast.guests and (centre.first("message") or roll < P_MESSAGE):
            yield from self._message(at)
        elif centre.first("enquiry") or roll < P_MESSAGE + P_ENQUIRY:
            question, answer = rng.choice(ENQUIRIES)
            yield Step(at, "enquiry", lambda s: enquiries.record(s, op, question, answer, at=at))
        elif centre.first("feedback") or roll < P_MESSAGE + P_ENQUIRY + P_FEEDBACK:
            kind, what = rng.choice(FEEDBACK)
            guest = rng.choice(centre.cast.guests) if centre.cast.guests else None
            name, room = (guest.names[0], guest.room) if guest else ("Walk-in guest", "")
            yield Step(at, "feedback", lambda s: complaints.record(s, op.staff_id, kind, name, what, room, at=at))
        elif centre.first("supply_use") or roll < P_MESSAGE + P_ENQUIRY + P_FEEDBACK + P_SUPPLY:
            yield from _supplies(centre, self.plan, op, rng, at)

    def _message(self, at: datetime) -> Script:
        op, rng = self.op, self.rng
        guest = rng.choice(self.centre.cast.guests)
        caller, company, phone = rng.choice(CALLERS)
        msg = NewMessage(rng.choice(("phone", "visitor")), guest.room, rng.choice(guest.names), caller,
                         rng.choice(MESSAGE_TEXTS), phone, company, rng.random() < 0.5)
        taken = yield Step(at, "message", lambda s: messages.take(s, op, msg, at), refusals=GONE)
        if isinstance(taken, Exception):
            return
        told, how = at + timedelta(seconds=5), rng.choice(tuple(messages.NOTIFY))
        yield Step(told, "message_notified", lambda s: messages.notify(s, op, taken.id, how, told))
        self.waiting.append(taken)


def _supplies(centre: Centre, plan: ShiftPlan, op: Operator, rng: random.Random, at: datetime) -> Script:
    stock = yield Step(at, "supplies_read", lambda s: supplies.stock(s, at))
    if not stock and centre.first("cupboard"):  # the supervisor sets the cupboard up once

        def stock_up(s):
            for code, zh, en, unit, level, qty in CUPBOARD:
                item = supplies.add_item(s, plan.supervisor.id, code, zh, en, unit, level, qty)
                supplies.receive(s, plan.supervisor.id, item, qty * 3, at=at)
            return supplies.stock(s, at)

        stock = yield Step(at, "supplies_stocked", stock_up)
    there = [i for i in stock if i.on_hand > 0]
    if there:
        item = rng.choice(there)
        n = rng.randint(1, min(3, item.on_hand))
        yield Step(at, "supply_use", lambda s: supplies.use(s, op.staff_id, item.id, n, "counter", at=at))
