"""Python's garbage collector runs only on the GUI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed. When that is a
worker (the warm-up, a sale on the runner) and the garbage holds a Qt object — a closed dialog, a screen
of a previous sign-in — Qt deletes it off its thread and the process dies with a segmentation fault. Anki
hit the same (aqt's GarbageCollector): switch automatic collection off and collect on a timer of the GUI
thread instead, where deleting a widget is safe.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

EVERY_MS = 2000


class Collector(QObject):
    """Owned by the QApplication: one per process, however many windows are built (tests build many)."""

    def __init__(self, app) -> None:
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        gc.collect()


def install(app) -> Collector:
    """Idempotent: the application's collector, made on first call."""
    found = app.findChild(Collector)
    return found if found is not None else Collector(app)
