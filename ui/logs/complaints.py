"""The Complaints tab: the clerk writes down a guest's complaint, suggestion or praise (guest, room, what);
the supervisor follows it up in the back office (Guests and events). Today's entries are listed below."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from bizcenter.workflows import complaints
from bizcenter.workflows.codenames import FEEDBACK_KINDS_NAMED, feedback_kind_name

from .. import i18n
from ..widgets import BigButton
from .common import LogTab, RowsTable


class ComplaintsTab(LogTab):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.kind = QComboBox(objectName="complaintKind")
        self.guest = QLineEdit(objectName="complaintGuest")
        self.room = QLineEdit(objectName="complaintRoom", maxLength=10)
        self.what = QPlainTextEdit(objectName="complaintWhat")
        self.what.setTabChangesFocus(True)
        self.what.setMaximumHeight(90)
        self.record = BigButton(objectName="recordComplaint")
        self.record.clicked.connect(self.record_entry)
        self.today_list = RowsTable("complaintsToday")
        self.form_box, self.list_box = QGroupBox(), QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = {k: QLabel() for k in ("kind", "guest", "room", "what")}
        for key, field in (("kind", self.kind), ("guest", self.guest), ("room", self.room), ("what", self.what)):
            form.addRow(self.labels[key], field)
        form.addRow(self.record)
        QVBoxLayout(self.list_box).addWidget(self.today_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.message)
        layout.addWidget(self.list_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current()
        self.kinds = {kind: feedback_kind_name(kind, lang) for kind in FEEDBACK_KINDS_NAMED}  # as the back office names them
        current = self.kind.currentData()
        self.kind.clear()
        for key, text in self.kinds.items():
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.form_box.setTitle(self.tr("Record what a guest said"))
        self.list_box.setTitle(self.tr("Today (the supervisor follows up in the back office)"))
        for key, text in (("kind", self.tr("Kind")), ("guest", self.tr("Guest")), ("room", self.tr("Room")),
                          ("what", self.tr("What the guest said"))):
            self.labels[key].setText(text)
        self.record.setText(self.tr("Record"))
        status = {"open": self.tr("open"), "resolved": self.tr("resolved")}
        self.today_list.set_columns([
            (self.tr("Time"), lambda f: f"{f.received_at:%H:%M}"), (self.tr("Kind"), lambda f: self.kinds.get(f.kind)),
            (self.tr("Guest"), lambda f: f.guest_name), (self.tr("Room"), lambda f: f.room),
            (self.tr("Recorded by"), lambda f: f.recorded_by), (self.tr("Status"), lambda f: status.get(f.status)),
            (self.tr("What"), lambda f: f.what.replace("\n", " "))])

    def load(self) -> None:
        desk, today = self.desk, self.today()
        self.runner.start(lambda: desk.op(complaints.log, today, today), self.today_list.set_rows,
                          lambda e: self.message.error(str(e)))

    def record_entry(self) -> None:
        desk, me = self.desk, self.station.staff.id
        args = (self.kind.currentData(), self.guest.text(), self.what.toPlainText(), self.room.text())
        self.call(lambda: desk.op(complaints.record, me, *args), self._recorded, trigger=self.record)

    def _recorded(self, _) -> None:
        kind = self.kinds.get(self.kind.currentData(), "")
        self.message.info(self.tr("%1 recorded; the supervisor sees it in the back office.").replace("%1", kind))
        for w in (self.guest, self.room):
            w.clear()
        self.what.clear()
        self.load()
