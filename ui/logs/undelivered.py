"""Messages still waiting for their guest, at every counter: tell the guest (message light, a call, a note
under the door, in person), deliver (bellboy, collected, read by phone), print the slip again, or close one
that can never be delivered. Shown in the logs' Messages tab and as the running panel's Messages tab."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout

from bizcenter.workflows import messages

from .common import LogTab, RowsTable, hhmm


class UndeliveredList(LogTab):
    counted = Signal(int)
    printed = Signal()

    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.table = RowsTable("undeliveredMessages")
        self.table.itemSelectionChanged.connect(self._enable)
        self.notify_how = QComboBox(objectName="messageNotifyHow")
        self.notify = QPushButton(objectName="notifyMessage")
        self.notify.clicked.connect(lambda: self.notify_guest())
        self.deliver_how = QComboBox(objectName="messageDeliverHow")
        self.deliver = QPushButton(objectName="deliverMessage")
        self.deliver.clicked.connect(lambda: self.deliver_message())
        self.print_slip = QPushButton(objectName="reprintMessageSlip")
        self.print_slip.clicked.connect(lambda: self.print_again())
        self.close_one = QPushButton(objectName="closeUndeliverable")
        self.close_one.clicked.connect(lambda: self.close_undeliverable())
        self.rows: list = []
        steps = QHBoxLayout()  # told and delivered on one row, the rest under it: fits the counter's panel
        for w in (self.notify_how, self.notify, self.deliver_how, self.deliver):
            steps.addWidget(w)
        steps.addStretch(1)
        self.buttons = buttons = QHBoxLayout()
        for w in (self.print_slip, self.close_one):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(steps)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.notify_names = {"message_light": self.tr("Message light"), "phone": self.tr("Phoned the room"),
                             "note_under_door": self.tr("Note under the door"), "in_person": self.tr("Told in person")}
        self.delivery_names = {"bellboy": self.tr("Delivered by bellboy"), "collected": self.tr("Collected by the guest"),
                               "read_by_phone": self.tr("Read to the guest by phone")}
        for combo, names in ((self.notify_how, self.notify_names), (self.deliver_how, self.delivery_names)):
            current = combo.currentData()
            combo.clear()
            for key, text in names.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.notify.setText(self.tr("Guest told"))
        self.deliver.setText(self.tr("Delivered"))
        self.print_slip.setText(self.tr("Print message slip"))
        self.close_one.setText(self.tr("Cannot deliver…"))
        self.table.set_columns([
            (self.tr("Taken"), lambda m: f"{m.taken_at:%m-%d %H:%M}"), (self.tr("Room"), lambda m: m.room),
            (self.tr("Guest"), lambda m: m.guest_name), (self.tr("Caller"), lambda m: m.caller_name),
            (self.tr("Call back"), lambda m: self.tr("yes") if m.callback else ""),
            (self.tr("Told"), lambda m: f"{self.notify_names.get(m.notified_how, '')} {hhmm(m.notified_at)}".strip()),
            (self.tr("Message"), lambda m: m.text.replace("\n", " "))])

    def load(self) -> None:
        desk = self.desk
        self.runner.start(lambda: desk.op(messages.undelivered), self._loaded, lambda e: self.message.error(str(e)))

    def _loaded(self, rows) -> None:
        self.rows = rows
        self.table.set_rows(rows)
        self._enable()
        self.counted.emit(len(rows))

    def _enable(self) -> None:
        chosen = self.table.chosen() is not None
        for b in (self.notify, self.deliver, self.print_slip, self.close_one):
            b.setEnabled(chosen)

    def _chosen(self):
        row = self.table.chosen()
        if row is None:
            self.message.error(self.tr("Choose a message first."))
        return row

    def notify_guest(self) -> None:
        row = self._chosen()
        if row:
            desk, op, how = self.desk, self.station.op, self.notify_how.currentData()
            self.call(lambda: desk.op(messages.notify, op, row.id, how), lambda _: self.load(), trigger=self.notify,
                      ok=self.tr("Room %1: guest told.").replace("%1", row.room))

    def deliver_message(self) -> None:
        row = self._chosen()
        if row:
            desk, op, how = self.desk, self.station.op, self.deliver_how.currentData()
            self.call(lambda: desk.op(messages.deliver, op, row.id, how), lambda _: self.load(), trigger=self.deliver,
                      ok=self.tr("Room %1: message delivered.").replace("%1", row.room))

    def print_again(self) -> None:
        row = self._chosen()
        if row:
            desk, op = self.desk, self.station.op
            self.call(lambda: desk.print_message_slip(op, row.id), self._printed, trigger=self.print_slip)

    def _printed(self, job) -> None:
        if job.status == "done":
            self.message.info(self.tr("Message slip printed."))
        else:
            self.message.error(" ".join(p for p in (self.tr("The slip was not printed."), job.last_error or "") if p))
        self.printed.emit()

    def close_undeliverable(self, reason: str | None = None) -> None:
        row = self._chosen()
        if not row:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cannot deliver"),
                                              self.tr("Why can this message not be delivered?"))
            if not ok:
                return
        desk, op = self.desk, self.station.op
        self.call(lambda: desk.op(messages.close_undelivered, op, row.id, reason), lambda _: self.load(),
                  trigger=self.close_one, ok=self.tr("Message closed."))
