"""The fax rack tab of the counter's running panel: faxes no guest matched yet, each with its age
(overdue ones marked), a search box, and the actions: give one to the guest who asks for it (match,
deliver, bill through the incoming-fax dialog), hand one to a visitor who is not staying (ID checked),
archive one (early: with a reason), archive the overdue."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from bizcenter.workflows import fax_rack

from .. import i18n
from ..modal import open_modal
from ..widgets import MessageLine
from .incoming import FaxInDialog
from .visitor import VisitorDialog


def age_text(age) -> str:
    minutes = int(age.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    if days:
        return f"{days} d {rest // 60} h"
    return f"{rest // 60} h {rest % 60:02d} min" if rest >= 60 else f"{rest} min"


class FaxRackPanel(QWidget):
    def __init__(self, station, runner, counter_page=None, parent=None):
        super().__init__(parent)
        self.setObjectName("faxRackPanel")
        self.station, self.runner, self.counter_page = station, runner, counter_page
        self.faxes = []
        self.dialog = None
        self.search = QLineEdit(objectName="rackSearch")
        self.search.textChanged.connect(lambda: self._timer.start())
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.load)
        self.table = QTableWidget(0, 7, objectName="rackTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.match = QPushButton(objectName="rackMatch")
        self.match.clicked.connect(self.give_to_guest)
        self.visitor = QPushButton(objectName="rackVisitor")
        self.visitor.clicked.connect(self.give_to_visitor)
        self.reason = QLineEdit(objectName="archiveReason")
        self.archive = QPushButton(objectName="rackArchive")
        self.archive.clicked.connect(self.archive_one)
        self.archive_overdue = QPushButton(objectName="rackArchiveOverdue")
        self.archive_overdue.clicked.connect(self.archive_all_overdue)
        self.message = MessageLine()
        find = QHBoxLayout()  # actions above the list: a short panel shrinks the list, not the buttons
        find.addWidget(self.search, 1)
        find.addWidget(self.match)
        find.addWidget(self.visitor)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.archive)
        actions.addWidget(self.archive_overdue)
        layout = QVBoxLayout(self)
        layout.addLayout(find)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Fax rack (%1)").replace("%1", str(len(self.faxes)))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the rack: name, room or sender"))
        self.table.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Age"), self.tr("Name on the fax"),
                                              self.tr("Room"), self.tr("From"), self.tr("Pages"), self.tr("Clerk")])
        self.match.setText(self.tr("Give to a guest…"))
        self.visitor.setText(self.tr("Give to a visitor…"))
        self.reason.setPlaceholderText(self.tr("Reason, if archived before it is overdue"))
        self.archive.setText(self.tr("Archive"))
        self.archive_overdue.setText(self.tr("Archive all overdue"))

    def load(self) -> None:
        if self.station.counter_id is None or self.station.staff is None:
            return
        desk, counter_id, search = self.station.desk, self.station.counter_id, self.search.text()
        self.runner.start(lambda: desk.op(fax_rack.rack_list, counter_id, search), self.show_rack,
                          lambda e: self.message.error(i18n.error_text(e)))

    def show_rack(self, faxes) -> None:
        self.faxes = list(faxes)
        self.table.setRowCount(len(self.faxes))
        overdue = QBrush(QColor("#ffe0e0"))
        for row, f in enumerate(self.faxes):
            cells = (f"{f.received_at:%m-%d %H:%M}", age_text(f.age), f.written_name, f.written_room or "",
                     f.sender or "", str(f.pages), f.racked_by)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if f.overdue:
                    item.setBackground(overdue)
                    item.setToolTip(self.tr("Unclaimed for longer than the rack days: archive it"))
                self.table.setItem(row, col, item)
        self._retitle()

    def _retitle(self) -> None:
        tabs = self.parentWidget().parentWidget() if self.parentWidget() else None
        if tabs is not None and hasattr(tabs, "indexOf") and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.title())

    def selected(self):
        row = self.table.currentRow()
        if not 0 <= row < len(self.faxes):
            self.message.error(self.tr("Choose a fax in the rack first."))
            return None
        return self.faxes[row]

    def give_to_guest(self) -> None:
        fax = self.selected()
        if fax is None:
            return
        self.dialog = FaxInDialog(self.station, self.runner, "fax_in", self, claim=fax)
        self.dialog.accepted.connect(self._given)
        open_modal(self.dialog)

    def give_to_visitor(self) -> None:
        fax = self.selected()
        if fax is None:
            return
        self.dialog = VisitorDialog(self.station, self.runner, fax, self)
        self.dialog.accepted.connect(self._given)
        open_modal(self.dialog)

    def _given(self) -> None:
        lines, notice = self.dialog.lines, self.dialog.notice
        if self.counter_page is not None:
            self.counter_page.add_lines(lines, notice)
        elif notice:
            self.message.info(notice)
        self.load()

    def archive_one(self) -> None:
        fax = self.selected()
        if fax is None:
            return
        desk, op, reason = self.station.desk, self.station.op, self.reason.text()
        self.runner.start(lambda: desk.op(fax_rack.archive, op, fax.id, reason), self._archived,
                          lambda e: self.message.error(i18n.error_text(e)), trigger=self.archive)

    def _archived(self, view) -> None:
        self.reason.clear()
        self.message.info(self.tr("Fax for %1 archived.").replace("%1", view.written_name))
        self.load()

    def archive_all_overdue(self) -> None:
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(fax_rack.archive_unclaimed, op), self._archived_all,
                          lambda e: self.message.error(i18n.error_text(e)), trigger=self.archive_overdue)

    def _archived_all(self, ids) -> None:
        self.message.info(self.tr("%1 overdue fax(es) archived.").replace("%1", str(len(ids))))
        self.load()
