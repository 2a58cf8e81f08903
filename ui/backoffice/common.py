"""What every back-office screen shares: a read-only table model over plain rows, a base screen that
runs desk calls through the runner and shows refusals on its message line, and printing of a page."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .. import i18n
from ..widgets import MessageLine, clear_card_number


class RowsModel(QAbstractTableModel):
    """Rows a workflow returned, shown through one function per column; `row(i)` gives the row back."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def set_columns(self, columns) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, i: int):
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and index.isValid():
            value = self.columns[index.column()][1](self.rows[index.row()])
            return "" if value is None else str(value)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section < len(self.columns):
            return self.columns[section][0]
        return None


def table(name: str, model: RowsModel, stretch: int | None = None) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()

    def sizes() -> None:  # a reset of the columns forgets per-section modes: set them again
        header.setSectionResizeMode(QHeaderView.ResizeToContents)  # columns as wide as their text
        header.setStretchLastSection(stretch is None)
        if stretch is not None and stretch < model.columnCount():
            header.setSectionResizeMode(stretch, QHeaderView.Stretch)

    sizes()
    model.modelReset.connect(sizes)
    return view


def selected(view: QTableView):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return view.model().row(rows[0].row()) if rows else None


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class Screen(QWidget):
    """A back-office tab: `call` runs one desk action off the GUI thread; a refusal goes to `message`."""

    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.station, self.runner = station, runner
        self.message = MessageLine()
        self.message.setObjectName(f"{type(self).__name__}Message")

    @property
    def desk(self):
        return self.station.desk

    @property
    def me(self) -> int:
        return self.station.staff.id

    @property
    def clock(self):
        """The hotel's clock: every date a page defaults to is the hotel's, never Qt's (machine zone)."""
        return self.station.hotel_clock()

    def call(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None, trigger=None,
             ok: str | None = None) -> None:
        asked_by = self.station.staff  # an answer for whoever has signed out since is not shown to anyone

        def finished(result):
            if self.station.staff is not asked_by:
                return
            if ok:
                self.message.info(ok)
            else:
                self.message.clear()
            if done:
                done(result)

        def refused(exc):
            if self.station.staff is not asked_by:
                return
            self.message.error(i18n.error_text(exc))
            clear_card_number(exc, self)  # a card number typed by mistake does not stay on screen

        self.runner.start(work, finished, refused, trigger=trigger)

    def load(self) -> None:  # overridden
        pass

    def retranslate(self) -> None:  # overridden
        pass


def print_html(html: str, path: str | None = None, parent=None) -> str | None:
    """Print an HTML page: to a PDF file when `path` is given, else through the print dialog."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    doc = QTextDocument()
    doc.setHtml(html)
    printer = QPrinter(QPrinter.HighResolution)
    if path:
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(path)
    elif QPrintDialog(printer, parent).exec() != QPrintDialog.Accepted:
        return None
    doc.print_(printer)
    return path
