"""Garbage is collected on the GUI thread only: a worker that allocates never runs the collector, so a
Qt object in the garbage is never deleted off its thread (that crashed the app with a segmentation fault)."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from uidriver import WAIT

from ui.collector import freeze_startup, install


def test_the_app_collects_on_its_own_thread_and_never_in_a_worker(window, qtbot):
    assert not gc.isenabled()  # no collection triggered by whichever thread allocates

    class Holder:
        pass

    holder = Holder()
    holder.me, holder.obj = holder, QObject()  # a cycle holding a Qt object: only the collector frees it
    gone = weakref.ref(holder)
    del holder
    kept: list = []  # far past gen-0's threshold, and still there when the timer looks
    worker = threading.Thread(target=lambda: kept.extend([object()] for _ in range(200_000)))
    worker.start()
    worker.join()
    assert gone() is not None  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: gone() is None, timeout=WAIT)  # the GUI thread's timer did


def test_a_tick_collects_the_young_generation_and_leaves_the_heap_alone(window):
    """A full collection walks every object: on a large heap it took seconds, on every tick."""
    collector = install(QApplication.instance())
    gc.collect()  # every generation's count back to zero
    young, old = gc.get_stats()[0]["collections"], gc.get_stats()[2]["collections"]
    kept: list = []
    for _ in range(5):
        kept.extend([object()] for _ in range(1000))  # past gen-0's threshold before each tick
        collector.collect()
    assert gc.get_stats()[0]["collections"] == young + 5
    assert gc.get_stats()[2]["collections"] == old  # the whole heap was not walked
    collector.collect()
    assert gc.get_stats()[0]["collections"] == young + 5  # nothing new allocated: nothing collected


def test_what_exists_once_the_screens_are_built_is_kept_out_of_full_collections(window, qtbot):
    """Modules, classes and the screens live as long as the app: a full collection that walked them took
    120 ms after a morning's sales, a stall the clerk feels. Frozen once per process, however many windows."""
    qtbot.waitUntil(lambda: window.runner.in_flight == 0 and len(window.pages) > 1, timeout=WAIT)
    frozen = gc.get_freeze_count()
    assert frozen > 50_000
    freeze_startup()
    assert gc.get_freeze_count() == frozen  # a second window freezes nothing more (its garbage stays collectable)
