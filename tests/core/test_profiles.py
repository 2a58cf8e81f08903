"""Guest profiles: created at the counter for the guest picked or linked to a front-office stay, found by room
(the in-house guest's profile, a returning guest offered by name) or by name; the history of services read
from the ledger; the ID number masked for a clerk and whole for a supervisor (audited), sealed at rest; erased
on request by a supervisor or after the ID numbers' retention period, the ledger untouched and verifying.

Scenario: the core tests' world (Hans Müller in 1208, the Smiths in 1501, 张三 in 0808), from 09:00 Shanghai
on 2026-03-10, one minute per action.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from bizcenter.models import AuditEntry, Stay, StayGuest
from bizcenter.workflows import profiles
from bizcenter.workflows.guests import name_key
from bizcenter.workflows.profiles import ProfileInput

from scenario import DAY, SH, audit_actions, build_world, copies, ledger_breaches, refused, room, sell, total_of

ID = "110101199003071234"


@pytest.fixture
def w(engine):
    return build_world(engine)


def hans(**kw):
    base = dict(title_zh="先生", name_zh="米勒", title_en="Mr", name_en="Hans Müller", language="de",
                company="Siemens AG", vip_level="vip2")
    return ProfileInput(**(base | kw))


def create_for(w, room_no="1208", guest="Müller, Hans", inp=None, op=None):
    return w.run(lambda s: profiles.create(s, op or w.clerk, inp or hans(), stay_id=w.stays[room_no],
                                           guest_name=guest, at=w.clock()))


def test_a_profile_made_at_the_counter_shows_when_the_room_is_picked(w):
    p = create_for(w)
    w.run(lambda s: profiles.add_preference(s, w.clerk2, p.id, "dietary", "No pork", w.clock()))
    w.run(lambda s: profiles.add_preference(s, w.clerk, p.id, "preference", "Window seat, A4 landscape", w.clock()))
    cards = w.run(lambda s: profiles.for_room(s, w.clerk.staff_id, "1208", w.clock()))
    assert len(cards) == 1 and cards[0].guest_name == "Müller, Hans"
    seen = cards[0].profile
    assert (seen.address("en"), seen.address("zh"), seen.language, seen.vip_level, seen.company) == (
        "Mr Hans Müller", "米勒先生", "de", "vip2", "Siemens AG")
    assert seen.notes("dietary") == ("No pork",) and seen.notes("preference") == ("Window seat, A4 landscape",)
    who = {p.text: p.added_by for p in seen.preferences}
    assert who == {"No pork": "Tom Baker", "Window seat, A4 landscape": "李娜"}  # who added each, kept
    assert seen.preferences[0].added_at.utcoffset() == timedelta(hours=8)  # hotel time
    assert {"profile_created", "profile_linked", "profile_preference_added"} <= set(audit_actions(w))
    gone = w.run(lambda s: profiles.remove_preference(s, w.clerk, seen.preferences[0].id, w.clock()))
    assert gone.notes("dietary") == () and audit_actions(w)[-1] == "profile_preference_removed"
    # the other guests of a shared room are told apart; a guest without a profile has none
    assert [c.profile for c in w.run(lambda s: profiles.for_room(s, None, "1501", w.clock()))] == [None, None]


def test_a_picked_guest_is_found_by_name_in_either_word_order(w):
    create_for(w, "1501", "Jane Smith", hans(name_en="Jane Smith", title_en="Mrs", name_zh="", title_zh=""))
    card = w.run(lambda s: profiles.for_guest(s, None, "1501", "smith jane", w.clock()))
    assert card.guest_name == "Mrs Jane Smith" and card.profile.address("zh") == "Mrs Jane Smith"
    assert w.run(lambda s: profiles.for_guest(s, None, "1501", "John Smith", w.clock())).profile is None
    assert [r[1] for r in w.run(lambda s: profiles.search(s, "SMITH"))] == ["Mrs Jane Smith"]
    assert [r[1] for r in w.run(lambda s: profiles.search(s, "1501"))] == ["Mrs Jane Smith"]  # by room


def test_a_returning_guest_is_offered_their_profile_and_linked_to_the_new_stay(w):
    p = create_for(w)

    def new_stay(s):
        stay = Stay(room="2010", arrival=w.clock.t.date(), departure=w.clock.t.date() + timedelta(days=2),
                    status="in_house")
        stay.guests.append(StayGuest(name="HANS MULLER", name_key=name_key("HANS MULLER")))
        s.add(stay)
        s.flush()
        return stay.id

    stay_id = w.run(new_stay)
    card = w.run(lambda s: profiles.for_guest(s, None, "2010", "", w.clock()))
    assert card.profile is None and [o[0] for o in card.offers] == [p.id]
    linked = w.run(lambda s: profiles.link(s, w.clerk, p.id, stay_id, "Hans Muller", w.clock()))
    assert sorted(l.room for l in linked.stays) == ["1208", "2010"]
    assert w.run(lambda s: profiles.for_guest(s, None, "2010", "", w.clock())).profile.id == p.id
    other = create_for(w, "0808", "张三", hans(name_en="", title_en="", name_zh="张三"))
    refused(w, lambda s: profiles.link(s, w.clerk, other.id, stay_id, "Hans Muller", w.clock()), "guest_has_profile")
    refused(w, lambda s: profiles.link(s, w.clerk, other.id, stay_id, "Li Lei", w.clock()), "name_mismatch")


def test_the_history_lists_the_guests_room_charges_newest_first_and_nobody_elses(w):
    p = create_for(w)
    create_for(w, "1501", "John Smith", hans(name_en="John Smith", name_zh=""))
    lines = (copies(3),)
    first = sell(w, w.clerk, lines, (room(total_of(w, lines), "1208", "Hans Muller"),))
    sell(w, w.clerk, (copies(5),), (room(total_of(w, (copies(5),)), "1501", "Jane Smith"),))  # the other guest
    sell(w, w.clerk, (copies(7),))  # cash, nobody's
    w.clock.set(w.clock.t + timedelta(hours=3))
    second = sell(w, w.clerk2, (copies(1),), (room(total_of(w, (copies(1),)), "1208", "MÜLLER Hans"),))
    rows = w.run(lambda s: profiles.history(s, p.id))
    assert [r.sale_id for r in rows] == [second.sale_id, first.sale_id]
    assert rows[0].business_date == rows[1].business_date == DAY  # the hotel's business day
    assert rows[1].total_minor == total_of(w, lines) and "Copy" in rows[1].services_en and rows[1].room == "1208"
    assert rows[1].services_zh and rows[1].kind == "sale"
    smith = w.run(lambda s: profiles.search(s, "john smith"))[0][0]
    assert w.run(lambda s: profiles.history(s, smith)) == []  # Jane signed that one


def test_the_id_number_is_masked_for_a_clerk_whole_for_a_supervisor_audited_and_sealed_at_rest(w):
    p = create_for(w, inp=hans(id_number=ID))
    assert p.id_number != ID and p.id_number.startswith("11") and p.id_number.endswith("34") and p.has_id_number
    clerk_asks = w.run(lambda s: profiles.view(s, w.clerk.staff_id, p.id, full_id=True, at=w.clock()))
    assert clerk_asks.id_number == p.id_number  # a clerk never sees it whole
    assert "id_number_viewed" not in audit_actions(w)
    sup = w.run(lambda s: profiles.view(s, w.sup_id, p.id, full_id=True, at=w.clock()))
    assert sup.id_number == ID and audit_actions(w)[-1] == "id_number_viewed"
    with w.engine.connect() as conn:
        stored = conn.execute(text("SELECT id_number FROM guest_profile")).scalar_one()
    assert stored.startswith("enc1:") and ID not in stored
    kept = w.run(lambda s: profiles.update(s, w.clerk, p.id, hans(company="BASF"), w.clock()))
    assert kept.has_id_number and kept.company == "BASF"  # an edit without the number keeps it
    assert not w.run(lambda s: profiles.update(s, w.clerk, p.id, hans(id_number=""), w.clock())).has_id_number


def test_hostile_or_incomplete_profiles_are_refused(w):
    refused(w, lambda s: profiles.create(s, w.clerk, hans(name_en="", name_zh=""), at=w.clock()), "profile_name_required")
    refused(w, lambda s: profiles.create(s, w.clerk, hans(vip_level="gold"), at=w.clock()), "bad_vip_level")
    refused(w, lambda s: profiles.create(s, w.clerk, hans(language="xx"), at=w.clock()), "bad_language")
    refused(w, lambda s: profiles.create(s, w.clerk, hans(company="Card 4111 1111 1111 1111"), at=w.clock()))
    refused(w, lambda s: profiles.create(s, w.clerk, hans(name_en="Hans\x1b"), at=w.clock()))
    refused(w, lambda s: profiles.create(s, w.clerk, hans(id_number="11 01 01"), at=w.clock()), "bad_id_number")
    p = create_for(w)
    refused(w, lambda s: profiles.add_preference(s, w.clerk, p.id, "dietary", "  ", w.clock()))
    refused(w, lambda s: profiles.add_preference(s, w.clerk, p.id, "wish", "tea", w.clock()), "bad_preference_kind")


def test_erasing_on_request_removes_the_profile_and_keeps_the_ledger_verifying(w):
    p = create_for(w, inp=hans(id_number=ID))
    w.run(lambda s: profiles.add_preference(s, w.clerk, p.id, "dietary", "No pork", w.clock()))
    lines = (copies(2),)
    sale = sell(w, w.clerk, lines, (room(total_of(w, lines), "1208", "Hans Muller"),))
    refused(w, lambda s: profiles.erase(s, w.clerk.staff_id, p.id, "guest asked", w.clock()), "supervisor_required")
    refused(w, lambda s: profiles.erase(s, w.sup_id, p.id, " ", w.clock()))
    w.run(lambda s: profiles.erase(s, w.sup_id, p.id, "guest asked at check-out", w.clock()))
    with w.engine.connect() as conn:
        for table in ("guest_profile", "guest_profile_stay", "guest_preference"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM sale WHERE id = :i"), {"i": sale.sale_id}).scalar_one() == 1
        assert conn.execute(text("SELECT COUNT(*) FROM posting")).scalar_one() == 1
    entry = w.run(lambda s: s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first())
    assert (entry.action, entry.staff_id, entry.entity_id) == ("profile_erased", w.sup_id, p.id)
    assert "Müller" not in str(entry.detail) and ID not in str(entry.detail)
    assert ledger_breaches(w.engine) == []
    assert w.run(lambda s: profiles.for_guest(s, None, "1208", "", w.clock())).profile is None
    refused(w, lambda s: profiles.view(s, w.sup_id, p.id), "profile_not_found")


def test_profiles_of_guests_not_seen_for_the_retention_period_are_erased_by_the_sweep(w):
    old = create_for(w)  # the stay leaves on 2026-03-13
    loose = w.run(lambda s: profiles.create(s, w.clerk, hans(name_en="Walk In", name_zh=""), at=w.clock()))
    sweep = lambda when: w.run(lambda s: profiles.erase_expired(s, when))  # noqa: E731
    assert sweep(datetime(2026, 4, 10, 12, tzinfo=SH)) == [loose.id]  # 31 days after the walk-in was last here
    assert sweep(datetime(2026, 4, 12, 12, tzinfo=SH)) == []  # 30 days after the departure: kept still
    w.run(lambda s: profiles.add_preference(s, w.clerk, old.id, "preference", "Quiet corner",
                                            datetime(2026, 4, 12, 12, tzinfo=SH)))  # seen again at the counter
    assert sweep(datetime(2026, 5, 12, 12, tzinfo=SH)) == []
    assert sweep(datetime(2026, 5, 14, 12, tzinfo=SH)) == [old.id]
    assert audit_actions(w).count("profile_expired") == 2 and ledger_breaches(w.engine) == []


def test_the_start_of_day_sweep_erases_expired_profiles_with_the_ticket_ids_in_one_call(w):
    from bizcenter.workflows import retention

    loose = w.run(lambda s: profiles.create(s, w.clerk, hans(name_en="Walk In", name_zh=""), at=w.clock()))
    kept = w.run(lambda s: retention.erase_expired(s, datetime(2026, 3, 20, 12, tzinfo=SH)))
    assert kept == retention.Erased(ticket_orders=[], profiles=[])  # a week later: nothing is due
    erased = w.run(lambda s: retention.erase_expired(s, datetime(2026, 4, 10, 12, tzinfo=SH)))
    assert erased.profiles == [loose.id] and erased.ticket_orders == []
    assert audit_actions(w).count("profile_expired") == 1
