"""Courier: the filled waybill entered with the tariff shown live before it is registered, and the list
of consignments sent, where a delivery confirmed by the carrier is marked (when, and by whom).

Built as `CourierDialog(station, runner, service_code, parent)`. Register writes the consignment
(status sent) and closes the dialog with `lines` holding its charge for the counter's bill.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale
from phonenumbers import SUPPORTED_REGIONS
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from bizcenter.workflows.courier import CARRIERS, ConsignmentInput

from .. import i18n, keyboard
from ..widgets import MessageLine, big_font, dialog_frame, money
from .tables import row_list

FIRST_REGIONS = ("CN", "HK", "MO", "TW", "JP", "KR", "SG", "US", "GB", "DE", "FR", "AU")
# Shown through variables, so marked for lupdate in the context `self.tr` looks them up in.
FIELDS = (QT_TRANSLATE_NOOP("CourierDialog", "Carrier"), QT_TRANSLATE_NOOP("CourierDialog", "Waybill no."),
          QT_TRANSLATE_NOOP("CourierDialog", "Sender's room (in house)"),
          QT_TRANSLATE_NOOP("CourierDialog", "Sender's name"),
          QT_TRANSLATE_NOOP("CourierDialog", "Sender's phone (walk-in)"),
          QT_TRANSLATE_NOOP("CourierDialog", "Country or region"), "",
          QT_TRANSLATE_NOOP("CourierDialog", "City"), QT_TRANSLATE_NOOP("CourierDialog", "Address"),
          QT_TRANSLATE_NOOP("CourierDialog", "Recipient"), QT_TRANSLATE_NOOP("CourierDialog", "Weight"), "")
LIST_COLUMNS = (QT_TRANSLATE_NOOP("CourierDialog", "Waybill"), QT_TRANSLATE_NOOP("CourierDialog", "Sender"),
                QT_TRANSLATE_NOOP("CourierDialog", "Destination"),
                QT_TRANSLATE_NOOP("CourierDialog", "Weight"), QT_TRANSLATE_NOOP("CourierDialog", "Charge"),
                QT_TRANSLATE_NOOP("CourierDialog", "Sent"), QT_TRANSLATE_NOOP("CourierDialog", "Status"),
                QT_TRANSLATE_NOOP("CourierDialog", "Delivered"))
STATUSES = (QT_TRANSLATE_NOOP("CourierDialog", "sent"), QT_TRANSLATE_NOOP("CourierDialog", "delivered"))


@lru_cache(maxsize=2)
def regions(lang: str) -> tuple[tuple[str, str], ...]:
    """(code, "name code") for every region a courier can reach, the usual ones first (read once a language)."""
    names = Locale("zh" if lang == "zh" else "en").territories
    known = [(c, f"{names.get(c, c)} {c}") for c in SUPPORTED_REGIONS if c in names]
    first = [k for k in known if k[0] in FIRST_REGIONS]
    first.sort(key=lambda k: FIRST_REGIONS.index(k[0]))
    return tuple(first + sorted((k for k in known if k[0] not in FIRST_REGIONS), key=lambda k: k[1]))


class CourierDialog(QDialog):
    def __init__(self, station, runner, service_code: str = "courier", parent=None):
        super().__init__(parent, objectName="courierDialog")
        self.station, self.runner = station, runner
        self.lines, self.notice, self.quoted, self.tz = [], None, None, None
        layout = QVBoxLayout(self)  # the tabs in the dialog before their pages: see ui/tickets/orders.py
        self.tabs = QTabWidget(objectName="courierTabs")
        layout.addWidget(self.tabs, 1)
        form_page, self.list_page = QWidget(), QWidget()
        self.tabs.addTab(form_page, "")  # each page in its tab before it is filled
        self.tabs.addTab(self.list_page, "")
        self._build_form(form_page)
        self.table = None  # the consignments' page is built when the clerk first opens it
        self.tabs.currentChanged.connect(self._tab_shown)
        self.message = MessageLine()
        self.close_button = QPushButton(objectName="closeCourier")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._quote)
        keyboard.tab_keys(self.tabs, self)
        dialog_frame(self, self.register)
        self.resize(760, 620)
        self.retranslate()
        self._changed()

    # --- the waybill form ------------------------------------------------------------------------
    def _build_form(self, page: QWidget) -> None:
        self.carrier = QComboBox(objectName="courierCarrier")
        self.waybill = QLineEdit(objectName="courierWaybill")
        self.room = QLineEdit(objectName="courierRoom")
        self.sender = QLineEdit(objectName="courierSender")
        self.phone = QLineEdit(objectName="courierPhone")
        self.region = QComboBox(objectName="courierRegion", editable=True, insertPolicy=QComboBox.NoInsert)
        self.region.completer().setFilterMode(Qt.MatchContains)
        self.region.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.same_city = QCheckBox(objectName="courierSameCity")
        self.city = QLineEdit(objectName="courierCity")
        self.address = QLineEdit(objectName="courierAddress")
        self.recipient = QLineEdit(objectName="courierRecipient")
        self.grams = QSpinBox(objectName="courierGrams", minimum=0, maximum=100_000, singleStep=100, suffix=" g")
        self.sender_copy = QCheckBox(objectName="courierSenderCopy")
        self.tariff = QLabel(objectName="courierTariff")
        self.price = QLabel(objectName="courierPrice")
        big_font(self.price, 18)
        self.register = QPushButton(objectName="registerConsignment", enabled=False)
        self.register.clicked.connect(self.register_consignment)
        for signal in (self.region.currentIndexChanged, self.grams.valueChanged, self.same_city.toggled):
            signal.connect(self._changed)
        self.carrier.currentIndexChanged.connect(self._example)
        form = QFormLayout()
        self.form_labels = []
        for key, w in zip(FIELDS, (self.carrier, self.waybill, self.room, self.sender, self.phone, self.region,
                                   self.same_city, self.city, self.address, self.recipient, self.grams,
                                   self.sender_copy)):
            label = QLabel()
            self.form_labels.append((key, label))
            form.addRow(label, w)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.tariff)
        layout.addWidget(self.price)
        layout.addWidget(self.register)
        layout.addStretch()

    def _fill_choices(self) -> None:
        zh = i18n.current() == "zh"
        for combo, items in ((self.carrier, [(c.code, c.name_zh if zh else c.name_en) for c in CARRIERS.values()]),
                             (self.region, regions(i18n.current()))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, label in items:
                combo.addItem(label, code)
            default = "SF" if combo is self.carrier else "CN"
            combo.setCurrentIndex(max(combo.findData(current or default), 0))
            combo.blockSignals(False)
        self._example()

    def _example(self) -> None:
        carrier = CARRIERS.get(self.carrier.currentData())
        if carrier is not None:
            self.waybill.setPlaceholderText(self.tr("e.g. %1").replace("%1", carrier.example))

    def _changed(self) -> None:
        self.register.setEnabled(False)
        self._timer.start()

    def _request_key(self):
        return self.region.currentData(), self.grams.value(), self.same_city.isChecked()

    def _quote(self) -> None:
        key, desk = self._request_key(), self.station.desk
        if not key[1]:
            self.tariff.setText(self.tr("Weigh the parcel: the tariff goes by weight and destination."))
            self.price.clear()
            return
        self.runner.start(lambda: desk.courier_quote(*key), lambda result: self._show_quote(key, result), self._refused)

    def _show_quote(self, key, result) -> None:
        if key != self._request_key():
            return  # changed while quoting; a newer quote is on its way
        _, quote = result
        line = quote.lines[0]
        self.tariff.setText(line.charge.name_zh if i18n.current() == "zh" else line.charge.name_en)
        self.price.setText(money(line.amount_minor, quote.currency))
        self.quoted = key
        self.message.clear()
        self.register.setEnabled(True)

    def _refused(self, exc) -> None:
        self.quoted = None
        self.tariff.clear()
        self.price.clear()
        self.message.error(i18n.error_text(exc))

    def consignment(self) -> ConsignmentInput:
        region, grams, same_city = self._request_key()
        return ConsignmentInput(
            self.carrier.currentData(), self.waybill.text(), self.sender.text(), self.room.text().strip() or None,
            region or "", self.city.text(), self.address.text(), self.recipient.text(), grams, same_city,
            self.phone.text().strip() or None, self.sender_copy.isChecked())

    def register_consignment(self) -> None:
        if not self.sender_copy.isChecked():
            self.message.error(self.tr("Give the sender's copy of the waybill to the guest, then tick it."))
            return
        desk, op, inp = self.station.desk, self.station.op, self.consignment()
        self.runner.start(lambda: desk.register_consignment(op, inp), self._registered, self._refused_register,
                          trigger=self.register)

    def _refused_register(self, exc) -> None:
        self.message.error(i18n.error_text(exc))

    def _registered(self, view) -> None:
        self.lines = [view.line]
        self.notice = self.tr("Waybill %1 %2 registered as sent; its charge is on the bill.") \
            .replace("%1", view.carrier_name_zh if i18n.current() == "zh" else view.carrier_name_en) \
            .replace("%2", view.waybill_no)
        self.accept()

    # --- the consignments sent -------------------------------------------------------------------
    def _tab_shown(self, n: int) -> None:
        if n != 1:
            return
        if self.table is None:  # most waybills are entered, not looked up: the list is not built for them
            with keyboard.paused():
                self._build_list(self.list_page)
                self._retranslate_list()
        self.load_list()

    def _build_list(self, page: QWidget) -> None:
        self.search = QLineEdit(objectName="courierSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(lambda: self.load_list())
        self.table = row_list("courierList", len(LIST_COLUMNS))
        self.delivery_note = QLineEdit(objectName="deliveryNote")
        self.delivered = QPushButton(objectName="markDelivered")
        self.delivered.clicked.connect(self.mark_delivered)
        self.bill_again = QPushButton(objectName="billConsignment")
        self.bill_again.clicked.connect(self.bill_unpaid)
        row = QHBoxLayout()
        row.addWidget(self.delivery_note, 1)
        row.addWidget(self.delivered)
        row.addWidget(self.bill_again)
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def load_list(self) -> None:
        desk, search = self.station.desk, self.search.text()
        self.runner.start(lambda: (desk.consignments(None, search), desk.settings().tz), self._listed,
                          self._refused_register)

    def _listed(self, result) -> None:
        rows, self.tz = result
        zh = i18n.current() == "zh"
        self.table.setRowCount(len(rows))
        for n, v in enumerate(rows):
            sender = f"{v.room} {v.sender_name}" if v.room else v.sender_name
            delivered = f"{v.delivered_at.astimezone(self.tz):%m-%d %H:%M} {v.delivered_by or ''}" if v.delivered_at else ""
            values = (f"{v.carrier_name_zh if zh else v.carrier_name_en} {v.waybill_no}", sender,
                      f"{v.region} {v.city} · {v.recipient}", f"{v.grams} g", money(v.quoted_minor),
                      f"{v.created_at.astimezone(self.tz):%m-%d %H:%M}", self.tr(v.status), delivered)
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, v)
                self.table.setItem(n, col, cell)

    def _chosen(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.error(self.tr("Choose a consignment first."))
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.UserRole)

    def bill_unpaid(self) -> None:
        """A waybill registered but never paid for (the bill was cleared, or its sale voided)."""
        v = self._chosen()
        if v is None:
            return
        if v.charged:
            self.message.error(self.tr("Waybill %1 is already paid for.").replace("%1", v.waybill_no))
            return
        self.lines = [v.line]
        self.notice = self.tr("Waybill %1 is on the bill.").replace("%1", v.waybill_no)
        self.accept()

    def mark_delivered(self) -> None:
        v = self._chosen()
        if v is None:
            return
        desk, op, note = self.station.desk, self.station.op, self.delivery_note.text()
        self.runner.start(lambda: desk.mark_delivered(op, v.id, note), self._marked, self._refused_register,
                          trigger=self.delivered)

    def _marked(self, view) -> None:
        self.delivery_note.clear()
        self.message.info(self.tr("Waybill %1 marked delivered.").replace("%1", view.waybill_no))
        self.load_list()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Courier"))
        self.tabs.setTabText(0, self.tr("New waybill"))
        self.tabs.setTabText(1, self.tr("Sent and delivered"))
        keyboard.tab_tips(self.tabs)
        for key, label in self.form_labels:
            label.setText(self.tr(key) if key else "")
        self.same_city.setText(self.tr("Same city (local rate)"))
        self.sender_copy.setText(self.tr("Sender's copy given to the guest"))
        self.room.setPlaceholderText(self.tr("empty for a walk-in sender"))
        self.register.setText(self.tr("Register and add to bill"))
        self.close_button.setText(self.tr("Close"))
        self._fill_choices()
        if self.table is not None:
            self._retranslate_list()

    def _retranslate_list(self) -> None:
        self.search.setPlaceholderText(self.tr("Search waybill, sender, room, recipient or city"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in LIST_COLUMNS])
        self.delivery_note.setPlaceholderText(self.tr("Delivery note (signed by…)"))
        self.delivered.setText(self.tr("Mark delivered"))
        self.bill_again.setText(self.tr("Add to bill (unpaid)"))
