"""The travel tab's forms: book a movement (flight, car, services), log a confirmation call, record a
flight delay or cancellation, and the guest's feedback. Each gathers what the clerk types; the tab sends it
to the core, which checks it (airports, flight number, room and name) and refuses with a message."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from bizcenter.workflows.codenames import CALL_OUTCOMES_NAMED, DISRUPTION_ACTIONS_NAMED, DISRUPTIONS_NAMED, travel_name
from bizcenter.workflows.travel import NewMovement

from .. import i18n


def _py_date(edit) -> "datetime.date":
    return edit.date().toPython()


def _combo(name: str, table: dict) -> QComboBox:
    combo = QComboBox(objectName=name)
    for code in table:
        combo.addItem(travel_name(code, i18n.current()), code)
    return combo


class _Form(QDialog):
    """A form with OK/Cancel under it; `rows` are (label, widget) pairs."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent, objectName=name)
        self.form = form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def rows(self, title: str, rows) -> None:
        self.setWindowTitle(title)
        for label, widget in rows:
            self.form.addRow(label, widget)


class MovementForm(_Form):
    """Book an arrival or departure; `movement()` gives what was typed."""

    def __init__(self, today: datetime, parent=None):
        super().__init__("travelMovementForm", parent)
        self.direction = QComboBox(objectName="travelDirection")
        self.direction.addItem(travel_name("arrival", i18n.current()), "arrival")
        self.direction.addItem(travel_name("departure", i18n.current()), "departure")
        self.room = QLineEdit(objectName="travelRoom", maxLength=10)
        self.guest = QLineEdit(objectName="travelGuest")
        self.phone = QLineEdit(objectName="travelPhone", maxLength=40)
        self.airline = QLineEdit(objectName="travelAirline", maxLength=2)
        self.flight_no = QLineEdit(objectName="travelFlightNo", maxLength=8)
        self.from_airport = QLineEdit(objectName="travelFrom", maxLength=3)
        self.to_airport = QLineEdit(objectName="travelTo", maxLength=3)
        self.flight_date = QDateEdit(QDate(today.year, today.month, today.day), objectName="travelDate",
                                     calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.flight_time = QTimeEdit(QTime(12, 0), objectName="travelTime")
        self.car_type = QLineEdit(objectName="travelCar", maxLength=40)
        self.car_plate = QLineEdit(objectName="travelPlate", maxLength=20)
        self.driver = QLineEdit(objectName="travelDriver", maxLength=100)
        self.pickup = QDateTimeEdit(QDateTime(QDate(today.year, today.month, today.day), QTime(10, 0)),
                                    objectName="travelPickup", calendarPopup=True)
        self.pickup_known = QCheckBox(objectName="travelPickupKnown")
        self.services = {key: QCheckBox(objectName=f"travel_{key}") for key in
                         ("meet_greet", "fast_track", "lounge", "wheelchair")}
        self.assistance = QLineEdit(objectName="travelAssistance")
        self.bags = QSpinBox(objectName="travelBags", maximum=99)
        flight = QHBoxLayout()
        for w in (self.airline, self.flight_no, self.from_airport, self.to_airport):
            flight.addWidget(w)
        when = QHBoxLayout()
        when.addWidget(self.flight_date)
        when.addWidget(self.flight_time)
        car = QHBoxLayout()
        for w in (self.car_type, self.car_plate, self.driver):
            car.addWidget(w)
        pickup = QHBoxLayout()
        pickup.addWidget(self.pickup_known)
        pickup.addWidget(self.pickup, 1)
        services = QHBoxLayout()
        for w in self.services.values():
            services.addWidget(w)
        rows = [(self.tr("Arrival or departure"), self.direction), (self.tr("Room (empty: booked ahead)"), self.room),
                (self.tr("Guest"), self.guest), (self.tr("Guest's phone"), self.phone),
                (self.tr("Airline, flight, from, to"), _box(flight)),
                (self.tr("Flight date and time (airport's clock)"), _box(when)),
                (self.tr("Car type, plate, driver"), _box(car)), (self.tr("Pick-up (hotel time)"), _box(pickup)),
                (self.tr("Services"), _box(services)), (self.tr("Other assistance"), self.assistance),
                (self.tr("Bags"), self.bags)]
        self.rows(self.tr("Book a travel movement"), rows)
        self.airline.setPlaceholderText("CA")
        self.flight_no.setPlaceholderText("1501")
        self.from_airport.setPlaceholderText("PEK")
        self.to_airport.setPlaceholderText("PVG")
        self.car_type.setPlaceholderText(self.tr("Car type"))
        self.car_plate.setPlaceholderText(self.tr("Plate"))
        self.driver.setPlaceholderText(self.tr("Driver"))
        self.pickup_known.setText(self.tr("known"))
        names = {"meet_greet": self.tr("Meet and greet"), "fast_track": self.tr("Fast track"),
                 "lounge": self.tr("Lounge"), "wheelchair": self.tr("Wheelchair")}
        for key, box in self.services.items():
            box.setText(names[key])

    def movement(self) -> NewMovement:
        pickup = self.pickup.dateTime().toPython() if self.pickup_known.isChecked() else None
        return NewMovement(
            self.direction.currentData(), self.guest.text(), self.airline.text(), self.flight_no.text(),
            self.from_airport.text(), self.to_airport.text(), _py_date(self.flight_date),
            self.flight_time.time().toPython(), room=self.room.text(), guest_phone=self.phone.text(),
            car_type=self.car_type.text(), car_plate=self.car_plate.text(), driver=self.driver.text(),
            pickup_time=pickup, assistance=self.assistance.text(), bags=self.bags.value(),
            **{key: box.isChecked() for key, box in self.services.items()})


def _box(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


class CallForm(_Form):
    def __init__(self, parent=None):
        super().__init__("travelCallForm", parent)
        self.whom = QLineEdit(objectName="travelCallWhom")
        self.outcome = _combo("travelCallOutcome", CALL_OUTCOMES_NAMED)
        self.note = QLineEdit(objectName="travelCallNote")
        self.rows(self.tr("Confirmation call"),
                  [(self.tr("Called"), self.whom), (self.tr("Outcome"), self.outcome), (self.tr("Note"), self.note)])
        self.whom.setPlaceholderText(self.tr("The guest, the secretary, the driver…"))


class DisruptionForm(_Form):
    def __init__(self, when: datetime, parent=None):
        super().__init__("travelDisruptionForm", parent)
        self.kind = _combo("travelDisruptionKind", DISRUPTIONS_NAMED)
        self.actions = {code: QCheckBox(travel_name(code, i18n.current()), objectName=f"travelAction_{code}")
                        for code in DISRUPTION_ACTIONS_NAMED}
        self.new_time = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)),
                                      objectName="travelNewTime", calendarPopup=True)
        self.note = QLineEdit(objectName="travelDisruptionNote")
        actions = QHBoxLayout()
        for box in self.actions.values():
            actions.addWidget(box)
        self.rows(self.tr("Flight delay or cancellation"),
                  [(self.tr("What happened"), self.kind), (self.tr("What was done"), _box(actions)),
                   (self.tr("New flight time (airport's clock)"), self.new_time), (self.tr("Note"), self.note)])

    def values(self) -> tuple:
        when = self.new_time.dateTime().toPython()
        return (self.kind.currentData(), [c for c, box in self.actions.items() if box.isChecked()], when.date(),
                when.time(), self.note.text())


class FollowUpForm(_Form):
    def __init__(self, parent=None):
        super().__init__("travelFollowUpForm", parent)
        self.rating = QSpinBox(objectName="travelRating", minimum=1, maximum=5, value=5)
        self.feedback = QLineEdit(objectName="travelFeedback")
        self.rows(self.tr("Follow-up with the guest"),
                  [(self.tr("Rating (1–5)"), self.rating), (self.tr("Guest's words"), self.feedback)])


class CarForm(_Form):
    """The car once the car company names it: type, plate, driver, pick-up (hotel time); empty keeps what is known."""

    def __init__(self, m, parent=None):
        super().__init__("travelCarForm", parent)
        self.car_type = QLineEdit(m.car_type, objectName="travelCarType", maxLength=40)
        self.car_plate = QLineEdit(m.car_plate, objectName="travelCarPlate", maxLength=20)
        self.driver = QLineEdit(m.driver, objectName="travelCarDriver", maxLength=100)
        when = m.pickup_hotel or m.expected_hotel
        self.pickup = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)),
                                    objectName="travelCarPickup", calendarPopup=True)
        self.rows(self.tr("Car"), [(self.tr("Car type"), self.car_type), (self.tr("Plate"), self.car_plate),
                                   (self.tr("Driver"), self.driver), (self.tr("Pick-up (hotel time)"), self.pickup)])

    def values(self) -> tuple:
        return (self.car_type.text(), self.car_plate.text(), self.driver.text(),
                self.pickup.dateTime().toPython())
