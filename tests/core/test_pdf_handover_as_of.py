"""The shift handover as it was: a past shift's report lists what was open at that shift's close —
faxes in the rack, internet sessions and phone calls not yet billed, equipment out, deposits held,
equipment faults — not what is open when it is printed, days later; the current shift's lists are as
of now. Records before, during and after the shift, under a frozen clock.
"""
from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
import time_machine

from bizcenter.documents.pdf_reports import write_report
from bizcenter.workflows import bookings, calls, deposits, equipment, fax_in, fax_rack, internet
from bizcenter.workflows.bookings import BookingRequest
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.summaries import shift_handover
from scenario import SH, SUP, build_world, cash, close_shift, open_shift, sell, total_of

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


def rack(w, name, when):
    return w.run(lambda s: fax_in.register(s, w.clerk, fax_in.IncomingFax(2, True, True, name), at=when)).id


def start(w, name, when):
    return w.run(lambda s: internet.start_session(s, w.clerk, guest_name=name, walk_in=True, at=when))


def stop_and_bill(w, info, stop, bill):
    stopped = w.run(lambda s: internet.stop_session(s, w.clerk, info.id, stop))
    return sell(w, w.clerk, [stopped.line], [cash(total_of(w, [stopped.line]))], at=bill) if bill else stopped


def rent(w, item, out, back=None, deposit=True):
    req = BookingRequest("equipment", item, out, at(23, 0, 12), name=f"Renter {item}", company="Acme",
                         phone="+86 138 0013 8000")
    b = w.run(lambda s: bookings.book(s, w.clerk, req, out))
    if deposit:
        w.run(lambda s: deposits.take(s, w.clerk, b.id, "cash", 30_000, None, None, out))
    w.run(lambda s: bookings.hand_over(s, w.clerk, b.id, out))
    return b.id


def give_back(w, booking_id, when):
    w.run(lambda s: bookings.return_rental(s, w.clerk, booking_id, when))


def fault(w, device, when):
    found = w.run(lambda s: equipment.record_check(s, w.clerk, w.shifts[w.clerk],
                                                   [equipment.DeviceCheck(device, False, f"{device} broken")], when))
    return next(f.id for f in found if f.device == device)


@pytest.fixture
def story(engine):
    """Shift 1 of clerk C01 at counter BC1: 09:01 to 18:00 on 10 March; the next shift from 18:30."""
    w = build_world(engine, start=at(9, 0))
    s = {}
    # before and during shift 1
    s["fax_kept"] = rack(w, "Rack Kept Till Next Day", at(10))            # matched after the close: listed
    s["fax_taken"] = rack(w, "Rack Taken Before Close", at(10, 5))        # matched before the close: not
    s["fax_archived_later"] = rack(w, "Rack Archived Later", at(10, 10))  # archived after the close: listed
    w.run(lambda x: fax_in.match(x, w.clerk, s["fax_taken"], w.stays["0808"], "张三", at(11)))
    s["open"] = start(w, "Open At Close", at(10, 20))                     # running at the close: listed, open
    s["billed"] = start(w, "Billed Before Close", at(10, 30))             # billed before the close: not
    stop_and_bill(w, s["billed"], at(11), at(11, 5))
    s["voided_later"] = start(w, "Voided After Close", at(10, 40))       # billed, voided after close: not
    s["voided_sale"] = stop_and_bill(w, s["voided_later"], at(11, 10), at(11, 15)).sale_id
    s["waiting"] = start(w, "Stopped Unbilled At Close", at(10, 50))     # stopped, unbilled: listed, stopped
    w.run(lambda x: internet.stop_session(x, w.clerk, s["waiting"].id, at(11, 20)))
    s["call"] = w.run(lambda x: calls.start_call(x, w.clerk, "+85223456789", at(17, 50)))  # running at close
    s["out_kept"] = rent(w, "projector", at(12))                          # out at close: listed
    s["out_back"] = rent(w, "laptop", at(12, 10))                         # returned before close: not
    give_back(w, s["out_back"], at(15))
    s["fault_open"] = fault(w, "复印机 Copier", at(12, 30))                 # cleared after the close: listed
    s["fault_fixed"] = fault(w, "扫描仪 Scanner", at(12, 40))               # cleared before the close: not
    w.run(lambda x: equipment.clear_fault(x, w.sup_id, s["fault_fixed"], "roller replaced", at(14)))
    close_shift(w, w.clerk, note="see the lists", at=at(18))
    s["shift1"] = w.shifts[w.clerk]
    # after the close: the next shift at the same counter
    open_shift(w, w.clerk, at=at(18, 30))
    s["shift2"] = w.shifts[w.clerk]
    w.run(lambda x: calls.stop_call(x, w.clerk, s["call"].id, at(18, 40)))
    s["fax_after"] = rack(w, "Rack After Close", at(19))                  # received after the close: not
    s["after"] = start(w, "Started After Close", at(19, 10))             # started after the close: not
    w.run(lambda x: void_sale(x, w.clerk, s["voided_sale"], "wrong guest", SUP, at(19, 30)))
    stop_and_bill(w, s["open"], at(19, 40), at(19, 45))
    w.run(lambda x: fax_in.match(x, w.clerk, s["fax_kept"], w.stays["1208"], "Müller, Hans", at(20)))
    w.run(lambda x: fax_rack.archive(x, w.clerk, s["fax_archived_later"], "sender: wrong hotel", at(20, 5)))
    give_back(w, s["out_kept"], at(20, 10))
    s["out_after"] = rent(w, "screen", at(20, 20))                       # handed out after the close: not
    w.run(lambda x: equipment.clear_fault(x, w.sup_id, s["fault_open"], "engineer came", at(20, 30)))
    s["fault_after"] = fault(w, "扫描仪 Scanner", at(20, 40))                # reported after the close: not
    return w, s


def test_a_past_shifts_handover_lists_what_was_open_at_its_close(story):
    w, s = story
    with time_machine.travel(at(9, 0, 17), tick=False):  # printed a week later
        h = w.run(lambda x: shift_handover(x, s["shift1"]))
    assert h.as_of == at(18)
    assert [r[0] for r in h.rack] == [f"FAX-{s['fax_kept']}", f"FAX-{s['fax_archived_later']}"]
    assert [r[4] for r in h.rack] == [0, 0]  # their age at the close, not a week later
    assert [(r[0], r[4].split()[0]) for r in h.internet_sessions] == [(s["open"].account, "open"),
                                                                       (s["waiting"].account, "stopped")]
    assert [(r[0], r[3]) for r in h.calls] == [("+85223456789", "running")]
    assert [r[2] for r in h.equipment_out] == ["Renter projector"]
    assert sorted(d[1] for d in h.deposits) == ["Renter projector"]  # the laptop's was given back at return
    assert [f[0] for f in h.faults] == ["复印机 Copier"]


def test_the_current_shifts_handover_lists_what_is_open_now(story):
    w, s = story
    with time_machine.travel(at(21), tick=False):
        h = w.run(lambda x: shift_handover(x, s["shift2"]))
    assert h.as_of == at(21)
    assert [r[0] for r in h.rack] == [f"FAX-{s['fax_after']}"]
    assert [r[0] for r in h.internet_sessions] == [s["voided_later"].account, s["waiting"].account,
                                                   s["after"].account]  # the void put one back to unbilled
    assert [r[3] for r in h.calls] == ["ended"]  # stopped after the close, not billed yet
    assert [r[2] for r in h.equipment_out] == ["Renter screen"]
    assert [f[0] for f in h.faults] == ["扫描仪 Scanner"]


def test_the_printed_handover_of_a_past_shift_names_only_what_was_open_then(story, tmp_path):
    w, s = story
    with time_machine.travel(at(9, 0, 17), tick=False):
        path = w.run(lambda x: write_report(x, "shift", tmp_path / "shift1.pdf", shift_id=s["shift1"]))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "截至 as of 2026-03-10 18:00" in text
    for shown in ("Rack Kept Till Next Day", "Rack Archived Later", s["open"].account, s["waiting"].account,
                  "Renter projector", "Copier broken", "+85223456789"):
        assert shown in text, shown
    for hidden in ("Rack Taken Before Close", "Rack After Close", s["billed"].account, s["voided_later"].account,
                   s["after"].account, "Renter laptop", "Renter screen", "Scanner broken"):
        assert hidden not in text, hidden
