"""Python's garbage collector runs only on the GUI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed. When that is a
worker (the warm-up, a sale on the runner) and the garbage holds a Qt object — a closed dialog, a screen
of a previous sign-in — Qt deletes it off its thread and the process dies with a segmentation fault. Anki
hit the same (aqt's GarbageCollector): switch automatic collection off and collect on a timer of the GUI
thread instead, where deleting a widget is safe.

Each tick collects only the generations whose thresholds are crossed, as the automatic collector would
(Erik Janssens' recipe, also in pyqtgraph's `GarbageCollector`): the young generation often and cheaply,
the whole heap rarely. A full collection on every tick took the GUI thread's whole time once the heap was
large: a test process at 1 GB spent 96 % of its time there, and the counter's window would stall with it.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

EVERY_MS = 1000


class Collector(QObject):
    """Owned by the QApplication: one per process, however many windows are built (tests build many)."""

    def __init__(self, app) -> None:
        super().__init__(app)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def freeze_startup() -> None:
    """Once the screens are built: what exists by then (modules, classes, the screens) lives as long as the
    app. Frozen out of the collector's way (gc.freeze), a full collection scans only what came after: 120 ms
    for the whole heap after a morning's sales, a stall the clerk would feel, becomes a few. Once per process
    (tests build many windows in one; freezing each would keep every test's garbage)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()


def install(app) -> Collector:
    """Idempotent: the application's collector, made on first call."""
    found = app.findChild(Collector)
    return found if found is not None else Collector(app)
