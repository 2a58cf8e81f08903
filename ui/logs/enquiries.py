"""The Enquiries tab: what a guest asked and the answer given, logged for the supervisor's daily look;
today's enquiries at every counter are listed below."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from bizcenter.workflows import enquiries

from ..widgets import BigButton
from .common import LogTab, RowsTable


class EnquiriesTab(LogTab):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.question = QPlainTextEdit(objectName="enquiryQuestion")
        self.answer = QPlainTextEdit(objectName="enquiryAnswer")
        for w in (self.question, self.answer):
            w.setTabChangesFocus(True)
            w.setMaximumHeight(70)
        self.guest = QLineEdit(objectName="enquiryGuest")
        self.room = QLineEdit(objectName="enquiryRoom", maxLength=10)
        self.record = BigButton(objectName="recordEnquiry")
        self.record.clicked.connect(self.record_enquiry)
        self.today_list = RowsTable("enquiriesToday")
        self.form_box, self.list_box = QGroupBox(), QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = {k: QLabel() for k in ("question", "answer", "guest")}
        who = QHBoxLayout()
        who.addWidget(self.guest, 3)
        who.addWidget(self.room, 1)
        for key, field in (("question", self.question), ("answer", self.answer), ("guest", who)):
            form.addRow(self.labels[key], field)
        form.addRow(self.record)
        QVBoxLayout(self.list_box).addWidget(self.today_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.message)
        layout.addWidget(self.list_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Log an enquiry answered"))
        self.list_box.setTitle(self.tr("Today's enquiries"))
        for key, text in (("question", self.tr("Asked")), ("answer", self.tr("Answer")),
                          ("guest", self.tr("Guest, room (if given)"))):
            self.labels[key].setText(text)
        self.guest.setPlaceholderText(self.tr("Guest"))
        self.room.setPlaceholderText(self.tr("Room"))
        self.record.setText(self.tr("Log enquiry"))
        self.today_list.set_columns([
            (self.tr("Time"), lambda e: f"{e.asked_at:%H:%M}"), (self.tr("Counter"), lambda e: e.counter_code),
            (self.tr("Answered by"), lambda e: e.answered_by), (self.tr("Guest"), lambda e: f"{e.guest_name} {e.room}".strip()),
            (self.tr("Asked"), lambda e: e.question.replace("\n", " ")),
            (self.tr("Answer"), lambda e: e.answer.replace("\n", " "))])

    def load(self) -> None:
        desk, today = self.desk, self.today()
        self.runner.start(lambda: desk.op(enquiries.log, today, today), self.today_list.set_rows,
                          lambda e: self.message.error(str(e)))

    def record_enquiry(self) -> None:
        desk, op = self.desk, self.station.op
        args = (self.question.toPlainText(), self.answer.toPlainText(), self.guest.text(), self.room.text())

        def done(_):
            self.message.info(self.tr("Enquiry logged."))
            self.question.clear()
            self.answer.clear()
            self.guest.clear()
            self.room.clear()
            self.load()

        self.call(lambda: desk.op(enquiries.record, op, *args), done, trigger=self.record)
