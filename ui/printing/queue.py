"""The running panel's print-queue tab: jobs waiting or failed (with their error), Retry and Reprint,
Retry all, the counter's printer settings and the X slip.

A job here never holds up a sale: the sale was posted before its job was queued. The list is read
through the desk off the GUI thread, and after every action.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLineEdit, QMenu, QPushButton, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
                               QWidget)

from bizcenter.printing import queue

from .. import i18n
from ..files import ask_save_path
from ..modal import open_modal
from ..widgets import MessageLine

COLUMNS = 7


class PrintQueuePanel(QWidget):
    counted = Signal(str)

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(parent, objectName="printQueuePanel")
        self.station, self.runner, self.counter_page = station, runner, counter_page
        self.jobs, self.tz, self.count = [], None, 0
        self.search = QLineEdit(objectName="printSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.show_done = QCheckBox(objectName="showPrinted")
        self.show_done.toggled.connect(lambda _: self.load())
        self.table = QTableWidget(0, COLUMNS, objectName="printJobs")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.retry = QPushButton(objectName="retryPrint")
        self.retry.clicked.connect(self.retry_selected)
        self.reprint = QPushButton(objectName="reprintJob")
        self.reprint.clicked.connect(self.reprint_selected)
        self.retry_all = QPushButton(objectName="retryAll")
        self.retry_all.clicked.connect(self.drain)
        self.x_slip = QPushButton(objectName="printXSlip")
        self.x_slip.clicked.connect(self.print_x_slip)
        self.settings = QPushButton(objectName="printerSettings")
        self.settings.clicked.connect(self.open_settings)
        self.slips = QToolButton(objectName="moreSlips", popupMode=QToolButton.InstantPopup)
        self.slips_menu = QMenu(self)
        self.slips.setMenu(self.slips_menu)
        self.reports = QToolButton(objectName="reportsPdf", popupMode=QToolButton.InstantPopup)
        self.reports_menu = QMenu(self)
        self.reports.setMenu(self.reports_menu)
        self.message = MessageLine()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_done)
        buttons = QHBoxLayout()
        for b in (self.retry, self.reprint, self.retry_all, self.x_slip, self.slips, self.reports, self.settings):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.dialog = None
        self.retranslate()
        self._enable()

    def title(self) -> str:
        return self.tr("Print queue (%1)").replace("%1", str(self.count))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search receipt number, slip or error"))
        self.show_done.setText(self.tr("Show printed"))
        self.retry.setText(self.tr("Retry"))
        self.reprint.setText(self.tr("Reprint"))
        self.retry_all.setText(self.tr("Retry all"))
        self.x_slip.setText(self.tr("Print X slip"))
        self.settings.setText(self.tr("Printer settings…"))
        self.slips.setText(self.tr("Other slips"))
        self.slips_menu.clear()
        self.slips_menu.addAction(self.tr("Internet login slip…"), self.ask_login_slip)
        self.slips_menu.addAction(self.tr("Fax-arrived notice…"), self.ask_fax_notice)
        self.slips_menu.addAction(self.tr("Z slip of the last closed shift"), self.print_last_z_slip)
        self.reports.setText(self.tr("Reports (PDF)"))
        self.reports_menu.clear()
        for kind, label in (("shift", self.tr("Shift handover report")), ("daily", self.tr("Daily revenue report")),
                            ("weekly", self.tr("Weekly summary")), ("yearly", self.tr("Yearly summary")),
                            ("pricelist", self.tr("Price list"))):
            self.reports_menu.addAction(label, lambda k=kind: self.ask_report(k))
        self.reports_menu.addAction(self.tr("Folio statement of a room…"), self.ask_folio)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Queued"), self.tr("What"), self.tr("Status"),
                                              self.tr("Tries"), self.tr("Printer"), self.tr("Last error")])
        self.status_names = {"queued": self.tr("waiting"), "printing": self.tr("printing"), "done": self.tr("printed"),
                             "failed": self.tr("failed")}
        self._fill()

    # --- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        desk, counter_id, done = self.station.desk, self.station.counter_id, self.show_done.isChecked()
        self.runner.start(lambda: (desk.op(queue.jobs, counter_id, include_done=done), desk.settings().tz),
                          self._loaded, self._error)

    def _loaded(self, result) -> None:
        self.jobs, self.tz = result
        self.count = sum(1 for j in self.jobs if j.status != "done")
        self._fill()
        self.counted.emit(self.title())

    def _fill(self) -> None:
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            when = job.created_at.astimezone(self.tz) if self.tz else job.created_at
            values = (str(job.id), when.strftime("%m-%d %H:%M"), job.title, self.status_names[job.status],
                      str(job.attempts), job.printer_url or "", job.last_error or "")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # the whole error, which the column may cut
                if col == 0:
                    item.setData(Qt.UserRole, job)
                if job.status == "failed":
                    item.setForeground(Qt.darkRed)
                self.table.setItem(row, col, item)
        self._filter(self.search.text())
        self._enable()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, job in enumerate(self.jobs):
            hay = f"{job.id} {job.title} {job.last_error or ''} {job.status}".lower()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.UserRole)

    def _enable(self) -> None:
        job = self.selected()
        self.retry.setEnabled(job is not None and job.status != "done")
        self.reprint.setEnabled(job is not None)
        self.retry_all.setEnabled(any(j.status != "done" for j in self.jobs))
        self.x_slip.setEnabled(self.station.shift is not None)

    # --- actions ----------------------------------------------------------------------------------
    def _after(self, job) -> None:
        if job.status == "done":
            self.message.info(self.tr("Printed: %1").replace("%1", job.title))
        else:
            self.message.error(self.tr("Not printed: %1").replace("%1", job.last_error or ""))
        self.load()

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))

    def retry_selected(self) -> None:
        job, desk = self.selected(), self.station.desk
        if job is not None:
            self.runner.start(lambda: desk.retry_print(job.id), self._after, self._error, trigger=self.retry)

    def reprint_selected(self) -> None:
        job, desk, op = self.selected(), self.station.desk, self.station.op
        if job is not None:
            self.runner.start(lambda: desk.reprint_job(op, job.id), self._after, self._error, trigger=self.reprint)

    def drain(self) -> None:
        desk, counter_id = self.station.desk, self.station.counter_id

        def done(results):
            failed = [j for j in results if j.status != "done"]
            if failed:
                self.message.error(self.tr("%1 printed, %2 still waiting: %3").replace("%1", str(len(results) - len(failed)))
                                   .replace("%2", str(len(failed))).replace("%3", failed[-1].last_error or ""))
            else:
                self.message.info(self.tr("%1 printed.").replace("%1", str(len(results))))
            self.load()

        self.runner.start(lambda: desk.drain_prints(counter_id), done, self._error, trigger=self.retry_all)

    def print_x_slip(self) -> None:
        desk, op, shift = self.station.desk, self.station.op, self.station.shift
        if shift is not None:
            self.runner.start(lambda: desk.print_shift_slip(op, shift.id), self._after, self._error,
                              trigger=self.x_slip)

    def print_last_z_slip(self) -> None:
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.print_last_z_slip(op), self._after, self._error)

    def ask_login_slip(self) -> None:
        account, ok = QInputDialog.getText(self, self.tr("Internet login slip"), self.tr("Account"))
        if ok and account.strip():
            self.print_login_slip(account)

    def print_login_slip(self, account: str) -> None:
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.print_login_slip(op, account), self._after, self._error)

    def ask_fax_notice(self) -> None:
        ref, ok = QInputDialog.getText(self, self.tr("Fax-arrived notice"), self.tr("Fax reference (FAX-…)"))
        if ok and ref.strip():
            self.print_fax_notice(ref)

    def print_fax_notice(self, ref: str) -> None:
        digits = ref.strip().upper().removeprefix("FAX-")
        if not digits.isdigit():
            self.message.error(self.tr("A fax reference looks like FAX-12."))
            return
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.print_fax_notice(op, int(digits)), self._after, self._error)

    def ask_report(self, kind: str) -> None:
        shift = self.station.shift
        day = shift.business_date if shift else None
        name = {"shift": f"shift-{shift.id if shift else ''}", "daily": f"daily-{day}", "weekly": f"weekly-{day}",
                "yearly": f"yearly-{day.year if day else ''}", "pricelist": "pricelist"}[kind]
        path = ask_save_path(self, self.station, self.tr("Save report as PDF"), f"{name}.pdf", "PDF (*.pdf)")
        if path:
            self.save_report(kind, path)

    def ask_folio(self) -> None:
        room, ok = QInputDialog.getText(self, self.tr("Folio statement"), self.tr("Room"))
        if not (ok and room.strip()):
            return
        path = ask_save_path(self, self.station, self.tr("Save report as PDF"), f"folio-{room.strip()}.pdf",
                             "PDF (*.pdf)")
        if path:
            self.save_folio(room.strip(), path)

    def save_folio(self, room: str, path: str, open_after: bool = True) -> None:
        desk = self.station.desk
        self.runner.start(lambda: desk.write_folio_pdf(room, path), lambda p: self._saved(p, open_after),
                          self._error, trigger=self.reports)

    def _saved(self, written, open_after: bool) -> None:
        self.message.info(self.tr("Saved %1").replace("%1", str(written)))
        if open_after:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def save_report(self, kind: str, path: str, open_after: bool = True) -> None:
        """Write the A4 report off the GUI thread, then open it in the PDF viewer (to print on A4)."""
        desk, shift = self.station.desk, self.station.shift
        if kind != "pricelist" and shift is None:
            self.message.error(self.tr("Open a shift first."))
            return
        where = {"shift": {"shift_id": shift.id} if shift else {}, "pricelist": {}}.get(
            kind, {"day": shift.business_date if shift else None})

        self.runner.start(lambda: desk.write_report_pdf(kind, path, **where), lambda p: self._saved(p, open_after),
                          self._error, trigger=self.reports)

    def open_settings(self) -> None:
        from .settings import PrinterSettingsDialog

        self.dialog = PrinterSettingsDialog(self.station, self.runner, self)
        self.dialog.accepted.connect(self.load)
        open_modal(self.dialog)
