"""The city directory (城市指南) for the supervisor: the places the counter gives guests — list and search
(retired ones too), add, edit, retire or bring back. Demo examples show as such until saved here."""
from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout)

from bizcenter.workflows import directory
from bizcenter.workflows.codenames import directory_category_name

from .. import i18n, keyboard
from ..scrolling import VerticalScroll
from .common import RowsModel, Screen, selected, table


class DirectoryPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.search = QLineEdit(objectName="directoryFind")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.load)
        self.show_retired = QCheckBox(objectName="directoryShowRetired")
        self.show_retired.toggled.connect(lambda _: self.load())
        self.list = RowsModel()
        self.list_view = table("directoryTable", self.list, 1)
        self.list_view.clicked.connect(lambda _: self._edit(selected(self.list_view)))
        self.category = QComboBox(objectName="directoryEntryCategory")
        self.name_zh = QLineEdit(objectName="directoryNameZh", maxLength=200)
        self.name_en = QLineEdit(objectName="directoryNameEn", maxLength=200)
        self.address_zh = QPlainTextEdit(objectName="directoryAddressZh")
        self.address_en = QPlainTextEdit(objectName="directoryAddressEn")
        self.hours = QLineEdit(objectName="directoryHours", maxLength=500)
        self.phone = QLineEdit(objectName="directoryPhone", maxLength=40)
        self.website = QLineEdit(objectName="directoryWebsite", maxLength=200)
        self.notes = QPlainTextEdit(objectName="directoryNotes")
        for w in (self.address_zh, self.address_en, self.notes):
            w.setTabChangesFocus(True)
            w.setMaximumHeight(52)
        self.active = QCheckBox(objectName="directoryActive", checked=True)
        self.new = QPushButton(objectName="newDirectoryEntry")
        self.new.clicked.connect(lambda: self._edit(None))
        self.save = QPushButton(objectName="saveDirectoryEntry")
        self.save.clicked.connect(self.save_entry)
        self.retire = QPushButton(objectName="retireDirectoryEntry")
        self.retire.clicked.connect(self.retire_entry)
        self.editing = None  # the EntryView in the form, None for a new one
        keyboard.chain((self.name_zh, self.name_en, self.phone, self.hours, self.website), self.save)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.list_box, self.edit_box = QGroupBox(), QGroupBox()
        left = QVBoxLayout(self.list_box)
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.show_retired)
        left.addLayout(find)
        left.addWidget(self.list_view, 1)
        self.form = QFormLayout(self.edit_box)
        self.labels = [QLabel() for _ in range(10)]
        for label, w in zip(self.labels, (self.category, self.name_zh, self.name_en, self.address_zh, self.address_en,
                                          self.phone, self.hours, self.website, self.notes, self.active)):
            self.form.addRow(label, w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new)
        buttons.addWidget(self.retire)
        buttons.addStretch()
        buttons.addWidget(self.save)
        self.form.addRow(buttons)
        top = QHBoxLayout()
        top.addWidget(self.list_box, 3)
        top.addWidget(VerticalScroll(self.edit_box, objectName="directoryEditScroll"), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        lang = i18n.current()
        self.list_box.setTitle(self.tr("City directory"))
        self.edit_box.setTitle(self.tr("Entry"))
        self.search.setPlaceholderText(self.tr("Find (name, address, category, note), Enter"))
        self.show_retired.setText(self.tr("Show retired"))
        chosen = self.category.currentData()
        self.category.clear()
        for code in directory.DIRECTORY_CATEGORIES:
            self.category.addItem(directory_category_name(code, lang), code)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        for label, text in zip(self.labels, (
                self.tr("Category"), self.tr("Name (Chinese)"), self.tr("Name (English)"), self.tr("Address (Chinese)"),
                self.tr("Address (English)"), self.tr("Phone"), self.tr("Opening hours"), self.tr("Website"),
                self.tr("Notes"), self.tr("In use"))):
            label.setText(text)
        self.phone.setPlaceholderText(self.tr("As dialled here, or +country code"))
        self.new.setText(self.tr("New entry"))
        self.save.setText(self.tr("Save entry"))
        self.retire.setText(self.tr("Retire / bring back"))
        self.list.set_columns([
            (self.tr("Category"), lambda v: directory_category_name(v.category, lang)),
            (self.tr("Place"), lambda v: " / ".join(n for n in (v.name_zh, v.name_en) if n)),
            (self.tr("Phone"), lambda v: v.phone_shown),
            (self.tr("State"), lambda v: self.tr("Retired") if not v.active
             else self.tr("Example") if v.example else self.tr("In use")),
            (self.tr("Last changed"), lambda v: f"{v.changed_at:%Y-%m-%d} {v.changed_by}")])

    def load(self) -> None:
        self.call(partial(self.desk.op, directory.search, self.search.text(), None, self.show_retired.isChecked()),
                  self.list.set_rows)

    def _edit(self, v) -> None:
        """The chosen entry in the form (None: an empty form for a new one)."""
        self.editing = v
        self.category.setCurrentIndex(max(0, self.category.findData(v.category if v else "other")))
        for field, value in ((self.name_zh, v.name_zh if v else ""), (self.name_en, v.name_en if v else ""),
                             (self.phone, v.phone_shown if v else ""), (self.hours, v.hours if v else ""),
                             (self.website, v.website if v else "")):
            field.setText(value)
        for field, value in ((self.address_zh, v.address_zh if v else ""), (self.address_en, v.address_en if v else ""),
                             (self.notes, v.notes if v else "")):
            field.setPlainText(value)
        self.active.setChecked(v.active if v else True)
        if v is None:
            self.list_view.clearSelection()
            self.name_zh.setFocus()

    def save_entry(self) -> None:
        data = directory.EntryInput(self.category.currentData(), self.name_zh.text(), self.name_en.text(),
                                    self.address_zh.toPlainText(), self.address_en.toPlainText(), self.phone.text(),
                                    self.hours.text(), self.website.text(), self.notes.toPlainText(),
                                    self.active.isChecked())
        desk, me, editing = self.desk, self.me, self.editing.id if self.editing else None
        self.call(lambda: desk.op(directory.save, me, data, editing), self._saved, trigger=self.save,
                  ok=self.tr("Entry saved."))

    def _saved(self, entry_id: int) -> None:
        desk = self.desk
        self.call(lambda: desk.op(directory.view, entry_id), self._edit)
        self.load()

    def retire_entry(self) -> None:
        v = selected(self.list_view)
        if v is None:
            self.message.error(self.tr("Choose an entry in the list first."))
            return
        desk, me = self.desk, self.me
        done = self.tr("Entry retired.") if v.active else self.tr("Entry back in use.")
        self.call(lambda: desk.op(directory.set_active, me, v.id, not v.active), lambda _: self.load(),
                  trigger=self.retire, ok=done)
