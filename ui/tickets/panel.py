"""The running panel's air-ticket tab: departures in the next 24 hours (remind the guest of the time)
and tickets waiting to be handed over. Double-click (or Open) shows the order in the orders dialog.

Its first load also erases passengers' ID numbers kept past the retention after travel, so the
erasure happens on every counter's start-up without anyone having to remember it."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from bizcenter.workflows import retention

from .. import i18n
from ..errands.tables import row_list
from ..modal import open_modal
from ..widgets import MessageLine
from .texts import action_text, state_text

# Marked for lupdate in the context `self.tr` looks them up in (they are shown through a variable).
COLUMNS = (QT_TRANSLATE_NOOP("TicketRemindersPanel", "Reminder"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Departs (local)"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Flight"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Guest"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Room"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Phone"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Order"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "Route"),
           QT_TRANSLATE_NOOP("TicketRemindersPanel", "State"))


class TicketRemindersPanel(QWidget):
    counted = Signal(str)

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(parent, objectName="ticketRemindersPanel")
        self.station, self.runner, self.counter_page = station, runner, counter_page
        self.rows, self.count, self.swept = [], 0, False
        self.search = QLineEdit(objectName="ticketReminderSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(lambda: self.load())
        self.table = row_list("ticketReminders", len(COLUMNS))
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.open_button = QPushButton(objectName="openTicketOrder")
        self.open_button.clicked.connect(self.open_selected)
        self.message = MessageLine()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Air tickets (%1)").replace("%1", str(self.count))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search order, guest, room or flight"))
        self.open_button.setText(self.tr("Open order"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        if self.rows:
            self._fill()

    def load(self) -> None:
        desk, text = self.station.desk, self.search.text()
        if not self.swept:  # once per start: ID numbers and guest profiles past their retention are erased (audited)
            self.swept = True
            self.runner.start(partial(desk.op, retention.erase_expired), lambda erased: None, self._error)
        self.runner.start(lambda: desk.ticket_reminders(text), self._loaded, self._error)

    def _loaded(self, rows) -> None:
        self.rows, self.count = list(rows), len(rows)
        self._fill()
        self.counted.emit(self.title())

    def _fill(self) -> None:
        kinds = {"departure": self.tr("Departs within 24 h: remind the guest"),
                 "delivery": self.tr("Ticket to hand over")}
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            flag = f" · {action_text(row.disruption)}" if row.disruption else ""
            dep = row.departs_local.strftime("%m-%d %H:%M") if row.departs_local else ""
            for c, text in enumerate((kinds.get(row.kind, row.kind), dep, row.flight + flag, row.contact_name,
                                      row.room or "", row.contact_phone, row.number, row.route, state_text(row.state))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def open_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected and len(self.rows) == 1:
            row = self.rows[0]
        elif selected:
            row = self.rows[selected[0].row()]
        else:
            self.message.error(self.tr("Choose a reminder first."))
            return
        from .orders import TicketOrdersDialog

        dialog = TicketOrdersDialog(self.station, self.runner, "ticket_fee", self)
        dialog.search.setText(row.number)
        dialog.load_list(row.order_id)
        dialog.accepted.connect(lambda: self.counter_page.add_lines(dialog.lines, dialog.notice))
        self.dialog = dialog
        open_modal(dialog)

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
