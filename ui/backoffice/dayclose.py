"""Day close (日结): every shift with its count and variance, the signed vouchers ticked off one by
one, the three-way check (ledger ↔ vouchers ↔ cash), variances approved with a reason, then the one
day close of the core, which refuses a day that does not reconcile and exports the room charges not yet
exported (durably, into the folder). Closing the hotel's today, still running, asks first."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QVBoxLayout)

from bizcenter.workflows import reconcile

from .. import i18n, keyboard
from ..modal import open_modal
from ..widgets import BigButton, money
from .common import RowsModel, Screen, selected, table, to_date, to_qdate


def export_folder(station=None) -> str:
    """Where room charges are exported for the front office: under the folder documents are saved in."""
    from ..files import start_folder

    return str(start_folder(station) / "exports")


class DayClosePage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.check = None
        self.running_dialog = None  # the confirmation before closing the hotel's today
        self.day = QDateEdit(objectName="closeDate", calendarPopup=True, displayFormat="yyyy-MM-dd")  # the business day, set at load
        self.show_button = QPushButton(objectName="loadDay")
        self.show_button.clicked.connect(self.refresh)
        self.shifts = RowsModel()
        self.shift_view = table("dayShifts", self.shifts, 8)
        self.reason = QLineEdit(objectName="varianceReason")
        self.approve = QPushButton(objectName="approveVariance")
        self.approve.clicked.connect(self.approve_variance)
        self.vouchers = QListWidget(objectName="voucherList")
        self.vouchers.itemChanged.connect(self._ticked)
        self.missing = QLabel(objectName="missingVouchers", wordWrap=True)
        self.three_way = QLabel(objectName="threeWay", wordWrap=True)
        self.note = QLineEdit(objectName="missingNote")
        self.folder = QLineEdit(export_folder(), objectName="exportFolder")
        self.close_button = BigButton(objectName="closeDay")
        self.close_button.clicked.connect(self.close_day)
        self.result = QLabel(objectName="closeResult", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        keyboard.chain((self.reason,), self.approve)
        self.folder.setProperty("keepOnSignOut", True)  # a setting, not typed text: kept at sign-out
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.day_label = QLabel()
        for w in (self.day_label, self.day, self.show_button):
            top.addWidget(w)
        top.addStretch()
        self.shift_box, self.voucher_box, self.close_box = QGroupBox(), QGroupBox(), QGroupBox()
        s = QVBoxLayout(self.shift_box)
        s.addWidget(self.shift_view)
        row = QHBoxLayout()
        self.reason_label = QLabel()
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.approve)
        s.addLayout(row)
        v = QVBoxLayout(self.voucher_box)
        v.addWidget(self.vouchers)
        v.addWidget(self.missing)
        c = QVBoxLayout(self.close_box)
        c.addWidget(self.three_way)
        self.note_label, self.folder_label = QLabel(), QLabel()
        for label, field in ((self.note_label, self.note), (self.folder_label, self.folder)):
            line = QHBoxLayout()
            line.addWidget(label)
            line.addWidget(field, 1)
            c.addLayout(line)
        c.addWidget(self.close_button)
        c.addWidget(self.result)
        middle = QHBoxLayout()
        middle.addWidget(self.voucher_box, 1)
        middle.addWidget(self.close_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.shift_box, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("Business day"))
        self.show_button.setText(self.tr("Show"))
        self.shift_box.setTitle(self.tr("Shifts of the day: cash count and variance"))
        self.voucher_box.setTitle(self.tr("Signed room-charge vouchers: tick each one you hold"))
        self.close_box.setTitle(self.tr("Three-way check and close"))
        self.reason_label.setText(self.tr("Reason"))
        self.approve.setText(self.tr("Approve variance"))
        self.note_label.setText(self.tr("Note on missing vouchers"))
        self.folder_label.setText(self.tr("Export folder"))
        self.close_button.setText(self.tr("Close the day and export to accounts"))
        cur = lambda: self.station.currency  # noqa: E731
        states = {"open": self.tr("in progress"), "counted": self.tr("cash counted"), "closed": self.tr("shift closed")}
        self.shifts.set_columns([
            (self.tr("Counter"), lambda s: s.counter), (self.tr("Clerk"), lambda s: s.clerk),
            (self.tr("Status"), lambda s: states.get(s.status, s.status)),
            (self.tr("Float"), lambda s: money(s.float_minor, cur())),
            (self.tr("Expected"), lambda s: "" if s.expected_minor is None else money(s.expected_minor, cur())),
            (self.tr("First count"), lambda s: "" if s.first_counted_minor is None
             else money(s.first_counted_minor, cur())),
            (self.tr("Recount"), lambda s: "" if s.recount is None else
             f"{money(s.recount.counted_minor, cur())} ({s.recount.approved_by}: {s.recount.reason})"),
            (self.tr("Counted"), lambda s: "" if s.counted_minor is None else money(s.counted_minor, cur())),
            (self.tr("Variance"), lambda s: "" if s.variance_minor is None else money(s.variance_minor, cur())),
            (self.tr("Approved by"), lambda s: s.approved_by or (self.tr("needed") if s.needs_approval else "")),
            (self.tr("Reason"), lambda s: s.reason or ""),
        ])
        if self.check is not None:
            self.show(self.check)

    def load(self) -> None:
        desk = self.desk
        if not self.folder.isModified():  # the configured folder, read at sign-in; a folder typed here stays
            self.folder.setText(export_folder(self.station))
        self.call(desk.business_today, lambda d: (self.day.setDate(to_qdate(d)), self.refresh()))

    def refresh(self) -> None:
        desk, me, day = self.desk, self.me, to_date(self.day.date())
        self.call(lambda: desk.op(reconcile.day_check, me, day), self.show, trigger=self.show_button)

    def show(self, check) -> None:
        self.check = check
        cur = check.currency
        self.shifts.set_rows(check.shifts)
        self.vouchers.blockSignals(True)
        self.vouchers.clear()
        for v in check.vouchers:
            item = QListWidgetItem(f"{v.voucher_no}  {v.room}  {v.guest_name}  {money(v.amount_minor, cur)}  "
                                   f"({v.receipt})" + (f" ✓ {v.checked_by}" if v.checked_by else ""))
            item.setData(Qt.UserRole, v.posting_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if v.checked else Qt.Unchecked)
            if check.closed:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            self.vouchers.addItem(item)
        self.vouchers.blockSignals(False)
        missing = check.missing
        self.missing.setText(self.tr("Missing: %1").replace("%1", ", ".join(v.voucher_no for v in missing))
                             if missing else self.tr("All vouchers in hand."))
        ok, bad = "✓", "✗"
        lines = [
            self.tr("Ledger total %1").replace("%1", money(check.ledger_total_minor, cur)),
            f"{ok if check.ledger_room_minor == check.postings_minor else bad} "
            + self.tr("Ledger ↔ folios: room charges %1, posted %2").replace("%1", money(check.ledger_room_minor, cur))
            .replace("%2", money(check.postings_minor, cur)),
            f"{ok if not missing else bad} " + self.tr("Ledger ↔ vouchers: %1 of %2 in hand (%3)")
            .replace("%1", str(len(check.vouchers) - len(missing))).replace("%2", str(len(check.vouchers)))
            .replace("%3", money(check.vouchers_checked_minor, cur)),
            f"{ok if not check.cash_variance_minor else bad} " + self.tr("Ledger ↔ cash: cash taken %1, counted %2, "
                                                                        "variance %3")
            .replace("%1", money(check.ledger_cash_minor, cur)).replace("%2", money(check.counted_cash_minor, cur))
            .replace("%3", money(check.cash_variance_minor, cur)),
        ]
        lines += [self.tr("QR wallet %1: %2 (match the wallet's settlement)").replace("%1", label)
                  .replace("%2", money(amount, cur)) for _, label, amount in getattr(check, "ledger_qr", ())]
        lines += self._chain_lines(check.chain, ok, bad)
        lines += self._pms_lines(getattr(check, "pms_pending", ()), cur, ok, bad)
        if check.closed:
            lines.append(self.tr("This day is closed."))
        elif check.open_shifts:
            lines.append(self.tr("%1 shift(s) still open.").replace("%1", str(check.open_shifts)))
        elif check.unapproved:
            lines.append(self.tr("%1 variance(s) to approve.").replace("%1", str(len(check.unapproved))))
        self.three_way.setText("\n".join(lines))
        self.close_button.setEnabled(not check.closed)
        self.approve.setEnabled(bool(check.unapproved))

    def _pms_lines(self, pending, cur, ok: str, bad: str) -> list[str]:
        """Room charges the hotel's PMS has not confirmed: each to check with the front office."""
        if not pending:
            return []
        states = {"queued": self.tr("not sent yet"), "sent": self.tr("sent"), "unconfirmed": self.tr("no answer")}
        return ([f"{bad} " + self.tr("Not confirmed by the hotel's PMS: %1 posting(s)").replace("%1", str(len(pending)))]
                + [f"    P#{p.seq}  {p.business_date.isoformat()}  {p.room}  {p.guest_name}  "
                   f"{money(p.amount_minor, cur)}  ({states.get(p.state, p.state)})" for p in pending])

    def _chain_lines(self, chain, ok: str, bad: str) -> list[str]:
        """The ledger chain's head kept at the close and the previous close's, and whether the chain still
        holds them (records deleted or rewritten since show here first); an open day shows the head now."""
        if chain is None:
            return []
        if chain.head is None:
            return [self.tr("Ledger chain now: %1").replace("%1", chain.current.text())]
        lines = [f"{ok if chain.head_held else bad} "
                 + self.tr("Ledger chain at the close: %1").replace("%1", chain.head.text())]
        if chain.previous_head is not None:
            held = (self.tr("Previous close %1: %2, still in the chain") if chain.previous_held_now else
                    self.tr("Previous close %1: %2 is no longer in the chain: records were lost or rewritten"))
            lines.append(f"{ok if chain.previous_held_now else bad} " + held.replace(
                "%1", chain.previous_date.isoformat()).replace("%2", chain.previous_head.text()))
        return lines

    def _ticked(self, item: QListWidgetItem) -> None:
        desk, me, posting = self.desk, self.me, item.data(Qt.UserRole)
        checked = item.checkState() == Qt.Checked
        self.call(lambda: desk.op(reconcile.tick_voucher, me, posting, checked), lambda _: self.refresh())

    def approve_variance(self) -> None:
        line = selected(self.shift_view) or next(iter(self.check.unapproved if self.check else ()), None)
        if line is None:
            return
        desk, me, reason = self.desk, self.me, self.reason.text()
        self.call(lambda: desk.op(reconcile.approve_variance, me, line.shift_id, reason), lambda _: (self.reason.clear(),
                                                                                       self.refresh()),
                  trigger=self.approve, ok=self.tr("Variance approved."))

    def close_day(self) -> None:
        """Close the day; the core refuses one that does not reconcile. Only when it reconciles and is the
        hotel's today, still running, does the app ask (what still runs, and that no counter can open a
        shift until tomorrow), then close it confirmed."""
        self._close(False)

    def _confirm_running(self, running) -> None:
        if running is None:
            self._close(False)
            return
        box = QMessageBox(QMessageBox.Warning, self.tr("Close the running day?"),
                          self.tr("Business day %1 is today and still running. Once it is closed, no counter can "
                                  "open a shift until %2.").replace("%1", running.business_date.isoformat())
                          .replace("%2", running.reopens), QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("runningDayConfirm")
        box.setInformativeText(self._running_text(running.running))
        box.button(QMessageBox.Yes).setText(self.tr("Close the day now"))
        box.setDefaultButton(QMessageBox.Cancel)
        box.buttonClicked.connect(lambda b: self._close(True) if box.standardButton(b) == QMessageBox.Yes else None)
        self.running_dialog = box
        open_modal(box)

    def _running_text(self, running) -> str:
        kinds = ((self.tr("Internet sessions (%1):"), running.internet),
                 (self.tr("Bookings out (%1):"), running.bookings),
                 (self.tr("Deposits held (%1):"), running.deposits),
                 (self.tr("Faxes in the rack (%1):"), running.faxes))
        lines = [self.tr("Still running:")]
        for head, items in kinds:
            if items:
                lines.append(head.replace("%1", str(len(items))))
                lines.extend(f"  {item}" for item in items)
        return "\n".join(lines) if len(lines) > 1 else self.tr("Nothing else is running.")

    def _close(self, running_day: bool) -> None:
        desk, me, day = self.desk, self.me, to_date(self.day.date())
        note, folder = self.note.text(), self.folder.text().strip() or None

        def refused(error: BaseException) -> None:
            if getattr(error, "code", None) == "day_still_running":
                self.message.clear()
                self._confirm_running(error.params["running"])
            else:
                self.message.error(i18n.error_text(error))

        self.runner.start(lambda: desk.close_business_day(me, day, note, folder, running_day),
                          lambda done: (self.message.clear(), self._closed(done)), refused,
                          trigger=self.close_button)

    def _closed(self, done) -> None:
        r = done.result
        text = [self.tr("Day %1 closed: %2 shift(s), total %3.").replace("%1", r.business_date.isoformat())
                .replace("%2", str(r.shifts)).replace("%3", money(r.total_minor, self.station.currency))]
        if r.batch:
            text.append(self.tr("Room charges exported as batch %1.").replace("%1", r.batch))
        if done.csv_path:
            text.append(done.csv_path)
        if done.pdf_path:
            text.append(done.pdf_path)
        if r.missing:
            text.append(self.tr("Missing vouchers noted: %1").replace("%1", ", ".join(r.missing)))
        if getattr(r, "pms_unconfirmed", ()):
            text.append(self.tr("Not confirmed by the hotel's PMS at the close: %1 posting(s)")
                        .replace("%1", str(len(r.pms_unconfirmed))))
        if r.chain_head:
            text.append(self.tr("Ledger chain at the close: %1").replace("%1", r.chain_head))
        self.result.setText("\n".join(text))
        self.message.info(self.tr("The day is closed."))
        self.refresh()
