"""Supervisor approval: code, PIN and a reason. Returns a request; the workflow checks and writes."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from bizcenter.workflows.staff import Credentials


@dataclass(frozen=True)
class ApprovalRequest:
    credentials: Credentials
    reason: str
    amount_minor: int | None = None


class ApprovalDialog(QDialog):
    def __init__(self, action: str, parent=None, need_reason: bool = True, amount_label: str | None = None,
                 currency: str = "CNY"):
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.need_reason = need_reason
        self.code = QLineEdit(objectName="approverCode")
        self.pin = QLineEdit(objectName="approverPin")
        self.pin.setEchoMode(QLineEdit.Password)
        self.reason = QLineEdit(objectName="approvalReason")
        self.error = QLabel(objectName="approvalError")
        self.error.setStyleSheet("color: #b00020;")
        from .widgets import MoneyEdit

        self.amount = MoneyEdit(objectName="approvalAmount", currency=currency) if amount_label else None
        form = QFormLayout()
        if self.amount is not None:
            form.addRow(amount_label, self.amount)
        form.addRow(self.tr("Supervisor code"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        if need_reason:
            form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(action))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.amount is not None and self.amount.minor() is None:
            self.error.setText(self.tr("Enter the amount."))
            return
        if not self.code.text().strip() or not self.pin.text():
            self.error.setText(self.tr("Enter the supervisor's code and PIN."))
            return
        if self.need_reason and not self.reason.text().strip():
            self.error.setText(self.tr("Enter a reason."))
            return
        self.accept()

    def request(self) -> ApprovalRequest:
        amount = self.amount.minor() if self.amount is not None else None
        return ApprovalRequest(Credentials(self.code.text().strip(), self.pin.text()), self.reason.text().strip(),
                               amount)
