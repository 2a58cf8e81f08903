"""The counter's Fapiao… form (发票): the guest's request for the receipt on screen (and any more receipts
typed by number) — ordinary or special VAT, title, taxpayer number, for a special one address, phone, bank
and account, e-mail for an electronic one. The core checks each field (a bad one is named in the clerk's
language); the finance office issues the fapiao from the back office."""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout)

from bizcenter.workflows import fapiao
from bizcenter.workflows.fapiao_fields import FapiaoAsk

from . import i18n
from .widgets import MessageLine, dialog_frame


class FapiaoDialog(QDialog):
    def __init__(self, station, runner, receipt, parent=None):
        super().__init__(parent)
        self.setObjectName("fapiaoDialog")
        self.station, self.runner, self.receipt = station, runner, receipt
        self.result_row = None
        self.ordinary = QRadioButton(objectName="fapiaoOrdinary", checked=True)
        self.special = QRadioButton(objectName="fapiaoSpecial")
        self.kinds = QButtonGroup(self)
        for b in (self.ordinary, self.special):
            self.kinds.addButton(b)
            b.toggled.connect(self._fields_shown)
        self.personal = QCheckBox(objectName="fapiaoPersonal")
        self.personal.toggled.connect(self._fields_shown)
        self.title = QLineEdit(objectName="fapiaoTitle", maxLength=200)
        self.taxpayer_no = QLineEdit(objectName="fapiaoTaxpayerNo", maxLength=24)
        self.address = QLineEdit(objectName="fapiaoAddress", maxLength=200)
        self.phone = QLineEdit(objectName="fapiaoPhone", maxLength=40)
        self.bank = QLineEdit(objectName="fapiaoBank", maxLength=200)
        self.account = QLineEdit(objectName="fapiaoAccount", maxLength=40)
        self.electronic = QCheckBox(objectName="fapiaoElectronic")
        self.electronic.toggled.connect(self._fields_shown)
        self.email = QLineEdit(objectName="fapiaoEmail", maxLength=200)
        self.more = QLineEdit(objectName="fapiaoMoreReceipts")
        self.receipts_label = QLabel(objectName="fapiaoReceipts")
        self.message = MessageLine()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.ordinary)
        kind_row.addWidget(self.special)
        kind_row.addStretch()
        self.form = QFormLayout()
        self.labels = {k: QLabel() for k in ("kind", "title", "taxpayer_no", "address", "phone", "bank", "account",
                                             "email", "receipts", "more")}
        self.form.addRow(self.labels["receipts"], self.receipts_label)
        self.form.addRow(self.labels["kind"], kind_row)
        self.form.addRow("", self.personal)
        self.form.addRow(self.labels["title"], self.title)
        self.form.addRow(self.labels["taxpayer_no"], self.taxpayer_no)
        for key in ("address", "phone", "bank", "account"):
            self.form.addRow(self.labels[key], getattr(self, key))
        self.form.addRow("", self.electronic)
        self.form.addRow(self.labels["email"], self.email)
        self.form.addRow(self.labels["more"], self.more)  # the guest's other receipts, when there are any
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)  # a company's full name on one line
        self.retranslate()
        dialog_frame(self)
        self.title.setFocus()
        self._fields_shown()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fapiao for receipt %1").replace("%1", self.receipt.number))
        self.ordinary.setText(self.tr("Ordinary fapiao"))
        self.special.setText(self.tr("Special VAT fapiao"))
        self.personal.setText(self.tr("Personal title (no taxpayer number)"))
        self.electronic.setText(self.tr("Electronic fapiao, sent by e-mail"))
        texts = {"kind": self.tr("Kind"), "title": self.tr("Title"), "taxpayer_no": self.tr("Taxpayer number"),
                 "address": self.tr("Address"), "phone": self.tr("Phone"), "bank": self.tr("Bank"),
                 "account": self.tr("Bank account"), "email": self.tr("E-mail"), "receipts": self.tr("Receipt"),
                 "more": self.tr("More receipts")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.receipts_label.setText(self.receipt.number)
        self.more.setPlaceholderText(self.tr("e.g. 12, BC2-000034"))
        self.taxpayer_no.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Request fapiao"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    def _fields_shown(self, *_) -> None:
        special = self.special.isChecked()
        self.personal.setEnabled(not special)
        if special:
            self.personal.setChecked(False)
        for key in ("address", "phone", "bank", "account"):
            self.form.setRowVisible(getattr(self, key), special)
        self.form.setRowVisible(self.taxpayer_no, not self.personal.isChecked())
        self.form.setRowVisible(self.email, self.electronic.isChecked())

    def ask(self) -> FapiaoAsk:
        personal = self.personal.isChecked()
        return FapiaoAsk("special" if self.special.isChecked() else "ordinary", self.title.text(),
                         "" if personal else self.taxpayer_no.text(), personal, self.address.text(),
                         self.phone.text(), self.bank.text(), self.account.text(), self.electronic.isChecked(),
                         self.email.text() if self.electronic.isChecked() else "")

    def submit(self) -> None:
        desk, op, ask, more = self.station.desk, self.station.op, self.ask(), self.more.text()
        sale_id = self.receipt.sale_id
        self.runner.start(lambda: desk.op(fapiao.request_receipts, op, sale_id, more, ask), self._done,
                          lambda exc: self.message.error(i18n.error_text(exc)),
                          trigger=self.buttons.button(QDialogButtonBox.Ok))

    def _done(self, row) -> None:
        self.result_row = row
        self.accept()
