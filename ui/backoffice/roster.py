"""The weekly roster: one row per clerk, one column per day, each cell the turns of that day; add a
turn (clerk, day, start, end, counter) or remove the selected one."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout)

from bizcenter.workflows import roster
from bizcenter.workflows import staffadmin

from .. import keyboard
from .common import Screen, to_date, to_qdate


class RosterPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.entries = []
        self.week = QDateEdit(objectName="rosterWeek", calendarPopup=True, displayFormat="yyyy-MM-dd")  # dates set at load: the hotel's
        self.week.dateChanged.connect(lambda _: self.refresh())
        self.prev = QPushButton("◀", objectName="prevWeek")
        self.prev.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        self.next = QPushButton("▶", objectName="nextWeek")
        self.next.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.grid = QTableWidget(0, 7, objectName="rosterGrid")
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.setEditTriggers(QTableWidget.NoEditTriggers)
        self.grid.verticalHeader().setMinimumSectionSize(40)
        self.clerk = QComboBox(objectName="rosterClerk")
        self.day = QDateEdit(objectName="rosterDay", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.starts = QTimeEdit(QTime(7, 0), objectName="rosterStarts", displayFormat="HH:mm")
        self.ends = QTimeEdit(QTime(15, 0), objectName="rosterEnds", displayFormat="HH:mm")
        self.counter = QComboBox(objectName="rosterCounter")
        self.note = QLineEdit(objectName="rosterNote")
        self.add = QPushButton(objectName="addRoster")
        self.add.clicked.connect(self.add_turn)
        self.remove = QPushButton(objectName="removeRoster")
        self.remove.clicked.connect(self.remove_turn)
        self.week_label = QLabel(objectName="rosterWeekLabel")
        top = QHBoxLayout()
        for w in (self.prev, self.week, self.next, self.week_label):
            top.addWidget(w)
        top.addStretch()
        form = QHBoxLayout()
        for w in (self.clerk, self.day, self.starts, self.ends, self.counter, self.note, self.add, self.remove):
            form.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        keyboard.chain((self.clerk, self.day, self.starts, self.ends, self.counter, self.note), self.add)
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add turn"))
        self.remove.setText(self.tr("Remove selected turn"))
        self.note.setPlaceholderText(self.tr("Note"))
        if self.counter.count() == 0:
            self.counter.addItem(self.tr("Any counter"), None)
        else:
            self.counter.setItemText(0, self.tr("Any counter"))
        self._headers()

    def _monday(self):
        d = to_date(self.week.date())
        return d - timedelta(days=d.weekday())

    def _headers(self) -> None:
        days = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun"))
        monday = self._monday()
        self.grid.setHorizontalHeaderLabels([f"{name} {monday + timedelta(days=i):%m-%d}"
                                             for i, name in enumerate(days)])
        self.week_label.setText(self.tr("Week of %1").replace("%1", monday.isoformat()))

    def load(self) -> None:
        today = to_qdate(self.clock.today())  # the hotel's week, not the machine's
        self.week.blockSignals(True)
        self.week.setDate(today)
        self.week.blockSignals(False)
        self.day.setDate(today)
        desk, me = self.desk, self.me
        self.call(lambda: (desk.op(staffadmin.list_staff, me), desk.op(staffadmin.list_counters, me)), self._people)

    def _people(self, result) -> None:
        people, counters = result
        self.clerk.clear()
        for p in people:
            if p.active:
                self.clerk.addItem(f"{p.code} {p.name}", p.id)
        while self.counter.count() > 1:
            self.counter.removeItem(1)
        for c in counters:
            self.counter.addItem(c.code, c.id)
        self.refresh()

    def refresh(self) -> None:
        desk, monday = self.desk, self._monday()
        self._headers()
        self.call(lambda: desk.op(roster.week, monday), self.show)

    def show(self, entries) -> None:
        self.entries = entries
        names = sorted({e.staff_name for e in entries} | {self.clerk.itemText(i).split(" ", 1)[-1]
                                                          for i in range(self.clerk.count())})
        self.grid.setRowCount(len(names))
        self.grid.setVerticalHeaderLabels(names)
        monday = self._monday()
        for r in range(len(names)):
            for c in range(7):
                self.grid.setItem(r, c, QTableWidgetItem(""))
        for e in entries:
            cell = self.grid.item(names.index(e.staff_name), (e.work_date - monday).days)
            text = f"{e.starts}–{e.ends} {e.counter}".strip()
            cell.setText("\n".join(p for p in (cell.text(), text) if p))
            cell.setData(Qt.UserRole, (cell.data(Qt.UserRole) or []) + [e.id])
        self.grid.resizeRowsToContents()

    def add_turn(self) -> None:
        clerk_id = self.clerk.currentData()
        if clerk_id is None:
            return
        desk, me = self.desk, self.me
        args = (clerk_id, to_date(self.day.date()), self.starts.time().toString("HH:mm"),
                self.ends.time().toString("HH:mm"), self.counter.currentData(), self.note.text())
        self.call(lambda: desk.op(roster.add_shift, me, *args), lambda _: (self.note.clear(), self.refresh()),
                  trigger=self.add, ok=self.tr("Turn added."))

    def remove_turn(self) -> None:
        item = self.grid.currentItem()
        ids = item.data(Qt.UserRole) if item else None
        if not ids:
            self.message.error(self.tr("Choose a cell with a turn first."))
            return
        desk, me = self.desk, self.me
        self.call(lambda: desk.op(roster.remove_shift, me, ids[-1]), lambda _: self.refresh(), trigger=self.remove)

    def go_to(self, day) -> None:
        self.week.setDate(to_qdate(day))
