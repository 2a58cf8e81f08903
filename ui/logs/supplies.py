"""The Supplies tab: the clerk records what was taken from the cupboard (item, how many, what for); the
stock on hand is shown, and an item at its reorder point is marked for the supervisor's requisition."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from bizcenter.workflows import supplies

from .. import i18n
from ..widgets import BigButton
from .common import LogTab, RowsTable


class SuppliesTab(LogTab):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.item = QComboBox(objectName="supplyItem")
        self.quantity = QSpinBox(objectName="supplyQuantity", minimum=1, maximum=10_000)
        self.note = QLineEdit(objectName="supplyNote")
        self.record = BigButton(objectName="recordSupplyUse")
        self.record.clicked.connect(self.record_use)
        self.stock = RowsTable("supplyStock")
        self.items: list = []
        self.form_box, self.list_box = QGroupBox(), QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = {k: QLabel() for k in ("item", "quantity", "note")}
        for key, field in (("item", self.item), ("quantity", self.quantity), ("note", self.note)):
            form.addRow(self.labels[key], field)
        form.addRow(self.record)
        QVBoxLayout(self.list_box).addWidget(self.stock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.message)
        layout.addWidget(self.list_box, 1)
        self.retranslate()

    def _name(self, s) -> str:
        return s.name_zh if i18n.current() == "zh" else s.name_en

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Record supplies used"))
        self.list_box.setTitle(self.tr("In stock"))
        for key, text in (("item", self.tr("Item")), ("quantity", self.tr("Quantity")), ("note", self.tr("What for"))):
            self.labels[key].setText(text)
        self.note.setPlaceholderText(self.tr("e.g. the copier in the meeting room"))
        self.record.setText(self.tr("Record use"))
        self.stock.set_columns([
            (self.tr("Item"), self._name), (self.tr("On hand"), lambda s: f"{s.on_hand} {s.unit}"),
            (self.tr("Used in 7 days"), lambda s: s.used_7_days),
            (self.tr("Reorder"), lambda s: self.tr("low") if s.low else "")])
        self._fill_items()

    def _fill_items(self) -> None:
        current = self.item.currentData()
        self.item.clear()
        for s in self.items:
            self.item.addItem(f"{self._name(s)} ({s.on_hand} {s.unit})", s.id)
        self.item.setCurrentIndex(max(self.item.findData(current), 0))

    def load(self) -> None:
        desk = self.desk
        self.runner.start(lambda: desk.op(supplies.stock), self._loaded, lambda e: self.message.error(str(e)))

    def _loaded(self, rows) -> None:
        self.items = rows
        self.stock.set_rows(rows)
        self._fill_items()
        self.record.setEnabled(bool(rows))

    def record_use(self) -> None:
        item_id = self.item.currentData()
        if item_id is None:
            self.message.error(self.tr("No supplies are set up yet; the supervisor adds them in the back office."))
            return
        desk, me, quantity, note = self.desk, self.station.staff.id, self.quantity.value(), self.note.text()
        name = self.item.currentText().rsplit(" (", 1)[0]

        def done(_):
            self.message.info(self.tr("Recorded: %1 × %2.").replace("%1", name).replace("%2", str(quantity)))
            self.note.clear()
            self.quantity.setValue(1)
            self.load()

        self.call(lambda: desk.op(supplies.use, me, item_id, quantity, note), done, trigger=self.record)
