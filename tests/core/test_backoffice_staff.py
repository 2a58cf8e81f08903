"""Staff admin: add, deactivate, roles, PIN resets (Argon2id), unlock; counters with printers and
devices. Supervisors only; only an admin touches admins; nobody deactivates or demotes themselves;
ID numbers masked for clerks."""
from __future__ import annotations

import pytest

from bizcenter.models import Staff
from bizcenter.workflows import devices, privacy, staff, staffadmin
from bizcenter.workflows.staff import Credentials
from scenario import CLERK, audit_actions, build_world, refused


@pytest.fixture
def w(engine):
    return build_world(engine, open_shifts=False)


def sign_in(w, code, pin):
    return w.run(lambda s: staff.sign_in(s, Credentials(code, pin)))


def test_supervisor_adds_a_clerk_who_can_sign_in_with_the_pin(w):
    info = w.run(lambda s: staffadmin.add(s, w.sup_id, "C09", "赵敏", "clerk", "4321", "zh"))
    assert sign_in(w, "C09", "4321").id == info.id
    pin_hash = w.run(lambda s: s.get(Staff, info.id).pin_hash)
    assert pin_hash.startswith("$argon2id$") and "4321" not in pin_hash
    assert [r.code for r in w.run(lambda s: staffadmin.list_staff(s, w.sup_id))][:1] == ["C01"]


def test_deactivated_staff_cannot_sign_in_and_is_kept(w):
    w.run(lambda s: staffadmin.set_active(s, w.sup_id, w.clerk.staff_id, False))
    refused(w, lambda s: staff.sign_in(s, CLERK), "bad_credentials", may_change=("audit_log",))
    rows = {r.code: r for r in w.run(lambda s: staffadmin.list_staff(s, w.sup_id))}
    assert rows["C01"].active is False
    assert "staff_deactivated" in audit_actions(w)


def test_reset_pin_replaces_the_old_one_and_lifts_a_lock_out(w):
    for _ in range(5):
        refused(w, lambda s: staff.sign_in(s, Credentials("C01", "0000")), "bad_credentials",
                may_change=("audit_log",))
    w.run(lambda s: staffadmin.reset_pin(s, w.sup_id, w.clerk.staff_id, "86420"))
    assert sign_in(w, "C01", "86420").code == "C01"
    refused(w, lambda s: staff.sign_in(s, CLERK), "bad_credentials", may_change=("audit_log",))
    refused(w, lambda s: staffadmin.reset_pin(s, w.sup_id, w.clerk.staff_id, "12"), "invalid_input")


def test_roles_only_an_admin_makes_an_admin_and_nobody_demotes_themselves(w):
    w.run(lambda s: staffadmin.set_role(s, w.sup_id, w.clerk.staff_id, "supervisor"))
    refused(w, lambda s: staffadmin.set_role(s, w.sup_id, w.clerk2.staff_id, "admin"), "admin_only")
    refused(w, lambda s: staffadmin.set_role(s, w.sup_id, w.sup_id, "clerk"), "self_role")
    refused(w, lambda s: staffadmin.set_active(s, w.sup_id, w.sup_id, False), "self_deactivate")
    refused(w, lambda s: staffadmin.add(s, w.sup_id, "A1", "Boss", "admin", "1234"), "admin_only")
    refused(w, lambda s: staffadmin.set_role(s, w.sup_id, w.clerk2.staff_id, "boss"), "invalid_input")


def test_clerks_cannot_manage_staff_or_counters(w):
    me = w.clerk.staff_id
    refused(w, lambda s: staffadmin.list_staff(s, me), "not_allowed")
    refused(w, lambda s: staffadmin.add(s, me, "C10", "X", "clerk", "1234"), "not_allowed")
    refused(w, lambda s: staffadmin.reset_pin(s, me, w.clerk2.staff_id, "1234"), "not_allowed")
    refused(w, lambda s: staffadmin.add_counter(s, me, "BC3", "三号", "Three"), "not_allowed")


def test_counters_list_their_devices_and_refuse_a_duplicate_code(w):
    w.run(lambda s: staffadmin.add_counter(s, w.sup_id, "bc3", "商务中心 3 号柜台", "Business Centre 3"))
    refused(w, lambda s: staffadmin.add_counter(s, w.sup_id, "BC3", "x", "y"), "counter_exists")
    w.run(lambda s: devices.register_device(s, w.sup_id, "Ricoh MP 2014", "copier", "SN1", "BC1 back", w.c1))
    rows = {c.code: c for c in w.run(lambda s: staffadmin.list_counters(s, w.sup_id))}
    assert set(rows) == {"BC1", "BC2", "BC3"} and rows["BC1"].devices == ("Ricoh MP 2014",)


def test_a_clerk_sees_id_numbers_masked_and_a_supervisors_full_view_is_audited(w):
    pid = "110105199001011234"
    assert w.run(lambda s: privacy.id_number_for(s, w.clerk.staff_id, pid, full=True)) == "11**************34"
    assert w.run(lambda s: privacy.id_number_for(s, w.sup_id, pid)) == "11**************34"
    assert "id_number_viewed" not in audit_actions(w)
    assert w.run(lambda s: privacy.id_number_for(s, w.sup_id, pid, full=True, entity="ticket", entity_id=3)) == pid
    assert audit_actions(w).count("id_number_viewed") == 1
    assert privacy.mask_id_number("E1234567") == "E1****67"
