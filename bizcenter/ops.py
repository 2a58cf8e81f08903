"""One typed entry point for a screen to run a workflow operation, and what the operation changed.

Modelled on Anki's `aqt.operations` (CollectionOp / OpChanges): a screen does not need a Desk method
per workflow function that only opens a transaction around it. `desk.op(fn, *args)` runs
`fn(session, *args)` as one unit of work and returns its result, typed from `fn`'s own signature;
`desk.op_done(fn, *args)` returns it with the `Changes` the operation made (the tables it wrote), so a
screen reloads what changed instead of guessing. The Desk keeps real methods only for actions that
compose several steps into one unit of work, or check a PIN before the transaction opens.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from .db import written
from .db.unit import connection_of

P = ParamSpec("P")
T = TypeVar("T")

#: what a screen may ask about, as the tables that hold it
AREAS: dict[str, frozenset[str]] = {
    "sales": frozenset({"sale", "sale_line", "payment", "posting"}),
    "shift": frozenset({"shift", "cash_count", "variance_approval"}),
    "prices": frozenset({"price_list_version", "price_item"}),
    "guests": frozenset({"stay", "stay_guest"}),
    "staff": frozenset({"staff", "roster_shift"}),
    "bookings": frozenset({"rental_booking", "rental_deposit"}),
    "settings": frozenset({"setting"}),
}


@dataclass(frozen=True)
class Changes:
    """The tables one operation wrote (empty for a read)."""

    tables: frozenset[str] = frozenset()

    def touched(self, *areas_or_tables: str) -> bool:
        """Whether the operation wrote any of these areas (see AREAS) or tables."""
        wanted = set()
        for name in areas_or_tables:
            wanted |= AREAS.get(name, {name})
        return not self.tables.isdisjoint(wanted)

    def __bool__(self) -> bool:
        return bool(self.tables)


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: Changes


class Operations:
    """Mixed into the Desk (and declared by every Desk part): the unit of work and the entry point."""

    def run(self, action: Callable[[Session], T]) -> T:
        """One unit of work around `action(session)`; the Desk provides it."""
        raise NotImplementedError

    def op(self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(session, *args, **kwargs)` as one unit of work; its result."""
        return self.run(lambda s: fn(s, *args, **kwargs))

    def op_done(self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs) -> Done[T]:
        """As `op`, with the tables the operation wrote."""
        def action(s: Session) -> Done[T]:
            connection = connection_of(s)
            written.take(connection)  # a retried attempt starts clean
            value = fn(s, *args, **kwargs)
            s.flush()
            return Done(value, Changes(written.take(connection)))

        return self.run(action)
