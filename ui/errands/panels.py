"""The running panel's rental tabs: equipment out now, and meeting rooms in use or booked today.

Each tab lists what the desk returned, filtered by its search box; Return (and, for rooms, Hand over)
acts on the chosen row, and a return's charge goes straight onto the counter's open bill through
`counter_page.add_lines`. Overdue rows are marked, so the clerk can chase the item.
"""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from bizcenter.workflows.codenames import payment_method_name

from .. import i18n
from ..widgets import MessageLine, money
from .tables import row_list
from .bookings import return_notice, state_text
from .calendar import COLOURS, state


COLUMNS = (QT_TRANSLATE_NOOP("RentalPanel", "Booking"), QT_TRANSLATE_NOOP("RentalPanel", "Room or item"),
           QT_TRANSLATE_NOOP("RentalPanel", "Who"), QT_TRANSLATE_NOOP("RentalPanel", "From"),
           QT_TRANSLATE_NOOP("RentalPanel", "Until"), QT_TRANSLATE_NOOP("RentalPanel", "State"),
           QT_TRANSLATE_NOOP("RentalPanel", "Deposit"))


class _RentalPanel(QWidget):
    counted = Signal(str)  # the tab title with its count, after each load (ui.running shows it)
    service = name = ""
    columns = COLUMNS

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(parent, objectName=self.name)
        self.station, self.runner, self.counter_page = station, runner, counter_page
        self.rows, self.tz = [], timezone.utc
        self.search = QLineEdit(clearButtonEnabled=True, objectName=f"{self.objectName()}Search")
        self.search.textChanged.connect(self._filter)
        self.table = row_list(f"{self.objectName()}Table", len(self.columns))
        self.give_back = QPushButton(objectName=f"{self.objectName()}Return")
        self.give_back.clicked.connect(self.return_selected)
        self.message = MessageLine()
        self.top = QHBoxLayout()
        self.top.addWidget(self.search, 1)
        self.top.addWidget(self.give_back)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        if hasattr(self, "deposits"):
            self.show_more(self.deposits)
        self.search.setPlaceholderText(self.tr("Search room, name, company or item"))
        self.give_back.setText(self.tr("Return and bill"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RentalPanel", c) for c in self.columns])
        self._show()

    def load(self) -> None:
        desk = self.station.desk
        self.runner.start(lambda: (self.fetch(desk), desk.settings().tz, self.fetch_more(desk)), self._loaded,
                          self._error)

    def fetch(self, desk):  # pragma: no cover - each tab says what it lists
        raise NotImplementedError

    def fetch_more(self, desk):
        return None

    def show_more(self, more) -> None:
        pass

    def _loaded(self, result) -> None:
        self.rows, self.tz, more = result
        self._show()
        self.show_more(more)
        self.counted.emit(self.title())

    def _show(self) -> None:
        zh, now = i18n.current() == "zh", datetime.now(timezone.utc)
        self.table.setRowCount(len(self.rows))
        for n, b in enumerate(self.rows):
            who = f"{b.room} {b.party_name}" if b.room else f"{b.party_name} {b.company or ''} {b.phone or ''}".strip()
            deposit = ""
            if b.deposit and not b.deposit.returned_at:
                deposit = f"{money(b.deposit.amount_minor)} {payment_method_name(b.deposit.method, i18n.current())}"
            values = (f"#{b.id}", (b.item_zh if zh else b.item_en) + (f" ×{b.units}" if b.units > 1 else ""), who,
                      f"{b.starts_at.astimezone(self.tz):%m-%d %H:%M}", f"{b.ends_at.astimezone(self.tz):%m-%d %H:%M}",
                      state_text(b, now), deposit)
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, b)
                cell.setBackground(QBrush(QColor(COLOURS.get(state(b, now), "#ffffff"))))
                self.table.setItem(n, col, cell)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            hay = " ".join(self.table.item(row, c).text() for c in range(self.table.columnCount())).casefold()
            self.table.setRowHidden(row, not all(w in hay for w in words))

    def visible(self) -> list:
        return [self.table.item(r, 0).data(Qt.UserRole) for r in range(self.table.rowCount())
                if not self.table.isRowHidden(r)]

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        shown = self.visible()
        return shown[0] if len(shown) == 1 else None

    def return_selected(self) -> None:
        b = self.selected()
        if b is None or b.status != "out":
            self.message.error(self.tr("Choose a booking in use first."))
            return
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.return_rental(op, b.id), self._returned, self._error, trigger=self.give_back)

    def _returned(self, result) -> None:
        self.message.clear()
        self.counter_page.add_lines(list(result.lines), return_notice(result))

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))


class EquipmentOutPanel(_RentalPanel):
    service, name = "equipment", "equipmentOut"

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(station, runner, counter_page, parent)
        self.held = QLabel(objectName="depositsHeld")
        self.layout().insertWidget(2, self.held)
        self.deposits = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("Equipment out (%1)").replace("%1", str(len(self.rows)))

    def fetch(self, desk):
        return desk.equipment_out()

    def fetch_more(self, desk):
        return desk.deposits_held()

    def show_more(self, deposits) -> None:
        """What the deposit envelope and the card imprints must hold now (kept apart from the drawer)."""
        self.deposits = list(deposits or [])
        cash = sum(d.amount_minor for d in self.deposits if d.method == "cash")
        cards = sum(1 for d in self.deposits if d.method == "card")
        self.held.setText(self.tr("Deposits held: %1 in cash (envelope, not in the drawer), %2 card imprint(s)")
                          .replace("%1", money(cash)).replace("%2", str(cards)))


class RoomsTodayPanel(_RentalPanel):
    service, name = "meeting_room", "roomsToday"

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(station, runner, counter_page, parent)
        self.hand_over = QPushButton(objectName="roomsTodayHandOver")
        self.hand_over.clicked.connect(self.hand_over_selected)
        self.top.insertWidget(1, self.hand_over)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "hand_over"):
            self.hand_over.setText(self.tr("Hand over"))

    def title(self) -> str:
        return self.tr("Rooms today (%1)").replace("%1", str(len(self.rows)))

    def fetch(self, desk):
        return desk.rooms_today()

    def hand_over_selected(self) -> None:
        b = self.selected()
        if b is None or b.status != "booked":
            self.message.error(self.tr("Choose a booked room first."))
            return
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.hand_over(op, b.id), lambda _: self.load(), self._error, trigger=self.hand_over)
