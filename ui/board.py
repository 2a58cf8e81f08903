"""The day's board on the counter screen: VIP guests in house, the hotel's events, open faults."""
from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout)

from bizcenter.workflows import devices as devices_flow
from bizcenter.workflows import equipment
from bizcenter.workflows import roster

from . import i18n


class BoardPanel(QGroupBox):
    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("dayBoard")
        self.station, self.runner = station, runner
        self.vips = QLabel(objectName="vipList")
        self.vips.setWordWrap(True)
        self.events = QLabel(objectName="eventList")
        self.events.setWordWrap(True)
        self.faults = QListWidget(objectName="faultList")
        self.faults.setMaximumHeight(72)
        self.clear = QPushButton(objectName="clearFault")
        self.clear.clicked.connect(self.clear_fault)
        self.report = QPushButton(objectName="reportFault")  # a fault found during the shift
        self.report.clicked.connect(self.report_fault)
        self.message = QLabel()
        self.duty = QLabel(objectName="onDutyList")  # who is on now: the roster and the open shifts
        self.duty.setWordWrap(True)
        self.duty_title = QLabel()
        row = QHBoxLayout()
        self.vip_title, self.event_title, self.fault_title = QLabel(), QLabel(), QLabel()
        left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.vip_title)
        left.addWidget(self.vips)
        left.addWidget(self.duty_title)
        left.addWidget(self.duty)
        left.addStretch()
        middle.addWidget(self.event_title)
        middle.addWidget(self.events)
        middle.addStretch()
        right.addWidget(self.fault_title)
        right.addWidget(self.faults)
        fault_buttons = QHBoxLayout()  # side by side: the counter screen fits 768 px high
        fault_buttons.addWidget(self.clear)
        fault_buttons.addWidget(self.report)
        right.addLayout(fault_buttons)
        right.addWidget(self.message)
        for part in (left, middle, right):
            row.addLayout(part, 1)
        self.setLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Today"))
        self.vip_title.setText(self.tr("<b>VIP guests in house</b>"))
        self.event_title.setText(self.tr("<b>Events today</b>"))
        self.fault_title.setText(self.tr("<b>Equipment faults</b>"))
        self.clear.setText(self.tr("Fault cleared…"))
        self.duty_title.setText(self.tr("<b>On duty</b>"))
        self.report.setText(self.tr("Report a fault…"))

    def load(self) -> None:
        desk, day = self.station.desk, self.station.shift.business_date
        self.runner.start(lambda: desk.op(equipment.board, day), self.show, lambda e: self.message.setText(i18n.error_text(e)))
        self.runner.start(partial(desk.op, roster.on_duty), self.show_on_duty, lambda e: self.duty.setText(i18n.error_text(e)))

    def show_on_duty(self, people) -> None:
        self.duty.setText("\n".join(f"{p.name} {p.counter} {p.hours}".strip() for p in people) or "—")

    def show(self, board) -> None:
        self.vips.setText("\n".join(f"{room}  {names}" for room, names in board.vips) or "—")
        self.events.setText("\n".join(" ".join(p for p in e if p) for e in board.events) or "—")
        self.faults.clear()
        self.open_faults = board.faults  # a service done on one of these devices warns before it is sold
        for f in board.faults:
            item = QListWidgetItem(f"{f.device}: {f.note} ({f.reported_by})")
            item.setData(256, f.id)
            self.faults.addItem(item)
        self.clear.setEnabled(bool(board.faults))

    def clear_fault(self) -> None:
        item = self.faults.currentItem() or self.faults.item(0)
        if item is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Fault cleared"), self.tr("What was done?"))
        if not ok:
            return
        desk, staff_id, fault_id = self.station.desk, self.station.staff.id, item.data(256)
        self.runner.start(lambda: desk.op(equipment.clear_fault, staff_id, fault_id, text), lambda _: self.load(),
                          lambda e: self.message.setText(i18n.error_text(e)))

    def report_fault(self) -> None:
        desk = self.station.desk
        self.runner.start(partial(desk.op, equipment.known_devices), self._ask_fault, lambda e: self.message.setText(i18n.error_text(e)))

    def _ask_fault(self, devices) -> None:
        device, ok = QInputDialog.getItem(self, self.tr("Report a fault"), self.tr("Which device?"), devices, 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Report a fault"), self.tr("What is wrong?"))
        if not ok:
            return
        desk, staff_id = self.station.desk, self.station.staff.id
        self.runner.start(lambda: desk.op(devices_flow.report_fault, staff_id, device, note), lambda _: self.load(),
                          lambda e: self.message.setText(i18n.error_text(e)))
