"""The counter linked to the hotel's PMS (the FIAS simulator on a loopback port): the pay dialog shows it
is waiting for the PMS, prints the voucher for a charge the PMS took, and keeps the dialog open with the
PMS's reason when it refuses, so the clerk takes another payment. Set BIZCENTER_SHOTS=folder to save
pictures of the waiting state and the refusal (window and dialog, 1366×768)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QPainter

from bizcenter.db import make_engine, unit_of_work
from bizcenter.pms import service
from bizcenter.pms.simulator import Guest, PmsSimulator
from bizcenter.workflows.settings import load_settings, set_setting
from uidriver import CLERK, CLERK2, add_copy_job, idle, open_shift, WAIT


@pytest.fixture
def sim():
    s = PmsSimulator([Guest("1208", "R1208", "Müller, Hans")]).start()
    yield s
    s.stop()


@pytest.fixture
def linked_url(seeded_url, sim):
    engine = make_engine(seeded_url)
    unit_of_work(engine, lambda s: set_setting(s, "pms_link", f"tcp://127.0.0.1:{sim.port}"))
    unit_of_work(engine, lambda s: set_setting(s, "pms_answer_seconds", 5))
    engine.dispose()
    yield seeded_url
    service.stop()


@pytest.fixture
def linked(qtbot, linked_url, monkeypatch):
    from ui.app import build

    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    _, win = build(db=linked_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: service.current() is not None and service.current().resynced.is_set(), timeout=WAIT)
    yield win
    qtbot.waitUntil(lambda: win.runner.in_flight == 0, timeout=WAIT)
    win.station.desk.close()


class _Glossary(QTranslator):
    """This area's glossary as a translator, so its strings show in Chinese before the shared .qm is rebuilt."""

    def __init__(self):
        super().__init__()
        path = Path(__file__).resolve().parents[2] / "ui" / "translations" / "zh_CN.pms.json"
        self.words = json.loads(path.read_text(encoding="utf-8"))

    def translate(self, context, source, disambiguation=None, n=-1):
        from ui import i18n

        return self.words.get(source) if i18n.current() == "zh" else None  # None: not ours, the .qm answers

    def isEmpty(self):
        return False


@pytest.fixture
def glossary():
    translator = _Glossary()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _room_charge(qtbot, win, who, lang):
    win.signin.language.setCurrentIndex(win.signin.language.findData(lang))  # what the screen shows wins
    open_shift(qtbot, win, who)
    add_copy_job(qtbot, win)
    win.counter.pay.click()
    dialog = win.counter.dialog
    dialog.method_buttons.button(2).click()
    dialog.room.setText("1208")
    dialog.room.editingFinished.emit()
    idle(qtbot, win)
    dialog.guest_name.setText("hans muller")
    return dialog


def _shot(win, dialog, name):
    folder = os.environ.get("BIZCENTER_SHOTS")
    if not folder:
        return
    picture = win.grab()
    painter = QPainter(picture)
    inside = win.mapFromGlobal(dialog.mapToGlobal(dialog.rect().topLeft()))
    if not win.rect().contains(inside):
        inside = win.rect().center() - dialog.rect().center()
    painter.drawPixmap(inside, dialog.grab())
    painter.end()
    picture.save(os.path.join(folder, f"{name}.png"))


@pytest.mark.parametrize("who,lang", [(CLERK, "zh"), (CLERK2, "en")])
def test_a_room_charge_the_pms_takes_shows_the_waiting_state_then_the_voucher(qtbot, linked, sim, glossary, who, lang):
    sim.answer_delay = 0.8
    dialog = _room_charge(qtbot, linked, who, lang)
    dialog.pay.click()
    assert ("正在等待酒店系统确认" if lang == "zh" else "Waiting for the hotel's PMS") in dialog.message.text()
    assert not dialog.pay.isEnabled()  # no second post while the PMS is asked
    qtbot.wait(100)
    assert dialog.isVisible() and linked.runner.in_flight == 1  # the dialog repaints meanwhile
    _shot(linked, dialog, f"pms-waiting-{lang}")
    idle(qtbot, linked)
    text = linked.counter.dialog.text.toPlainText()
    assert "V0000001" in text and "Müller, Hans" in text
    assert sim.total_posted("1208") > 0 and len(sim.posted) == 1


@pytest.mark.parametrize("who,lang", [(CLERK, "zh"), (CLERK2, "en")])
def test_a_refusal_by_the_pms_keeps_the_dialog_open_with_its_reason(qtbot, linked, sim, glossary, who, lang):
    sim.guests["1208"].no_post = True  # set at the front desk; the counter's own list does not know yet
    dialog = _room_charge(qtbot, linked, who, lang)
    dialog.pay.click()
    idle(qtbot, linked)
    assert dialog.isVisible() and linked.counter.dialog is dialog
    message = dialog.message.text()
    assert "1208" in message
    assert ("禁止挂帐" if lang == "zh" else "no-post") in message
    assert sim.posted == []
    _shot(linked, dialog, f"pms-refused-{lang}")


def test_the_status_bar_counts_what_the_pms_has_not_confirmed(qtbot, linked, sim):
    indicator = linked.pms_indicator
    indicator.refresh()
    qtbot.waitUntil(lambda: indicator.count == 0 and indicator.isVisible(), timeout=WAIT)
    assert indicator.text() in ("PMS: 0 pending", "酒店系统：0 笔待确认")


def test_no_answer_under_the_refuse_policy_keeps_the_dialog_open_for_another_payment(qtbot, linked, sim):
    desk = linked.station.desk
    desk.run(lambda s: set_setting(s, "pms_offline_policy", "refuse"))
    desk.run(lambda s: set_setting(s, "pms_answer_seconds", 1))
    sim.silent = True  # the PMS takes the record and never answers
    dialog = _room_charge(qtbot, linked, CLERK2, "en")
    dialog.pay.click()
    idle(qtbot, linked)
    assert dialog.isVisible() and linked.counter.dialog is dialog and dialog.pay.isEnabled()
    assert "did not confirm" in dialog.message.text() and "1208" in dialog.message.text()
    dialog.method_buttons.button(0).click()  # the clerk takes cash instead
    dialog.tendered.setText("50.00")
    dialog.pay.click()
    idle(qtbot, linked)
    assert linked.counter.dialog.objectName() == "receiptDialog"


def test_the_day_close_screen_lists_what_the_pms_has_not_confirmed(qtbot, seeded_url, monkeypatch):
    from bizcenter.pms import postings
    from uidriver import signed_in_app

    engine = make_engine(seeded_url)
    day = unit_of_work(engine, lambda s: load_settings(s).business_date())
    unit_of_work(engine, lambda s: postings.reserve(s, kind="charge", room="1208", guest_name="Müller, Hans",
                                                     amount_minor=2332, business_date=day))
    engine.dispose()
    win = signed_in_app(qtbot, seeded_url, monkeypatch)
    page = win.backoffice.show_tab("dayclose")
    idle(qtbot, win)
    text = page.three_way.text()
    assert "Not confirmed by the hotel's PMS: 1" in text or "酒店系统未确认的挂帐：1" in text
    row = next(line for line in text.splitlines() if "P#" in line)
    assert "1208" in row and "Müller, Hans" in row and "23.32" in row
    idle(qtbot, win)
    win.station.desk.close()
