"""The bill being built: its lines as an item model over the last quote the core returned."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from .. import i18n
from ..widgets import money


class BillModel(QAbstractTableModel):

    def __init__(self, parent=None):
        super().__init__(parent)
        self.requests: list = []
        self.quote = None

    def set_quote(self, requests: list, quote) -> None:
        self.beginResetModel()
        self.requests, self.quote = list(requests), quote
        self.endResetModel()

    def clear(self) -> None:
        self.set_quote([], None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.quote is None else len(self.quote.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return (self.tr("Service"), self.tr("Qty"), self.tr("Amount"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.quote is None:
            return None
        line = self.quote.lines[index.row()]
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return line.charge.name_zh if i18n.current() == "zh" else line.charge.name_en
            if index.column() == 1:
                return line.charge.quantity
            return money(line.amount_minor, self.quote.currency)
        if role == Qt.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
