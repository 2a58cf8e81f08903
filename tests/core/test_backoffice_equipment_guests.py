"""Equipment register and faults with repair status; complaints and feedback log; events board."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bizcenter.workflows import complaints, devices, equipment
from bizcenter.workflows.equipment import DeviceCheck
from scenario import DAY, T0, audit_actions, build_world, refused


@pytest.fixture
def w(engine):
    return build_world(engine)


def test_registered_devices_join_the_shift_check_and_faults_carry_their_repair_status(w):
    w.run(lambda s: devices.register_device(s, w.sup_id, "Canon iR 2625", "copier", "X1", "back office", w.c1))
    w.run(lambda s: equipment.record_check(s, w.clerk, w.shifts[w.clerk], [DeviceCheck("Canon iR 2625", False, "jams")]))
    fault = w.run(devices.faults)[0]
    assert (fault.device, fault.status, fault.reported_by) == ("Canon iR 2625", "reported", "李娜")
    w.run(lambda s: devices.repair_step(s, w.sup_id, fault.id, "engineer_called", "Ricoh service, ticket 77"))
    assert w.run(devices.faults)[0].status == "engineer_called"
    assert w.run(devices.register)[0].open_faults == 1
    w.run(lambda s: devices.repair_step(s, w.sup_id, fault.id, "repaired", "roller replaced"))
    assert w.run(devices.faults) == [] and w.run(lambda s: equipment.board(s, DAY)).faults == ()
    cleared = w.run(lambda s: devices.faults(s, True))[0]
    assert cleared.status == "repaired" and cleared.cleared_at is not None


def test_a_fault_reported_during_the_shift_and_its_refusals(w):
    fid = w.run(lambda s: devices.report_fault(s, w.clerk.staff_id, "扫描仪 Scanner", "lamp flickers"))
    assert [f.id for f in w.run(lambda s: equipment.board(s, DAY)).faults] == [fid]
    refused(w, lambda s: devices.report_fault(s, w.clerk.staff_id, "扫描仪 Scanner", "again"), "fault_open")
    refused(w, lambda s: devices.report_fault(s, w.clerk.staff_id, "Toaster", "burnt"), "invalid_input")
    refused(w, lambda s: devices.report_fault(s, w.clerk.staff_id, "复印机 Copier", " "), "fault_note")
    refused(w, lambda s: devices.repair_step(s, w.clerk.staff_id, fid, "repaired", "x"), "not_allowed")
    refused(w, lambda s: devices.repair_step(s, w.sup_id, fid, "repaired", ""), "invalid_input")
    refused(w, lambda s: devices.register_device(s, w.clerk.staff_id, "PC 3", "pc"), "not_allowed")


def test_a_complaint_is_logged_by_a_clerk_and_resolved_by_a_supervisor_with_follow_up(w):
    fid = w.run(lambda s: complaints.record(s, w.clerk.staff_id, "complaint", "Hans Müller",
                                            "fax to Munich went out twice", "1208", at=T0))
    refused(w, lambda s: complaints.resolve(s, w.clerk.staff_id, fid, "refunded"), "not_allowed")
    refused(w, lambda s: complaints.resolve(s, w.sup_id, fid, " "), "resolution_required")
    w.run(lambda s: complaints.resolve(s, w.sup_id, fid, "apologised; second page refunded", "call on Friday",
                                       DAY + timedelta(days=3)))
    w.run(lambda s: complaints.add_follow_up(s, w.sup_id, fid, "guest satisfied", at=T0 + timedelta(days=3)))
    row = w.run(lambda s: complaints.log(s))[0]
    assert (row.status, row.recorded_by, row.resolved_by, row.room) == ("resolved", "李娜", "王强", "1208")
    assert row.follow_up.startswith("call on Friday") and "[2026-03-13] guest satisfied" in row.follow_up
    refused(w, lambda s: complaints.resolve(s, w.sup_id, fid, "again"), "already_resolved")
    refused(w, lambda s: complaints.record(s, w.clerk.staff_id, "complaint", "", "x"), "feedback_incomplete")
    assert w.run(lambda s: complaints.log(s, open_only=True)) == []
    assert len(w.run(lambda s: complaints.log(s, DAY, DAY))) == 1
    assert w.run(lambda s: complaints.log(s, DAY + timedelta(days=1))) == []


def test_events_entered_and_imported_reach_the_counters_board(w):
    w.run(lambda s: complaints.add_events(s, w.sup_id, DAY, "IT Summit", "09:00", "Ballroom"))
    data = "date,time,title,place,note\n2026-03-10,18:00,Wedding Li & Wang,Garden,\n2026-03-11,,Board meeting,,\n"
    assert w.run(lambda s: complaints.import_events(s, w.sup_id, data.encode("gb18030"))) == 2
    assert [e[1] for e in w.run(lambda s: equipment.board(s, DAY)).events] == ["IT Summit", "Wedding Li & Wang"]
    bad = "date,title\nnot-a-date,X\n2026-03-12,\n"
    err = refused(w, lambda s: complaints.import_events(s, w.sup_id, bad.encode()), "events_rejected")
    assert "2, 3" in err.message("en")
    refused(w, lambda s: complaints.add_events(s, w.clerk.staff_id, DAY, "x"), "not_allowed")
    assert "events_imported" in audit_actions(w)
