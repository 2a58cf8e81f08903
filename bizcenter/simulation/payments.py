"""How guests pay: cash with notes tendered and change, card slips, room charges, QR wallets (WeChat
Pay, Alipay, UnionPay QR: the guest's payment code scanned and taken through the test acquirer), and
splits.

A room charge names an in-house guest the way guests say their names at the counter — surname
first or last, in capitals, without the accents, with a title — because the name check (核对姓名)
must accept all of these and still refuse a name that is not the room's.
"""
from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass

from ..payments import qr
from ..workflows.lines import PaymentRequest
from ..workflows.guests import names_match

METHODS = {"cash": 30, "card": 22, "room": 26, "qr": 16, "split": 6}
#: a payment code's published form per wallet: its first two digits and its length (payments/qr.py)
_CODES = (("wechat", (10, 11, 12, 13, 14, 15), 18), ("alipay", (25, 26, 27, 28, 29, 30), 18), ("unionpay", (62,), 19))
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Guest:
    """An in-house stay as the counter sees it when a guest asks to sign."""

    stay_id: int
    room: str
    names: tuple[str, ...]
    credit_limit_minor: int | None
    no_post: bool


class Tender:
    def __init__(self, rng: random.Random, guests: tuple[Guest, ...]):
        self.rng = rng
        self.guests = guests
        self.chargeable = tuple(g for g in guests if not g.no_post and g.names)
        self.acquirer = qr.TestAcquirer()  # the run's own, so a seed's references are the same every run

    def refused(self, payments: tuple[PaymentRequest, ...]) -> None:
        """The folio is full: this counter stops offering that room the room-charge option."""
        rooms = {p.room for p in payments if p.method == "room"}
        self.chargeable = tuple(g for g in self.chargeable if g.room not in rooms) or self.chargeable

    def method(self) -> str:
        """cash, card, room or split; a centre whose hotel has no one in house takes no room charges."""
        methods = [m for m in METHODS if m != "room" or self.chargeable]
        return self.rng.choices(methods, [METHODS[m] for m in methods])[0]

    def payments(self, method: str, total: int, guest: Guest | None = None) -> tuple[PaymentRequest, ...]:
        if method == "split":
            return self.split(total)
        if method == "room":
            return (self.room(total, guest or self.rng.choice(self.chargeable)),)
        if method == "qr":
            return (self.qr(total),)
        return (self.cash(total),) if method == "cash" else (self.card(total),)

    def cash(self, amount: int) -> PaymentRequest:
        """Exact money sometimes; otherwise the next ¥10, ¥50 or ¥100 note above the amount."""
        if self.rng.random() < 0.25:
            return PaymentRequest("cash", amount, tendered_minor=amount)
        note = self.rng.choice((1000, 5000, 10000, 10000))
        return PaymentRequest("cash", amount, tendered_minor=(amount // note + 1) * note)

    def card(self, amount: int) -> PaymentRequest:
        """Last four digits and the terminal's approval code: never more of the card."""
        approval = "".join(self.rng.choices(string.ascii_uppercase + string.digits, k=6))
        return PaymentRequest("card", amount, card_last4=f"{self.rng.randrange(10_000):04d}", card_approval=approval)

    def qr(self, amount: int) -> PaymentRequest:
        """The guest shows a fresh payment code; the acquirer confirms it (the code itself is not kept)."""
        _, heads, length = self.rng.choice(_CODES)
        code = f"{self.rng.choice(heads)}" + "".join(self.rng.choices(string.digits, k=length - 2))
        paid = qr.collect(self.acquirer, f"SIM-{self.rng.getrandbits(64):016x}", code, amount)
        return PaymentRequest("qr", amount, provider=paid.provider, reference=paid.reference)

    def room(self, amount: int, guest: Guest, name: str | None = None) -> PaymentRequest:
        return PaymentRequest("room", amount, room=guest.room,
                              guest_name=name or spoken_name(self.rng, self.rng.choice(guest.names)))

    def split(self, total: int) -> tuple[PaymentRequest, ...]:
        """Part on the room or card, the rest in cash or on a card: whole yuan for the first part."""
        if total < 200:
            return (self.cash(total),)
        first = max(100, (total * self.rng.randint(30, 70) // 100) // 100 * 100)
        if self.chargeable and self.rng.random() < 0.5:
            head = self.room(first, self.rng.choice(self.chargeable))
        else:
            head = self.card(first)
        rest = total - first
        tail = self.cash(rest) if self.rng.random() < 0.7 or head.method == "card" else self.card(rest)
        return head, tail

    def wrong_name(self, guest: Guest) -> str | None:
        """Another guest's name, as a guest who gives a colleague's room would (refused: 姓名不符)."""
        others = [n for g in self.chargeable if g.stay_id != guest.stay_id for n in g.names
                  if not any(names_match(n, own) for own in guest.names)]
        return spoken_name(self.rng, self.rng.choice(others)) if others else None


def spoken_name(rng: random.Random, registered: str) -> str:
    """A registered name as a guest might give it; it must still match the registration."""
    if _HAN.search(registered):
        plain = registered.replace(" ", "")
        return rng.choice((plain, plain, " ".join(plain), plain + rng.choice(("先生", "女士"))))
    tokens = [t for t in re.split(r"[\s,]+", registered) if t]
    form = rng.randrange(6)
    if form == 1:
        tokens = tokens[::-1]
    text = " ".join(tokens)
    if form == 2:
        return text.upper()
    if form == 3:
        return text.lower()
    if form == 4:
        return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    if form == 5:
        return rng.choice(("Mr ", "Ms ", "Dr ")) + text
    return text
