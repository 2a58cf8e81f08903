"""VIP travel, the supervisor's look: every movement whose flight falls on the business days chosen (today
and tomorrow by default), with its state, who booked, confirmed and completed it, the calls and flight
changes logged, and the guest's feedback. Read-only: the clerks move movements on at the counter."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from bizcenter.workflows import travel_board
from bizcenter.workflows.codenames import travel_name

from .. import i18n
from .common import RowsModel, Screen, table, to_date, to_qdate


def _when(t) -> str:
    return f"{t:%m-%d %H:%M}" if t else ""


class TravelPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.start = QDateEdit(objectName="travelFrom", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(objectName="travelTo", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.show_button = QPushButton(objectName="showTravel")
        self.show_button.clicked.connect(self.refresh)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.rates_button = QPushButton(objectName="addTravelRates")  # the four simple services, at the shipped rates
        self.rates_button.clicked.connect(self.add_rates)
        self.rows = RowsModel()
        self.view = table("travelLog", self.rows, 10)
        top = QHBoxLayout()
        for w in (self.from_label, self.start, self.to_label, self.end, self.show_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.rates_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current()
        self.from_label.setText(self.tr("Flights on business days from"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.rates_button.setText(self.tr("Add the travel rates to the price list"))

        def log(m) -> str:
            parts = []
            for e in m.events:
                if e.kind == "call":
                    parts.append(f"{_when(e.at)} {e.by} → {e.whom}: {travel_name(e.outcome, lang)}")
                else:
                    acts = ", ".join(travel_name(a, lang) for a in e.actions)
                    parts.append(f"{_when(e.at)} {travel_name(e.disruption, lang)} ({acts}) {_when(e.new_time_airport)}")
            return "; ".join(parts)

        self.rows.set_columns([
            (self.tr("Hotel time"), lambda m: _when(m.expected_hotel)),
            (self.tr("Kind"), lambda m: travel_name(m.direction, lang)),
            (self.tr("Guest"), lambda m: f"{m.room} {m.guest_name}".strip()),
            (self.tr("Flight"), lambda m: f"{m.flight} {m.from_airport[:3]}→{m.to_airport[:3]}"),
            (self.tr("State"), lambda m: travel_name(m.status, lang)),
            (self.tr("Booked"), lambda m: f"{_when(m.created_at)} {m.created_by} {m.counter_code}"),
            (self.tr("Confirmed"), lambda m: f"{_when(m.confirmed_at)} {m.confirmed_by or ''}".strip()),
            (self.tr("Done"), lambda m: f"{_when(m.done_at)} {m.done_by or ''}".strip()),
            (self.tr("Rating"), lambda m: m.rating or ""),
            (self.tr("Feedback"), lambda m: m.feedback or m.cancel_reason),
            (self.tr("Calls and flight changes"), log)])

    def load(self) -> None:
        today = self.clock.today()
        self.start.setDate(to_qdate(today))
        self.end.setDate(to_qdate(today + timedelta(days=1)))
        self.refresh()

    def refresh(self) -> None:
        desk, start, end = self.desk, to_date(self.start.date()), to_date(self.end.date())
        self.call(lambda: desk.op(travel_board.log, start, end), self.rows.set_rows, trigger=self.show_button)

    def add_rates(self) -> None:
        desk, me = self.desk, self.me

        def done(version) -> None:
            self.message.info(self.tr("Travel rates added: a new price-list version, in force now.") if version
                              else self.tr("The price list already has the travel rates."))

        self.call(lambda: desk.op(travel_board.add_travel_rates, me), done, trigger=self.rates_button)
