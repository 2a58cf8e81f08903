"""What is running at the counter: open internet sessions, faxes in the rack, equipment out, rooms in use.

One tab per area, each with its own search box and list (see `ui.services.RUNNING_PANELS`). A tab
whose panel has a `counted` signal (emitting its new title, e.g. "Internet (3)") updates its title
after each load, so the clerk sees at a glance how many things are running.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from .printing.queue import PrintQueuePanel
from .services import RUNNING_PANELS


class RunningPanel(QTabWidget):
    def __init__(self, station, runner, counter_page, parent=None):
        super().__init__(parent, objectName="runningPanel")
        self.panels = []
        # Its lists scroll: the counter screen fits 768 px high whatever the tiles above take.
        self.setMinimumHeight(160)
        for kind in RUNNING_PANELS:
            panel = kind(station, runner, counter_page)
            self.panels.append(panel)
            self.addTab(panel, panel.title())
            if hasattr(panel, "counted"):
                panel.counted.connect(lambda title, p=panel: self.setTabText(self.indexOf(p), title))

    def load(self) -> None:
        for panel in self.panels:
            panel.load()

    def load_print_queue(self) -> None:
        """Only the print queue's tab, after a receipt is printed: the other six lists have not changed, and
        their answers, arriving together, held the window up to 80 ms after every sale."""
        for panel in self.panels:
            if isinstance(panel, PrintQueuePanel):
                panel.load()

    def retranslate(self) -> None:
        for n, panel in enumerate(self.panels):
            panel.retranslate()
            self.setTabText(n, panel.title())
