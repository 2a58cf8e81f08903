"""The running panel's Messages tab: messages waiting for their guest, with the steps at hand, and the way
to take a new one (the Logs dialog)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from .undelivered import UndeliveredList


class MessagesPanel(QWidget):
    counted = Signal(str)

    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(parent, objectName="messagesPanel")
        self.counter_page = counter_page
        self.count = 0
        self.list = UndeliveredList(station, runner)
        self.list.counted.connect(self._counted)
        self.new = QPushButton(objectName="newMessage")
        self.new.clicked.connect(lambda: counter_page.open_logs("messages"))
        self.list.buttons.addWidget(self.new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Messages (%1)").replace("%1", str(self.count))

    def retranslate(self) -> None:
        self.new.setText(self.tr("Take a message… (F9)"))
        self.list.retranslate()

    def load(self) -> None:
        self.list.load()

    def _counted(self, n: int) -> None:
        self.count = n
        self.counted.emit(self.title())
