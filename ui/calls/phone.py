"""Phone call: the number's country/region, zone and rate per minute are shown before the call; the
duration comes from the call meter (entered) or the counter's Start/Stop timer; the call goes on the bill.

A timed call is kept in the database from Start: closing this dialog (or the app) does not lose it;
the dialog picks it up again when it is next opened, with calls not yet billed listed below.
"""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QRadioButton, QSpinBox, QStackedWidget, QVBoxLayout,
                               QWidget)

from bizcenter.workflows import calls

from .. import i18n
from ..widgets import BigButton, MessageLine, big_font, dialog_frame, money, set_primary
from .common import elapsed_text


class PhoneCallDialog(QDialog):
    def __init__(self, station, runner, service_code: str = "phone", parent=None):
        super().__init__(parent)
        self.setObjectName("phoneCallDialog")
        self.station, self.runner = station, runner
        self.lines, self.notice = [], None
        self.preview = None  # (number, CallPreview) of the number on screen
        self.call = None  # the running call being timed
        self.number = QLineEdit(objectName="phoneNumber")
        self.number.textChanged.connect(self._number_changed)
        self.destination = QLabel(objectName="callDestination")
        self.rate = QLabel(objectName="callRate")
        big_font(self.rate, 16)
        self.rate_note = QLabel(objectName="callRateNote", wordWrap=True)
        self.meter_mode = QRadioButton(objectName="meterMode")
        self.timer_mode = QRadioButton(objectName="timerMode")
        modes = QButtonGroup(self)
        for n, b in enumerate((self.meter_mode, self.timer_mode)):
            modes.addButton(b, n)
        self.meter_mode.setChecked(True)
        modes.idToggled.connect(lambda n, on: on and (self.pages.setCurrentIndex(n), self._enable()))
        self.minutes = QSpinBox(objectName="meterMinutes", maximum=1440)
        self.seconds = QSpinBox(objectName="meterSeconds", maximum=59)
        self.add = BigButton(objectName="addCall")
        self.add.clicked.connect(self.record_metered)
        self.start = BigButton(objectName="startCall")
        self.start.clicked.connect(self.start_timer)
        self.stop = BigButton(objectName="stopCall")
        self.stop.clicked.connect(self.stop_timer)
        self.no_answer = QPushButton(objectName="noAnswer")
        self.no_answer.clicked.connect(self.cancel_timer)
        self.elapsed = QLabel("0:00:00", objectName="callElapsed")
        big_font(self.elapsed, 24)
        self.waiting = QListWidget(objectName="waitingCalls")
        self.waiting.setMaximumHeight(90)
        self.bill_waiting = QPushButton(objectName="billWaitingCall")
        self.bill_waiting.clicked.connect(self.bill_selected)
        self.close_button = QPushButton(objectName="closeCallDialog")
        self.close_button.clicked.connect(self.reject)
        self.message = MessageLine()
        self._layout()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._preview)
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self._tick)
        self.retranslate()
        self._enable()
        self.load()

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.number_label = QLabel()
        self.form.addRow(self.number_label, self.number)
        meter, timer = QWidget(), QWidget()
        mf = QHBoxLayout(meter)
        self.min_label, self.sec_label = QLabel(), QLabel()
        for w in (self.min_label, self.minutes, self.sec_label, self.seconds, self.add):
            mf.addWidget(w)
        tf = QHBoxLayout(timer)
        for w in (self.start, self.elapsed, self.stop, self.no_answer):
            tf.addWidget(w)
        self.pages = QStackedWidget()
        self.pages.addWidget(meter)
        self.pages.addWidget(timer)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.meter_mode)
        mode_row.addWidget(self.timer_mode)
        mode_row.addStretch()
        self.waiting_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for w in (self.destination, self.rate, self.rate_note):
            layout.addWidget(w)
        layout.addLayout(mode_row)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting)
        row = QHBoxLayout()
        row.addWidget(self.bill_waiting)
        row.addStretch()
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        for w in (self.waiting_label, self.waiting, self.bill_waiting):
            w.hide()
        dialog_frame(self, self.add)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Phone call"))
        self.number_label.setText(self.tr("Number dialled"))
        self.number.setPlaceholderText(self.tr("e.g. 6512 3456, 021 6321 1234, +852 2123 4567"))
        self.meter_mode.setText(self.tr("Call meter reading"))
        self.timer_mode.setText(self.tr("Timer at the counter"))
        self.min_label.setText(self.tr("Minutes"))
        self.sec_label.setText(self.tr("Seconds"))
        self.add.setText(self.tr("Add to bill"))
        self.start.setText(self.tr("Start call"))
        self.stop.setText(self.tr("Stop and bill"))
        self.no_answer.setText(self.tr("No answer (free)"))
        self.waiting_label.setText(self.tr("Calls at this counter not yet billed"))
        self.bill_waiting.setText(self.tr("Bill the selected call"))
        self.close_button.setText(self.tr("Close"))

    # --- the number and its rate, before the call ---------------------------------------------------
    def _number_changed(self) -> None:
        self.preview = None
        self._enable()
        self._debounce.start()

    def _preview(self) -> None:
        number = self.number.text().strip()
        if not number:
            self.destination.clear()
            self.rate.clear()
            self.rate_note.clear()
            return
        desk = self.station.desk
        self.runner.start(lambda: desk.op(calls.preview, number), lambda p: self._show_preview(number, p),
                          lambda e: self._refused_number(number, e))

    def _show_preview(self, number: str, p) -> None:
        if number != self.number.text().strip():
            return  # typed on meanwhile; a newer preview is coming
        self.preview = (number, p)
        zh = i18n.current() == "zh"
        self.destination.setText(f"{p.country_zh} {p.country_en} · {p.zone_zh if zh else p.zone_en} · {p.e164}")
        self.rate.setText(self.tr("%1 per minute").replace("%1", money(p.rate_minor, p.currency)))
        self.rate_note.setText(self.tr("Every started minute is charged; %1 a minute with service charge and tax.")
                               .replace("%1", money(p.minute_total_minor, p.currency)))
        self.message.clear()
        self._enable()

    def _refused_number(self, number: str, exc) -> None:
        if number != self.number.text().strip():
            return
        self.destination.clear()
        self.rate.clear()
        self.rate_note.clear()
        self.message.error(i18n.error_text(exc))

    def _enable(self) -> None:
        timing = self.call is not None
        self.add.setEnabled(self.preview is not None and not timing)
        self.start.setEnabled(self.preview is not None and not timing)
        self.stop.setEnabled(timing)
        self.no_answer.setEnabled(timing)
        self.number.setReadOnly(timing)
        self.meter_mode.setEnabled(not timing)
        # the accented action is the one this mode and moment are for: add the metered call, start, stop
        set_primary(self, self.stop if timing else self.start if self.timer_mode.isChecked() else self.add)

    # --- metered call ------------------------------------------------------------------------------
    def record_metered(self) -> None:
        if self.preview is None:
            return
        number, seconds = self.preview[0], self.minutes.value() * 60 + self.seconds.value()
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(calls.record_metered_call, op, number, seconds), self._billed, self._error, trigger=self.add)

    # --- timed call --------------------------------------------------------------------------------
    def start_timer(self) -> None:
        if self.preview is None:
            return
        number, desk, op = self.preview[0], self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(calls.start_call, op, number), self._timing, self._error, trigger=self.start)

    def _timing(self, call) -> None:
        self.call = call
        self.timer_mode.setChecked(True)
        self.ticker.start()
        self._tick()
        self._enable()

    def _tick(self) -> None:
        if self.call is None:
            return
        seconds = (datetime.now(timezone.utc) - self.call.started_at).total_seconds()
        started_minutes = max(1, -(-int(seconds) // 60))
        self.elapsed.setText(f"{elapsed_text(seconds)}  ≈ {money(started_minutes * self.call.rate_minor, self.station.currency)}")

    def stop_timer(self) -> None:
        if self.call is None:
            return
        call_id, desk, op = self.call.id, self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(calls.stop_call, op, call_id), self._billed, self._error, trigger=self.stop)

    def cancel_timer(self) -> None:
        if self.call is None:
            return
        call_id, desk, op = self.call.id, self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(calls.cancel_call, op, call_id), self._cancelled, self._error, trigger=self.no_answer)

    def _cancelled(self, call) -> None:
        self.call = None
        self.ticker.stop()
        self.elapsed.setText("0:00:00")
        self.message.info(self.tr("Call cancelled; nothing charged."))
        self._enable()

    # --- calls waiting for their bill, and the result -----------------------------------------------
    def load(self) -> None:
        if self.station.counter_id is None:
            return
        desk, counter_id = self.station.desk, self.station.counter_id
        self.runner.start(lambda: desk.op(calls.waiting, counter_id), self._show_waiting, self._error)

    def _show_waiting(self, waiting) -> None:
        self.waiting.clear()
        for call in waiting:
            if call.status == "running" and self.call is None:
                self.number.setText(call.number)
                self._timing(call)
            elif call.status == "ended":
                item = QListWidgetItem(f"{call.number} · {call.country_en} · {elapsed_text(call.seconds)} · {call.clerk_name}")
                item.setData(256, call.id)
                self.waiting.addItem(item)
        for w in (self.waiting_label, self.waiting, self.bill_waiting):
            w.setVisible(self.waiting.count() > 0)

    def bill_selected(self) -> None:
        item = self.waiting.currentItem() or self.waiting.item(0)
        if item is None:
            return
        call_id, desk = item.data(256), self.station.desk
        self.runner.start(lambda: desk.op(calls.unbilled, call_id), self._billed, self._error, trigger=self.bill_waiting)

    def _billed(self, call) -> None:
        self.ticker.stop()
        self.call = None
        self.lines = [call.line]
        self.notice = (self.tr("Call to %1: %2 on the bill.").replace("%1", call.number)
                       .replace("%2", elapsed_text(call.seconds)))
        self.accept()

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
