"""Shift close: the blind count by denomination first, only then expected vs counted and the
variance; the first count is final for the clerk (a recount needs a supervisor, not the clerk, with a
reason); a big variance needs a supervisor and a reason; the handover note; back to sign-in."""
from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from bizcenter.workflows import fax_rack
from bizcenter.workflows import shift
from bizcenter.workflows.codenames import payment_method_name

from . import i18n, keyboard
from .approval import ApprovalDialog
from .modal import open_modal
from .widgets import BigButton, MessageLine, big_font, money


class ShiftClosePage(QWidget):
    closed = Signal()
    cancelled = Signal()

    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.station, self.runner = station, runner
        self.result = None
        self.title = QLabel()
        big_font(self.title, 20)
        self.count_box = QGroupBox()
        self.count_box.setMaximumWidth(520)
        self.count_form = QFormLayout(self.count_box)
        self.spins: dict[int, QSpinBox] = {}
        self.count_button = BigButton(objectName="submitCountButton")
        self.count_button.setProperty("primary", True)  # the count first, then the close: one enabled at a time
        self.count_button.clicked.connect(self.submit_count)
        self.recount_button = QPushButton(objectName="recountButton")  # a second count, supervisor-approved
        self.recount_button.clicked.connect(self.ask_recount)
        self.figures = QLabel(objectName="varianceFigures")
        big_font(self.figures, 14)
        self.note = QPlainTextEdit(objectName="handoverNote")
        self.note.setMaximumHeight(100)
        self.close_button = BigButton(objectName="closeShiftButton")
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.submit_close)
        self.back = QPushButton(objectName="backToCounter")
        self.back.clicked.connect(self.cancelled.emit)
        self.message = MessageLine()
        self.note_label = QLabel()
        self.rack = QLabel(objectName="rackHandover", wordWrap=True)  # faxes waiting in the rack, handed over
        self.rentals = QLabel(objectName="rentalsHandover", wordWrap=True)  # equipment out, deposits held
        # the count on the left, the handover and closing on the right: fits 768 px high with many notes
        count, handover = QVBoxLayout(), QVBoxLayout()
        for w in (self.count_box, self.count_button, self.recount_button, self.figures):
            w.setMaximumWidth(520)  # as wide as the count they belong to
            count.addWidget(w)
        count.addStretch()
        # internet sessions handed over to the next shift (timed services)
        from .calls.handover import InternetHandoverBox
        self.internet_handover = InternetHandoverBox(station, runner, self.note)
        for w in (self.internet_handover, self.note_label, self.note, self.rack, self.rentals):
            handover.addWidget(w)
        handover.addStretch()
        for w in (self.close_button, self.back, self.message):
            handover.addWidget(w)
        columns = QHBoxLayout()
        columns.addLayout(count, 1)
        columns.addLayout(handover, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        keyboard.shortcut(self.back, "Esc", self)
        keyboard.shortcut(self.close_button, "Ctrl+F12", self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Close shift — count the cash in the drawer"))
        self.count_box.setTitle(self.tr("Count by denomination (the expected figure is shown after)"))
        self.count_button.setText(self.tr("Submit count"))
        self.recount_button.setText(self.tr("Recount with a supervisor"))
        self.note_label.setText(self.tr("Handover note for the next shift"))
        self.close_button.setText(self.tr("Close shift and sign out"))
        self.back.setText(self.tr("Back to the counter"))
        if hasattr(self, "internet_handover"):
            self.internet_handover.retranslate()

    def load(self, denominations: list[int]) -> None:
        self.result = None
        while self.count_form.rowCount():
            self.count_form.removeRow(0)
        self.spins.clear()
        for d in sorted(denominations, reverse=True):
            spin = QSpinBox(objectName=f"count_{d}")
            spin.setRange(0, 100000)
            self.spins[d] = spin
            self.count_form.addRow(money(d, self.station.currency), spin)
        keyboard.chain(self.spins.values(), self.count_button)  # Enter: next denomination, then submit
        self.figures.clear()
        self.note.clear()
        self.close_button.setEnabled(False)
        self.count_button.setEnabled(True)
        self.recount_button.setEnabled(False)
        self.message.clear()
        self._load_handover()
        self.internet_handover.load()

    def _load_handover(self) -> None:
        """What goes to the next shift with the drawer: the fax rack, equipment out, deposits held."""
        self.rack.clear()
        self.rentals.clear()
        desk, counter_id = self.station.desk, self.station.counter_id

        def read():
            tz = desk.settings().tz  # times on the hotel's clock, as on the receipts
            rack = desk.op(fax_rack.rack_for_handover, counter_id) if counter_id is not None else []
            return rack, desk.equipment_out(), desk.deposits_held(), tz

        def show(found):
            rack, out, deposits, tz = found
            self._show_rack(rack, tz)
            self._show_rentals(out, deposits, tz)

        self.runner.start(read, show, lambda e: self.rack.setText(i18n.error_text(e)))

    def _show_rack(self, faxes, tz) -> None:
        lines = [f"{f.received_at.astimezone(tz):%m-%d %H:%M}  {f.written_name}  {f.written_room or ''}  ({f.pages})" for f in faxes]
        self.rack.setText(self.tr("Fax rack to hand over: %1").replace("%1", str(len(faxes))) + "\n" + "\n".join(lines)
                          if faxes else self.tr("The fax rack is empty."))

    def _show_rentals(self, out, deposits, tz) -> None:
        cur = self.station.currency
        lines = [f"{b.item_zh if i18n.current() == 'zh' else b.item_en} ×{b.units}  {b.party_name}  → {b.ends_at.astimezone(tz):%m-%d %H:%M}" for b in out]
        deposit = self.tr("Deposit")
        lang = i18n.current()
        lines += [f"{deposit} #{d.booking_id}  {d.party_name}  {payment_method_name(d.method, lang)}  "
                  f"{money(d.amount_minor, cur)}"
                  for d in deposits]
        self.rentals.setText(self.tr("Equipment out: %1 · deposits held: %2").replace("%1", str(len(out)))
                             .replace("%2", str(len(deposits))) + ("\n" + "\n".join(lines) if lines else ""))

    def submit_count(self) -> None:
        counts = {d: s.value() for d, s in self.spins.items()}
        desk, op, shift_id = self.station.desk, self.station.op, self.station.shift.id
        self.runner.start(lambda: desk.op(shift.count_cash, op, shift_id, counts), self._counted, self._count_refused,
                          trigger=self.count_button)

    def _count_refused(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
        if getattr(exc, "code", None) == "count_final":  # counted before (e.g. back from the counter)
            self.count_button.setEnabled(False)
            self.recount_button.setEnabled(True)

    def ask_recount(self) -> None:
        """The supervisor and the clerk count again; the supervisor approves with code, PIN and reason."""
        self.dialog = ApprovalDialog(self.tr("Approve a recount of the drawer"), self)
        self.dialog.accepted.connect(lambda: self._recount(self.dialog.request()))
        open_modal(self.dialog)

    def _recount(self, request) -> None:
        counts = {d: s.value() for d, s in self.spins.items()}
        desk, op, shift_id = self.station.desk, self.station.op, self.station.shift.id
        self.runner.start(lambda: desk.recount_cash(op, shift_id, counts, request.credentials, request.reason),
                          self._counted, lambda e: self.message.error(i18n.error_text(e)),
                          trigger=self.recount_button)

    def _counted(self, result) -> None:
        self.result = result
        cur = self.station.currency
        figures = self.tr("Expected %1 · Counted %2 · Variance %3") \
            .replace("%1", money(result.expected_minor, cur)).replace("%2", money(result.counted_minor, cur)) \
            .replace("%3", money(result.variance_minor, cur))
        if result.attempt > 1:
            figures = self.tr("Recount (approved)") + ": " + figures
        self.figures.setText(figures)
        self.count_button.setEnabled(False)  # the first count is final for the clerk
        self.recount_button.setEnabled(result.attempt == 1)
        if result.needs_approval:
            self.message.error(self.tr("The variance is over the limit: a supervisor must approve it."))
        else:
            self.message.clear()
        self.close_button.setEnabled(True)

    def submit_close(self) -> None:
        if self.result is None:
            self.message.error(self.tr("Submit the count first."))
            return
        if self.result.needs_approval:
            self.dialog = ApprovalDialog(self.tr("Approve the cash variance"), self)
            self.dialog.accepted.connect(lambda: self._close(self.dialog.request().credentials,
                                                             self.dialog.request().reason))
            open_modal(self.dialog)
            return
        self._close(None, None)

    def _close(self, approval, reason) -> None:
        desk, op, shift_id, note = self.station.desk, self.station.op, self.station.shift.id, self.note.toPlainText()

        def close_and_print_z():
            closed = desk.close_shift(op, shift_id, note, approval, reason)
            try:  # the Z slip goes through the print queue: a printer that is off leaves it waiting there
                desk.print_shift_slip(op, shift_id, final=True)
            except Exception:  # noqa: BLE001 - the shift is closed whatever the printer does
                logging.getLogger("bizcenter.ui").exception("Z slip of shift %s not queued", shift_id)
            return closed

        self.runner.start(close_and_print_z, lambda _: self.closed.emit(),
                          lambda e: self.message.error(i18n.error_text(e)), trigger=self.close_button)
