"""The inputs each step of an order needs (PNR, ticket numbers, delivery, change, disruption, reason),
laid out under the order so the clerk sees what the next step asks for. Buttons follow the order's
`actions`: a step the order cannot take now is greyed out, and the core refuses it anyway."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from bizcenter.workflows.tickets_input import CABINS, SegmentInput

from ..widgets import MoneyEdit
from .form import parse_local

BUTTONS = ("reserve", "bill", "arrived", "issue", "deliver", "change", "refund", "cancel", "disruption", "notified",
           "itinerary", "slip")


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
        self.groups = {k: QGroupBox() for k in ("booking", "ticket", "change", "disruption", "money")}
        b = self.buttons
        self._grid("booking", [(self.pnr, self.fare, self.taxes, b["reserve"]), (b["arrived"], b["bill"])])
        self._grid("ticket", [(self.ticket_nos, b["issue"]), (self.how, self.checked, b["deliver"], b["itinerary"], b["slip"])])
        f = self.new_flight
        self._grid("change", [(f["airline"], f["flight"], f["origin"], f["dest"], f["departs"], self.cabin),
                              (self.difference, self.waive, b["change"])])
        self._grid("disruption", [(self.segment, self.kind, self.new_time, self.note, b["disruption"]),
                                  (self.notify_how, b["notified"])])
        self._grid("money", [(self.reason, b["cancel"], b["refund"])])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for g in self.groups.values():
            layout.addWidget(g)

    def _grid(self, key: str, rows) -> None:
        grid = QGridLayout(self.groups[key])
        for r, row in enumerate(rows):
            box = QHBoxLayout()
            for w in row:
                box.addWidget(w, 0 if isinstance(w, (QPushButton, QCheckBox)) else 1)
            grid.addLayout(box, r, 0)

    def retranslate(self) -> None:
        texts = {"reserve": self.tr("Reserve (PNR)"), "bill": self.tr("Put on the bill"),
                 "arrived": self.tr("Ticket arrived"), "issue": self.tr("Issue"), "deliver": self.tr("Hand over"),
                 "change": self.tr("Change / rebook"), "refund": self.tr("Refund…"), "cancel": self.tr("Cancel order…"),
                 "disruption": self.tr("Record"), "notified": self.tr("Guest told"),
                 "itinerary": self.tr("Print itinerary (PDF)"), "slip": self.tr("Itinerary on the receipt printer")}
        for k, t in texts.items():
            self.buttons[k].setText(t)
        titles = {"booking": self.tr("Booking and payment"), "ticket": self.tr("Ticket"),
                  "change": self.tr("Endorsement / rebooking: the new flight"),
                  "disruption": self.tr("Flight delay or cancellation"), "money": self.tr("Cancel or refund")}
        for k, t in titles.items():
            self.groups[k].setTitle(t)
        self.pnr.setPlaceholderText(self.tr("PNR from the agency"))
        self.fare.setPlaceholderText(self.tr("Fare"))
        self.taxes.setPlaceholderText(self.tr("Taxes"))
        self.ticket_nos.setPlaceholderText(self.tr("Ticket numbers, one per passenger, separated by commas"))
        self.checked.setText(self.tr("Checked names, flights and dates"))
        for key, ph in (("airline", self.tr("Airline")), ("flight", self.tr("Flight no.")),
                        ("origin", self.tr("From")), ("dest", self.tr("To")),
                        ("departs", self.tr("YYYY-MM-DD HH:MM local"))):
            self.new_flight[key].setPlaceholderText(ph)
        self.difference.setPlaceholderText(self.tr("Fare difference"))
        self.waive.setText(self.tr("No change fee (airline cancelled)"))
        self.new_time.setPlaceholderText(self.tr("New time YYYY-MM-DD HH:MM"))
        self.note.setPlaceholderText(self.tr("Airline's notice"))
        self.reason.setPlaceholderText(self.tr("Reason"))
        self._items(self.how, (("counter", self.tr("At the counter")), ("bellboy", self.tr("By bellboy")),
                               ("room", self.tr("To the room")), ("agency_courier", self.tr("Agency courier"))))
        self._items(self.kind, (("delay", self.tr("Delay")), ("cancellation", self.tr("Cancellation"))))
        self._items(self.notify_how, (("phone", self.tr("Phoned")), ("message", self.tr("Message left")),
                                      ("in_person", self.tr("Told in person")), ("sms", self.tr("SMS")),
                                      ("email", self.tr("E-mail"))))

    @staticmethod
    def _items(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def show_order(self, view) -> None:
        """Enable what the order can do now; prefill what the next step needs."""
        acts = set(view.actions) | {"itinerary", "slip"}
        if view.disruptions and "disruption" in acts:
            acts.add("notified")
        for name, button in self.buttons.items():
            button.setEnabled(name in acts)
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

    def new_segment(self) -> SegmentInput:
        f = self.new_flight
        return SegmentInput(f["airline"].text(), f["flight"].text(), f["origin"].text(), f["dest"].text(),
                            parse_local(f["departs"].text()), self.cabin.currentData())

    def numbers(self) -> list[str]:
        return [t.strip() for t in self.ticket_nos.text().replace("，", ",").split(",") if t.strip()]
