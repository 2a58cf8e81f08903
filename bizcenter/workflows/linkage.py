"""Business records that a bill line settles: the fax job, the call, the internet session, the booking.

`counter.settle` calls the hook of each line's service inside the sale's own transaction, so a
record is marked charged exactly when its sale posts, and a hook that refuses (a session already
charged, a fax job already paid) rolls the whole sale back. `reversal` calls the reversal hook of
the original's lines the same way. Hooks live with their workflow and are imported lazily, so this
module knows only their names.
"""
from __future__ import annotations

from typing import Callable

from ..lazyload import load

# service code → "module:function"; function(session, sale, line_no, request, at) -> None, where `sale` is
# a `posting.PostedSale` (id, counter_id, receipt_no, shift_id, clerk_id, business_date, posted_at)
SETTLE_HOOKS: dict[str, str] = {
    "fax_out": "bizcenter.workflows.fax_out:on_line_settled",
    "fax_in": "bizcenter.workflows.fax_in:on_line_settled",
    "phone": "bizcenter.workflows.calls:on_line_settled",
    "internet": "bizcenter.workflows.internet:on_line_settled",
    "courier": "bizcenter.workflows.courier:on_line_settled",
    "meeting_room": "bizcenter.workflows.bookings:on_line_settled",
    "equipment": "bizcenter.workflows.bookings:on_line_settled",
    "ticket_fee": "bizcenter.workflows.tickets:on_line_settled",
    "ticket_fare": "bizcenter.workflows.tickets:on_line_settled",
}
# service code → "module:function"; function(session, original_sale, reversal_sale, line, at) -> None
REVERSAL_HOOKS: dict[str, str] = {
    "fax_out": "bizcenter.workflows.fax_out:on_line_reversed",
    "fax_in": "bizcenter.workflows.fax_in:on_line_reversed",
    "phone": "bizcenter.workflows.calls:on_line_reversed",
    "internet": "bizcenter.workflows.internet:on_line_reversed",
    "courier": "bizcenter.workflows.courier:on_line_reversed",
    "meeting_room": "bizcenter.workflows.bookings:on_line_reversed",
    "equipment": "bizcenter.workflows.bookings:on_line_reversed",
    "ticket_fee": "bizcenter.workflows.tickets:on_line_reversed",
    "ticket_fare": "bizcenter.workflows.tickets:on_line_reversed",
}


def _resolve(table: dict[str, str], service: str) -> Callable | None:
    """The service's hook, or None for a service that keeps no business record."""
    target = table.get(service)
    return load(target) if target else None


def settled(session, sale, line_no: int, request, at) -> None:
    hook = _resolve(SETTLE_HOOKS, request.service)
    if hook is not None and request.record:
        hook(session, sale, line_no, request, at)


def reversed_(session, original, reversal, line, at) -> None:
    hook = _resolve(REVERSAL_HOOKS, line.service_code)
    if hook is not None:
        hook(session, original, reversal, line, at)
