"""Guest profiles, the supervisor's tab: search by name (either language, any word order), company or room;
open a profile to see its history, edit it, show its ID number whole (audited) or erase it on the guest's
request (reason asked, audited; the sales stay)."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from bizcenter.workflows import codenames, profiles

from .. import i18n
from ..modal import open_modal
from ..profiles.dialog import ProfileDialog
from .common import RowsModel, Screen, selected, table


class ProfilesPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.search = QLineEdit(objectName="profileSearch")
        self.search.returnPressed.connect(self.refresh)
        self.find_button = QPushButton(objectName="findProfiles")
        self.find_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(objectName="openProfile")
        self.open_button.clicked.connect(self.open_selected)
        self.note = QLabel(objectName="profilesNote", wordWrap=True)
        self.rows = RowsModel()
        self.view = table("profileList", self.rows, 2)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        self.dialog = None
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current()
        self.search.setPlaceholderText(self.tr("Name, company or room"))
        self.find_button.setText(self.tr("Find"))
        self.open_button.setText(self.tr("Open profile…"))
        self.note.setText(self.tr("Profiles of guests not seen for the ID numbers' retention period are erased "
                                  "automatically; ID numbers show masked unless you ask to see one whole (logged)."))
        self.rows.set_columns([
            (self.tr("Guest"), lambda r: r[1] or r[2]), (self.tr("Chinese name"), lambda r: r[2]),
            (self.tr("Company"), lambda r: r[3]), (self.tr("VIP level"), lambda r: codenames.vip_level_name(r[4], lang)),
            (self.tr("Last stay or visit"), lambda r: r[5].isoformat())])

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        desk, text = self.desk, self.search.text()
        self.call(lambda: desk.op(profiles.search, text), self.rows.set_rows, trigger=self.find_button)

    def open_selected(self, profile_id: int | None = None):
        if profile_id is None:
            row = selected(self.view)
            if row is None:
                return None
            profile_id = row[0]
        self.dialog = ProfileDialog(self.station, self.runner, self, profile_id=profile_id, supervisor=True)
        self.dialog.finished.connect(lambda _: self.refresh())
        open_modal(self.dialog)
        return self.dialog
