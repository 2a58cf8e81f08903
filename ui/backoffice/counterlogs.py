"""Counter logs, the supervisor's daily look: messages taken for guests (told and delivered, when and by
whom, or still waiting), enquiries answered with the answer given, late sign-ins against the roster, and how
many complaints are still open (followed up under Guests and events) — for the business days chosen."""
from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from bizcenter.workflows import complaints, enquiries, messages, punctuality

from .common import RowsModel, Screen, table, to_date, to_qdate


def _when(t) -> str:
    return f"{t:%m-%d %H:%M}" if t else ""


class CounterLogsPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.start = QDateEdit(objectName="logsFrom", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(objectName="logsTo", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.show_button = QPushButton(objectName="showLogs")
        self.show_button.clicked.connect(self.refresh)
        self.open_complaints = QLabel(objectName="openComplaints", wordWrap=True)
        self.messages = RowsModel()
        self.messages_view = table("messageLog", self.messages, 9)
        self.enquiries = RowsModel()
        self.enquiries_view = table("enquiryLog", self.enquiries, 4)
        self.late = RowsModel()  # shift openings after the rostered start less the minutes early asked for
        self.late_view = table("lateSignIns", self.late)
        self.late_box = QGroupBox()
        QVBoxLayout(self.late_box).addWidget(self.late_view)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.open_count: int | None = None
        self.messages_box, self.enquiries_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.messages_box).addWidget(self.messages_view)
        QVBoxLayout(self.enquiries_box).addWidget(self.enquiries_view)
        top = QHBoxLayout()
        for w in (self.from_label, self.start, self.to_label, self.end, self.show_button):
            top.addWidget(w)
        top.addWidget(self.open_complaints, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.messages_box, 3)
        layout.addWidget(self.enquiries_box, 2)
        layout.addWidget(self.late_box, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("Business days from"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.messages_box.setTitle(self.tr("Messages for guests"))
        self.enquiries_box.setTitle(self.tr("Enquiries answered"))
        kinds = {"phone": self.tr("Phone"), "visitor": self.tr("Visitor")}
        states = {"taken": self.tr("waiting"), "notified": self.tr("guest told"), "delivered": self.tr("delivered"),
                  "undeliverable": self.tr("not deliverable")}
        self.messages.set_columns([
            (self.tr("Taken"), lambda m: _when(m.taken_at)), (self.tr("By"), lambda m: f"{m.taken_by} {m.counter_code}"),
            (self.tr("Kind"), lambda m: kinds.get(m.kind)), (self.tr("Room"), lambda m: m.room),
            (self.tr("Guest"), lambda m: m.guest_name),
            (self.tr("Caller"), lambda m: ", ".join(p for p in (m.caller_name, m.caller_company, m.caller_phone) if p)),
            (self.tr("State"), lambda m: states.get(m.status)),
            (self.tr("Told"), lambda m: f"{_when(m.notified_at)} {m.notified_by or ''}".strip()),
            (self.tr("Delivered"), lambda m: f"{_when(m.delivered_at)} {m.delivered_by or ''}".strip()),
            (self.tr("Message"), lambda m: (m.text + (f" — {m.closed_note}" if m.closed_note else "")).replace("\n", " "))])
        self.enquiries.set_columns([
            (self.tr("When"), lambda e: _when(e.asked_at)), (self.tr("Answered by"), lambda e: f"{e.answered_by} {e.counter_code}"),
            (self.tr("Guest"), lambda e: f"{e.guest_name} {e.room}".strip()),
            (self.tr("Asked"), lambda e: e.question.replace("\n", " ")), (self.tr("Answer"), lambda e: e.answer.replace("\n", " "))])
        self.late_box.setTitle(self.tr("Late sign-ins (shift opened after the rostered start less the minutes early)"))
        self.late.set_columns([
            (self.tr("Business day"), lambda o: f"{o.business_date:%m-%d}"), (self.tr("Clerk"), lambda o: o.clerk),
            (self.tr("Counter"), lambda o: o.counter), (self.tr("Rostered"), lambda o: o.hours),
            (self.tr("Due at"), lambda o: _when(o.due_at)), (self.tr("Opened"), lambda o: _when(o.opened_at)),
            (self.tr("Minutes late"), lambda o: o.minutes_late)])
        self._show_open_count()

    def _show_open_count(self) -> None:
        if self.open_count is not None:
            self.open_complaints.setText(self.tr("Open complaints: %1 (follow them up under Guests and events)")
                                         .replace("%1", str(self.open_count)))

    def load(self) -> None:
        today = self.clock.today()
        self.start.setDate(to_qdate(today))
        self.end.setDate(to_qdate(today))
        self.refresh()

    def refresh(self) -> None:
        desk, start, end = self.desk, to_date(self.start.date()), to_date(self.end.date())
        self.call(lambda: (desk.op(messages.log, start, end), desk.op(enquiries.log, start, end),
                           len(desk.op(complaints.log, open_only=True)),
                           desk.op(punctuality.openings, start, end, True)), self.show, trigger=self.show_button)

    def show(self, result) -> None:
        sent, asked, self.open_count, late = result
        self.late.set_rows(late)
        self.messages.set_rows(sent)
        self.enquiries.set_rows(asked)
        self._show_open_count()
