"""The receipt on screen after settling, and its printing: the first showing of a sale prints it
through the print queue (where a printer is set up), Print retries or prints, Reprint prints a COPY.

Printing runs off the GUI thread and never touches the sale: a printer that is off leaves the job
in the queue with its error shown here and in the running panel's print-queue tab.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout

from bizcenter.documents.slip import receipt_lines, voucher_lines, vouchers_due

from . import i18n
from .modal import open_modal
from .widgets import MessageLine, dialog_frame

FRESH = timedelta(minutes=10)  # a sale shown this soon after posting is printed automatically (once)


def slip_font() -> QFont:
    """The shipped font's monospaced face (a Chinese character exactly two columns, as on the printer)."""
    if "WenQuanYi Micro Hei Mono" in QFontDatabase.families():
        return QFont("WenQuanYi Micro Hei Mono", 10)
    font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setStyleHint(QFont.Monospace)
    return font


def receipt_text(receipt, hotel: tuple[str, str], copy: bool = False) -> str:
    """The slip as shown (and printed): composed on a worker after a sale, since the first one measures every
    glyph against the printer's font (a few ms of the window's time)."""
    lines = receipt_lines(receipt, hotel, 42, copy=copy)
    if vouchers_due(receipt):
        lines += ["", *voucher_lines(receipt, hotel, 42, "guest", reprint=copy)]
    return "\n".join(lines)


class ReceiptDialog(QDialog):
    def __init__(self, station, runner, receipt, hotel: tuple[str, str], copy: bool = False, parent=None,
                 auto_print: bool | None = None, text: str | None = None):
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt %1").replace("%1", receipt.number))
        self.station, self.runner, self.receipt, self.hotel = station, runner, receipt, hotel
        self.job = None  # the last print job of this receipt shown here
        self.text = QPlainTextEdit(objectName="receiptText", readOnly=True)
        self.text.setFont(slip_font())
        self.text.setMinimumSize(460, 520)
        self.message = MessageLine()
        self.print_status = MessageLine(objectName="printStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.print_button = QPushButton(self.tr("Print"), objectName="printButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ActionRole)
        self.print_button.clicked.connect(self.print_receipt)
        self.reprint_button = QPushButton(self.tr("Reprint (COPY)"), objectName="reprintButton")
        buttons.addButton(self.reprint_button, QDialogButtonBox.ActionRole)
        self.reprint_button.clicked.connect(self.reprint)
        self.fapiao_button = QPushButton(self.tr("Fapiao…"), objectName="fapiaoButton")  # 发票
        buttons.addButton(self.fapiao_button, QDialogButtonBox.ActionRole)
        self.fapiao_button.clicked.connect(self.request_fapiao)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.print_status)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        dialog_frame(self)
        self.show_receipt(receipt, copy, text)
        if auto_print is None:
            auto_print = not copy and datetime.now(timezone.utc) - receipt.posted_at < FRESH
        if auto_print:
            self._auto_print()

    def show_receipt(self, receipt, copy: bool, text: str | None = None) -> None:
        self.text.setPlainText(receipt_text(receipt, self.hotel, copy) if text is None else text)
        self.receipt = receipt
        self.fapiao_button.setVisible(receipt.kind == "sale" and receipt.fapiao is None)  # once per sale

    def request_fapiao(self) -> None:
        """The guest's fapiao request for this sale; the receipt then says so (printed: on a reprint)."""
        from .fapiao import FapiaoDialog

        self.fapiao_dialog = FapiaoDialog(self.station, self.runner, self.receipt, self)
        self.fapiao_dialog.accepted.connect(lambda: self._fapiao_requested(self.fapiao_dialog.result_row))
        open_modal(self.fapiao_dialog)

    def _fapiao_requested(self, row) -> None:
        from bizcenter.workflows.receipts import load_receipt

        desk, sale_id = self.station.desk, self.receipt.sale_id
        self.message.info(self.tr("Fapiao requested (request %1); the finance office issues it.")
                          .replace("%1", str(row.id)))
        self.runner.start(lambda: desk.op(load_receipt, sale_id), lambda r: self.show_receipt(r, False),
                          lambda exc: self.message.error(i18n.error_text(exc)))

    # --- printing -------------------------------------------------------------------------------
    def _auto_print(self) -> None:
        desk, op, sale_id = self.station.desk, self.station.op, self.receipt.sale_id
        self.print_status.info(self.tr("Printing…"))
        self.runner.start(lambda: desk.print_new_receipt(op, sale_id), self._printed, self._print_error,
                          trigger=self.print_button)

    def print_receipt(self) -> None:
        """Retry the job that failed here; else print (a COPY if this receipt was printed before)."""
        desk, op, sale_id, job = self.station.desk, self.station.op, self.receipt.sale_id, self.job
        if job is not None and job.status != "done":
            call = lambda: desk.retry_print(job.id)  # noqa: E731
        else:
            call = lambda: desk.print_or_reprint(op, sale_id)  # noqa: E731
        self.print_status.info(self.tr("Printing…"))
        self.runner.start(call, self._printed, self._print_error, trigger=self.print_button)

    def reprint(self) -> None:
        desk, op, sale_id = self.station.desk, self.station.op, self.receipt.sale_id
        self.print_status.info(self.tr("Printing…"))

        def done(result):
            receipt, job = result
            self.show_receipt(receipt, True)
            self._printed(job)

        self.runner.start(lambda: desk.reprint_receipt(op, sale_id), done, self._print_error,
                          trigger=self.reprint_button)

    def _printed(self, job) -> None:
        self.job = job
        if job is None:
            self.print_status.info(self.tr("No receipt printer is set up for this counter (see Printer settings "
                                           "in the print queue tab)."))
            self.print_button.setText(self.tr("Print"))
        elif job.status == "done":
            self.print_status.info(self.tr("Printed."))
            self.print_button.setText(self.tr("Print"))
        else:
            self.print_status.error(self.tr("Not printed — the job waits in the print queue: %1")
                                    .replace("%1", job.last_error or ""))
            self.print_button.setText(self.tr("Retry print"))
        running = getattr(self.parent(), "running", None)
        if running is not None:
            running.load_print_queue()

    def _print_error(self, exc) -> None:
        self.print_status.error(i18n.error_text(exc))
