"""`bizcenter demo`: staff who can sign in with the documented PINs, three counters, the price list and
guests in house today — added once; running it again changes nothing and says so."""
from __future__ import annotations

import shutil
from datetime import date

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from bizcenter.cli import main
from bizcenter.db import make_engine, unit_of_work
from bizcenter.demo import DEMO_COUNTERS, DEMO_STAFF, install_demo
from bizcenter.models import Base, Stay
from bizcenter.workflows.catalogue import current_pricelist
from bizcenter.workflows.staff import Credentials, sign_in

TODAY = date(2026, 3, 5)


@pytest.fixture
def cheap_pins(monkeypatch):
    """Real Argon2id with tiny parameters: a PIN check costs microseconds instead of 0.2 s."""
    monkeypatch.setattr("bizcenter.workflows.pins._hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def _row_counts(engine) -> dict[str, int]:
    with Session(engine) as s:
        return {t: s.scalar(text(f'SELECT COUNT(*) FROM "{t}"')) for t in Base.metadata.tables}


def test_demo_twice_adds_everything_once_then_nothing(engine, cheap_pins):
    first = install_demo(engine, TODAY)
    assert first.changed and set(first.staff) == {s.code for s in DEMO_STAFF}
    assert first.guests > 0
    before = _row_counts(engine)
    second = install_demo(engine, TODAY)
    assert not second.changed
    assert _row_counts(engine) == before


def test_every_demo_staff_member_signs_in_with_the_documented_pin(engine, cheap_pins):
    install_demo(engine, TODAY)
    for s in DEMO_STAFF:
        info = unit_of_work(engine, lambda session: sign_in(session, Credentials(s.code, s.pin), "BC1"))
        assert (info.code, info.role) == (s.code, s.role)


def test_demo_has_three_counters_the_price_list_and_guests_in_house_today(engine, cheap_pins):
    install_demo(engine, TODAY)
    with Session(engine) as s:
        codes = set(s.scalars(text("SELECT code FROM counter")))
        stays = list(s.scalars(select(Stay).where(Stay.status == "in_house")))
        assert current_pricelist(s).items
        assert stays and all(st.arrival <= TODAY < st.departure and st.guests for st in stays)
    assert {c for c, _, _ in DEMO_COUNTERS} <= codes


def test_demo_guests_are_in_house_on_the_hotel_today_and_not_months_after(engine, cheap_pins):
    """The counter's own look-up (status and dates against the hotel's business date) finds the demo's
    in-house guests on the day it was installed; the same stays are not in house in December."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from bizcenter.workflows.guests import in_house_by_room
    from bizcenter.workflows.stays import search_stays

    install_demo(engine, TODAY)
    morning = datetime.combine(TODAY, datetime.min.time().replace(hour=9), tzinfo=ZoneInfo("Asia/Shanghai"))
    in_house = unit_of_work(engine, lambda s: list(s.scalars(select(Stay).where(Stay.status == "in_house"))))
    listed = unit_of_work(engine, lambda s: search_stays(s, at=morning))
    assert {v.id for v in listed} == {st.id for st in in_house}
    assert unit_of_work(engine, lambda s: in_house_by_room(s, in_house[0].room, morning))
    december = morning + timedelta(days=270)
    assert unit_of_work(engine, lambda s: search_stays(s, at=december)) == []


def test_the_same_day_gives_the_same_guest_dates(sqlite_url, tmp_path, cheap_pins):
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    shutil.copyfile(sqlite_url.removeprefix("sqlite:///"), other.removeprefix("sqlite:///"))
    seen = []
    for url in (sqlite_url, other):
        engine = make_engine(url)
        install_demo(engine, TODAY)
        with Session(engine) as s:
            seen.append(s.execute(select(Stay.room, Stay.arrival, Stay.departure, Stay.credit_limit_minor)
                                  .order_by(Stay.room, Stay.arrival)).all())
        engine.dispose()
    assert seen[0] == seen[1] and seen[0]


def test_demo_command_twice_says_the_second_time_that_nothing_changed(db_url, cheap_pins, capsys):
    assert main(["--db", db_url, "demo"]) == 0
    first = capsys.readouterr().out
    assert "C01" in first and "1111" in first
    assert main(["--db", db_url, "--lang", "en", "demo"]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_demo_command_on_an_empty_database_creates_the_schema_first(empty_db_url, cheap_pins):
    assert main(["--db", empty_db_url, "demo"]) == 0
    engine = make_engine(empty_db_url)
    try:
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Stay)) > 0
    finally:
        engine.dispose()


def test_the_guest_csv_is_moved_so_that_the_last_arrival_is_today_and_everyone_is_in_house(tmp_path, monkeypatch):
    from bizcenter import demo

    source = tmp_path / "guests.csv"
    source.write_text("folio,room,guest_names,arrival,departure,status\n"
                      "F1,1208,\"Müller, Hans\",2025-01-08,2025-01-12,in_house\n"
                      "F2,0808,张伟,2025-01-10,2025-01-11,\n"
                      "F3,0606,Li Lei,2025-01-11,2025-01-12,checked_out\n", encoding="utf-8")
    monkeypatch.setattr(demo, "GUESTS_CSV", source)
    rows = demo.shifted_guest_rows(TODAY)
    assert [(r["folio"], r["arrival"], r["departure"]) for r in rows] == [
        ("F1", "2026-03-03", "2026-03-07"), ("F2", "2026-03-05", "2026-03-06"), ("F3", "2026-03-06", "2026-03-07")]
    assert rows[0]["guest_names"] == "Müller, Hans"


def test_the_shipped_guest_list_puts_every_in_house_guest_in_house_today():
    from bizcenter.demo import shifted_guest_rows

    rows = shifted_guest_rows(TODAY)
    in_house = [r for r in rows if r["status"] == "in_house"]
    assert len(in_house) >= 10
    assert all(date.fromisoformat(r["arrival"]) <= TODAY < date.fromisoformat(r["departure"]) for r in in_house)
    assert max(date.fromisoformat(r["arrival"]) for r in in_house) == TODAY


def test_the_demo_prices_the_vip_travel_services_so_a_movement_can_be_charged(engine, cheap_pins):
    from bizcenter.workflows.travel_board import TRAVEL_RATES

    install_demo(engine, TODAY)
    items = unit_of_work(engine, lambda s: current_pricelist(s).items)
    assert {rate.code for rate in TRAVEL_RATES} <= set(items)
    assert "copy" in items  # the shipped list is still there beside them
