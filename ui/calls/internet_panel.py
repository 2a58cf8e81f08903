"""The running panel's internet tab: every open session as a live timer, and stopped sessions still
waiting for their bill. Stop (or Bill) puts the session's charge on the counter's open bill.

The clock ticks once a second from the `started_at` each row was loaded with, computing elapsed
time and the running charge with the tariff loaded alongside: no database call per tick. The list
itself is reloaded only after an action (and when the counter reloads its panels).
"""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from bizcenter.workflows import internet

from .. import i18n
from ..modal import open_modal
from ..widgets import MessageLine, dialog_frame, money
from .common import elapsed_text, slip_view

COLUMNS = (QT_TRANSLATE_NOOP("InternetPanel", "Account"), QT_TRANSLATE_NOOP("InternetPanel", "Guest"), QT_TRANSLATE_NOOP("InternetPanel", "Counter"), QT_TRANSLATE_NOOP("InternetPanel", "Started"), QT_TRANSLATE_NOOP("InternetPanel", "Time used"), QT_TRANSLATE_NOOP("InternetPanel", "Charge so far"), QT_TRANSLATE_NOOP("InternetPanel", "Status"))
ELAPSED, CHARGE, STATUS = 4, 5, 6
STATES = (QT_TRANSLATE_NOOP("InternetPanel", "running"), QT_TRANSLATE_NOOP("InternetPanel", "to bill"),
          QT_TRANSLATE_NOOP("InternetPanel", "running over %1 h — ask the guest"))


class SessionsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows, self.tariff, self.tz = [], None, None
        self.now = datetime.now(timezone.utc)
        self._charges: dict[tuple[int, int], int] = {}

    def set_rows(self, running, tz) -> None:
        self.beginResetModel()
        self.rows, self.tariff, self.tz = list(running.sessions), running.tariff, tz
        self._charges.clear()
        self.now = datetime.now(timezone.utc)
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Only the live columns change (time, charge, the over-the-limit flag), and only for open sessions."""
        self.now = now
        if self.rows:
            self.dataChanged.emit(self.index(0, ELAPSED), self.index(len(self.rows) - 1, STATUS))

    def seconds(self, info) -> int:
        if info.status != "open":
            return info.seconds or 0
        return max(1, int((self.now - info.started_at).total_seconds()))

    def charge(self, info) -> int:
        seconds = self.seconds(info)
        key = (info.id, -(-seconds // 60))  # the rule counts started minutes at most: one price per minute
        if key not in self._charges:
            self._charges[key] = self.tariff.total_minor(seconds)
        return self._charges[key]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return InternetPanel.tr_column(COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        if role == Qt.UserRole:
            return info
        if role == Qt.ForegroundRole and index.column() == STATUS and info.over_limit(self.now):
            from PySide6.QtGui import QColor

            return QColor("#b00020")  # left running past the hotel's limit: someone should ask the guest
        if role != Qt.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return info.account
        if col == 1:
            return info.guest_name if info.room is None else f"{info.room} {info.guest_name}"
        if col == 2:
            return info.counter_code
        if col == 3:
            local = info.started_at.astimezone(self.tz) if self.tz else info.started_at
            return local.strftime("%m-%d %H:%M")
        if col == ELAPSED:
            return elapsed_text(self.seconds(info))
        if col == CHARGE:
            return money(self.charge(info), self.tariff.currency)
        if info.over_limit(self.now):
            return InternetPanel.tr_column(STATES[2]).replace("%1", str(info.alert_hours))
        return InternetPanel.tr_column(STATES[0]) if info.status == "open" else InternetPanel.tr_column(STATES[1])


class InternetPanel(QWidget):
    counted = Signal(str)  # the tab title with its count, after each load

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(parent, objectName="internetPanel")
        self.station, self.runner, self.counter_page = station, runner, counter_page
        self.count = 0
        self.model = SessionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.search = QLineEdit(objectName="internetSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(objectName="internetSessions")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stop = QPushButton(objectName="stopSession")
        self.stop.clicked.connect(self.stop_selected)
        self.show_slip = QPushButton(objectName="showSlip")
        self.show_slip.clicked.connect(self.slip_selected)
        self.message = MessageLine()
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(lambda: self.model.tick(datetime.now(timezone.utc)))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.stop)
        top.addWidget(self.show_slip)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()

    @staticmethod
    def tr_column(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("InternetPanel", text)

    def title(self) -> str:
        return self.tr("Internet (%1)").replace("%1", str(self.count))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search account, room or name"))
        self.stop.setText(self.tr("Stop and bill"))
        self.show_slip.setText(self.tr("Login slip"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)

    def load(self) -> None:
        desk = self.station.desk
        self.runner.start(lambda: (desk.op(internet.running), desk.settings().tz), self._loaded, self._error)

    def _loaded(self, result) -> None:
        running, tz = result
        self.model.set_rows(running, tz)
        self.count = len(running.sessions)
        self.counted.emit(self.title())
        if any(s.status == "open" for s in running.sessions):
            self.ticker.start()
        else:
            self.ticker.stop()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.proxy.rowCount() == 1:
            return self.proxy.index(0, 0).data(Qt.UserRole)
        return rows[0].data(Qt.UserRole) if rows else None

    def stop_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.message.error(self.tr("Choose a session first."))
            return
        on_bill = {r.record.get("internet_session_id") for r in getattr(self.counter_page.bill, "requests", [])}
        if info.id in on_bill:
            self.message.error(self.tr("Session %1 is already on the bill.").replace("%1", info.account))
            return
        desk, op = self.station.desk, self.station.op
        action = (lambda: desk.op(internet.stop_session, op, info.id)) if info.status == "open" else \
            (lambda: desk.op(internet.unbilled, info.id))
        self.runner.start(action, self._stopped, self._error, trigger=self.stop)

    def _stopped(self, info) -> None:
        self.message.clear()
        notice = (self.tr("Session %1 stopped after %2; its charge is on the bill.")
                  .replace("%1", info.account).replace("%2", elapsed_text(info.seconds or 0)))
        self.counter_page.add_lines([info.line], notice)  # the counter reloads its panels, this one too

    def slip_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.message.error(self.tr("Choose a session first."))
            return
        desk = self.station.desk
        self.runner.start(lambda: desk.internet_slip(info.id), self._show_slip, self._error, trigger=self.show_slip)

    def _show_slip(self, lines) -> None:
        dialog = QDialog(self, objectName="internetSlipDialog")
        dialog.setWindowTitle(self.tr("Login slip"))
        view = slip_view("internetSlip")
        view.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog_frame(dialog)
        self.slip_dialog = dialog
        open_modal(dialog)

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
