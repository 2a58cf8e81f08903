"""The ledger's hash chain: what a person holding the database can do behind the application's back, and
what `verify` then says.

Each tampering test first opens the door the way the person would (SQLite: DROP TRIGGER; PostgreSQL: the
owner's ALTER TABLE … DISABLE TRIGGER), then makes an edit every other ledger rule accepts.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from bizcenter.chain import EMPTY, ChainHead, canonical, current_head, link_at, verify_chain
from bizcenter.chain.triggers import EXPECTED, trigger_state
from bizcenter.db import make_engine, unit_of_work
from bizcenter.db.migrate import downgrade, upgrade
from bizcenter.models import Base, LedgerLink, Sale, Staff
from bizcenter.models.backoffice import VarianceApproval
from bizcenter.models.guards import APPEND_ONLY
from bizcenter.verify import verify
from bizcenter.workflows import staffadmin
from scenario import SUP, build_world, card, cash, copies, room, sell, snapshot, total_of


def _exec(engine: Engine, *sql: str) -> None:
    with engine.begin() as conn:
        for s in sql:
            conn.execute(text(s))


def _open_door(engine: Engine, *tables: str) -> list[str]:
    """Drop (SQLite) or disable (PostgreSQL) the append-only triggers of `tables`; the names affected."""
    names = []
    for t in tables:
        if engine.dialect.name == "sqlite":
            names += [f"{t}_no_update", f"{t}_no_delete"]
            _exec(engine, f"DROP TRIGGER {t}_no_update", f"DROP TRIGGER {t}_no_delete")
        else:
            names.append(f"{t}_append_only")
            _exec(engine, f"ALTER TABLE {t} DISABLE TRIGGER {t}_append_only")
    return names


def _breaches(engine: Engine) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for b in unit_of_work(engine, verify):
        out.setdefault(b.check, []).append(b.message)
    return out


def test_every_settle_void_count_and_close_is_chained_and_verifies_clean(engine):
    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    total = total_of(w, [copies(5)])
    sell(w, w.clerk2, [copies(5)], [card(total - 1000), room(1000, "1501", "John Smith")])
    with engine.connect() as conn:
        assert verify_chain(conn) == []
        head = current_head(conn)
        counted = {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                   for t in canonical.FORMS[canonical.CURRENT]}
        links = dict(conn.execute(select(LedgerLink.record_table, func.count()).group_by(LedgerLink.record_table)).all())
        newest = link_at(conn, head.seq)
    assert {t: n for t, n in counted.items() if n} == links  # one link per record (staff: one each, unchanged)
    assert head.seq == sum(links.values()) and newest == head
    assert _breaches(engine) == {}


def test_a_refused_action_leaves_no_link(engine):
    w = build_world(engine)
    with engine.connect() as conn:
        before = current_head(conn)
    with pytest.raises(Exception):
        sell(w, w.clerk, [copies(3)], [cash(1)])  # unbalanced: refused, rolled back
    with engine.connect() as conn:
        assert current_head(conn) == before
        assert verify_chain(conn) == []


def test_a_consistent_rewrite_of_a_cash_sale_names_that_sale(engine):
    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    receipt = sell(w, w.clerk, [copies(20)])
    sell(w, w.clerk, [copies(1)])
    dropped = _open_door(engine, "sale", "sale_line", "payment")
    sid, new = receipt.sale_id, 933
    # the clerk pockets the difference: total, lines and cash payment all say ¥9.33, so every sum adds up
    _exec(engine,
          f"UPDATE sale SET subtotal_minor = {new}, service_charge_minor = 0, tax_minor = 0, "
          f"cash_rounding_minor = 0, total_minor = {new} WHERE id = {sid}",
          f"UPDATE sale_line SET amount_minor = {new}, list_amount_minor = {new}, unit_price_minor = {new}, "
          f"quantity = 1 WHERE sale_id = {sid}",
          f"UPDATE payment SET amount_minor = {new}, tendered_minor = {new}, change_minor = 0 WHERE sale_id = {sid}")
    found = _breaches(engine)
    assert set(found) == {"ledger_chain_intact", "append_only_triggers_present"}  # every sum still adds up
    first = found["ledger_chain_intact"][0]
    assert first.startswith(f"sale {sid} (BC1-{receipt.receipt_no:06d}) was changed after it was recorded")
    assert any(m.startswith("sale line") for m in found["ledger_chain_intact"])
    assert any(m.startswith("payment") for m in found["ledger_chain_intact"])
    assert all(any(n in m for m in found["append_only_triggers_present"]) for n in dropped)


def test_deleting_the_newest_sale_with_its_links_shows_only_as_a_missing_guard(engine):
    """The chain itself stays consistent when its tail is cut too: only a head printed or backed up before
    the cut shows the loss (compared by `verify --against`); here the open door is named."""
    w = build_world(engine)
    sell(w, w.clerk, [copies(3)])
    with engine.connect() as conn:
        printed = current_head(conn)  # the head a Z slip or backup would hold after the sale
    receipt = sell(w, w.clerk, [copies(4)], [room(total_of(w, [copies(4)]), "1501", "John Smith")])
    dropped = _open_door(engine, "sale", "sale_line", "payment", "posting", "ledger_chain")
    sid = receipt.sale_id
    _exec(engine,
          f"DELETE FROM posting WHERE sale_id = {sid}", f"DELETE FROM payment WHERE sale_id = {sid}",
          f"DELETE FROM sale_line WHERE sale_id = {sid}", f"DELETE FROM audit_log WHERE entity = 'sale' "
          f"AND entity_id = {sid}", f"DELETE FROM sale WHERE id = {sid}",
          f"UPDATE number_sequence SET last_value = last_value - 1 WHERE name = 'receipt:{w.c1}'",
          "UPDATE number_sequence SET last_value = last_value - 1 WHERE name = 'voucher'",
          f"DELETE FROM ledger_chain WHERE seq > {printed.seq}",
          f"UPDATE ledger_chain_head SET seq = {printed.seq}, link_hash = '{printed.digest}'")
    found = _breaches(engine)
    assert "ledger_chain_intact" not in found, found  # a consistent cut: the chain alone cannot tell
    assert all(any(n in m for m in found["append_only_triggers_present"]) for n in dropped)
    with engine.connect() as conn:
        assert current_head(conn) == printed and link_at(conn, printed.seq + 1) is None


def test_a_deleted_sale_whose_links_stay_is_named(engine):
    w = build_world(engine)
    receipt = sell(w, w.clerk, [copies(2)])
    sell(w, w.clerk, [copies(2)])
    _open_door(engine, "sale", "sale_line", "payment")
    sid = receipt.sale_id
    _exec(engine, f"DELETE FROM payment WHERE sale_id = {sid}", f"DELETE FROM sale_line WHERE sale_id = {sid}",
          f"DELETE FROM sale WHERE id = {sid}")
    assert unit_of_work(engine, verify_chain)[0].startswith(f"sale {sid} was deleted")


def test_rows_written_with_plain_sql_are_named_until_chained(engine):
    from bizcenter.chain.backfill import chain_unchained

    w = build_world(engine)
    _exec(engine, "INSERT INTO audit_log (at, staff_id, action, entity, detail) "
                  f"VALUES ('2026-03-10 01:00:00.000000', {w.sup_id}, 'script', NULL, '{{}}')")
    (problem,) = unit_of_work(engine, verify_chain)
    assert problem.startswith("audit entry ") and problem.endswith("is not in the chain")
    assert unit_of_work(engine, chain_unchained) == 1
    assert unit_of_work(engine, verify_chain) == [] and unit_of_work(engine, chain_unchained) == 0


def test_a_missing_link_is_named(engine):
    w = build_world(engine)
    sell(w, w.clerk, [copies(2)])
    _open_door(engine, "ledger_chain")
    with engine.connect() as conn:
        seq = conn.execute(text("SELECT MIN(seq) FROM ledger_chain WHERE record_table = 'sale'")).scalar_one()
    _exec(engine, f"DELETE FROM ledger_chain WHERE seq = {seq}")
    problems = unit_of_work(engine, verify_chain)
    assert problems[0] == f"link {seq} is missing"
    assert any(p.startswith("sale ") and p.endswith("is not in the chain") for p in problems)


def test_editing_a_pin_or_role_in_the_database_names_the_staff_member(engine):
    w = build_world(engine)
    assert _breaches(engine) == {}
    _exec(engine, "UPDATE staff SET role = 'admin' WHERE code = 'C01'",
          "UPDATE staff SET pin_hash = 'x' || pin_hash WHERE code = 'C02'")
    problems = _breaches(engine)["ledger_chain_intact"]
    assert any(p.startswith("staff member C01 ") and "changed outside the application" in p for p in problems)
    assert any(p.startswith("staff member C02 ") for p in problems)


def test_staff_changes_through_the_application_are_chained(engine):
    w = build_world(engine)
    with engine.connect() as conn:
        before = current_head(conn).seq
    clerk = w.run(lambda s: s.scalar(select(Staff).where(Staff.code == "C01")))
    unit_of_work(engine, lambda s: staffadmin.set_active(s, w.sup_id, clerk.id, False))
    with engine.connect() as conn:
        staff_links = conn.execute(text("SELECT COUNT(*) FROM ledger_chain WHERE record_table = 'staff' "
                                        f"AND record_key = '{clerk.id}' AND seq > {before}")).scalar_one()
    assert staff_links == 1
    assert _breaches(engine) == {}
    # a failed sign-in counts against the staff row without being a change of who may do what
    _exec(engine, f"UPDATE staff SET failed_attempts = 3 WHERE id = {clerk.id}")
    assert _breaches(engine) == {}


def test_a_dropped_or_disabled_trigger_is_named(engine):
    build_world(engine)
    assert unit_of_work(engine, verify) == []
    if engine.dialect.name == "sqlite":
        _exec(engine, "DROP TRIGGER shift_closed_frozen")
        expected = "the append-only trigger shift_closed_frozen is missing (dropped)"
    else:
        _exec(engine, "ALTER TABLE shift DISABLE TRIGGER shift_closed_frozen")
        expected = "the append-only trigger shift_closed_frozen is disabled"
    assert _breaches(engine) == {"append_only_triggers_present": [expected]}


def test_verify_knows_every_trigger_the_migrations_create(engine):
    with engine.connect() as conn:
        assert set(trigger_state(conn)) == EXPECTED[engine.dialect.name]


def test_upgrading_a_0013_database_with_trading_in_it_chains_every_row(db_url):
    engine = make_engine(db_url)
    try:
        w = build_world(engine)
        sell(w, w.clerk, [copies(3)])
        sell(w, w.clerk2, [copies(2)], [room(total_of(w, [copies(2)]), "1501", "John Smith")])
        rows_before = snapshot(engine)
        downgrade(engine, "0013")
        with engine.connect() as conn:
            at_0013 = {r[0] for r in conn.execute(text(
                "SELECT table_name FROM information_schema.tables" if engine.dialect.name != "sqlite"
                else "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert "ledger_chain" not in at_0013
        upgrade(engine)
        kept = lambda shot: {t: n for t, n in shot.items() if t in at_0013 or t == "<sequences>"}  # noqa: E731
        assert kept(snapshot(engine)) == kept(rows_before)  # a later table's rows (punctuality) go with it
        assert unit_of_work(engine, verify) == []
        sell(w, w.clerk, [copies(1)])  # and the chain carries on from the migrated rows
        assert unit_of_work(engine, verify) == []
    finally:
        engine.dispose()


# --- the canonical form ---------------------------------------------------------------------------------
def test_every_ledger_table_and_staff_is_chained_with_all_its_columns():
    chained = {t: cols for t, (_pk, cols) in canonical.FORMS[canonical.CURRENT].items()}
    assert set(chained) == {c.__tablename__ for c in APPEND_ONLY} | {"staff", "variance_approval"}
    for name, cols in chained.items():
        if name != "staff":  # a table that gains a column needs a new form, or its new column goes unguarded
            assert set(cols) == set(Base.metadata.tables[name].columns.keys()), name
    assert set(chained["staff"]) == {"id", "code", "name", "role", "pin_hash", "active"}
    assert VarianceApproval.__tablename__ in chained


def test_form_v1_is_frozen():
    """Links already written were hashed in v1: the same record must give the same hash forever."""
    record = {"id": 41, "counter_id": 1, "receipt_no": 13, "shift_id": 2, "clerk_id": 3,
              "business_date": date(2026, 3, 10), "posted_at": datetime(2026, 3, 10, 1, 2, 3, 4, tzinfo=timezone.utc),
              "kind": "sale", "reverses_id": None, "reason": None, "approved_by": None, "currency": "CNY",
              "price_list_version_id": 1, "service_charge_pct": "10", "tax_pct": "6", "subtotal_minor": 2300,
              "service_charge_minor": 230, "tax_minor": 152, "total_minor": 2682, "cash_rounding_minor": 0,
              "draft_key": "k"}
    digest = canonical.content_hash("v1", "sale", record)
    assert digest == "e3d3da9c5f58c2dd8505dd1cf38f2168fb94f476181384e02e3419c911e5d59f"
    assert canonical.link_hash("0" * 64, "sale", "41", digest) == hashlib.sha256(
        f"{'0' * 64}\nsale\n41\n{digest}".encode()).hexdigest()
    # the same instant given in another zone, or read back from SQLite as naive UTC, hashes the same
    shifted = dict(record, posted_at=datetime(2026, 3, 10, 1, 2, 3, 4))
    assert canonical.content_hash("v1", "sale", shifted) == digest


def test_the_canonical_content_is_sorted_compact_json_of_every_kind():
    record = {"id": 7, "sale_id": 3, "line_no": 1, "service_code": "copy", "name_zh": "复印 \"A4\"\\",
              "name_en": "Copy\u2028", "unit": "页", "quantity": 2, "unit_price_minor": 100, "list_amount_minor": 200,
              "discount_minor": 0, "amount_minor": 200, "override": 1, "approved_by": None, "approval_reason": None,
              "price_item_id": 4, "detail": {"z": [1, (2, 3)], "名": "张三", 5: None, "f": 1.5}}
    body = json.dumps({k: canonical._value(kind, record.get(k)) for k, kind in canonical.V1["sale_line"][1].items()},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert canonical.content("v1", "sale_line", record) == f"v1\nsale_line\n{body}".encode()
    assert '"override":true' in body and '"detail":{"5":null,"f":1.5,"z":[1,[2,3]],"名":"张三"}' in body


def test_an_empty_chain_has_the_empty_head(engine):
    with engine.connect() as conn:
        assert current_head(conn) == EMPTY and link_at(conn, 0) == EMPTY and link_at(conn, 1) is None
        assert isinstance(current_head(conn), ChainHead)
