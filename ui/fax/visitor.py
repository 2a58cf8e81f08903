"""A rack fax collected by a visitor who is not staying: the name on the visitor's ID must be the name on
the fax, the clerk keeps the ID's last four characters, and the receiving fee goes on the open bill
(paid at the counter; the core refuses a room charge for someone with no room)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from bizcenter.workflows import fax_rack

from .. import i18n
from ..widgets import MessageLine, dialog_frame


class VisitorDialog(QDialog):
    def __init__(self, station, runner, fax, parent=None):
        super().__init__(parent)
        self.setObjectName("faxVisitorDialog")
        self.station, self.runner, self.fax = station, runner, fax
        self.lines, self.notice = [], None
        self.addressee = QLabel(objectName="visitorAddressee")
        self.addressee.setWordWrap(True)
        self.name = QLineEdit(objectName="visitorName")
        self.id_last4 = QLineEdit(objectName="visitorIdLast4")
        self.id_last4.setMaxLength(4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, objectName="visitorButtons")
        self.buttons.accepted.connect(self._hand_over)
        self.buttons.rejected.connect(self.reject)
        self.message = MessageLine()
        self.name_label, self.id_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.addressee)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.id_label, self.id_last4)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        dialog_frame(self)  # "Hand over and bill" is the box's OK
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fax collected by a visitor"))
        self.addressee.setText(self.tr("The fax is for: %1 (%2 pages). Check the visitor's ID: the name must be "
                                       "the one on the fax.").replace("%1", self.fax.written_name)
                               .replace("%2", str(self.fax.pages)))
        self.name_label.setText(self.tr("Name on the ID"))
        self.id_label.setText(self.tr("Last 4 of the ID number"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Hand over and bill"))

    def _hand_over(self) -> None:
        desk, op, fax_id = self.station.desk, self.station.op, self.fax.id
        name, last4 = self.name.text(), self.id_last4.text()
        self.runner.start(lambda: desk.op(fax_rack.hand_to_visitor, op, fax_id, name, last4), self._handed,
                          lambda e: self.message.error(i18n.error_text(e)),
                          trigger=self.buttons.button(QDialogButtonBox.Ok))

    def _handed(self, view) -> None:
        self.lines = [view.bill_line] if view.bill_line is not None else []
        self.notice = (self.tr("Fax handed to %1; the receiving fee is on the bill.") if self.lines
                       else self.tr("Fax handed to %1; no fee (illegible or incomplete).")).replace(
                           "%1", view.collector_name)
        self.accept()
