"""Staff and counters: add staff, activate/deactivate, roles, PIN resets, unlock; the counters with
their printers and devices (printer set-up is the printing area's dialog, when this build has it)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from bizcenter.workflows import staffadmin

from .. import i18n
from ..i18n import LANGUAGES
from .. import keyboard
from ..modal import open_modal
from .common import RowsModel, Screen, selected, table

LANGUAGE_NAMES = dict(LANGUAGES)  # "中文", "English": the language as its speakers name it, never its code

ROLES = ("clerk", "supervisor", "admin")


class StaffPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.people = RowsModel()
        self.people_view = table("staffTable", self.people)
        self.code = QLineEdit(objectName="newStaffCode")
        self.name = QLineEdit(objectName="newStaffName")
        self.role = QComboBox(objectName="newStaffRole")
        self.pin = QLineEdit(objectName="newStaffPin", echoMode=QLineEdit.Password)
        self.language = QComboBox(objectName="newStaffLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.add = QPushButton(objectName="addStaff")
        self.add.clicked.connect(self.add_staff)
        self.active = QPushButton(objectName="toggleActive")
        self.active.clicked.connect(self.toggle_active)
        self.set_role = QComboBox(objectName="setRole")
        self.role_button = QPushButton(objectName="applyRole")
        self.role_button.clicked.connect(self.apply_role)
        self.new_pin = QLineEdit(objectName="resetPin", echoMode=QLineEdit.Password)
        self.pin_button = QPushButton(objectName="resetPinButton")
        self.pin_button.clicked.connect(self.reset_pin)
        self.unlock = QPushButton(objectName="unlockStaff")
        self.unlock.clicked.connect(self.unlock_staff)
        self.counters = RowsModel()
        self.counter_view = table("counterTable", self.counters, 3)
        self.counter_code = QLineEdit(objectName="newCounterCode")
        self.counter_zh = QLineEdit(objectName="newCounterZh")
        self.counter_en = QLineEdit(objectName="newCounterEn")
        self.add_counter = QPushButton(objectName="addCounter")
        self.add_counter.clicked.connect(self.add_counter_row)
        self.printers = QPushButton(objectName="printerSettings")
        self.printers.clicked.connect(self.printer_settings)
        keyboard.chain((self.code, self.name, self.role, self.pin, self.language), self.add)
        keyboard.chain((self.new_pin,), self.pin_button)
        keyboard.chain((self.counter_code, self.counter_zh, self.counter_en), self.add_counter)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.staff_box, self.counter_box = QGroupBox(), QGroupBox()
        s = QVBoxLayout(self.staff_box)
        s.addWidget(self.people_view, 1)
        add = QHBoxLayout()
        for w in (self.code, self.name, self.role, self.pin, self.language, self.add):
            add.addWidget(w)
        s.addLayout(add)
        change = QHBoxLayout()
        for w in (self.active, self.set_role, self.role_button, self.new_pin, self.pin_button, self.unlock):
            change.addWidget(w)
        s.addLayout(change)
        c = QVBoxLayout(self.counter_box)
        c.addWidget(self.counter_view, 1)
        row = QHBoxLayout()
        for w in (self.counter_code, self.counter_zh, self.counter_en, self.add_counter, self.printers):
            row.addWidget(w)
        c.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.staff_box, 3)
        layout.addWidget(self.counter_box, 2)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.staff_box.setTitle(self.tr("Staff"))
        self.counter_box.setTitle(self.tr("Counters, printers and devices"))
        names = {"clerk": self.tr("Clerk"), "supervisor": self.tr("Supervisor"), "admin": self.tr("Admin")}
        for combo in (self.role, self.set_role):
            current = combo.currentData()
            combo.clear()
            for r in ROLES:
                combo.addItem(names[r], r)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.code.setPlaceholderText(self.tr("Code"))
        self.name.setPlaceholderText(self.tr("Name"))
        self.pin.setPlaceholderText(self.tr("PIN (4–12 digits)"))
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.add.setText(self.tr("Add staff"))
        self.active.setText(self.tr("Deactivate / reactivate"))
        self.role_button.setText(self.tr("Set role"))
        self.pin_button.setText(self.tr("Reset PIN"))
        self.unlock.setText(self.tr("Unlock"))
        self.counter_code.setPlaceholderText(self.tr("Counter code"))
        self.counter_zh.setPlaceholderText(self.tr("Chinese name"))
        self.counter_en.setPlaceholderText(self.tr("English name"))
        self.add_counter.setText(self.tr("Add counter"))
        self.printers.setText(self.tr("Printer settings…"))
        self.people.set_columns([
            (self.tr("Code"), lambda p: p.code), (self.tr("Name"), lambda p: p.name),
            (self.tr("Role"), lambda p: names.get(p.role, p.role)),
            (self.tr("Language"), lambda p: LANGUAGE_NAMES.get(p.language, p.language)),
            (self.tr("Status"), lambda p: (self.tr("active") if p.active else self.tr("inactive"))
             + (" · " + self.tr("locked") if p.locked else ""))])
        self.counters.set_columns([
            (self.tr("Code"), lambda c: c.code),
            (self.tr("Name"), lambda c: c.name_zh if i18n.current() == "zh" else c.name_en),
            (self.tr("Printers"), lambda c: "; ".join(c.printers) or "—"),
            (self.tr("Devices"), lambda c: ", ".join(c.devices) or "—")])

    def load(self) -> None:
        desk, me = self.desk, self.me
        self.call(lambda: (desk.op(staffadmin.list_staff, me), desk.op(staffadmin.list_counters, me)), self.show)

    def show(self, result) -> None:
        people, counters = result
        self.people.set_rows(people)
        self.counters.set_rows(counters)

    def _target(self):
        person = selected(self.people_view)
        if person is None:
            self.message.error(self.tr("Choose a staff member first."))
        return person

    def add_staff(self) -> None:
        desk, me = self.desk, self.me
        args = (self.code.text(), self.name.text(), self.role.currentData(), self.pin.text(),
                self.language.currentData())
        self.call(lambda: desk.add_staff_member(me, *args), lambda _: (self.code.clear(), self.name.clear(),
                                                                        self.pin.clear(), self.load()),
                  trigger=self.add, ok=self.tr("Staff member added."))

    def toggle_active(self) -> None:
        person = self._target()
        if person:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(staffadmin.set_active, me, person.id, not person.active), lambda _: self.load(),
                      trigger=self.active)

    def apply_role(self) -> None:
        person, role = self._target(), self.set_role.currentData()
        if person:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(staffadmin.set_role, me, person.id, role), lambda _: self.load(), trigger=self.role_button)

    def reset_pin(self) -> None:
        person, pin = self._target(), self.new_pin.text()
        if person:
            desk, me = self.desk, self.me
            self.call(lambda: desk.reset_staff_pin(me, person.id, pin), lambda _: (self.new_pin.clear(), self.load()),
                      trigger=self.pin_button, ok=self.tr("PIN reset for %1.").replace("%1", person.name))

    def unlock_staff(self) -> None:
        person = self._target()
        if person:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(staffadmin.unlock, me, person.id), lambda _: self.load(), trigger=self.unlock,
                      ok=self.tr("%1 unlocked.").replace("%1", person.name))

    def add_counter_row(self) -> None:
        desk, me = self.desk, self.me
        args = (self.counter_code.text(), self.counter_zh.text(), self.counter_en.text())
        self.call(lambda: desk.op(staffadmin.add_counter, me, *args), lambda _: (self.counter_code.clear(), self.load()),
                  trigger=self.add_counter, ok=self.tr("Counter added."))

    def printer_settings(self) -> None:
        from ..printing.settings import PrinterSettingsDialog

        self.dialog = PrinterSettingsDialog(self.station, self.runner, self)
        self.dialog.finished.connect(lambda _: self.load())
        open_modal(self.dialog)
