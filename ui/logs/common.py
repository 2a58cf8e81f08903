"""What the log tabs share: a read-only table of plain rows, one function per column, and a tab base that
runs one core call off the GUI thread through `desk.op` and shows the outcome on its message line."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from .. import i18n
from ..widgets import MessageLine


class RowsTable(QTableWidget):
    """Rows shown through `columns` [(header, value of row)]; `chosen()` gives the selected row back."""

    def __init__(self, name: str, parent=None):
        super().__init__(0, 0, parent, objectName=name)
        self.rows: list = []
        self.columns: list[tuple[str, Callable[[Any], Any]]] = []
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_columns(self, columns) -> None:
        self.columns = list(columns)
        self.setColumnCount(len(self.columns))
        self.setHorizontalHeaderLabels([c[0] for c in self.columns])
        self.set_rows(self.rows)

    def set_rows(self, rows) -> None:
        chosen = self.chosen()
        self.rows = list(rows)
        self.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, (_, value) in enumerate(self.columns):
                text = value(row)
                item = QTableWidgetItem("" if text is None else str(text))
                item.setToolTip(item.text())
                self.setItem(r, c, item)
            if chosen is not None and getattr(row, "id", None) == getattr(chosen, "id", object()):
                self.selectRow(r)

    def chosen(self):
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None


class LogTab(QWidget):
    """One tab of the logs: `call` runs work off the GUI thread; refusals go to the tab's message line."""

    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.station, self.runner = station, runner
        self.message = MessageLine()

    @property
    def desk(self):
        return self.station.desk

    def call(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None, trigger=None,
             ok: str | None = None) -> None:
        self.message.clear()  # the last outcome goes as the next action starts

        def finished(result):
            if ok:
                self.message.info(ok)
            if done:
                done(result)

        self.runner.start(work, finished, lambda e: self.message.error(i18n.error_text(e)), trigger=trigger)

    def today(self):
        return self.station.hotel_clock().today()

    def load(self) -> None:  # overridden
        pass

    def retranslate(self) -> None:  # overridden
        pass


def hhmm(t) -> str:
    return t.strftime("%H:%M") if t else ""


def align_top(layout) -> None:
    layout.setAlignment(Qt.AlignTop)
