"""Fax in: register what the paper says (pages, legible, complete, name and room), find the guest by
room and name or by name alone (candidates listed), then notify, deliver and bill the receiving fee —
or, with no in-house guest, put the fax in the rack. Opened from the rack (`claim`), the same dialog
matches a waiting fax to the guest who asks for it."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout)

from bizcenter.workflows.fax_in import IncomingFax

from bizcenter.workflows import fax_in

from .. import i18n
from ..widgets import BigButton, MessageLine, big_font, dialog_frame, set_primary
from .common import grow_to_text, on_open_bill

NOTIFY = (("phone", QT_TRANSLATE_NOOP("FaxInDialog", "Phoned")),
          ("message_light", QT_TRANSLATE_NOOP("FaxInDialog", "Message light")),
          ("note_under_door", QT_TRANSLATE_NOOP("FaxInDialog", "Note under the door")),
          ("in_person", QT_TRANSLATE_NOOP("FaxInDialog", "Told in person")))
DELIVERY = (("bellboy", QT_TRANSLATE_NOOP("FaxInDialog", "Delivered by bellboy")),
            ("collected", QT_TRANSLATE_NOOP("FaxInDialog", "Collected by the guest")))
HOW = {"room_and_name": QT_TRANSLATE_NOOP("FaxInDialog", "room and name match"),
       "name": QT_TRANSLATE_NOOP("FaxInDialog", "name matches"),
       "room": QT_TRANSLATE_NOOP("FaxInDialog", "guest of that room")}


def tr(text: str) -> str:
    return QCoreApplication.translate("FaxInDialog", text)


class FaxInDialog(QDialog):
    def __init__(self, station, runner, service_code: str = "fax_in", parent=None, claim=None):
        super().__init__(parent)
        self.setObjectName("faxInDialog")
        self.station, self.runner, self.claim = station, runner, claim
        self.lines, self.notice = [], None
        self.fax = None  # the FaxInView once registered (or matched from the rack)
        self.name = QLineEdit(objectName="faxInName")
        self.room = QLineEdit(objectName="faxInRoom")
        self.pages = QSpinBox(objectName="faxInPages")
        self.pages.setRange(0, 1000)
        self.pages.setValue(1)
        self.legible = QCheckBox(objectName="faxInLegible", checked=True)
        self.complete = QCheckBox(objectName="faxInComplete", checked=True)
        self.sender_name = QLineEdit(objectName="faxInSender")
        self.find = QPushButton(objectName="findGuest")
        self.find.clicked.connect(self._find)
        self.candidates = QListWidget(objectName="candidateList")
        self.candidates.setMaximumHeight(120)
        self.register = BigButton(objectName="registerForGuest")
        self.register.clicked.connect(self._register_for_guest)
        self.to_rack = QPushButton(objectName="putInRack")
        self.to_rack.clicked.connect(self._put_in_rack)
        self.state = QLabel(objectName="faxInState")
        self.state.setWordWrap(True)
        big_font(self.state, 13)
        self.notify_how = QComboBox(objectName="notifyHow")
        self.notify = QPushButton(objectName="notifyGuest")
        self.notify.clicked.connect(self._notify)
        self.print_notice = QPushButton(objectName="printFaxNotice")
        self.print_notice.clicked.connect(self._print_notice)
        self.deliver_how = QComboBox(objectName="deliverHow")
        self.deliver = QPushButton(objectName="deliverFax")
        self.deliver.clicked.connect(self._deliver)
        self.bill = BigButton(objectName="billFee")
        self.bill.clicked.connect(self._bill)
        self.close_button = QPushButton(objectName="closeFaxIn")
        self.close_button.clicked.connect(self._close)
        self.waiting = QListWidget(objectName="waitingFaxes")
        self.waiting.setMaximumHeight(90)
        self.resume = QPushButton(objectName="resumeFax")
        self.resume.clicked.connect(self._resume)
        self.message = MessageLine()
        self._layout()
        self.retranslate()
        if claim is not None:
            self._prefill(claim)
        else:
            self._load_waiting()
        self._show()

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.name, self.room, self.pages, self.sender_name)):
            self.form.addRow(label, field)
        checks = QHBoxLayout()
        checks.addWidget(self.legible)
        checks.addWidget(self.complete)
        self.form.addRow("", checks)
        decide = QHBoxLayout()
        decide.addWidget(self.register, 2)
        decide.addWidget(self.to_rack, 1)
        self.after = QGroupBox(objectName="faxInAfter")
        after = QFormLayout(self.after)
        for combo, button in ((self.notify_how, self.notify), (self.deliver_how, self.deliver)):
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(button)
            if button is self.notify:
                row.addWidget(self.print_notice)
            after.addRow(row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.find)
        layout.addWidget(self.candidates)
        layout.addLayout(decide)
        layout.addWidget(self.state)
        layout.addWidget(self.after)
        self.waiting_box = QGroupBox(objectName="waitingBox")
        box = QVBoxLayout(self.waiting_box)
        box.addWidget(self.waiting)
        box.addWidget(self.resume)
        layout.addWidget(self.waiting_box)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()  # the actions at the bottom, billing right-most once the fax is registered
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.bill)
        layout.addLayout(bottom)
        dialog_frame(self, self.register)
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fax from the rack") if self.claim else self.tr("Incoming fax"))
        for label, text in zip(self.labels, (self.tr("Name on the fax"), self.tr("Room on the fax"), self.tr("Pages"),
                                             self.tr("From (sender)"))):
            label.setText(text)
        self.legible.setText(self.tr("Legible"))
        self.complete.setText(self.tr("Complete (all pages)"))
        self.find.setText(self.tr("Find the guest"))
        self.register.setText(self.tr("For the chosen guest") if not self.claim else self.tr("Give to the chosen guest"))
        self.to_rack.setText(self.tr("No match — into the fax rack"))
        self.after.setTitle(self.tr("Notify and deliver"))
        self.notify.setText(self.tr("Guest notified"))
        self.print_notice.setText(self.tr("Print notice"))
        self.deliver.setText(self.tr("Delivered"))
        self.bill.setText(self.tr("Add the receiving fee to the bill"))
        self.close_button.setText(self.tr("Close"))
        self.waiting_box.setTitle(self.tr("Waiting: to deliver or to bill"))
        self.resume.setText(self.tr("Continue with this fax"))
        for combo, choices in ((self.notify_how, NOTIFY), (self.deliver_how, DELIVERY)):
            current = combo.currentData()
            combo.clear()
            for key, text in choices:
                combo.addItem(tr(text), key)
            if current is not None:
                combo.setCurrentIndex(max(combo.findData(current), 0))

    def _prefill(self, racked) -> None:
        self.name.setText(racked.written_name)
        self.room.setText(racked.written_room or "")
        self.pages.setValue(racked.pages)
        self.sender_name.setText(racked.sender or "")
        for w in (self.pages, self.legible, self.complete, self.sender_name):
            w.setEnabled(False)

    # --- matching -------------------------------------------------------------------------------
    def _find(self) -> None:
        desk, name, room = self.station.desk, self.name.text(), self.room.text()
        self.runner.start(lambda: desk.op(fax_in.candidates, name, room), self._candidates, self._refused,
                          trigger=self.find)

    def _candidates(self, found) -> None:
        self.candidates.clear()
        for c in found:
            item = QListWidgetItem(f"{c.room}  {c.guest_name}  — {tr(HOW[c.how])}")
            item.setData(256, c)
            self.candidates.addItem(item)
        if found:
            self.candidates.setCurrentRow(0)
            self.message.clear()
        else:
            self.message.error(self.tr("No in-house guest matches: put the fax in the rack."))
        self._show()

    def _register_for_guest(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            self.message.error(self.tr("Find the guest and choose one in the list first."))
            return
        c, desk, op = item.data(256), self.station.desk, self.station.op
        if self.claim is not None:
            fax_id = self.claim.id
            call = lambda: desk.op(fax_in.match, op, fax_id, c.stay_id, c.guest_name)  # noqa: E731
        else:
            paper = self._paper()
            call = lambda: desk.op(fax_in.register, op, paper, c.stay_id, c.guest_name)  # noqa: E731
        self.runner.start(call, self._registered, self._refused, trigger=self.register)

    def _put_in_rack(self) -> None:
        desk, op, paper = self.station.desk, self.station.op, self._paper()
        self.runner.start(lambda: desk.op(fax_in.register, op, paper), self._racked, self._refused, trigger=self.to_rack)

    def _paper(self) -> IncomingFax:
        return IncomingFax(self.pages.value(), self.legible.isChecked(), self.complete.isChecked(), self.name.text(),
                           self.room.text() or None, self.sender_name.text() or None)

    def _racked(self, fax) -> None:
        self.fax = fax
        self.notice = self.tr("Fax for %1 put in the fax rack.").replace("%1", fax.written_name)
        self.accept()

    def _registered(self, fax) -> None:
        self.fax = fax
        self.message.clear()
        self._show()

    # --- faxes already with a guest: the bellboy is back, or the guest comes to pay ----------------
    def _load_waiting(self) -> None:
        if self.station.counter_id is None:
            return
        desk, counter_id = self.station.desk, self.station.counter_id
        self.runner.start(lambda: desk.op(fax_in.waiting, counter_id), self._show_waiting, self._refused)

    def _show_waiting(self, faxes) -> None:
        self.waiting.clear()
        for fax in faxes:
            item = QListWidgetItem(f"{fax.received_at:%H:%M}  " + self._state_text(fax))
            item.setData(256, fax)
            self.waiting.addItem(item)
        self._show()

    def _resume(self) -> None:
        item = self.waiting.currentItem()
        if item is None:
            self.message.error(self.tr("Choose a fax in the list first."))
            return
        fax = item.data(256)
        self.name.setText(fax.written_name)
        self.room.setText(fax.written_room or "")
        self.pages.setValue(fax.pages)
        self._registered(fax)

    # --- notify, deliver, bill ------------------------------------------------------------------
    def _notify(self) -> None:
        desk, op, how = self.station.desk, self.station.op, self.notify_how.currentData()
        fax_id = self.fax.id
        def notified(fax):
            self._registered(fax)
            if how == "note_under_door":  # the note slipped under the door is the printed notice
                self._print_notice()

        self.runner.start(lambda: desk.op(fax_in.notify, op, fax_id, how), notified, self._refused,
                          trigger=self.notify)

    def _print_notice(self) -> None:
        """The fax-arrived notice for the guest, on the receipt printer through the print queue."""
        if self.fax is None:
            return
        desk, op, fax_id = self.station.desk, self.station.op, self.fax.id

        def printed(job):
            if job.status == "done":
                self.message.info(self.tr("Notice printed."))
            else:
                self.message.error(self.tr("Not printed: %1 — the job waits in the print queue.")
                                   .replace("%1", job.last_error or job.status))

        self.runner.start(lambda: desk.print_fax_notice(op, fax_id), printed, self._refused, trigger=self.print_notice)

    def _deliver(self) -> None:
        desk, op, how = self.station.desk, self.station.op, self.deliver_how.currentData()
        fax_id = self.fax.id
        self.runner.start(lambda: desk.op(fax_in.deliver, op, fax_id, how), self._registered, self._refused,
                          trigger=self.deliver)

    def _bill(self) -> None:
        if self.fax is None or self.fax.bill_line is None:
            return
        if on_open_bill(self, self.fax.bill_line):
            self.message.error(self.tr("This fax is already on the open bill."))
            return
        self.lines = [self.fax.bill_line]
        who = self.fax.guest_name or self.fax.collector_name or self.fax.written_name  # a visitor has no room
        self.notice = self.tr("Receiving fee for %1 (room %2) on the bill.").replace("%1", who) \
            .replace("%2", self.fax.room or "—")
        self.accept()

    def _close(self) -> None:
        if self.fax is not None:
            self.notice = self._state_text(self.fax)
            self.accept()
        else:
            self.reject()

    def _show(self) -> None:
        registered = self.fax is not None
        for w in (self.name, self.room, self.find, self.candidates, self.register):
            w.setEnabled(not registered)
        for w in (self.pages, self.legible, self.complete, self.sender_name):
            w.setEnabled(not registered and self.claim is None)
        self.to_rack.setVisible(self.claim is None)
        self.to_rack.setEnabled(not registered)
        self.register.setEnabled(not registered and self.candidates.count() > 0)
        self.after.setVisible(registered)
        self.bill.setVisible(registered)
        self.bill.setEnabled(registered and self.fax.bill_line is not None)
        self.deliver.setEnabled(registered and self.fax.status == "matched")
        self.state.setText(self._state_text(self.fax) if registered else "")
        self.waiting_box.setVisible(self.claim is None and not registered and self.waiting.count() > 0)
        set_primary(self, self.bill if registered else self.register)
        grow_to_text(self)  # a delivered fax says more: taller, never squashed

    def _state_text(self, fax) -> str:
        parts = [self.tr("Fax %1 for %2, room %3, %4 pages").replace("%1", str(fax.id))
                 .replace("%2", fax.guest_name or fax.collector_name or fax.written_name)
                 .replace("%3", fax.room or "—")
                 .replace("%4", str(fax.pages))]
        if fax.notified_at:
            parts.append(self.tr("notified: %1 at %2 by %3").replace("%1", tr(dict(NOTIFY)[fax.notified_how]))
                         .replace("%2", f"{fax.notified_at:%H:%M}").replace("%3", fax.notified_by or ""))
        if fax.delivered_at:
            parts.append(self.tr("delivered: %1 at %2 by %3").replace("%1", tr(dict(DELIVERY)[fax.delivered_how]))
                         .replace("%2", f"{fax.delivered_at:%H:%M}").replace("%3", fax.delivered_by or ""))
        if not (fax.legible and fax.complete):
            parts.append(self.tr("not legible or incomplete: no fee; ask the sender to send it again"))
        elif fax.charge_state == "charged":
            parts.append(self.tr("fee already charged"))
        return " · ".join(parts)

    def _refused(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
