"""Settings: every hotel setting with its allowed range, default and value in use; a supervisor changes one
here, checked by the core against the same schema as `bizcenter config set` (a refusal names the setting
and its range, nothing is stored). A stored value outside its range is named at the top in red."""
from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from .. import i18n
from ..widgets import set_role
from .common import RowsModel, Screen, selected, table


class SettingsPage(Screen):
    problems_found = Signal(str)  # the stored values outside their range, one per line ("" for none)

    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.problems = QLabel(objectName="settingsProblems", wordWrap=True)
        set_role(self.problems, "error")
        self.rows = RowsModel()
        self.view = table("settingsTable", self.rows, 3)  # the allowed range takes the room left; the value is never cut to "…"
        self.view.horizontalHeader().setMinimumSectionSize(96)  # nor the range below its name: the table scrolls
        self.view.selectionModel().currentRowChanged.connect(self._picked)
        self.key = QLabel(objectName="settingKey")
        self.value = QLineEdit(objectName="settingValue")
        self.value.returnPressed.connect(self.save)
        self.save_button = QPushButton(objectName="saveSetting")
        self.save_button.clicked.connect(self.save)
        edit = QHBoxLayout()
        edit.addWidget(self.key)
        edit.addWidget(self.value, 1)
        edit.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.view, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        zh = i18n.current() == "zh"
        self.save_button.setText(self.tr("Save setting"))
        self.value.setPlaceholderText(self.tr("New value (a number, text, true/false, or JSON for a list)"))
        self.rows.set_columns([
            (self.tr("Setting"), lambda r: ("⚠ " if r.problem_en else "") + (r.name_zh if zh else r.name_en)),
            (self.tr("Key (config set)"), lambda r: r.key),
            (self.tr("Value in use"), lambda r: _short(r.current)),
            (self.tr("Allowed"), lambda r: r.range_zh if zh else r.range_en),
            (self.tr("Default"), lambda r: _short(r.default))])

    def load(self) -> None:
        self.call(lambda: self.desk.setting_rows(self.me), self._show)

    def _show(self, rows) -> None:
        key = self.key.property("key")
        self.rows.set_rows(rows)
        zh = i18n.current() == "zh"
        bad = [r.problem_zh if zh else r.problem_en for r in rows if r.problem_en]
        self.problems.setText("\n".join(bad))
        self.problems.setVisible(bool(bad))
        self.problems_found.emit(self.problems.text())
        for i, row in enumerate(rows):  # the setting being edited stays selected after a save
            if row.key == key:
                self.view.selectRow(i)

    def _picked(self, current, _previous=None) -> None:
        row = self.rows.row(current.row())
        if row is not None:
            self.key.setText(row.name_zh if i18n.current() == "zh" else row.name_en)
            self.key.setProperty("key", row.key)
            self.value.setText(_plain(row.current))

    def save(self) -> None:
        row = selected(self.view)
        if row is None:
            self.message.error(self.tr("Choose a setting first."))
            return
        desk, me, key, text = self.desk, self.me, row.key, self.value.text()
        saved = self.tr("Setting saved.")
        self.call(lambda: desk.change_setting(me, key, text),
                  lambda _: self.call(lambda: desk.setting_rows(me), self._show, ok=saved), trigger=self.save_button)


def _plain(text: str) -> str:
    """A text value without its JSON quotes (the core takes plain text as typed); anything else as JSON."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, str) else text


def _short(text: str, width: int = 36) -> str:
    """A table cell short enough to leave the allowed range room: the whole value is in the edit field."""
    text = _plain(text)
    return text if len(text) <= width else text[:width - 1] + "…"
