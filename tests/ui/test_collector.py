"""Garbage is collected on the GUI thread only: a worker that allocates never runs the collector, so a
Qt object in the garbage is never deleted off its thread (that crashed the app with a segmentation fault)."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from uidriver import WAIT


def test_the_app_collects_on_its_own_thread_and_never_in_a_worker(window, qtbot):
    assert not gc.isenabled()  # no collection triggered by whichever thread allocates

    class Holder:
        pass

    holder = Holder()
    holder.me, holder.obj = holder, QObject()  # a cycle holding a Qt object: only the collector frees it
    gone = weakref.ref(holder)
    del holder
    worker = threading.Thread(target=lambda: [[object()] for _ in range(200_000)])  # far past gen-0's threshold
    worker.start()
    worker.join()
    assert gone() is not None  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: gone() is None, timeout=WAIT)  # the GUI thread's timer did
