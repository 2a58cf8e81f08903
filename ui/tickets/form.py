"""The new air-ticket order form: the guest's request, each passenger as on their ID, each flight.

It only builds an `OrderInput`; the core checks airports, phone, names against IDs and ID expiry,
and its refusal comes back to the clerk in plain words with nothing written.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from bizcenter.workflows.tickets_input import CABINS, ID_TYPES, OrderInput, PassengerInput, SegmentInput

from ..widgets import MoneyEdit

# Shown through variables, so marked for lupdate in the context `self.tr` looks them up in.
PAX_COLUMNS = (QT_TRANSLATE_NOOP("NewOrderForm", "Name on request form"),
               QT_TRANSLATE_NOOP("NewOrderForm", "Name on ID"), QT_TRANSLATE_NOOP("NewOrderForm", "ID type"),
               QT_TRANSLATE_NOOP("NewOrderForm", "ID number"),
               QT_TRANSLATE_NOOP("NewOrderForm", "ID expiry (YYYY-MM-DD)"))
SEG_COLUMNS = (QT_TRANSLATE_NOOP("NewOrderForm", "Airline"), QT_TRANSLATE_NOOP("NewOrderForm", "Flight no."),
               QT_TRANSLATE_NOOP("NewOrderForm", "From (IATA)"),
               QT_TRANSLATE_NOOP("NewOrderForm", "To (IATA)"),
               QT_TRANSLATE_NOOP("NewOrderForm", "Departs (local) YYYY-MM-DD HH:MM"),
               QT_TRANSLATE_NOOP("NewOrderForm", "Cabin"))
LABELS = (QT_TRANSLATE_NOOP("NewOrderForm", "Contact name"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Contact phone"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Room (in house)"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Guest pays by"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Ticketing agency"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Fare quoted by the agency"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Taxes"),
          QT_TRANSLATE_NOOP("NewOrderForm", "Special requests (route, aircraft, meals, seats)"))


class BadField(ValueError):
    """A date or time the clerk typed that cannot be read; shown as it is, before any core call."""


def _table(name: str, columns: int) -> QTableWidget:
    t = QTableWidget(1, columns, objectName=name)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    t.setMinimumHeight(90)
    return t


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadField(text) from None


def parse_local(text: str) -> datetime:
    try:
        return datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M")
    except ValueError:
        raise BadField(text) from None


class NewOrderForm(QWidget):
    save_requested = Signal()

    def __init__(self, currency: str = "CNY", parent=None):
        super().__init__(parent, objectName="ticketNewOrder")
        self.contact = QLineEdit(objectName="ticketContact")
        self.phone = QLineEdit(objectName="ticketPhone")
        self.room = QLineEdit(objectName="ticketRoom")
        self.pay_method = QComboBox(objectName="ticketPayMethod")
        self.agency = QLineEdit(objectName="ticketAgency")
        self.fare = MoneyEdit(objectName="ticketFare", currency=currency)
        self.taxes = MoneyEdit(objectName="ticketTaxes", currency=currency)
        self.notes = QLineEdit(objectName="ticketNotes")
        self.passengers = _table("ticketPassengers", len(PAX_COLUMNS))
        self.segments = _table("ticketSegments", len(SEG_COLUMNS))
        for table, column in ((self.passengers, 4), (self.segments, 4)):  # the long date headers: never cut off
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.add_pax = QPushButton(objectName="addPassenger")
        self.add_seg = QPushButton(objectName="addSegment")
        self.add_pax.clicked.connect(lambda: self._add_row(self.passengers))
        self.add_seg.clicked.connect(lambda: self._add_row(self.segments))
        self.save = QPushButton(objectName="saveTicketOrder")
        self.save.clicked.connect(self.save_requested)
        self._fill_row_widgets(self.passengers, 0)
        self._fill_row_widgets(self.segments, 0)
        form = QFormLayout()
        self.labels = []
        for key, w in zip(LABELS, (self.contact, self.phone, self.room, self.pay_method, self.agency, self.fare,
                                   self.taxes, self.notes)):
            label = QLabel()
            self.labels.append((key, label))
            form.addRow(label, w)
        self.pax_title, self.seg_title = QLabel(), QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for title, table, button in ((self.pax_title, self.passengers, self.add_pax),
                                     (self.seg_title, self.segments, self.add_seg)):
            row = QHBoxLayout()
            row.addWidget(title, 1)
            row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(table, 1)
        layout.addWidget(self.save)

    def _add_row(self, table: QTableWidget) -> None:
        table.insertRow(table.rowCount())
        self._fill_row_widgets(table, table.rowCount() - 1)

    def _fill_row_widgets(self, table: QTableWidget, row: int) -> None:
        combo = QComboBox()
        if table is self.passengers:
            for code in ID_TYPES:
                combo.addItem(code, code)
            table.setCellWidget(row, 2, combo)
        else:
            for code in CABINS:
                combo.addItem(code, code)
            table.setCellWidget(row, 5, combo)
        self._label_combo(combo, ID_TYPES if table is self.passengers else CABINS)

    def _label_combo(self, combo: QComboBox, names: dict) -> None:
        from .. import i18n

        for i in range(combo.count()):
            zh, en = names[combo.itemData(i)]
            combo.setItemText(i, zh if i18n.current() == "zh" else en)

    def retranslate(self) -> None:
        for key, label in self.labels:
            label.setText(self.tr(key))
        self.pax_title.setText(self.tr("Passengers (names exactly as on the ID)"))
        self.seg_title.setText(self.tr("Flights"))
        self.add_pax.setText(self.tr("Add passenger"))
        self.add_seg.setText(self.tr("Add flight"))
        self.save.setText(self.tr("Save enquiry"))
        self.passengers.setHorizontalHeaderLabels([self.tr(c) for c in PAX_COLUMNS])
        self.segments.setHorizontalHeaderLabels([self.tr(c) for c in SEG_COLUMNS])
        current = self.pay_method.currentData()
        self.pay_method.clear()
        for code, text in (("cash", self.tr("Cash (paid before issue)")),
                           ("card", self.tr("Card (charged when the ticket arrives)")),
                           ("room", self.tr("Room charge (paid before issue)"))):
            self.pay_method.addItem(text, code)
        self.pay_method.setCurrentIndex(max(self.pay_method.findData(current), 0))
        for table, col, names in ((self.passengers, 2, ID_TYPES), (self.segments, 5, CABINS)):
            for r in range(table.rowCount()):
                self._label_combo(table.cellWidget(r, col), names)

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item else ""

    def set_cell(self, table: QTableWidget, row: int, col: int, text: str) -> None:
        while table.rowCount() <= row:
            self._add_row(table)
        table.setItem(row, col, QTableWidgetItem(text))

    def order_input(self) -> OrderInput:
        """The request as typed; raises BadField for a date or time that cannot be read."""
        pax, segs = [], []
        for r in range(self.passengers.rowCount()):
            cells = [self._cell(self.passengers, r, c) for c in range(len(PAX_COLUMNS))]
            if any(cells[i] for i in (0, 1, 3, 4)):
                pax.append(PassengerInput(cells[0], cells[1], self.passengers.cellWidget(r, 2).currentData(), cells[3],
                                          parse_date(cells[4])))
        for r in range(self.segments.rowCount()):
            cells = [self._cell(self.segments, r, c) for c in range(len(SEG_COLUMNS))]
            if any(cells[:5]):
                segs.append(SegmentInput(cells[0], cells[1], cells[2], cells[3], parse_local(cells[4]),
                                         self.segments.cellWidget(r, 5).currentData()))
        return OrderInput(self.contact.text(), self.phone.text(), tuple(pax), tuple(segs), self.fare.minor() or 0,
                          self.taxes.minor() or 0, self.agency.text(), self.pay_method.currentData() or "cash",
                          self.room.text().strip() or None, self.notes.text().strip() or None)

    def clear(self) -> None:
        for w in (self.contact, self.phone, self.room, self.agency, self.fare, self.taxes, self.notes):
            w.clear()
        for table in (self.passengers, self.segments):
            table.setRowCount(0)
            self._add_row(table)
