"""Chaining without call sites: every ledger row written in a transaction gets its link at commit.

Rows are noted as they are written — by the ORM (`after_flush`: new ledger objects, new staff and a
change of a staff member's code, name, role, PIN or active state) and by the settle path's prepared
inserts (`ChainedInsert`; a plain `Prepared.insert` into a chained table is refused) — and the links are
appended just before the transaction commits, in one batch: on PostgreSQL the one-row head is read
`FOR UPDATE` (so several counters append one after another and the chain stays linear), the links
inserted, the head moved, the lock held only from there to the COMMIT; on SQLite `BEGIN IMMEDIATE`
already serialises writers, so the newest link is simply read (no head row: one write fewer per sale). A rollback or a new transaction forgets the notes.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Table, bindparam, event, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, attributes

from ..db.prepared import Prepared, Target, refuse_skipped_defaults
from ..db.unit import transaction_of
from ..models import Base, utcnow
from ..models.chain import LedgerChainHead, LedgerLink
from ..models.staff import Staff
from . import canonical
from .head import GENESIS

_NOTES = "bizcenter.chain.notes"
FORM = canonical.CURRENT
_TABLES = canonical.FORMS[FORM]
_STAFF_FIELDS = tuple(name for name in _TABLES["staff"][1] if name != "id")


def chained(table_name: str) -> bool:
    return table_name in _TABLES


def _classes() -> dict[type, str]:
    return {m.class_: m.local_table.name for m in Base.registry.mappers if chained(m.local_table.name)}


_CLASSES = _classes()
for _table in _CLASSES.values():
    Base.metadata.tables[_table].info["chained"] = True  # so the fast path refuses a plain insert into it


# --- noting rows -----------------------------------------------------------------------------------
def note(target: Session | Connection, table: str, values: Mapping[str, Any]) -> None:
    """One record written in the current transaction: its link is appended at commit."""
    info = target.connection().info if isinstance(target, Session) else target.info
    info.setdefault(_NOTES, []).append(
        (table, canonical.key_of(FORM, table, values), canonical.content_hash(FORM, table, values)))


def _values(obj, table: str) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in _TABLES[table][1]}


@event.listens_for(Session, "after_flush")
def _note_flushed(session: Session, _ctx) -> None:
    for obj in session.new:
        table = _CLASSES.get(type(obj))
        if table is not None:
            note(session, table, _values(obj, table))
    for obj in session.dirty:
        if isinstance(obj, Staff) and _staff_changed(obj):
            note(session, "staff", _values(obj, "staff"))


def _staff_changed(obj: Staff) -> bool:
    state = attributes.instance_state(obj)
    return any(state.attrs[name].history.has_changes() for name in _STAFF_FIELDS)


class ChainedInsert(Prepared):
    """A prepared INSERT into a chained table: it also returns the primary key, and notes each row."""

    def __init__(self, table: Table, columns: Sequence[str], returning: Sequence[str] = ()):
        pk, kinds = _TABLES[table.name]
        refuse_skipped_defaults(table, columns)
        missing = [c.name for c in table.columns
                   if c.name in kinds and c.name not in columns and c.name not in pk and c.server_default is not None]
        if missing:
            raise ValueError(f"{table.name}: pass {', '.join(missing)} explicitly (the chain hashes them)")
        self.table, self.columns, self.wanted = table.name, tuple(columns), len(returning)
        self.returned = tuple(returning) + tuple(c for c in pk if c not in returning)
        statement = insert(table).values({n: bindparam(n, type_=table.c[n].type) for n in columns})
        super().__init__(statement.returning(*(table.c[n] for n in self.returned), sort_by_parameter_order=True))

    def rows(self, target: Target, params: dict | None = None) -> list[tuple]:
        found = super().rows(target, params)
        connection = transaction_of(target)[0]
        for row in found:
            self._note(connection, params or {}, row)
        return [r[:self.wanted] for r in found]

    def many(self, target: Target, rows: Iterable[dict]) -> None:
        rows = list(rows)
        if not rows:
            return
        connection, driver = transaction_of(target)
        if driver is not None:  # SQLite: one execution per row, each returning its key (microseconds each)
            for row in rows:
                self.rows(connection, row)
            return
        for params, returned in zip(rows, connection.execute(self.statement, rows).all()):
            self._note(connection, params, tuple(returned))

    def _note(self, connection: Connection, params: Mapping[str, Any], returned: tuple) -> None:
        values = dict(params)
        values.update(zip(self.returned, returned))
        note(connection, self.table, values)


# --- appending the links at commit -----------------------------------------------------------------
_head = LedgerChainHead.__table__
_link = LedgerLink.__table__
_READ_HEAD = Prepared(select(_head.c.seq, _head.c.link_hash).where(_head.c.id == 1).with_for_update())
_LAST_LINK = Prepared(select(_link.c.seq, _link.c.link_hash).order_by(_link.c.seq.desc()).limit(1))
_NEW_HEAD = Prepared.insert(_head, ("id", "seq", "link_hash"))
_MOVE_HEAD = Prepared(update(_head).where(_head.c.id == 1)
                      .values(seq=bindparam("seq"), link_hash=bindparam("link_hash")))
_INSERT_LINKS = Prepared.insert(_link, ("seq", "record_table", "record_key", "form", "content_hash", "prev_hash",
                                        "link_hash", "at"))


def append_noted(connection: Connection) -> None:
    """Append the links of every record noted in this transaction (called just before it commits)."""
    notes = connection.info.pop(_NOTES, None)
    if not notes:
        return
    sqlite = connection.dialect.name == "sqlite"
    head = None if sqlite else _READ_HEAD.first(connection)
    if head is None:  # SQLite (BEGIN IMMEDIATE holds the only write lock), or a head row not made yet
        head = _LAST_LINK.first(connection) or (0, GENESIS)
        if not sqlite:
            _NEW_HEAD.many(connection, [{"id": 1, "seq": head[0], "link_hash": head[1]}])
    at = utcnow()
    links = [{"seq": seq, "record_table": table, "record_key": key, "form": FORM, "content_hash": digest,
              "prev_hash": prev, "link_hash": link, "at": at}
             for seq, table, key, digest, prev, link in canonical.links_after(*head, notes)]
    _INSERT_LINKS.many(connection, links)
    if not sqlite:
        _MOVE_HEAD.many(connection, [{"seq": links[-1]["seq"], "link_hash": links[-1]["link_hash"]}])


def _forget(connection: Connection, *_args) -> None:
    if connection.invalidated:  # the server ended it (a shutdown): its info goes with it, and reading
        return  # `info` now would raise instead of letting the rollback finish
    connection.info.pop(_NOTES, None)


event.listen(Engine, "commit", append_noted)
event.listen(Engine, "begin", _forget)
event.listen(Engine, "rollback", _forget)
