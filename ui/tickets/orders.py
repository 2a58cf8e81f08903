"""Air-ticket orders at the counter: find an order, take a new one, and move it through its steps.

Built as `TicketOrdersDialog(station, runner, service_code, parent)`. Every step is one desk call;
when money is due (the booking, a change, the refund fee) "Put on the bill" closes the dialog with
`lines` for the counter's bill, and the settle moves the order on. The timeline shows every step
with who and when; ID numbers come masked from the core unless the clerk is a supervisor.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QScrollArea, QSplitter, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from bizcenter.workflows.tickets_input import CABINS

from bizcenter.workflows import tickets
from bizcenter.workflows import tickets_money

from .. import i18n, keyboard
from ..approval import ApprovalDialog
from ..errands.tables import row_list
from ..modal import open_modal
from ..widgets import MessageLine, dialog_frame, money
from .form import BadField, NewOrderForm, parse_local
from .steps import OrderSteps
from .texts import action_text, state_text

# Marked for lupdate in the context `self.tr` looks them up in (they are shown through a variable).
LIST_COLUMNS = (QT_TRANSLATE_NOOP("TicketOrdersDialog", "Order"),
                QT_TRANSLATE_NOOP("TicketOrdersDialog", "State"),
                QT_TRANSLATE_NOOP("TicketOrdersDialog", "Contact"),
                QT_TRANSLATE_NOOP("TicketOrdersDialog", "Passengers"),
                QT_TRANSLATE_NOOP("TicketOrdersDialog", "Route"),
                QT_TRANSLATE_NOOP("TicketOrdersDialog", "First departure"),
                QT_TRANSLATE_NOOP("TicketOrdersDialog", "PNR"))


class TicketOrdersDialog(QDialog):
    def __init__(self, station, runner, service_code: str = "ticket_fee", parent=None):
        super().__init__(parent, objectName="ticketOrdersDialog")
        self.station, self.runner = station, runner
        self.lines, self.notice, self.order, self.rows, self.tz = [], None, None, [], None
        # Built from the outside in: a finished subtree put into the dialog is restyled widget by widget at each
        # level it is added through (100 ms for this dialog built inside out); an empty container costs nothing.
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="ticketTabs")
        layout.addWidget(self.tabs, 1)
        orders = QWidget()
        self.tabs.addTab(orders, "")
        self._build_orders(orders)
        self.form_scroll = QScrollArea(widgetResizable=True)
        self.tabs.addTab(self.form_scroll, "")
        self._form: NewOrderForm | None = None
        self.tabs.currentChanged.connect(lambda i: self.form if i == 1 else None)  # built when first shown
        self.message = MessageLine(objectName="ticketMessage")
        self.close_button = QPushButton(objectName="closeTickets")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        layout.addLayout(bottom)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        keyboard.tab_keys(self.tabs, self)
        dialog_frame(self, None)  # the form's Save and each step page's action are accented (steps.py)
        self.resize(1310, 690)  # with its title bar, inside 1366×768
        self.retranslate()
        self.load_list()

    @property
    def form(self) -> NewOrderForm:
        """The new-order form, built when its tab is first shown or it is first asked for: most openings of the
        dialog are for an order already made, and the form is a seventh of the dialog's building."""
        if self._form is None:
            with keyboard.paused():
                self._form = form = NewOrderForm(self.station.currency)
            form.save.setProperty("primary", True)  # the tab's main action (theme.qss), before it is first drawn
            form.save_requested.connect(self.save_order)
            self.form_scroll.setWidget(form)
            form.retranslate()
        return self._form

    # --- layout ---------------------------------------------------------------------------------
    def _build_orders(self, page: QWidget) -> None:
        split = QSplitter(childrenCollapsible=False)
        QVBoxLayout(page).addWidget(split)
        left, right = QWidget(), QWidget()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([580, 730])  # the list whole: order, state, contact, passengers, route, departure, PNR
        self.search = QLineEdit(objectName="ticketSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(lambda: self.load_list())
        self.open_only = QCheckBox(objectName="ticketOpenOnly")
        self.open_only.toggled.connect(lambda: self.load_list())
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        lv.addLayout(top)
        top.addWidget(self.search, 1)
        top.addWidget(self.open_only)
        self.table = row_list("ticketOrderList", len(LIST_COLUMNS))
        self.table.itemSelectionChanged.connect(self._picked)
        lv.addWidget(self.table, 2)
        self.timeline_title = QLabel()
        lv.addWidget(self.timeline_title)
        self.timeline = QListWidget(objectName="ticketTimeline")
        lv.addWidget(self.timeline, 1)
        self._right = rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        summary = QScrollArea(widgetResizable=True, objectName="ticketSummaryScroll")
        summary.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the summary wraps; never sideways
        rv.addWidget(summary, 1)
        self.summary = QLabel(objectName="ticketSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.RichText)
        summary.setWidget(self.summary)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self._steps: OrderSteps | None = None  # the step flow, once an order is chosen

    @property
    def steps(self) -> OrderSteps:
        """The order's steps (where it is, and the page of what comes next), built when an order is first
        chosen: eleven pages of fields, a fifth of the dialog's opening, that a look at the list never needs."""
        if self._steps is None:
            with keyboard.paused():
                steps = self._steps = OrderSteps(self.station.currency)
            self._right.insertWidget(0, steps.indicator)
            self._right.addWidget(steps)
            b = steps.buttons
            for name, slot in (("reserve", self.reserve), ("bill", self.bill), ("arrived", self.arrived),
                               ("issue", self.issue), ("deliver", self.deliver), ("change", self.change),
                               ("refund", self.refund), ("cancel", self.cancel), ("disruption", self.disruption),
                               ("notified", self.notified), ("itinerary", self.itinerary),
                               ("slip", self.itinerary_slip)):
                b[name].clicked.connect(slot)
            steps.retranslate()
        return self._steps

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Air tickets"))
        self.tabs.setTabText(0, self.tr("Orders"))
        self.tabs.setTabText(1, self.tr("New order"))
        keyboard.tab_tips(self.tabs)
        self.search.setPlaceholderText(self.tr("Search order no., name, PNR, room or phone"))
        self.open_only.setText(self.tr("Open orders only"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in LIST_COLUMNS])
        self.timeline_title.setText(self.tr("Timeline"))
        self.close_button.setText(self.tr("Close"))
        if self.order is None:
            self.summary.setText(self.tr("Choose an order in the list, or take a new one under \"New order\"."))
        if self._form is not None:
            self._form.retranslate()
        if self._steps is not None:
            self._steps.retranslate()
        if self.order is not None:
            self._show(self.order)

    # --- list and detail ------------------------------------------------------------------------
    def load_list(self, select_id: int | None = None) -> None:
        desk, text, only = self.station.desk, self.search.text(), self.open_only.isChecked()
        self.runner.start(lambda: (desk.op(tickets.list_orders, text, only), desk.settings().tz),
                          lambda r: self._listed(r, select_id), self._error)

    def _listed(self, result, select_id) -> None:
        self.rows, self.tz = result
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            dep = row.first_departure_local.strftime("%m-%d %H:%M") if row.first_departure_local else ""
            for c, text in enumerate((row.number, state_text(row.state), row.contact_name, row.passengers, row.route,
                                      dep, row.pnr or "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.blockSignals(False)
        wanted = select_id if select_id is not None else (self.order.id if self.order else None)
        index = next((i for i, row in enumerate(self.rows) if row.id == wanted), None)
        if index is not None:
            self.table.selectRow(index)
            self._picked()

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_order(self.rows[rows[0].row()].id)

    def open_order(self, order_id: int) -> None:
        desk, staff_id = self.station.desk, self.station.staff.id
        self.runner.start(lambda: desk.ticket_order(staff_id, order_id), self._show, self._error)

    def _show(self, view) -> None:
        self.order = view
        cur, zh = self.station.currency, 0 if i18n.current() == "zh" else 1
        pays = {"cash": self.tr("cash"), "card": self.tr("card, when the ticket arrives"), "room": self.tr("room charge")}
        t = {"ticket": self.tr("ticket"), "Agency": self.tr("Agency"), "pays by": self.tr("pays by"),
             "Fare": self.tr("Fare"), "taxes": self.tr("taxes"), "collected": self.tr("collected"),
             "due now": self.tr("due now"), "room": self.tr("room"), "pending": self.tr("pending")}
        pax = "<br>".join(f"{p.seq}. <b>{p.name}</b> ({p.id_name}) · {p.id_number} · {p.id_expiry.isoformat()}"
                          + (f" · {t['ticket']} {p.ticket_no}" if p.ticket_no else "") for p in view.passengers)
        segs = "<br>".join(
            f"{'' if s.status == 'active' else '<s>' if s.status == 'replaced' else '<i>'}"
            f"{s.flight} {s.origin} {s.origin_city} → {s.destination} {s.destination_city} "
            f"{s.departs_local:%Y-%m-%d %H:%M} {CABINS.get(s.cabin, (s.cabin, s.cabin))[zh]}"
            f"{' · ' + action_text(s.disruption) if s.disruption else ''}"
            f"{'' if s.status == 'active' else '</s>' if s.status == 'replaced' else ' (' + t['pending'] + ')</i>'}"
            for s in view.segments)
        due = {"booking": self.tr("booking"), "change": self.tr("change"), "refund_fee": self.tr("refund fee")}
        self.summary.setText(
            f"<h3>{view.number} · {state_text(view.state)}</h3>"
            f"{view.contact_name} · {view.contact_phone}{' · ' + t['room'] + ' ' + view.room if view.room else ''}"
            f"<br>{t['Agency']}: {view.agency} · PNR {view.pnr or '—'} · {t['pays by']} {pays.get(view.pay_method, view.pay_method)}"
            f"<br>{t['Fare']} {money(view.fare_minor, cur)} + {t['taxes']} {money(view.taxes_minor, cur)}"
            f" · {t['collected']} {money(view.collected_minor, cur)}"
            + (f" · <b>{t['due now']}: {due.get(view.pending, view.pending)}</b>" if view.pending else "")
            + f"<p>{pax}</p><p>{segs}</p>")
        self.timeline.clear()
        for e in view.events:
            when = e.at.astimezone(self.tz).strftime("%m-%d %H:%M") if self.tz else e.at.isoformat()
            move = f" {state_text(e.state_from)} → {state_text(e.state_to)}" if e.state_to and e.state_from else ""
            self.timeline.addItem(f"{when}  {action_text(e.action)}{move}  {e.staff_name}  {e.note or ''}".rstrip())
        for d in view.disruptions:
            told = (self.tr("guest told %1 by %2").replace("%1", d.notified_at.astimezone(self.tz).strftime("%m-%d %H:%M"))
                    .replace("%2", d.notified_how)) if d.notified_at and self.tz else self.tr("guest NOT yet told")
            self.timeline.addItem(f"⚠ {d.flight} {action_text(d.kind)} · {told}")
        self.steps.show_order(view)
        self.steps.show()

    # --- steps ----------------------------------------------------------------------------------
    def _step(self, call, notice: str, trigger) -> None:
        def done(view):
            self.message.info(notice.replace("%1", view.number))
            self._show(view)
            self.load_list(view.id)

        self.runner.start(call, done, self._error, trigger=trigger)

    def save_order(self) -> None:
        try:
            data = self.form.order_input()
        except BadField as bad:
            self._unreadable(bad)
            return
        desk, op = self.station.desk, self.station.op

        def saved(view):
            self.form.clear()
            self.tabs.setCurrentIndex(0)
            self.message.info(self.tr("Enquiry %1 saved; reserve it with the agency's PNR.").replace("%1", view.number))
            self._show(view)
            self.load_list(view.id)

        self.runner.start(lambda: desk.op(tickets.create_order, op, data), saved, self._error, trigger=self.form.save)

    def reserve(self) -> None:
        desk, op, oid, s = self.station.desk, self.station.op, self.order.id, self.steps
        pnr, fare, taxes = s.pnr.text(), s.fare.minor(), s.taxes.minor()
        self._step(lambda: desk.op(tickets.reserve, op, oid, pnr, fare, taxes),
                   self.tr("%1 reserved; take the payment before the ticket is issued."), s.buttons["reserve"])

    def arrived(self) -> None:
        desk, op, oid = self.station.desk, self.station.op, self.order.id
        self._step(lambda: desk.op(tickets.mark_arrived, op, oid), self.tr("%1: ticket arrived; now charge the card."),
                   self.steps.buttons["arrived"])

    def issue(self) -> None:
        desk, op, oid, numbers = self.station.desk, self.station.op, self.order.id, self.steps.numbers()
        self._step(lambda: desk.op(tickets.issue, op, oid, numbers), self.tr("%1 issued; tell the guest the ticket is ready."),
                   self.steps.buttons["issue"])

    def deliver(self) -> None:
        desk, op, oid = self.station.desk, self.station.op, self.order.id
        how, checked = self.steps.how.currentData(), self.steps.checked.isChecked()
        self._step(lambda: desk.op(tickets.deliver, op, oid, how, checked),
                   self.tr("%1 handed over; remind the guest of the departure time."), self.steps.buttons["deliver"])

    def change(self) -> None:
        try:
            seg = self.steps.new_segment()
        except BadField as bad:
            self._unreadable(bad)
            return
        desk, op, oid = self.station.desk, self.station.op, self.order.id
        diff, waive = self.steps.difference.minor() or 0, self.steps.waive.isChecked()
        self._step(lambda: desk.op(tickets_money.request_change, op, oid, [seg], diff, 0, waive),
                   self.tr("%1: change recorded; it takes effect once its bill is paid."), self.steps.buttons["change"])

    def disruption(self) -> None:
        s = self.steps
        kind, text = s.kind.currentData(), s.new_time.text().strip()
        try:
            new_time = parse_local(text) if kind == "delay" else None
        except BadField as bad:
            self._unreadable(bad)
            return
        desk, op, oid, seg, note = self.station.desk, self.station.op, self.order.id, s.segment.currentData(), s.note.text()
        self._step(lambda: desk.op(tickets.record_disruption, op, oid, seg, kind, new_time, note),
                   self.tr("%1: recorded; tell the guest now."), s.buttons["disruption"])

    def notified(self) -> None:
        pending = [d for d in self.order.disruptions if d.notified_at is None] or list(self.order.disruptions)
        desk, op, how = self.station.desk, self.station.op, self.steps.notify_how.currentData()
        did = pending[-1].id
        self._step(lambda: desk.op(tickets.record_notified, op, did, how), self.tr("%1: the guest was told."),
                   self.steps.buttons["notified"])

    def bill(self) -> None:
        desk, oid, number = self.station.desk, self.order.id, self.order.number
        self.runner.start(lambda: desk.op(tickets_money.bill_lines, oid), lambda lines: self._billed(lines, number), self._error,
                          trigger=self.steps.buttons["bill"])

    def _billed(self, lines, number: str) -> None:
        self.lines = list(lines)
        self.notice = self.tr("%1: the service fee and the fare are on the bill.").replace("%1", number)
        self.accept()

    def cancel(self) -> None:
        if self.order.state == "paid":
            self._approved(self.tr("Cancel %1 and give the money back").replace("%1", self.order.number), "cancel")
            return
        desk, op, oid, reason = self.station.desk, self.station.op, self.order.id, self.steps.reason.text()
        self._step(lambda: desk.ticket_cancel(op, oid, reason), self.tr("%1 cancelled."), self.steps.buttons["cancel"])

    def refund(self) -> None:
        self._approved(self.tr("Refund %1: the money goes back by the original means").replace("%1", self.order.number),
                       "refund")

    def _approved(self, title: str, what: str) -> None:
        dialog = ApprovalDialog(title, self)
        if self.steps.reason.text().strip():
            dialog.reason.setText(self.steps.reason.text().strip())
        self.approval = dialog
        dialog.accepted.connect(lambda: self._with_approval(dialog.request(), what))
        open_modal(dialog)

    def _with_approval(self, req, what: str) -> None:
        desk, op, oid = self.station.desk, self.station.op, self.order.id
        if what == "cancel":
            self._step(lambda: desk.ticket_cancel(op, oid, req.reason, req.credentials),
                       self.tr("%1 cancelled; the money went back by the original means."), self.steps.buttons["cancel"])
            return

        def refunded(view):
            self.message.info(self.tr("%1 refunded; the money went back by the original means.").replace("%1", view.number))
            self._show(view)
            self.load_list(view.id)

        self.runner.start(lambda: desk.ticket_refund(op, oid, req.reason, req.credentials), refunded, self._error,
                          trigger=self.steps.buttons["refund"])

    def itinerary(self) -> None:
        from ..files import ask_save_path

        desk, oid = self.station.desk, self.order.id
        path = ask_save_path(self, self.station, self.tr("Save itinerary"), f"{self.order.number}.pdf", "PDF (*.pdf)")
        if path is None:  # the clerk cancelled: nothing written
            return

        def write():
            return desk.ticket_itinerary_pdf(oid, path)

        self.runner.start(write, lambda p: self.message.info(self.tr("Itinerary saved: %1").replace("%1", p)),
                          self._error, trigger=self.steps.buttons["itinerary"])

    def itinerary_slip(self) -> None:
        """The confirmation on the receipt printer; a printer that is off leaves the job in the queue."""
        desk, op, oid = self.station.desk, self.station.op, self.order.id

        def printed(job):
            if job.status == "done":
                self.message.info(self.tr("Itinerary printed."))
            else:
                self.message.error(self.tr("Not printed: %1 — the job waits in the print queue.")
                                   .replace("%1", job.last_error or job.status))

        self.runner.start(lambda: desk.print_itinerary(op, oid), printed, self._error,
                          trigger=self.steps.buttons["slip"])

    def _unreadable(self, bad: BadField) -> None:
        self.message.error(self.tr("Cannot read the date or time '%1': use YYYY-MM-DD or YYYY-MM-DD HH:MM.")
                           .replace("%1", str(bad)))

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
