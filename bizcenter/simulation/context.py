"""What a service's simulation may use: the steps before the charge.

`Selling` draws a line request for a service; when the service's record (`bizcenter.services`) has a
`simulate` script, that script runs first, through the same workflow functions the counter app calls,
and returns the lines to bill (with the record linking them), possibly none (a failed fax that is
resent free, a session left running for the next shift). Each script is a generator:

    def prepare(ctx: Context, request: LineRequest, at: datetime) -> Script  # returns list[LineRequest]

yielding `Step`s (one user action each, in simulated time from `at` onwards).
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..workflows.staff import Operator
from .centre import Centre


@dataclass
class Context:
    """What a prepare script may use: the centre (cast, guests, firsts), this counter's clerk and dice, and
    the counter's sale reversal (`reversal.refund_sale`) for a ticket order's refund: reversing a sale runs
    every service's reversal hook, so a service's script is handed it rather than importing it."""

    centre: Centre
    op: Operator
    rng: random.Random
    counter_code: str
    refund_sale: Callable[..., Any]
