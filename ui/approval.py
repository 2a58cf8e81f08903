"""Supervisor approval: code, PIN and a reason. Returns a request; the workflow checks and writes.

The code and PIN are checked when OK is pressed (off the GUI thread, counted towards the lock-out like any
check): a wrong PIN keeps the dialog open with the refusal in red, the PIN field emptied and the cursor in
it, the amount and reason kept; a lock-out says until when and how many minutes are left. Only an approval
that checks out closes the dialog (the workflow checks it again when it writes)."""
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
                 currency: str = "CNY", station=None, runner=None):
        super().__init__(parent)
        # the screen that opens it has both; without them (a bare dialog) the workflow alone checks
        self.station = station or getattr(parent, "station", None)
        self.runner = runner or getattr(parent, "runner", None)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.need_reason = need_reason
        self.code = QLineEdit(objectName="approverCode")
        self.pin = QLineEdit(objectName="approverPin")
        self.pin.setEchoMode(QLineEdit.Password)
        self.reason = QLineEdit(objectName="approvalReason")
        from .widgets import MessageLine, MoneyEdit

        self.error = MessageLine(objectName="approvalError")

        self.amount = MoneyEdit(objectName="approvalAmount", currency=currency) if amount_label else None
        form = QFormLayout()
        if self.amount is not None:
            form.addRow(amount_label, self.amount)
        form.addRow(self.tr("Supervisor code"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        if need_reason:
            form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(action))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        from .widgets import dialog_frame

        dialog_frame(self)

    def _accept(self) -> None:
        if self.amount is not None and self.amount.minor() is None:
            self.error.error(self.tr("Enter the amount."))
            self.amount.setFocus()
            return
        if not self.code.text().strip() or not self.pin.text():
            self.error.error(self.tr("Enter the supervisor's code and PIN."))
            (self.pin if self.code.text().strip() else self.code).setFocus()
            return
        if self.need_reason and not self.reason.text().strip():
            self.error.error(self.tr("Enter a reason."))
            self.reason.setFocus()
            return
        staff = getattr(self.station, "staff", None)
        if self.runner is None or staff is None:
            self.accept()
            return
        desk, creds, me = self.station.desk, self.request().credentials, staff.id
        self.runner.start(lambda: desk.check_approval(creds, me, "approval"), lambda _: self.isVisible() and self.accept(),
                          self._refused, trigger=self.ok)

    def _refused(self, exc) -> None:
        """Stay open: the refusal in red, the PIN to type again (the code too when it is not a supervisor's)."""
        from . import i18n

        self.error.error(i18n.error_text(exc))
        self.pin.clear()
        if getattr(exc, "code", "") in ("not_supervisor", "self_approval"):
            self.code.clear()
            self.code.setFocus()
        else:
            self.pin.setFocus()

    def request(self) -> ApprovalRequest:
        amount = self.amount.minor() if self.amount is not None else None
        return ApprovalRequest(Credentials(self.code.text().strip(), self.pin.text()), self.reason.text().strip(),
                               amount)
