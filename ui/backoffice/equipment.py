"""Equipment: the register of devices, and the faults (from shift-start checks or reported during the
shift) with their repair status; a repair step of `repaired` clears the fault from the counters' board."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout)

from bizcenter.workflows import devices
from bizcenter.workflows import equipment
from bizcenter.workflows import staffadmin
from bizcenter.workflows.codenames import repair_state_name

from .. import i18n, keyboard
from .common import RowsModel, Screen, selected, table

STATES = ("engineer_called", "waiting_parts", "repaired", "written_off")


class EquipmentPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.devices = RowsModel()
        self.device_view = table("deviceTable", self.devices, 0)
        self.fields = {k: QLineEdit(objectName=f"device_{k}") for k in ("name", "kind", "serial", "location")}
        self.counter = QComboBox(objectName="deviceCounter")
        self.add = QPushButton(objectName="registerDevice")
        self.add.clicked.connect(self.register)
        self.retire = QPushButton(objectName="retireDevice")
        self.retire.clicked.connect(self.retire_device)
        self.faults = RowsModel()
        self.fault_view = table("faultTable", self.faults, 2)
        self.all_faults = QCheckBox(objectName="showClearedFaults")
        self.all_faults.toggled.connect(lambda _: self.refresh())
        self.fault_device = QComboBox(objectName="faultDevice")
        self.fault_device.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.fault_note = QLineEdit(objectName="faultNote")
        self.report = QPushButton(objectName="reportFault")
        self.report.clicked.connect(self.report_fault)
        self.status = QComboBox(objectName="repairStatus")
        self.step_note = QLineEdit(objectName="repairNote")
        self.step = QPushButton(objectName="repairStep")
        self.step.clicked.connect(self.repair_step)
        keyboard.chain((*self.fields.values(), self.counter), self.add)
        keyboard.chain((self.fault_device, self.fault_note), self.report)
        keyboard.chain((self.status, self.step_note), self.step)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.reg_box, self.fault_box = QGroupBox(), QGroupBox()
        r = QVBoxLayout(self.reg_box)
        r.addWidget(self.device_view, 1)
        row = QHBoxLayout()
        for w in (*self.fields.values(), self.counter, self.add, self.retire):
            row.addWidget(w)
        r.addLayout(row)
        f = QVBoxLayout(self.fault_box)
        f.addWidget(self.all_faults)
        f.addWidget(self.fault_view, 1)
        report = QHBoxLayout()
        for w in (self.fault_device, self.fault_note, self.report):
            report.addWidget(w)
        f.addLayout(report)
        step = QHBoxLayout()
        for w in (self.status, self.step_note, self.step):
            step.addWidget(w)
        f.addLayout(step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reg_box, 1)
        layout.addWidget(self.fault_box, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.reg_box.setTitle(self.tr("Device register"))
        self.fault_box.setTitle(self.tr("Faults and repairs"))
        for key, text in (("name", self.tr("Device name")), ("kind", self.tr("Kind")), ("serial", self.tr("Serial no.")),
                          ("location", self.tr("Location"))):
            self.fields[key].setPlaceholderText(text)
        self.add.setText(self.tr("Register device"))
        self.retire.setText(self.tr("Retire selected"))
        self.all_faults.setText(self.tr("Show repaired faults too"))
        self.fault_note.setPlaceholderText(self.tr("What is wrong?"))
        self.report.setText(self.tr("Report fault"))
        self.step_note.setPlaceholderText(self.tr("What was done / who was called"))
        self.step.setText(self.tr("Record repair step"))
        lang = i18n.current()
        self.state_names = {s: repair_state_name(s, lang) for s in ("reported",) + STATES + ("cleared",)}
        current = self.status.currentData()
        self.status.clear()
        for s in STATES:
            self.status.addItem(self.state_names[s], s)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        if self.counter.count() == 0:
            self.counter.addItem("", None)
        self.counter.setItemText(0, self.tr("No counter"))  # in the language now shown, not the one at start
        open_faults = self.tr("open faults")
        self.devices.set_columns([
            (self.tr("Device name"), lambda d: d.name), (self.tr("Kind"), lambda d: d.kind),
            (self.tr("Serial no."), lambda d: d.serial), (self.tr("Location"), lambda d: d.location),
            (self.tr("Counter"), lambda d: d.counter),
            (self.tr("Status"), lambda d: (self.tr("in use") if d.active else self.tr("retired"))
             + (f" · {open_faults} {d.open_faults}" if d.open_faults else ""))])
        self.faults.set_columns([
            (self.tr("Reported"), lambda f: self.clock.text(f.reported_at, "%m-%d %H:%M")),
            (self.tr("Device"), lambda f: f.device), (self.tr("Fault"), lambda f: f.note),
            (self.tr("By"), lambda f: f.reported_by), (self.tr("Repair status"), lambda f: self.state_names.get(
                f.status, f.status)), (self.tr("Last step"), lambda f: f.last_step)])

    def load(self) -> None:
        desk, me = self.desk, self.me
        self.call(lambda: desk.op(staffadmin.list_counters, me), self._counters)
        self.refresh()

    def _counters(self, counters) -> None:
        while self.counter.count() > 1:
            self.counter.removeItem(1)
        for c in counters:
            self.counter.addItem(c.code, c.id)

    def refresh(self) -> None:
        desk, cleared = self.desk, self.all_faults.isChecked()
        self.call(lambda: (desk.op(devices.register), desk.op(devices.faults, cleared), desk.op(equipment.known_devices)), self.show)

    def show(self, result) -> None:
        register, faults, names = result
        self.devices.set_rows(register)
        self.faults.set_rows(faults)
        current = self.fault_device.currentText()
        self.fault_device.clear()
        self.fault_device.addItems(names)
        if current in names:
            self.fault_device.setCurrentText(current)

    def register(self) -> None:
        desk, me = self.desk, self.me
        v = {k: f.text() for k, f in self.fields.items()}
        args = (v["name"], v["kind"], v["serial"], v["location"], self.counter.currentData())
        self.call(lambda: desk.op(devices.register_device, me, *args), lambda _: ([f.clear() for f in self.fields.values()],
                                                                       self.refresh()),
                  trigger=self.add, ok=self.tr("Device registered."))

    def retire_device(self) -> None:
        device = selected(self.device_view)
        if device:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(devices.retire_device, me, device.id), lambda _: self.refresh(), trigger=self.retire)

    def report_fault(self) -> None:
        desk, me, device, note = self.desk, self.me, self.fault_device.currentText(), self.fault_note.text()
        self.call(lambda: desk.op(devices.report_fault, me, device, note), lambda _: (self.fault_note.clear(), self.refresh()),
                  trigger=self.report, ok=self.tr("Fault reported."))

    def repair_step(self) -> None:
        fault = selected(self.fault_view) or (self.faults.rows[0] if len(self.faults.rows) == 1 else None)
        if fault is None:
            self.message.error(self.tr("Choose a fault first."))
            return
        desk, me, status, note = self.desk, self.me, self.status.currentData(), self.step_note.text()
        self.call(lambda: desk.op(devices.repair_step, me, fault.id, status, note), lambda _: (self.step_note.clear(),
                                                                                   self.refresh()),
                  trigger=self.step, ok=self.tr("Repair step recorded."))
