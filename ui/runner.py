"""Run one core call off the GUI thread, then show its result or its error on the GUI thread.

Our CollectionOp: the trigger (a Pay button) is disabled until the worker answers, so a double
click cannot post twice; a domain error reaches the clerk as a plain message in their language;
anything unexpected is logged and shown as a short apology, never a traceback.
"""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from bizcenter.errors import DomainError

log = logging.getLogger("bizcenter.ui")


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, call: Callable[[], Any]):
        super().__init__()
        self.job_id = job_id
        self.call = call
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # delivered to the GUI thread, which decides how to show it
            exc.__traceback_text__ = traceback.format_exc()
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.done.emit(self.job_id, result)


class Runner(QObject):
    """Keeps jobs alive and counts those in flight (tests wait on `idle`).

    The job's signals are connected to this object's slots; it lives on the GUI thread, so the
    callbacks run there (queued connection), never on the worker.
    """

    idle = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._next = 0
        self._pending: dict[int, tuple] = {}

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def start(self, call: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None], trigger: QWidget | None = None) -> None:
        if trigger is not None:
            trigger.setEnabled(False)
        self._next += 1
        job = _Job(self._next, call)
        self._pending[job.job_id] = (job, on_done, on_error, trigger)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)

    def delete_later(self, widget: QWidget) -> None:
        """Delete a closed dialog or a dropped screen once no job is in flight: a job it started (a list
        loading, a receipt printing) still answers into it, never into a deleted widget."""
        if self._pending:
            self.idle.connect(widget.deleteLater, Qt.SingleShotConnection)
        else:
            widget.deleteLater()

    def _finish(self, job_id: int):
        job, on_done, on_error, trigger = self._pending.pop(job_id)
        if trigger is not None:
            trigger.setEnabled(True)
        if not self._pending:
            self.idle.emit()
        return on_done, on_error

    @Slot(int, object)
    def _done(self, job_id: int, result) -> None:
        on_done, _ = self._finish(job_id)
        if not _owner_deleted(on_done):
            on_done(result)

    @Slot(int, object)
    def _failed(self, job_id: int, exc) -> None:
        _, on_error = self._finish(job_id)
        if not isinstance(exc, DomainError):
            log.error("unexpected error in a background action:\n%s", getattr(exc, "__traceback_text__", exc))
            from bizcenter.desk import plain_error

            exc = plain_error(exc) or exc  # a full disk or the file size limit while writing a file: said plainly
        if not _owner_deleted(on_error):
            on_error(exc)


def _owner_deleted(callback) -> bool:
    """The screen a job's answer was for is gone (a form closed, and deleted, while its quote was on the way):
    the answer has nowhere to go. The screen is the bound method's object or one a lambda closes over."""
    owners = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # a cell not yet filled
            continue
    return any(isinstance(o, QObject) and not shiboken6.isValid(o) for o in owners)
