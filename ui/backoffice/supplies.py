"""Supplies: stock on hand from what was received, used and counted; record use, receive, take
stock; the weekly requisition of what is at or below its reorder point, printable."""
from __future__ import annotations

from functools import partial

from html import escape

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from bizcenter.workflows import supplies

from .. import i18n, keyboard
from ..files import ask_save_path
from .common import RowsModel, Screen, print_html, selected, table


class SuppliesPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.stock = RowsModel()
        self.stock_view = table("stockTable", self.stock, 1)
        self.quantity = QSpinBox(objectName="supplyQuantity", minimum=0, maximum=100000, value=1)
        self.note = QLineEdit(objectName="supplyNote")
        self.use = QPushButton(objectName="useSupply")
        self.use.clicked.connect(lambda: self.move("use"))
        self.receive = QPushButton(objectName="receiveSupply")
        self.receive.clicked.connect(lambda: self.move("receive"))
        self.count = QPushButton(objectName="stockTake")
        self.count.clicked.connect(lambda: self.move("count"))
        self.fields = {k: QLineEdit(objectName=f"supply_{k}") for k in ("code", "name_zh", "name_en", "unit")}
        self.level = QSpinBox(objectName="supplyLevel", maximum=100000)
        self.order = QSpinBox(objectName="supplyOrder", maximum=100000)
        self.add = QPushButton(objectName="addSupply")
        self.add.clicked.connect(self.add_item)
        self.req = RowsModel()
        self.req_view = table("requisitionTable", self.req, 0)
        self.req_button = QPushButton(objectName="makeRequisition")
        self.req_button.clicked.connect(self.requisition)
        self.print_button = QPushButton(objectName="printRequisition")
        self.print_button.clicked.connect(lambda: self.print_requisition())
        keyboard.chain((self.quantity, self.note), self.use)
        keyboard.chain((*self.fields.values(), self.level, self.order), self.add)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.stock_box, self.req_box = QGroupBox(), QGroupBox()
        s = QVBoxLayout(self.stock_box)
        s.addWidget(self.stock_view, 1)
        moves = QHBoxLayout()
        for w in (self.quantity, self.note, self.use, self.receive, self.count):
            moves.addWidget(w)
        s.addLayout(moves)
        add = QHBoxLayout()
        for w in (*self.fields.values(), self.level, self.order, self.add):
            add.addWidget(w)
        s.addLayout(add)
        r = QVBoxLayout(self.req_box)
        r.addWidget(self.req_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.req_button)
        row.addWidget(self.print_button)
        row.addStretch()
        r.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stock_box, 3)
        layout.addWidget(self.req_box, 2)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.stock_box.setTitle(self.tr("Stock"))
        self.req_box.setTitle(self.tr("Weekly requisition"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.use.setText(self.tr("Record use"))
        self.receive.setText(self.tr("Receive"))
        self.count.setText(self.tr("Stock-take: set to counted"))
        for key, text in (("code", self.tr("Code")), ("name_zh", self.tr("Chinese name")),
                          ("name_en", self.tr("English name")), ("unit", self.tr("Unit"))):
            self.fields[key].setPlaceholderText(text)
        self.level.setPrefix(self.tr("Reorder at "))
        self.order.setPrefix(self.tr("Order "))
        self.add.setText(self.tr("Add item"))
        self.req_button.setText(self.tr("Make this week's requisition"))
        self.print_button.setText(self.tr("Print requisition…"))
        name = lambda s: s.name_zh if i18n.current() == "zh" else s.name_en  # noqa: E731
        self.stock.set_columns([
            (self.tr("Code"), lambda s: s.code), (self.tr("Item"), name), (self.tr("On hand"), lambda s: s.on_hand),
            (self.tr("Unit"), lambda s: s.unit), (self.tr("Reorder point"), lambda s: s.reorder_level),
            (self.tr("Used in 7 days"), lambda s: s.used_7_days), (self.tr("Low"), lambda s: "⚠" if s.low else "")])
        self.req.set_columns([
            (self.tr("Item"), lambda r: f"{r.item.name_zh} {r.item.name_en}"),
            (self.tr("On hand"), lambda r: r.item.on_hand), (self.tr("Order"), lambda r: r.order_qty),
            (self.tr("Unit"), lambda r: r.item.unit)])

    def load(self) -> None:
        self.call(partial(self.desk.op, supplies.stock), self.stock.set_rows)

    def move(self, kind: str) -> None:
        item = selected(self.stock_view)
        if item is None:
            self.message.error(self.tr("Choose an item first."))
            return
        desk, me, qty, note = self.desk, self.me, self.quantity.value(), self.note.text()
        work = {"use": lambda: desk.op(supplies.use, me, item.id, qty, note),
                "receive": lambda: desk.op(supplies.receive, me, item.id, qty, note),
                "count": lambda: desk.op(supplies.stock_take, me, item.id, qty, note)}[kind]
        self.call(work, lambda _: (self.note.clear(), self.load()), ok=self.tr("Recorded."))

    def add_item(self) -> None:
        desk, me = self.desk, self.me
        v = {k: f.text() for k, f in self.fields.items()}
        args = (v["code"], v["name_zh"], v["name_en"], v["unit"], self.level.value(), self.order.value())
        self.call(lambda: desk.op(supplies.add_item, me, *args), lambda _: ([f.clear() for f in self.fields.values()],
                                                                  self.load()),
                  trigger=self.add, ok=self.tr("Item added."))

    def requisition(self) -> None:
        desk, me = self.desk, self.me
        self.call(lambda: desk.op(supplies.requisition, me), self.req.set_rows, trigger=self.req_button)

    def print_requisition(self, path: str | None = None) -> None:
        if path is None:
            path = ask_save_path(self, self.station, self.tr("Save PDF"), "requisition.pdf", "PDF (*.pdf)")
            if not path:
                return
        rows = "".join(f"<tr><td>{escape(r.item.name_zh)} {escape(r.item.name_en)}</td><td align=right>"
                       f"{r.item.on_hand}</td><td align=right><b>{r.order_qty}</b></td><td>{escape(r.item.unit)}</td></tr>"
                       for r in self.req.rows)
        print_html(f"<h2>{escape(self.tr('Supplies requisition · 物品申领单'))}</h2>"
                   "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
                   f"<tr><th>{escape(self.tr('Item'))}</th><th>{escape(self.tr('On hand'))}</th>"
                   f"<th>{escape(self.tr('Order'))}</th><th>{escape(self.tr('Unit'))}</th></tr>{rows}</table>",
                   path, self)
        self.message.info(self.tr("Saved %1").replace("%1", path))
