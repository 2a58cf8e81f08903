"""Meeting rooms and equipment: the bookings calendar (day and week), a new booking, and for the chosen
booking the deposit, the hand-over, the return (which bills), damage compensation (a supervisor
approves the amount and what was damaged) and the cancellation.

Built as `BookingDialog(station, runner, service_code, parent)` for "meeting_room" or "equipment".
Booking, deposit and hand-over write at once and leave the dialog open; Return fixes the charge in
the core and closes the dialog with `lines` holding the charge for the counter's bill.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from bizcenter.workflows.codenames import payment_method_name

from .. import i18n, keyboard
from ..modal import open_modal
from ..widgets import MessageLine, MoneyEdit, dialog_frame, money, set_primary
from ..scrolling import VerticalScroll
from .bookingform import NewBookingBox
from .calendar import BookingCalendar, state

# Strings shown through a variable are marked for lupdate in the context they are looked up in; a
# module-level `tr("…")` would be extracted with no context and never found at run time.
STATES = {"booked": QT_TRANSLATE_NOOP("BookingDialog", "booked"), "out": QT_TRANSLATE_NOOP("BookingDialog", "in use"),
          "overdue": QT_TRANSLATE_NOOP("BookingDialog", "overdue"),
          "returned": QT_TRANSLATE_NOOP("BookingDialog", "returned"),
          "cancelled": QT_TRANSLATE_NOOP("BookingDialog", "cancelled")}
DEPOSIT_LABELS = (QT_TRANSLATE_NOOP("BookingDialog", "Deposit in"), QT_TRANSLATE_NOOP("BookingDialog", "Deposit amount"),
                  QT_TRANSLATE_NOOP("BookingDialog", "Card last 4"), QT_TRANSLATE_NOOP("BookingDialog", "Approval code"))


def tr(text: str) -> str:
    return QCoreApplication.translate("BookingDialog", text)


def state_text(b, now) -> str:
    return tr(STATES[state(b, now)])


def describe(b, tz) -> str:
    """One booking in a few words, in the clerk's language (shared with the running panels)."""
    zh = i18n.current() == "zh"
    when = f"{b.starts_at.astimezone(tz):%m-%d %H:%M} – {b.ends_at.astimezone(tz):%m-%d %H:%M}"
    who = b.party_name + (f" ({b.room})" if b.room else f" · {b.company or ''} {b.phone or ''}".rstrip())
    text = f"#{b.id} {b.item_zh if zh else b.item_en}{' ×' + str(b.units) if b.units > 1 else ''} · {when} · {who}"
    text += " · " + state_text(b, datetime.now(timezone.utc))
    if b.deposit:
        back = (QCoreApplication.translate("BookingDialog", "given back") if b.deposit.returned_at
                else QCoreApplication.translate("BookingDialog", "held"))
        text += " · " + QCoreApplication.translate("BookingDialog", "deposit %1 %2 %3") \
            .replace("%1", money(b.deposit.amount_minor)).replace("%2", tr(b.deposit.method)).replace("%3", back)
    return text


class BookingDialog(QDialog):
    def __init__(self, station, runner, service_code: str, parent=None):
        super().__init__(parent, objectName="bookingDialog")
        self.station, self.runner, self.service = station, runner, service_code
        self.lines, self.notice = [], None
        self.clock = station.hotel_clock()  # the hotel's date and zone: the calendar opens on the hotel's today
        self.tz, self.resources, self.selected = self.clock.tz, [], None
        # The side column's frame is in the dialog before what it holds: a finished subtree put into the dialog
        # is restyled widget by widget at each level it passes (see ui/tickets/orders.py).
        self.side_widget = QWidget(objectName="bookingSide")
        side_scroll = VerticalScroll(self.side_widget, self, objectName="bookingSideScroll")  # fits 768 px high
        side_scroll.setFrameShape(QScrollArea.NoFrame)
        self.side = QVBoxLayout(self.side_widget)
        self.side.setContentsMargins(0, 0, 0, 0)
        self.calendar = BookingCalendar(self.clock.calendar_date(), self.tz, self)
        self.calendar.booking_chosen.connect(self.choose)
        self.calendar.slot_chosen.connect(self._offer)
        self.actions = self.form = None  # the side column: built when the resources it offers are read
        self._build_navigation()
        self.message = MessageLine()
        self.close_button = QPushButton(objectName="closeBookings")
        self.close_button.clicked.connect(self.finish)
        self.changed = None  # the last booking written here: the counter's running tabs reload on close
        layout = QVBoxLayout(self)
        layout.addLayout(self.navigation)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        body.addWidget(self.calendar, 3)
        body.addWidget(side_scroll, 2)
        bottom = QHBoxLayout()
        layout.addLayout(bottom)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        dialog_frame(self)  # its primary action, Book, comes with the side column
        self.resize(1180, 680)
        self.retranslate()
        self.load()

    # --- layout ----------------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.day_view = QPushButton(objectName="dayView", checkable=True, checked=True)
        self.week_view = QPushButton(objectName="weekView", checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.day_view)
        group.addButton(self.week_view)
        self.day_view.toggled.connect(lambda on: self.set_mode("day" if on else "week"))
        self.previous = QPushButton("◀", objectName="previousDay")
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next = QPushButton("▶", objectName="nextDay")
        self.next.clicked.connect(lambda: self.move(1))
        self.today = QPushButton(objectName="todayButton")
        self.today.clicked.connect(lambda: self.go_to(self.clock.calendar_date()))
        self.date = QDateEdit(objectName="calendarDate", calendarPopup=True, displayFormat="yyyy-MM-dd")
        day = self.calendar.day
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        self.navigation = QHBoxLayout()
        for w in (self.day_view, self.week_view, self.previous, self.today, self.next, self.date):
            self.navigation.addWidget(w)
        self.navigation.addStretch()

    def _build_side(self) -> None:
        """The chosen booking's actions and the new-booking form: half the dialog's widgets, built once the
        resources are read (the form offers them), so the dialog's opening and theirs are two short pauses
        for the clerk instead of one long one."""
        with keyboard.paused():
            self._build_actions()
            self.side.addWidget(self.actions)
            self.form = NewBookingBox(self.service, self.side_widget)
            self.form.book.clicked.connect(self.book)
            self.side.addWidget(self.form)
            self.side.addStretch()
            set_primary(self, self.form.book)
            self._retranslate_side()

    def _build_actions(self) -> None:
        self.actions = QGroupBox(self.side_widget, objectName="bookingActions")
        self.details = QLabel(objectName="bookingDetails", wordWrap=True)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3)  # wrapped text was clipped
        self.deposit_method = QComboBox(objectName="depositMethod")
        self.deposit_amount = MoneyEdit(objectName="depositAmount")
        self.card_last4 = QLineEdit(objectName="depositCardLast4", maxLength=4)
        self.card_approval = QLineEdit(objectName="depositApproval", maxLength=12)
        self.take_deposit = QPushButton(objectName="takeDeposit")
        self.take_deposit.clicked.connect(self.deposit)
        self.hand_over = QPushButton(objectName="handOver")
        self.hand_over.clicked.connect(lambda: self._act(lambda d, op, b: d.hand_over(op, b), self.hand_over))
        self.give_back = QPushButton(objectName="returnRental")
        self.give_back.clicked.connect(self.return_rental)
        self.damage = QPushButton(objectName="chargeDamage")
        self.damage.clicked.connect(self.charge_damage)
        self.approval = None  # a supervisor's approval for a damage line, handed to the counter's bill
        self.cancel_reason = QLineEdit(objectName="cancelReason")
        self.cancel_booking = QPushButton(objectName="cancelBooking")
        self.cancel_booking.clicked.connect(
            lambda: self._act(lambda d, op, b: d.cancel_booking(op, b, self.cancel_reason.text()), self.cancel_booking))
        deposit = QFormLayout()
        self.deposit_labels = [QLabel() for _ in range(4)]
        for label, w in zip(self.deposit_labels, (self.deposit_method, self.deposit_amount, self.card_last4,
                                                  self.card_approval)):
            deposit.addRow(label, w)
        deposit.addRow("", self.take_deposit)
        buttons = QHBoxLayout()
        for b in (self.hand_over, self.give_back, self.damage, self.cancel_booking):
            buttons.addWidget(b)
        layout = QVBoxLayout(self.actions)
        layout.addWidget(self.details)
        layout.addLayout(deposit)
        layout.addLayout(buttons)
        layout.addWidget(self.cancel_reason)

    def retranslate(self) -> None:
        zh = i18n.current() == "zh"
        title = {"meeting_room": ("会议室预订", "Meeting rooms"), "equipment": ("设备租赁", "Equipment rental")}
        self.setWindowTitle(title.get(self.service, (self.service,) * 2)[0 if zh else 1])
        self.day_view.setText(self.tr("Day"))
        self.week_view.setText(self.tr("Week"))
        self.today.setText(self.tr("Today"))
        self.close_button.setText(self.tr("Close"))
        if self.form is not None:
            self._retranslate_side()

    def _retranslate_side(self) -> None:
        self.actions.setTitle(self.tr("Chosen booking"))
        for label, text in zip(self.deposit_labels, DEPOSIT_LABELS):
            label.setText(tr(text))
        self.deposit_method.clear()
        for method in ("cash", "card"):
            self.deposit_method.addItem(payment_method_name(method, i18n.current()), method)
        self.take_deposit.setText(self.tr("Take deposit"))
        self.hand_over.setText(self.tr("Hand over"))
        self.give_back.setText(self.tr("Return and bill"))
        self.cancel_booking.setText(self.tr("Cancel booking"))
        self.damage.setText(self.tr("Charge damage…"))
        self.cancel_reason.setPlaceholderText(self.tr("Reason for a cancellation (optional)"))
        self.form.retranslate()
        self._show_selected()

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        desk, service = self.station.desk, self.service
        self.runner.start(lambda: (desk.rental_resources(service), desk.settings().tz), self._resources, self._error)

    def _resources(self, result) -> None:
        if self.form is None:
            self._build_side()
        self.resources, self.tz = result
        self.calendar.tz = self.tz
        self.form.set_resources(self.resources, self.tz)
        now = self.clock.now().replace(second=0, microsecond=0)
        # a walk-up booking starts now: the charge runs from the hand-over, and a slot a few minutes ahead
        # would only make the booked time look later than the use
        self.form.offer(self.form.item.currentData(), now)
        self.refresh()

    def refresh(self) -> None:
        if not self.resources:
            return
        desk, service = self.station.desk, self.service
        start, end = self.calendar.span()
        self.runner.start(lambda: desk.bookings_between(service, start, end), self._bookings, self._error)

    def _bookings(self, rows) -> None:
        self.calendar.show_bookings(self.resources, rows, self.tz)
        if self.selected is not None:
            self.selected = next((b for b in rows if b.id == self.selected.id), self.selected)
        self._show_selected()

    def set_mode(self, mode: str) -> None:
        self.calendar.mode = mode
        self.refresh()

    def move(self, steps: int) -> None:
        self.go_to(self.calendar.day + timedelta(days=steps * (1 if self.calendar.mode == "day" else 7)))

    def go_to(self, day: date) -> None:
        if day != self.calendar.day:
            self.calendar.day = day
            self.date.blockSignals(True)
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.date.blockSignals(False)
        self.refresh()

    # --- the chosen booking ----------------------------------------------------------------------
    def choose(self, booking) -> None:
        self.selected = booking
        self.message.clear()
        self._show_selected()

    def _show_selected(self) -> None:
        if self.actions is None:
            return
        b = self.selected
        self.details.setText(describe(b, self.tz) if b else self.tr("Click a booking in the calendar."))
        live = b is not None and b.status in ("booked", "out")
        self.take_deposit.setEnabled(live and b.deposit is None)
        self.hand_over.setEnabled(b is not None and b.status == "booked")
        unbilled = b is not None and b.status == "returned" and not b.charged
        self.give_back.setEnabled(b is not None and b.status == "out" or unbilled)
        self.give_back.setText(self.tr("Bill again") if unbilled else self.tr("Return and bill"))
        self.cancel_booking.setEnabled(b is not None and b.status == "booked")
        self.damage.setEnabled(b is not None and b.status in ("out", "returned"))

    def _offer(self, item: str, start) -> None:
        self.form.offer(item, start)
        self.selected = None
        self._show_selected()

    def book(self) -> None:
        desk, op, req = self.station.desk, self.station.op, self.form.request()
        self.runner.start(lambda: desk.book_rental(op, req), self._booked, self._error, trigger=self.form.book)

    def _booked(self, booking) -> None:
        self.changed = booking
        self.form.clear_party()
        self.choose(booking)
        self.message.info(self.tr("Booked: %1").replace("%1", describe(booking, self.tz)))
        self.calendar.day = booking.starts_at.astimezone(self.tz).date()
        self.go_to(self.calendar.day)

    def deposit(self) -> None:
        b, amount = self.selected, self.deposit_amount.minor()
        if b is None:
            return
        if amount is None:
            self.message.error(self.tr("Enter the deposit amount."))
            return
        method = self.deposit_method.currentData()
        last4, approval = self.card_last4.text().strip(), self.card_approval.text().strip()
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.take_deposit(op, b.id, method, amount, last4, approval),
                          self._changed, self._error, trigger=self.take_deposit)

    def _act(self, call, trigger) -> None:
        b = self.selected
        if b is None:
            return
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: call(desk, op, b.id), self._changed, self._error, trigger=trigger)

    def _changed(self, booking) -> None:
        self.changed = booking
        self.card_last4.clear()
        self.card_approval.clear()
        self.deposit_amount.clear()
        self.cancel_reason.clear()
        self.choose(booking)
        self.message.info(describe(booking, self.tz))
        self.refresh()

    def return_rental(self) -> None:
        b = self.selected
        if b is None:
            return
        desk, op = self.station.desk, self.station.op
        if b.status == "returned":  # returned earlier, its bill abandoned or voided: the same charge again
            self.runner.start(lambda: desk.bill_rental_again(b.id), self._billed_again, self._error,
                              trigger=self.give_back)
            return
        self.runner.start(lambda: desk.return_rental(op, b.id), self._returned, self._error, trigger=self.give_back)

    def charge_damage(self) -> None:
        """Something came back damaged: a supervisor approves the compensation and says what it is for."""
        from ..approval import ApprovalDialog

        b = self.selected
        if b is None:
            return
        title = self.tr("Damage compensation for booking %1: what was damaged, and a supervisor's approval") \
            .replace("%1", f"#{b.id}")
        self.approval_dialog = ApprovalDialog(title, self, amount_label=self.tr("Compensation"),
                                              currency=getattr(self.station, "currency", "CNY"))
        self.approval_dialog.accepted.connect(lambda: self._check_damage(b, self.approval_dialog.request()))
        open_modal(self.approval_dialog)

    def _check_damage(self, booking, req) -> None:
        from bizcenter.workflows.counter import LineRequest

        desk, staff_id = self.station.desk, self.station.staff.id

        def approved(supervisor):
            params = {"amount_minor": req.amount_minor, "what": req.reason, "booking_id": booking.id}
            self.lines, self.approval = [LineRequest("damage", params, reason=req.reason)], req.credentials
            self.notice = self.tr("Damage compensation %1 on the bill, approved by %2.") \
                .replace("%1", money(req.amount_minor)).replace("%2", supervisor.name)
            self.accept()

        self.runner.start(lambda: desk.check_approval(req.credentials, staff_id, "damage"), approved, self._error,
                          trigger=self.damage)

    def _returned(self, result) -> None:
        self.lines, self.notice = list(result.lines), return_notice(result)
        self.accept()

    def _billed_again(self, lines) -> None:
        self.lines = list(lines)
        self.notice = self.tr("Booking %1 is on the bill again.").replace("%1", f"#{self.selected.id}")
        self.accept()

    def _error(self, exc) -> None:
        if self.form is None:  # the resources could not be read: the column is there all the same
            self._build_side()
        self.message.error(i18n.error_text(exc))

    def finish(self) -> None:
        """Close; after a booking, deposit, hand-over or cancellation the counter is told (nothing to bill)."""
        if self.changed is None:
            self.reject()
            return
        self.lines, self.notice = [], describe(self.changed, self.tz)
        self.accept()


def return_notice(result) -> str:
    """What the clerk must still do after a return: the overtime charged, the deposit to hand back."""
    text = QCoreApplication.translate("BookingDialog", "Booking %1 returned; its charge is on the bill.") \
        .replace("%1", f"#{result.booking.id}")
    if result.overtime_minutes:
        text += " " + QCoreApplication.translate("BookingDialog", "Overtime: %1 min.") \
            .replace("%1", str(result.overtime_minutes))
    d = result.deposit_returned
    if d is not None:
        text += " " + QCoreApplication.translate("BookingDialog", "Give back the deposit: %1 %2.") \
            .replace("%1", money(d.amount_minor)).replace("%2", tr(d.method))
    return text
