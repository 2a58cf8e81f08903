"""Price-list editor: every rate of the list in effect with a "new rate" column, an effective time, a
note; publishing writes a new version (the old ones stay, and old receipts keep their prices);
the history of versions with what each changed; the printable bilingual price list."""
from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtWidgets import (QDateTimeEdit, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout)

from bizcenter.money import plain

from .. import i18n, keyboard
from ..files import ask_save_path
from ..scrolling import VerticalScroll
from ..widgets import money
from .common import RowsModel, Screen, print_html, selected, table
from .simple_services import ServiceEditor


class PriceListPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.rates = []
        self.grid = QTableWidget(0, 4, objectName="rateTable")
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(3, QHeaderView.Fixed)
        self.grid.setColumnWidth(3, 120)  # room to type the new rate
        self.effective = QDateTimeEdit(objectName="effectiveFrom", calendarPopup=True)
        self.effective.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QLineEdit(objectName="priceNote")
        self.publish = QPushButton(objectName="publishPrices")
        self.publish.clicked.connect(self.publish_changes)
        self.print_button = QPushButton(objectName="printPriceList")
        self.print_button.clicked.connect(lambda: self.print_list())
        self.history = RowsModel()
        self.history_view = table("priceHistory", self.history, 4)
        self.history_view.setWordWrap(False)
        self.history_view.clicked.connect(self._show_changes)
        self.changes = QLabel(objectName="versionChanges", wordWrap=True)
        self.services = ServiceEditor(self)
        keyboard.chain((self.effective, self.note), self.publish)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.edit_box, self.history_box = QGroupBox(), QGroupBox()
        e = QVBoxLayout(self.edit_box)
        e.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.eff_label, self.note_label = QLabel(), QLabel()
        for w in (self.eff_label, self.effective, self.note_label):
            row.addWidget(w)
        row.addWidget(self.note, 1)
        row.addWidget(self.publish)
        row.addWidget(self.print_button)
        e.addLayout(row)
        h = QVBoxLayout(self.history_box)
        h.addWidget(self.history_view, 1)
        h.addWidget(self.changes)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.edit_box)
        split.addWidget(VerticalScroll(self.services, objectName="simpleServicesScroll"))  # fits 768 px high
        split.addWidget(self.history_box)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.edit_box.setTitle(self.tr("Rates in effect — type a new rate to change it"))
        self.history_box.setTitle(self.tr("History of the price list"))
        self.grid.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Rate"), self.tr("Current"),
                                             self.tr("New rate")])
        self.eff_label.setText(self.tr("Effective from"))
        self.note_label.setText(self.tr("Note"))
        self.publish.setText(self.tr("Publish new rates"))
        self.print_button.setText(self.tr("Print price list…"))
        self.history.set_columns([
            (self.tr("Version"), lambda v: v.id), (self.tr("Effective from"), lambda v: self._local(v.effective_from)),
            (self.tr("By"), lambda v: v.created_by), (self.tr("In effect"), lambda v: "✓" if v.in_effect else ""),
            (self.tr("Note"), lambda v: v.note)])
        self.services.retranslate()

    def _local(self, at: datetime) -> str:
        return f"{at:%Y-%m-%d %H:%M}"  # the core gives it in the hotel's time

    def load(self) -> None:
        desk = self.desk
        tomorrow = self.clock.calendar_date() + timedelta(days=1)  # midnight on the hotel's clock, not the machine's
        self.effective.setDateTime(QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(0, 0)))
        self.call(lambda: (desk.price_rates(), desk.price_history(), desk.simple_services()), self.show)

    def show(self, result) -> None:
        self.rates, history, services = result
        self.services.set_items(services)
        zh = i18n.current() == "zh"
        cur = self.station.currency
        self.grid.setRowCount(len(self.rates))
        for i, r in enumerate(self.rates):
            cells = (f"{r.service_zh if zh else r.service_en} [{r.code}]", r.label_zh if zh else r.label_en,
                     money(r.amount_minor, cur))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.grid.setItem(i, col, item)
            self.grid.setItem(i, 3, QTableWidgetItem(""))
        self.history.set_rows(history)

    def set_new_rate(self, code: str, path: tuple, text: str) -> None:
        """Type a new rate for one row (what a supervisor does in the grid)."""
        for i, r in enumerate(self.rates):
            if (r.code, r.path) == (code, path):
                self.grid.item(i, 3).setText(text)
                return
        raise KeyError((code, path))

    def changes_typed(self) -> dict | None:
        from bizcenter.money import to_minor
        from bizcenter.errors import InvalidInput

        out = {}
        for i, r in enumerate(self.rates):
            text = self.grid.item(i, 3).text().strip()
            if not text:
                continue
            try:
                out[(r.code, r.path)] = to_minor(text, self.station.currency)
            except InvalidInput as e:
                self.message.error(i18n.error_text(e))
                return None
        return out

    def publish_changes(self) -> None:
        changes = self.changes_typed()
        if changes is None:
            return
        effective = self.effective.dateTime().toPython().replace(tzinfo=None)  # hotel time; the core adds the zone
        desk, me, note = self.desk, self.me, self.note.text()
        self.call(lambda: desk.change_rates(me, changes, effective, note), lambda _: (self.note.clear(), self.load()),
                  trigger=self.publish, ok=self.tr("New rates published."))

    def _show_changes(self) -> None:
        version = selected(self.history_view)
        rows = self.history.rows
        if version is None:
            return
        older = next((v for v in rows[rows.index(version) + 1:]), None)
        if older is None:
            self.changes.setText(self.tr("First version."))
            return
        desk, cur, zh = self.desk, self.station.currency, i18n.current() == "zh"
        self.call(lambda: desk.price_changes(older.id, version.id), lambda changed: self.changes.setText(
            "\n".join(f"{r.service_zh if zh else r.service_en} {r.label_zh if zh else r.label_en}: "
                      f"{money(was, cur)} → {money(r.amount_minor, cur)}" for r, was in changed)
            or self.tr("No rate changed.")))

    def html(self) -> str:
        hotel = self.tr("Business Centre Price List · 商务中心收费标准")
        rows, last = [], None
        for r in self.rates:
            head = f"{escape(r.service_zh)} {escape(r.service_en)}" if r.code != last else ""
            last = r.code
            rows.append(f"<tr><td><b>{head}</b></td><td>{escape(r.label_zh)} / {escape(r.label_en)}</td>"
                        f"<td align=right>{plain(r.amount_minor, self.station.currency)}</td>"
                        f"<td>{escape(r.unit)}</td></tr>")
        return (f"<h2 align=center>{escape(hotel)}</h2><p align=center>{self.station.currency}</p>"
                "<table width='100%' border='1' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
                f"<p>{escape(self.tr('Service charge and tax are added as shown on the receipt.'))}</p>")

    def print_list(self, path: str | None = None) -> None:
        """The printing area's A4 price list when this build has it, else this page printed."""
        if path is None:
            path = ask_save_path(self, self.station, self.tr("Save PDF"), "price-list.pdf", "PDF (*.pdf)")
            if not path:
                return
        desk = self.desk

        def saved(written) -> None:
            if written is None:
                print_html(self.html(), path, self)
            self.message.info(self.tr("Saved %1").replace("%1", path))

        self.call(lambda: desk.save_price_list_pdf(path), saved, trigger=self.print_button)
