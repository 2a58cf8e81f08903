"""The receipt on screen after settling (printing comes with the printer issue), and its reprint."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout

from bizcenter.documents.slip import receipt_lines

from . import i18n
from .widgets import MessageLine


class ReceiptDialog(QDialog):
    def __init__(self, station, runner, receipt, hotel: tuple[str, str], copy: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt %1").replace("%1", receipt.number))
        self.station, self.runner, self.receipt, self.hotel = station, runner, receipt, hotel
        self.text = QPlainTextEdit(objectName="receiptText", readOnly=True)
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setStyleHint(QFont.Monospace)
        self.text.setFont(font)
        self.text.setMinimumSize(460, 520)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.reprint_button = QPushButton(self.tr("Reprint (COPY)"), objectName="reprintButton")
        buttons.addButton(self.reprint_button, QDialogButtonBox.ActionRole)
        self.reprint_button.clicked.connect(self.reprint)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.show_receipt(receipt, copy)

    def show_receipt(self, receipt, copy: bool) -> None:
        self.text.setPlainText("\n".join(receipt_lines(receipt, self.hotel, 42, copy=copy)))

    def reprint(self) -> None:
        desk, op, sale_id = self.station.desk, self.station.op, self.receipt.sale_id
        self.runner.start(lambda: desk.reprint(op, sale_id), lambda r: self.show_receipt(r, True),
                          lambda e: self.message.error(i18n.error_text(e)), trigger=self.reprint_button)
