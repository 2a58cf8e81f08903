"""Upgrades: a database made by the first migration, with a day of trading in it, opened by this version.

The rows are written at revision 0001 with plain SQL against the tables as 0001 made them (reflected,
so nothing from today's models leaks in): two counters, a clerk and a supervisor, a guest in house, a
closed shift with a cash sale, a room charge and a void, a closed business day and an open shift.
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from sqlalchemy import MetaData, text

from bizcenter.backup import backups_dir, check_backup
from bizcenter.cli import main as cli
from bizcenter.db import make_engine
from bizcenter.db.migrate import current_revision, head_revision, upgrade
from bizcenter.desk import Desk
from bizcenter.errors import DomainError
from bizcenter.workflows.staff import Operator
from scenario import Clock, World, copies, ledger_breaches, sell

SH = ZoneInfo("Asia/Shanghai")
DAY1, DAY2 = date(2026, 3, 9), date(2026, 3, 10)
CLERK_PIN, SUP_PIN = "1357", "9753"


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=SH)


def _fill_at_0001(engine) -> None:
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    meta = MetaData()
    with engine.begin() as conn:
        meta.reflect(conn)
        t = meta.tables

        def put(table, *rows):
            conn.execute(t[table].insert(), list(rows))

        put("counter", {"id": 1, "code": "BC1", "name_zh": "商务中心 1 号柜台", "name_en": "Business Centre 1"},
            {"id": 2, "code": "BC2", "name_zh": "商务中心 2 号柜台", "name_en": "Business Centre 2"})
        common = {"language": "zh", "active": True, "failed_attempts": 0, "locked_until": None,
                  "created_at": at(DAY1, 7)}
        put("staff", {"id": 1, "code": "C01", "name": "李娜", "role": "clerk", "pin_hash": hasher.hash(CLERK_PIN), **common},
            {"id": 2, "code": "S01", "name": "王强", "role": "supervisor", "pin_hash": hasher.hash(SUP_PIN), **common})
        put("setting", {"key": "hotel_name_en", "value": {"v": "Harbour View Hotel"}},
            {"key": "hotel_name_zh", "value": {"v": "海景酒店"}})
        put("price_list_version", {"id": 1, "effective_from": at(date(2026, 1, 1), 0), "created_at": at(DAY1, 7),
                                   "created_by": None, "currency": "CNY", "note": "default rates"})
        put("price_item", {"id": 1, "version_id": 1, "code": "copy", "name_zh": "复印", "name_en": "Copy",
                           "unit": "page", "rule": {"default": "A4", "options": {"A4": {
                               "zh": "A4", "en": "A4", "bw_minor": 200, "bw_duplex_minor": 300,
                               "colour_minor": 1000, "colour_duplex_minor": 1800}}}})
        put("stay", {"id": 1, "room": "1208", "arrival": date(2026, 3, 8), "departure": date(2026, 3, 12),
                     "status": "in_house", "vip": False, "no_post": False, "credit_limit_minor": 500_000,
                     "external_ref": "F1001", "updated_at": None})
        put("stay_guest", {"id": 1, "stay_id": 1, "name": "Müller, Hans", "name_key": "hans muller"})
        shift = {"counter_id": 1, "clerk_id": 1, "float_minor": 50_000, "acknowledged_shift_id": None,
                 "variance_approved_by": None, "variance_reason": None}
        put("shift", {"id": 1, **shift, "business_date": DAY1, "status": "open", "opened_at": at(DAY1, 8),
                      "counted_at": None, "counted_minor": None, "expected_minor": None, "variance_minor": None,
                      "handover_note": None, "closed_at": None})
        sale = {"counter_id": 1, "shift_id": 1, "clerk_id": 1, "business_date": DAY1, "currency": "CNY",
                "price_list_version_id": 1, "service_charge_pct": "10", "tax_pct": "6", "draft_key": None}
        line = {"line_no": 1, "service_code": "copy", "name_zh": "复印", "name_en": "Copy", "unit": "page",
                "unit_price_minor": 200, "discount_minor": 0, "override": False, "approved_by": None,
                "approval_reason": None, "price_item_id": 1, "detail": {}}
        pay = {"tendered_minor": None, "change_minor": None, "card_last4": None, "card_approval": None,
               "stay_id": None, "room": None, "guest_name": None, "voucher_no": None}
        # 1: ten copies paid cash; 2: five copies to room 1208; 3: the void of 1
        put("sale", {"id": 1, **sale, "receipt_no": 1, "posted_at": at(DAY1, 9), "kind": "sale", "reverses_id": None,
                     "reason": None, "approved_by": None, "subtotal_minor": 2000, "service_charge_minor": 200,
                     "tax_minor": 132, "total_minor": 2332},
            {"id": 2, **sale, "receipt_no": 2, "posted_at": at(DAY1, 10), "kind": "sale", "reverses_id": None,
             "reason": None, "approved_by": None, "subtotal_minor": 1000, "service_charge_minor": 100,
             "tax_minor": 66, "total_minor": 1166},
            {"id": 3, **sale, "receipt_no": 3, "posted_at": at(DAY1, 11), "kind": "void", "reverses_id": 1,
             "reason": "wrong paper size", "approved_by": 2, "subtotal_minor": -2000, "service_charge_minor": -200,
             "tax_minor": -132, "total_minor": -2332})
        put("sale_line", {"id": 1, "sale_id": 1, **line, "quantity": 10, "list_amount_minor": 2000, "amount_minor": 2000},
            {"id": 2, "sale_id": 2, **line, "quantity": 5, "list_amount_minor": 1000, "amount_minor": 1000},
            {"id": 3, "sale_id": 3, **line, "quantity": -10, "list_amount_minor": -2000, "amount_minor": -2000})
        put("payment", {"id": 1, "sale_id": 1, "seq": 1, "method": "cash", "amount_minor": 2332,
                        **{**pay, "tendered_minor": 2500, "change_minor": 168}},
            {"id": 2, "sale_id": 2, "seq": 1, "method": "room", "amount_minor": 1166,
             **{**pay, "stay_id": 1, "room": "1208", "guest_name": "Müller, Hans", "voucher_no": "V0000001"}},
            {"id": 3, "sale_id": 3, "seq": 1, "method": "cash", "amount_minor": -2332, **pay})
        put("posting", {"id": 1, "stay_id": 1, "payment_id": 2, "sale_id": 2, "room": "1208",
                        "guest_name": "Müller, Hans", "voucher_no": "V0000001", "amount_minor": 1166,
                        "business_date": DAY1, "posted_at": at(DAY1, 10)})
        put("number_sequence", {"name": "receipt:1", "last_value": 3}, {"name": "voucher", "last_value": 1})
        put("cash_count", {"id": 1, "shift_id": 1, "attempt": 1, "denomination_minor": 10000, "quantity": 5})
        conn.execute(t["shift"].update().where(t["shift"].c.id == 1).values(
            status="closed", counted_at=at(DAY1, 16), counted_minor=50_000, expected_minor=50_000, variance_minor=0,
            handover_note="all quiet", closed_at=at(DAY1, 16, 5)))
        put("business_day", {"business_date": DAY1, "closed_at": at(DAY1, 23), "closed_by": 2,
                             "summary": {"sales": 2, "voids": 1, "refunds": 0, "total_minor": 1166}})
        put("shift", {"id": 2, **shift, "business_date": DAY2, "status": "open", "opened_at": at(DAY2, 8),
                      "counted_at": None, "counted_minor": None, "expected_minor": None, "variance_minor": None,
                      "handover_note": None, "closed_at": None})
        put("audit_log", {"id": 1, "at": at(DAY1, 11), "staff_id": 2, "counter_id": 1, "action": "sale_voided",
                          "entity": "sale", "entity_id": 1, "detail": {"reason": "wrong paper size"}})
        if conn.dialect.name == "postgresql":  # ids were given: move each serial on past them, as use would have
            for name, table in t.items():
                if "id" in table.c and table.c.id.primary_key:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                      f"COALESCE((SELECT MAX(id) FROM {name}), 1))"))


@pytest.fixture
def old_db(empty_db_url):
    engine = make_engine(empty_db_url)
    upgrade(engine, "0001")
    _fill_at_0001(engine)
    assert current_revision(engine) == "0001"
    yield engine
    engine.dispose()


def _count(engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


def test_the_filled_0001_database_verifies_before_the_upgrade(old_db):
    """The data is a sound day of trading as 0001 knew it (verify's old checks), so the test means something."""
    from bizcenter.verify import (closed_days_untouched, postings_match_room_charges, receipts_gapless,
                                  reversals_sound, sales_balanced, shifts_consistent)
    from bizcenter.db import unit_of_work

    for check in (sales_balanced, postings_match_room_charges, receipts_gapless, reversals_sound,
                  shifts_consistent, closed_days_untouched):
        assert unit_of_work(old_db, check) == [], check.__name__


def test_starting_this_version_on_a_0001_database_backs_it_up_then_migrates_and_verify_passes(backend, old_db):
    before = {t: _count(old_db, t) for t in ("sale", "sale_line", "payment", "posting", "staff", "audit_log")}
    desk = Desk(old_db)
    assert desk.ensure_schema() == head_revision()
    assert current_revision(old_db) == head_revision()
    assert ledger_breaches(old_db) == []
    assert {t: _count(old_db, t) for t in before} == before  # every row is still there

    if backend == "sqlite":
        folder = Path(old_db.url.database).parent / "backups"
        (copy,) = folder.glob("before-upgrade-0001-to-*.sqlite3")
        con = sqlite3.connect(copy)  # the backup opens, is at 0001 and holds the day's trading
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT COUNT(*) FROM sale").fetchone() == (3,)
        con.close()
        assert check_backup(copy).sales == 3  # and it can be restored (checked, upgraded, verified)
    else:
        (copy,) = backups_dir().glob("before-upgrade-0001-to-*.pgdump")
        assert copy.read_bytes()[:5] == b"PGDMP"

    # the hotel goes on: the old staff sign in, no first-start wizard, receipt numbers carry on
    assert desk.sign_in("C01", CLERK_PIN, "BC1").name == "李娜"
    assert not desk.needs_first_start()
    w = World(old_db, Clock(at(DAY2, 9)), 1, 2, Operator(1, 1), Operator(1, 2), 2, 2, {"1208": 1}, {})
    receipt = sell(w, w.clerk, [copies(3)])
    assert receipt.receipt_no == 4
    assert ledger_breaches(old_db) == []
    assert desk.ensure_schema() == head_revision()  # a second start: nothing to do, no new backup
    if backend == "sqlite":
        assert len(list(folder.glob("before-upgrade-*"))) == 1


def test_init_backs_up_an_older_database_before_upgrading_it(backend, old_db, empty_db_url, capsys):
    if backend != "sqlite":
        pytest.skip("one backend is enough for the command's wording")
    assert cli(["--db", empty_db_url, "--lang", "en", "init"]) == 0
    out = capsys.readouterr().out
    assert "Backed up before the upgrade" in out and f"0001 → {head_revision()}" in out
    assert len(list((Path(old_db.url.database).parent / "backups").glob("before-upgrade-0001-*"))) == 1


def test_a_database_from_a_newer_version_is_refused_and_left_alone(backend, old_db):
    with old_db.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(DomainError) as exc:
        Desk(old_db).ensure_schema()
    assert exc.value.code == "newer_database"
    assert current_revision(old_db) == "0999" and _count(old_db, "sale") == 3
