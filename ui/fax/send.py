"""Fax out: number → country in both languages, zone and price per page, shown before sending; the
number and recipient read back; then the transmission report. A failed attempt offers the free resend;
a fax that went through goes on the bill once (`lines`). Recent faxes can be resent or noted as
"recipient says not received" later, when the guest or the recipient calls back."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout)

from bizcenter.workflows import fax_out

from .. import i18n
from ..widgets import BigButton, MessageLine, big_font, dialog_frame, money, set_primary
from .common import grow_to_text, on_open_bill

RESULTS = ("sent", "failed", "busy", "no_answer")


class FaxSendDialog(QDialog):
    def __init__(self, station, runner, service_code: str = "fax_out", parent=None):
        super().__init__(parent)
        self.setObjectName("faxSendDialog")
        self.station, self.runner = station, runner
        self.lines, self.notice = [], None
        self.preview = None  # the FaxPreview of the current number and pages
        self.job = None  # the attempt being sent / just reported
        self.number = QLineEdit(objectName="faxNumber")
        self.pages = QSpinBox(objectName="faxPages")
        self.pages.setRange(0, 1000)
        self.pages.setValue(1)
        self.recipient = QLineEdit(objectName="faxRecipient")
        self.sender_name = QLineEdit(objectName="faxSender")
        self.destination = QLabel(objectName="faxDestination")
        big_font(self.destination, 16)
        self.price = QLabel(objectName="faxPrice", wordWrap=True)
        self.read_back = QCheckBox(objectName="faxReadBack")
        self.send = BigButton(objectName="sendFax")
        self.send.clicked.connect(self._send)
        self.status = QLabel(objectName="faxStatus")
        self.status.setWordWrap(True)
        self.reason = QLineEdit(objectName="failureReason")
        self.result_buttons = {r: QPushButton(objectName=f"result_{r}") for r in RESULTS}
        for r, b in self.result_buttons.items():
            b.clicked.connect(lambda _=False, r=r: self._record(r))
        self.resend = BigButton(objectName="resendFree")
        self.resend.clicked.connect(lambda: self._resend(self.job.id))
        self.finish_button = BigButton(objectName="faxDone")
        self.finish_button.clicked.connect(self._finish)
        self.recent = QListWidget(objectName="recentFaxes")
        self.recent.setMaximumHeight(90)
        self.recent_resend = QPushButton(objectName="recentResend")
        self.recent_resend.clicked.connect(self._resend_recent)
        self.recent_bill = QPushButton(objectName="recentBill")
        self.recent_bill.clicked.connect(self._bill_recent)
        self.dispute_note = QLineEdit(objectName="disputeNote")
        self.dispute = QPushButton(objectName="disputeFax")
        self.dispute.clicked.connect(self._dispute)
        self.message = MessageLine()
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._preview)
        for signal in (self.number.textChanged, self.pages.valueChanged, self.recipient.textChanged,
                       self.read_back.toggled):
            signal.connect(self._changed)
        self.retranslate()
        self._stage("enter")
        self._load_recent()

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.form_labels, (self.number, self.pages, self.recipient, self.sender_name)):
            self.form.addRow(label, field)
        results = QHBoxLayout()
        for b in self.result_buttons.values():
            results.addWidget(b)
        self.result_box = QGroupBox(objectName="faxResultBox")
        box = QVBoxLayout(self.result_box)
        box.addWidget(self.status)
        box.addLayout(results)
        self.reason_label = QLabel()
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        box.addLayout(reason_row)
        box.addWidget(self.resend)
        self.recent_box = QGroupBox(objectName="recentFaxBox")
        recent = QVBoxLayout(self.recent_box)
        recent.addWidget(self.recent)
        row = QHBoxLayout()
        for w in (self.recent_resend, self.recent_bill, self.dispute_note, self.dispute):
            row.addWidget(w)
        recent.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for w in (self.destination, self.price, self.read_back, self.result_box, self.recent_box, self.message):
            layout.addWidget(w)
        bottom = QHBoxLayout()  # Send, then Done: one at a time, right-most
        bottom.addStretch(1)
        bottom.addWidget(self.send)
        bottom.addWidget(self.finish_button)
        layout.addLayout(bottom)
        dialog_frame(self, self.send)
        self.setMinimumWidth(640)  # wide enough that the report's lines do not wrap: the heading's room

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send a fax"))
        for label, text in zip(self.form_labels, (self.tr("Fax number"), self.tr("Pages"), self.tr("Recipient"),
                                                  self.tr("Guest (sender)"))):
            label.setText(text)
        self.number.setPlaceholderText(self.tr("+81 3 1234 5678, or a local number"))
        self.read_back.setText(self.tr("Number and recipient read back to the guest"))
        self.send.setText(self.tr("Send"))
        self.result_box.setTitle(self.tr("Transmission report"))
        for r, text in zip(RESULTS, (self.tr("Sent OK"), self.tr("Failed"), self.tr("Busy"), self.tr("No answer"))):
            self.result_buttons[r].setText(text)
        self.reason_label.setText(self.tr("Reason (from the report)"))
        self.resend.setText(self.tr("Resend free of charge"))
        self.recent_box.setTitle(self.tr("Recent faxes at this counter"))
        self.recent_resend.setText(self.tr("Resend free"))
        self.recent_bill.setText(self.tr("Bill"))
        self.dispute_note.setPlaceholderText(self.tr("What the recipient says"))
        self.dispute.setText(self.tr("Recipient says not received"))
        self._show_done_text()

    # --- before sending -------------------------------------------------------------------------
    def _changed(self) -> None:
        self.send.setEnabled(False)
        self._timer.start()

    def _wanted(self) -> tuple[str, int]:
        return self.number.text().strip(), self.pages.value()

    def _preview(self) -> None:
        number, pages = self._wanted()
        if not number:
            self.preview = None
            self.destination.clear()
            self.price.clear()
            return
        desk = self.station.desk
        self.runner.start(lambda: desk.op(fax_out.preview, number, pages), lambda p: self._show_preview((number, pages), p),
                          self._refused_preview)

    def _show_preview(self, asked, p) -> None:
        if asked != self._wanted():
            return  # the clerk typed on; a newer preview is coming
        self.preview = p
        self.destination.setText(f"{p.country_zh} {p.country_en} · {p.e164}\n{p.zone_zh} {p.zone_en}")
        cur = p.currency
        self.price.setText(self.tr("First page %1, each further page %2 — %3 pages: %4 (with service charge and tax %5)")
                           .replace("%1", money(p.first_page_minor, cur)).replace("%2", money(p.next_page_minor, cur))
                           .replace("%3", str(p.pages)).replace("%4", money(p.amount_minor, cur))
                           .replace("%5", money(p.total_minor, cur)))
        self.message.clear()
        self.send.setEnabled(self._ready())

    def _refused_preview(self, exc) -> None:
        self.preview = None
        self.destination.clear()
        self.price.clear()
        self.message.error(i18n.error_text(exc))
        self.send.setEnabled(False)

    def _ready(self) -> bool:
        return (self.preview is not None and (self.preview.number, self.preview.pages) == self._wanted()
                and bool(self.recipient.text().strip()) and self.read_back.isChecked())

    def _send(self) -> None:
        if not self._ready():
            self.message.error(self.tr("Check the number, pages and recipient, and read them back to the guest."))
            return
        number, pages = self._wanted()
        recipient, sender = self.recipient.text().strip(), self.sender_name.text().strip() or None
        desk, op, read_back = self.station.desk, self.station.op, self.read_back.isChecked()
        self.runner.start(lambda: desk.op(fax_out.send, op, number, recipient, pages, sender, read_back=read_back), self._sent,
                          self._refused, trigger=self.send)

    def _sent(self, job) -> None:
        self.job = job
        self.reason.clear()
        self.message.clear()
        self._stage("result")
        self._load_recent()

    # --- the report -------------------------------------------------------------------------------
    def _record(self, result: str) -> None:
        reason = (self.reason.text().strip() or None) if result != "sent" else None
        desk, op, job_id = self.station.desk, self.station.op, self.job.id
        self.runner.start(lambda: desk.op(fax_out.record_result, op, job_id, result, reason), self._reported, self._refused)

    def _reported(self, job) -> None:
        self.job = job
        self.message.clear()
        if job.bill_line is not None:
            self.lines = [job.bill_line]
        self._stage("done" if not job.failed else "failed")
        self._load_recent()

    def _resend(self, job_id: int) -> None:
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(fax_out.resend, op, job_id), self._sent, self._refused, trigger=self.resend)

    def _stage(self, stage: str) -> None:
        self.stage = stage
        entering = stage == "enter"
        for w in (self.number, self.pages, self.recipient, self.sender_name, self.read_back):
            w.setEnabled(entering)
        self.send.setVisible(entering)
        self.result_box.setVisible(not entering)
        for b in self.result_buttons.values():
            b.setEnabled(stage == "result")
        self.reason.setEnabled(stage == "result")
        self.resend.setVisible(stage == "failed")
        self.finish_button.setVisible(stage in ("done", "failed"))
        set_primary(self, self.send if entering else self.finish_button)
        self.send.setEnabled(entering and self._ready())
        if self.job is not None:
            self.status.setText(self._job_text(self.job))
        self._show_done_text()
        self.adjustSize()
        grow_to_text(self)  # the transmission report's lines wrap: never squashed

    def _show_done_text(self) -> None:
        if getattr(self, "stage", "") == "failed":
            self.finish_button.setText(self.tr("Guest gives up — nothing to charge"))
        elif self.lines:
            self.finish_button.setText(self.tr("Done — add to the bill"))
        else:
            self.finish_button.setText(self.tr("Done"))

    def _job_text(self, job) -> str:
        where = f"{job.country_zh} {job.country_en} {job.e164}"
        head = self.tr("Fax %1 to %2, %3 pages").replace("%1", str(job.id)).replace("%2", f"{job.recipient} · {where}") \
            .replace("%3", str(job.pages))
        if job.is_resend:
            head += " · " + self.tr("free resend")
        if job.result is None:
            return head + "\n" + self.tr("Sending… record the transmission report.")
        state = {"sent": self.tr("Sent OK"), "failed": self.tr("Failed"), "busy": self.tr("Busy"),
                 "no_answer": self.tr("No answer")}[job.result]
        tail = f" ({job.failure_reason})" if job.failure_reason else ""
        if job.disputed:
            tail += " · " + self.tr("recipient says not received (noted)")
        return f"{head}\n{state}{tail}"

    def _finish(self) -> None:
        if self.lines:
            self.notice = self.tr("Fax to %1 sent; charged on this bill.").replace("%1", self.job.recipient)
        elif self.job is not None and self.job.failed:
            self.notice = self.tr("Fax to %1 not sent; nothing charged.").replace("%1", self.job.recipient)
        self.accept()

    def reject(self) -> None:
        """Closing after a fax went through still bills it: the charge is owed either way."""
        if self.lines:
            self._finish()
        else:
            super().reject()

    # --- recent faxes: resend later, or the recipient says it did not arrive ----------------------
    def _load_recent(self) -> None:
        if self.station.counter_id is None:
            return
        desk, counter_id = self.station.desk, self.station.counter_id
        self.runner.start(lambda: desk.op(fax_out.recent_jobs, counter_id), self._show_recent, self._refused)

    def _show_recent(self, jobs) -> None:
        self.recent.clear()
        for job in jobs[:20]:
            state = self._job_text(job).split("\n")[-1]
            item = QListWidgetItem(f"{job.created_at:%H:%M}  #{job.id}  {job.recipient} · {job.e164} · "
                                   + self.tr("%1 pages").replace("%1", str(job.pages)) + f" — {state}")
            item.setData(256, job)
            self.recent.addItem(item)

    def _picked(self):
        item = self.recent.currentItem()
        if item is None:
            self.message.error(self.tr("Choose a fax in the list first."))
            return None
        return item.data(256)

    def _resend_recent(self) -> None:
        job = self._picked()
        if job is not None:
            self.job = job
            self._resend(job.id)

    def _bill_recent(self) -> None:
        """A fax that went through but is not on a sale (its charge was voided, say) goes on this bill."""
        job = self._picked()
        if job is None:
            return
        if job.bill_line is None:
            self.message.error(self.tr("Nothing is owed for this fax."))
            return
        if on_open_bill(self, job.bill_line):
            self.message.error(self.tr("This fax is already on the open bill."))
            return
        self.job, self.lines = job, [job.bill_line]
        self._finish()

    def _dispute(self) -> None:
        job = self._picked()
        if job is None:
            return
        desk, op, note = self.station.desk, self.station.op, self.dispute_note.text()
        self.runner.start(lambda: desk.op(fax_out.dispute, op, job.id, note), self._disputed, self._refused,
                          trigger=self.dispute)

    def _disputed(self, job) -> None:
        self.dispute_note.clear()
        self.message.info(self.tr("Noted on fax %1: the report shows it was sent, so it is not charged again.")
                          .replace("%1", str(job.id)))
        self._load_recent()

    def _refused(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
