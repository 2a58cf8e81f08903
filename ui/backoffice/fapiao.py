"""Fapiao (发票), the finance office's tab: a business day's requests (and earlier ones not yet issued) and
the red-letter fapiaos due for voids and refunds of invoiced sales; filter by state, mark a request or a
red letter issued with its number, save the list as CSV or PDF."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QPushButton, QVBoxLayout)

from bizcenter.documents import fapiao_list
from bizcenter.money import plain
from bizcenter.workflows import fapiao

from .common import RowsModel, Screen, selected, table, to_date, to_qdate


def _when(t) -> str:
    return f"{t:%m-%d %H:%M}" if t else ""


class FapiaoPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.day = QDateEdit(objectName="fapiaoDay", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.show_what = QComboBox(objectName="fapiaoFilter")
        self.show_button = QPushButton(objectName="showFapiao")
        self.show_button.clicked.connect(self.refresh)
        self.issue_button = QPushButton(objectName="fapiaoIssue")
        self.issue_button.clicked.connect(lambda: self.issue())
        self.red_button = QPushButton(objectName="fapiaoIssueRed")
        self.red_button.clicked.connect(lambda: self.issue_red())
        self.csv_button = QPushButton(objectName="fapiaoCsv")
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.pdf_button = QPushButton(objectName="fapiaoPdf")
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.requests = RowsModel()
        self.requests_view = table("fapiaoRequests", self.requests, 3)
        self.reds = RowsModel()
        self.reds_view = table("fapiaoRedLetters", self.reds, 4)
        self.day_label = QLabel()
        self.requests_box, self.reds_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.requests_box).addWidget(self.requests_view)
        QVBoxLayout(self.reds_box).addWidget(self.reds_view)
        top = QHBoxLayout()
        for w in (self.day_label, self.day, self.show_what, self.show_button):
            top.addWidget(w)
        top.addStretch()
        for w in (self.issue_button, self.red_button, self.csv_button, self.pdf_button):
            top.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.requests_box, 3)
        layout.addWidget(self.reds_box, 2)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("Business day"))
        self.show_button.setText(self.tr("Show"))
        self.issue_button.setText(self.tr("Mark issued…"))
        self.red_button.setText(self.tr("Mark red letter issued…"))
        self.csv_button.setText(self.tr("Save CSV…"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self.requests_box.setTitle(self.tr("Fapiao requests"))
        self.reds_box.setTitle(self.tr("Red-letter fapiaos due (voids and refunds of invoiced sales)"))
        current = self.show_what.currentData() or "all"
        self.show_what.clear()
        for key, text in (("all", self.tr("All")), ("requested", self.tr("To issue")), ("issued", self.tr("Issued")),
                          ("red", self.tr("Red letter"))):
            self.show_what.addItem(text, key)
        self.show_what.setCurrentIndex(max(0, self.show_what.findData(current)))
        kinds = {"ordinary": self.tr("Ordinary"), "special": self.tr("Special VAT")}
        states = {"requested": self.tr("to issue"), "issued": self.tr("issued")}
        reversals = {"void": self.tr("Void"), "refund": self.tr("Refund")}
        self.requests.set_columns([
            (self.tr("No."), lambda r: r.id), (self.tr("Asked"), lambda r: _when(r.requested_at)),
            (self.tr("Kind"), lambda r: kinds[r.kind] + (" · " + self.tr("e-mail") if r.electronic else "")),
            (self.tr("Title"), lambda r: r.title), (self.tr("Taxpayer number"), lambda r: r.taxpayer_no or ""),
            (self.tr("Bank details"), lambda r: " ".join(p for p in (r.address, r.phone, r.bank, r.account, r.email) if p)),
            (self.tr("Receipts"), lambda r: " ".join(r.receipts)),
            (self.tr("Amount"), lambda r: plain(r.amount_minor, r.currency)), (self.tr("State"), lambda r: states[r.status]),
            (self.tr("Fapiao no."), lambda r: r.fapiao_no or ""),
            (self.tr("Issued"), lambda r: f"{_when(r.issued_at)} {r.issued_by or ''}".strip())])
        self.reds.set_columns([
            (self.tr("Receipt"), lambda d: d.receipt), (self.tr("Kind"), lambda d: reversals[d.reversal_kind]),
            (self.tr("Day"), lambda d: d.business_date.isoformat()),
            (self.tr("Fapiao no."), lambda d: d.fapiao_no), (self.tr("Title"), lambda d: d.title),
            (self.tr("Amount"), lambda d: plain(-d.amount_minor, d.currency)),
            (self.tr("Red-letter no."), lambda d: d.red_no or ""),
            (self.tr("Issued"), lambda d: f"{_when(d.issued_at)} {d.issued_by or ''}".strip())])

    def load(self) -> None:
        self.day.setDate(to_qdate(self.clock.today()))
        self.refresh()

    def refresh(self) -> None:
        desk, me, day, show = self.desk, self.me, to_date(self.day.date()), self.show_what.currentData()
        self.call(lambda: desk.op(fapiao.day_list, me, day, show), self.show, trigger=self.show_button)

    def show(self, lst) -> None:
        self.requests.set_rows(lst.requests)
        self.reds.set_rows(lst.red_letters)

    def _number(self, title: str, label: str) -> str | None:
        number, ok = QInputDialog.getText(self, title, label)
        return number if ok and number.strip() else None

    def issue(self, number: str | None = None) -> None:
        row = selected(self.requests_view)
        if row is None or row.status == "issued":
            self.message.error(self.tr("Choose a request still to issue."))
            return
        number = number or self._number(self.tr("Fapiao issued"), self.tr("Fapiao number for request %1")
                                        .replace("%1", str(row.id)))
        if number:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(fapiao.issue, me, row.id, number), lambda _: self.refresh(),
                      trigger=self.issue_button, ok=self.tr("Request %1 issued.").replace("%1", str(row.id)))

    def issue_red(self, number: str | None = None) -> None:
        red = selected(self.reds_view)
        if red is None or red.red_no:
            self.message.error(self.tr("Choose a red-letter fapiao still to issue."))
            return
        number = number or self._number(self.tr("Red-letter fapiao issued"),
                                        self.tr("Red-letter fapiao number for %1").replace("%1", red.receipt))
        if number:
            desk, me = self.desk, self.me
            self.call(lambda: desk.op(fapiao.issue_red, me, red.reversal_id, number), lambda _: self.refresh(),
                      trigger=self.red_button, ok=self.tr("Red-letter fapiao recorded."))

    def save(self, kind: str, path: str | None = None) -> None:
        day = to_date(self.day.date())
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the fapiao list"), f"fapiao-{day}.{kind}",
                                                  "CSV (*.csv)" if kind == "csv" else "PDF (*.pdf)")
            if not path:
                return
        desk, me, show = self.desk, self.me, self.show_what.currentData()
        self.call(lambda: desk.op(fapiao_list.save_list, me, day, show, kind, path),
                  trigger=self.csv_button if kind == "csv" else self.pdf_button,
                  ok=self.tr("Saved %1").replace("%1", path))
