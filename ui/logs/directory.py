"""The City directory tab: the clerk finds a place a guest asks for (by any word, in either language, and
by category), reads it out, and prints it as a slip the guest can show a taxi driver; the print may be
logged as an enquiry answered, for the supervisor's daily look. The supervisor keeps the entries."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout)

from bizcenter.workflows import directory
from bizcenter.workflows.codenames import directory_category_name

from .. import i18n
from ..widgets import BigButton
from .common import LogTab, RowsTable


def entry_text(v, lang: str, labels: dict[str, str]) -> str:
    """The entry as the clerk reads it out: both names, both addresses, phone, hours, website, notes."""
    lines = [f"{directory_category_name(v.category, lang)}", *(n for n in (v.name_zh, v.name_en) if n), ""]
    for key, value in (("address", "\n".join(a for a in (v.address_zh, v.address_en) if a)), ("phone", v.phone_shown),
                       ("hours", v.hours), ("website", v.website), ("notes", v.notes)):
        if value:
            lines += [labels[key], value, ""]
    if v.example:
        lines.append(labels["example"])
    return "\n".join(lines).strip()


class DirectoryTab(LogTab):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.search = QLineEdit(objectName="directorySearch")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(objectName="directoryCategory")
        self.results = RowsTable("directoryResults")
        self.results.itemSelectionChanged.connect(self._show_chosen)
        self.detail = QPlainTextEdit(objectName="directoryEntry", readOnly=True)
        self.guest = QLineEdit(objectName="directoryGuest")
        self.room = QLineEdit(objectName="directoryRoom", maxLength=10)
        self.log_it = QCheckBox(objectName="directoryLogEnquiry", checked=True)
        self.print_slip = BigButton(objectName="printDirectorySlip")
        self.print_slip.clicked.connect(self.print_entry)
        self._timer = QTimer(self, singleShot=True, interval=250)  # search as the clerk types, not per key
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self.load)
        self.category.currentIndexChanged.connect(lambda _: self.load())
        self.find_box, self.entry_box = QGroupBox(), QGroupBox()
        find = QVBoxLayout(self.find_box)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.category, 1)
        find.addLayout(top)
        find.addWidget(self.results, 1)
        entry = QVBoxLayout(self.entry_box)
        entry.addWidget(self.detail, 1)
        who = QHBoxLayout()
        self.guest_label = QLabel()
        who.addWidget(self.guest_label)
        who.addWidget(self.guest, 3)
        who.addWidget(self.room, 1)
        entry.addLayout(who)
        entry.addWidget(self.log_it)
        entry.addWidget(self.print_slip)
        body = QHBoxLayout()
        body.addWidget(self.find_box, 3)
        body.addWidget(self.entry_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current()
        self.find_box.setTitle(self.tr("Find a place"))
        self.entry_box.setTitle(self.tr("Entry"))
        self.search.setPlaceholderText(self.tr("Name, address, category or note, in Chinese or English"))
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for code in directory.DIRECTORY_CATEGORIES:
            self.category.addItem(directory_category_name(code, lang), code)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)
        self.guest_label.setText(self.tr("For guest, room (if given)"))
        self.guest.setPlaceholderText(self.tr("Guest"))
        self.room.setPlaceholderText(self.tr("Room"))
        self.log_it.setText(self.tr("Log as an enquiry answered"))
        self.print_slip.setText(self.tr("Print for the guest"))
        self.labels = {"address": self.tr("Address (Chinese, English)"), "phone": self.tr("Phone"), "hours": self.tr("Opening hours"),
                       "website": self.tr("Website"), "notes": self.tr("Notes"),
                       "example": self.tr("Example entry: check it before relying on it.")}
        self.results.set_columns([
            (self.tr("Category"), lambda v: directory_category_name(v.category, lang)),
            (self.tr("Place"), lambda v: v.name(lang)), (self.tr("Phone"), lambda v: v.phone_shown)])
        self._show_chosen()

    def load(self) -> None:
        desk, text, category = self.desk, self.search.text(), self.category.currentData()
        self.runner.start(lambda: desk.op(directory.search, text, category), self._found,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _found(self, rows) -> None:
        self.results.set_rows(rows)
        if rows and self.results.chosen() is None:
            self.results.selectRow(0)
        self._show_chosen()

    def _show_chosen(self) -> None:
        v = self.results.chosen()
        self.detail.setPlainText(entry_text(v, i18n.current(), self.labels) if v else "")
        self.print_slip.setEnabled(v is not None)

    def print_entry(self) -> None:
        v = self.results.chosen()
        if v is None:
            self.message.error(self.tr("Choose a place in the list first."))
            return
        desk, op, log_it = self.desk, self.station.op, self.log_it.isChecked()
        guest, room = self.guest.text(), self.room.text()

        def work():
            if log_it:  # logged first: a refused guest/room leaves nothing printed
                desk.op(directory.log_answered, op, v.id, guest, room)
            return desk.print_directory_slip(op, v.id)

        def done(job) -> None:
            self.guest.clear()
            self.room.clear()
            if job.status == "done":
                self.message.info(self.tr("Printed for the guest."))
            else:
                self.message.error(" ".join(p for p in (self.tr("The directory slip was not printed."), job.last_error or "") if p))

        self.call(work, done, trigger=self.print_slip)
