"""The counter's "PMS: n pending" on the status bar: room charges the hotel's PMS has not confirmed yet.

Shown only while the link runs in this process (`pms_link` set): the window gets a status bar then, and
not otherwise, so screens without a PMS keep their whole height. Counted every few seconds on a runner
of its own, so tests waiting for the main runner to be idle are not kept waiting by it.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from bizcenter.pms import service
from bizcenter.pms.pending import pending_count

from .runner import Runner


class PmsIndicator(QLabel):
    def __init__(self, station, window, every_ms: int = 5000):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("pmsPending")
        self.station = station
        self.runner = Runner(self)
        self.count: int | None = None
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.hide()

    def refresh(self) -> None:
        link = service.current()
        if link is None:
            if self.parentWidget() is not self.window_:
                self.window_.statusBar().hide()
            return
        if self.runner.in_flight:
            return
        desk = self.station.desk
        self.runner.start(lambda: (desk.op(pending_count), link.up.is_set()), self.show_count, lambda e: None)

    def show_count(self, result) -> None:
        count, up = result
        self.count = count
        text = self.tr("PMS: %1 pending").replace("%1", str(count))
        if not up:
            text += " · " + self.tr("link down")
        self.setText(text)
        self.setStyleSheet("color: #b00020; font-weight: bold;" if count or not up else "")
        if self.parentWidget() is self.window_:  # first count: the status bar appears
            self.window_.statusBar().addPermanentWidget(self)
        self.window_.statusBar().show()
        self.show()
