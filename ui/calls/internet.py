"""Internet: tell the rate, log the guest in (in-house guest by room and name, or a walk-in), and show
the login slip with the generated account and password. Nothing is billed here: the session runs
on the counter's "running" panel until it is stopped there and billed by the time used.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QRadioButton, QStackedWidget, QVBoxLayout, QWidget)

from bizcenter.workflows import guests
from bizcenter.workflows import internet

from .. import i18n
from ..widgets import BigButton, MessageLine, dialog_frame, set_primary
from .common import slip_view


class InternetDialog(QDialog):
    def __init__(self, station, runner, service_code: str = "internet", parent=None):
        super().__init__(parent)
        self.setObjectName("internetDialog")
        self.station, self.runner = station, runner
        self.lines, self.notice = [], None
        self.started = None
        self.rate = QLabel(objectName="internetRate", wordWrap=True)
        self.in_house = QRadioButton(objectName="inHouseGuest")
        self.walk_in = QRadioButton(objectName="walkInGuest")
        kinds = QButtonGroup(self)
        kinds.addButton(self.in_house)
        kinds.addButton(self.walk_in)
        self.in_house.setChecked(True)
        self.walk_in.toggled.connect(self._kind_changed)
        self.room = QLineEdit(objectName="internetRoom")
        self.room.editingFinished.connect(self._look_up_room)
        self.guests = QListWidget(objectName="internetRoomGuests")
        self.guests.setMaximumHeight(70)
        self.guests.itemClicked.connect(lambda item: self.name.setText(item.text()))
        self.name = QLineEdit(objectName="internetGuestName")
        self.start_button = BigButton(objectName="startSession")
        self.start_button.clicked.connect(self.start_session)
        self.slip = slip_view("internetSlip")
        self.slip_buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        self.done_button = self.slip_buttons.button(QDialogButtonBox.Ok)
        self.done_button.setObjectName("slipDone")
        self.slip_buttons.accepted.connect(self.accept)
        self.print_button = self.slip_buttons.addButton("", QDialogButtonBox.ActionRole)
        self.print_button.setObjectName("printSlip")
        self.print_button.clicked.connect(self.print_slip)
        self.message = MessageLine()
        self.cancel = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.cancel.rejected.connect(self.reject)
        self._layout()
        self.retranslate()
        self._load_rate()

    def _layout(self) -> None:
        ask = QWidget()
        kinds = QHBoxLayout()
        kinds.addWidget(self.in_house)
        kinds.addWidget(self.walk_in)
        kinds.addStretch()
        self.form = QFormLayout()
        self.labels = {w: QLabel() for w in (self.room, self.guests, self.name)}
        for w, label in self.labels.items():
            self.form.addRow(label, w)
        a = QVBoxLayout(ask)
        a.addWidget(self.rate)
        a.addLayout(kinds)
        a.addLayout(self.form)
        a.addWidget(self.message)
        self.cancel.addButton(self.start_button, QDialogButtonBox.AcceptRole)  # right-most, beside Cancel
        a.addWidget(self.cancel)
        shown = QWidget()
        s = QVBoxLayout(shown)
        self.slip_label = QLabel()
        s.addWidget(self.slip_label)
        s.addWidget(self.slip)
        s.addWidget(self.slip_buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(shown)
        QVBoxLayout(self).addWidget(self.pages)
        dialog_frame(self, self.start_button)
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Internet session"))
        self.in_house.setText(self.tr("In-house guest"))
        self.walk_in.setText(self.tr("Walk-in guest"))
        self.labels[self.room].setText(self.tr("Room"))
        self.labels[self.guests].setText(self.tr("Guests in house"))
        self.labels[self.name].setText(self.tr("Guest name"))
        self.start_button.setText(self.tr("Start session"))
        self.slip_label.setText(self.tr("Give the guest this login slip."))
        self.print_button.setText(self.tr("Print slip"))
        self.done_button.setText(self.tr("Done"))

    def _load_rate(self) -> None:
        desk = self.station.desk
        self.runner.start(partial(desk.op, internet.tariff), self._show_rate, lambda e: self.message.error(i18n.error_text(e)))

    def _show_rate(self, tariff) -> None:
        self.rate.setText(self.tr("Rate: %1").replace("%1", tariff.describe(i18n.current())))

    def _kind_changed(self) -> None:
        walk_in = self.walk_in.isChecked()
        self.room.setEnabled(not walk_in)
        self.guests.setEnabled(not walk_in)

    def _look_up_room(self) -> None:
        room = self.room.text().strip()
        if not room or self.walk_in.isChecked():
            return
        desk = self.station.desk
        self.runner.start(lambda: desk.op(guests.in_house_by_room, room), self._show_guests,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _show_guests(self, stays) -> None:
        self.guests.clear()
        for stay in stays:
            self.guests.addItems(list(stay.guests))
        if not stays:
            self.message.error(self.tr("No guest is in house in that room."))
        else:
            self.message.clear()

    def start_session(self) -> None:
        desk, op = self.station.desk, self.station.op
        walk_in, room, name = self.walk_in.isChecked(), self.room.text(), self.name.text()
        self.runner.start(lambda: desk.start_internet(op, guest_name=name, room=None if walk_in else room,
                                                      walk_in=walk_in),
                          self._started, lambda e: self.message.error(i18n.error_text(e)), trigger=self.start_button)

    def print_slip(self) -> None:
        if self.started is None:
            return
        desk, op, session_id = self.station.desk, self.station.op, self.started.session.id

        def printed(job):
            if job.status == "done":
                self.message.info(self.tr("Login slip printed."))
            else:
                self.message.error(self.tr("Not printed: %1 — the job waits in the print queue.")
                                   .replace("%1", job.last_error or job.status))

        self.runner.start(lambda: desk.print_internet_slip(op, session_id), printed,
                          lambda e: self.message.error(i18n.error_text(e)), trigger=self.print_button)

    def _started(self, started) -> None:
        self.started = started
        info = started.session
        who = info.guest_name if info.room is None else f"{info.room} {info.guest_name}"
        self.notice = (self.tr("Internet session %1 started for %2.").replace("%1", info.account)
                       .replace("%2", who))
        self.slip.setPlainText("\n".join(started.slip))
        self.print_slip()  # the guest takes the slip away; a printer that is off leaves it in the queue
        self.pages.setCurrentIndex(1)
        set_primary(self, self.done_button)
