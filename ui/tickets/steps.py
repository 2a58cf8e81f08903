"""An order as a step flow: enquiry → reserved → paid → issued → delivered across the top, and under it only
what the current step needs — its form and its one primary action, bottom-right. A change, a flight delay,
telling the guest, a cancel or refund are their own pages, opened from "More…"; "Back" returns to the step.

Buttons follow the order's `actions`: what the order cannot do now is greyed out (and the core refuses it
anyway). The page shown follows the order: money due first, then the step its state asks for."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from bizcenter.workflows.tickets_input import CABINS, SegmentInput

from .. import i18n, keyboard
from ..widgets import MoneyEdit
from .form import parse_local
from .texts import state_text

BUTTONS = ("reserve", "bill", "arrived", "issue", "deliver", "change", "refund", "cancel", "disruption", "notified",
           "itinerary", "slip")
FLOW = ("enquiry", "reserved", "paid", "issued", "delivered")
FLOW_EVENTS = {"enquiry": "enquiry", "reserved": "reserve", "paid": "paid", "issued": "issue", "delivered": "deliver"}
PAGES = ("reserve", "arrived", "bill", "issue", "deliver", "done", "closed", "change", "disruption", "notify", "money")
MORE = ("change", "disruption", "notified", "refund", "cancel")  # the actions of "More…", each opening its page
PAGE_OF_ACTION = {"change": "change", "disruption": "disruption", "notified": "notify", "refund": "money",
                  "cancel": "money"}


class StepIndicator(QWidget):
    """The five steps in a row: done ones ticked, the current one bold; a changed, refunded or cancelled
    order shows that state after them."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="ticketStepIndicator")
        self.labels = {s: QLabel(objectName=f"step_{s}") for s in FLOW + ("other",)}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for i, s in enumerate(FLOW + ("other",)):
            if i:
                arrow = QLabel("→")
                arrow.setEnabled(False)
                row.addWidget(arrow)
                if s == "other":
                    self.other_arrow = arrow
            row.addWidget(self.labels[s])
        row.addStretch()
        self.show_state(None, ())

    def show_state(self, state: str | None, done_events) -> None:
        done = set(done_events)
        for s in FLOW:
            label = self.labels[s]
            current = s == state
            label.setText(("✓ " if FLOW_EVENTS[s] in done and not current else "") + state_text(s))
            label.setProperty("current", current)
            f = label.font()
            f.setBold(current)
            label.setFont(f)
            label.setEnabled(current or FLOW_EVENTS[s] in done)
        other = state is not None and state not in FLOW
        self.labels["other"].setVisible(other)
        self.other_arrow.setVisible(other)
        if other:
            self.labels["other"].setText(state_text(state))
            f = self.labels["other"].font()
            f.setBold(True)
            self.labels["other"].setFont(f)


class OrderSteps(QWidget):
    def __init__(self, currency: str = "CNY", parent=None):
        super().__init__(parent, objectName="ticketSteps")
        self.buttons = {name: QPushButton(objectName=f"ticket_{name}") for name in BUTTONS}
        self.pnr = QLineEdit(objectName="ticketPnr")
        self.fare = MoneyEdit(objectName="ticketReserveFare", currency=currency)
        self.taxes = MoneyEdit(objectName="ticketReserveTaxes", currency=currency)
        self.ticket_nos = QLineEdit(objectName="ticketNumbers")
        self.how = QComboBox(objectName="ticketDeliveryHow")
        self.checked = QCheckBox(objectName="ticketChecked")
        self.new_flight = {k: QLineEdit(objectName=f"change_{k}") for k in ("airline", "flight", "origin", "dest",
                                                                             "departs")}
        self.cabin = QComboBox(objectName="change_cabin")
        for code in CABINS:
            self.cabin.addItem(code, code)
        self.difference = MoneyEdit(objectName="ticketFareDifference", currency=currency)
        self.waive = QCheckBox(objectName="ticketWaiveFee")
        self.segment = QComboBox(objectName="disruptionSegment")
        self.kind = QComboBox(objectName="disruptionKind")
        self.new_time = QLineEdit(objectName="disruptionNewTime")
        self.note = QLineEdit(objectName="disruptionNote")
        self.notify_how = QComboBox(objectName="notifyHow")
        self.reason = QLineEdit(objectName="ticketReason")
        self.hints = {k: QLabel(objectName=f"ticketHint_{k}", wordWrap=True)
                      for k in ("arrived", "bill", "done", "closed", "notify")}
        self.labels: dict[str, QLabel] = {}
        self.indicator = StepIndicator()
        self.box = QGroupBox(objectName="ticketStepBox")
        self.stack = QStackedWidget(objectName="ticketStepPages")
        self.pages: dict[str, QWidget] = {}
        self.back_buttons: list[QPushButton] = []
        b, f = self.buttons, self.new_flight
        self._page("reserve", [("pnr", self.pnr), ("fare", self.fare), ("taxes", self.taxes)], b["reserve"])
        self._page("arrived", [(None, self.hints["arrived"])], b["arrived"])
        self._page("bill", [(None, self.hints["bill"])], b["bill"])
        self._page("issue", [("numbers", self.ticket_nos)], b["issue"])
        self._page("deliver", [("how", self.how), (None, self.checked)], b["deliver"])
        self._page("done", [(None, self.hints["done"])], None)
        self._page("closed", [(None, self.hints["closed"])], None)
        self._page("change", [("airline", f["airline"]), ("flight", f["flight"]), ("origin", f["origin"]),
                              ("dest", f["dest"]), ("departs", f["departs"]), ("cabin", self.cabin),
                              ("difference", self.difference), (None, self.waive)], b["change"], back=True)
        self._page("disruption", [("segment", self.segment), ("kind", self.kind), ("new_time", self.new_time),
                                  ("note", self.note)], b["disruption"], back=True)
        self._page("notify", [(None, self.hints["notify"]), ("notify_how", self.notify_how)], b["notified"],
                   back=True)
        self._page("money", [("reason", self.reason)], (b["cancel"], b["refund"]), back=True)
        self.more = QPushButton(objectName="ticketMore")
        self.more_menu = QMenu(self.more)
        self.more_actions = {name: self.more_menu.addAction("") for name in MORE}
        for name, action in self.more_actions.items():
            action.setObjectName(f"ticketMore_{name}")
            action.triggered.connect(lambda _=False, n=name: self.open_page(PAGE_OF_ACTION[n]))
        self.more.setMenu(self.more_menu)
        box = QVBoxLayout(self.box)
        box.addWidget(self.stack)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(b["itinerary"])
        tools.addWidget(b["slip"])
        tools.addStretch()
        tools.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(tools)
        self.step_page, self.view = "closed", None

    def _page(self, key: str, rows, primary, back: bool = False) -> None:
        page = QWidget(objectName=f"ticketPage_{key}")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for name, widget in rows:
            if name is None:
                form.addRow(widget)
            else:
                self.labels[name] = QLabel()
                form.addRow(self.labels[name], widget)
        bottom = QHBoxLayout()
        if back:
            button = QPushButton(objectName=f"ticketBack_{key}")
            button.clicked.connect(lambda: self.open_page(self.step_page))
            self.back_buttons.append(button)
            bottom.addWidget(button)
        bottom.addStretch()
        actions = primary if isinstance(primary, tuple) else (primary,) if primary else ()
        for p in actions:
            p.setProperty("primary", True)
            bottom.addWidget(p)
        if actions:  # Enter moves through the page's fields and, in the last one, presses its action
            keyboard.form(page, actions[0] if len(actions) == 1 else
                          lambda: next((a.click() for a in actions if a.isVisible() and a.isEnabled()), None))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch()
        layout.addLayout(bottom)
        self.pages[key] = page
        self.stack.addWidget(page)

    def retranslate(self) -> None:
        texts = {"reserve": self.tr("Reserve (PNR)"), "bill": self.tr("Put on the bill"),
                 "arrived": self.tr("Ticket arrived"), "issue": self.tr("Issue"), "deliver": self.tr("Hand over"),
                 "change": self.tr("Change / rebook"), "refund": self.tr("Refund…"), "cancel": self.tr("Cancel order…"),
                 "disruption": self.tr("Record"), "notified": self.tr("Guest told"),
                 "itinerary": self.tr("Print itinerary (PDF)"), "slip": self.tr("Itinerary on the receipt printer")}
        for k, t in texts.items():
            self.buttons[k].setText(t)
        more = {"change": self.tr("Change / rebook…"), "disruption": self.tr("Flight delay or cancellation…"),
                "notified": self.tr("Guest told…"), "refund": self.tr("Refund…"), "cancel": self.tr("Cancel order…")}
        for k, t in more.items():
            self.more_actions[k].setText(t)
        self.more.setText(self.tr("More…"))
        for button in self.back_buttons:
            button.setText(self.tr("Back to the step"))
        labels = {"pnr": self.tr("PNR from the agency"), "fare": self.tr("Fare"), "taxes": self.tr("Taxes"),
                  "numbers": self.tr("Ticket numbers"), "how": self.tr("Handed over how"),
                  "airline": self.tr("Airline"), "flight": self.tr("Flight no."), "origin": self.tr("From (IATA)"),
                  "dest": self.tr("To (IATA)"), "departs": self.tr("Departs (local)"), "cabin": self.tr("Cabin"),
                  "difference": self.tr("Fare difference"), "segment": self.tr("Flight"), "kind": self.tr("What happened"),
                  "new_time": self.tr("New time"), "note": self.tr("Airline's notice"),
                  "notify_how": self.tr("Told how"), "reason": self.tr("Reason")}
        for k, t in labels.items():
            self.labels[k].setText(t)
        self.ticket_nos.setPlaceholderText(self.tr("Ticket numbers, one per passenger, separated by commas"))
        self.checked.setText(self.tr("Checked names, flights and dates"))
        self.new_flight["departs"].setPlaceholderText(self.tr("YYYY-MM-DD HH:MM local"))
        self.waive.setText(self.tr("No change fee (airline cancelled)"))
        self.new_time.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.hints["arrived"].setText(self.tr("A card order is charged when the agency's ticket arrives: press "
                                              "\"Ticket arrived\" when it does."))
        self.hints["done"].setText(self.tr("Handed over. A change, a refund or a flight delay: More…"))
        self.hints["closed"].setText(self.tr("This order is closed; its timeline keeps every step."))
        self.hints["notify"].setText(self.tr("Tell the guest about the delay or cancellation, then record how."))
        self._items(self.how, (("counter", self.tr("At the counter")), ("bellboy", self.tr("By bellboy")),
                               ("room", self.tr("To the room")), ("agency_courier", self.tr("Agency courier"))))
        zh = i18n.current() == "zh"
        for i in range(self.cabin.count()):  # the cabin's name, never its code ("economy")
            self.cabin.setItemText(i, CABINS[self.cabin.itemData(i)][0 if zh else 1])
        self._items(self.kind, (("delay", self.tr("Delay")), ("cancellation", self.tr("Cancellation"))))
        self._items(self.notify_how, (("phone", self.tr("Phoned")), ("message", self.tr("Message left")),
                                      ("in_person", self.tr("Told in person")), ("sms", self.tr("SMS")),
                                      ("email", self.tr("E-mail"))))
        if self.view is not None:
            self._titles()

    @staticmethod
    def _items(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _titles(self) -> None:
        view = self.view
        titles = {"reserve": self.tr("Next: reserve with the agency"), "arrived": self.tr("Next: wait for the ticket"),
                  "bill": self.tr("Next: take the payment"), "issue": self.tr("Next: issue the ticket"),
                  "deliver": self.tr("Next: hand the ticket over"), "done": self.tr("Handed over"),
                  "closed": state_text(view.state),
                  "change": self.tr("Endorsement / rebooking: the new flight"),
                  "disruption": self.tr("Flight delay or cancellation"), "notify": self.tr("Tell the guest"),
                  "money": self.tr("Cancel or refund")}
        self.box.setTitle(titles[self.stack.currentWidget().objectName().removeprefix("ticketPage_")])
        due = {"booking": self.tr("the booking (service fee and fare)"), "change": self.tr("the change"),
               "refund_fee": self.tr("the refund fee")}
        self.hints["bill"].setText(self.tr("Due now: %1. Put it on the bill; the order moves on once it is paid.")
                                   .replace("%1", due.get(view.pending or "", view.pending or "")))

    def page_for(self, view) -> str:
        """The page the order's state asks for now."""
        acts = set(view.actions)
        if "bill" in acts:
            return "bill"
        if any(d.notified_at is None for d in view.disruptions) and "disruption" in acts:
            return "notify"
        return {"enquiry": "reserve", "paid": "issue", "issued": "deliver", "delivered": "done",
                "changed": "done"}.get(view.state, "arrived" if "arrived" in acts else "closed")

    def open_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key])
        if key == "money":
            refund = self.buttons["refund"].isEnabled()  # never both: cancel before issue, refund after
            self.buttons["refund"].setVisible(refund)
            self.buttons["cancel"].setVisible(not refund)
        if self.view is not None:
            self._titles()

    def show_order(self, view) -> None:
        """Enable what the order can do now, show its step, prefill what the next step needs."""
        self.view = view
        acts = set(view.actions) | {"itinerary", "slip"}
        if view.disruptions and "disruption" in acts:
            acts.add("notified")
        for name, button in self.buttons.items():
            button.setEnabled(name in acts)
        for name, action in self.more_actions.items():
            action.setEnabled(name in acts)
        self.indicator.show_state(view.state, [e.action for e in view.events])
        self.fare.set_minor(view.fare_minor)
        self.taxes.set_minor(view.taxes_minor)
        if view.pnr:
            self.pnr.setText(view.pnr)
        self.segment.clear()
        for s in view.active_segments:
            self.segment.addItem(f"{s.flight} {s.origin}-{s.destination} {s.departs_local:%m-%d %H:%M}", s.id)
        active = view.active_segments
        if active:
            s = active[0]
            for key, value in (("airline", s.airline), ("flight", s.flight_no), ("origin", s.origin),
                               ("dest", s.destination)):
                self.new_flight[key].setText(value)
            self.cabin.setCurrentIndex(max(self.cabin.findData(s.cabin), 0))
        self.step_page = self.page_for(view)
        self.open_page(self.step_page)

    def new_segment(self) -> SegmentInput:
        f = self.new_flight
        return SegmentInput(f["airline"].text(), f["flight"].text(), f["origin"].text(), f["dest"].text(),
                            parse_local(f["departs"].text()), self.cabin.currentData())

    def numbers(self) -> list[str]:
        return [t.strip() for t in self.ticket_nos.text().replace("，", ",").split(",") if t.strip()]
