"""Guest profiles on screen: at the counter a clerk picks room 1208 (Ctrl+G), makes Mr Müller's profile from the
registered name, adds a preference, and sees his essentials beside the bill — again when a room charge names
him; in the back office a supervisor finds the profile, sees the ID number masked, shows it whole, and erases
the profile on the guest's request while his sale stays."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bizcenter.workflows import profiles
from bizcenter.workflows.profiles import ProfileInput
from uidriver import SUPERVISOR, WAIT, add_copy_job, idle, open_shift, signed_in_app


def test_a_clerk_makes_the_guests_profile_and_sees_it_beside_the_bill(qtbot, window):
    open_shift(qtbot, window)
    counter = window.counter
    counter.guest_picker.pick("1208")
    qtbot.waitUntil(counter.guest_panel.isVisible, timeout=WAIT)
    assert "Müller, Hans" in counter.guest_panel.who.text()  # no profile yet: the registered name
    dialog = counter.guest_picker.open_profile()
    assert dialog.fields["name_en"].text() == "Müller, Hans"  # the registered name, to correct
    dialog.fields["name_en"].setText("Hans Muller")
    qtbot.keyClicks(dialog.fields["title_en"], "Dr")
    dialog.vip.setCurrentIndex(dialog.vip.findData("vip2"))
    dialog.fields["company"].setText("Siemens AG")
    dialog.buttons.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=WAIT)
    qtbot.keyClicks(dialog.pref_text, "Window seat, prints double-sided")
    qtbot.keyClick(dialog.pref_text, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.prefs.rowCount() == 1, timeout=WAIT)
    assert window.station.staff.name in dialog.prefs.item(0, 1).text()  # who added it, and when
    dialog.reject()
    qtbot.waitUntil(lambda: "Prefers" in counter.guest_panel.notes.text() or "偏好" in counter.guest_panel.notes.text(),
                    timeout=WAIT)
    assert "Dr Hans Muller" in counter.guest_panel.who.text() and "Siemens AG" in counter.guest_panel.who.text()
    assert "Window seat, prints double-sided" in counter.guest_panel.notes.text()
    counter.guest_panel.clear()
    add_copy_job(qtbot, window)  # a room charge names the guest: his essentials come back while paying
    counter.pay_bill()
    pay = counter.dialog
    pay.method_buttons.button(2).click()  # room charge (F7)
    pay.room.setText("1208")
    pay.room.editingFinished.emit()
    qtbot.waitUntil(counter.guest_panel.isVisible, timeout=WAIT)
    assert "Dr Hans Muller" in counter.guest_panel.who.text()
    pay.reject()
    idle(qtbot, window)


def test_a_supervisor_finds_a_profile_shows_its_id_and_erases_it_keeping_the_sale(qtbot, seeded_url, monkeypatch):
    win = signed_in_app(qtbot, seeded_url, monkeypatch, SUPERVISOR)
    station = win.station
    card = station.desk.op(profiles.for_room, None, "1208")[0]
    station.desk.op(profiles.create, station.op, ProfileInput(title_en="Mr", name_en="Hans Muller", vip_level="vip1",
                                                              id_number="E12345678"),
                    stay_id=card.stay_id, guest_name=card.guest_name)
    page = win.backoffice.show_tab("profiles")
    idle(qtbot, win)
    qtbot.keyClicks(page.search, "muller hans")
    qtbot.keyClick(page.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.rows.rowCount() == 1, timeout=WAIT)
    dialog = page.open_selected(page.rows.row(0)[0])
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=WAIT)
    assert dialog.id_shown.text() != "E12345678" and dialog.id_shown.text().startswith("E1")  # masked
    dialog.show_id.click()
    qtbot.waitUntil(lambda: dialog.id_shown.text() == "E12345678", timeout=WAIT)
    assert dialog.erase_button.isVisible()
    dialog._erase("The guest asked us to forget him")
    qtbot.waitUntil(lambda: dialog.erased, timeout=WAIT)
    qtbot.waitUntil(lambda: page.rows.rowCount() == 0, timeout=WAIT)
    assert station.desk.op(profiles.for_room, None, "1208")[0].profile is None
    from bizcenter.verify import verify

    assert station.desk.run(verify) == []
    idle(qtbot, win)
