"""The counter's Logs dialog (日志, F9): a tab each for messages, complaints and feedback, supplies used,
enquiries answered, the city directory and VIP travel; the tabs' keys are every tab set's (Ctrl+1, Ctrl+2…,
ui/keyboard.py), Esc closes."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from .. import keyboard
from ..widgets import dialog_frame
from .complaints import ComplaintsTab
from .directory import DirectoryTab
from .enquiries import EnquiriesTab
from .messages import MessagesTab
from .supplies import SuppliesTab
from .travel import TravelTab

TABS = ("messages", "complaints", "supplies", "enquiries", "directory")
TABS += ("travel",)  # the VIP travel board


class CounterLogsDialog(QDialog):
    def __init__(self, station, runner, parent=None, tab: str = "messages"):
        super().__init__(parent)
        self.setObjectName("counterLogsDialog")
        self.resize(1180, 640)
        self.tabs = QTabWidget(objectName="counterLogsTabs")
        self.pages = {"messages": MessagesTab(station, runner), "complaints": ComplaintsTab(station, runner),
                      "supplies": SuppliesTab(station, runner), "enquiries": EnquiriesTab(station, runner),
                      "directory": DirectoryTab(station, runner)}
        self.pages["travel"] = TravelTab(station, runner)
        if hasattr(parent, "add_lines"):  # at the counter: a movement's services go on the open bill
            self.pages["travel"].charged.connect(lambda lines, note: parent.add_lines(lines, note))
        for key in TABS:
            self.pages[key].setObjectName(f"{key}LogTab")
            self.tabs.addTab(self.pages[key], "")
        self._loaded: set[str] = set()
        self.tabs.currentChanged.connect(lambda i: self._shown(TABS[i]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        keyboard.tab_keys(self.tabs, self)
        dialog_frame(self)  # Close only: each tab accents its own action
        self.retranslate()
        self.show_tab(tab)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Logs"))
        titles = {"messages": self.tr("Messages"), "complaints": self.tr("Complaints and feedback"),
                  "supplies": self.tr("Supplies used"), "enquiries": self.tr("Enquiries"), "directory": self.tr("City directory")}
        titles["travel"] = self.tr("VIP travel")
        for n, key in enumerate(TABS):
            self.tabs.setTabText(n, titles[key])
            self.pages[key].retranslate()
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        keyboard.tab_tips(self.tabs)

    def show_tab(self, key: str):
        self.tabs.setCurrentWidget(self.pages[key])
        self._shown(key)
        return self.pages[key]

    def _shown(self, key: str) -> None:
        if key not in self._loaded:
            self._loaded.add(key)
            self.pages[key].load()
