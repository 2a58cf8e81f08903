"""What all the simulated counters share: the sales posted so far (for voids and refunds), the
running total, and the first-time guarantees that make even a short run show every kind of activity.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from ..workflows.receipts import Receipt
from .cast import Cast


@dataclass
class Posted:
    sale_id: int
    business_date: date
    total_minor: int
    cash_minor: int
    reversed: bool = False


@dataclass
class Centre:
    cast: Cast
    seed: int
    posted: list[Posted] = field(default_factory=list)
    total_minor: int = 0
    firsts: set[str] = field(default_factory=set)
    unsold: list[str] = field(default_factory=list)  # services no guest has bought yet in this run
    unpaid: list[str] = field(default_factory=list)  # payment kinds not yet used in this run

    def rng(self, *names) -> random.Random:
        """An independent, reproducible stream per script: a string seed is hashed the same in every run."""
        return random.Random(":".join(str(n) for n in (self.seed, *names)))

    def first(self, key: str) -> bool:
        """True once per run for `key`: the guarantee that a short run still shows it."""
        if key in self.firsts:
            return False
        self.firsts.add(key)
        return True

    def due(self, key: str) -> bool:
        return key not in self.firsts

    def book(self, receipt: Receipt) -> Posted:
        """Note a posted receipt; originals become candidates for a void or a later refund."""
        self.total_minor += receipt.total_minor
        cash = sum(p.amount_minor for p in receipt.payments if p.method == "cash")
        posted = Posted(receipt.sale_id, receipt.business_date, receipt.total_minor, cash)
        if receipt.kind == "sale":
            self.posted.append(posted)
        return posted

    def refundable(self, before: date, cash_at_most: int, rng: random.Random) -> Posted | None:
        """A recent sale of an earlier day that the drawer can pay back; reserved at once, so two
        counters never pick the same one."""
        recent = [p for p in self.posted[-400:] if p.business_date < before and not p.reversed
                  and p.cash_minor <= cash_at_most]
        if not recent:
            return None
        chosen = rng.choice(recent)
        chosen.reversed = True
        return chosen
