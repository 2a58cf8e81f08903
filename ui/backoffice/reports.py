"""Reports viewer: revenue for a shift, day, week, month or year, filtered by service, clerk and
payment; the exceptions (voids, refunds, discounts, overrides, variances) with their approvers;
export to CSV (formula-safe, written by the core) and to PDF / the printer."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QTabWidget, QVBoxLayout)

from bizcenter.workflows.sellable import sellable_of
from bizcenter.workflows.revenue import PERIODS, ReportFilter

from bizcenter.workflows import revenue
from bizcenter.workflows import staffadmin

from .. import i18n, keyboard
from ..files import ask_save_path
from ..widgets import money
from .common import RowsModel, Screen, print_html, table, to_date, to_qdate


class ReportsPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.report = self.exceptions = None
        # the filter's services, from the price list in force when the page loads (with a simple service a
        # supervisor added, and a retired one whose past sales are still reported)
        self.services: list[tuple[str, tuple[str, str]]] = []
        self.period = QComboBox(objectName="reportPeriod")
        self.day = QDateEdit(objectName="reportDate", calendarPopup=True, displayFormat="yyyy-MM-dd")  # the business day, set at load
        self.shift = QComboBox(objectName="reportShift")
        self.service = QComboBox(objectName="reportService")
        self.clerk = QComboBox(objectName="reportClerk")
        self.method = QComboBox(objectName="reportMethod")
        self.show_button = QPushButton(objectName="showReport")
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(objectName="reportCsv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.exc_csv_button = QPushButton(objectName="exceptionsCsv")
        self.exc_csv_button.clicked.connect(lambda: self.export_csv(exceptions=True))
        self.pdf_button = QPushButton(objectName="reportPdf")
        self.pdf_button.clicked.connect(lambda: self.print_report())
        self.totals = QLabel(objectName="reportTotals", wordWrap=True)
        self.models = {k: RowsModel() for k in ("service", "payment", "clerk", "day")}
        self.exc_model = RowsModel()
        self.parts = QTabWidget(objectName="reportParts")
        for key, model in self.models.items():
            self.parts.addTab(table(f"report_{key}", model, 0), "")
        self.parts.addTab(table("exceptionsTable", self.exc_model, 7), "")
        self.day.dateChanged.connect(self._load_shifts)
        self.period.currentIndexChanged.connect(self._load_shifts)
        self._layout()
        keyboard.tab_keys(self.parts, self, keyboard.INNER_TAB_KEYS)  # Ctrl+n are the back office's tabs
        self.retranslate()

    def _layout(self) -> None:
        grid = QGridLayout()
        self.labels = [QLabel() for _ in range(6)]
        for i, w in enumerate((self.period, self.day, self.shift, self.service, self.clerk, self.method)):
            grid.addWidget(self.labels[i], 0, i)
            grid.addWidget(w, 1, i)
        buttons = QHBoxLayout()
        for b in (self.show_button, self.csv_button, self.exc_csv_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.totals)
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Period"), self.tr("Date"), self.tr("Shift"), self.tr("Service"),
                                             self.tr("Clerk"), self.tr("Payment"))):
            label.setText(text)
        names = {"shift": self.tr("Shift"), "day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month"),
                 "year": self.tr("Year")}
        _refill(self.period, [(names[p], p) for p in PERIODS], "day")
        lang = 0 if i18n.current() == "zh" else 1
        _refill(self.service, [(self.tr("All services"), None)] + [(n[lang], c) for c, n in self.services])
        _refill(self.method, [(self.tr("All payments"), None), (self.tr("Cash"), "cash"), (self.tr("Card"), "card"),
                              (self.tr("Room charge"), "room"), (self.tr("QR wallet (all)"), "qr"),
                              (self.tr("WeChat Pay"), "qr_wechat"), (self.tr("Alipay"), "qr_alipay"),
                              (self.tr("UnionPay QR"), "qr_unionpay")])
        if self.clerk.count() == 0:
            self.clerk.addItem(self.tr("All clerks"), None)
        else:
            self.clerk.setItemText(0, self.tr("All clerks"))
        self.show_button.setText(self.tr("Show"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.exc_csv_button.setText(self.tr("Exceptions CSV…"))
        self.pdf_button.setText(self.tr("PDF / print…"))
        for i, t in enumerate((self.tr("By service"), self.tr("By payment"), self.tr("By clerk"), self.tr("By day"),
                               self.tr("Exceptions"))):
            self.parts.setTabText(i, t)
        keyboard.tab_tips(self.parts)
        cur = lambda: self.station.currency  # noqa: E731
        rows = [(self.tr("Item"), lambda r: r.label), (self.tr("Count"), lambda r: r.count),
                (self.tr("Amount"), lambda r: money(r.amount_minor, cur()))]
        for model in self.models.values():
            model.set_columns(rows)
        self.exc_model.set_columns([
            (self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"), (self.tr("Kind"), lambda r: r.kind),
            (self.tr("Reference"), lambda r: r.reference), (self.tr("Clerk"), lambda r: r.clerk),
            (self.tr("Approved by"), lambda r: r.approver), (self.tr("Amount"), lambda r: money(r.amount_minor, cur())),
            (self.tr("Reason"), lambda r: r.reason), (self.tr("Detail"), lambda r: r.detail)])

    def load(self) -> None:
        desk, me = self.desk, self.me
        self.call(lambda: (desk.business_today(), desk.op(staffadmin.list_staff, me), desk.price_list()), self._loaded)

    def _loaded(self, result) -> None:
        today, people, pricelist = result
        self.services = [(s.code, (s.name_zh, s.name_en)) for s in sellable_of(pricelist, include_retired=True)]
        lang = 0 if i18n.current() == "zh" else 1
        _refill(self.service, [(self.tr("All services"), None)] + [(n[lang], c) for c, n in self.services])
        _refill(self.clerk, [(self.tr("All clerks"), None)] + [(f"{p.code} {p.name}", p.id) for p in people])
        self.day.setDate(to_qdate(today))
        self.refresh()

    def _load_shifts(self) -> None:
        self.shift.setEnabled(self.period.currentData() == "shift")
        if self.period.currentData() != "shift":
            return
        desk, me, day = self.desk, self.me, to_date(self.day.date())
        self.call(lambda: desk.op(revenue.shifts_of, me, day, day),
                  lambda shifts: _refill(self.shift, [(label, i) for i, label in shifts]))

    def _args(self):
        f = ReportFilter(self.service.currentData(), self.clerk.currentData(), self.method.currentData())
        kind = self.period.currentData()
        return kind, to_date(self.day.date()), self.shift.currentData() if kind == "shift" else None, f

    def refresh(self) -> None:
        desk, me = self.desk, self.me
        kind, day, shift_id, f = self._args()
        self.call(lambda: (desk.revenue_report(me, kind, day, shift_id, f), desk.exceptions_report(me, kind, day,
                                                                                                  shift_id)),
                  self.show, trigger=self.show_button)

    def show(self, result) -> None:
        self.report, self.exceptions = result
        r, cur = self.report, self.report.currency
        self.totals.setText(self.tr("%1: sales %2 · voids %3 · refunds %4 · total %5")
                            .replace("%1", r.period.label).replace("%2", str(r.sales_count))
                            .replace("%3", str(r.voids_count)).replace("%4", str(r.refunds_count))
                            .replace("%5", money(r.total_minor, cur)))
        for key, rows in (("service", r.by_service), ("payment", r.by_payment), ("clerk", r.by_clerk),
                          ("day", r.by_day)):
            self.models[key].set_rows(rows)
        self.exc_model.set_rows(self.exceptions)

    def export_csv(self, path: str | None = None, exceptions: bool = False) -> None:
        if path is None:
            path = ask_save_path(self, self.station, self.tr("Export CSV"), "report.csv", "CSV (*.csv)")
            if not path:
                return
        desk, me = self.desk, self.me
        kind, day, shift_id, f = self._args()
        self.call(lambda: desk.save_report_csv(me, kind, day, shift_id, f, path, exceptions),
                  ok=self.tr("Saved %1").replace("%1", path))

    def html(self) -> str:
        r, cur = self.report, self.report.currency
        parts = [f"<h2>{escape(self.tr('Revenue report'))} · {escape(r.period.label)}</h2>",
                 f"<p>{escape(self.totals.text())}</p>"]
        for title, rows in ((self.tr("By service"), r.by_service), (self.tr("By payment"), r.by_payment),
                            (self.tr("By clerk"), r.by_clerk), (self.tr("By day"), r.by_day)):
            parts.append(f"<h3>{escape(title)}</h3><table width='100%' border='1' cellspacing='0' cellpadding='3'>")
            parts += [f"<tr><td>{escape(x.label)}</td><td align=right>{x.count}</td>"
                      f"<td align=right>{money(x.amount_minor, cur)}</td></tr>" for x in rows]
            parts.append("</table>")
        parts.append(f"<h3>{escape(self.tr('Exceptions'))}</h3><table width='100%' border='1' cellspacing='0'>")
        parts += [f"<tr><td>{e.at:%m-%d %H:%M}</td><td>{e.kind}</td><td>{escape(e.reference)}</td>"
                  f"<td>{escape(e.clerk)}</td><td>{escape(e.approver)}</td><td align=right>{money(e.amount_minor, cur)}"
                  f"</td><td>{escape(e.reason)}</td></tr>" for e in self.exceptions]
        return "".join(parts) + "</table>"

    def print_report(self, path: str | None = None) -> None:
        """The printing area's A4 report for an unfiltered shift/day/week/year; else this page printed."""
        if self.report is None:
            return
        if path is None:
            path = ask_save_path(self, self.station, self.tr("Save PDF"), "report.pdf", "PDF (*.pdf)")
            if not path:
                return
        kind, day, shift_id, f = self._args()
        if f != ReportFilter():
            self._print_page(path, None)
            return
        desk, me = self.desk, self.me
        self.call(lambda: desk.save_report_pdf(me, kind, day, shift_id, path),
                  lambda written: self._print_page(path, written), trigger=self.pdf_button)

    def _print_page(self, path: str, written: str | None) -> None:
        if written is None:
            print_html(self.html(), path, self)
        self.message.info(self.tr("Saved %1").replace("%1", path))


def _refill(combo: QComboBox, items, keep=None) -> None:
    current = combo.currentData() if combo.count() else keep
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
