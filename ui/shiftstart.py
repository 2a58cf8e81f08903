"""Shift start: read and acknowledge the previous handover, then open the shift with a float."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from bizcenter.workflows.equipment import DeviceCheck

from bizcenter.workflows import equipment
from bizcenter.workflows import shift as shift_flow

from . import i18n, keyboard
from .state import Station
from .widgets import BigButton, MessageLine, MoneyEdit, big_font


class ShiftStartPage(QWidget):
    opened = Signal()
    signed_out = Signal()

    def __init__(self, station: Station, runner, parent=None):
        super().__init__(parent)
        self.station, self.runner = station, runner
        self.handover = None
        self.title = QLabel()
        big_font(self.title, 20)
        self.handover_box = QGroupBox()
        self.handover_text = QPlainTextEdit(objectName="handoverText", readOnly=True)
        self.ack = QCheckBox(objectName="handoverAck")
        hb = QVBoxLayout(self.handover_box)
        hb.addWidget(self.handover_text)
        hb.addWidget(self.ack)
        self.checks_box = QGroupBox(objectName="equipmentChecklist")
        self.checks_grid = QGridLayout(self.checks_box)
        self.device_rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.float_edit = MoneyEdit(objectName="floatAmount")
        self.float_label = QLabel()
        form = QFormLayout()
        form.addRow(self.float_label, self.float_edit)
        self.open_button = BigButton(objectName="openShiftButton")
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.submit)
        self.float_edit.returnPressed.connect(self.submit)
        self.back_button = BigButton(objectName="signOutButton")
        self.back_button.clicked.connect(self.signed_out.emit)
        self.message = MessageLine()
        keyboard.shortcut(self.back_button, "Ctrl+Q", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.handover_box)
        layout.addWidget(self.checks_box)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addWidget(self.back_button)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Open your shift"))
        self.handover_box.setTitle(self.tr("Handover from the previous shift"))
        self.checks_box.setTitle(self.tr("Equipment check: untick a device that is faulty and say what is wrong"))
        self.ack.setText(self.tr("I have read the handover and will act on it"))
        self.float_label.setText(self.tr("Cash float"))
        self.open_button.setText(self.tr("Open shift"))
        self.back_button.setText(self.tr("Sign out"))

    def load(self) -> None:
        self.message.clear()
        self.float_edit.currency = self.station.currency
        self.float_edit.set_minor(50000)
        self.ack.setChecked(False)
        desk, counter_id = self.station.desk, self.station.counter_id
        self.runner.start(lambda: (desk.op(shift_flow.pending_handover, counter_id), desk.op(equipment.known_devices),
                                   desk.op(equipment.open_faults_list)), self._show_handover,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _show_devices(self, devices, faults=()) -> None:
        """Every device ticked as working, except one with an open fault: shown faulty, with that fault's note,
        until someone clears it (a tick here does not make the scanner work)."""
        while self.checks_grid.count():
            self.checks_grid.takeAt(0).widget().deleteLater()
        self.device_rows.clear()
        faulty = {f.device: f for f in faults}
        for n, device in enumerate(devices):
            fault = faulty.get(device)
            ok = QCheckBox(device, objectName=f"device_{n}")
            ok.setChecked(fault is None)
            note = QLineEdit(objectName=f"deviceNote_{n}")
            note.setPlaceholderText(self.tr("fault: what is wrong"))
            if fault is not None:
                ok.setText(self.tr("%1 (open fault)").replace("%1", device))
                ok.setProperty("state", "error")
                note.setText(fault.note)
            self.checks_grid.addWidget(ok, n // 2, (n % 2) * 2)
            self.checks_grid.addWidget(note, n // 2, (n % 2) * 2 + 1)
            self.device_rows[device] = (ok, note)

    def _show_handover(self, result) -> None:
        handover, devices, faults = result
        self._show_devices(devices, faults)
        self.handover = handover
        self.handover_box.setVisible(handover is not None)
        if handover is not None:
            when = self.station.hotel_clock().text(handover.closed_at)  # the hotel's clock, not the machine's
            self.handover_text.setPlainText(f"{handover.clerk_name} · {when}\n\n{handover.note}")
        self.float_edit.setFocus()

    def submit(self) -> None:
        amount = self.float_edit.minor()
        if amount is None:
            self.message.error(self.tr("Enter the cash float, e.g. 500.00"))
            return
        ack_id = None
        if self.handover is not None:
            if not self.ack.isChecked():
                self.message.error(self.tr("Tick that you have read the handover first."))
                return
            ack_id = self.handover.shift_id
        checks = [DeviceCheck(d, ok.isChecked(), note.text()) for d, (ok, note) in self.device_rows.items()]
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.open_shift(op, amount, ack_id, checks), self._opened,
                          lambda e: self.message.error(i18n.error_text(e)), trigger=self.open_button)

    def _opened(self, shift) -> None:
        self.station.shift = shift
        self.opened.emit()
