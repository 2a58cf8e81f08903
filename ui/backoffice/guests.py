"""Guests: the complaints and feedback log (what, who, when, resolution, follow-up), and the board
of VIPs and events that the counters show, entered here or imported from the front office's CSV."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTimeEdit, QVBoxLayout)

from bizcenter.workflows import complaints
from bizcenter.workflows import equipment

from .. import keyboard
from .common import RowsModel, Screen, selected, table, to_date, to_qdate


class GuestsPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.log = RowsModel()
        self.log_view = table("feedbackTable", self.log, 4)
        self.open_only = QCheckBox(objectName="openOnly")
        self.open_only.toggled.connect(lambda _: self.refresh())
        self.kind = QComboBox(objectName="feedbackKind")
        self.guest = QLineEdit(objectName="feedbackGuest")
        self.room = QLineEdit(objectName="feedbackRoom", maxLength=10)
        self.what = QLineEdit(objectName="feedbackWhat")
        self.record = QPushButton(objectName="recordFeedback")
        self.record.clicked.connect(self.record_feedback)
        self.resolution = QLineEdit(objectName="feedbackResolution")
        self.follow_up = QLineEdit(objectName="feedbackFollowUp")
        self.follow_on = QDateEdit(objectName="followUpOn", calendarPopup=True, displayFormat="yyyy-MM-dd")  # dates set at load: the hotel's
        self.resolve = QPushButton(objectName="resolveFeedback")
        self.resolve.clicked.connect(self.resolve_feedback)
        self.add_follow = QPushButton(objectName="addFollowUp")
        self.add_follow.clicked.connect(self.follow)
        self.events = RowsModel()
        self.events_view = table("eventTable", self.events, 2)
        self.vips = QLabel(objectName="vipBoard", wordWrap=True)
        self.event_day = QDateEdit(objectName="eventDate", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.event_time = QTimeEdit(QTime(9, 0), objectName="eventTime", displayFormat="HH:mm")
        self.event_title = QLineEdit(objectName="eventTitle")
        self.event_place = QLineEdit(objectName="eventPlace")
        self.add_event = QPushButton(objectName="addEvent")
        self.add_event.clicked.connect(self.add_hotel_event)
        self.remove_event = QPushButton(objectName="removeEvent")
        self.remove_event.clicked.connect(self.remove_hotel_event)
        self.import_button = QPushButton(objectName="importEvents")
        self.import_button.clicked.connect(lambda: self.import_events())
        self.guests_button = QPushButton(objectName="importGuests")
        self.guests_button.clicked.connect(lambda: self.import_guests())
        self.guest_encoding = QComboBox(objectName="guestFileEncoding")  # when the file's cannot be told
        keyboard.chain((self.kind, self.guest, self.room, self.what), self.record)
        keyboard.chain((self.event_day, self.event_title, self.event_place), self.add_event)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.log_box, self.board_box = QGroupBox(), QGroupBox()
        g = QVBoxLayout(self.log_box)
        g.addWidget(self.open_only)
        g.addWidget(self.log_view, 1)
        rec = QHBoxLayout()
        for w in (self.kind, self.guest, self.room, self.what, self.record):
            rec.addWidget(w, 3 if w is self.what else 0)
        g.addLayout(rec)
        res = QHBoxLayout()
        for w in (self.resolution, self.follow_up, self.follow_on, self.resolve, self.add_follow):
            res.addWidget(w)
        g.addLayout(res)
        b = QVBoxLayout(self.board_box)
        vip_row = QHBoxLayout()
        vip_row.addWidget(self.vips, 1)
        vip_row.addWidget(self.guest_encoding)
        vip_row.addWidget(self.guests_button)
        b.addLayout(vip_row)
        b.addWidget(self.events_view, 1)
        ev = QHBoxLayout()
        for w in (self.event_day, self.event_time, self.event_title, self.event_place, self.add_event,
                  self.remove_event, self.import_button):
            ev.addWidget(w)
        b.addLayout(ev)
        layout = QVBoxLayout(self)
        layout.addWidget(self.log_box, 3)
        layout.addWidget(self.board_box, 2)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        encodings = {None: self.tr("Encoding: automatic"), "gb18030": "GB18030", "big5": "Big5",
                     "latin-1": "Latin-1", "utf-8": "UTF-8"}
        chosen = self.guest_encoding.currentData()
        self.guest_encoding.clear()
        for code, label in encodings.items():
            self.guest_encoding.addItem(label, code)
        self.guest_encoding.setCurrentIndex(max(self.guest_encoding.findData(chosen), 0))
        self.guest_encoding.setToolTip(self.tr("The guest file's encoding, when it cannot be told from the file"))
        self.log_box.setTitle(self.tr("Complaints and feedback"))
        self.board_box.setTitle(self.tr("VIPs in house and events (this week and next)"))
        self.open_only.setText(self.tr("Open complaints only"))
        kinds = {"complaint": self.tr("Complaint"), "feedback": self.tr("Suggestion"), "praise": self.tr("Praise")}
        current = self.kind.currentData()
        self.kind.clear()
        for k, text in kinds.items():
            self.kind.addItem(text, k)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.guest.setPlaceholderText(self.tr("Guest name"))
        self.room.setPlaceholderText(self.tr("Room"))
        self.what.setPlaceholderText(self.tr("What the guest said"))
        self.record.setText(self.tr("Record"))
        self.resolution.setPlaceholderText(self.tr("What was done"))
        self.follow_up.setPlaceholderText(self.tr("Follow-up"))
        self.resolve.setText(self.tr("Resolve"))
        self.add_follow.setText(self.tr("Add follow-up"))
        self.event_title.setPlaceholderText(self.tr("Event"))
        self.event_place.setPlaceholderText(self.tr("Place"))
        self.add_event.setText(self.tr("Add event"))
        self.remove_event.setText(self.tr("Remove event"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.guests_button.setText(self.tr("Import in-house guests…"))
        status = {"open": self.tr("open"), "resolved": self.tr("resolved")}
        self.log.set_columns([
            (self.tr("When"), lambda f: f"{f.received_at:%Y-%m-%d %H:%M}"),
            (self.tr("Kind"), lambda f: kinds.get(f.kind, f.kind)), (self.tr("Guest"), lambda f: f.guest_name),
            (self.tr("Room"), lambda f: f.room), (self.tr("What"), lambda f: f.what),
            (self.tr("Recorded by"), lambda f: f.recorded_by), (self.tr("Status"), lambda f: status.get(f.status)),
            (self.tr("Resolution"), lambda f: f.resolution), (self.tr("Resolved by"), lambda f: f.resolved_by),
            (self.tr("Follow-up"), lambda f: f.follow_up + (f" ({f.follow_up_on})" if f.follow_up_on else ""))])
        self.events.set_columns([
            (self.tr("Date"), lambda e: e.event_date.isoformat()), (self.tr("Time"), lambda e: e.time),
            (self.tr("Event"), lambda e: e.title), (self.tr("Place"), lambda e: e.place)])

    def load(self) -> None:
        today = self.clock.today()
        self.follow_on.setDate(to_qdate(today + timedelta(days=1)))
        self.event_day.setDate(to_qdate(today))
        self.refresh()

    def refresh(self) -> None:
        desk, open_only, today = self.desk, self.open_only.isChecked(), self.clock.today()
        start = today - timedelta(days=today.weekday())
        self.call(lambda: (desk.op(complaints.log, open_only=open_only), desk.op(complaints.events, start, start + timedelta(days=13)),
                           desk.op(equipment.board, today)), self.show)

    def show(self, result) -> None:
        log, events, board = result
        self.log.set_rows(log)
        self.events.set_rows(events)
        self.vips.setText(self.tr("VIP guests in house: %1").replace(
            "%1", "; ".join(f"{room} {names}" for room, names in board.vips) or "—"))

    def record_feedback(self) -> None:
        desk, me = self.desk, self.me
        args = (self.kind.currentData(), self.guest.text(), self.what.text(), self.room.text())
        self.call(lambda: desk.op(complaints.record, me, *args),
                  lambda _: ([w.clear() for w in (self.guest, self.room, self.what)], self.refresh()),
                  trigger=self.record, ok=self.tr("Recorded."))

    def _chosen(self):
        row = selected(self.log_view)
        if row is None:
            self.message.error(self.tr("Choose an entry first."))
        return row

    def resolve_feedback(self) -> None:
        row = self._chosen()
        if row:
            desk, me = self.desk, self.me
            args = (self.resolution.text(), self.follow_up.text(),
                    to_date(self.follow_on.date()) if self.follow_up.text().strip() else None)
            self.call(lambda: desk.op(complaints.resolve, me, row.id, *args),
                      lambda _: (self.resolution.clear(), self.follow_up.clear(), self.refresh()),
                      trigger=self.resolve, ok=self.tr("Resolved."))

    def follow(self) -> None:
        row = self._chosen()
        if row:
            desk, me, text, on = self.desk, self.me, self.follow_up.text(), to_date(self.follow_on.date())
            self.call(lambda: desk.op(complaints.add_follow_up, me, row.id, text, on),
                      lambda _: (self.follow_up.clear(), self.refresh()), trigger=self.add_follow)

    def add_hotel_event(self) -> None:
        desk, me = self.desk, self.me
        args = (to_date(self.event_day.date()), self.event_title.text(), self.event_time.time().toString("HH:mm"),
                self.event_place.text())
        self.call(lambda: desk.op(complaints.add_events, me, *args),
                  lambda _: (self.event_title.clear(), self.event_place.clear(), self.refresh()),
                  trigger=self.add_event, ok=self.tr("Event added."))

    def remove_hotel_event(self) -> None:
        event = selected(self.events_view)
        if event:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(complaints.remove_event, me, event.id), lambda _: self.refresh(), trigger=self.remove_event)

    def import_events(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import events"), "", "CSV (*.csv *.txt)")
            if not path:
                return
        desk, me = self.desk, self.me
        self.call(lambda: desk.import_events(me, path), lambda n: (self.message.info(
            self.tr("%1 event(s) imported.").replace("%1", str(n))), self.refresh()), trigger=self.import_button)

    def import_guests(self, path: str | None = None) -> None:
        """The front office's in-house guest file: VIPs appear on every counter's board."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import in-house guests"), "", "CSV (*.csv *.txt)")
            if not path:
                return
        desk, me, encoding = self.desk, self.me, self.guest_encoding.currentData()
        self.call(lambda: desk.import_front_office_guests(me, path, encoding), lambda r: (self.message.info(
            self.tr("Guests imported: %1 new, %2 updated.").replace("%1", str(r.created)).replace("%2", str(r.updated))),
            self.refresh()), trigger=self.guests_button)
