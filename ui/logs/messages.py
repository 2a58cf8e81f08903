"""The Messages tab: take a phone or visitor message for an in-house guest (room and name checked against
the in-house list, the room's guests shown as the room is typed), print its slip, and the list of
messages still waiting for their guest."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from bizcenter.errors import DomainError
from bizcenter.workflows import guests, messages
from bizcenter.workflows.messages import NewMessage

from ..widgets import BigButton
from .common import LogTab
from .undelivered import UndeliveredList


class MessagesTab(LogTab):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.kind = QComboBox(objectName="messageKind")
        self.room = QLineEdit(objectName="messageRoom", maxLength=10)
        self.room.editingFinished.connect(self.show_room)
        self.in_room = QLabel(objectName="messageRoomGuests", wordWrap=True)
        self.guest = QLineEdit(objectName="messageGuest")
        self.caller = QLineEdit(objectName="messageCaller")
        self.phone = QLineEdit(objectName="messagePhone", maxLength=40)
        self.company = QLineEdit(objectName="messageCompany")
        self.text = QPlainTextEdit(objectName="messageText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.callback = QCheckBox(objectName="messageCallback")
        self.take = BigButton(objectName="takeMessage")
        self.take.clicked.connect(self.take_message)
        self.waiting = UndeliveredList(station, runner)
        self.form_box, self.waiting_box = QGroupBox(), QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = {}
        room_row = QHBoxLayout()
        room_row.addWidget(self.room)
        room_row.addWidget(self.in_room, 1)
        for key, field in (("kind", self.kind), ("room", room_row), ("guest", self.guest), ("caller", self.caller),
                           ("phone", self.phone), ("company", self.company), ("text", self.text),
                           ("callback", self.callback)):
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], field)
        form.addRow(self.take)
        QVBoxLayout(self.waiting_box).addWidget(self.waiting)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.form_box)
        left.addWidget(self.message)
        left.addStretch(1)
        layout.addLayout(left, 2)
        layout.addWidget(self.waiting_box, 3)
        self.retranslate()

    def retranslate(self) -> None:
        kinds = {"phone": self.tr("Phone message"), "visitor": self.tr("Visitor's message")}
        current = self.kind.currentData()
        self.kind.clear()
        for key, text in kinds.items():
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.form_box.setTitle(self.tr("Take a message"))
        self.waiting_box.setTitle(self.tr("Waiting for the guest"))
        for key, text in (("kind", self.tr("Kind")), ("room", self.tr("Room")), ("guest", self.tr("For (guest)")),
                          ("caller", self.tr("Caller")), ("phone", self.tr("Phone")), ("company", self.tr("Company")),
                          ("text", self.tr("Message")), ("callback", "")):
            self.labels[key].setText(text)
        self.caller.setPlaceholderText(self.tr("Caller's or visitor's name"))
        self.guest.setPlaceholderText(self.tr("As the caller gives it"))
        self.callback.setText(self.tr("Please call back"))
        self.take.setText(self.tr("Take message and print slip"))
        self.waiting.retranslate()

    def load(self) -> None:
        self.waiting.load()

    def show_room(self) -> None:
        """The room's in-house guests beside the room, so the clerk can check the name with the caller."""
        room, desk = self.room.text().strip(), self.desk
        if not room:
            self.in_room.clear()
            return

        def shown(stays):
            names = "; ".join(n for s in stays for n in s.guests)
            self.in_room.setText(self.tr("In house: %1").replace("%1", names) if names
                                 else self.tr("Nobody in house in this room"))

        self.runner.start(lambda: desk.op(guests.in_house_by_room, room), shown, lambda e: self.in_room.clear())

    def take_message(self) -> None:
        msg = NewMessage(self.kind.currentData(), self.room.text(), self.guest.text(), self.caller.text(),
                         self.text.toPlainText(), self.phone.text(), self.company.text(), self.callback.isChecked())
        desk, op = self.desk, self.station.op

        def work():
            taken = desk.op(messages.take, op, msg)
            try:
                return taken, desk.print_message_slip(op, taken.id)
            except DomainError:  # the message is taken; its slip can be printed again from the list
                return taken, None

        self.call(work, self._taken, trigger=self.take)

    def _taken(self, result) -> None:
        taken, job = result
        for w in (self.room, self.guest, self.caller, self.phone, self.company):
            w.clear()
        self.text.clear()
        self.callback.setChecked(False)
        self.in_room.clear()
        picked = getattr(self.window().parentWidget(), "guest_picked", None)  # the counter shows the guest
        if picked is not None:
            picked(taken.room, taken.guest_name)
        note = self.tr("Message %1 for room %2 taken.").replace("%1", taken.ref).replace("%2", taken.room)
        if job is not None and job.status == "done":
            self.message.info(note + " " + self.tr("Slip printed."))
        else:
            error = job.last_error if job is not None else ""
            self.message.error(" ".join(p for p in (note, self.tr("The slip was not printed."), error or "") if p))
        self.waiting.load()
