"""The refund dialog: the clerk ticks the lines given back (and how many units of a per-unit line), sees
the amount to pay back, chooses how the guest is paid back, and a supervisor approves with a reason.
The figures come from the core (`workflows.partial_refund.preview`), never computed here."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from bizcenter.workflows.partial_refund import RefundPick, preview
from bizcenter.workflows.staff import Credentials

from . import i18n
from .widgets import big_font, dialog_frame, money, set_role

METHODS = ("cash", "card", "room", "qr")


class RefundDialog(QDialog):
    """`refundable` is the core's `Refundable` of the sale; after Accept, `receipt` is the refund's."""

    def __init__(self, station, runner, refundable, number: str, parent=None):
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.station, self.runner, self.sale = station, runner, refundable
        self.receipt = None
        self._asked = 0  # the newest preview asked for; older answers are dropped
        zh = i18n.current() == "zh"
        self.setWindowTitle(self.tr("Refund receipt %1").replace("%1", number))
        self.table = QTableWidget(len(refundable.lines), 5, objectName="refundLines")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Sold"), self.tr("Left"),
                                              self.tr("Give back"), self.tr("Amount left")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.spins: list[QSpinBox] = []
        for row, line in enumerate(refundable.lines):
            name = QTableWidgetItem(f"{line.line_no}. {line.name_zh if zh else line.name_en}")
            open_ = line.quantity_left > 0
            name.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled if open_ else Qt.NoItemFlags)
            name.setCheckState(Qt.Unchecked)
            self.table.setItem(row, 0, name)
            for col, value in ((1, str(line.quantity)), (2, str(line.quantity_left) if open_ else self.tr("refunded")),
                               (4, money(line.amount_left_minor, refundable.currency))):
                cell = QTableWidgetItem(value)
                cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                cell.setFlags(Qt.ItemIsEnabled if open_ else Qt.NoItemFlags)
                self.table.setItem(row, col, cell)
            spin = QSpinBox(objectName=f"refundQty{line.line_no}")
            spin.setRange(min(1, line.quantity_left), max(line.quantity_left, 0))
            spin.setValue(line.quantity_left)
            spin.setEnabled(False)
            spin.setToolTip(self.tr("This line can only be given back whole.") if line.whole_only else "")
            spin.valueChanged.connect(self._changed)
            self.table.setCellWidget(row, 3, spin)
            self.spins.append(spin)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.table.itemChanged.connect(self._ticked)

        self.methods = QButtonGroup(self)
        method_row = QHBoxLayout()
        labels = {"cash": self.tr("Cash"), "card": self.tr("Card"), "room": self.tr("Room-charge correction"),
                  "qr": self.tr("Back to the QR wallet")}
        for i, m in enumerate(METHODS):
            b = QRadioButton(labels[m], objectName=f"refundBy_{m}")
            b.setEnabled((m != "room" or refundable.room_left_minor > 0)
                         and (m != "qr" or "qr" in refundable.methods))  # only to the wallet that paid
            self.methods.addButton(b, i)
            method_row.addWidget(b)
        method_row.addStretch(1)
        first = next((m for m in refundable.methods if m in METHODS), "cash")
        self.methods.button(METHODS.index(first)).setChecked(True)
        self.methods.idToggled.connect(lambda *_: self._changed())
        self.card_last4 = QLineEdit(refundable.card_last4 or "", objectName="refundCardLast4")
        self.card_last4.setMaxLength(4)
        self.amount = QLabel("—", objectName="refundAmount")
        self.amount.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        big_font(self.amount, 20)
        self.breakdown = QLabel("", objectName="refundBreakdown")
        self.breakdown.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.reason = QLineEdit(objectName="refundReason")
        self.code = QLineEdit(objectName="approverCode")
        self.pin = QLineEdit(objectName="approverPin")
        self.pin.setEchoMode(QLineEdit.Password)
        self.error = QLabel(objectName="refundError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        set_role(self.error, "error")

        form = QFormLayout()
        form.addRow(self.tr("Pay back by"), method_row)
        self.card_label = QLabel(self.tr("Card (last four digits)"))
        form.addRow(self.card_label, self.card_last4)
        form.addRow(self.tr("To pay back"), self.amount)
        form.addRow("", self.breakdown)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Supervisor code"), self.code)
        form.addRow(self.tr("PIN"), self.pin)

        self.ok = QPushButton(self.tr("Refund"), objectName="refundConfirm")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Cancel"), objectName="refundCancel")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        if refundable.refunds:
            done = QLabel(self.tr("Refunded before on receipt %1").replace(
                "%1", ", ".join(f"{station.counter_code}-{n:06d}" for n in refundable.refunds)), objectName="refundEarlier")
            layout.addWidget(done)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        dialog_frame(self, self.ok)  # the heading says which receipt
        self.resize(760, 560)
        self._changed()

    # --- what the clerk chose ------------------------------------------------------------------------
    def method(self) -> str:
        return METHODS[self.methods.checkedId()]

    def picks(self) -> tuple[RefundPick, ...]:
        out = []
        for row, line in enumerate(self.sale.lines):
            if self.table.item(row, 0).checkState() == Qt.Checked:
                qty = self.spins[row].value()
                out.append(RefundPick(line.line_no, None if qty == line.quantity_left else qty))
        return tuple(out)

    def tick(self, line_no: int, quantity: int | None = None) -> None:
        """Tick a line (tests and keyboard users): as clicking its box, then setting its units."""
        row = next(i for i, l in enumerate(self.sale.lines) if l.line_no == line_no)
        self.table.item(row, 0).setCheckState(Qt.Checked)
        if quantity is not None:
            self.spins[row].setValue(quantity)

    def _ticked(self, item) -> None:
        if item.column() != 0:
            return
        row = item.row()
        line = self.sale.lines[row]
        self.spins[row].setEnabled(item.checkState() == Qt.Checked and not line.whole_only)
        if line.whole_only:
            self.spins[row].setValue(line.quantity_left)
        self._changed()

    def _changed(self, *_) -> None:
        self.error.clear()
        card = self.method() == "card"
        self.card_label.setVisible(card)
        self.card_last4.setVisible(card)
        picks = self.picks()
        self.ok.setEnabled(bool(picks))
        if not picks:
            self.amount.setText("—")
            self.breakdown.clear()
            return
        self._asked += 1
        asked, desk, sale_id, method = self._asked, self.station.desk, self.sale.sale_id, self.method()
        self.runner.start(lambda: desk.op(preview, sale_id, picks, method),
                          lambda q: self._show(asked, q), lambda e: self._refused(asked, e))

    def _show(self, asked: int, quote) -> None:
        if asked != self._asked:
            return
        cur = self.sale.currency
        self.amount.setText(money(quote.total_minor, cur))
        parts = [self.tr("Items %1").replace("%1", money(quote.subtotal_minor, cur)),
                 self.tr("Service %1").replace("%1", money(quote.service_charge_minor, cur)),
                 self.tr("Tax %1").replace("%1", money(quote.tax_minor, cur))]
        if quote.cash_rounding_minor:
            parts.append(self.tr("Rounding %1").replace("%1", money(quote.cash_rounding_minor, cur)))
        self.breakdown.setText(" · ".join(parts))

    def _refused(self, asked: int, exc) -> None:
        if asked == self._asked:
            self.amount.setText("—")
            self.breakdown.clear()
            self.error.setText(i18n.error_text(exc))

    # --- confirm --------------------------------------------------------------------------------------
    def _confirm(self) -> None:
        picks = self.picks()
        if not picks:
            self.error.setText(self.tr("Tick the lines to give back."))
            return
        if not self.reason.text().strip():
            self.error.setText(self.tr("Enter a reason."))
            self.reason.setFocus()
            return
        if not self.code.text().strip() or not self.pin.text():
            self.error.setText(self.tr("Enter the supervisor's code and PIN."))
            return
        desk, op, sale_id, method = self.station.desk, self.station.op, self.sale.sale_id, self.method()
        reason, creds = self.reason.text().strip(), Credentials(self.code.text().strip(), self.pin.text())
        last4 = self.card_last4.text().strip() or None if method == "card" else None
        self.ok.setEnabled(False)
        self.runner.start(lambda: desk.refund_lines(op, sale_id, picks, method, reason, creds, card_last4=last4),
                          self._done, self._failed)

    def _done(self, receipt) -> None:
        self.receipt = receipt
        self.accept()

    def _failed(self, exc) -> None:
        """The dialog stays open with what was typed, except the PIN."""
        self.ok.setEnabled(True)
        self.pin.clear()
        self.error.setText(i18n.error_text(exc))
