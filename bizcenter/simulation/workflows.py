"""Services that have a business record beyond a priced line: the steps before the charge.

`Selling` draws a line request for the service as before; when the service is listed here, the
area's `prepare` script runs first, through the same workflow functions the counter app calls,
and returns the lines to bill (with the record linking them), possibly none (a failed fax that is
resent free, a session left running for the next shift). Each `prepare` is a generator:

    def prepare(ctx: Context, request: LineRequest, at: datetime) -> Script  # returns list[LineRequest]

yielding `Step`s (one user action each, in simulated time from `at` onwards).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from ..lazyload import load
from ..workflows.counter import LineRequest
from ..workflows.staff import Operator
from .centre import Centre
from .clock import Script

PREPARE = {
    "fax_out": "bizcenter.simulation.fax:prepare_fax_out",
    "fax_in": "bizcenter.simulation.fax:prepare_fax_in",
    "phone": "bizcenter.simulation.timed:prepare_phone",
    "internet": "bizcenter.simulation.timed:prepare_internet",
    "courier": "bizcenter.simulation.errands:prepare_courier",
    "meeting_room": "bizcenter.simulation.errands:prepare_booking",
    "equipment": "bizcenter.simulation.errands:prepare_booking",
    "ticket_fee": "bizcenter.simulation.tickets:prepare_ticket_order",
}


@dataclass
class Context:
    """What a prepare script may use: the centre (cast, guests, firsts), this counter's clerk and dice."""

    centre: Centre
    op: Operator
    rng: random.Random
    counter_code: str


def _resolve(service: str):
    target = PREPARE.get(service)
    if not target:
        return None
    return load(target)


def prepare(ctx: Context, request: LineRequest, at: datetime) -> Script:
    fn = _resolve(request.service)
    if fn is None:
        return [request]
    return (yield from fn(ctx, request, at))
